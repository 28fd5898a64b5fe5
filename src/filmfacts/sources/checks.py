"""Whether a date or a year given by the user or a data file is one that can be: `--published
2024-13-99` and a KOBIS cell `20241399` are refused (with the flag, or the file and line), never
stored as written.

A year before 1870 is before any film and anything written about one; a date after tomorrow has
not happened (tomorrow: a page dated in a time zone ahead of ours). A film's year may be up to ten
years ahead, for a film announced.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..errors import InvalidValue

FIRST_YEAR = 1870
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def check_date(value: str, what: str) -> str:
    """An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) that exists and is not in the future; InvalidValue
    naming `what` (`--published`, `x.csv: line 3: dt`) otherwise."""
    m = _ISO.fullmatch(value)
    try:
        if m is None:
            raise ValueError
        day = date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        raise InvalidValue(f"{what} {value!r} is not a date", hint="write it as YYYY-MM-DD, e.g. 2024-03-01") \
            from None
    if day.year < FIRST_YEAR or day > date.today() + timedelta(days=1):
        raise InvalidValue(f"{what} {value!r} is not a possible date (before {FIRST_YEAR} or in the future)",
                           hint="check the year")
    return value


def check_year(value: object, what: str) -> str:
    """A film's year as four digits ("" for none); InvalidValue naming `what` for 20015, "soon", 1066."""
    if value in (None, ""):
        return ""
    text = str(value).strip()
    if isinstance(value, bool) or not re.fullmatch(r"\d{4}", text) or \
            not FIRST_YEAR <= int(text) <= date.today().year + 10:
        raise InvalidValue(f"{what} is {value!r}, not a possible year", hint="fix that row or remove it")
    return text


__all__ = ["FIRST_YEAR", "check_date", "check_year"]
