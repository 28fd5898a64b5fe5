"""Shared by the text readers: heading lines → sections, script → language."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Section


@dataclass(frozen=True)
class Heading:
    """A heading line: where the line starts and ends, its level (1 = top) and its title."""

    start: int
    end: int
    level: int
    title: str


def lines_with_offsets(text: str) -> Iterator[tuple[int, int, str]]:
    """Each line of `text` with its start and end offsets (end excludes the newline)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def sections_from_headings(text: str, headings: list[Heading]) -> tuple[Section, ...]:
    """The lead (path `()`) plus one section per heading, each running to the next heading
    of the same or a higher level; a section's range starts after its heading line."""
    sections = [Section((), 0, headings[0].start if headings else len(text))]
    stack: list[Heading] = []
    for i, heading in enumerate(headings):
        while stack and stack[-1].level >= heading.level:
            stack.pop()
        stack.append(heading)
        end = len(text)
        for later in headings[i + 1:]:
            if later.level <= heading.level:
                end = later.start
                break
        sections.append(Section(tuple(h.title for h in stack), min(heading.end + 1, end), end))
    return tuple(sections)


_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_LETTER = re.compile(r"[^\W\d_]")


def script_of(text: str) -> str:
    """The script a short text is written in: Hangul, Hanja (Han characters, with or without
    Hangul particles), Kana, Latin or Other."""
    if _HAN.search(text):
        return "Kana" if _KANA.search(text) else "Hanja"
    if _HANGUL.search(text):
        return "Hangul"
    if _KANA.search(text):
        return "Kana"
    if text.isascii():
        return "Latin" if any(ch.isalpha() for ch in text) else ""
    letters = [ch for ch in text if ch.isalpha()]
    if letters and all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in letters):
        return "Latin"
    return "Other" if letters else ""


def main_language(text: str) -> str:
    """A rough guess at a document's language from its letters: ko when Hangul dominates."""
    sample = text[:20000]
    if sample.isascii():
        return "en"
    hangul = len(_HANGUL.findall(sample))
    letters = len(_LETTER.findall(sample))
    if letters and hangul / letters > 0.3:
        return "ko"
    if letters and len(_KANA.findall(sample)) / letters > 0.2:
        return "ja"
    return "en"
