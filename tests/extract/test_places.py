"""Places in a ranking: a list's and a chart's, in the shapes English, Korean and Japanese reports use.
Our own sentences."""

from __future__ import annotations

import re
import sys

import pytest

from filmfacts.extract.box_office import extract_box_office
from filmfacts.extract.places import places, ranked_among
from filmfacts.model import Document, Section, document_id


def found(text: str) -> list[tuple[int, str, str]]:
    return [(p.position, p.kind, p.period) for p in places(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Exhuma is now the 16th highest-grossing film of all time.", [(16, "list", "")]),
    ("It beat Wonka for third-highest grossing animated film of all time.", [(3, "list", "")]),
    ("It is the fifth highest non-English movie grosser of all time.", [(5, "list", "")]),
    ("It became 2023's third-highest money-maker.", [(3, "list", "")]),
    ("It scored the eighth-biggest opening of all time.", [(8, "list", "opening_weekend")]),
    ("It sits fourth on the list of all-time highest-grossing films.", [(4, "list", "")]),
    ("It went on to rank 16th in the history of the box office.", [(16, "list", "")]),
    ("It is again the all-time, worldwide box-office champ.", [(1, "list", "")]),
    ("It is now the No. 3 movie of the year in Korea.", [(3, "list", "")]),
    ("Its sequel debuted in second place with $5 million.", [(2, "chart", "")]),
    ("The comedy bowed in fourth with $7.3 million over the weekend.", [(4, "chart", "weekend")]),
    ("Opening in third place was the holiday musical, with 303,000 entries.", [(3, "chart", "")]),
    ("Rounding out the top five was the animated sequel with 94,838 tickets.", [(5, "chart", "")]),
    ("The thriller topped the weekend box office.", [(1, "chart", "weekend")]),
    ("It has held the No. 1 spot since its release.", [(1, "chart", "")]),
    ("It fell a notch to fourth with 147,414 views.", [(4, "chart", "")]),
    ("It climbed from 4th to 3rd place on the daily box office chart.", [(3, "chart", "day")]),
    ("역대 흥행 순위 22위의 기록이다.", [(22, "list", "")]),
    ("2주 연속 주말 박스오피스 1위를 차지했다.", [(1, "chart", "weekend")]),
    ("일일 박스오피스 1위에 올랐다.", [(1, "chart", "day")]),
    ("邦画歴代3位になった。", [(3, "list", "")]),
])
def test_a_place(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "It is one of the highest-grossing films of all time.",
    "It held up well in its second weekend.",
    "It became the first Korean film to sell 13 million tickets.",
    "Cars is the 50th film to cross the $100 million mark for the studio.",
    "It is the third installment of the franchise.",
    "It premiered at the 59th Cannes Film Festival.",
    "It tops 10 million admissions.",
    "The opening scene was inspired by a real incident that led to a lawsuit.",
    "Its album debuted at No. 2 on the Billboard 200.",
    "It is the third-cheapest $900 million grosser of all time.",
    "It now trails the world's biggest hits, Avatar and Titanic.",
    "The highest-grossing films of the year so far are Moon Bay and Red Hills.",
])
def test_no_place(text: str) -> None:
    assert places(text) == []


def test_it_came_in_17th_is_a_chart_place() -> None:
    assert found("It disappointed by coming in 17th at the box office.") == [(17, "chart", "")]


