"""Box-office charts printed as text: a header of column names, then one row per line or one cell
per line, as pages copied from a chart site or flattened by a reader show them.

Three layouts, one reading:

    Title Release Date Market Share Weekend Total Screens      (a header line; cells by spaces)
    1 Snowfall 13/07/31 50.50% 2,260,191 3,297,568 1127

    Rank                                                         (one cell per line)
    Film
    Weekend Gross
    1
    Snowfall
    $24,625,000

    Last WeekTitleWknd GrossOverallWeek in release               (cells run together)
    52The Fall$9,831,145$92,260,1603

A header is a line (or a run of lines) made only of column names ("Rank", "Title", "Weekend Gross",
"Screens", "순위", "영화명", "누적관객수", …), at least three, one of them the title and one a figure.
Each column has a shape (a place, a title, a date, a share, a figure, a small count, words), and a
row is read against the header's shapes in order, so cells run together are told apart by their
shapes ("$92,260,1603" is $92,260,160 and week 3: a thousands group has three digits). A row
starting with a place the header does not name has it as a first column. A rank is the one that
follows the row before when the digits allow two readings ("111…": 1 and 11, or 11 and 1).

`text_tables` gives each chart as a `Table` with its cells' offsets, which `charts` reads as it
reads any chart; the line just above the header, when short, is its caption ("Weekend Box Office:
Jan. 30 - Feb. 1, 2009").
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

from ..model import Cell, Document, Table
from .caches import per_document

# Column names and the shape of their cells. Longest names are tried first, so "Weekend Gross" is one
# column and "Weekend Total" two.
_SHAPE_OF: dict[str, tuple[str, ...]] = {
    "rank": ("this week", "tw", "rank", "ranking", "pos", "pos.", "position", "place", "#", "no.", "순위", "順位",
             "排名"),
    "previous": ("last week", "lw", "prev.", "previous", "last wk", "전주", "前週"),
    "title": ("title", "film", "movie", "picture", "영화명", "영화", "작품명", "제목", "作品名", "タイトル", "片名",
              "影片"),
    "date": ("release date", "opening date", "released", "release", "opened", "개봉일", "公開日", "上映日期"),
    "share": ("market share", "share", "%", "점유율", "매출액점유율", "占比"),
    "figure": ("weekend gross", "wknd gross", "weekend box office", "weekend admissions", "weekend", "wknd",
               "weekly gross", "week gross", "daily gross", "total gross", "gross to date", "gross", "total",
               "overall", "cumulative", "cume", "to date", "sales", "revenue", "admissions", "total admissions",
               "viewers", "audience", "attendance", "screens", "theaters", "theatres", "locations", "cinemas",
               "avg./screen", "avg/screen", "avg. per screen", "avg./theater", "avg/theater", "per screen",
               "per theater", "average", "avg.", "avg", "매출액", "누적매출액", "관객수", "누적관객수", "스크린수",
               "상영횟수", "상영관수", "興行収入", "興収", "動員", "累計", "票房", "累计票房"),
    "count": ("week in release", "weeks in release", "weeks in release", "weeks", "week", "wks", "wk", "week #",
              "days in release", "days", "주차", "週"),
    "change": ("% change", "%change", "change", "chg.", "chg", "+/-", "증감", "증감률", "前週比"),
    "words": ("distributor", "studio", "dist.", "country", "genre", "배급사", "대표국적", "국적", "配給"),
}
_NAMES = sorted(((name, shape) for shape, names in _SHAPE_OF.items() for name in names),
                key=lambda item: len(item[0]), reverse=True)
_NAME_RE = re.compile("|".join(re.escape(name) for name, _ in _NAMES), re.I)
_SHAPE = {name.casefold(): shape for name, shape in _NAMES}
_SEPARATORS = re.compile(r"[ \t|/:]*")

_FIGURE = (r"(?:US\$|\$|₩|€|£|¥)?[ \t]?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?![\d.])|\d+)(?:\.\d+)?"
           r"(?:[ \t]?[KMB]\b)?(?:[ \t]?(?:원|명|円|元))?")
# what no title holds: a sum, a grouped number, a share
_NOT_TITLE = r"(?:US\$|\$|₩|€|£|¥)[ \t]?\d|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[ \t]?%"
_CELL: dict[str, str] = {
    "rank": r"\d{1,3}\.?",
    "previous": r"\d{1,3}|NEW|New|new|N|RE|-{1,2}|–|—",
    "title": rf"(?=[^\n]{{0,80}}?[^\W\d_])(?:(?!{_NOT_TITLE})[^\n]){{1,80}}?",
    "date": r"\d{2,4}[./-]\d{1,2}[./-]\d{1,2}|[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}(?:,[ \t]?\d{4})?|\d{1,2}/\d{1,2}",
    "share": r"\d{1,3}(?:[.,]\d+)?[ \t]?%",
    "figure": _FIGURE + r"|-{1,2}|n/a",
    "count": r"\d{1,3}",
    "change": r"[+-]?\d{1,3}(?:[.,]\d+)?[ \t]?%|-{1,2}|–|—|n/a|new|NEW",
    "words": r"(?:(?!" + _NOT_TITLE + r")[^\n]){1,40}?",
}


@dataclass(frozen=True)
class _Header:
    names: tuple[str, ...]
    shapes: tuple[str, ...]
    start: int
    end: int
    one_per_line: bool
    caption: str


def _columns_of(line: str, whole: bool = True) -> tuple[list[str], int] | None:
    """The column names a line is made of and where they end, or None when anything else is written
    on it; unless `whole`, rows may follow the names on the line (a chart flattened into one
    paragraph: "Title Release Date … Screens 1 Snowfall 13/07/31 …")."""
    names: list[str] = []
    pos = end = 0
    while True:
        pos = _SEPARATORS.match(line, pos).end()  # type: ignore[union-attr]
        if pos >= len(line):
            return (names, end) if names else None
        m = _NAME_RE.match(line, pos)
        # a name ends where a word does, or where the next name starts ("TitleWknd Gross")
        if m is None or (m.end() < len(line) and line[m.end() - 1].isalpha() and line[m.end()].isalpha()
                         and line[m.end()].islower()):
            if not whole and len(names) >= 3 and re.match(r"\d", line[pos:]):
                return names, end
            return None
        names.append(m.group(0))
        pos = end = m.end()


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _headers(lines: list[tuple[int, str]]) -> list[tuple[int, _Header]]:
    """Each header (the index of the line after it, the header)."""
    out: list[tuple[int, _Header]] = []
    i = 0
    while i < len(lines):
        found = _columns_of(lines[i][1], whole=False) if lines[i][1].strip() else None
        if found is None:
            i += 1
            continue
        first, block, one_each = i, [found[0]], len(found[0]) == 1
        end = lines[i][0] + found[1]
        j = i + 1
        while j < len(lines) and end == lines[j - 1][0] + len(lines[j - 1][1].rstrip()):
            k = j
            while k < len(lines) and not lines[k][1].strip() and k - j < 2:
                k += 1
            more = _columns_of(lines[k][1], whole=False) if k < len(lines) and lines[k][1].strip() else None
            if more is None:
                break
            block.append(more[0])
            one_each = one_each and len(more[0]) == 1
            end = lines[k][0] + more[1]
            j = k + 1
        flat = [n for names in block for n in names]
        shapes = [_SHAPE[n.casefold()] for n in flat]
        if len(flat) >= 3 and shapes.count("title") == 1 and {"figure", "share"} & set(shapes):
            caption = _caption(lines, first)
            out.append((j, _Header(tuple(flat), tuple(shapes), lines[first][0], end, one_each and len(block) >= 3,
                                   caption)))
        i = max(j, i + 1)
    return out


def _caption(lines: list[tuple[int, str]], first: int) -> str:
    """The short line just above a header: the chart's caption."""
    for k in range(first - 1, max(-1, first - 3), -1):
        line = lines[k][1].strip()
        if line:
            return line if len(line) <= 120 else ""
    return ""


