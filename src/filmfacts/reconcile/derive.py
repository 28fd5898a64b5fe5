"""Facts no document states but that follow from what they state.

"On August 12, 2016, 24 days after its release" puts the release on 2016-07-20:
Korean box-office reports count the release day as day 1, so the release is
`point_in_time − (days − 1)`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import timedelta

from ..extract.text import iso_to_date
from ..model import Claim, Fact, FactValue, Time, unique
from .facts import Context


def derived_release_date(claims: Sequence[Claim], ctx: Context) -> Fact | None:
    if any(c.property == "release_date" for c in claims):
        return None
    candidates: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        when, days = c.q("point_in_time"), c.q("days_since_release")
        if isinstance(when, str) and isinstance(days, int) and (day := iso_to_date(when)):
            candidates[(day - timedelta(days=days - 1)).isoformat()].append(c)
    if len(candidates) != 1:
        return None
    iso, used = next(iter(candidates.items()))
    sources = unique(sorted(c.document for c in used))
    quote = used[0].evidence.quote
    why = (f"No document states it; it follows from {quote!r} with {used[0].q('point_in_time')} and "
           f"{used[0].q('days_since_release')} days counted from the release day as day 1.")
    return Fact(ctx.film, "release_date", (), "derived",
                (FactValue(Time(iso, "day"), tuple(used), sources, ctx.independent(sources)),), why)
