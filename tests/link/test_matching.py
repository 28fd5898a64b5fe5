"""Record linkage between two small tables (link/matching.py, Splink on DuckDB): spellings join,
namesakes of other years stay apart, blocking compares few pairs, and a run is deterministic."""

from __future__ import annotations

import pytest

pytest.importorskip("splink", reason="entity matching needs the optional extra: pip install 'filmfacts[link]'")

from filmfacts.link.matching import LinkResult, dedupe_table, link_tables, normalise_name

LEFT = [
    {"id": "a1", "name": "Titanic", "kind": "film", "date": "1997-12-19"},
    {"id": "a2", "name": "Titanic", "kind": "film", "date": "1953-04-16"},
    {"id": "a3", "name": "The Host", "kind": "film", "date": "2006-07-27"},
    {"id": "a4", "name": "Oldboy", "kind": "film", "date": "2003-11-21"},
    {"id": "a5", "name": "Mother", "kind": "film", "date": "2009-05-28"},
    {"id": "a6", "name": "Memories of Murder", "kind": "film", "date": "2003-05-02"},
    {
        "id": "a7",
        "name": "Restoration & Augustan, 1660-1745",
        "kind": "episode",
        "date": "1984-06-20",
        "season": 1,
        "episode": 8,
    },
    {"id": "a8", "name": "Hate Crimes", "kind": "episode", "date": "1995-11-17", "season": 4, "episode": 5},
    {"id": "a9", "name": "Voice", "kind": "series", "date": "2017-01-14"},
    {"id": "a10", "name": "Song Kang-ho", "kind": "person"},
    {"id": "a11", "name": "Bong Joon-ho", "kind": "person"},
    {"id": "a12", "name": "Parasite", "kind": "film", "date": "2019-05-30"},
]
RIGHT = [
    {"id": "b1", "name": "TITANIC", "kind": "film", "date": "1997-11-01"},
    {"id": "b2", "name": "The Host", "kind": "film", "year": 2006},
    {"id": "b3", "name": "Old Boy", "kind": "film", "date": "2003-11-21"},
    {"id": "b4", "name": "Mother", "kind": "film", "date": "1926-10-01"},
    {"id": "b5", "name": "Memories of Murder", "kind": "film", "date": "2003-05-02"},
    {
        "id": "b6",
        "name": "Restoration and Augustan 1660-1745",
        "kind": "episode",
        "date": "1984-06-20",
        "season": "1",
        "episode": "8",
    },
    {"id": "b7", "name": "Hate Crimes", "kind": "episode", "date": "1995-11-17", "season": 4, "episode": 5},
    {"id": "b8", "name": "Voice (2017)", "kind": "series", "date": "2017-01-14"},
    {"id": "b9", "name": "Song Kang-ho", "kind": "person"},
    {"id": "b10", "name": "Bong Joon Ho", "kind": "person"},
    {"id": "b11", "name": "The Handmaiden", "kind": "film", "date": "2016-06-01"},
    {"id": "b12", "name": "Burning", "kind": "film", "date": "2018-05-16"},
]


@pytest.fixture(scope="module")
def result() -> LinkResult:
    return link_tables(LEFT, RIGHT, threshold=0.9)


def _pairs(result: LinkResult) -> set[tuple[str, str]]:
    return {(m.left_id, m.right_id) for m in result.matches}


def test_two_spellings_of_one_film_match(result: LinkResult) -> None:
    pairs = _pairs(result)
    assert ("a4", "b3") in pairs  # Oldboy / Old Boy, same day
    assert ("a7", "b6") in pairs  # & and punctuation folded, same episode
    assert ("a9", "b8") in pairs  # a trailing (2017) is the year, not the title
    assert ("a11", "b10") in pairs  # Bong Joon-ho / Bong Joon Ho
    assert {("a3", "b2"), ("a6", "b5"), ("a8", "b7"), ("a1", "b1")} <= pairs


