"""Film datasets, one document per row: the real Wikipedia film-list scrape and small rows."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from conftest import shared
from filmfacts.extract import run
from filmfacts.extract.subject import find_subject
from filmfacts.model import value_to_json
from filmfacts.sources import is_dump
from filmfacts.sources.dataset import film_rows

ROW = {"title": "Blue Harbor", "year": 2015, "cast": ["Kim Min-ki", ")", "Lee Su-jin"], "genres": ["Drama"],
       "href": "Blue_Harbor",
       "extract": "Blue Harbor is a 2015 South Korean drama film directed by Han Ji-won and starring Kim Min-ki."}


def test_rows_are_recognised_by_content(tmp_path: Path) -> None:
    plain = tmp_path / "films.data"
    plain.write_text(json.dumps([ROW]), encoding="utf-8")
    packed = tmp_path / "films.json.gz"
    packed.write_bytes(gzip.compress(json.dumps([ROW]).encode()))
    other = tmp_path / "other.json"
    other.write_text(json.dumps([{"name": "x"}]), encoding="utf-8")
    assert film_rows.is_film_rows(plain) and film_rows.is_film_rows(packed)
    assert not film_rows.is_film_rows(other) and not is_dump(plain)


def test_a_row_reads_like_a_page_with_an_infobox(tmp_path: Path) -> None:
    path = tmp_path / "films.json"
    path.write_text(json.dumps([ROW]), encoding="utf-8")
    (doc,) = film_rows.iter_documents(path)
    assert (doc.kind, doc.format, doc.title) == ("dataset", "film_rows", "Blue Harbor")
    assert doc.source.endswith("films.json#row=0")
    found = {(c.property, str(value_to_json(c.value))) for c in run(doc)}
    assert {("cast_member", "Kim Min-ki"), ("cast_member", "Lee Su-jin"), ("genre", "Drama"),
            ("publication_year", "2015"), ("director", "Han Ji-won"), ("country_of_origin", "South Korea")} <= found
    assert ("cast_member", ")") not in found  # scrape debris is not a person


def test_a_row_without_a_film_lead_is_still_about_its_film(tmp_path: Path) -> None:
    path = tmp_path / "films.json"
    path.write_text(json.dumps([{**ROW, "extract": "Blue Harbor is a television series about a port."}]))
    (doc,) = film_rows.iter_documents(path)
    assert find_subject(doc) == "Blue Harbor"


def test_the_real_2010s_list() -> None:
    path = shared("data", "wikipedia_american_films_prust", "movies-2010s.json.gz")
    rows = list(film_rows.iter_documents(path))
    assert len(rows) == 2512
    docs = {d.title: d for d in rows}
    inception = {(c.property, str(value_to_json(c.value))) for c in run(docs["Inception"])}
    assert {("director", "Christopher Nolan"), ("screenwriter", "Christopher Nolan"),
            ("cast_member", "Leonardo DiCaprio"), ("publication_year", "2010"), ("genre", "Action")} <= inception


def test_a_lone_surrogate_escape_is_a_bad_row_not_a_crash(tmp_path: Path) -> None:
    # found by bench/fuzz_bench.py: "\ud800" is valid JSON but half a character, which the document's
    # id (UTF-8) could not encode
    path = tmp_path / "films.json"
    path.write_text(json.dumps([{**ROW, "cast": ["Kim Min-ki\ud800"]}, ROW]), encoding="utf-8")
    bad: list[str] = []
    (doc,) = film_rows.iter_documents(path, on_bad=lambda source, message: bad.append(message))
    assert doc.title == "Blue Harbor"
    assert bad == [f"{path}: row 0 (line 1): '\\ud800' is half a character (a lone surrogate escape), not text; "
                   "fix that row or remove it"]
