"""Every time-sensitive figure of one film as a series by date, and the checks that say why sources differ.

A series is one metric counted one way: cumulative admissions in Korea, the weekend's gross in
dollars, the all-time rank among Korean films by admissions. Its points come from every source
(a milestone "crossed 10 million on day 32" is a point of the cumulative admissions, as a lower
bound). On a series:

- a figure dated before the release or after its page was published cannot be: a typo;
- a cumulative count that goes down is wrong somewhere: the point whose tenfold (or tenth)
  fits the series is a typo of a digit, otherwise the lower, later figure is suspect;
- a page that copies another's sentence with a figure the series held earlier is a stale copy;
- what is left between two independent sources is a different time (different dates) or a
  different scope (the same date, counted over another market or ranking).
"""

from __future__ import annotations

import builtins
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import combinations, product

from rapidfuzz import fuzz

from ..extract.text import iso_to_date
from ..link.entities import film_key
from ..model import Claim, Document, Fact, FactValue, QualifierValue, Quantity, freeze_qualifiers, unique
from .conflicts import Flag, figure, time_explains, within_rounding
from .facts import Context
from .properties import CUMULATIVE, GROWS, SERIES_PROPERTIES, TIME_QUALIFIERS, spec_for
from .timeline import home_markets, release_day
from .trust import trust_note

SCOPE_KEYS = ("scope", "market", "country", "ranked_among", "measure")
TENFOLD = (10, 100, 1000)
SAME_SENTENCE = 75.0  # digit-blind similarity of two evidence sentences for one to copy the other


@dataclass(frozen=True)
class Point:
    """One source's figure in a series, with the time it was true at as far as it is known."""

    claim: Claim
    quantity: Quantity
    lo: date | None  # earliest day it can be
    hi: date | None  # latest day it can be
    days: int | None
    voice: str = ""  # who says it: the document, or one post of a forum thread

    @property
    def source(self) -> str:
        return self.claim.document

    @property
    def speaker(self) -> str:
        return self.voice or self.claim.document

    @property
    def dated(self) -> bool:
        return self.lo is not None or self.days is not None

    def when(self) -> str:
        day = f" (day {self.days})" if self.days is not None else ""
        if self.lo and self.hi and self.lo != self.hi:
            return f"between {self.lo} and {self.hi}{day}"
        if self.lo:
            return f"on {self.lo}{day}"
        return f"on day {self.days}" if self.days is not None else "with no date"


@dataclass(frozen=True)
class Series:
    property: str
    period: str
    scope: tuple[tuple[str, str], ...]
    unit: str
    points: tuple[Point, ...]

    @builtins.property
    def grows(self) -> bool:
        return self.property in GROWS and self.period in CUMULATIVE


def before(a: Point, b: Point) -> bool:
    """`a` was surely true before `b`."""
    if a.hi and b.lo:
        return a.hi < b.lo
    return a.days is not None and b.days is not None and a.days < b.days


def same_time(a: Point, b: Point) -> bool:
    if a.lo and b.lo:
        return a.lo == b.lo and a.hi == b.hi
    return a.days is not None and a.days == b.days


def _point(c: Claim, voice: str = "") -> Point | None:
    """The claim as a point of its series; an undated one has no days (it is listed, never checked)."""
    if not isinstance(c.value, Quantity):
        return None
    q = c.value
    if c.property == "admissions_milestone":  # "crossed 10 million": at least that many that day
        q = replace(q, bound="lower", approx=False)
    when = iso_to_date(str(c.q("point_in_time", "")))
    lo = when or iso_to_date(str(c.q("earliest", "")))
    hi = when or iso_to_date(str(c.q("latest", ""))) or lo
    days = c.q("days_since_release")
    return Point(c, q, lo, hi, days if isinstance(days, int) else None, voice)


