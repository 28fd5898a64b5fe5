"""Release and premiere dates: "was released in South Korea on July 20, 2016", "premiered … at
the 2019 Cannes Film Festival on May 21, 2019"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, claim
from . import extractor
from .text import find_dates, prose_sentences
from .vocab import country_in

VERSION = "1.0"
NAME = "release"
_RELEASED = re.compile(r"\b(?:was |were |is |been )?(?:theatrically |commercially |first )?released\b", re.I)
_PREMIERE = re.compile(r"\b(?:premiered|had its (?:world |international )?premiere|was screened|screened)\b",
                       re.I)
_FESTIVAL = re.compile(r"\b(?:at|in) the (?:[\w' ]+ section of the )?(?P<f>(?:\d{4} )?[A-Z][\w' ]*?"
                       r"(?:Festival|Awards|Fest|Film Market))\b")
# Sentences about something else released: another version, a book, a record, a home-media edition.
_REMAKE = re.compile(r"\b(?:remake|adaptation|sequel|prequel|series|novel|novelisation|novelization|book|"
                     r"soundtrack|album|single|song|DVD|Blu-ray|VHS|home media|game|trailer|poster|teaser)s?\b", re.I)


@extractor(NAME, VERSION, requires=("sections",))
def extract_release(doc: Document, subject: str) -> Iterator[Claim]:
    for sentence in prose_sentences(doc):  # the lead included
        low = sentence.text.casefold()
        if ("releas" not in low and "premiere" not in low and "screened" not in low) or _REMAKE.search(low):
            continue
        text, _base = sentence.text, sentence.start
        dates = find_dates(text)
        for m in _RELEASED.finditer(text):
            found = next((d for d in dates if d.time and m.end() <= d.start <= m.end() + 60), None)
            if not found or not found.time:
                continue
            country = country_in(text[m.end():found.end + 40])
            yield claim(subject, "release_date", found.time, doc.span(sentence.start, sentence.end),
                        NAME, VERSION, {"country": country})
        for m in _PREMIERE.finditer(text):
            stop = _RELEASED.search(text, m.end())
            limit = stop.start() if stop else len(text)
            found = next((d for d in dates if d.time and m.end() <= d.start < limit), None)
            if not found or not found.time:
                continue
            fm = _FESTIVAL.search(text, m.end(), limit)
            yield claim(subject, "premiere_date", found.time, doc.span(sentence.start, sentence.end),
                        NAME, VERSION, {"place": fm.group("f") if fm else ""})
