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
    # clause-run: a sentence of 60,000 spaces before "on Saturday" tried for a clause's "but", "while" or
    #   "and then" from each space (mentions._CLAUSE_BREAK: 17 CPU s; 1a41310, seed 51);
    # headline-quotes: a headline of 18,637 quoted phrases, each resolved against the titles known so far,
    #   a list made anew for each (mentions._mentions: 14 CPU s; 1a41310, seed 52)
    refused: list[FilmfactsError] = []
    with cpu_cap(5.0):
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


@pytest.mark.parametrize(("fixture", "after"), [
    ("markup/parasite/wikipedia.wiki", "[[Bong Joon-ho]]"),  # the end of an infobox field's value
    ("markup/parasite/wikipedia.wiki", "* Kwak"),  # inside a name of a field's list
    ("films/parasite/wikipedia.txt", "It stars Song"),  # inside the first name of a sentence's cast list
])
def test_a_line_long_run_of_ideographic_spaces_in_a_field_or_a_list_is_read_within_the_cap(
        tmp_path: Path, fixture: str, after: str) -> None:
    # Wikitext made one space of a run of ASCII or no-break spaces, not of ideographic ones, and an article
    # keeps them all; each run was tried from each of its places by a pattern starting with "\s": an
    # infobox value's separators and its "(note)" after a name (extract/infobox_values.py), the end of a
    # cast list ("\s+who", extract/crew.py): 4-9 CPU s at 20,000, minutes at a line's length
    source = ROOT / "tests" / "fixtures" / fixture
    text = source.read_text(encoding="utf-8")
    at = text.index(after) + len(after)
    line = len(text[text.rfind("\n", 0, at) + 1:text.find("\n", at)])
    page = tmp_path / source.name
    page.write_text(text[:at] + "\u3000" * (90_000 - line) + text[at:], encoding="utf-8")
    refused: list[FilmfactsError] = []
    with cpu_cap(5.0):
        read = list(read_and_extract(page, refused))
    assert read and not refused and sum(claims for _, claims in read) > 20