def voice_of(c: Claim, documents: Mapping[str, Document]) -> str:
    """Who says a claim: its document; in a forum thread, the post (each post is its own writer)."""
    doc = documents.get(c.document)
    if doc is None or doc.kind != "forum" or (section := doc.section_at(c.evidence.start)) is None:
        return c.document
    return f"{c.document}#{'/'.join(section.path)}"


def _scope_key(c: Claim, home: frozenset[str] = frozenset({"domestic"})) -> tuple[tuple[str, str], ...]:
    """What a series counts over. A rank that says its list (Korean films, by admissions) is in that
    list whatever words name it ("most-watched Korean films of all time" / "… in the country's history")."""
    keys: tuple[str, ...] = SCOPE_KEYS
    if c.property == "box_office_rank" and c.q("ranked_among"):
        keys = (*(k for k in SCOPE_KEYS if k != "scope"), "year")
    # the home market is what a figure that names none is counted in
    return tuple((k, film_key(str(c.q(k)))) for k in keys
                 if c.q(k) is not None and not (k == "scope" and c.q(k) in home))


def series_of(claims: Iterable[Claim], documents: Mapping[str, Document] | None = None) -> list[Series]:
    """The film's claims on time-sensitive properties as series, each sorted by time."""
    groups: dict[tuple[str, str, tuple[tuple[str, str], ...], str], list[Point]] = defaultdict(list)
    claims = list(claims)
    home = home_markets(claims)
    for c in claims:
        prop = "admissions" if c.property == "admissions_milestone" else c.property
        if prop not in SERIES_PROPERTIES or (p := _point(c, voice_of(c, documents or {}))) is None:
            continue
        period = str(c.q("period", "") or "")
        period = "" if period in CUMULATIVE and c.property != "admissions_milestone" and period != "total" else period
        scope = _scope_key(c, home)
        groups[(prop, "" if period == "total" else period, scope, p.quantity.unit)].append(p)
    return [Series(prop, period, scope, unit, tuple(sorted(pts, key=_order)))
            for (prop, period, scope, unit), pts in groups.items()]


def _order(p: Point) -> tuple[date, int]:
    return (p.lo or date.max, p.days if p.days is not None else 1 << 30)


# ---------------------------------------------------------------- checks


@dataclass(frozen=True)
class Finding:
    """A point the checks flag, the point it is judged against, and whether the meant value is evident."""

    point: Point
    flag: Flag
    against: Point | None


def _name(p: Point, ctx: Context) -> str:
    return ctx.site_of.get(p.source, p.source)


def _says(p: Point, ctx: Context) -> str:
    return f"{_name(p, ctx)} gives {figure(p.quantity)} {p.when()}"


def _outside_run(s: Series, released: date | None, ctx: Context) -> list[Finding]:
    """Figures dated before the release, or after the page that states them was published."""
    out = []
    for p in s.points:
        doc = ctx.documents.get(p.source)
        published = iso_to_date(doc.published) if doc and len(doc.published) == 10 else None
        if p.lo is None or p.claim.q("time_from") in ("published", "dataset"):
            continue
        if released and p.hi and p.hi < released:
            why = f"{_says(p, ctx)}, before the film's release on {released}"
        elif published and p.lo > published:
            why = f"{_says(p, ctx)}, after {_name(p, ctx)} was published on {published}"
        else:
            continue
        meant = _meant_date(p.lo, released, published)
        reason = f"{why}, so the date is wrong" + (f" (likely {meant})" if meant else "")
        out.append(Finding(p, Flag("typo", reason), None))
    return out


def _meant_date(day: date, released: date | None, published: date | None) -> date | None:
    """The date a one-digit or swapped-digit slip in the year most likely stands for, inside the run."""
    year = f"{day.year:04d}"
    candidates = {year[:i] + d + year[i + 1:] for i in range(4) for d in "0123456789"}
    candidates |= {year[:i] + year[i + 1] + year[i] + year[i + 2:] for i in range(3)}
    fits = []
    for y in sorted(candidates - {year}):
        try:
            cand = day.replace(year=int(y))
        except ValueError:
            continue
        if (released is None or cand >= released) and (published is None or cand <= published):
            fits.append(cand)
    return fits[0] if len(fits) == 1 else None


