"""All-time ranks checked against KOBIS: a rank at a date against the admissions known at that date.

"The seventh highest-grossing Korean film" on a day with 12.32 million admissions is checked against
the films of KOBIS's lists (sources/dataset/kobis.py): the all-time list (each film's admissions on the day
the list was taken, which is its final count once its run is over) and the daily box office
(cumulative admissions by day). At the rank's date the film's own count is a range: the figure its
sentence gives (± half its last digit when rounded), else its cumulative series a few days either
side. Each listed film's count at that date is a range too:

- a film released after the date is not counted;
- a cumulative count only grows: at least any earlier figure, at most any later one;
- a run is over RUN_DAYS after the release: from then on the count is the final one;
- the lists' last figure for a film is its final count as far as the lists go.

A listed film is certainly above when its lowest possible count is above the film's highest, possibly
above when its highest is above the film's lowest: the rank is between 1 + certain and 1 + certain +
possible. Outside that, the rank is suspect; inside, the fact says KOBIS agrees. Nothing is said where
the lists cannot tell: no all-time list loaded, the film's count at the date unknown, or below the
smallest count down to which the all-time lists are complete (a film under it is not listed). After
the all-time list's date only the films the daily box office names are followed: "as far as KOBIS's
lists go".

Ranks of a week, weekend or day chart, places that name no list ("held sixth place") and ranks
within a year ("releases of 2024") are not all-time ranks and are left alone; so are a dataset's own
ranks (the list itself). A rank "by gross" whose
sentence counts admissions ("ticket sales reached 12.32 million, making it the seventh highest
grossing") is checked against that count; by gross alone it is not (KOBIS has no sales before 2004).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..extract.text import iso_to_date
from ..link.entities import film_key
from ..model import Claim, Document, Fact, Quantity
from ..sources.dataset.kobis import FORMAT
from .conflicts import figure, ordinal, rounding

ALLTIME_LISTS = frozenset({"top500", "tenmillion"})
DAILY_LIST = "daily"
FIGURES = ("admissions",)  # the properties of a list's claims the check reads (the rest is in its fields)
RUN_DAYS = 150  # a run is over by then: what a film sells later is a fraction of a percent of its count
WINDOW = 3  # days either side of the rank's date a cumulative figure may bound the film's count
RANKED_AMONG = {"korean_films": "Korean films", "all_films": "films"}
CHART_PERIODS = frozenset({"day", "weekend", "week", "opening_day", "opening_weekend"})
CUMULATIVE = ("", "cumulative")
YEAR_SCOPE = re.compile(r"\b(?:1[89]|20)\d\d\b|\byear\b", re.I)
KOREAN_NATIONS = frozenset({"Korea", "Korean"})
SHOWN = 7  # films named in a sentence; more are counted


@dataclass(frozen=True)
class Listed:
    """One film as KOBIS's lists give it: its cumulative admissions by day (an all-time list's figure
    at the list's day, the daily box office's each day), sorted."""

    name: str  # its English title when a list gives one, else its Korean title
    released: date
    korean: bool | None  # None: the list does not say
    points: tuple[tuple[date, float], ...]
    documents: frozenset[str]

    def at(self, day: date) -> tuple[float, float] | None:
        """Its count on `day` as (lowest, highest) possible; None before its release."""
        if day < self.released or not self.points:
            return None
        earlier = [v for t, v in self.points if t <= day]
        later = [v for t, v in self.points if t >= day]
        lo = max(earlier, default=0.0)
        hi = min(later, default=self.points[-1][1])  # the last figure is its final as far as the lists go
        over = self.released + timedelta(days=RUN_DAYS)
        if day >= over and (done := [v for t, v in self.points if t >= over]):
            lo, hi = max(lo, min(done)), min(hi, max(done))  # the run was over: its count stayed
        return (lo, hi) if lo <= hi else (hi, lo)


@dataclass(frozen=True)
class Kobis:
    """The films of KOBIS's lists, built once per reconciliation."""

    films: tuple[Listed, ...]
    as_of: date  # the day the all-time lists were taken
    floor: float  # every film with at least this many admissions on `as_of` is listed
    daily: tuple[date, date] | None  # the first and last day of the daily box office, if loaded

    @classmethod
    def of(cls, documents: Iterable[Document], claims: Iterable[Claim]) -> Kobis | None:
        """The lists among `documents` (KOBIS all-time and daily documents); None without an all-time list."""
        lists = {d.id: d for d in documents if is_list(d)}
        points: dict[str, list[tuple[date, float]]] = defaultdict(list)
        for c in claims:
            if c.document in lists and (p := _point(c)):
                points[c.document].append(p)
        alltime = [d for d in lists.values() if _list(d) in ALLTIME_LISTS and points[d.id]]
        if not alltime:
            return None
        as_of = max(t for d in alltime for t, _ in points[d.id])
        grouped: dict[tuple[str, date], list[Document]] = defaultdict(list)
        for d in lists.values():
            released = iso_to_date(_field(d, "release_date"))
            if released and points[d.id]:
                grouped[(film_key(d.title), released)].append(d)
        films = tuple(_listed(docs, released, points) for (_, released), docs in grouped.items())
        days = [t for d in lists.values() if _list(d) == DAILY_LIST for t, _ in points[d.id]]
        return cls(films, as_of, _floor(alltime, points), (min(days), max(days)) if days else None)


