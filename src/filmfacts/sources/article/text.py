"""The body of an article page once its lines are sorted: text, sections for posts, tables.

A chart written as text is a table: pipe rows (`| 1 | Exhuma | 2024-02-22 | 41.2% |`, with or
without a `|---|` line under the header) or tab-separated columns. Every cell keeps its offsets in
the text, so `doc.text[cell.start:cell.end] == cell.text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Cell, Table
from ..layout import Heading, lines_with_offsets
from .lines import PageLines

_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


@dataclass(frozen=True)
class Body:
    text: str
    headings: tuple[Heading, ...]
    tables: tuple[Table, ...]


def post_title(number: int, user: str, when: str) -> str:
    """The section title of a post: `Post 3 by moviefan, 2013-02-25`."""
    return f"Post {number} by {user}, {when}"


def body_of(page: PageLines) -> Body:
    """Text of the kept lines, one section per post, and the tables written in the text."""
    text = "\n".join(page.kept)
    lines = list(lines_with_offsets(text))
    headings = tuple(
        Heading(lines[i][0], lines[i][1], 1, post_title(n, *page.posts[i]))
        for n, i in enumerate(sorted(page.posts), start=1)
    )
    return Body(text, headings, tuple(text_tables(lines)))


def _cells(line: str, offset: int, sep: str) -> list[Cell]:
    """Cells of one row with their offsets; the outer pipes of `| a | b |` make no cells."""
    cells: list[Cell] = []
    pos = 0
    parts = line.split(sep)
    for k, raw in enumerate(parts):
        if sep == "|" and k in (0, len(parts) - 1) and not raw.strip():
            pos += len(raw) + 1
            continue
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        cells.append(Cell(stripped, offset + pos + lead, offset + pos + lead + len(stripped)))
        pos += len(raw) + 1
    return cells


def _row_kind(line: str) -> str:
    if line.lstrip().startswith("|") and line.count("|") >= 2:
        return "|"
    if line.count("\t") >= 1 and len(line.split("\t")) >= 2:
        return "\t"
    return ""


def text_tables(lines: list[tuple[int, int, str]]) -> list[Table]:
    """Runs of two or more pipe or tab rows; the header is a row followed by `|---|`, or a first row
    with no figures over rows with figures."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        kind = _row_kind(lines[i][2])
        j = i
        while j < len(lines) and kind and _row_kind(lines[j][2]) == kind:
            j += 1
        if not kind or j - i < 2:
            i = max(j, i + 1)
            continue
        block = lines[i:j]
        i = j
        rows = [(start, _cells(line, start, kind)) for start, _, line in block if not _SEPARATOR.match(line.strip())]
        if not rows:  # separator lines alone ("|---|" twice): no table
            continue
        has_separator = len(block) > 1 and bool(_SEPARATOR.match(block[1][2].strip()))
        first = [c.text for c in rows[0][1]]
        header_row = has_separator or (
            not any(re.search(r"\d", t) for t in first)
            and any(re.search(r"\d", c.text) for _, cells in rows[1:] for c in cells))
        width = max(len(cells) for _, cells in rows)
        body = rows[1:] if header_row else rows
        padded = tuple(
            tuple(cells) + tuple(Cell("", start, start) for _ in range(width - len(cells))) for start, cells in body
        )
        header = tuple(first) + ("",) * (width - len(first)) if header_row else ("",) * width
        if padded:
            tables.append(Table(section=(), header=header, rows=padded, start=block[0][0], end=block[-1][1]))
    return tables


__all__ = ["Body", "body_of", "post_title", "text_tables"]
