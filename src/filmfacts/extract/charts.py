"""Box-office charts in articles: one claim per figure cell, about the film of its row.

A chart is a table with a title column and at least one figure column, headed in English or
Korean, e.g.

    | Rank | Film   | Release date | Share | Weekend admissions | Total admissions | Screens |
    | 순위 | 영화명 | 개봉일       | 점유율 | 관객수             | 누적관객수       | 스크린수 |

Each cell becomes a claim: `box_office_rank`, `release_date`, `market_share` (a fraction),
`admissions` and `gross` (period from the column: weekend, day, week; a "total"/"cumulative"/
"누적" column is the running total), `screens`. The period of the chart itself (weekend, day,
week) comes from its caption, section or headline; its day from a date or a range there
("Feb. 23-25, 2024": the figures are true at the range's last day), else from the page's words
as `when.resolve` reads them, which falls back on the publication date.

The market: a chart says whose box office it is in its caption or headline ("South Korean box
office", "North America"); a chart headed in Hangul is South Korea's. Otherwise the release date
carries no country (not guessed from the site).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

from ..model import Cell, Claim, Document, Quantity, Table, Time, claim
from . import extractor
from .amounts import find_amounts
from .kinds import ARTICLE_KINDS
from .text import MONTHS, find_dates, iso_to_date
from .text_charts import text_tables
from .vocab import country_from_adjective, country_in, country_named
from .when import clock_for, resolve

VERSION = "1.1"
NAME = "chart"

# Header words → the role of a column; checked in order, the first that matches wins.
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("skip", re.compile(r"distribut|배급|change|증감|전주|vs\.?|\+/-|±|previous|last week|^lw$|prev|director|감독|"
                        r"weeks?\b.*(?:release|run|chart)|^weeks?$|days?\b.*(?:release|run)|주차|상영일|"
                        r"showings|상영횟수|avg|average|per screen|country|국적|genre|장르", re.I)),
    ("rank", re.compile(r"^(?:rank(?:ing)?|#|no\.?|pos(?:ition)?\.?|place|this week|tw)(?:\W|$)|\brank\b|순위|順位",
                        re.I)),
    ("release_date", re.compile(r"release|opening date|opened|개봉", re.I)),
    ("market_share", re.compile(r"share|점유율|^%$|\(%\)", re.I)),
    ("screens", re.compile(r"screens|theat(?:er|re)s|locations|cinemas|스크린|상영관", re.I)),
    ("gross", re.compile(r"gross|sales|revenue|box office|takings|earnings|receipts|매출", re.I)),
    ("admissions", re.compile(r"admission|audience|attendance|viewers|tickets|moviegoers|spectators|관객", re.I)),
    ("title", re.compile(r"^(?:title|film|movie|picture|영화명|영화|작품명?|제목)\b|\b(?:title|film|movie)$|영화명",
                         re.I)),
)
_CUMULATIVE = re.compile(r"total|cumulative|accumulated|to date|overall|running|누적|gross to date|so far|\bcume\b|"
                         r"累計|累计", re.I)
_PERIODS = ((re.compile(r"opening", re.I), "opening_weekend"),
            (re.compile(r"weekend|\bwknd\b|주말|週末", re.I), "weekend"),
            (re.compile(r"weekly|week|주간", re.I), "week"), (re.compile(r"daily|day\b|일일|일별", re.I), "day"))
_KRW = re.compile(r"₩|\bKRW\b|\bwon\b|원", re.I)
_USD = re.compile(r"US\$|\$|\bUSD\b|dollar", re.I)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_TITLE_NOTE = re.compile(r"(?:(?<!\s)\s+)?[\(\[（][^)\]）]*[\)\]）]\s*$")
_QUOTES = "\"'“”‘’《》「」『』〈〉<>*_"
_ABBREV = re.compile(r"^\s*(?P<cur>US\$|\$|₩)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<m>[KMB])\b", re.I)
_ABBREV_MULT = {"k": 1e3, "m": 1e6, "b": 1e9}
_RANGE = re.compile(
    rf"\b(?P<m1>{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+(?P<d1>\d{{1,2}})\s*(?:-|–|—|~|to|through)\s*"
    rf"(?:(?P<m2>{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+)?(?P<d2>\d{{1,2}})\b(?:,?\s+(?P<y>\d{{4}}))?"
    r"|(?P<iso1>\d{4}[-./]\d{1,2}[-./]\d{1,2})\s*(?:-|–|—|~|to)\s*(?P<iso2>\d{4}[-./]\d{1,2}[-./]\d{1,2})"
    # "6/16-6/18": month and day, as American pages write them (day first when the first is no month)
    r"|(?<![\d/])(?P<n1>\d{1,2})/(?P<n2>\d{1,2})\s*(?:-|–|—|~|to)\s*(?P<n3>\d{1,2})/(?P<n4>\d{1,2})(?![\d/])", re.I)
_DOTTED = re.compile(r"\b(?P<y>\d{4})[./-](?P<m>\d{1,2})[./-](?P<d>\d{1,2})\b")


@dataclass(frozen=True)
class Column:
    role: str
    period: str = ""  # day, weekend, week, opening_weekend; "cumulative" for running totals
    unit: str = ""  # a currency the header names


@dataclass(frozen=True)
class ChartRow:
    """A row of a chart: its film and the cells beside it."""

    table: Table
    columns: tuple[Column, ...]
    cells: tuple[Cell, ...]
    title_cell: Cell
    title: str
    start: int
    end: int


def column_of(header: str) -> Column:
    """What a chart column holds: "Weekend admissions" → admissions over the weekend."""
    role = next((name for name, pattern in _ROLES if pattern.search(header)), "")
    if role in ("", "skip"):
        return Column("")
    period = "cumulative" if _CUMULATIVE.search(header) else next(
        (p for pattern, p in _PERIODS if pattern.search(header)), "")
    unit = "KRW" if _KRW.search(header) else "USD" if _USD.search(header) else ""
    return Column(role, period, unit)


def _columns(table: Table) -> tuple[Column, ...] | None:
    """The columns of a chart; None when the table is no chart (no title column or no figure)."""
    header = table.header or (tuple(c.text for c in table.rows[0]) if table.rows and
                              all(c.header for c in table.rows[0]) else ())
    columns = tuple(column_of(h) if _named(h) else _by_cells(h, i, table) for i, h in enumerate(header))
    roles = [c.role for c in columns]
    if roles.count("title") != 1 or not {"admissions", "gross", "market_share", "screens"} & set(roles):
        return None
    return columns


def _named(header: str) -> bool:
    """Whether a header's words say what its column holds (or that it is none of a chart's figures)."""
    return any(pattern.search(header) for _, pattern in _ROLES)


def _by_cells(header: str, at: int, table: Table) -> Column:
    """A column its header names only by its time ("Weekend", "Total", "Overall"): takings when its
    cells are money, tickets when they are plain counts."""
    period = "cumulative" if _CUMULATIVE.search(header) else next(
        (p for pattern, p in _PERIODS if pattern.search(header)), "")
    if not period:
        return Column("")
    cells = [row[at].text for row in table.rows if len(row) > at and not row[at].header and row[at].text.strip()]
    amounts = [cell_amount(text, "") for text in cells]
    if not cells or any(q is None for q in amounts):
        return Column("")
    if all(q is not None and q.unit for q in amounts):
        return Column("gross", period)
    if all(q is not None and not q.unit and q.amount == int(q.amount) and "%" not in text
           for q, text in zip(amounts, cells, strict=True)):
        return Column("admissions", period)
    return Column("")


def title_of(text: str) -> str:
    """A title cell as the film's title: quotes, markup and a trailing note "(파묘)" removed."""
    text = _TITLE_NOTE.sub("", text.strip()).strip().strip(_QUOTES).strip()
    return text


