"""Distributors and production companies as the press and wikis write them in prose."""

from __future__ import annotations

import pytest
from article_docs import article

from filmfacts.extract.companies import extract_companies, is_company


def companies(text: str, subject: str = "", kind: str = "news") -> set[tuple[str, str, str, str]]:
    doc = article(text, kind=kind)
    return {(c.subject, c.property, c.value.text, c.q("country") or "") for c in extract_companies(doc, subject)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("\"Glass Harbor\" was released in France on 3 May 2019 by Hill Films and in Spain on 9 May 2019 by "
     "Rio Cine.", {("Glass Harbor", "distributor", "Hill Films", "France"),
                   ("Glass Harbor", "distributor", "Rio Cine", "Spain")}),
    ("\"Glass Harbor\" was later distributed internationally by Northway in select territories.",
     {("Glass Harbor", "distributor", "Northway", "international")}),
    ("\"Glass Harbor\" crossed 3 million admissions on Sunday, its distributor Bluebird Entertainment said.",
     {("Glass Harbor", "distributor", "Bluebird Entertainment", "")}),
    ("According to the distributor Harbor Pictures, \"Glass Harbor\" topped the chart.",
     {("Glass Harbor", "distributor", "Harbor Pictures", "")}),
    ("\"Glass Harbor\" drew crowds, said Pine Co., the film's U.S. distributor.",
     {("Glass Harbor", "distributor", "Pine Co.", "United States")}),
    ("\"Glass Harbor\" was produced by Pine Films and Tidewater Productions in collaboration with Orca.",
     {("Glass Harbor", "production_company", "Pine Films", ""),
      ("Glass Harbor", "production_company", "Tidewater Productions", "")}),
])
def test_a_company_named_by_its_trade(sentence: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert companies(sentence) == expected


def test_a_person_who_produced_is_no_company() -> None:
    assert not companies("\"Glass Harbor\" was produced by Ana Ferro and written by Beto Quill.")


def test_a_still_or_a_council_releases_no_film() -> None:
    text = ("This still released by Pine Entertainment shows a scene from \"Glass Harbor.\"\n"
            "\"Glass Harbor\" sold 2 million tickets, according to the Korean Film Council, its distributor said.")
    assert not companies(text)


def test_a_studio_owning_a_title() -> None:
    text = ("Sony's \"Glass Harbor\" opened to $3 million on Friday.\n"
            "Paramount's horror movie, \"Paper Moons\", came second.\n"
            "Pixar's \"Salt Road\" was third, while \"Ice Dog\" from A24 opened in four theaters.")
    found = companies(text)
    assert {("Glass Harbor", "distributor", "Sony", ""), ("Paper Moons", "distributor", "Paramount", ""),
            ("Ice Dog", "distributor", "A24", "")} <= found
    assert not any(c[2] == "Pixar" for c in found)  # a maker, not the distributor


def test_korean_companies() -> None:
    text = "영화 <푸른 바다>(제작 바다필름)가 개봉 5일 만에 100만 관객을 돌파했다. 배급사 하늘엔터테인먼트에 따르면 …"
    found = companies(text, "푸른 바다")
    assert ("푸른 바다", "production_company", "바다필름", "") in found
    assert ("푸른 바다", "distributor", "하늘엔터테인먼트", "South Korea") in found


def test_a_korean_person_after_the_word_for_making_is_no_company() -> None:
    assert not companies("영화 <푸른 바다>(제작 김하나)가 개봉했다.", "푸른 바다")


@pytest.mark.parametrize(("name", "strict", "company"), [
    ("A24", True, True), ("Pine Films", True, True), ("Warner Bros.", True, True), ("Ana Ferro", True, False),
    ("Ana Ferro", False, True), ("December", False, False), ("Korean Film Council", False, False),
    ("New World", True, False),
])
def test_a_company_by_its_shape(name: str, strict: bool, company: bool) -> None:
    assert is_company(name, strict) is company
