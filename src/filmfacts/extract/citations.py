"""Which reference backs a stretch of text: `citation_for(doc, offset)`.

A reference stands after what it supports: `…reached 12.32 million.[3]` or
`Box office: US$80.3 million[4]`. The citation for an offset is the first one
anchored from that offset to the end of its unit, else the last one earlier in
the unit; the unit is the table cell holding the offset, else its sentence
(ended by `.`, `!`, `?` before a space and a capital, digit or quote, or by a
line break). Time-sensitive claims take the cited work's date as their
`point_in_time`.
"""

from __future__ import annotations

import bisect
import re

from ..model import Citation, Document

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9\u00c0-\u024f\uac00-\ud7a3])")
_ABBREVIATION = re.compile(r"(?:\b(?:No|Nos|Vol|St|Mr|Mrs|Ms|Dr|Jr|Sr|vs|Co|Inc|Ltd|approx|ca|lit|U\.S)|\b[A-Z])$")


def unit_at(doc: Document, offset: int) -> tuple[int, int]:
    """The (start, end) of the table cell or sentence holding `offset` (or ending there)."""
    for table in doc.tables:
        if table.start <= offset <= table.end:
            for row in table.rows:
                for cell in row:
                    if not cell.spanned and cell.start <= offset <= cell.end:
                        return cell.start, cell.end
    text = doc.text
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    start = line_start
    for m in _SENTENCE_END.finditer(text, line_start, line_end):
        if text[m.start()] == "." and _ABBREVIATION.search(text, line_start, m.start()):
            continue  # "No. 7", "J. Smith": not the end of a sentence
        end = m.start() + len(m.group().rstrip())
        if end >= offset:
            return start, end
        start = m.end()
    return start, line_end


def citation_for(doc: Document, offset: int) -> Citation | None:
    """The citation attached to the sentence or cell containing (or ending at) `offset`."""
    if not doc.citations:
        return None
    start, end = unit_at(doc, offset)
    citations = sorted(doc.citations, key=lambda c: c.anchor)  # readers need not sort them
    anchors = [c.anchor for c in citations]
    inside = citations[bisect.bisect_left(anchors, start):bisect.bisect_right(anchors, end)]
    if not inside:
        return None
    for citation in inside:
        if citation.anchor >= offset:
            return citation
    return inside[-1]
