"""The defining sentence: title, titles in other scripts, year, country, genre.

"Parasite (Korean: 기생충) is a 2019 South Korean black comedy thriller film directed by …"
gives the English title, the Hangul title, 2019, South Korea and "black comedy thriller"; the
people it names are read by `crew`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Text, Time, claim
from . import extractor
from .kinds import ENCYCLOPEDIC_KINDS
from .subject import find_lead
from .titles import title_claims
from .vocab import GENRE_WORDS, country_from_adjective

VERSION = "1.0"
NAME = "lead"
def _describe(desc: str, base: int) -> Iterator[tuple[str, str, int, int]]:
    """(property, value, start, end) for year, countries and genre in "2013 South Korean comedy drama film"."""
    words = [(m.group(0), m.start()) for m in re.finditer(r"[\w'-]+", desc)]
    genre: list[tuple[str, int]] = []
    i = 0
    while i < len(words):
        word, start = words[i]
        if re.fullmatch(r"1[89]\d\d|20\d\d", word):
            yield "publication_year", word, base + start, base + start + 4
            i += 1
            continue
        two = f"{word} {words[i + 1][0]}" if i + 1 < len(words) else ""
        country = country_from_adjective(two) if two else None
        width = 2
        if not country:
            country, width = country_from_adjective(word), 1
        if country:
            end = words[i + width - 1][1] + len(words[i + width - 1][0])
            yield "country_of_origin", country, base + start, base + end
            i += width
            continue
        if word.casefold() in GENRE_WORDS or word.casefold().endswith("-drama"):
            genre.append((word, start))
        i += 1
    if genre:
        start = genre[0][1]
        end = genre[-1][1] + len(genre[-1][0])
        yield "genre", desc[start:end], base + start, base + end


@extractor(NAME, VERSION, requires=("sections",), kinds=ENCYCLOPEDIC_KINDS)
def extract_lead(doc: Document, subject: str) -> Iterator[Claim]:
    lead = find_lead(doc)
    if lead is None:
        return
    yield claim(subject, "title", Text(lead.title, doc.language, "Latin"),
                doc.span(lead.title_start, lead.title_start + len(lead.title)), NAME, VERSION,
                {"language": doc.language})
    if lead.paren:
        yield from title_claims(doc, subject, lead.paren, lead.paren_start, "native_title",
                                "romanized_title", "literal_title", NAME)
    for prop, value, start, end in _describe(lead.desc, lead.desc_start):
        span = doc.span(start, end)
        if prop == "publication_year":
            yield claim(subject, prop, Time(value, "year"), span, NAME, VERSION)
        else:
            yield claim(subject, prop, Text(value, "en"), span, NAME, VERSION)
