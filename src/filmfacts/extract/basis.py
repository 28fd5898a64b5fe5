"""What the film is based on: a work ("based on the novel X by Y") or real events.

"inspired by a real incident in 2000, in which a mortician … at Yongsan Garrison ordered …"
gives the event, its date and place; "… before being finally exonerated in November 2008" an
exoneration.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Name, Text, Time, claim
from . import extractor
from .kinds import ENCYCLOPEDIC_KINDS
from .text import YEAR_RE, find_dates, prose_sentences

VERSION = "1.0"
NAME = "basis"
_EVENT = re.compile(
    r"(?:based on|inspired by) (?:the |a |an )?(?:real[- ]life|true|real|actual)\s+(?:story|events?|case|"
    r"incidents?|crime)(?:\s+of|\s+about|,)?\s+", re.I)
_YEAR_FIRST = re.compile(r"^in (?P<y>1[89]\d\d|20\d\d)\b,?\s*(?:(?:in which|when|where)\s+)?", re.I)
_WORK = re.compile(
    r"based on (?:the |a )?(?P<form>novel|book|play|stage play|manhwa|webtoon|comic|short story|memoir|"
    r"film|musical)\s+(?:of the same name\s+)?(?P<title>[A-Z0-9][^,.;]*?)?(?:\s+by\s+(?P<author>[A-Z][\w.'-]*"
    r"(?:\s+[A-Z][\w.'-]*){0,4}))?(?=[,.;]|$)", re.I)
_EXONERATED = re.compile(r"\b(?:exonerated|acquitted|cleared|found not guilty)\b", re.I)
_PLACE = re.compile(r"\b(?:in|at)\s+(?P<place>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)*)")


@extractor(NAME, VERSION, requires=("sections",), kinds=ENCYCLOPEDIC_KINDS)
def extract_basis(doc: Document, subject: str) -> Iterator[Claim]:
    for sentence in prose_sentences(doc):
        text, base = sentence.text, sentence.start
        if "based on" not in text.casefold() and "inspired by" not in text.casefold():
            continue
        if (m := _WORK.search(text)) and m.group("title"):
            t = m.group("title").strip()
            yield claim(subject, "based_on", Name(t, "work"),
                        doc.span(base + m.start("title"), base + m.start("title") + len(t)), NAME,
                        VERSION, {"form": m.group("form").casefold(), "author": m.group("author")})
        m = _EVENT.search(text)
        if not m:
            continue
        rest_start = m.end()
        rest = text[rest_start:]
        year_first = _YEAR_FIRST.match(rest)
        if year_first:
            # "a real incident in 2000, in which a mortician …": the year, then the description.
            event_time: Time | None = Time(year_first.group("y"), "year")
            rest_start += year_first.end()
            rest = text[rest_start:]
            dates = find_dates(rest)
            desc = rest.rstrip(" .")
            cut = len(rest)
        else:
            dates = find_dates(rest)
            event_date = next((d for d in dates if not _EXONERATED.search(rest[max(0, d.start - 30):d.start])),
                              None)
            event_time = event_date.time if event_date else None
            cut = event_date.start if event_date else len(rest)
            desc = re.sub(r"\s+(?:on|in|at)\s*$", "", rest[:cut].rstrip(" ,.")).strip()
            desc = re.split(r"\s+before being\b|\s+(?:and|but) (?:was|were) (?:later|finally)\b", desc)[0]
        place = next((pm.group("place") for pm in _PLACE.finditer(rest)
                      if not YEAR_RE.fullmatch(pm.group("place"))), "")
        yield claim(subject, "based_on_event", Text(desc, doc.language),
                    doc.span(base + rest_start, base + rest_start + len(desc)), NAME, VERSION,
                    {"place": place})
        if event_time is not None:
            yield claim(subject, "based_on_event_date", event_time, doc.span(sentence.start, sentence.end),
                        NAME, VERSION,
                        {"place": place})
        for d in dates:
            if d.time and _EXONERATED.search(rest[max(0, d.start - 30):d.start]):
                yield claim(subject, "based_on_event_exoneration", d.time,
                            doc.span(sentence.start, sentence.end), NAME, VERSION)
