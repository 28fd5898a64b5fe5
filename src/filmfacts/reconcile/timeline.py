"""Box-office figures on one timeline: a day count and a date are two names for one time.

When the documents state the film's release date (in its country of origin), a figure given
"19 days after its release" also gets its date, and one given "on August 7" its day count, so
sources that date a figure differently still meet in one scope. Days count the release day as
day 1, as Korean box-office reports do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from ..extract.text import iso_to_date
from ..model import Claim, Text, Time, freeze_qualifiers

TIMED = frozenset({"admissions", "gross", "admissions_milestone", "box_office_rank", "seat_booking_rate"})


def release_day(claims: Sequence[Claim]) -> date | None:
    """The release date the documents agree on in the film's country of origin, if they state one."""
    countries = {c.value.text for c in claims if c.property == "country_of_origin" and isinstance(c.value, Text)}
    found = {
        c.value.iso for c in claims
        if c.property == "release_date" and isinstance(c.value, Time) and c.value.precision == "day"
        and (not c.q("country") or c.q("country") in countries)
    }
    return iso_to_date(next(iter(found))) if len(found) == 1 else None


def align(claims: Sequence[Claim]) -> list[Claim]:
    released = release_day(claims)
    if released is None:
        return list(claims)
    out = []
    for c in claims:
        days, when = c.q("days_since_release"), c.q("point_in_time")
        extra: dict[str, object] = {}
        if c.property in TIMED and isinstance(days, int) and not when:
            extra["point_in_time"] = (released + timedelta(days=days - 1)).isoformat()
        elif (c.property in TIMED and isinstance(when, str) and days is None
              and (day := iso_to_date(when)) and day >= released):
            extra["days_since_release"] = (day - released).days + 1
        if extra:
            extra["derived_time"] = next(iter(extra))
            c = replace(c, qualifiers=freeze_qualifiers({**dict(c.qualifiers), **extra}))
        out.append(c)
    return out
