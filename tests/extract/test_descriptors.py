"""A film's year, country and genre where a page names it. Our own example sentences."""

from __future__ import annotations

from filmfacts.extract.descriptors import extract_descriptors
from filmfacts.model import Document, Section, value_to_json


def described(text: str) -> set[tuple[str, str, str]]:
    doc = Document(id=f"desc-{abs(hash(text))}", source="s", format="article", kind="news", site="x", text=text,
                   sections=(Section((), 0, len(text)),))
    return {(c.subject, c.property, str(value_to_json(c.value))) for c in extract_descriptors(doc, "X")}


def test_words_before_a_title() -> None:
    found = described("The studio remade 2031's award-winning Hong Kong blockbuster \"River Gate\" last year, "
                      "its first since the 2029 spy drama \"Lantern Road\".")
    assert {("River Gate", "publication_year", "2031"), ("River Gate", "country_of_origin", "Hong Kong"),
            ("Lantern Road", "publication_year", "2029"), ("Lantern Road", "genre", "spy drama")} <= found


def test_a_star_between_the_year_and_the_genre() -> None:
    found = described("It beat his 2029 Jane Roe thriller \"Lantern Road\" at the box office.")
    assert {("Lantern Road", "publication_year", "2029"), ("Lantern Road", "genre", "thriller")} <= found


def test_a_year_in_brackets_after_a_title() -> None:
    found = described("Fans compared it with \"Lantern Road\" (2029) and 「灯の道」(97年), then \"River Gate\" "
                      "(2030, USA).")
    assert {("Lantern Road", "publication_year", "2029"), ("River Gate", "publication_year", "2030"),
            ("River Gate", "country_of_origin", "USA")} <= found
    assert ("灯の道", "publication_year", "1997") in found


def test_a_defining_sentence_anywhere() -> None:
    assert ("Lantern Road", "genre", "period drama") in described(
        "\"Lantern Road\" is a period drama set in the 1920s. It opened on Friday.")


def test_words_that_describe_nothing_we_record() -> None:
    assert described("Critics loved the new \"Lantern Road\" this week.") == set()


def test_a_title_called_so_and_a_country_after_the_title() -> None:
    found = described("It is a buddy-comedy film called \"Lantern Road\". Critics praised \"River Gate\" from Denmark "
                      "and \"Sea Wall\" (Italy).")
    assert {("Lantern Road", "title", "Lantern Road"), ("Lantern Road", "genre", "buddy-comedy"),
            ("River Gate", "country_of_origin", "Denmark"), ("Sea Wall", "country_of_origin", "Italy")} <= found
    assert not any(p == "title" for _, p, _ in described("The film, previously titled \"Sea Wall\", opens today."))


def test_a_year_after_a_preposition_is_a_time_not_a_film_year() -> None:
    assert not any(p == "publication_year" for _, p, _ in described(
        "The story is set in 1909 \"Lantern Road\" country, the makers said."))


def test_another_title_in_brackets_after_a_title() -> None:
    found = described("Fans queued for 《燈路》(Lantern Road) and for \"River Gate\" (Kawa no Mon) this week, and "
                      "\"The Gate\" (La Porte du fleuve) in Paris.")
    assert {("燈路", "title", "Lantern Road"), ("River Gate", "romanized_title", "Kawa no Mon"),
            ("The Gate", "title", "La Porte du fleuve")} <= found
