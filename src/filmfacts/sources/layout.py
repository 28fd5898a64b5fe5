"""Shared by the text readers: heading lines → sections, script → language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Section
from ..writing_systems import HAN as _HAN
from ..writing_systems import HANGUL as _HANGUL
from ..writing_systems import KANA as _KANA


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


_LETTER = re.compile(r"[^\W\d_]")


def _words(text: str) -> list[str]:
    return text.split(" ")


_STOPWORDS = {
    "fr": frozenset(_words("le la les des du une est et dans sur pour qui que avec par pas au aux sont été film")),
    "de": frozenset(_words("der die das und ist nicht ein eine mit von den dem zu im auf für sich wird wurde")),
    "es": frozenset(_words("el los las del una por con para que es en se su fue película")),
    "nl": frozenset(_words("de het een en van is op voor met niet zijn dat werd door")),
    "en": frozenset(_words("the of and is in to was for on with by that as his her film")),
}


def main_language(text: str) -> str:
    """A rough guess at a document's language from its letters: ko when Hangul dominates, ja when
    kana is frequent, zh when Han characters dominate without either; among Latin-script texts the
    language whose common words are most frequent (en, fr, de, es, nl)."""
    sample = text[:20000]
    if sample.isascii():
        return "en"
    letters = len(_LETTER.findall(sample))
    if not letters:
        return "en"
    hangul = len(_HANGUL.findall(sample))
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    if hangul / letters > 0.3:
        return "ko"
    if kana / letters > 0.05 and (kana + han) / letters > 0.3:
        return "ja"
    if han / letters > 0.3:
        return "zh"
    words = re.findall(r"[^\W\d_]+", sample.casefold())
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] > counts["en"] * 1.5 and counts[best] >= 5 else "en"


def carve(sections: tuple[Section, ...], blocks: list[tuple[int, int]], name: str = "Infobox"
          ) -> tuple[Section, ...]:
    """Sections with each block (a run of labelled lines, see `labels`) as a section of its own,
    titled `name` under the section it sits in; that section goes on after the block as a second
    part with the same path, so its prose before and after the block is read and the block is not."""
    out = list(sections)
    for start, end in sorted(blocks):
        holder = max((s for s in out if s.start <= start < s.end and "Infobox" not in s.path),
                     key=lambda s: (len(s.path), s.start), default=None)
        if holder is None:
            continue
        at = out.index(holder)
        parts = []
        if start - 1 > holder.start:
            parts.append(Section(holder.path, holder.start, start - 1))
        parts.append(Section((*holder.path, name), start, min(end, holder.end)))
        if end + 1 < holder.end:
            parts.append(Section(holder.path, end + 1, holder.end))
        out[at:at + 1] = parts
    return tuple(out)
