"""Awards tables → one claim per row: ceremony, category, recipients, outcome.

Columns are found by their headings (Award/Ceremony, Category, Recipient(s)/Nominee,
Result/Outcome, Year); rows come with spanned cells already carried down by the
reader. Outcomes are normalised to `won` / `nominated`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Table, Text, claim
from ..sources.wiki.flat_table import outcome_of
from . import extractor
from .kinds import ENCYCLOPEDIC_KINDS
from .text import YEAR_RE, split_list

VERSION = "1.0"
NAME = "awards"
COLUMNS = {
    "ceremony": re.compile(r"^(?:award|awards|ceremony|festival|organi[sz]ation|event|association)s?\b", re.I),
    "category": re.compile(r"^categor", re.I),
    "recipients": re.compile(r"^(?:recipient|nominee|name|work|recipients?\(s\)|nominated work|winner)", re.I),
    "outcome": re.compile(r"^(?:result|outcome|status)", re.I),
    "year": re.compile(r"^(?:year|date)", re.I),
}


def columns(table: Table) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, heading in enumerate(table.header):
        for role, pattern in COLUMNS.items():
            if role not in found and pattern.match(heading.strip()):
                found[role] = i
                break
    return found


def split_recipients(text: str) -> tuple[str, ...]:
    return tuple(p for p in split_list(text) if p)


@extractor(NAME, VERSION, requires=("tables",), kinds=ENCYCLOPEDIC_KINDS)
def extract_awards(doc: Document, subject: str) -> Iterator[Claim]:
    for table in doc.tables:
        cols = columns(table)
        if not {"category", "outcome"} <= cols.keys() or not ({"ceremony", "recipients"} & cols.keys()):
            continue
        for row in table.rows:
            def cell(role: str, row: tuple = row, cols: dict[str, int] = cols) -> str:
                return row[cols[role]].text if role in cols else ""

            outcome = outcome_of(cell("outcome"))
            category = cell("category")
            if not outcome or not category:
                continue
            own = [c for c in row if not c.spanned and c.text]
            start = min(c.start for c in own) if own else row[0].start
            end = max(c.end for c in own) if own else row[-1].end
            ceremony = cell("ceremony")
            year = YEAR_RE.search(cell("year") or ceremony)
            yield claim(subject, "award", Text(category), doc.span(start, end), NAME, VERSION, {
                "ceremony": ceremony,
                "recipients": split_recipients(cell("recipients")),
                "outcome": outcome,
                "year": int(year.group(0)) if year else None,
            })