def chart_rows(doc: Document) -> list[ChartRow]:
    """The rows of every chart table of an article, each with its film."""
    if doc.kind not in ARTICLE_KINDS:
        return []
    out: list[ChartRow] = []
    for table in (*doc.tables, *text_tables(doc)):
        columns = _columns(table)
        if columns is None:
            continue
        at = [c.role for c in columns].index("title")
        for row in table.rows:
            if len(row) != len(columns) or all(c.header for c in row):
                continue
            title = title_of(row[at].text)
            if not title or not re.search(r"\w", title):
                continue
            out.append(ChartRow(table, columns, row, row[at], title,
                                min(c.start for c in row), max(c.end for c in row)))
    return out


# ---------------------------------------------------------------- the chart's time and market


def _context(doc: Document, table: Table) -> str:
    section = " ".join(table.section)
    return " ".join(p for p in (table.caption, section, doc.title) if p)


def _published(doc: Document) -> date | None:
    return iso_to_date(doc.published) if len(doc.published) == 10 else None


def _published_year(doc: Document) -> date | None:
    """The publication's day, or the first day of the month or year it gives ("2013-08")."""
    if len(doc.published) == 7:
        return iso_to_date(doc.published + "-01")
    if len(doc.published) == 4:
        return iso_to_date(doc.published + "-01-01")
    return _published(doc)