def is_list(d: Document) -> bool:
    """A KOBIS all-time list's or daily box office's document."""
    return d.format == FORMAT and _list(d) in ALLTIME_LISTS | {DAILY_LIST}


def _list(d: Document) -> str:
    return _field(d, "list")


def _field(d: Document, name: str) -> str:
    return next((f.value for f in d.fields if f.name == name), "")


def _point(c: Claim) -> tuple[date, float] | None:
    """A cumulative admissions figure at a day."""
    if c.property not in FIGURES or not isinstance(c.value, Quantity) or c.value.unit or c.value.bound:
        return None
    if str(c.q("period", "") or "") not in CUMULATIVE:
        return None
    day = iso_to_date(str(c.q("point_in_time", "")))
    return (day, c.value.amount) if day else None


def _listed(docs: Sequence[Document], released: date, points: Mapping[str, list[tuple[date, float]]]) -> Listed:
    english = next((t for d in docs if (t := _field(d, "title_en"))), "")
    nations = {_field(d, "nation") for d in docs} - {""}
    korean = bool(nations & KOREAN_NATIONS) if nations else None
    finals = sorted(p for d in docs if _list(d) in ALLTIME_LISTS for p in points[d.id])
    # a daily cumulative below the all-time figure counts from another base (KOBIS's network, not the
    # estimates of its early years the all-time list adds): the list's is the film's count
    daily = [(t, v) for d in docs if _list(d) == DAILY_LIST for t, v in points[d.id]
             if v >= max((f for day, f in finals if day <= t), default=0.0)]
    return Listed(english or docs[0].title, released, korean, tuple(sorted({*finals, *daily})),
                  frozenset(d.id for d in docs))


def _floor(alltime: Sequence[Document], points: Mapping[str, list[tuple[date, float]]]) -> float:
    """The smallest count down to which an all-time list is complete: the count of its last rank before
    the first rank it lacks (a sample of the list covers little)."""
    by_rank: dict[int, float] = {}
    for d in alltime:
        rank = _field(d, "rank").replace(",", "")
        if rank.isdigit():
            by_rank[int(rank)] = max(v for _, v in points[d.id])
    n = 0
    while n + 1 in by_rank:
        n += 1
    return by_rank[n] if n else math.inf


# ---------------------------------------------------------------- checking one film's ranks


@dataclass(frozen=True)
class RankCheck:
    """What KOBIS's lists say of one rank claim: the ranks its count allows and whether the stated one
    is among them; `found` says the count and the films above it (`found_only` with "only", for a
    stated rank below what the lists allow), `caveat` how far the lists go."""

    claim: Claim
    stated: int
    first: int
    last: int
    found: str
    found_only: str
    caveat: str

    @property
    def fits(self) -> bool:
        return self.first <= self.stated <= self.last

    @property
    def sentence(self) -> str:
        return say([self])


