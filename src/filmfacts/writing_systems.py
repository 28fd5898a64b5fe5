"""Which writing system a short text is in: Hangul, Hanja, Kana, Latin or Other.

Shared by the readers (a document's language), extraction (a title's script) and linking (a name's
script), so linking a stored record's people does not load the readers to ask it.
"""

from __future__ import annotations

import re
import unicodedata

HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
KANA = re.compile(r"[\u3040-\u30ff]")


def script_of(text: str) -> str:
    """The script a short text is written in: Hangul, Hanja (Han characters, with or without
    Hangul particles), Kana, Latin or Other."""
    if HAN.search(text):
        return "Kana" if KANA.search(text) else "Hanja"
    if HANGUL.search(text):
        return "Hangul"
    if KANA.search(text):
        return "Kana"
    if text.isascii():
        return "Latin" if any(ch.isalpha() for ch in text) else ""
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in letters):
        return "Latin"
    return "Other" if letters else ""
