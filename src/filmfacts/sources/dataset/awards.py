"""Award nomination tables → one `dataset` document a nomination, about the nominated film.

    the_oscar_award   year_film,year_ceremony,ceremony,category,name,film,winner
                      1927,1928,1,ACTOR,Emil Jannings,The Last Command,True
    gg / cc awards    Year,Actor,Character,Film,GG_Best_Actor_Drama,… (one-hot category columns)
                      2010,Michelle Williams,Cindy Hiller,Blue Valentine,0.0,1.0,…

Recognised by those headers. A row gives an `award` claim as extract/awards.py gives one (the
category, with the ceremony, the recipients, the outcome and the ceremony's year), the film's year,
and for acting categories the nominee as a cast member (with the character the table names). The
Oscar table says who won (`True`; an empty cell, the 2023 ceremony before its winners, is a
nomination); the Golden Globe and Critics' Choice tables list nominees without marking the winner,
so their rows are nominations. A row with no film (an honorary award) is about no film: no
document. A year that is not a year, a category column that is not 0 or 1, is reported with the
file and line.
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
from .card import Card, Line, OnBad, documents

FORMAT = "awards"
SITE = "Academy Awards database (The Oscar Award table)"
GG_SITE = "Golden Globe nominations (from Wikipedia's tables)"
CC_SITE = "Critics' Choice nominations (from Wikipedia's tables)"
SITES = (SITE, GG_SITE, CC_SITE)
LICENCE = "no licence stated (Kaggle 'The Oscar Award'; tables scraped from Wikipedia)"
TRUST = 0.8  # the ceremonies' own lists of nominees and winners
CARDS = True

OSCARS = ("year_film", "year_ceremony", "ceremony", "category", "name", "film", "winner")
ONE_HOT = ("Year", "Actor", "Character", "Film")
# One-hot column → (ceremony, category as the ceremony names it, years between the films and the ceremony)
CATEGORIES = {
    "GG_Best_Actor_Drama": "Best Actor – Motion Picture Drama",
    "GG_Best_Actress_Drama": "Best Actress – Motion Picture Drama",
    "GG_Best_Supporting_Actor": "Best Supporting Actor – Motion Picture",
    "GG_Best_Supporting_Actress": "Best Supporting Actress – Motion Picture",
    "GG_Best_Actor_Comedy_or_Musical": "Best Actor – Motion Picture Comedy or Musical",
    "GG_Best_Actress_Comedy_or_Musical": "Best Actress – Motion Picture Comedy or Musical",
    "Best_Actor": "Best Actor", "Best_Actress": "Best Actress",
    "Best_Supporting_Actor": "Best Supporting Actor", "Best_Supporting_Actress": "Best Supporting Actress",
}


def recognise(peek: Peek) -> bool:
    header = peek.header()
    return tuple(header) == OSCARS or (tuple(header[:4]) == ONE_HOT and len(header) > 4
                                       and all(c in CATEGORIES for c in header[4:]))


def iter_documents(path: Path, on_bad: OnBad = None) -> Iterator[Document]:
    """A document per nomination, streamed."""
    oscars = tuple(Peek.of(path).header()) == OSCARS
    make = _oscar if oscars else _one_hot
    return documents(((f"{path}#line={row.line}", partial(make, row, path)) for row in table_rows(path)),
                     on_bad)


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _acting(category: str) -> bool:
    return any(word in category.casefold() for word in ("actor", "actress"))


def _oscar(row: Row, path: Path) -> Card | None:
    where = f"{path}: line {row.line}"
    film = row["film"]
    if not film:
        return None  # an honorary award: about a person, no film
    year = check_year(row["year_film"], f"{where}: year_film")
    held = check_year(row["year_ceremony"], f"{where}: year_ceremony")
    number = row["ceremony"]
    if not number.isdigit():
        raise InvalidValue(f"{where}: ceremony is {number!r}, not a ceremony's number",
                           hint="fix that row or remove it (--skip-bad skips it)")
    winner = row["winner"].casefold()
    if winner not in ("true", "false", ""):
        raise InvalidValue(f"{where}: winner is {row['winner']!r}, not True or False",
                           hint="fix that row or remove it (--skip-bad skips it)")
    category, name = row["category"], row["name"]
    ceremony = f"{ordinal(int(number))} Academy Awards"
    lines = [Line("title", "Film", film), Line("publication_year", "Year", year)]
    lines.append(Line("award", "Category", category, {
        "ceremony": ceremony, "recipients": [name] if name else [film],
        "outcome": "won" if winner == "true" else "nominated", "year": int(held) if held else None}))
    lines.append(Line("note", "Nominee", name))
    if name and _acting(category):
        lines.append(Line("cast_member", "Actor", name))
    lines.append(Line("note", "Ceremony", f"{ceremony} ({held})"))
    return Card(film, lines, f"{path}#line={row.line}", FORMAT, SITE, LICENCE)


def _one_hot(row: Row, path: Path) -> Card | None:
    where = f"{path}: line {row.line}"
    film = row["Film"]
    if not film:
        return None
    year = check_year(row["Year"].removesuffix(".0"), f"{where}: Year")
    columns = [c for c in row.values if c in CATEGORIES]
    flags = {c: row[c] for c in columns}
    if bad := [c for c, v in flags.items() if v not in ("1.0", "0.0", "1", "0", "")]:
        raise InvalidValue(f"{where}: {bad[0]} is {flags[bad[0]]!r}, not 0 or 1",
                           hint="fix that row or remove it (--skip-bad skips it)")
    chosen = [c for c, v in flags.items() if v in ("1.0", "1")]
    if len(chosen) != 1:
        raise InvalidValue(f"{where}: {len(chosen)} categories marked, not one",
                           hint="fix that row or remove it (--skip-bad skips it)")
    golden = chosen[0].startswith("GG_")
    ceremony = "Golden Globe Awards" if golden else "Critics' Choice Movie Awards"
    actor, character = row["Actor"], row["Character"]
    lines = [Line("title", "Film", film), Line("publication_year", "Year", year),
             Line("award", "Category", CATEGORIES[chosen[0]], {
                 "ceremony": ceremony, "recipients": [actor] if actor else [film], "outcome": "nominated",
                 # the films of a year are honoured at the next year's ceremony
                 "year": int(year) + 1 if year else None})]
    if actor:
        lines.append(Line("cast_member", "Actor", actor, {"character": character}))
    lines.append(Line("note", "Ceremony", ceremony))
    return Card(film, lines, f"{path}#line={row.line}", FORMAT, GG_SITE if golden else CC_SITE, LICENCE)
