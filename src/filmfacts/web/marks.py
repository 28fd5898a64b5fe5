"""A document's text cut into pieces, each marked with the claims whose evidence covers it.

    pieces("Hwang plays Deok-su.", [claim(0, 5), claim(0, 20)], focus=(0, 5))
    → [Piece("Hwang", claims=(both), focus=True), Piece(" plays Deok-su.", claims=(one), focus=False)]

Claims' spans may overlap or nest; cutting the text at every span's ends gives pieces that are each
under a fixed set of claims, which the template wraps in one `<mark>` each (autoescaped).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Piece:
    text: str
    start: int
    claims: tuple[int, ...]  # indexes into the document's claims
    focus: bool
    first_of_focus: bool = False


def pieces(text: str, claims: list[dict[str, Any]], focus: tuple[int, int] | None = None) -> list[Piece]:
    """The pieces in order; a sweep over the spans' ends, so a dataset page with thousands of claims costs
    one sort."""
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        start, end = max(0, int(c["start"])), min(len(text), int(c["end"]))
        if start < end:
            starts.setdefault(start, []).append(i)
            ends.setdefault(end, []).append(i)
    cuts = {0, len(text), *starts, *ends}
    if focus:
        cuts.update(min(max(0, f), len(text)) for f in focus)
    edges = sorted(cuts)
    active: dict[int, None] = {}
    out: list[Piece] = []
    seen_focus = False
    for a, b in itertools.pairwise(edges):
        for i in ends.get(a, ()):
            active.pop(i, None)
        for i in starts.get(a, ()):
            active[i] = None
        focused = bool(focus and focus[0] <= a and b <= focus[1])
        out.append(Piece(text[a:b], a, tuple(active), focused, focused and not seen_focus))
        seen_focus = seen_focus or focused
    return out