REVISION = 0.001  # a count a source revised by less than this share is the same count, not a drop


def _lower(later: Point, earlier: Point) -> bool:
    """A count given later that is below an earlier one, beyond what rounding, bounds and a data
    revision (KOBIS files of different months differ by a few hundred tickets) allow."""
    return (later.quantity.amount < earlier.quantity.amount * (1 - REVISION)
            and not within_rounding(later.quantity, earlier.quantity))


def _violations(points: Sequence[Point]) -> list[tuple[Point, Point]]:
    return [(a, b) for a in points for b in points
            if a.speaker != b.speaker and before(a, b) and _lower(b, a)]


def _fits(q: Quantity, p: Point, points: Sequence[Point]) -> bool:
    moved = replace(p, quantity=q)
    return not any(o is not p and o.speaker != p.speaker and
                   ((before(o, p) and _lower(moved, o)) or (before(p, o) and _lower(o, moved)))
                   for o in points)


def _going_down(s: Series, ctx: Context, skip: set[int]) -> list[Finding]:
    """A cumulative count must not go down: explain each drop by a digit slip or mark it suspect."""
    points = [p for p in s.points if p.dated and id(p) not in skip]
    out: list[Finding] = []
    while drops := _violations(points):
        count: dict[int, int] = defaultdict(int)
        for a, b in drops:
            count[id(a)] += 1
            count[id(b)] += 1
        involved = sorted({id(p): p for pair in drops for p in pair}.values(), key=lambda p: -count[id(p)])
        finding = None
        for p in involved:
            partners = [b if a is p else a for a, b in drops if p in (a, b)]
            if min(max(p.quantity.amount, o.quantity.amount) / max(min(p.quantity.amount, o.quantity.amount), 1e-9)
                   for o in partners) < 5:
                continue  # a slipped digit makes a figure about ten times off, not a few percent
            for factor in TENFOLD:
                for meant in (p.quantity.amount / factor, p.quantity.amount * factor):
                    q = replace(p.quantity, amount=meant)
                    if _fits(q, p, points):
                        other = partners[0]
                        size = f"{factor} times" if meant < p.quantity.amount else f"1/{factor} of"
                        reason = (f"{_says(p, ctx)}, about {size} what the other sources give around it "
                                  f"({_says(other, ctx)}); likely {figure(q)}, a digit slipped")
                        finding = Finding(p, Flag("typo", reason, q), other)
                        break
                if finding:
                    break
            if finding:
                break
        if finding is None:
            earlier, later = max(drops, key=lambda d: (count[id(d[1])], _order(d[1])))
            reason = (f"{_says(later, ctx)}, lower than the {figure(earlier.quantity)} "
                      f"{_name(earlier, ctx)} gave {earlier.when()}; a cumulative count cannot go down, "
                      f"so the later, lower figure is suspect")
            finding = Finding(later, Flag("typo", reason), earlier)
        out.append(finding)
        points = [p for p in points if p is not finding.point]
    return out


