"""MovieLens (GroupLens) movie lists → one `dataset` document a film, with its IMDb and TMDB ids.

    movies.csv   movieId,title,genres            1,Toy Story (1995),Adventure|Animation|Children|…
    links.csv    movieId,imdbId,tmdbId           1,0114709,862

Recognised by those headers. `movies.csv` is the one read: the title as MovieLens writes it, its
English article moved back to the front ("American President, The (1995)" is "The American
President", 1995), the year in brackets, the genres, and the ids: MovieLens's own, and, from the
`links.csv` beside it, IMDb's (`tt` and seven digits) and TMDB's. `links.csv` alone holds ids and no
titles: building the folder reads it through `movies.csv`, and it is listed as such. The links are
held in memory (a few hundred thousand ids at most); the movies stream.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from ...errors import InvalidValue
from ...model import Document
from ..checks import check_year
from ..datafile import Row, table_rows
from ..registry import Peek
from .card import Card, Line, OnBad, check_id, documents, external

FORMAT = "movielens"
SITE = "MovieLens (GroupLens)"
LICENCE = "GroupLens usage licence: no commercial use without permission; cite Harper & Konstan 2015"
TRUST = 0.4  # titles and years as a recommender site keeps them; ids joined by its maintainers
CARDS = True

MOVIES = ("movieId", "title", "genres")
LINKS = ("movieId", "imdbId", "tmdbId")
_YEAR = re.compile(r"^(.*?)\s*\((\d{4})(?:[-–]\d{0,4})?\)\s*$")
_ARTICLE = re.compile(r"^(.*), (The|A|An|Les|La|Le|L'|Il|El|Das|Der|Die|Los|Las)$")


def recognise(peek: Peek) -> bool:
    return tuple(peek.header()) in (MOVIES, LINKS)


def _links_beside(path: Path) -> Path | None:
    for other in sorted(path.parent.iterdir()):
        if other != path and other.is_file() and tuple(Peek.of(other).header()) == LINKS:
            return other
    return None


def not_read(path: Path) -> str:
    """links.csv holds ids, no titles: it is read with the movies.csv beside it."""
    if tuple(Peek.of(path).header()) != LINKS:
        return ""
    return "MovieLens ids without titles, read with the movies.csv beside it"


def iter_documents(path: Path, on_bad: OnBad = None) -> Iterator[Document]:
    """A document per movie, streamed; ids from the links.csv beside it."""
    links = _links(found) if (found := _links_beside(path)) else {}
    return documents(((f"{path}#line={row.line}", partial(_movie, row, path, links))
                      for row in table_rows(path)), on_bad)


def _links(path: Path) -> dict[str, tuple[str, str]]:
    out = {}
    for row in table_rows(path):
        where = f"{path}: line {row.line}"
        imdb = row["imdbId"]
        tmdb = row["tmdbId"].removesuffix(".0")
        out[row["movieId"]] = (
            "tt" + check_id(imdb, r"\d{7,9}", where, "imdbId") if imdb else "",
            check_id(tmdb, r"[1-9]\d{0,9}", where, "tmdbId") if tmdb else "")
    return out


def title_and_year(written: str) -> tuple[str, str]:
    """`American President, The (1995)` → ("The American President", "1995")."""
    title, year = written.strip(), ""
    if m := _YEAR.match(title):
        title, year = m.group(1), m.group(2)
    if m := _ARTICLE.match(title):
        title = f"{m.group(2)} {m.group(1)}" if not m.group(2).endswith("'") else f"{m.group(2)}{m.group(1)}"
    return title, year


def _movie(row: Row, path: Path, links: dict[str, tuple[str, str]]) -> Card:
    where = f"{path}: line {row.line}"
    movie_id = row["movieId"]
    if not movie_id:
        raise InvalidValue(f"{where}: no movieId", hint="fix that row or remove it (--skip-bad skips it)")
    check_id(movie_id, r"[1-9]\d{0,9}", where, "movieId")
    if not row["title"]:
        raise InvalidValue(f"{where}: no title", hint="fix that row or remove it (--skip-bad skips it)")
    title, year = title_and_year(row["title"])
    year = check_year(year, f"{where}: the year in the title")
    lines = [Line("title", "Title", title), Line("publication_year", "Year", year)]
    genres = row["genres"]
    if genres and genres != "(no genres listed)":
        lines += [Line("genre", "Genre", g) for g in genres.split("|") if g.strip()]
    lines.append(external("movielens", "MovieLens id", movie_id))
    imdb, tmdb = links.get(movie_id, ("", ""))
    lines += [external("imdb", "IMDb id", imdb), external("tmdb", "TMDB id", tmdb)]
    return Card(title, lines, f"{path}#line={row.line}", FORMAT, SITE, LICENCE)
