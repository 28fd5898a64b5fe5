"""How far each kind of source is trusted on a figure, and which value the most trusted one backs.

The order follows how far each kind of source is from the count itself: the Korean Film Council's
dataset is the ticketing tally; a box-office report quotes it on the day; news summarises reports;
an encyclopedia cites news later; wikis and mirrors copy encyclopedias and drift; blogs and forums
repeat any of these without checking.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..model import FactValue

TRUST: dict[str, int] = {
    "dataset": 7,
    "box_office_report": 6,
    "news": 5,
    "encyclopedia": 4,
    "fan_wiki": 3,
    "wiki_mirror": 3,
    "blog": 2,
    "forum": 1,
}


def trust(kind: str) -> int:
    """The trust of a document kind; an unknown kind ranks below every known one."""
    return TRUST.get(kind, 0)


def value_trust(fv: FactValue, kind_of: Mapping[str, str]) -> int:
    """A value is as trusted as the most trusted document that states it."""
    return max((trust(kind_of.get(s, "")) for s in fv.sources), default=0)


def most_trusted(values: Sequence[FactValue], kind_of: Mapping[str, str]) -> FactValue | None:
    """The value the most trusted source backs, or None when the best sources tie on different values."""
    if not values:
        return None
    ranked = sorted(values, key=lambda fv: value_trust(fv, kind_of), reverse=True)
    if len(ranked) > 1 and value_trust(ranked[0], kind_of) == value_trust(ranked[1], kind_of):
        return None
    return ranked[0]


def trust_note(values: Sequence[FactValue], kind_of: Mapping[str, str], site_of: Mapping[str, str],
               show: Callable[[FactValue], str]) -> str:
    """The clause a conflict's explanation ends with: which value the most trusted source backs."""
    best = most_trusted(values, kind_of)
    if best is None:
        return "no source is more trusted than the others"
    source = max(best.sources, key=lambda s: trust(kind_of.get(s, "")))
    kind = kind_of.get(source, "") or "unknown kind"
    return f"the most trusted source, {site_of.get(source, source)} ({kind.replace('_', ' ')}), backs {show(best)}"
