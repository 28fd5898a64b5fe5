"""Who made the film and who is in it, from prose: the lead and the production sections.

"… film directed by Bong Joon-ho, who wrote the screenplay with Han Jin-won. It stars Song
Kang-ho, …" gives a director, two screenwriters and cast members; "The screenplay was written
by Park Joo-suk." a screenwriter. Sections about remakes are left out: their directors are
someone else's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Name, claim
from . import extractor
from .text import Sentence, prose_sentences, split_list

VERSION = "1.0"
NAME = "crew"
# Production sections name other films' directors and stars ("… as Buñuel did, directed by …");
# there only the roles a production section states about the film itself are read.
PRODUCTION_ROLES = frozenset({"screenwriter", "music"})
CREW_SECTIONS = ("production", "development", "filming", "casting", "crew", "music", "soundtrack", "writing")
_NAME = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
_NAMES = rf"{_NAME}(?:(?:,\s*|,?\s+and\s+){_NAME})*"
PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("director", re.compile(rf"\bdirected by (?P<who>{_NAMES})"), "who"),
    ("screenwriter", re.compile(rf"\bdirected by (?P<who>{_NAME}), who (?:also )?(?:co-)?wrote the "
                                rf"(?:screenplay|script) with (?P<with>{_NAMES})"), "who+with"),
    ("screenwriter", re.compile(rf"\b(?:screenplay|script) (?:was |is )?(?:co-)?written by (?P<who>{_NAMES})"),
     "who"),
    ("screenwriter", re.compile(rf"(?:^|\.\s+)(?P<who>{_NAMES}) (?:co-)?wrote the (?:screenplay|script)"
                                rf"(?: with (?P<with>{_NAMES}))?"), "who+with"),
    ("screenwriter", re.compile(rf"\bwritten by (?P<who>{_NAMES})"), "who"),
    ("screenwriter", re.compile(rf"\bwritten and directed by (?P<who>{_NAMES})"), "who"),
    ("producer", re.compile(rf"\bproduced by (?P<who>{_NAMES})"), "who"),
    ("music", re.compile(rf"\b(?:music|score) (?:was |is )?(?:composed )?by (?P<who>{_NAMES})"), "who"),
    ("cast_member", re.compile(rf"\bstarring (?P<who>{_NAMES})"), "who"),
    ("cast_member", re.compile(rf"^(?:It|The film|The movie) (?:also )?(?:stars|starred|features) "
                               rf"(?P<who>{_NAMES})"), "who"),
)
_NOT_PEOPLE = re.compile(r"^(?:The|A|An|It|He|She|They|His|Her|In|On|At)\b")


def _people(chunk: str) -> list[str]:
    return [p for p in split_list(chunk) if not _NOT_PEOPLE.match(p) and len(p.split()) <= 4]


def _sentences(doc: Document) -> Iterator[Sentence]:
    """The lead and the production sections."""
    for s in prose_sentences(doc):
        if not s.section or any(p.casefold().startswith(CREW_SECTIONS) for p in s.section):
            yield s


@extractor(NAME, VERSION, requires=("sections",))
def extract_crew(doc: Document, subject: str) -> Iterator[Claim]:
    for sentence in _sentences(doc):
        seen: set[tuple[str, str]] = set()
        for prop, pattern, groups in PATTERNS:
            if sentence.section and prop not in PRODUCTION_ROLES:
                continue
            for m in pattern.finditer(sentence.text):
                for group in groups.split("+"):
                    chunk = m.group(group)
                    if not chunk:
                        continue
                    offset = sentence.start + m.start(group)
                    for person in _people(chunk):
                        if (prop, person) in seen:
                            continue
                        seen.add((prop, person))
                        at = chunk.find(person)
                        yield claim(subject, prop, Name(person, "person"),
                                    doc.span(offset + at, offset + at + len(person)), NAME, VERSION)