def _anchor_day(year: int | None, month: int, day: int, published: date | None) -> date | None:
    if year is None:
        if published is None:
            return None
        year = published.year
        if (month, day) > (published.month, published.day):
            year -= 1  # "Dec. 29-31" in a January story
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _parse_day(raw: str) -> date | None:
    m = _DOTTED.fullmatch(raw.strip())
    if not m:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def chart_time(doc: Document, table: Table) -> dict[str, Any]:
    """When the chart's figures were true: the last day of a range its caption or headline gives,
    a single date there, else what `when.resolve` reads from those words and the publication."""
    context = _context(doc, table)
    published = _published(doc)
    if m := _RANGE.search(context):
        if m.group("iso1"):
            first, last = _parse_day(m.group("iso1")), _parse_day(m.group("iso2"))
        elif m.group("n1"):
            a, b, c, d = (int(m.group(k)) for k in ("n1", "n2", "n3", "n4"))
            if a > 12 or c > 12:
                a, b, c, d = b, a, d, c
            first, last = _anchor_day(None, a, b, published), _anchor_day(None, c, d, published)
        else:
            year = int(m.group("y")) if m.group("y") else None
            m1 = MONTHS[m.group("m1").casefold()]
            m2 = MONTHS[m.group("m2").casefold()] if m.group("m2") else m1
            first = _anchor_day(year, m1, int(m.group("d1")), published)
            last = _anchor_day(year, m2, int(m.group("d2")), published)
            if first and last and first > last and year is not None:  # "Dec. 29 - Jan. 1, 2024"
                first = _anchor_day(year - 1, m1, int(m.group("d1")), None)
        if first and last:
            return {"point_in_time": last.isoformat(), "time_from": "sentence"}
    if (m := _DOTTED.search(context)) and (day := _parse_day(m.group(0))):
        return {"point_in_time": day.isoformat(), "time_from": "sentence"}
    q = resolve(context, clock_for(doc, table.start))
    return {k: v for k, v in q.items() if k in ("point_in_time", "earliest", "latest", "time_from", "undated")}


def chart_period(doc: Document, table: Table) -> str:
    context = _context(doc, table)
    return next((p for pattern, p in _PERIODS[1:] if pattern.search(context)), "")