def test_two_films_of_one_title_and_different_years_stay_apart(result: LinkResult) -> None:
    pairs = _pairs(result)
    assert ("a2", "b1") not in pairs  # Titanic 1953 is not Titanic 1997
    assert ("a5", "b4") not in pairs  # Mother 2009 is not Mother 1926
    assert not any(left == "a12" for left, _ in pairs)  # Parasite has no partner


def test_each_match_carries_its_evidence(result: LinkResult) -> None:
    match = next(m for m in result.matches if (m.left_id, m.right_id) == ("a8", "b7"))
    assert match.probability >= 0.5
    assert {"name: exact", "date: same day", "episode: exact"} <= set(match.evidence)
    assert {"name", "date", "episode"} <= set(match.agreed)
    oldboy = next(m for m in result.matches if (m.left_id, m.right_id) == ("a4", "b3"))
    assert "name: exact" in oldboy.evidence  # spaces folded: oldboy == old boy


def test_blocking_compares_only_pairs_that_share_a_key(result: LinkResult) -> None:
    assert result.possible == len(LEFT) * len(RIGHT) == 144
    # Pairs sharing a folded name (10), or first and last word, or a day and an episode; not 144.
    assert 10 <= result.comparisons <= 16


def test_results_are_deterministic(result: LinkResult) -> None:
    again = link_tables(LEFT, RIGHT, threshold=0.9)
    assert again.matches == result.matches
    assert again.comparisons == result.comparisons


def test_one_to_one_keeps_each_record_once() -> None:
    right = [*RIGHT, {"id": "b13", "name": "Titanic", "kind": "film", "date": "1997-12-19"}]
    many = link_tables(LEFT, right, threshold=0.9)
    single = link_tables(LEFT, right, threshold=0.9, one_to_one=True)
    assert {("a1", "b1"), ("a1", "b13")} <= _pairs(many)
    lefts = [m.left_id for m in single.matches]
    assert len(lefts) == len(set(lefts))
    assert ("a1", "b13") in _pairs(single)  # the same day beats the same year


def test_a_repeated_id_is_refused() -> None:
    with pytest.raises(ValueError, match="repeats an id"):
        link_tables([{"id": "x", "name": "A"}, {"id": "x", "name": "B"}], RIGHT)


def test_names_are_folded_for_comparison() -> None:
    assert normalise_name("Voice (2017)") == ("voice", "2017")
    assert normalise_name("Episode 28 - Like a Pierrot IV ~ Kangaroo") == ("like a pierrot iv kangaroo", None)
    assert normalise_name("Kan'ichi Kurita") == ("kanichi kurita", None)
    assert normalise_name("Ice Station – Impossible!") == ("ice station impossible", None)


def test_dedupe_finds_one_film_twice_in_one_table() -> None:
    table = [*RIGHT, {"id": "b13", "name": "Memories of Murder", "kind": "film", "date": "2003-05-02"}]
    result = dedupe_table(table)
    assert {(m.left_id, m.right_id) for m in result.matches} == {("b13", "b5")}
    assert result.comparisons < result.possible == 13 * 12 // 2


def test_a_shared_group_is_evidence() -> None:
    left = [{"id": "p1", "name": "Kim Min-ki", "kind": "person", "group": "The Host"}]
    right = [
        {"id": "q1", "name": "Kim Min-ki", "kind": "person", "group": "The Host"},
        {"id": "q2", "name": "Kim Min-ki", "kind": "person", "group": "Burning"},
    ]
    found = {m.right_id: m for m in link_tables(left, right, threshold=0.0).matches}
    assert found["q1"].probability > found["q2"].probability
    assert "group: exact" in found["q1"].evidence


def test_odd_values_are_read_as_missing() -> None:
    left = [{"id": "x1", "name": "Oldboy", "kind": "film", "year": "1e30", "season": "inf", "episode": "nan"}]
    right = [{"id": "y1", "name": "Oldboy", "kind": "film", "date": "2003-11-21"}]
    (match,) = link_tables(left, right).matches
    assert match.evidence == ("name: exact",)
