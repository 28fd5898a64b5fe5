"""How far each kind of source is trusted on a figure, and which value the most trusted one backs.

The order follows how far each kind of source is from the count itself: the Korean Film Council's
dataset is the ticketing tally; a box-office report quotes it on the day; news summarises reports;
an encyclopedia cites news later; wikis and mirrors copy encyclopedias and drift; blogs and forums
repeat any of these without checking.

Datasets differ among themselves: each dataset reader (`sources/dataset/`) says how far it is trusted
(`TRUST`, between 0 and 1, for the sites it names), which orders two datasets that disagree without
lifting any above a more trusted kind: KOBIS's ticketing tally (0.9) over the ceremonies' lists of
winners (0.8), IMDb (0.7), Wikidata (0.6), TMDB (0.5), MovieLens (0.4) and benchmark copies (0.3).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache

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


@cache
def dataset_trust() -> dict[str, float]:
    """Each dataset site's own trust, as its reader declares it (`TRUST`, for `SITE` or `SITES`)."""
    from ..sources.registry import datasets

    out: dict[str, float] = {}
    for reader in datasets():
        if (level := getattr(reader.module, "TRUST", None)) is not None:
            for site in getattr(reader.module, "SITES", (getattr(reader.module, "SITE", ""),)):
                out[site] = float(level)
    return out


def trust(kind: str, site: str = "") -> float:
    """The trust of a document kind (and, for a dataset, its site); an unknown kind ranks below every
    known one."""
    base = TRUST.get(kind, 0)
    return base + dataset_trust().get(site, 0.0) if kind == "dataset" and site else base


def value_trust(fv: FactValue, kind_of: Mapping[str, str], site_of: Mapping[str, str] | None = None) -> float:
    """A value is as trusted as the most trusted document that states it."""
    sites = site_of or {}
    return max((trust(kind_of.get(s, ""), sites.get(s, "")) for s in fv.sources), default=0)


def most_trusted(values: Sequence[FactValue], kind_of: Mapping[str, str],
                 site_of: Mapping[str, str] | None = None) -> FactValue | None:
    """The value the most trusted source backs, or None when the best sources tie on different values."""
    if not values:
        return None
    ranked = sorted(values, key=lambda fv: value_trust(fv, kind_of, site_of), reverse=True)
    if len(ranked) > 1 and value_trust(ranked[0], kind_of, site_of) == value_trust(ranked[1], kind_of, site_of):
        return None
    return ranked[0]


def trust_note(values: Sequence[FactValue], kind_of: Mapping[str, str], site_of: Mapping[str, str],
               show: Callable[[FactValue], str]) -> str:
    """The clause a conflict's explanation ends with: which value the most trusted source backs."""
    best = most_trusted(values, kind_of, site_of)
    if best is None:
        return "no source is more trusted than the others"
    source = max(best.sources, key=lambda s: trust(kind_of.get(s, ""), site_of.get(s, "")))
    kind = kind_of.get(source, "") or "unknown kind"
    return f"the most trusted source, {site_of.get(source, source)} ({kind.replace('_', ' ')}), backs {show(best)}"
