"""What explains a disagreement: a typo, a different time, a stale copy, or nothing (genuine)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ..model import Claim, FactValue, Name, Quantity, Text, Time, Value, value_to_json
from .properties import CUMULATIVE, DATING_QUALIFIERS, GROWS, SERIES_PROPERTIES
from .trust import trust_note

# Two tallies of one running count on one day differ by a few percent at most (rounding, a later update, another
# count); figures further apart than this were taken at different times of the run.
RUN_GROWTH = 0.05
RUNNING = (*GROWS, "admissions_milestone")


@dataclass(frozen=True)
class Flag:
    """Why one claim's value cannot be right (or is an old copy), found by the series checks.

    `kind` is a CONFLICT_KINDS entry (`typo`, `stale_copy`); `likely` the value meant, when evident.
    """

    kind: str
    reason: str
    likely: Value | None = None


def rounding(q: Quantity) -> float:
    """How far a figure as written may be from the count: one unit of its last significant digit
    when it is rounded ("11.09 million" ± 10,000), at most 5%; nothing when it is exact."""
    if not q.approx or q.amount <= 0:
        return 0.0
    digits = f"{q.amount:.6g}".split("e")[0].replace(".", "").replace("-", "").rstrip("0").lstrip("0")
    unit = 10 ** (math.floor(math.log10(q.amount)) - max(len(digits), 1) + 1)
    return float(min(unit, 0.05 * q.amount))


def within_rounding(a: Quantity, b: Quantity) -> bool:
    """Two figures that can be one count: equal up to rounding, or one a bound the other meets."""
    if a.unit != b.unit:
        return False
    for x, y in ((a, b), (b, a)):
        if x.bound == "lower" and y.amount >= x.amount:
            return True
        if x.bound == "upper" and y.amount <= x.amount:
            return True
    return abs(a.amount - b.amount) <= max(rounding(a), rounding(b), 1e-9 * max(a.amount, b.amount))


def ordinal(n: int) -> str:
    """1 → "1st", 12 → "12th", 23 → "23rd"."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def figure(q: Quantity) -> str:
    """A figure as a sentence says it: rounded ones as written (11.09 million, 71.3 billion KRW),
    exact counts in full (11,374,610)."""
    unit = f" {q.unit}" if q.unit else ""
    bound = {"lower": "at least ", "upper": "at most "}.get(q.bound, "")
    if q.approx or q.bound:
        for size, word in ((1e9, "billion"), (1e6, "million")):
            if abs(q.amount) >= size:
                return f"{bound}{f'{q.amount / size:.4f}'.rstrip('0').rstrip('.')} {word}{unit}"
    shown = f"{q.amount:,.0f}" if float(q.amount).is_integer() else f"{q.amount:,.4g}"
    return f"{bound}{shown}{unit}"


def plain_value(value: Value) -> str:
    """A value as a sentence shows it: 5,310,000; 38,800,000 USD; 2016-08-12; 2022; 'Jin Young'."""
    shown = value_to_json(value)
    if isinstance(shown, dict):
        return f"{shown['amount']:,} {shown['unit']}"
    if isinstance(value, Name | Text):
        return f"'{shown}'"
    # four digits stay as written: a year (2022) or a small count, never "2,022"
    return f"{shown:,}" if isinstance(shown, int) and abs(shown) >= 10_000 else str(shown)


def _shown(fv: FactValue) -> str:
    return plain_value(fv.value)


def _implausible(prop: str, fv: FactValue) -> str:
    """Why a value cannot be right, judged from the value and its documents alone, or ""."""
    if isinstance(fv.value, Time):
        year = int(fv.value.iso[:4])
        if year > date.today().year + 2:
            return f"{year} is in the future"
    return ""


def undated(c: Claim) -> bool:
    """A claim nothing dates: no day, range, day count or week of the run."""
    return all(c.q(k) is None for k in DATING_QUALIFIERS)


