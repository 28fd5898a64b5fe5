"""A document file's bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 or UTF-32 with
a byte-order mark, UTF-16 without one; anything else refused with the encoding it looks like, so the
message can say which `iconv -f` converts it.

The guess tries the legacy encodings pages about films were saved in and takes the first whose
decoded text is mostly the script that encoding is for: Korean in cp949 gives Hangul syllables,
Japanese in Shift-JIS gives kana, Chinese gives Han. Text in one of them decoded as another gives
half-width katakana, rare Hanja or mojibake, which the script test rejects.
"""

from __future__ import annotations

import codecs
import re

from ..errors import EmptyInput, UnreadableDocument

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # never text, and a way to rewrite a terminal
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# (codec, what it is called in a message, the script its text is mostly in, how much of the non-ASCII)
_LEGACY = (
    ("shift_jis", "Shift-JIS (Japanese)", re.compile(r"[\u3040-\u30ff]"), 0.15),
    ("euc_jp", "EUC-JP (Japanese)", re.compile(r"[\u3040-\u30ff]"), 0.15),
    ("cp949", "cp949 (Korean)", re.compile(r"[\uac00-\ud7a3]"), 0.8),
    ("gb18030", "GB18030 (simplified Chinese)", re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]"), 0.9),
    ("big5", "Big5 (traditional Chinese)", re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]"), 0.9),
    ("cp1251", "cp1251 (Cyrillic)", re.compile(r"[\u0400-\u04ff]"), 0.8),
    ("cp1252", "cp1252 (Western European)", re.compile(r"[À-ÿŒœŠšŽžŸ€–—‘’“”…]"), 0.8),
)
SAMPLE = 65536


def _unmarked_utf16(head: bytes) -> str:
    """UTF-16 without a byte-order mark: ASCII text in it has every other byte zero."""
    even, odd = head[0:512:2], head[1:512:2]
    if len(head) < 8:
        return ""
    if odd.count(0) >= len(odd) * 0.6 and even.count(0) <= len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) >= len(even) * 0.6 and odd.count(0) <= len(odd) * 0.1:
        return "utf-16-be"
    return ""


def guess_encoding(data: bytes) -> tuple[str, str]:
    """(codec, name for people) of the legacy encoding a non-UTF-8 text looks like, or ("", "")."""
    for codec, name, script, share in _LEGACY:
        try:  # not final: the sample may end inside a character
            text = codecs.getincrementaldecoder(codec)().decode(data[:SAMPLE], final=len(data) <= SAMPLE)
        except UnicodeDecodeError:
            continue
        wide = sum(1 for ch in text if ord(ch) > 127)
        if codec == "cp1251" and wide < sum(1 for ch in text if ch.isalpha()) * 0.5:
            continue  # Russian is nearly all non-ASCII; French in cp1252 read as cp1251 has a few "й" in Latin
        if wide and len(script.findall(text)) >= wide * share:
            return codec, name
    return "", ""


def decode(data: bytes, source: str) -> str:
    """Text from a file's bytes (the module's docstring). Control characters are dropped."""
    if not data.strip():
        raise EmptyInput(f"{source}: the file is empty", hint="give a file that holds a document's text")
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "") or _unmarked_utf16(data[:4096])
    if not encoding and b"\x00" in data[:8192]:
        raise UnreadableDocument(
            f"{source}: looks like a binary file, not text",
            hint="give a text, wikitext, HTML or XML dump file",
        )
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as err:
        if encoding:
            raise UnreadableDocument(f"{source}: not {encoding.upper()} text although it starts like it (bad bytes "
                                     f"at offset {err.start})", hint="convert it to UTF-8 with iconv") from None
        codec, name = guess_encoding(data)
        what = f"looks like {name} text, not UTF-8" if name else "not UTF-8 text"
        raise UnreadableDocument(
            f"{source}: {what} (bad byte at offset {err.start})",
            hint=f"convert it to UTF-8, e.g. `iconv -f {codec or 'ENCODING'} -t utf-8 FILE > FILE.utf8`",
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise EmptyInput(f"{source}: the file is empty", hint="give a file that holds a document's text")
    return CONTROL.sub("", text) if CONTROL.search(text) else text


__all__ = ["CONTROL", "decode", "guess_encoding"]
