"""What a film is based on and its remakes, as any page states them."""

from __future__ import annotations

import pytest
from article_docs import article

from filmfacts.extract.basis import extract_basis
from filmfacts.extract.remakes import extract_remake_prose


def based(text: str, subject: str = "Salt Road") -> set[tuple[str, str, str]]:
    doc = article(text)
    return {(c.subject, c.property, c.value.text) for c in  # type: ignore[union-attr]
            [*extract_basis(doc, subject), *extract_remake_prose(doc, subject)]}


@pytest.mark.parametrize(("text", "work"), [
    ("\"Salt Road\" is based on the Danish graphic novel Le Chemin by Ana Ferro.", "Le Chemin"),
    ("\"Salt Road\" was adapted from Ana Ferro's short story Winter Harbor.", "Winter Harbor"),
    ("\"Salt Road\" is loosely based on Ana Ferro's award-winning novel \"Glass Bay\".", "Glass Bay"),
    ("\"Salt Road\", based on a popular webtoon of the same title by Ana Ferro, drew 1 million.", "Salt Road"),
    ("The screenplay of \"Salt Road\" is based on Night Rain, an unproduced stage play by Ana Ferro.", "Night Rain"),
])
def test_the_work_a_film_is_based_on(text: str, work: str) -> None:
    assert based(text) == {("Salt Road", "based_on", work)}


@pytest.mark.parametrize("text", [
    "\"Salt Road\" ranked first, based on ticket sales data from the Korean Film Council.",
    "Its director said \"Salt Road\" was inspired by his childhood.",
    "\"Salt Road\" is based on a play Bong Ji-ho wrote in 2013.",
])
def test_no_work_is_named(text: str) -> None:
    assert not {c for c in based(text) if c[1] == "based_on"}


@pytest.mark.parametrize("text", [
    "Glass Bay, director Ana Ferro's remake of the Hong Kong movie Salt Road, opened with $26.9 million.",
    "A remake of 2002's award-winning Hong Kong blockbuster Salt Road, Glass Bay stars Tom Reyes.",
    "\"Glass Bay\" is a remake of the 2000 South Korean film \"Salt Road\".",
    "Tom Reyes and Lena Holt's \"Salt Road\" remake \"Glass Bay\" took $20 million.",
])
def test_a_remake_and_what_it_is_based_on(text: str) -> None:
    found = based(text, "Glass Bay")
    assert ("Salt Road", "remake", "Glass Bay") in found and ("Glass Bay", "based_on", "Salt Road") in found


def test_remade_as() -> None:
    doc = article("\"Salt Road\" was remade in 1960 as an American western, Tom Reyes's \"Glass Bay\".")
    (remake,) = [c for c in extract_remake_prose(doc, "Salt Road") if c.property == "remake"]
    assert remake.value.text == "Glass Bay"  # type: ignore[union-attr]
    assert remake.q("country") == "United States" and remake.q("year") == 1960
