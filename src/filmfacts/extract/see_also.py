""""See also" lists: `Seoul Station, the 2016 animated prequel` → see_also "Seoul Station"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Name, claim
from . import extractor
from .kinds import ENCYCLOPEDIC_KINDS
from .text import own_range, sections_matching

VERSION = "1.0"
_ITEM = re.compile(r"^\s*(?:[-*•]\s*)?(?P<name>[^,;:(\n]{2,80}?)\s*(?:[,;:(–—-]|$)")


@extractor("see_also", VERSION, requires=("sections",), kinds=ENCYCLOPEDIC_KINDS)
def extract_see_also(doc: Document, subject: str) -> Iterator[Claim]:
    for section in sections_matching(doc, "see also"):
        start, end = own_range(doc, section)
        pos = start
        for line in doc.text[start:end].split("\n"):
            if line.strip() and (m := _ITEM.match(line)):
                name = m.group("name").strip()
                yield claim(subject, "see_also", Name(name, "work"),
                            doc.span(pos + m.start("name"), pos + m.start("name") + len(name)),
                            "see_also", VERSION)
            pos += len(line) + 1
