"""Seeded mutation of documents, cheap enough that filmfacts' reading is what a fuzz run spends its
time on: libFuzzer's kind of mutations (bit and byte flips, erased, copied and repeated chunks,
interesting bytes and numbers, splices of two documents), plus insertions of the tokens each format's
readers look for and, now and then, the result wrapped in gzip, bz2 or a zip as the readers accept.

Inputs are kept small as libFuzzer keeps them (`max_len`, 2 KB by default: a reader's branches are
reached by a short input as well as a long one, at a fraction of the time); a `large` share grows
to about 64 KB by repeating a chunk or joining documents, for what only size reaches (limits, long
tables, deep nesting).
"""

from __future__ import annotations

import bz2
import gzip
import io
import random
import zipfile

INTERESTING_BYTES = [b"\x00", b"\xff", b"\xfe", b"\x80", b"\xc3", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\r", b"\r\n",
                     b"\t", b"\x1b", b"\x7f", b"\xe2\x80\xae", b"\xf0\x9f\x8e\xac", b"\\", b'"', b"'", b"&", b"<", b">",
                     b"&#0;", b"&#xD800;", b"&amp;", b"]]>", b"<!--", b"-->", b"{{", b"}}", b"[[", b"]]", b"|", b"\n\n"]
INTERESTING_NUMBERS = [b"0", b"-1", b"1e308", b"-0", b"NaN", b"Infinity", b"99999999999999999999", b"2147483648",
                       b"18446744073709551616", b"0.0000001", b"1,000,000,000,000", b"\xef\xbc\x91", b"\xd9\xa3",
                       b"00000000", b"29991231", b"18000101", b"20240230", b"1.5e-5"]
LARGE_SIZE = 64 * 1024


class Mutator:
    """Mutates documents of named pools; a pool is one format's documents, so that splices join two
    documents of one format and insertions use that format's tokens."""

    def __init__(self, pools: dict[str, list[bytes]], tokens: dict[str, list[bytes]], seed: int, *,
                 max_len: int = 2048, large: float = 0.02, wrap: float = 0.01) -> None:
        self.pools = {name: docs for name, docs in pools.items() if docs}
        self.names = sorted(self.pools)
        self.tokens = tokens
        self.rng = random.Random(seed)
        self.max_len = max_len
        self.large = large
        self.wrap = wrap
        self.operations = [self._flip_bit, self._set_byte, self._interesting, self._number, self._erase,
                           self._copy, self._token, self._token, self._token, self._splice, self._shuffle_lines]

    def next(self) -> tuple[str, bytes]:
        """One mutated input: the pool it came from and its bytes."""
        rng = self.rng
        name = rng.choice(self.names)
        data = rng.choice(self.pools[name])
        large = rng.random() < self.large
        if large:
            data = self._grow(name, data)
        elif len(data) > self.max_len:  # a window of a long seed, most often its head, where recognition looks
            start = 0 if rng.random() < 0.7 else rng.randrange(len(data) - self.max_len)
            data = data[start:start + self.max_len]
        buf = bytearray(data)
        for _ in range(1 + int(rng.expovariate(0.7))):  # 1 mutation mostly, a stack of several now and then
            rng.choice(self.operations)(name, buf)
        if not large and len(buf) > self.max_len:
            del buf[self.max_len:]
        out = bytes(buf)
        if rng.random() < self.wrap:
            out = self._wrapped(out)
        return name, out

    def add(self, name: str, data: bytes, cap: int = 2000) -> None:
        """Keep an input that a reader took, so that later mutations start past recognition too."""
        pool = self.pools[name]
        if len(pool) < cap:
            pool.append(data)
        else:
            pool[self.rng.randrange(cap)] = data

    def _pos(self, buf: bytearray) -> int:
        return self.rng.randrange(len(buf) + 1)

    def _flip_bit(self, name: str, buf: bytearray) -> None:
        if buf:
            i = self.rng.randrange(len(buf))
            buf[i] ^= 1 << self.rng.randrange(8)

    def _set_byte(self, name: str, buf: bytearray) -> None:
        if buf:
            buf[self.rng.randrange(len(buf))] = self.rng.randrange(256)

    def _insert(self, buf: bytearray, piece: bytes) -> None:
        i = self._pos(buf)
        if self.rng.random() < 0.3 and buf:  # overwrite rather than insert
            buf[i:i + len(piece)] = piece
        else:
            buf[i:i] = piece

    def _interesting(self, name: str, buf: bytearray) -> None:
        self._insert(buf, self.rng.choice(INTERESTING_BYTES))

    def _number(self, name: str, buf: bytearray) -> None:
        digits = [i for i in range(0, len(buf), 7) if 48 <= buf[i] <= 57] or [self._pos(buf)]
        i = self.rng.choice(digits)
        j = i
        while j < len(buf) and 48 <= buf[j] <= 57:
            j += 1
        buf[i:j] = self.rng.choice(INTERESTING_NUMBERS)

    def _erase(self, name: str, buf: bytearray) -> None:
        if buf:
            i = self.rng.randrange(len(buf))
            del buf[i:i + 1 + int(self.rng.expovariate(1 / 16))]

    def _copy(self, name: str, buf: bytearray) -> None:
        if buf:
            i = self.rng.randrange(len(buf))
            piece = bytes(buf[i:i + 1 + int(self.rng.expovariate(1 / 32))])
            self._insert(buf, piece * (1 if self.rng.random() < 0.8 else self.rng.randrange(2, 20)))

    def _token(self, name: str, buf: bytearray) -> None:
        tokens = self.tokens.get(name) or self.tokens["*"]
        self._insert(buf, self.rng.choice(tokens))

    def _splice(self, name: str, buf: bytearray) -> None:
        other = self.rng.choice(self.pools[name])
        cut, at = self._pos(buf), self.rng.randrange(len(other) + 1)
        buf[cut:] = other[at:at + self.max_len]

    def _shuffle_lines(self, name: str, buf: bytearray) -> None:
        lines = bytes(buf).split(b"\n")
        if len(lines) > 2:
            i, j = self.rng.randrange(len(lines)), self.rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            buf[:] = b"\n".join(lines)

    def _grow(self, name: str, data: bytes) -> bytes:
        """A large input: a chunk repeated (a long table, deep nesting) or documents joined."""
        rng = self.rng
        if rng.random() < 0.5 and data:
            i = rng.randrange(len(data))
            chunk = data[i:i + 1 + int(rng.expovariate(1 / 64))]
            times = max(1, (LARGE_SIZE - len(data)) // len(chunk))
            return data[:i] + chunk * rng.randrange(1, times + 1) + data[i:]
        out = bytearray(data)
        while len(out) < LARGE_SIZE // 2:
            out += rng.choice(self.pools[name])
        return bytes(out[:LARGE_SIZE])

    def _wrapped(self, data: bytes) -> bytes:
        kind = self.rng.randrange(3)
        if kind == 0:
            return gzip.compress(data, compresslevel=1, mtime=0)
        if kind == 1:
            return bz2.compress(data, compresslevel=1)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("page", data)
        return out.getvalue()