def say(checks: Sequence[RankCheck]) -> str:
    """One sentence for the checks of one count (the values of one fact): the ranks it allows, which
    stated ones fit and which do not."""
    c = checks[0]
    wrong = list(dict.fromkeys(x.stated for x in checks if not x.fits))
    right = list(dict.fromkeys(x.stated for x in checks if x.fits))
    found = c.found_only if any(n > c.last for n in wrong) else c.found
    ranked = _range(c.first, c.last) + (f", not {' or '.join(map(ordinal, wrong))}" if wrong else "")
    sentence = f"{found}, so it ranked {ranked}{c.caveat}"
    if not right:
        return sentence
    return f"KOBIS agrees{'' if not wrong else ' with ' + ' or '.join(map(ordinal, right))}: {sentence}"


def checkable(c: Claim, documents: Mapping[str, Document]) -> bool:
    """An all-time rank among Korean films or all films, at a day, by admissions (or by gross, checked
    when its sentence counts admissions), stated by a document other than a dataset. A rank names the
    list it is a place in (its `list`: "most-watched Korean films of all time"); a chart's place ("came
    sixth", "held sixth place") names none and may be a week's. A rank counted in another market (its
    `scope`: "the highest-grossing film in China") is not KOBIS's to check."""
    listed, market = str(c.q("list", "") or ""), str(c.q("scope", "") or "")
    return (c.property == "box_office_rank" and isinstance(c.value, Quantity) and c.value.amount >= 1
            and c.q("ranked_among") in RANKED_AMONG and c.q("measure", "") in ("", "admissions", "gross")
            and market in ("", "domestic", "South Korea")
            and str(c.q("period", "") or "") not in CHART_PERIODS and bool(listed) and not YEAR_SCOPE.search(listed)
            and iso_to_date(str(c.q("point_in_time", ""))) is not None
            and c.q("time_from") != "dataset" and getattr(documents.get(c.document), "kind", "") != "dataset")


def check_ranks(claims: Sequence[Claim], kobis: Kobis | None, documents: Mapping[str, Document],
                flagged: Iterable[str] = ()) -> dict[str, RankCheck]:
    """Each checkable rank claim of one film (its claims, aligned) → what KOBIS's lists say of it; a claim
    the lists cannot tell about is left out. `documents` by id (a dataset's own ranks are the list's);
    `flagged`: ids of claims the series checks found wrong. The film's own rows in the lists are those
    linked to it, or whose count on a day is one its sources give exactly for that day (no two films sell
    the same number of tickets to the day)."""
    if kobis is None:
        return {}
    ranks = [c for c in claims if checkable(c, documents)]
    if not ranks:
        return {}
    skip = set(flagged)
    counts = [(c, p) for c in claims if c.id not in skip and (p := _point(c))]
    own_docs = {c.document for c in claims}
    exact = {p for c, p in counts if isinstance(c.value, Quantity) and not c.value.approx}
    mine = [f.documents & own_docs or exact.intersection(f.points) for f in kobis.films]
    own = [f for f, m in zip(kobis.films, mine, strict=True) if m]
    others = [f for f, m in zip(kobis.films, mine, strict=True) if not m]
    out = {}
    for c in ranks:
        if found := _check(c, counts, own, others, kobis):
            out[c.id] = found
    return out


def _half(q: Quantity) -> float:
    return rounding(q) / 2


def _own_count(rank: Claim, day: date, counts: Sequence[tuple[Claim, tuple[date, float]]],
               own: Sequence[Listed]) -> tuple[float, float, str] | None:
    """The film's count at the rank's day as (lowest, highest, as a sentence says it), or None when unknown."""
    basis = sorted((c for c, (t, _) in counts if c.document == rank.document and t == day),
                   key=lambda c: abs(c.evidence.start - rank.evidence.start))  # its own sentence's first
    if basis:
        q = basis[0].value
        assert isinstance(q, Quantity)
        return q.amount - _half(q), q.amount + _half(q), figure(q)
    if rank.q("measure") == "gross":
        return None  # by gross, with no count of admissions beside it
    lo, hi = 0.0, math.inf
    for c, (t, v) in counts:
        assert isinstance(c.value, Quantity)
        if timedelta(0) <= day - t <= timedelta(days=WINDOW):
            lo = max(lo, v - _half(c.value))
        if timedelta(0) <= t - day <= timedelta(days=WINDOW):
            hi = min(hi, v + _half(c.value))
    for f in own:
        if found := f.at(day):
            lo, hi = max(lo, found[0]), min(hi, found[1])
    if lo <= 0 or lo > hi:
        return None
    shown = f"{lo:,.0f}" if hi == lo else f"at least {lo:,.0f}" if hi == math.inf else f"{lo:,.0f} to {hi:,.0f}"
    return lo, hi, shown