@lru_cache(maxsize=256)
def _row_pattern(shapes: tuple[str, ...], rank: int | None, after: str) -> re.Pattern[str]:
    """A row of cells of these shapes, read from where the row before ended: cells apart by spaces, line
    breaks or nothing; figures the header does not name may follow (a column the page lost); `after` is
    what must come next (the next place, or the end of the line)."""
    cells = []
    for i, shape in enumerate(shapes):
        body = str(rank) if shape == "rank" and rank is not None else _CELL[shape]
        cells.append(f"(?P<c{i}>{body})")
    sep = r"\s*" if "rank" in shapes else r"[ \t]*"
    extra = rf"(?:\s+(?:{_FIGURE}))*?" if "rank" in shapes else ""
    return re.compile(sep + sep.join(cells) + extra + f"(?={after})")


_LINE_END = r"[ \t]*(?:\n|$)"


def _read_rows(text: str, pos: int, shapes: tuple[str, ...], limit: int) -> list[list[Cell]]:
    """The rows from `pos`, each one's cells in the header's order. A ranked chart's rows come one
    place after another: each row is read up to where the next place starts (its last row up to the
    end of its line), which tells cells run together apart; a chart without places has a row a line."""
    rows: list[list[Cell]] = []
    ranked = "rank" in shapes
    rank: int | None = None
    while pos < limit:
        if ranked:
            if rank is None:  # the first place: the digits written, else fewer of them ("52The": 5, then 2)
                digits = re.match(r"\s*(\d{1,3})", text[pos:pos + 8])
                if digits is None:
                    break
                places = [int(digits.group(1)[:k]) for k in range(len(digits.group(1)), 0, -1)]
            else:
                places = [rank + 1]
            # the next place, unless last week's place follows it with nothing between ("52The": 5, was 2)
            joined = "" if shapes[shapes.index("rank") + 1:][:1] == ("previous",) else r"(?!\d)"
            tries: list[tuple[int | None, str]] = [(p, after) for p in places
                                                   for after in (rf"\s*{p + 1}{joined}", _LINE_END)]
        else:
            tries = [(None, _LINE_END)]
        m, place, last = None, None, False
        for place, after in tries:
            m = _row_pattern(shapes, place, after).match(text, pos, limit)
            if m:
                last = ranked and after == _LINE_END
                break
        if m is None:
            break
        rows.append([Cell(m.group(f"c{i}").strip(), m.start(f"c{i}"), m.end(f"c{i}")) for i in range(len(shapes))])
        pos, rank = m.end(), place
        if last:
            break  # no next place follows: the chart ends here
    return rows


