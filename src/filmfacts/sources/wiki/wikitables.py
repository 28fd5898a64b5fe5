"""Wikitable geometry: `rowspan` / `colspan` resolved into a full grid.

    {| class="wikitable"
    ! Year !! Designer !! Film
    |-
    | rowspan=2 | 1999 || rowspan=2 | Jane Doe || First Film
    |-
    | Second Film
    |}

gives three rows of three slots; in the last row the year and the designer are
the cells of the row above, marked as spanned. Rows with no cells of their own
(`|-` twice in a row) are not rows, as editors intend them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_ROWSPAN = 1000
MAX_COLSPAN = 100
MAX_COLUMNS = 200

_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Slot:
    """One grid position: the source cell (row, index) filling it, and whether it is spanned
    (the cell started in an earlier row or column)."""

    row: int
    index: int
    spanned: bool


def span_value(text: str, limit: int) -> int:
    """`rowspan="3"` → 3; missing, zero or nonsense → 1; capped at `limit`."""
    m = _NUMBER.search(text or "")
    value = int(m.group()) if m else 1
    return max(1, min(value, limit))


def resolve(rows: list[list[tuple[int, int]]]) -> list[list[Slot | None]]:
    """Each row's cells given as (rowspan, colspan) → the grid of slots, padded with None to
    one width."""
    pending: dict[int, tuple[int, Slot]] = {}
    grid: list[dict[int, Slot]] = []
    for r, row in enumerate(rows):
        line: dict[int, Slot] = {}
        for col, (left, slot) in sorted(pending.items()):
            line[col] = slot
            if left > 1:
                pending[col] = (left - 1, slot)
            else:
                del pending[col]
        col = 0
        for i, (rowspan, colspan) in enumerate(row):
            while col in line:
                col += 1
            if col >= MAX_COLUMNS:
                break
            for k in range(min(colspan, MAX_COLUMNS - col)):
                if col + k in line:
                    continue  # overlapping spans: the earlier cell keeps the slot
                line[col + k] = Slot(r, i, k > 0)
                if rowspan > 1:
                    pending[col + k] = (rowspan - 1, Slot(r, i, True))
            col += colspan
        grid.append(line)
    width = max((max(line) + 1 for line in grid if line), default=0)
    return [[line.get(c) for c in range(width)] for line in grid]