def chart_market(doc: Document, table: Table) -> str:
    context = _context(doc, table)
    if country := country_in(context):
        return country
    for pair in re.findall(r"(?=([A-Z][\w.]*(?: [A-Z][\w.]*)?))", context):  # "South Korean", else "Korean"
        for word in (pair, pair.split(" ")[0]):
            if named := country_from_adjective(word) or country_named(word):
                return named
    if re.search(r"\bNorth America|\bU\.?S\.? box office|\bdomestic box office", context):
        return "United States" if re.search(r"\bU\.?S\.?\b|North America", context) else ""
    if any(_HANGUL.search(h) for h in table.header) or doc.language == "ko":
        return "South Korea"
    return ""


# ---------------------------------------------------------------- cells


def cell_amount(text: str, unit_hint: str) -> Quantity | None:
    """The figure in a cell: "1,234,567", "1.23M", "12.3%", "₩9.1 billion", "91억원"."""
    text = text.strip()
    if m := _ABBREV.match(text):
        cur = (m.group("cur") or "").upper()
        unit = {"US$": "USD", "$": "USD", "₩": "KRW"}.get(cur, unit_hint)
        return Quantity(float(m.group("num")) * _ABBREV_MULT[m.group("m").casefold()], unit, True)
    amounts = find_amounts(text)
    if not amounts or amounts[0].start > 3:
        return None
    q = amounts[0].quantity
    return Quantity(q.amount, q.unit or unit_hint, q.approx, q.bound)


def _rank(text: str) -> int | None:
    m = re.match(r"^\s*#?\s*(\d{1,3})(?:st|nd|rd|th)?\b", text)
    return int(m.group(1)) if m else None


_SHORT_DATE = re.compile(r"(?P<a>\d{2})[./-](?P<b>\d{1,2})[./-](?P<c>\d{1,2})")


def _short_date(text: str, published: date | None) -> date | None:
    """"13/07/31": year, month and day as Korean charts write them, or day, month and year; the
    reading whose year is the page's (or the year before) wins."""
    m = _SHORT_DATE.fullmatch(text.strip())
    if m is None or published is None:
        return None
    a, b, c = int(m.group("a")), int(m.group("b")), int(m.group("c"))
    for year, month, day in ((2000 + a, b, c), (2000 + c, b, a)):
        if year in (published.year, published.year - 1):
            try:
                return date(year, month, day)
            except ValueError:
                continue
    return None


def _date(text: str, published: date | None) -> Time | None:
    if day := _parse_day(text):
        return Time(day.isoformat(), "day")
    if day := _short_date(text, published):
        return Time(day.isoformat(), "day")
    for found in find_dates(text):
        if found.time:
            return found.time
        if (day := _anchor_day(None, found.month, found.day, published)) is not None:
            return Time(day.isoformat(), "day")
    return None


def _ranked_by(rows: list[ChartRow]) -> str:
    """What a chart's ranks count: the figure column its rows are in descending order of, the
    period's count before a running total ("admissions" or "gross"); "" when none is."""
    def descending(role: str, cumulative: bool) -> bool:
        values: list[float] = []
        for row in sorted(rows, key=lambda r: _rank(next((c.text for col, c in zip(r.columns, r.cells, strict=True)
                                                          if col.role == "rank"), "")) or 0):
            cell = next((c for col, c in zip(row.columns, row.cells, strict=True)
                         if col.role == role and (col.period == "cumulative") == cumulative), None)
            q = cell_amount(cell.text, "") if cell is not None else None
            if q is None:
                return False
            values.append(q.amount)
        return len(values) >= 3 and all(a >= b for a, b in pairwise(values))
    for role, cumulative in (("admissions", False), ("gross", False), ("admissions", True), ("gross", True)):
        if descending(role, cumulative):
            return role
    return ""