def _rows_by_cell(lines: list[tuple[int, str]], at: int, header: _Header) -> list[list[Cell]]:
    """Rows with no places written one cell a line (blank lines between them do not count)."""
    filled = [(pos, line) for pos, line in lines[at:at + 400] if line.strip()]
    n = len(header.shapes)
    rows: list[list[Cell]] = []
    for k in range(0, len(filled) - n + 1, n):
        cells = []
        for shape, (pos, line) in zip(header.shapes, filled[k:k + n], strict=True):
            m = re.fullmatch(rf"[ \t]*(?P<c>{_CELL[shape]})[ \t]*", line)
            if m is None:
                return rows
            cells.append(Cell(m.group("c"), pos + m.start("c"), pos + m.end("c")))
        rows.append(cells)
    return rows


_CACHE: OrderedDict[str, tuple[Table, ...]] = OrderedDict()
per_document(_CACHE.clear)
_RANK_NAME = "Rank"


def text_tables(doc: Document) -> tuple[Table, ...]:
    """The charts printed as text in `doc`, each with its header's names and its rows' cells."""
    if doc.id in _CACHE:
        return _CACHE[doc.id]
    out: list[Table] = []
    if _NAME_RE.search(doc.text):
        lines = _lines(doc.text)
        headers = _headers(lines)
        for n, (at, header) in enumerate(headers):
            names, shapes = header.names, header.shapes
            pos = header.end
            limit = headers[n + 1][1].start if n + 1 < len(headers) else len(doc.text)
            if "rank" not in shapes and re.match(r"\s*1(?!\d)", doc.text[pos:pos + 20]):
                names, shapes = (_RANK_NAME, *names), ("rank", *shapes)  # places the header does not name
            if "rank" in shapes or not header.one_per_line:
                rows = _read_rows(doc.text, pos, shapes, limit)
            else:
                rows = _rows_by_cell(lines, at, header)
            if len(rows) < 2:
                continue
            section = doc.section_at(header.start)
            out.append(Table(section.path if section else (), names, tuple(tuple(r) for r in rows),
                             header.start, rows[-1][-1].end, header.caption))
    result = _CACHE[doc.id] = tuple(out)
    if len(_CACHE) > 32:
        _CACHE.popitem(last=False)
    return result


__all__ = ["text_tables"]
