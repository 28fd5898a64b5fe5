"""What the film is based on: a work ("based on the novel X by Y") or real events.

"based on the real-life story of a man who … on September 27, 1972 in Chuncheon before
being finally exonerated in November 2008" gives the event, its date and place, and the
exoneration.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Name, Text, claim
from . import extractor
from .text import find_dates, prose_sentences

VERSION = "1.0"
NAME = "basis"
_EVENT = re.compile(
    r"based on (?:the |a )?(?:real[- ]life|true|real)\s+(?:story|events?|case|incidents?|crime)"
    r"(?:\s+of|\s+about|,)?\s+", re.I)
_WORK = re.compile(
    r"based on (?:the |a )?(?P<form>novel|book|play|stage play|manhwa|webtoon|comic|short story|memoir|"
    r"film|musical)\s+(?:of the same name\s+)?(?P<title>[A-Z0-9][^,.;]*?)?(?:\s+by\s+(?P<author>[A-Z][\w.'-]*"
    r"(?:\s+[A-Z][\w.'-]*){0,4}))?(?=[,.;]|$)", re.I)
_EXONERATED = re.compile(r"\b(?:exonerated|acquitted|cleared|found not guilty)\b", re.I)
_PLACE = re.compile(r"^,?\s+in\s+(?P<place>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)*)")


@extractor(NAME, VERSION, requires=("sections",))
def extract_basis(doc: Document, subject: str) -> Iterator[Claim]:
    for sentence in prose_sentences(doc):
        text, base = sentence.text, sentence.start
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
        dates = find_dates(rest)
        event_date = next((d for d in dates if not _EXONERATED.search(rest[max(0, d.start - 30):d.start])),
                          None)
        cut = event_date.start if event_date else len(rest)
        desc = re.sub(r"\s+(?:on|in|at)\s*$", "", rest[:cut].rstrip(" ,.")).strip()
        place = ""
        if event_date and (pm := _PLACE.match(rest[event_date.end:])):
            place = pm.group("place")
        yield claim(subject, "based_on_event", Text(desc, doc.language),
                    doc.span(base + rest_start, base + rest_start + len(desc)), NAME, VERSION,
                    {"place": place})
        if event_date and event_date.time:
            yield claim(subject, "based_on_event_date", event_date.time,
                        doc.span(base + rest_start + event_date.start, base + rest_start + event_date.end),
                        NAME, VERSION, {"place": place})
        for d in dates:
            if d.time and _EXONERATED.search(rest[max(0, d.start - 30):d.start]):
                yield claim(subject, "based_on_event_exoneration", d.time,
                            doc.span(base + rest_start + d.start, base + rest_start + d.end), NAME, VERSION)
