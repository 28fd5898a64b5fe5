"""What explains a disagreement: a typo, a different time, a stale copy, or nothing (genuine)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..model import FactValue, Name, Text, Time, Value, value_to_json


def plain_value(value: Value) -> str:
    """A value as a sentence shows it: 5,310,000; 38,800,000 USD; 2016-08-12; 'Jin Young'."""
    shown = value_to_json(value)
    if isinstance(shown, dict):
        return f"{shown['amount']:,} {shown['unit']}"
    if isinstance(value, Name | Text):
        return f"'{shown}'"
    return f"{shown:,}" if isinstance(shown, int) else str(shown)


def _shown(fv: FactValue) -> str:
    return plain_value(fv.value)


def _implausible(prop: str, fv: FactValue) -> str:
    """Why a value cannot be right, judged from the value and its documents alone, or ""."""
    if isinstance(fv.value, Time):
        year = int(fv.value.iso[:4])
        if year > date.today().year + 2:
            return f"{year} is in the future"
    return ""


def _one_digit_apart(a: str, b: str) -> bool:
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    return len(da) == len(db) and sum(x != y for x, y in zip(da, db, strict=True)) == 1


def classify(prop: str, values: Sequence[FactValue], site_of: dict[str, str],
             copies_of: dict[str, set[str]]) -> tuple[str, str]:
    """(kind, one-sentence explanation) for values that disagree."""
    said = "; ".join(
        f"{', '.join(site_of.get(s, s) for s in fv.sources)} says {_shown(fv)}" for fv in values)
    wrong = [(fv, why) for fv in values if (why := _implausible(prop, fv))]
    if len(wrong) == 1 and len(values) == 2:
        bad, why = wrong[0]
        good = next(fv for fv in values if fv is not bad)
        close = _one_digit_apart(str(value_to_json(bad.value)), str(value_to_json(good.value)))
        return "typo", (f"{said}: {why}, so {_shown(bad)} is likely a typo"
                        f"{' for ' + _shown(good) if close else ''}.")
    drift = [
        f"{site_of.get(c, c)} copies {site_of.get(o, o)} but gives another value"
        for fv in values for c in fv.sources for o in copies_of.get(c, set())
        if any(o in other.sources for other in values if other is not fv)
    ]
    tail = f" ({'; '.join(sorted(set(drift)))})" if drift else ""
    return "genuine", f"{said}; nothing in the documents explains the difference{tail}."
