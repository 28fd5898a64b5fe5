"""Tables flattened to text, like `| Best Director | Yeon Sang Ho | ||`, with spans put back.

When a wiki table is rendered to text, a cell that spanned several rows
appears only in its first row and the later rows are shifted left. To put a
short row back, each way of placing its cells in the header's columns (in
order) is scored against the columns' profiles, learnt from the table's full
rows (is the column an outcome like Won/Nominated? do its cells start with an
ordinal like "49th"? which words does it use?). The best placement wins and the
columns it leaves out are carried down from the row above.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ...errors import MalformedTable
from ...model import Cell

OUTCOME_WORDS = {
    "won": "won", "win": "won", "winner": "won", "awarded": "won", "recipient": "won",
    "nominated": "nominated", "nominee": "nominated", "nomination": "nominated",
    "shortlisted": "nominated", "finalist": "nominated", "runner-up": "nominated",
}

_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.I)
_WORD = re.compile(r"[\w']+")


def outcome_of(text: str) -> str:
    """`won` / `nominated` for an outcome cell ("Won", "Nominated", "Winner"), else ""."""
    return OUTCOME_WORDS.get(text.strip().strip(".").casefold(), "")


@dataclass
class _Profile:
    outcome: float
    ordinal: float
    words: set[str]


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) > 1}


def _profiles(full_rows: list[list[Cell]], width: int) -> list[_Profile]:
    profiles = []
    for col in range(width):
        texts = [row[col].text for row in full_rows if row[col].text]
        n = max(len(texts), 1)
        profiles.append(_Profile(
            outcome=sum(bool(outcome_of(t)) for t in texts) / n,
            ordinal=sum(bool(_ORDINAL.search(t)) for t in texts) / n,
            words=set().union(*(_words(t) for t in texts)) if texts else set(),
        ))
    return profiles


def _score(cell: str, profile: _Profile) -> float:
    score = 0.0
    is_outcome = bool(outcome_of(cell))
    score += 3.0 if is_outcome == (profile.outcome >= 0.5) else -3.0
    score += 1.0 if bool(_ORDINAL.search(cell)) == (profile.ordinal >= 0.5) else -1.0
    words = _words(cell)
    if words:
        score += 2.0 * len(words & profile.words) / len(words)
    return score


def resolve_rows(rows: list[list[Cell]], width: int, where: str) -> list[tuple[Cell, ...]]:
    """Put every short row's cells in their columns and carry spanned cells down."""
    for i, row in enumerate(rows):
        if len(row) > width:
            raise MalformedTable(
                f"{where}: row {i + 1} has {len(row)} cells but the header has {width} columns",
                hint="fix the row so each cell sits under one heading, or remove the table",
            )
    full = [row for row in rows if len(row) == width and all(c.text for c in row)]
    profiles = _profiles(full, width)
    out: list[tuple[Cell, ...]] = []
    previous: tuple[Cell, ...] | None = None
    for row in rows:
        if len(row) == width or previous is None:
            placed = list(row) + [Cell("", row[-1].end if row else 0, row[-1].end if row else 0)] * (
                width - len(row))
        else:
            best: tuple[float, tuple[int, ...]] | None = None
            for cols in itertools.combinations(range(width), len(row)):
                score = sum(_score(cell.text, profiles[c]) for cell, c in zip(row, cols, strict=True))
                # Equal scores: prefer leaving out the leftmost columns, where row spans usually sit.
                score += 0.001 * sum(cols)
                if best is None or score > best[0]:
                    best = (score, cols)
            assert best is not None
            by_col = dict(zip(best[1], row, strict=True))
            placed = [
                by_col[c] if c in by_col else Cell(previous[c].text, previous[c].start, previous[c].end,
                                                   spanned=True)
                for c in range(width)
            ]
        previous = tuple(placed)
        out.append(previous)
    return out
