"""The pyJedAI "D7" entity-resolution tables (TMDB and TheTVDB records of one set of films, series,
episodes and people) → one `dataset` document a titled record.

    id|https://www.scads.de/movieBenchmark/ontology/title|…/name|http://dbpedia.org/ontology/abstract|…
    4|Windfall|||20|5||||1958-03-16||1958-01-01|||

Pipe-separated, columns named by the benchmark's ontology URIs (read by their last part: title,
releaseDate, runtime, genre_list, origin_country, episodeNumber, …); the TMDB table has
`origin_country`, the TVDB table `job`. A record with a title (a film, a series, an episode) is a
document: its title, date, year, running time, genres and country, and its row id as an external id
of its side (`jedai-tmdb`, `jedai-tvdb`: the gold pairs join on them); a record with only a name is a
person with no film here, so no document. The "clean" copies (`tmdbclean`, …) number the same
records alike: their numbers written as decimals are read as integers, so a record read from both is
one document. The gold pairs (`D1|D2`) are not records: they are listed, not read.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

from ...errors import InvalidValue
from ...model import Document
from ..checks import check_year
from ..datafile import Row, table_rows
from ..registry import Peek
from .card import Card, Line, OnBad, amount, check_id, day, documents, external

FORMAT = "jedai"
SITE = "TMDB vs TheTVDB benchmark tables (pyJedAI D7)"
SITES = (SITE,)
LICENCE = "Apache-2.0 (pyJedAI repository); TMDB and TheTVDB attribution terms apply to the records"
TRUST = 0.3  # API records copied into a benchmark
CARDS = True

ONTOLOGY = "https://www.scads.de/movieBenchmark/ontology/title"
GOLD = ("D1", "D2")


def _header(peek: Peek) -> list[str]:
    return peek.header("|")


def recognise(peek: Peek) -> bool:
    header = _header(peek)
    return (header[:2] == ["id", ONTOLOGY]) or tuple(header) == GOLD


def not_read(path: Path) -> str:
    if tuple(_header(Peek.of(path))) == GOLD:
        return "the benchmark's true matches between the two tables (for bench/match_bench.py), not records"
    return ""


def iter_documents(path: Path, on_bad: OnBad = None) -> Iterator[Document]:
    """A document per titled record, streamed."""
    columns = [c.rstrip("/").rpartition("/")[2] for c in _header(Peek.of(path))]
    side = "tmdb" if "origin_country" in columns else "tvdb"
    rows = table_rows(path, delimiter="|")
    return documents(((f"{path}#line={row.line}", partial(_record, row, path, side)) for row in rows), on_bad)


def _cell(row: Row, name: str) -> str:
    for column, value in row.values.items():
        if column.rstrip("/").rpartition("/")[2] == name:
            return value.strip()
    return ""


def _number(row: Row, name: str, where: str) -> str:
    return amount(_cell(row, name), where, name)


def _record(row: Row, path: Path, side: str) -> Card | None:
    where = f"{path}: line {row.line}"
    record = row["id"].removesuffix(".0")
    if not record:
        raise InvalidValue(f"{where}: no id", hint="fix that row or remove it (--skip-bad skips it)")
    check_id(record, r"\d{1,9}", where, "id")
    title = _cell(row, "title")
    if not title:
        return None  # a person: a name and no film
    released = day(_cell(row, "releaseDate"), where, "releaseDate")
    year = check_year(_cell(row, "release_year")[:4], f"{where}: release_year") or released[:4]
    lines = [Line("title", "Title", title), Line("release_date", "Release date", released, {"country": ""}),
             Line("publication_year", "Year", year),
             # a series gives its episodes' lengths ("25, 30"): the first is its usual one
             Line("running_time", "Running time (minutes)",
                  amount(_cell(row, "runtime").split(",")[0], where, "runtime"), {"cut": ""})]
    lines += [Line("genre", "Genre", g.strip()) for g in _cell(row, "genre_list").split(",") if g.strip()]
    lines += [Line("note", "Country code", c.strip()) for c in _cell(row, "origin_country").split(",") if c.strip()]
    season, episode = _number(row, "seasonNumber", where), _number(row, "episodeNumber", where)
    if episode:
        lines.append(Line("note", "Episode", f"season {season or '?'}, episode {episode}"))
    if seasons := _number(row, "numberOfSeasons", where):
        lines.append(Line("note", "Seasons", seasons))
    lines.append(external(f"jedai-{side}", f"{side.upper()} record", record))
    return Card(title, lines, f"{path}#line={row.line}", FORMAT, SITE, LICENCE)
