"""Dates and citation templates of wikitext.

`iso_date` turns the ways wiki editors write dates (`15 October 1996`,
`October 15, 1996`, `1996-10-15`, `October 1996`) into ISO; `cite_fields`
picks a `{{cite web|title=…|url=…|work=…|date=…|access-date=…}}` apart into
the parts a `Citation` keeps.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

MONTHS = {
    name: i + 1
    for i, names in enumerate((
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
        ("october", "oct"), ("november", "nov"), ("december", "dec"),
    ))
    for name in names
}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

_MONTH = r"([A-Za-z]{3,9})\.?"
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})\b"), "dMy"),
    (re.compile(r"\b" + _MONTH + r"\s+(\d{1,2}),?\s+(\d{4})\b"), "Mdy"),
    (re.compile(r"\b(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일"), "ymd"),
    (re.compile(r"\b" + _MONTH + r",?\s+(\d{4})\b"), "My"),
    (re.compile(r"\b(\d{4})-(\d{2})\b(?!-)"), "ym"),
    (re.compile(r"^\s*(\d{4})\s*$"), "y"),
)


def iso_date(text: str) -> str:
    """`15 October 1996` / `October 15, 1996` / `1996-10-15` → `1996-10-15`; `March 2013` →
    `2013-03`; `1997` → `1997`; "" when the text holds no date."""
    for pattern, order in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            parts = dict(zip(order, m.groups(), strict=True))
            if "M" in parts:
                month = MONTHS.get(parts["M"].casefold(), 0)
                if not month:
                    continue
            else:
                month = int(parts.get("m", 0))
            year, day = int(parts["y"]), int(parts.get("d", 0))
            if formatted := ymd(year, month, day):
                return formatted
    return ""


def ymd(year: int, month: int = 0, day: int = 0) -> str:
    """ISO text for a date known to the year, month or day; "" when it is not a real date."""
    if not 1 <= year <= 9999:
        return ""
    if not month:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return ""
    if not day:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def spoken_date(year: str, month: str = "", day: str = "", day_first: bool = False) -> str:
    """How Wikipedia shows a date given as numbers: `March 15, 2013` (or `15 March 2013` with
    `df=y`), `March 2013`, `2013`; the input unchanged when it is not numeric."""
    year, month, day = year.strip(), month.strip(), day.strip()
    if not year.isdigit():
        return " ".join(p for p in (day, month, year) if p)
    if not month:
        return year
    m = int(month) if month.isdigit() else MONTHS.get(month.casefold(), 0)
    if not 1 <= m <= 12:
        return year
    name = MONTH_NAMES[m - 1]
    if not day.isdigit():
        return f"{name} {year}"
    return f"{int(day)} {name} {year}" if day_first else f"{name} {int(day)}, {year}"


PUBLISHER_KEYS = ("publisher", "website", "work", "newspaper", "magazine", "journal", "agency", "via",
                  "출판사", "웹사이트", "뉴스", "작품", "저널")
CITE_TEMPLATES = frozenset(("citation", "cite", "vcite", "웹 인용", "뉴스 인용", "서적 인용", "저널 인용", "인용"))


def cite_fields(params: Mapping[str, str]) -> dict[str, str]:
    """The parts of a citation template a `Citation` keeps: title, url, publisher, ISO dates."""
    get = lambda *keys: next((params[k] for k in keys if params.get(k)), "")  # noqa: E731
    published = get("date", "publication-date", "publication_date", "year", "날짜", "발행일")
    accessed = get("access-date", "accessdate", "access_date", "확인날짜", "접근날짜")
    return {
        "title": get("title", "script-title", "trans-title", "chapter", "제목"),
        "url": get("url", "archive-url", "archiveurl"),
        "publisher": get(*PUBLISHER_KEYS),
        "date": iso_date(published) or published,
        "access_date": iso_date(accessed) or accessed,
    }
