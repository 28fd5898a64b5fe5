"""TMDB's movie table (the Kaggle "TMDB 5000" export of the TMDB API) → one `dataset` document a film.

    budget,genres,homepage,id,keywords,original_language,original_title,overview,popularity,
    production_companies,production_countries,release_date,revenue,runtime,spoken_languages,status,…
    237000000,"[{""id"": 28, ""name"": ""Action""}, …]",…,19995,…,en,Avatar,…,2009-12-10,2787965087,162,…

Recognised by that header (plain, gzip, or the zip of one CSV it is published as). Each row gives the
title (and the original title when the film's language is not English), the release date and year,
the running time, budget and revenue in US dollars (0 means unknown: no claim), genres, production
companies and countries, and its ids: the TMDB id, and the IMDb id when the export has `imdb_id`.
A JSON cell that does not parse, a missing or malformed id is reported with the file and line. The
credits table (`movie_id,title,cast,crew`, cast and crew as JSON) is read the same way when given:
cast members with their characters, and the crew's directors, writers, producers, composers,
cinematographers and editors.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path

from ...errors import InvalidValue
from ...model import Document
from ...writing_systems import script_of
from ..datafile import Row, table_rows
from ..registry import Peek
from .card import Card, Line, OnBad, amount, check_id, day, documents, external, names_in, parse_json

FORMAT = "tmdb"
SITE = "TMDB (The Movie Database)"
LICENCE = "TMDB API terms (attribution: this product uses the TMDB API but is not endorsed by TMDB)"
TRUST = 0.5  # crowd-edited; figures copied from trade sources, often rounded
CARDS = True

MOVIES = frozenset({"budget", "genres", "id", "original_title", "release_date", "revenue", "runtime", "title"})
CREDITS = frozenset({"movie_id", "title", "cast", "crew"})
# The countries TMDB names otherwise than the other readers do.
COUNTRIES = {"United States of America": "United States"}
# TMDB crew jobs → the properties the other readers give them.
JOBS = {"Director": "director", "Screenplay": "screenwriter", "Writer": "writer", "Producer": "producer",
        "Original Music Composer": "music", "Music": "music", "Director of Photography": "cinematography",
        "Editor": "editing"}
TMDB_ID = r"[1-9]\d{0,9}"
IMDB_TITLE = r"tt\d{7,9}"


def recognise(peek: Peek) -> bool:
    header = set(peek.header())
    return header >= MOVIES or (header >= CREDITS and len(header) == len(CREDITS))


def iter_documents(path: Path, on_bad: OnBad = None) -> Iterator[Document]:
    """A document per film row, streamed."""
    credits = set(Peek.of(path).header()) == CREDITS
    make = _credits if credits else _movie
    return documents(((f"{path}#line={row.line}", partial(make, row, path)) for row in table_rows(path)),
                     on_bad)


def _required(row: Row, column: str, where: str, pattern: str = "") -> str:
    """A cell every row must have (the id, the title), checked to be of its shape."""
    value = row[column]
    if not value:
        raise InvalidValue(f"{where}: no {column}", hint="fix that row or remove it (--skip-bad skips it)")
    return check_id(value, pattern, where, column) if pattern else value


def _movie(row: Row, path: Path) -> Card:
    where = f"{path}: line {row.line}"
    tmdb_id = _required(row, "id", where, TMDB_ID)
    title = _required(row, "title", where)
    language = row["original_language"] or "en"
    released = day(row["release_date"], where, "release_date")
    lines = [Line("title", "Title", title)]
    original = row["original_title"]
    if original and original != title:
        script = script_of(original)
        lines.append(Line("native_title" if script != "Latin" else "title", "Original title", original,
                          {"language": language, "script": script} if script != "Latin" else {"language": language}))
    lines += [Line("release_date", "Release date", released, {"country": ""}),
              Line("publication_year", "Year", released[:4]),
              Line("running_time", "Running time (minutes)", amount(row["runtime"], where, "runtime"), {"cut": ""})]
    if budget := amount(row["budget"], where, "budget"):
        lines.append(Line("budget", "Budget", f"{budget} USD"))
    if revenue := amount(row["revenue"], where, "revenue"):
        lines.append(Line("gross", "Revenue", f"{revenue} USD", {"scope": "worldwide", "undated": True}))
    lines += [Line("genre", "Genre", g) for g in names_in(parse_json(row["genres"], where, "genres"), where, "genres")]
    companies = names_in(parse_json(row["production_companies"], where, "production_companies"), where,
                         "production_companies")
    lines += [Line("production_company", "Production company", c, {"country": ""}) for c in companies]
    countries = names_in(parse_json(row["production_countries"], where, "production_countries"), where,
                         "production_countries")
    lines += [Line("country_of_origin", "Country", COUNTRIES.get(c, c)) for c in countries]
    lines.append(external("tmdb", "TMDB id", tmdb_id))
    if imdb := row["imdb_id"]:
        lines.append(external("imdb", "IMDb id", check_id(imdb, IMDB_TITLE, where, "imdb_id")))
    return Card(title, lines, f"{path}#line={row.line}", FORMAT, SITE, LICENCE)


def _credits(row: Row, path: Path) -> Card:
    where = f"{path}: line {row.line}"
    tmdb_id = _required(row, "movie_id", where, TMDB_ID)
    title = _required(row, "title", where)
    lines = [Line("title", "Title", title), external("tmdb", "TMDB id", tmdb_id)]
    cast = parse_json(row["cast"], where, "cast")
    crew = parse_json(row["crew"], where, "crew")
    names_in(cast, where, "cast")  # checks the shape
    for member in cast:
        if isinstance(member.get("name"), str) and member["name"].strip():
            character = member.get("character") if isinstance(member.get("character"), str) else ""
            lines.append(Line("cast_member", "Cast", member["name"].strip(), {"character": character.strip()}))
    names_in(crew, where, "crew")
    for member in crew:
        prop = JOBS.get(str(member.get("job", "")))
        if prop and isinstance(member.get("name"), str) and member["name"].strip():
            lines.append(Line(prop, str(member["job"]), member["name"].strip()))
    return Card(title, lines, f"{path}#line={row.line}", FORMAT, SITE, LICENCE)
