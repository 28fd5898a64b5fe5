"""Data files, plain or gzip: their first bytes (to recognise them) and their whole text.

Dataset readers (film rows as JSON, KOBIS CSV exports) accept both; a damaged archive or another
encoding gets a message that says what to do.
"""

from __future__ import annotations

import codecs
import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import UnreadableDocument

GZIP_MAGIC = b"\x1f\x8b"


def head_bytes(path: Path, size: int = 8192) -> bytes:
    """The first bytes of the content; of a gzip file, as much as its first bytes decompress to (a
    damaged file still shows its header, and reading it then says what is wrong). b"" if unreadable."""
    try:
        with path.open("rb") as handle:
            head = handle.read(size)
    except OSError:
        return b""
    if head[:2] == GZIP_MAGIC:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, size)
        except zlib.error:
            return b""
    return head


def read_text(path: Path) -> str:
    """The whole file as UTF-8 text, gzip decompressed."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise UnreadableDocument(f"{path}: cannot read ({err.strerror})", hint="check its permissions") from None
    if raw[:2] == GZIP_MAGIC:
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as err:
            raise UnreadableDocument(f"{path}: cannot decompress ({err})", hint="the .gz file may be damaged") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UnreadableDocument(f"{path}: not UTF-8 (bad byte at offset {err.start})",
                                 hint="convert it to UTF-8, e.g. `iconv -f cp949 -t utf-8`") from None


CHUNK = 1 << 20


def text_chunks(path: Path, size: int = CHUNK) -> Iterator[str]:
    """The file as UTF-8 text (a byte-order mark dropped), gzip decompressed, in pieces of about
    `size` characters: memory holds one piece however large the file."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    offset = 0
    try:
        with path.open("rb") as raw:
            stream = gzip.GzipFile(fileobj=raw) if raw.read(2) == GZIP_MAGIC else raw
            raw.seek(0)
            while data := stream.read(size):
                yield decoder.decode(data)
                offset += len(data)
            yield decoder.decode(b"", final=True)
    except UnicodeDecodeError as err:
        raise UnreadableDocument(f"{path}: not UTF-8 (bad byte at offset {offset + err.start})",
                                 hint="convert it to UTF-8, e.g. `iconv -f cp949 -t utf-8`") from None
    except (OSError, EOFError, zlib.error) as err:
        raise UnreadableDocument(f"{path}: cannot read ({getattr(err, 'strerror', None) or err})",
                                 hint="the file may be damaged or truncated (a .gz file: download it again)") \
            from None