def _tenfold(s: Series, ctx: Context, skip: set[int]) -> list[Finding]:
    """In a series that does not only grow (daily counts, screens), a figure about ten times (or a
    tenth of) every other source's figure of the same days."""
    out = []
    # each point is held against the other speakers' points only (a long page's own figures were all
    # compared with each other before, quadratic in the page)
    by_speaker: dict[str, list[Point]] = defaultdict(list)
    for o in s.points:
        by_speaker[o.speaker].append(o)
    for p in s.points:
        amount = p.quantity.amount
        if id(p) in skip or not p.dated or amount <= 0:
            continue
        near = [o.quantity.amount for speaker, theirs in by_speaker.items() if speaker != p.speaker
                for o in theirs if _days_apart(o, p) <= 3]
        if not near or any(x <= 0 or max(x, amount) / min(x, amount) < 5 for x in near):
            continue
        mid = sorted(near)[len(near) // 2]
        meant = next((m for f in TENFOLD for m in (amount / f, amount * f) if 0.67 <= m / mid <= 1.5), None)
        if meant is None:
            continue
        q = replace(p.quantity, amount=meant)
        around = figure(replace(p.quantity, amount=mid, approx=True))
        reason = (f"{_says(p, ctx)}, while the other sources give about {around} for those days; "
                  f"likely {figure(q)}, a digit slipped")
        out.append(Finding(p, Flag("typo", reason, q), None))
    return out


def _leaps(s: Series, ctx: Context, skip: set[int]) -> list[Finding]:
    """In a cumulative count, a figure about ten times the one before it, after the first week, when
    the run so far could not have grown that much that fast (5x in no more days than it had run)."""
    out = []
    points = [p for p in s.points if p.dated and p.days is not None and id(p) not in skip]
    for p in points:
        earlier = [o for o in points if o.speaker != p.speaker and before(o, p) and (o.days or 0) >= 7]
        if not earlier:
            continue
        prev = max(earlier, key=_order)
        later = [o.quantity.amount for o in points if o.speaker != p.speaker and before(p, o)]
        if (p.days or 0) > 2 * (prev.days or 0) or p.quantity.amount < 5 * prev.quantity.amount:
            continue
        meant = next((p.quantity.amount / f for f in TENFOLD
                      if prev.quantity.amount * 0.95 <= p.quantity.amount / f <= prev.quantity.amount * 1.5
                      and all(p.quantity.amount / f <= x * 1.05 for x in later)), None)
        if meant is None:
            continue
        q = replace(p.quantity, amount=meant)
        reason = (f"{_says(p, ctx)}, about {round(p.quantity.amount / meant)} times {_says(prev, ctx)}, more than "
                  f"a running count grows in that time; likely {figure(q)}, a digit slipped")
        out.append(Finding(p, Flag("typo", reason, q), prev))
    return out


def _days_apart(a: Point, b: Point) -> int:
    if a.lo and b.lo:
        return abs((a.lo - b.lo).days)
    if a.days is not None and b.days is not None:
        return abs(a.days - b.days)
    return 1 << 30


def _digit_blind(text: str) -> str:
    return " ".join("".join("#" if ch.isdigit() else ch for ch in text.casefold()).split())


def _stale_copies(s: Series, ctx: Context, skip: set[int]) -> list[Finding]:
    """A copy's sentence, alike but for its figure, where the figure is one the series held earlier."""
    out = []
    for p in s.points:
        if id(p) in skip or not ctx.copies_of.get(p.source):
            continue
        for o in s.points:
            if (o.source not in ctx.copies_of[p.source] or within_rounding(o.quantity, p.quantity)
                    or fuzz.ratio(_digit_blind(p.claim.evidence.quote), _digit_blind(o.claim.evidence.quote))
                    < SAME_SENTENCE):
                continue
            older = next((e for e in s.points if e is not o and before(e, o) and
                          abs(e.quantity.amount - p.quantity.amount) <= max(1e-9, 0.005 * e.quantity.amount)),
                         None)
            if older is None and not (s.grows and p.quantity.amount < o.quantity.amount):
                continue
            held = (f"the figure of {older.when().removeprefix('on ')}" if older
                    else "below it, on a count that only grows")
            reason = (f"{_name(p, ctx)} repeats {_name(o, ctx)}'s sentence with "
                      f"{figure(p.quantity)}, {held}; {_name(o, ctx)} now says "
                      f"{figure(o.quantity)}")
            out.append(Finding(p, Flag("stale_copy", reason), o))
            break
    return out


# ---------------------------------------------------------------- verdicts


@dataclass(frozen=True)
class SeriesReport:
    """What the checks found: flags on claims (for the slot conflicts facts.py makes) and verdicts."""

    series: tuple[Series, ...]
    flags: dict[str, Flag]
    facts: tuple[Fact, ...]


def check(claims: Sequence[Claim], ctx: Context) -> SeriesReport:
    """Run every check on the film's series and explain what differs between independent sources."""
    released = release_day(claims)
    all_series = series_of(claims, ctx.documents)
    findings: list[Finding] = []
    for s in all_series:
        found = _outside_run(s, released, ctx)
        skip = {id(f.point) for f in found}
        found += _stale_copies(s, ctx, skip)
        skip = {id(f.point) for f in found}
        if s.grows:
            found += _leaps(s, ctx, skip)
            found += _going_down(s, ctx, {id(f.point) for f in found})
        else:
            found += _tenfold(s, ctx, skip)
        findings += found
    flags = {f.point.claim.id: f.flag for f in findings}
    facts = [_finding_fact(f, s, ctx) for s in all_series for f in findings
             if f.point in s.points and not _in_slot_conflict(f.point, s)]
    flagged = {id(f.point) for f in findings}
    for s in all_series:
        facts += _different_times(s, flagged, ctx)
    facts += _different_scopes(all_series, flagged, ctx)
    return SeriesReport(tuple(all_series), flags, tuple(facts))


def _in_slot_conflict(p: Point, s: Series) -> bool:
    """Another document gives another value for the very same time: facts.py reports that slot."""
    return any(o.speaker != p.speaker and same_time(o, p) and not within_rounding(o.quantity, p.quantity)
               and _slot(o.claim) == _slot(p.claim) for o in s.points)


def _slot(c: Claim) -> tuple[object, ...]:
    return tuple((k, c.q(k)) for k in (*TIME_QUALIFIERS, "earliest", "latest") if c.q(k) is not None)


def _value(points: Sequence[Point], ctx: Context) -> FactValue:
    sources = unique(sorted(p.source for p in points))
    return FactValue(points[0].claim.value, tuple(p.claim for p in points), sources, ctx.independent(sources))


def _qualifiers(p: Point, s: Series) -> tuple[tuple[str, QualifierValue], ...]:
    q = {k: p.claim.q(k) for k in (*TIME_QUALIFIERS, "earliest", "latest", *SCOPE_KEYS)}
    return freeze_qualifiers(q)


def _show(fv: FactValue) -> str:
    v = fv.value
    return figure(v) if isinstance(v, Quantity) else str(v)


def _witness(f: Finding, s: Series) -> Point | None:
    """What a typo is best shown against: another writer's figure for the same day that is the value
    meant ("12 million, not 120 million" in the next post), else the point the check compared it to."""
    if f.flag.likely is not None and isinstance(f.flag.likely, Quantity):
        meant = f.flag.likely
        same_day = [o for o in s.points if o.speaker != f.point.speaker and same_time(o, f.point)
                    and within_rounding(o.quantity, meant)]
        if same_day:
            return same_day[0]
    return f.against


def _finding_fact(f: Finding, s: Series, ctx: Context) -> Fact:
    against = _witness(f, s)
    values = [_value([f.point], ctx)] + ([_value([against], ctx)] if against else [])
    status = "conflict" if f.flag.likely is not None or f.flag.kind == "stale_copy" else "suspect"
    why = f.flag.reason
    if len(values) > 1:
        why += "; " + trust_note(values, ctx.kind_of, ctx.site_of, _show)
    # a milestone ("went past 120 million") is flagged as what it says, not as the count it stands in
    prop = f.point.claim.property if f.point.claim.property == "admissions_milestone" else s.property
    return Fact(ctx.film, prop, freeze_qualifiers(dict(_qualifiers(f.point, s))), status, tuple(values),
                why + ".", f.flag.kind)  # (a site name starts it: its case is kept)


def _group(p: Point, ctx: Context) -> str:
    return ctx.groups.get(p.source, p.source)


def _nearest(points: Sequence[Point], to: Point) -> Point:
    return min(points, key=lambda d: _days_apart(d, to))


def _facts_slot(c: Claim) -> tuple[object, ...]:
    """The slot facts.py compares a claim in: its property and the qualifiers that make a separate value."""
    return (c.property, *((k, film_key(v) if isinstance(v, str) else v)
                          for k in spec_for(c.property).scope if (v := c.q(k)) is not None))


def _apart(s: Series, a: Point, b: Point) -> str:
    """What sets two sources' different figures of one series apart: "time" (different days, or one dated and
    one not, or undated figures further apart than one day's tallies: `time_explains`), "close" (undated and
    close), or "" when they are at one time and facts.py's slot conflict says what explains them."""
    if a.dated and b.dated:
        return "" if same_time(a, b) else "time"
    if a.dated or b.dated:
        return "time"
    if not spec_for(a.claim.property).multi and _facts_slot(a.claim) == _facts_slot(b.claim):
        return ""  # two undated figures in one slot: facts.py's conflict
    return "time" if time_explains(s.property, s.period, a.quantity, b.quantity) else "close"


def _listed(s: Series, flagged: set[int], ctx: Context) -> list[Point]:
    """The points a verdict on `s` lists: every figure of the prose sources, dated ones first and in date order,
    and of a dataset's daily series (KOBIS) the points nearest to the others', or its last."""
    points = [p for p in s.points if id(p) not in flagged]
    prose = [p for p in points if ctx.kind_of.get(p.source) != "dataset"]
    chosen = [p for p in prose if p.dated]
    others = list(chosen)
    data: dict[str, list[Point]] = defaultdict(list)
    for p in points:
        if ctx.kind_of.get(p.source) == "dataset" and p.dated:
            data[_group(p, ctx)].append(p)
    for pts in data.values():
        nearest = [_nearest(pts, p) for p in others] or [pts[-1]]
        chosen += list({id(d): d for d in nearest}.values())
    chosen.sort(key=_order)
    # a figure no date comes with sits in the series too, last: the reader sees where it may fit
    return chosen + [p for p in prose if not p.dated]


def _aparts(s: Series, chosen: Sequence[Point], ctx: Context) -> set[str]:
    """What sets apart figures of different sources' groups ("time", "close"): pairs across groups only,
    and none once one is "time", which decides the verdict (all pairs of one long page's figures were
    compared before, quadratic in the page)."""
    groups: dict[str, list[Point]] = defaultdict(list)
    for p in chosen:
        groups[_group(p, ctx)].append(p)
    apart: set[str] = set()
    for left, right in combinations(groups.values(), 2):
        for a, b in product(left, right):
            if within_rounding(a.quantity, b.quantity):
                continue
            if (why := _apart(s, a, b)) == "time":
                return {"time", *apart}
            if why:
                apart.add(why)
    return apart


def _different_times(s: Series, flagged: set[int], ctx: Context) -> list[Fact]:
    """A metric the sources give at different dates is one series, reported once: every source's figures in
    date order, true at different times, not a disagreement; a figure no date comes with is listed last, and
    differs by time from the dated ones ("one dated, one not"). Undated figures in different slots that time
    does not explain (close running counts) are a genuine difference. A dataset's daily series (KOBIS) is
    summed up by its points nearest to the others', not listed day by day."""
    chosen = _listed(s, flagged, ctx)
    # a milestone ("passed 2 million") bounds the count but is no count: a verdict on counts lists counts,
    # one on milestones alone is about milestones
    prop = s.property
    if any(p.claim.property == s.property for p in chosen):
        chosen = [p for p in chosen if p.claim.property == s.property]
    elif chosen:
        prop = chosen[0].claim.property
    apart = _aparts(s, chosen, ctx)
    if not apart:
        return []  # nothing differs over time; a difference at one time is facts.py's slot conflict
    values = [_value([p], ctx) for p in chosen]
    shown = "; ".join(_says(p, ctx) for p in chosen[:6]) + ("; …" if len(chosen) > 6 else "")
    trusted = trust_note(values, ctx.kind_of, ctx.site_of, _show)
    if "time" in apart:
        kind = "different_time"
        why = ("a running count that grows over the run, so each was true on its date" if s.grows
               else "figures of different dates, so each can be true")
        if any(not p.dated for p in chosen):
            why += ("; a figure with no date is of some time of the run"
                    + (", and undated figures far apart are of different times" if s.grows else ""))
    else:
        kind = "genuine"
        why = "no source dates its figure and they are too close to be of different times; nothing explains it"
    q = {k: v for k, v in _qualifiers(chosen[-1], s) if k not in (*TIME_QUALIFIERS, "earliest", "latest")}
    if s.period:
        q["period"] = s.period
    return [Fact(ctx.film, prop, freeze_qualifiers(q), "conflict", tuple(values), f"{shown}: {why}; {trusted}.",
                 kind)]


def _market(s: Series) -> str:
    return dict(s.scope).get("scope", "")


def _scope_words(s: Series, p: Point) -> str:
    return ", ".join(f"{k.replace('_', ' ')} {p.claim.q(k)}" for k, _ in s.scope) or "the home market"


def _different_scopes(all_series: Sequence[Series], flagged: set[int], ctx: Context) -> list[Fact]:
    """One metric counted over different scopes, reported once per metric: the figures of each market, list or
    measure, all of which can be true. Two markets ("domestic" and "Vietnam"; a series that names none is the
    home market's) are never one count, whatever the dates or the currencies; other scopes (Korean films / all
    films, by admissions / by gross) are compared at one time, or where a figure says no time. Each figure is
    paired with the nearest in time of each other scope, so a dataset's daily series gives the days that meet
    the others."""
    by_metric: dict[tuple[str, str], list[Series]] = defaultdict(list)
    for s in all_series:
        by_metric[(s.property, s.period)].append(s)
    out = []
    for (prop, _period), group in by_metric.items():
        listed: dict[int, dict[int, Point]] = defaultdict(dict)
        for s, t in combinations(group, 2):
            if s.scope == t.scope:
                continue  # another currency of one count: a conversion, not a scope
            markets = _market(s) != _market(t)
            if s.unit != t.unit and not markets:
                continue
            for these, those, mine, theirs in ((s.points, t.points, s, t), (t.points, s.points, t, s)):
                for a in these:
                    if id(a) in flagged:
                        continue
                    # a page (or its copies) giving two scopes compares them only at one time it states
                    # ("10th by admissions, 11th by gross" on one day); a figure at home and another worldwide,
                    # undated, on one page are no disagreement between sources
                    partners = [b for b in those if id(b) not in flagged and (
                                    _group(a, ctx) != _group(b, ctx) or (a.dated and b.dated and same_time(a, b)))
                                and not within_rounding(a.quantity, b.quantity)
                                and (markets or same_time(a, b) or not a.dated or not b.dated)]
                    if partners:
                        b = min(partners, key=lambda b: _days_apart(a, b))
                        listed[id(mine)][id(a)] = a
                        listed[id(theirs)][id(b)] = b
        if len(listed) < 2:
            continue
        involved = [(s, sorted(listed[id(s)].values(), key=_order)) for s in group if id(s) in listed]
        chosen = [p for _, pts in involved for p in pts]
        values = [_value([p], ctx) for p in chosen]
        shown = "; ".join(f"{_scope_words(s, pts[0])}: " + ", ".join(
            f"{figure(p.quantity)} ({_name(p, ctx)}{', ' + p.when() if p.dated else ''})" for p in pts[:4])
            + (", …" if len(pts) > 4 else "") for s, pts in involved)
        why = (f"{shown}: counted over different scopes, so all can be true; "
               + trust_note(values, ctx.kind_of, ctx.site_of, _show) + ".")
        first = chosen[0]
        q = {k: first.claim.q(k) for k in (*TIME_QUALIFIERS, "earliest", "latest")
             if all(p.claim.q(k) == first.claim.q(k) for p in chosen)}
        out.append(Fact(ctx.film, prop, freeze_qualifiers(q), "conflict", tuple(values), why, "different_scope"))
    return out