def _ranks(text: str, published: str = "2024-03-04") -> list[tuple[str, int, str]]:
    doc = Document(document_id(text), "test", "article", "news", "Test Daily", text, published=published,
                   sections=(Section((), 0, len(text)),))
    return [(c.subject, c.value.amount, str(c.q("list", c.q("period", ""))))  # type: ignore[union-attr]
            for c in extract_box_office(doc, "Moon Bay") if c.property == "box_office_rank"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Moon Bay ranked fourth over the weekend, behind Red Hills, Paper Moon, and Glass City that "
     "respectively took the top three spots.",
     [("Moon Bay", 4, "weekend"), ("Red Hills", 1, "weekend"), ("Paper Moon", 2, "weekend"),
      ("Glass City", 3, "weekend")]),
    ("Winter Train ($2.1 million) and Paper Moon ($1.9 million) finished off the top five yesterday.",
     [("Winter Train", 4, "day"), ("Paper Moon", 5, "day")]),
    ("'겨울 열차', '종이 달', '유리 도시'가 각각 3, 4, 5위로 그 뒤를 이었다.",
     [("겨울 열차", 3, ""), ("종이 달", 4, ""), ("유리 도시", 5, "")]),
])
def test_places_given_in_turn_go_to_the_films_listed(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert sorted(_ranks(text)) == sorted(expected)


def test_places_given_in_turn_on_the_list_the_paragraph_named() -> None:
    text = ("Moon Bay is now the 16th highest-grossing film of all time in China. Red Hills and Paper Moon hold "
            "position at number 15 and 14, respectively.")
    assert _ranks(text) == [("Moon Bay", 16, "highest-grossing films of all time in China"),
                            ("Red Hills", 15, "highest-grossing films of all time in China"),
                            ("Paper Moon", 14, "highest-grossing films of all time in China")]


@pytest.mark.parametrize(("words", "among"), [
    ("the highest-grossing Korean film", "korean_films"), ("the most-watched domestic film", "korean_films"),
    ("the biggest foreign film", "foreign_films"), ("the highest-grossing Japanese film", "japanese_films"),
    ("the highest-grossing animated film", "animated_films"), ("the most-watched film including foreign films",
                                                                "all_films"),
])
def test_which_films_a_list_ranks(words: str, among: str) -> None:
    assert ranked_among(words) == among


def test_a_forecast_place_is_not_stored() -> None:
    text = "Exhuma is expected to become the highest-grossing film of the year."
    doc = Document(document_id(text), "test", "article", "news", "Test Daily", text, published="2024-03-04",
                   sections=(Section((), 0, len(text)),))
    assert [c for c in extract_box_office(doc, "Exhuma") if c.property == "box_office_rank"] == []


def test_a_list_of_the_year_is_the_pages_year() -> None:
    text = "Exhuma is the highest-grossing film of the year."
    doc = Document(document_id(text), "test", "article", "news", "Test Daily", text, published="2024-03-04",
                   sections=(Section((), 0, len(text)),))
    (rank,) = [c for c in extract_box_office(doc, "Exhuma") if c.property == "box_office_rank"]
    assert (rank.q("year"), rank.q("list"), rank.q("ranked_among")) == (2024, "highest-grossing films of the year",
                                                                        "all_films")


def _rank_of(text: str, subject: str = "Silver Night") -> dict[str, tuple[int, str | None]]:
    doc = Document(document_id(text), "test", "article", "news", "Test Daily", text, published="2024-03-04",
                   sections=(Section((), 0, len(text)),))
    return {c.subject: (int(c.value.amount), c.q("scope")) for c in extract_box_office(doc, subject)
            if c.property == "box_office_rank"}


def test_a_place_said_before_its_film_goes_to_the_film_after_it() -> None:
    text = ("Silver Night opened at No. 1 over the weekend with 300,000 viewers. In second was CJ's "
            "\"Harbor Lights\" with 120,000 viewers. At No. 3 was \"Blue Whale,\" while in fourth was \"Cold Sea\" "
            "with 80,000 viewers.")
    found = _rank_of(text)
    assert {k: v[0] for k, v in found.items()} == {"Silver Night": 1, "Harbor Lights": 2, "Blue Whale": 3,
                                                   "Cold Sea": 4}


def test_an_all_time_list_that_names_no_market_is_worldwide() -> None:
    text = ("Silver Night is the highest-grossing film in China, the highest-grossing non-English language film "
            "and the 20th highest-grossing film of all time.")
    doc = Document(document_id(text), "test", "article", "news", "Test Daily", text, published="2025-03-04",
                   sections=(Section((), 0, len(text)),))
    got = sorted((int(c.value.amount), c.q("list"), c.q("scope")) for c in extract_box_office(doc, "Silver Night")
                 if c.property == "box_office_rank")
    assert got == [(1, "highest-grossing films in China", "China"),
                   (1, "highest-grossing non-English language films", "worldwide"),
                   (20, "highest-grossing films of all time", "worldwide")]
    # a nation's films, and tickets, are counted at home
    assert _rank_of("Silver Night is the third highest-grossing Korean film of all time.")["Silver Night"][1] != \
        "worldwide"
    assert _rank_of("Silver Night is the fourth most watched film of all time.")["Silver Night"][1] != "worldwide"


def test_a_text_of_many_places_looks_at_the_whole_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # each place searched the whole text (other charts, chart words, its period) and all the text before
    # it (a set's words): time in the square of a text of many places (a 64 KB page over 10 CPU seconds
    # and a sentence of many figures in box_office._clause, found by bench/fuzz_bench.py)
    from filmfacts.extract import places as module

    searched: list[int] = []

    class Counted:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
            searched.append(min(endpos, len(text)) - pos)
            return self.pattern.search(text, pos, endpos)

    for name in ("_OTHER_CHARTS", "_IN_A_SET"):
        monkeypatch.setattr(module, name, Counted(getattr(module, name)))
    text = "Exhuma came in first place over the weekend, " + "Wonka came in second place, " * 50 + "and Dune sat third."
    found = places(text)
    assert [(p.position, p.period) for p in found][:3] == [(1, "weekend"), (2, "weekend"), (2, "weekend")]
    assert len(found) == 52
    assert searched.count(len(text)) <= 1 and all(n <= 12 for n in searched if n != len(text))
