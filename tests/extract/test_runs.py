"""`runs.finditer` gives exactly what `re` gives for the patterns that open with a list of names (crew)
or a title phrase (mentions' cues), while trying starts only before where a pattern's tail matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filmfacts.extract import crew, mentions
from filmfacts.extract.runs import Opening, finditer
from filmfacts.extract.text import _ABBREV, _BOUNDARY, _abbreviation_before

NAME_PATTERNS = [p for _, p, _ in crew.PATTERNS + crew.ARTICLE_PATTERNS if p.pattern.startswith("(?P<who>")]
CUE_PATTERNS = [mentions._ORIGINAL_AFTER, *mentions._CUES, mentions._BODY_CUE, mentions._HEADLINE_CUE]

NAME_WORDS = ["Kim Min-ki", "Ryu Seung-ryong", "O'Hara", "del", "Toro", "and", "&", ",", "star", "stars", "co-star",
              "plays", "Nora", "the", "lead", "roles", "were", "cast", "'s", "’s", "score", "script", "theme", "-led",
              "starring", "also", "in", "their", "supporting", "role", ".", "(", ")", "is", "executive", "producer",
              "take", "on", "\n", "\t", "appears", "headlines", "an", "both", "all", "was", "chosen", "J.", "voiced"]
CUE_WORDS = ["Exhuma", "The", "Roundup", "of", "the", "and", "drew", "has", "also", "topped", "1.2 million",
             "(2019)", "(파묘)", "(Kimi no Na wa)", ",", "which", "opened", "with", "$3", "directed by", "written",
             "by", "Vs.", "No.", "Mr.", "A", "film", "movie", "than", "Top", "Gun:", "Maverick", "\n", "\t",
             "(US$ 5 million)", "(", ")", "Min-ki", "'", "’s", "!", "?", "a", "Titanic's", "it", "DREW"]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(words), st.sampled_from(["", " ", " ", ", ", "  "])),
                    max_size=40).map(lambda parts: "".join(w + sep for w, sep in parts))


def _same(pattern: re.Pattern[str], text: str, runs: tuple[tuple[str, str, str], ...]) -> None:
    want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in finditer(pattern, text, runs)] == want


def test_the_long_patterns_go_through_openings() -> None:
    from filmfacts.extract.runs import _opening
    assert sum(_opening(p, crew._NAME_RUNS) is not None for p in NAME_PATTERNS) >= 10
    assert sum(_opening(p, mentions._PHRASE_RUNS) is not None for p in CUE_PATTERNS) >= 8
    with pytest.raises(ValueError):
        Opening(re.compile("(?P<t>x)y", re.I), "(?P<t>x)", "x", "x")


@settings(max_examples=100, deadline=None)
@given(_texts(NAME_WORDS))
def test_names_first_patterns_match_as_re_does(text: str) -> None:
    for pattern in NAME_PATTERNS:
        _same(pattern, text, crew._NAME_RUNS)


@settings(max_examples=100, deadline=None)
@given(_texts(CUE_WORDS))
def test_phrase_first_cues_match_as_re_does(text: str) -> None:
    for pattern in CUE_PATTERNS:
        _same(pattern, text, mentions._PHRASE_RUNS)


def test_a_list_with_its_tail_far_away() -> None:
    text = "Kim Min-ki and Ryu Seung-ryong " * 40 + "Lee Sun-kyun and Cho Yeo-jeong star in it, Choi plays Nora."
    for pattern in NAME_PATTERNS:
        _same(pattern, text, crew._NAME_RUNS)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Mr", "U.S", "No", "1", "12", "1,234.5", " Mio", " Mrd", "Feb", "A", "approx",
                                 "Sept", ".", ". ", "! ", "。", "」", "\"", ")", " ", "x", "The", "٣", "Dollar"]),
                max_size=30).map("".join))
def test_an_abbreviation_is_read_at_the_end_only(line: str) -> None:
    start = 0
    for m in _BOUNDARY.finditer(line):
        assert _abbreviation_before(line, start, m.start()) == bool(_ABBREV.search(line[start:m.start()]))
        start = m.end()
