"""Inputs the fuzz runs found (tests/fixtures/fuzz): each is read and extracted, or refused with a one-line
message, within a CPU cap, as a build would."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_hostile_patterns import cpu_cap

from conftest import ROOT
from filmfacts import FilmfactsError

sys.path.insert(0, str(ROOT / "bench"))

from fuzz_formats import read_and_extract

FOUND = sorted(p for p in (ROOT / "tests" / "fixtures" / "fuzz").iterdir() if p.name != "README.md")


@pytest.mark.parametrize("path", FOUND, ids=[p.name for p in FOUND])
def test_a_found_input_is_read_or_refused_within_the_cap(path: Path) -> None:
    # number-list: "on May 13, 23, 23, …" tried for "respectively" to the list's end from each number (13 CPU s;
    #   the run's input was a 24 KB mutation of a films fixture, kept as a page with a line of the same shape);
    # split-attributes: "ass=wikiass=wiki…" before no template was split every way (over 10 CPU s);
    # tab-after-highest: "highest" and a tab, no space, then a word (IndexError in extract/places.py);
    # tab-in-quotes: a quoted title with a tab at an end (IndexError in film_phrases.quoted_title)
    refused: list[FilmfactsError] = []
    with cpu_cap(3.0):
        try:
            read = list(read_and_extract(path, refused))
        except FilmfactsError as err:
            assert "\n" not in str(err)
            return
    assert read or refused