def _misread(row: ChartRow) -> set[int]:
    """Cells a row cannot hold: a running total below the same row's count for a period (a cell cut
    short or run into the next: "$19" beside "$5,266,560")."""
    amounts: dict[tuple[str, bool], list[tuple[int, float]]] = {}
    for i, (column, cell) in enumerate(zip(row.columns, row.cells, strict=True)):
        if column.role in ("admissions", "gross") and (q := cell_amount(cell.text, "")) is not None:
            amounts.setdefault((column.role, column.period == "cumulative"), []).append((i, q.amount))
    out: set[int] = set()
    for (role, cumulative), found in amounts.items():
        if cumulative:
            lowest = max((a for _, a in amounts.get((role, False), [])), default=0.0)
            out |= {i for i, a in found if a < lowest}
    return out


def _row_claims(doc: Document, row: ChartRow, when: dict[str, Any], period: str, market: str,
                currency: str, ranked_by: str = "") -> Iterator[Claim]:
    published = _published(doc)
    misread = _misread(row)
    for i, (column, cell) in enumerate(zip(row.columns, row.cells, strict=True)):
        if cell is row.title_cell or not column.role or not cell.text.strip() or cell.spanned or i in misread:
            continue
        span = doc.span(cell.start, cell.end)
        timed = {**when, "period": period} if period else dict(when)
        if column.role == "rank":
            if (rank := _rank(cell.text)) is not None:
                # a box-office chart ranks every film on release
                yield claim(row.title, "box_office_rank", Quantity(rank), span, NAME, VERSION,
                            {**timed, "scope": market, "ranked_among": "all_films", "measure": ranked_by})
        elif column.role == "release_date":
            if (day := _date(cell.text, published or _published_year(doc))) is not None:
                yield claim(row.title, "release_date", day, span, NAME, VERSION, {"country": market})
        elif column.role == "market_share":
            if (q := cell_amount(cell.text, "")) is not None:
                # charts show shares in percent; a share is kept as a fraction, as prose's "68.9%" is
                # (0.689), so both land in one series
                share = q.amount if "%" in cell.text else q.amount / 100  # "61.4%" is read as 0.614 already
                yield claim(row.title, "market_share", Quantity(round(share, 6), "", q.approx), span, NAME,
                            VERSION, {**timed, "scope": market})
        elif column.role in ("admissions", "gross", "screens"):
            unit = column.unit or currency if column.role == "gross" else ""
            if (q := cell_amount(cell.text, unit)) is None:
                continue
            if column.role == "gross" and not q.unit:
                q = Quantity(q.amount, "unknown", q.approx, q.bound)
            if column.role != "gross" and q.unit:
                continue  # money in a count column is a misread
            qual = dict(timed)
            col_period = column.period or period
            if column.role == "screens":
                qual.pop("period", None)
            elif col_period == "cumulative":
                qual["period"] = "cumulative"
            elif col_period:
                qual["period"] = col_period
            yield claim(row.title, column.role, q, span, NAME, VERSION, {**qual, "scope": market})


@extractor(NAME, VERSION, requires=("text",), kinds=tuple(sorted(ARTICLE_KINDS)))
def extract_charts(doc: Document, subject: str) -> Iterator[Claim]:
    by_table: dict[int, list[ChartRow]] = {}
    for row in chart_rows(doc):
        by_table.setdefault(id(row.table), []).append(row)
    for rows in by_table.values():
        table = rows[0].table
        when, period, market = chart_time(doc, table), chart_period(doc, table), chart_market(doc, table)
        # a chart whose caption names no period: the one its figure columns name ("Wknd Gross")
        period = period or next((c.period for c in rows[0].columns if c.role in ("admissions", "gross")
                                 and c.period not in ("", "cumulative")), "")
        currency = {"South Korea": "KRW", "United States": "USD"}.get(market, "")
        ranked_by = _ranked_by(rows) if any(c.role == "rank" for c in rows[0].columns) else ""
        for row in rows:
            yield from _row_claims(doc, row, when, period, market, currency, ranked_by)


__all__ = ["ChartRow", "Column", "chart_rows", "chart_time", "column_of", "title_of"]
