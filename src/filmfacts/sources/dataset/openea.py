"""Knowledge-graph triples in the OpenEA layout (MovieGraphBenchmark's TheTVDB graph) → one `dataset`
document a titled entity (an episode, a series), with its people.

    attr_triples   subject<TAB>property<TAB>literal^^<xsd type>   (literals may be quoted, with line breaks)
                   …/TVDB/episode14152	…/ontology/title	Windfall^^<…#string>
    rel_triples    subject<TAB>property<TAB>object                (rdf:type, participated_in, is_episode_of)
    links          uri<TAB>uri  or  uri,uri,…                    (the true matches, clusters, folds)

Recognised by their shape. The attribute file is read with the relation file beside it: an episode's
title, date, season and episode, its series, and the people who `participated_in` it with their
`job` (directors, writers, actors and guest stars become director, screenwriter and cast claims);
its id is the entity's local name (`tvdb`: `episode14152`). OpenEA files are not grouped by entity,
so a file's entities are gathered in memory before their documents are written (the benchmark's
graph has 8,000 entities; a larger graph should be sorted by subject first). The link files and
lists of ids are the benchmark's gold standard, not records: listed, not read.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from ...errors import InvalidValue
from ...model import Document
from ..datafile import table_rows
from ..registry import Peek
from .card import Card, Line, OnBad, check_id, day, documents, external

FORMAT = "openea"
SITE = "TheTVDB graph (MovieGraphBenchmark)"
LICENCE = "research data (MovieGraphBenchmark, no licence file); TheTVDB attribution terms apply"
TRUST = 0.3  # API records copied into a benchmark
CARDS = True

_URI = re.compile(r"https?://\S+")
_LITERAL = re.compile(r"^(.*?)(?:\^\^<[^>]*>)?$", re.S)
_ID_LIST = re.compile(r"(?:nm|tt)\d{7,9}")
JOBS = {"director": "director", "directors": "director", "dir": "director", "writers": "screenwriter",
        "actor": "cast_member", "actors": "cast_member", "guestStars": "cast_member"}
TITLED = ("episode", "tvSeries", "movie", "film")


def _cells(line: str) -> list[str]:
    return line.split("\t")


def shape(peek: Peek) -> str:
    """"attributes", "relations", "links", "ids" or "" from the first line."""
    if not peek.lines:
        return ""
    first = peek.lines[0]
    cells = _cells(first)
    if len(cells) == 3 and _URI.fullmatch(cells[0]) and _URI.fullmatch(cells[1]):
        if _URI.fullmatch(cells[2]):
            return "relations"
        return "attributes" if "^^<http://www.w3.org/2001/XMLSchema#" in first or cells[2] else ""
    if (len(cells) == 2 and all(_URI.fullmatch(c) for c in cells)) or \
            ("," in first and all(_URI.fullmatch(c) for c in first.split(","))):
        return "links"
    if all(_ID_LIST.fullmatch(cell.strip()) for line in peek.lines[:20] for cell in _cells(line)):
        return "ids"
    return ""


def recognise(peek: Peek) -> bool:
    kind = shape(peek)
    return kind == "ids" or (bool(kind) and "movieBenchmark" in peek.lines[0])


def not_read(path: Path) -> str:
    kind = shape(Peek.of(path))
    if kind == "relations":
        return "relations between the graph's entities, read with the attribute triples beside it"
    if kind == "links":
        return "the benchmark's true matches between databases (its gold standard), not records"
    if kind == "ids":
        return "IMDb ids the benchmark keeps or leaves out, not records"
    return ""


def _local(uri: str) -> str:
    return uri.rstrip("/").rpartition("/")[2]


def _value(literal: str) -> str:
    m = _LITERAL.match(literal)
    return (m.group(1) if m else literal).strip()


def iter_documents(path: Path, on_bad: OnBad = None) -> Iterator[Document]:
    """A document per titled entity; the relations come from the file beside it."""
    attributes: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in table_rows(path, delimiter="\t", columns=("s", "p", "o")):
        where = f"{path}: line {row.line}"
        subject = row["s"]
        if not _URI.fullmatch(subject):
            raise InvalidValue(f"{where}: subject {subject!r} is not a URI", hint="fix that line or remove it")
        attributes[subject][_local(row["p"])].append(_value(row["o"]))
    episodes_of: dict[str, list[str]] = defaultdict(list)  # episode → people nodes
    series_of: dict[str, str] = {}
    for other in sorted(path.parent.iterdir()):
        if other.is_file() and shape(Peek.of(other)) == "relations":
            for row in table_rows(other, delimiter="\t", columns=("s", "p", "o"), quoting=csv.QUOTE_NONE):
                prop = _local(row["p"])
                if prop == "participated_in":
                    episodes_of[row["o"]].append(row["s"])
                elif prop == "is_episode_of":
                    series_of[row["s"]] = row["o"]
    entities = [(s, a) for s, a in attributes.items() if a.get("title") and _local(s).startswith(TITLED)]
    return documents(((f"{path}#{_local(s)}", partial(_entity, s, a, path, attributes, episodes_of, series_of))
                      for s, a in entities), on_bad)


def _entity(subject: str, attrs: dict[str, list[str]], path: Path, graph: dict[str, dict[str, list[str]]],
            episodes_of: dict[str, list[str]], series_of: dict[str, str]) -> Card:
    local = _local(subject)
    where = f"{path}: {local}"
    check_id(local, r"[A-Za-z]+\d+", where, "entity")
    title = attrs["title"][0]
    released = day(attrs.get("releaseDate", [""])[0], where, "releaseDate")
    lines = [Line("title", "Title", title), Line("release_date", "Release date", released, {"country": ""}),
             Line("publication_year", "Year", released[:4])]
    if series := series_of.get(subject):
        lines.append(Line("note", "Series", (graph.get(series, {}).get("title") or [_local(series)])[0]))
    if attrs.get("episodeNumber"):
        lines.append(Line("note", "Episode", f"season {attrs.get('seasonNumber', ['?'])[0]}, "
                                              f"episode {attrs['episodeNumber'][0]}"))
    for person in episodes_of.get(subject, []):
        node = graph.get(person, {})
        name, job = (node.get("name") or [""])[0], (node.get("job") or [""])[0]
        if name and (prop := JOBS.get(job)):
            lines.append(Line(prop, job, name))
    lines.append(external("tvdb", "TheTVDB entity", local))
    return Card(title, lines, f"{path}#{local}", FORMAT, SITE, LICENCE)