def time_explains(prop: str, period: str, a: Quantity, b: Quantity) -> str:
    """Why two figures of one metric that no source dates are likely of different times, or "": places on a
    list change as films pass each other; a running count grows further over a run than two tallies of one
    day differ (`RUN_GROWTH`). Close running counts, and counts of a day or a weekend, time does not explain."""
    if prop == "box_office_rank":
        return "places on a list change as other films pass or are passed"
    if prop in RUNNING and period in CUMULATIVE and a.unit == b.unit \
            and abs(a.amount - b.amount) > RUN_GROWTH * max(a.amount, b.amount):
        return "a running count grows over the run, far more than two tallies of one day differ"
    return ""


def _undated_apart(prop: str, values: Sequence[FactValue]) -> str:
    """`time_explains` for a property's values when no claim behind them is dated."""
    claims = [c for fv in values for c in fv.claims]
    amounts = [fv.value for fv in values if isinstance(fv.value, Quantity)]
    if prop not in SERIES_PROPERTIES or not claims or not all(undated(c) for c in claims) or len(amounts) < 2:
        return ""
    periods = {str(c.q("period", "") or "") for c in claims}
    period = periods.pop() if len(periods) == 1 else "mixed"
    return time_explains(prop, period, min(amounts, key=lambda q: q.amount), max(amounts, key=lambda q: q.amount))


def _one_digit_apart(a: str, b: str) -> bool:
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    return len(da) == len(db) and sum(x != y for x, y in zip(da, db, strict=True)) == 1


def _flagged(fv: FactValue, flags: Mapping[str, Flag]) -> Flag | None:
    """The series checks' flag on a value, when every claim stating it carries one."""
    found = [flags.get(c.id) for c in fv.claims]
    return found[0] if found and all(found) else None


def classify(prop: str, values: Sequence[FactValue], site_of: dict[str, str],
             copies_of: dict[str, set[str]], kind_of: Mapping[str, str] | None = None,
             flags: Mapping[str, Flag] | None = None) -> tuple[str, str]:
    """(kind, one-sentence explanation) for values that disagree, ending with which value the most
    trusted source backs (`kind_of`: document → kind)."""
    kind, why = _classify(prop, values, site_of, copies_of, flags or {})
    if kind_of is None:
        return kind, why
    note = trust_note(values, kind_of, site_of, _shown)
    return kind, f"{why.rstrip('.')}; {note}."


def _classify(prop: str, values: Sequence[FactValue], site_of: dict[str, str],
              copies_of: dict[str, set[str]], flags: Mapping[str, Flag]) -> tuple[str, str]:
    said = "; ".join(
        f"{', '.join(site_of.get(s, s) for s in fv.sources)} says {_shown(fv)}" for fv in values)
    marked = [(fv, flag) for fv in values if (flag := _flagged(fv, flags))]
    if len(marked) == 1 and len(values) == 2:
        return marked[0][1].kind, f"{said}: {marked[0][1].reason}."
    wrong = [(fv, why) for fv in values if (why := _implausible(prop, fv))]
    if len(wrong) == 1 and len(values) == 2:
        bad, why = wrong[0]
        good = next(fv for fv in values if fv is not bad)
        close = _one_digit_apart(str(value_to_json(bad.value)), str(value_to_json(good.value)))
        return "typo", (f"{said}: {why}, so {_shown(bad)} is likely a typo"
                        f"{' for ' + _shown(good) if close else ''}.")
    if why := _undated_apart(prop, values):
        return "different_time", f"{said}: neither dates its figure, and {why}, so they are likely of different times."
    drift = [
        f"{site_of.get(c, c)} copies {site_of.get(o, o)} but gives another value"
        for fv in values for c in fv.sources for o in copies_of.get(c, set())
        if any(o in other.sources for other in values if other is not fv)
    ]
    tail = f" ({'; '.join(sorted(set(drift)))})" if drift else ""
    return "genuine", f"{said}; nothing in the documents explains the difference{tail}."