def _check(rank: Claim, counts: Sequence[tuple[Claim, tuple[date, float]]], own: Sequence[Listed],
           others: Sequence[Listed], kobis: Kobis) -> RankCheck | None:
    day = iso_to_date(str(rank.q("point_in_time")))
    assert day is not None and isinstance(rank.value, Quantity)
    counted = _own_count(rank, day, counts, own)
    if counted is None:
        return None
    lo, hi, shown = counted
    if lo < kobis.floor:
        return None  # films below the lists' floor are not listed: some may have been above
    korean_only = rank.q("ranked_among") == "korean_films"
    certain: list[tuple[float, Listed]] = []
    possible: list[tuple[float, Listed]] = []
    for f in others:
        count = None if korean_only and f.korean is False else f.at(day)
        if count is None:
            continue
        if count[0] > hi and (f.korean or not korean_only):  # a film of unknown nation may be above
            certain.append((count[0], f))
        elif count[1] > lo:
            possible.append((count[1], f))
    first, last = 1 + len(certain), 1 + len(certain) + len(possible)
    among = RANKED_AMONG[str(rank.q("ranked_among"))]
    tail = " in KOBIS's lists had more admissions"
    if certain:
        tail += f" ({_films(certain)})"
    if possible:
        tail += f" and {len(possible)} may have ({_films(possible)})"
    found, found_only = (f"at {shown} on {day}, {_count(certain, among, only)}{tail}" for only in (False, True))
    return RankCheck(rank, round(rank.value.amount), first, last, found, found_only, _as_far(day, kobis))


def _count(films: Sequence[object], among: str, only: bool) -> str:
    if not films:
        return f"no {among.removesuffix('s')}"
    return f"{'only ' if only else ''}{len(films)} {among.removesuffix('s') if len(films) == 1 else among}"


def _as_far(day: date, kobis: Kobis) -> str:
    """After the all-time list's day, the films of the lists are all that is known."""
    if day <= kobis.as_of:
        return ""
    daily = f" and the daily box office of {kobis.daily[0]} to {kobis.daily[1]}" if kobis.daily else ""
    return f", as far as KOBIS's lists go (the all-time list of {kobis.as_of}{daily})"


def _films(found: Sequence[tuple[float, Listed]]) -> str:
    names = [f.name for _, f in sorted(found, key=lambda x: -x[0])]
    return ", ".join(names[:SHOWN]) + (f" and {len(names) - SHOWN} more" if len(names) > SHOWN else "")


def _range(first: int, last: int) -> str:
    if first == last:
        return ordinal(first)
    if last == first + 1:
        return f"{ordinal(first)} or {ordinal(last)}"
    return f"between {ordinal(first)} and {ordinal(last)}"


# ---------------------------------------------------------------- the facts


def annotate(facts: Sequence[Fact], checks: Mapping[str, RankCheck]) -> list[Fact]:
    """Rank facts with what KOBIS says: a stated rank outside the ranks the count allows makes an
    agreed or single-source fact suspect, with the reason; a rank inside has the agreement added to
    its explanation, and so does a conflict between ranks (which of them fit)."""
    if not checks:
        return list(facts)
    out = []
    for fact in facts:
        found = [checks[c.id] for v in fact.values for c in v.claims if c.id in checks]
        if fact.property != "box_office_rank" or not found:
            out.append(fact)
            continue
        by_count: dict[tuple[str, str], list[RankCheck]] = defaultdict(list)  # one sentence per count
        for check in found:
            by_count[(check.found, check.caveat)].append(check)
        said = [_sentence(say(group)) for group in by_count.values()][:2]
        if fact.status in ("agreed", "single_source") and not all(x.fits for x in found):
            out.append(replace(fact, status="suspect", explanation=" ".join(said)))
        else:
            out.append(replace(fact, explanation=f"{fact.explanation} {' '.join(said)}"))
    return out


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."
