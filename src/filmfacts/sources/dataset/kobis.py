"""KOBIS (Korean Film Council) CSV extracts → one `dataset` Document per film and file.

KOBIS data reaches users as exports of its web statistics and as Open API dumps, each with its
own columns. A file is recognised by its header (never its name), plain or gzip:

    daily        searchDailyBoxOfficeList rows: movieCd, movieNm, openDt, audiCnt, audiAcc, salesAmt,
                 salesAcc, scrnCnt, showCnt, dt, and the query filter (multiMovieYn, repNationCd)
    top500       the all-time list: rank, film_title, release_date, sales, audience, screens, …
    tenmillion   the 10-million club: the same, with film_title_en, genre, tenmillion_days
    films        a box-office export with director and cast: Movie, Screen, Sales, Audience, 개봉일, 감독, 배우
    films_raw    the KOBIS web export itself: two header rows (순번, 영화명, 개봉일, 전국 / 스크린수, …), BOM,
                 thousands separators
    movies       Open API movie list: movieCd, Movie, Audience, Open, Screen, watchGradeNm, genres
    flags, annual  recognised and read as no film: per-film query flags without titles, and yearly
                 market totals (Korean vs overseas films), which are about the market, not a film

A document's text renders the film's row as `Label: value` lines (a `Field` per value, the value as
the file writes it) and, for the daily file, a table with one row per day. The daily API answers
one query per filter, so a film/day appears up to three times with the same figures and a rank in
each filtered list: the rank over all films is kept when the film has one, else the rank among
Korean or foreign films, else the one among commercial or diversity films.

`published` is when the figures were true: a daily document's last day; for the all-time lists the
day their extract was taken (the shared extract's README: 2020-03-20; `--published` overrides);
the films/movies exports do not say when they were taken, so `published` is the latest release
date in the file, a lower bound (the extractor dates their figures `earliest` that day).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ...errors import UnreadableDocument
from ...model import Cell, Document, Field, Table, document_id
from ..checks import check_date
from ..datafile import read_text
from ..registry import Peek

FORMAT = "kobis"
SITE = "KOBIS (Korean Film Council)"
LICENCE = "KOBIS/KOFIC data, attribution required"
TRUST = 0.9  # the ticketing tally itself (reconcile/trust.py)
# The all-time lists say nothing of their date; this is the date the shared extract was taken.
ALLTIME_OBTAINED = "2020-03-20"

_SIGNATURES: tuple[tuple[str, frozenset[str]], ...] = (
    ("daily", frozenset({"movieCd", "movieNm", "audiCnt", "audiAcc", "dt"})),
    ("tenmillion", frozenset({"film_title", "film_title_en", "tenmillion_days", "audience"})),
    ("top500", frozenset({"rank", "film_title", "release_date", "sales", "audience"})),
    ("films", frozenset({"Movie", "Screen", "Sales", "Audience", "개봉일", "감독", "배우"})),
    ("movies", frozenset({"Movie", "Audience", "Open", "Screen", "watchGradeNm"})),
    ("annual", frozenset({"year", "kr_audience", "ovs_audience", "total_audience"})),
    ("flags", frozenset({"movieCd", "multiMovieYn", "repNationCd"})),
)
_RAW_HEAD = ({"순번", "영화명", "개봉일", "전국"}, {"스크린수", "매출액", "관객수"})
LISTS = {
    "daily": "daily box office (Open API)",
    "top500": "all-time box office, top 500 by admissions",
    "tenmillion": "films with 10 million admissions or more",
    "films": "Korean films with director and cast",
    "films_raw": "box-office export",
    "movies": "movie list (Open API)",
}
# The daily API's query filter → which films a rank is among, in the order a rank is preferred.
RANKED_AMONG = {("", ""): "all films", ("", "K"): "Korean films", ("", "F"): "foreign films",
                ("N", ""): "commercial films", ("Y", ""): "diversity films"}
DAILY_COLUMNS = ("date", "rank", "ranked among", "admissions", "cumulative admissions", "sales",
                 "cumulative sales", "screens", "shows")


# ---------------------------------------------------------------- recognising and reading rows


def file_kind(path: Path) -> str:
    """Which KOBIS extract a file is ("daily", "top500", …), from its first two lines; "" if none."""
    return kind_of(Peek.of(path))


def kind_of(peek: Peek) -> str:
    """Which KOBIS extract the file peeked at is, from its first two lines; "" if none."""
    lines = peek.text.splitlines()
    if not lines:
        return ""
    rows = list(csv.reader(lines[:2]))
    header = {c.strip() for c in rows[0]}
    if len(rows) > 1 and _RAW_HEAD[0] <= header and _RAW_HEAD[1] <= {c.strip() for c in rows[1]}:
        return "films_raw"
    for kind, needed in _SIGNATURES:
        if needed <= header and (kind != "flags" or len(header) == 3):
            return kind
    return ""


def recognise(peek: Peek) -> bool:
    """A KOBIS CSV (plain or gzip), by its header."""
    return bool(kind_of(peek))


def is_kobis(path: Path) -> bool:
    return recognise(Peek.of(path))


@dataclass(frozen=True)
class Row:
    line: int  # 1-based line of the file, for messages
    values: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "").strip()


def iter_rows(path: Path, header_rows: int = 1) -> Iterator[Row]:
    """The file's rows as column → value; a row with another number of cells than the header is an
    error naming its line."""
    reader = csv.reader(io.StringIO(read_text(path), newline=""))
    try:
        header = [c.strip() for c in next(reader)]
        for _ in range(header_rows - 1):
            sub = next(reader)
            header = [f"{a} {b}".strip() if b.strip() else a for a, b in zip(header, sub, strict=False)]
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                raise UnreadableDocument(
                    f"{path}: line {reader.line_num} has {len(cells)} cells where the header has {len(header)}",
                    hint="the file may be truncated or edited by hand; fix or remove that line")
            yield Row(reader.line_num, dict(zip(header, cells, strict=True)))
    except StopIteration:
        return
    except csv.Error as err:
        raise UnreadableDocument(f"{path}: line {reader.line_num}: {err}", hint="check the file is CSV") from None


def _number(row: Row, column: str, path: Path, *, optional: bool = False) -> str:
    """A count as the file writes it ("17,613,682" or "17613682"), checked to be one."""
    value = row[column]
    if optional and value in {"", "NA", "-"}:
        return ""
    if not value.replace(",", "").isdigit():
        raise UnreadableDocument(f"{path}: line {row.line}: {column} is {value!r}, not a number",
                                 hint="fix that cell or remove the line")
    return value


def _days(row: Row, path: Path) -> str:
    """Days from the release to 10 million admissions: a count that ends inside the calendar (the
    extractor dates the milestone by it; 200000000 days ended it in a ValueError, found by fuzzing)."""
    days = _number(row, "tenmillion_days", path, optional=True)
    if days and int(days.replace(",", "")) > 36_600:
        raise UnreadableDocument(f"{path}: line {row.line}: tenmillion_days is {days!r}, more than a century of days",
                                 hint="fix that cell or remove the line")
    return days


def _date(value: str, row: Row, path: Path, column: str) -> str:
    """An ISO day from YYYY-MM-DD or YYYYMMDD that is a day of the calendar; "" for an empty cell."""
    value = raw = value.strip()
    if not value:
        return ""
    if len(value) == 8 and value.isdigit():
        value = f"{value[:4]}-{value[4:6]}-{value[6:]}"
    if len(value) != 10 or not (value[:4] + value[5:7] + value[8:]).isdigit() or value[4] + value[7] != "--":
        raise UnreadableDocument(f"{path}: line {row.line}: {column} is {value!r}, not a date",
                                 hint="dates are YYYY-MM-DD or YYYYMMDD")
    # shaped like a date is not enough: 20241399 would be stored as 2024-13-99
    return check_date(value, f"{path}: line {row.line}: {column}" + (f" {raw!r}, read as" if raw != value else ""))


# ---------------------------------------------------------------- rendering a document


class _Writer:
    """Builds a document's text line by line, keeping each value's offsets."""

    def __init__(self, title: str, description: str) -> None:
        self.text = f"{title}\n{description}"
        self.fields: list[Field] = []

    def field(self, name: str, label: str, value: str) -> None:
        if not value or value == "NA":
            return
        self.text += f"\n{label}: "
        self.fields.append(Field(name, value, len(self.text), len(self.text) + len(value)))
        self.text += value

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
        self.text += "\n\n"
        start = len(self.text)
        self.text += " | ".join(header)
        cells: list[tuple[Cell, ...]] = []
        for values in rows:
            self.text += "\n"
            row: list[Cell] = []
            for i, value in enumerate(values):
                if i:
                    self.text += " | "
                row.append(Cell(value, len(self.text), len(self.text) + len(value)))
                self.text += value
            cells.append(tuple(row))
        return Table((), tuple(header), tuple(cells), start, len(self.text))


def _document(path: Path, anchor: str, kind: str, w: _Writer, title: str, published: str, code: str = "",
              tables: tuple[Table, ...] = ()) -> Document:
    return Document(
        id=document_id(w.text), source=f"{path}#{anchor}", format=FORMAT, kind="dataset", site=SITE,
        text=w.text, language="ko", title=title, published=published, licence=LICENCE,
        fields=(Field("list", kind, 0, 0), *w.fields), tables=tables,
        external_ids=(("kobis", code),) if code else (),
    )


def _alltime(path: Path, kind: str) -> Iterator[Document]:
    for row in iter_rows(path):
        title = row["film_title"]
        if not title:
            continue
        w = _Writer(title, f"KOBIS {LISTS[kind]}, as of {ALLTIME_OBTAINED}")
        w.field("title_en", "English title", row["film_title_en"])
        w.field("rank", "Rank", _number(row, "rank", path))
        w.field("release_date", "Release date", _date(row["release_date"], row, path, "release_date"))
        w.field("genre", "Genre", row["genre"])
        w.field("tenmillion_days", "Days to 10 million admissions", _days(row, path))
        w.field("sales", "Sales (KRW)", _number(row, "sales", path, optional=True))
        w.field("admissions", "Admissions", _number(row, "audience", path))
        w.field("screens", "Screens", _number(row, "screens", path, optional=True))
        w.field("nation", "Country of production", row["production_main"])
        w.field("distributor", "Distributor", row["film_distribution"])
        yield _document(path, f"line={row.line}", kind, w, title, ALLTIME_OBTAINED)


def _films(path: Path, kind: str) -> Iterator[Document]:
    """The 2013–2020 exports (with or without director and cast) and the Open API movie list."""
    header_rows = 2 if kind == "films_raw" else 1
    rows = list(iter_rows(path, header_rows))
    title_col = "영화명" if kind == "films_raw" else "Movie"
    open_col = "Open" if kind == "movies" else "개봉일"
    opens = [_date(r[open_col], r, path, open_col) for r in rows]
    as_of = max((d for d in opens if d), default="")
    for row, opened in zip(rows, opens, strict=True):
        title = row[title_col]
        if not title:
            continue
        code = row[""] if kind == "movies" else ""
        taken = f", figures taken on or after {as_of}" if as_of else ""
        w = _Writer(title, f"KOBIS {LISTS[kind]}{taken}")
        w.field("movie_code", "Movie code", code)
        w.field("release_date", "Release date", opened)
        if kind == "films_raw":
            w.field("screens", "Screens", _number(row, "전국 스크린수", path, optional=True))
            w.field("sales", "Sales (KRW)", _number(row, "전국 매출액", path, optional=True))
            w.field("admissions", "Admissions", _number(row, "전국 관객수", path))
            w.field("genre", "Genre", row["장르"])
            w.field("rating", "Rating", row["등급"])
        else:
            w.field("screens", "Screens", _number(row, "Screen", path, optional=True))
            w.field("sales", "Sales (KRW)", _number(row, "Sales", path, optional=True))
            w.field("admissions", "Admissions", _number(row, "Audience", path))
            w.field("genre", "Genre", row["장르"] or row["genres"])
            w.field("rating", "Rating", row["Rate"] or row["watchGradeNm"])
            w.field("director", "Director", row["감독"])
            w.field("cast", "Cast", row["배우"])
        yield _document(path, f"line={row.line}", kind, w, title, as_of, code)


def _daily(path: Path) -> Iterator[Document]:
    """One document per film (movie code), its days in date order, one row per day."""
    films: dict[str, dict[str, tuple[int, Row]]] = {}  # code → date → (preference, row)
    filters: dict[str, set[tuple[str, str]]] = {}  # code → the queries it was answered to: K/F say its nation
    order = list(RANKED_AMONG)
    for row in iter_rows(path):
        code = row["movieCd"]
        if not code or not row["movieNm"]:
            continue
        filt = (row["multiMovieYn"], row["repNationCd"])
        filters.setdefault(code, set()).add(filt)
        preference = order.index(filt) if filt in RANKED_AMONG else len(order)
        day = _date(row["dt"], row, path, "dt")
        kept = films.setdefault(code, {}).get(day)
        if kept is None or preference < kept[0]:
            films[code][day] = (preference, row)
    for code, days in films.items():
        ordered = [days[d] for d in sorted(days)]
        first = ordered[0][1]
        title = first["movieNm"]
        w = _Writer(title, f"KOBIS {LISTS['daily']}, movie code {code}")
        w.field("movie_code", "Movie code", code)
        w.field("release_date", "Release date", _date(first["openDt"], first, path, "openDt"))
        nation = "Korean" if ("", "K") in filters[code] else "foreign" if ("", "F") in filters[code] else ""
        w.field("nation", "Nation", nation)
        rows = []
        for _, r in ordered:
            among = RANKED_AMONG.get((r["multiMovieYn"], r["repNationCd"]), "")
            rows.append((_date(r["dt"], r, path, "dt"), _number(r, "rank", path), among,
                         _number(r, "audiCnt", path), _number(r, "audiAcc", path), _number(r, "salesAmt", path),
                         _number(r, "salesAcc", path), _number(r, "scrnCnt", path), _number(r, "showCnt", path)))
        table = w.table(DAILY_COLUMNS, rows)
        yield _document(path, f"movieCd={code}", "daily", w, title, rows[-1][0], code, (table,))


def iter_documents(path: Path, on_bad: Callable[[str, str], None] | None = None) -> Iterator[Document]:
    """Every film's document in a KOBIS file; none for the files that are about no film. A bad row
    fails the file whatever `on_bad` says: an export is all or nothing."""
    kind = file_kind(path)
    if kind == "daily":
        yield from _daily(path)
    elif kind in {"top500", "tenmillion"}:
        yield from _alltime(path, kind)
    elif kind in {"films", "films_raw", "movies"}:
        yield from _films(path, kind)
    elif not kind:
        raise UnreadableDocument(f"{path}: not a KOBIS file (no known header)",
                                 hint="give a KOBIS daily box office, all-time list or film export CSV")
