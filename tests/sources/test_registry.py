"""The reader registry: each file goes to the reader that recognises its content, whatever its name."""

from __future__ import annotations

import bz2
import gzip
import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from filmfacts.sources import readers
from filmfacts.sources.registry import PAGE, datasets, file_readers, reader_for

FIXTURES = ROOT / "tests" / "fixtures"
ROW = {"title": "Blue Harbor", "year": 2015, "cast": ["Kim Min-ki"], "genres": ["Drama"]}
DUMP = b'<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/"><page><title>X</title></page></mediawiki>'


def test_every_dataset_module_is_a_rows_reader() -> None:
    assert {r.format for r in datasets()} >= {"film_rows", "kobis"}
    assert all(r.mode == "rows" and r.family == "dataset" for r in datasets())
    assert file_readers()[0].format == "mediawiki" and file_readers()[0].mode == "dump"
    assert [m.FORMAT for m in readers()] == ["article", "html", "wikitext", "rendered_wiki", "wikipedia_extract"]


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("rows.txt", json.dumps([ROW]).encode(), "film_rows"),
    ("rows.csv", gzip.compress(json.dumps([ROW]).encode()), "film_rows"),
    ("pages.json", DUMP, "mediawiki"),
    ("pages.gz", bz2.compress(DUMP), "mediawiki"),
    ("story.csv", b"Blue Harbor is a 2015 South Korean drama film directed by Han Ji-won.\n", "page"),
])
def test_the_content_decides_not_the_name(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert reader_for(path).format == expected


@pytest.mark.parametrize("fixture", sorted((FIXTURES / "kobis").iterdir()), ids=lambda p: p.name)
def test_kobis_exports_go_to_the_kobis_reader(tmp_path: Path, fixture: Path) -> None:
    renamed = tmp_path / "data.txt"  # a misleading name changes nothing
    shutil.copy(fixture, renamed)
    assert reader_for(renamed).format == "kobis"


@pytest.mark.parametrize("page", sorted((FIXTURES / "articles").iterdir()), ids=lambda p: p.name)
def test_pages_are_one_document(page: Path) -> None:
    assert reader_for(page) is PAGE
