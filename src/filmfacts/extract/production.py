"""Filming dates and places: "Filming began on May 2, 2014 in Busan, South Korea, and concluded
on August 30, in Seoul."

A year-less end date takes the year of the start date in the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Name, claim
from . import extractor
from .kinds import ENCYCLOPEDIC_KINDS
from .text import DIGIT_RE, YEAR_RE, anchor, find_dates, prose_sentences

VERSION = "1.0"
NAME = "production"
_START = re.compile(r"\b(?:filming|principal photography|shooting|production|photography)\s+"
                    r"(?:began|started|commenced|begun|kicked off)\b", re.I)
_END = re.compile(r"\b(?:concluded|ended|wrapped(?: up)?|finished|completed)\b", re.I)
_PLACE = re.compile(r"^,?\s*(?:in|at)\s+(?P<place>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)*)")


@extractor(NAME, VERSION, requires=("sections",), kinds=ENCYCLOPEDIC_KINDS)
def extract_filming(doc: Document, subject: str) -> Iterator[Claim]:
    for sentence in prose_sentences(doc):
        text, base = sentence.text, sentence.start
        start_m = _START.search(text) if DIGIT_RE.search(text) else None
        if not start_m:
            continue
        dates = find_dates(text)
        years = [int(y) for y in YEAR_RE.findall(text)]
        year = years[0] if years else 0
        end_m = _END.search(text, start_m.end())
        for prop, begin, stop in (("filming_start", start_m.end(), end_m.start() if end_m else len(text)),
                                  ("filming_end", end_m.end() if end_m else -1, len(text))):
            if begin < 0:
                continue
            found = next((d for d in dates if begin <= d.start < stop), None)
            if not found or (found.time is None and not year):
                continue
            when = anchor(found, year)
            place = ""
            if pm := _PLACE.match(text[found.end:]):
                place = pm.group("place")
            yield claim(subject, prop, when, doc.span(sentence.start, sentence.end), NAME, VERSION,
                        {"place": place})
            if place:
                at = found.end + text[found.end:].find(place)
                yield claim(subject, "filming_location", Name(place, "place"),
                            doc.span(base + at, base + at + len(place)), NAME, VERSION)
