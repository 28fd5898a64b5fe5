"""Release and premiere dates: "was released in South Korea on July 20, 2016", "premiered … at
the 2019 Cannes Film Festival on May 21, 2019".

News and reports say it their way ("Exhuma, which opened here on Feb. 22", "hit local theaters on
Jan. 23") and often leave out the year: on an article the date takes the publication's year (the
year before when that would put it after publication), and each date goes to the film of its
clause (`mentions.film_for`). A year-less date on an undated page is not guessed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Time, claim
from . import extractor
from .kinds import ARTICLE_KINDS
from .mentions import film_for
from .text import FoundDate, find_dates, iso_to_date, prose_sentences
from .vocab import country_in
from .when import anchor_day

VERSION = "1.0"
NAME = "release"
_RELEASED = re.compile(r"\b(?:was |were |is |been )?(?:theatrically |commercially |first )?released\b", re.I)
# What articles say besides "released": the verb a figure story uses for the first day.
_OPENED = re.compile(r"\b(?:opened|debuted|hit (?:local |Korean |domestic )?(?:theaters|theatres|cinemas|screens)|"
                     r"arrived in (?:theaters|theatres|cinemas)|came out)\b", re.I)
_PREMIERE = re.compile(r"\b(?:premiered|had its (?:world |international )?premiere|was screened|screened)\b",
                       re.I)
_FESTIVAL = re.compile(r"\b(?:at|in) the (?:[\w' ]+ section of the )?(?P<f>(?:\d{4} )?[A-Z][\w' ]*?"
                       r"(?:Festival|Awards|Fest|Film Market))\b")
# Sentences about something else released: another version, a book, a record, a home-media edition.
_REMAKE = re.compile(r"\b(?:remake|adaptation|sequel|prequel|series|novel|novelisation|novelization|book|"
                     r"soundtrack|album|single|song|DVD|Blu-ray|VHS|home media|game|trailer|poster|teaser)s?\b", re.I)


# "since its Nov. 27 release", "the January 23, 2013 release"; "its total to 3,297,957 since January 31st"
_RELEASE_NOUN_AFTER = re.compile(r"^\s*(?:release|opening|debut)\b", re.I)
_TOTAL_SINCE = re.compile(r"\b(?:total|in all|so far|admissions|tickets|viewers)\b[^.;]{0,40}\bsince\s+$", re.I)


def _anchored(found: FoundDate, published: str) -> Time | None:
    """A date in an article as a day: a year-less "Feb. 22" in the publication's year (`when.anchor_day`)."""
    day = anchor_day(found, iso_to_date(published) if len(published) == 10 else None)
    return Time(day.isoformat(), "day") if day else None


@extractor(NAME, VERSION, requires=("sections",))
def extract_release(doc: Document, subject: str) -> Iterator[Claim]:
    article = doc.kind in ARTICLE_KINDS
    released = re.compile(f"{_RELEASED.pattern}|{_OPENED.pattern}", re.I) if article else _RELEASED
    for sentence in prose_sentences(doc):  # the lead included
        low = sentence.text.casefold()
        if ((not article and "releas" not in low and "premiere" not in low and "screened" not in low)
                or _REMAKE.search(low)):
            continue
        text, _base = sentence.text, sentence.start
        dates = find_dates(text)
        taken: set[int] = set()  # dates read after "released"/"opened"
        for m in released.finditer(text):
            found = next((d for d in dates if (d.time or article) and m.end() <= d.start <= m.end() + 60), None)
            when = _anchored(found, doc.published) if found and article else found.time if found else None
            if not found or not when:
                continue
            taken.add(found.start)
            country = country_in(text[m.end():found.end + 40])
            film = film_for(doc, sentence.start + m.start(), subject) if article else subject
            yield claim(film, "release_date", when, doc.span(sentence.start, sentence.end),
                        NAME, VERSION, {"country": country})
        if article:  # the release as a noun or as where a running total counts from
            for found in dates:
                if found.start in taken or not (_RELEASE_NOUN_AFTER.match(text[found.end:])
                                                or _TOTAL_SINCE.search(text[max(0, found.start - 60):found.start])):
                    continue
                if (when := _anchored(found, doc.published)) is None:
                    continue
                film = film_for(doc, sentence.start + found.start, subject)
                yield claim(film, "release_date", when, doc.span(sentence.start, sentence.end), NAME, VERSION,
                            {"country": country_in(text[found.end:found.end + 40])})
        for m in _PREMIERE.finditer(text):
            stop = _RELEASED.search(text, m.end())
            limit = stop.start() if stop else len(text)
            found = next((d for d in dates if d.time and m.end() <= d.start < limit), None)
            if not found or not found.time:
                continue
            fm = _FESTIVAL.search(text, m.end(), limit)
            film = film_for(doc, sentence.start + m.start(), subject) if article else subject
            yield claim(film, "premiere_date", found.time, doc.span(sentence.start, sentence.end),
                        NAME, VERSION, {"place": fm.group("f") if fm else ""})
