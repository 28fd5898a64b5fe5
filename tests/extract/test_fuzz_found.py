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
    # mentions-before-a-run: 18,636 mentions each read a long run of closing quotes after it to its end
    #   (descriptors._after, article_titles._HANGUL_PAREN: over 60 CPU s; 9d7707b, seed 46);
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


@pytest.mark.parametrize(("before", "space", "after"), [
    ("was", " ", "x"), ("top", " ", "x"), ("a", "\t", "x"), ('"', " ", "x"), ("»", " ", "x"),
    ("share", "\u00a0", "x"), ("The film drew", " ", "1.2 million viewers.")])
def test_a_line_of_whitespace_as_long_as_a_line_may_be_is_read_within_the_cap(
        tmp_path: Path, before: str, space: str, after: str) -> None:
    # The fuzz's inputs are at most 2 KB; a line may be 100,000 characters (--max-line). A run of spaces
    # after a word was split between two `\s` quantifiers every way, from the one place the pattern could
    # start: after "was" (places._CHART) minutes, after "a" or "top" at a line's start (the share-button
    # lines of sources/article/lines.py) and after a quote (crew._WITH_CUE) 30-60 s, after any
    # word (box_office._TIME_CLAUSE_BREAK's "\s+but") 9-13 s
    from filmfacts.sources.limits import Limits

    lead = "Night Harbor is a 2016 South Korean thriller film directed by Kim Ji-woon and starring Song Kang-ho."
    run = space * (Limits().line - len(before) - len(after))
    page = tmp_path / "page.txt"
    page.write_text(f"{lead} It was released on July 20, 2016.\n\n{before}{run}{after}\n\nIt was a hit.\n",
                    encoding="utf-8")
    refused: list[FilmfactsError] = []
    with cpu_cap(5.0):
        read = list(read_and_extract(page, refused))
    assert read and not refused
