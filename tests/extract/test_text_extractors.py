"""Claims extracted from each text input, against golden files, plus the rules they rest on."""

from __future__ import annotations

import pytest

from filmfacts.errors import NoFilmFound
from filmfacts.extract import run, versions
from filmfacts.extract.subject import find_subject
from filmfacts.extract.text import find_amounts, find_dates, split_sentences
from filmfacts.model import value_to_json
from filmfacts.sources import read_file, read_text
from golden_files import TEXT_INPUTS, check


@pytest.mark.parametrize("name", sorted(TEXT_INPUTS))
def test_extractors_golden(name: str) -> None:
    doc = read_file(TEXT_INPUTS[name])
    claims = run(doc)
    for c in claims:
        assert doc.text[c.evidence.start:c.evidence.end] == c.evidence.quote
        assert c.extractor in versions()
    rows = [
        [c.property, value_to_json(c.value), {k: list(v) if isinstance(v, tuple) else v for k, v in c.qualifiers},
         c.evidence.quote[:80]]
        for c in sorted(claims, key=lambda c: (c.property, c.evidence.start, c.id))
    ]
    check("extract", name, rows)


def test_a_document_about_no_film_says_so() -> None:
    doc = read_text("Busan is a city in South Korea.\n\n== History ==\nOld port.\n", "city.txt")
    with pytest.raises(NoFilmFound, match=r"city\.txt: this document does not say which film"):
        find_subject(doc)


def test_dates() -> None:
    found = find_dates("on September 27, 1972 in Chuncheon, exonerated in November 2008, ended October 10.")
    assert [f.time.iso if f.time else None for f in found] == ["1972-09-27", "2008-11", None]


def test_amounts() -> None:
    amounts = find_amounts("took 4.6 million admissions (the equivalent of more than US$30 million), 75.8%")
    assert [(a.quantity.amount, a.quantity.unit, a.quantity.bound, a.percent) for a in amounts] == [
        (4_600_000, "", "", False), (30_000_000, "USD", "lower", False), (0.758, "", "", True)]


def test_sentences_keep_abbreviations_and_numbered_titles_whole() -> None:
    text = "It was also adapted in Turkey as 7. Koğuştaki Mucize starring Aras. Miracle in Cell No. 7 is a film."
    assert [s.text for s in split_sentences(text)] == [
        "It was also adapted in Turkey as 7. Koğuştaki Mucize starring Aras.", "Miracle in Cell No. 7 is a film."]


@pytest.mark.parametrize("lead", [
    "Mischa Anne Barton (born 24 January 1986) is a film, television, and stage actress.",
    "Ravi Krishna (born 2 March 1983) is an Indian actor who works in the Tamil and Telugu film industries.",
    "Kodachrome is a brand name for a non-substantive, color reversal film introduced by Eastman Kodak in 1935.",
    "This is a list of films produced in South Korea in 2013.",
    "Jeonju is home to a film festival held every spring.",
])
def test_defining_sentences_about_other_things_are_not_films(lead: str) -> None:
    doc = read_text(f"{lead}\n\n== History ==\nMore text.\n", "page.txt")
    with pytest.raises(NoFilmFound):
        find_subject(doc)


@pytest.mark.parametrize(("lead", "title"), [
    ("Love is a 2011 science fiction drama film produced and scored by a rock band.", "Love"),
    ("Gus is an animated short film produced by a studio in Brisbane.", "Gus"),
    ("Parasite (Korean: 기생충) is a 2019 South Korean black comedy thriller film directed by Bong Joon-ho.",
     "Parasite"),
])
def test_defining_sentences_about_films(lead: str, title: str) -> None:
    assert find_subject(read_text(f"{lead}\n\n== Plot ==\nText.\n", "page.txt")) == title


def test_a_bracketed_sum_in_another_currency_is_a_conversion() -> None:
    amounts = find_amounts("The film cost Rp 5 billion ($600,000) and took US$2 million (₩2.4 billion).")
    assert [(a.quantity.amount, a.quantity.unit) for a in amounts] == [(5e9, "IDR"), (2e6, "USD")]


def test_releases_of_other_things_are_not_the_film_release() -> None:
    doc = read_text("Blue Harbor is a 2015 South Korean drama film.\n\n== Release ==\nIt was released in South Korea "
                    "on May 3, 2015.\nA novelisation of the film was released on June 1, 2016.\n", "r.txt")
    dates = [value_to_json(c.value) for c in run(doc) if c.property == "release_date"]
    assert dates == ["2015-05-03"]
