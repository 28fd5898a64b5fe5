"""Where each figure was counted: the market said nearest it, its sentence's previous figure's, or
the one the page reports on. Our own sentences, in the shapes trade papers and Korean reports use."""

from __future__ import annotations

import pytest

from filmfacts.extract.box_office import extract_box_office
from filmfacts.extract.markets import markets_said, page_market
from filmfacts.model import Document, Section, document_id


def page(text: str, title: str = "", kind: str = "news") -> Document:
    return Document(document_id(text), "test", "article", kind, "Test Daily", text, title=title,
                    published="2024-03-04", sections=(Section((), 0, len(text)),))


def scopes(doc: Document, prop: str = "gross") -> dict[float, str | None]:
    return {c.value.amount: c.q("scope") for c in extract_box_office(doc, "Exhuma") if c.property == prop}


def test_each_figure_takes_the_market_said_nearest_it() -> None:
    doc = page("Exhuma grossed $50 million in North America and $30 million overseas, "
               "for a global total of $80 million.")
    assert scopes(doc) == {50e6: "North America", 30e6: "international", 80e6: "worldwide"}


def test_a_figure_naming_none_takes_its_sentences_previous_figures() -> None:
    doc = page("Overseas, Exhuma added $72 million this weekend, bringing its total to $226 million.")
    assert scopes(doc) == {72e6: "international", 226e6: "international"}


def test_a_country_listed_with_its_figure() -> None:
    doc = page("Its biggest markets are Mexico ($43 million), South Korea ($38 million) and France ($31 million).")
    assert scopes(doc) == {43e6: "Mexico", 38e6: "South Korea", 31e6: "France"}


def test_french_and_german_markets() -> None:
    doc = page("Exhuma totalise 5 millions de spectateurs dans le monde, dont 3,4 millions d'entrées en France.")
    assert scopes(doc, "admissions") == {3.4e6: "France", 5e6: "worldwide"}
    doc = page("Exhuma hat in Nordamerika 14,2 Mio. Dollar eingespielt, weltweit 80 Mio. Dollar.")
    assert scopes(doc) == {14.2e6: "North America", 80e6: "worldwide"}


def test_a_report_giving_its_countrys_films_share_counts_that_market() -> None:
    doc = page("Exhuma bowed to huge numbers, as 3 million spectators visited multiplexes, with 70% of those "
               "opting for Korean films. Dune added 500,000 viewers.", title="Exhuma Howls in First Place",
               kind="box_office_report")
    assert page_market(doc) == "South Korea"


def test_a_report_on_one_box_office_dates_its_market_on_every_figure() -> None:
    doc = page("Exhuma stays on top of the Korean box office\n"
               "Exhuma drew 820,000 moviegoers from Friday to Sunday. Dune: Part Two sold 400,000 tickets.",
               title="Exhuma stays on top of the Korean box office")
    assert page_market(doc) == "South Korea"
    assert set(scopes(doc, "admissions").values()) == {"South Korea"}


def test_a_headline_about_takings_in_a_country_names_the_pages_market() -> None:
    doc = page("The film earned US$92,129 in just three days.", title="Korean thriller prospers in North America")
    assert page_market(doc) == "North America"
    assert scopes(doc) == {92_129: "North America"}


def test_a_page_in_korean_reports_koreas_box_office() -> None:
    text = "파묘는 지난 1일 하루 동안 44만 명을 동원했다."
    doc = Document(document_id(text), "test", "article", "news", "Test Daily", text, published="2024-03-04",
                   language="ko", sections=(Section((), 0, len(text)),))
    assert page_market(doc) == "South Korea"


def test_each_place_takes_the_market_in_its_own_words() -> None:
    doc = page("Exhuma is the highest-grossing film of 2024, the highest-grossing film in Vietnam and the "
               "third highest-grossing Korean film worldwide.")
    ranks = [(c.value.amount, c.q("scope")) for c in extract_box_office(doc, "Exhuma")
             if c.property == "box_office_rank"]
    assert ranks == [(1, None), (1, "Vietnam"), (3, "worldwide")]


def test_a_market_in_another_places_words_is_not_the_sentences() -> None:
    doc = page("Exhuma is the highest-grossing film of 2024, the highest-grossing film in Vietnam and the "
               "highest-grossing horror film.", kind="encyclopedia")
    ranks = [c.q("scope") for c in extract_box_office(doc, "Exhuma") if c.property == "box_office_rank"]
    assert ranks == [None, "Vietnam", None]


def test_in_the_country_is_the_sentences_market() -> None:
    doc = page("In Japan, Exhuma has raked up $38.4 million to become the biggest hit of any Korean film in "
               "the country.")
    assert {(c.property, c.q("scope")) for c in extract_box_office(doc, "Exhuma")} == {
        ("gross", "Japan"), ("box_office_rank", "Japan")}


def test_an_encyclopedia_names_no_market_it_does_not_say() -> None:
    doc = page("Exhuma is a 2024 South Korean film. It grossed ₩115 billion.", kind="encyclopedia")
    assert scopes(doc) == {115e9: None}


def test_a_rank_takes_the_market_of_its_words_and_keeps_its_list() -> None:
    doc = page("Exhuma became the highest-grossing Korean film of the year in Vietnam.")
    (rank,) = [c for c in extract_box_office(doc, "Exhuma") if c.property == "box_office_rank"]
    assert (rank.q("scope"), rank.q("list"), rank.q("ranked_among")) == (
        "Vietnam", "highest-grossing Korean films of the year in Vietnam", "korean_films")


@pytest.mark.parametrize(("text", "market"), [
    ("at the worldwide box office", "worldwide"), ("globally", "worldwide"), ("전 세계", "worldwide"),
    ("internationally", "international"), ("from overseas markets", "international"), ("해외", "international"),
    ("domestically", "domestic"), ("at the local box office", "domestic"), ("전국", "domestic"),
    ("in North America", "North America"), ("U.S. and Canada", "North America"), ("북미", "North America"),
    ("in China", "China"), ("the Chinese box office", "China"), ("a $57 million U.S. gross", "United States"),
    ("in Korea", "South Korea"), ("Japan's box office", "Japan"), ("全球", "worldwide"),
])
def test_market_words(text: str, market: str) -> None:
    assert [s.market for s in markets_said(text)] == [market]


@pytest.mark.parametrize("text", ["the highest-grossing domestic film", "an international film festival",
                                  "a global superstar", "a film in Korean"])
def test_words_that_name_no_market(text: str) -> None:
    assert markets_said(text) == ()


def test_a_country_and_what_the_film_did_there() -> None:
    from filmfacts.extract.markets import markets_said

    text = "a record of $500 million (which left out China, where the sequel made $200 million in five days)"
    assert [s.market for s in markets_said(text)] == ["China"]
