"""Box-office figures on one timeline: a day count and a date are two names for one time.

When the documents state the film's release date (in its country of origin), a figure given
"19 days after its release" also gets its date, and one given "on August 7" its day count, so
sources that date a figure differently still meet in one scope. Days count the release day as
day 1, as Korean box-office reports do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..extract.text import iso_to_date
from ..model import Claim, Document, FilmRecord, Quantity, Text, Time, freeze_qualifiers

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


# a film from one of these is at home in the market named by the other
_HOME_REGIONS = {"North America": frozenset({"United States", "Canada"})}
_MARKETED = TIMED | {"screens", "market_share"}
# figures whose market names a country: a rank's scope may be its list's words ("daily box office in South
# Korea" on every row of a KOBIS chart), which would outvote the figures
_COUNTED = frozenset({"admissions", "gross", "admissions_milestone", "screens", "market_share"})
_NOT_COUNTRIES = frozenset({"", "domestic", "worldwide", "international"})


def _origins(claims: Sequence[Claim]) -> set[str]:
    return {c.value.text for c in claims if c.property == "country_of_origin" and isinstance(c.value, Text)}


def _at_home(scope: str, countries: set[str] | frozenset[str]) -> bool:
    return scope in countries or bool(_HOME_REGIONS.get(scope, frozenset()) & countries)


def home_markets(claims: Sequence[Claim]) -> frozenset[str]:
    """The markets a film's figures count at home, which a figure naming none is counted in too:
    "domestic", its countries of origin (and North America for an American film); for a film whose
    country no document states, the country most of its figures that name one are said to be counted in
    (Korean reports' "at the Korean box office", beside one Vietnamese figure)."""
    countries = _origins(claims)
    if not countries:
        named = Counter(str(c.q("scope")) for c in claims if c.property in _COUNTED and isinstance(c.q("scope"), str)
                        and c.q("scope") not in _NOT_COUNTRIES and c.q("scope") not in _HOME_REGIONS)
        if named and (top := named.most_common(1)[0])[1] * 2 > sum(named.values()):
            countries = {top[0]}
    regions = {r for r, members in _HOME_REGIONS.items() if members & countries}
    return frozenset({"domestic", *countries, *regions})


def at_home(claims: Sequence[Claim]) -> list[Claim]:
    """A figure counted in the film's own country ("1.2 million admissions at the Korean box office" of
    a Korean film) is its domestic figure, as a page saying "domestic" means. A film whose country no
    document states keeps the country it was said in."""
    countries = _origins(claims)
    if not countries:
        return list(claims)
    out = []
    for c in claims:
        scope = c.q("scope")
        if c.property in _MARKETED and isinstance(scope, str) and _at_home(scope, countries):
            c = replace(c, qualifiers=freeze_qualifiers({**dict(c.qualifiers), "scope": "domestic"}))
        out.append(c)
    return out


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


# ---------------------------------------------------------------- one film's admissions timeline


@dataclass(frozen=True)
class TimelinePoint:
    """One source's cumulative admissions figure: where, when (date and day since release), how dated."""

    source: str  # document id
    site: str
    kind: str
    date: str  # ISO day, "" when only a day count or a range is known
    days: int | None
    admissions: float
    time_from: str
    milestone: bool = False
    verdict: str = ""  # the kind of the disagreement this figure is part of, if any


@dataclass(frozen=True)
class Timeline:
    title: str
    released: str
    points: tuple[TimelinePoint, ...]


def admissions_timeline(film: FilmRecord, documents: Sequence[Document]) -> Timeline:
    """Cumulative admissions by day since release from every source of `film`, with the verdict of any
    disagreement a figure is part of (a different time is no disagreement: it is the timeline)."""
    claims: dict[str, Claim] = {}
    verdict: dict[str, str] = {}
    for fact in film.facts:
        if fact.property not in ("admissions", "admissions_milestone"):
            continue
        for i, fv in enumerate(fact.values):
            for c in fv.claims:
                claims.setdefault(c.id, c)
                # a typo or a stale copy is about its first value; the others are what it is judged against
                about = i == 0 or fact.kind not in ("typo", "stale_copy")
                if fact.status in ("conflict", "suspect") and fact.kind != "different_time" and about:
                    verdict.setdefault(c.id, fact.kind or fact.status)
    docs = {d.id: d for d in documents}
    released = next((f.values[0].value.iso for f in film.facts if f.property == "release_date"
                     and f.status != "conflict" and not f.q("country") and isinstance(f.values[0].value, Time)), "")
    home = home_markets([c for f in film.facts for fv in f.values for c in fv.claims])
    points = []
    for c in claims.values():
        period = str(c.q("period", "") or "")
        if (not isinstance(c.value, Quantity) or (c.q("scope") is not None and c.q("scope") not in home)
                or (c.property == "admissions" and period not in ("", "cumulative", "total"))):
            continue
        doc = docs.get(c.document)
        days = c.q("days_since_release")
        points.append(TimelinePoint(
            c.document, doc.site if doc else c.document, doc.kind if doc else "", str(c.q("point_in_time", "")),
            days if isinstance(days, int) else None, c.value.amount, str(c.q("time_from", "") or ""),
            c.property == "admissions_milestone", verdict.get(c.id, "")))
    points.sort(key=lambda p: (p.days if p.days is not None else 1 << 30, p.date, p.site))
    return Timeline(film.title, released, tuple(points))
