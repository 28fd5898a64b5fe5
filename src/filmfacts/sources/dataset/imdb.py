"""IMDb's non-commercial datasets (datasets.imdbws.com: tab-separated, `\\N` for nothing, plain or gzip)
→ one `dataset` document a title.

    title.basics       tconst titleType primaryTitle originalTitle isAdult startYear endYear runtimeMinutes genres
                       tt0118799 movie Life Is Beautiful La vita è bella 0 1997 \\N 116 Comedy,Drama,Romance
    title.crew         tconst directors writers                            (nconst lists)
    title.principals   tconst ordering nconst category job characters      (characters as a JSON list)
    name.basics        nconst primaryName birthYear deathYear primaryProfession knownForTitles

Recognised by those headers. `title.basics` is the one read, a title a document (its title, original
title, year, running time, genres and IMDb id); the crew, principals and names beside it add the
directors, writers, cast (with characters), producers, composers, cinematographers and editors. The
side files are gathered in memory before the titles stream (fine for a slice; the full dump's 10
million names want a store of their own first); alone, they hold no titles and are listed, not read.
An id not shaped `tt` + digits, a year that is not one, a characters cell that is not JSON is
reported with the file and line.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from ...errors import InvalidValue
from ...model import Document
from ..checks import check_year
from ..datafile import Row, table_rows
from ..registry import Peek
from .card import Card, Line, OnBad, amount, check_id, documents, external

FORMAT = "imdb"
SITE = "IMDb (non-commercial datasets)"
LICENCE = "IMDb non-commercial licence: personal and non-commercial use only"
TRUST = 0.7  # edited against studio and guild credits
CARDS = True

BASICS = ("tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear", "endYear",
          "runtimeMinutes", "genres")
CREW = ("tconst", "directors", "writers")
PRINCIPALS = ("tconst", "ordering", "nconst", "category", "job", "characters")
NAMES = ("nconst", "primaryName", "birthYear", "deathYear", "primaryProfession", "knownForTitles")
SIDES = {CREW: "crew", PRINCIPALS: "principals", NAMES: "names"}
CATEGORIES = {"actor": "cast_member", "actress": "cast_member", "self": "cast_member", "director": "director",
              "writer": "screenwriter", "producer": "producer", "composer": "music",
              "cinematographer": "cinematography", "editor": "editing"}
TITLE_ID, NAME_ID = r"tt\d{7,9}", r"nm\d{7,9}"
NULL = "\\N"


def _header(peek: Peek) -> tuple[str, ...]:
    return tuple(peek.header("\t"))


def recognise(peek: Peek) -> bool:
    return _header(peek) == BASICS or _header(peek) in SIDES


def not_read(path: Path) -> str:
    side = SIDES.get(_header(Peek.of(path)))
    return f"IMDb {side} without titles, read with the title.basics beside it" if side else ""


def _rows(path: Path) -> Iterator[Row]:
    return table_rows(path, delimiter="\t", quoting=csv.QUOTE_NONE)


def _cell(row: Row, column: str) -> str:
    value = row[column]
    return "" if value == NULL else value


def _beside(path: Path, header: tuple[str, ...]) -> list[Path]:
    return [p for p in sorted(path.parent.iterdir()) if p.is_file() and p != path and _header(Peek.of(p)) == header]


def _people(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    """tconst → [(property, nconst, character)] from the crew and principals files beside `path`."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for crew in _beside(path, CREW):
        for row in _rows(crew):
            for column, prop in (("directors", "director"), ("writers", "screenwriter")):
                out[row["tconst"]] += [(prop, n, "") for n in _cell(row, column).split(",") if n]
    for principals in _beside(path, PRINCIPALS):
        for row in _rows(principals):
            prop = CATEGORIES.get(row["category"], "")
            if not prop:
                continue
            characters = _cell(row, "characters")
            try:
                named = json.loads(characters) if characters else []
            except json.JSONDecodeError as err:
                raise InvalidValue(f"{principals}: line {row.line}: characters is not valid JSON ({err.msg})",
                                   hint="fix that cell or remove the line") from None
            character = "; ".join(c for c in named if isinstance(c, str)) if isinstance(named, list) else ""
            entry = (prop, row["nconst"], character)
            if entry not in out[row["tconst"]] and (prop, row["nconst"], "") not in out[row["tconst"]]:
                out[row["tconst"]].append(entry)
    return out


def _names(path: Path, wanted: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for names in _beside(path, NAMES):
        for row in _rows(names):
            if row["nconst"] in wanted:
                out[row["nconst"]] = _cell(row, "primaryName")
    return out


def iter_documents(path: Path, on_bad: OnBad = None) -> Iterator[Document]:
    """A document per title of title.basics, streamed, with the people the files beside it give."""
    people = _people(path)
    names = _names(path, {n for entries in people.values() for _, n, _ in entries})
    return documents(((f"{path}#line={row.line}", partial(_title, row, path, people, names))
                      for row in _rows(path)), on_bad)


def _title(row: Row, path: Path, people: dict[str, list[tuple[str, str, str]]], names: dict[str, str]) -> Card:
    where = f"{path}: line {row.line}"
    tconst = check_id(row["tconst"], TITLE_ID, where, "tconst")
    title = _cell(row, "primaryTitle")
    if not title:
        raise InvalidValue(f"{where}: no primaryTitle", hint="fix that row or remove it (--skip-bad skips it)")
    year = check_year(_cell(row, "startYear"), f"{where}: startYear")
    lines = [Line("title", "Title", title)]
    if (original := _cell(row, "originalTitle")) and original != title:
        lines.append(Line("note", "Original title", original))
    lines += [Line("publication_year", "Year", year), Line("note", "Type", _cell(row, "titleType")),
              Line("running_time", "Running time (minutes)", amount(_cell(row, "runtimeMinutes"), where,
                                                                    "runtimeMinutes"), {"cut": ""})]
    lines += [Line("genre", "Genre", g) for g in _cell(row, "genres").split(",") if g]
    for prop, nconst, character in people.get(tconst, []):
        if name := names.get(nconst):
            lines.append(Line(prop, prop.replace("_", " ").capitalize(), name,
                              {"character": character} if prop == "cast_member" and character else {}))
            lines.append(Line("note", "IMDb name id", nconst))
    lines.append(external("imdb", "IMDb id", tconst))
    return Card(title, lines, f"{path}#line={row.line}", FORMAT, SITE, LICENCE)
