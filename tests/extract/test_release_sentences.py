"""Release and premiere dates as sentences state them, dated against the page's publication day."""

from __future__ import annotations

import pytest
from article_docs import article

from filmfacts.extract.release import extract_release


def dates(text: str, published: str = "", subject: str = "Salt Road") -> set[tuple[str, str, str, str]]:
    doc = article(text, published=published)
    return {(c.subject, c.property, c.value.iso, str(c.q("country") or c.q("place") or ""))  # type: ignore[union-attr]
            for c in extract_release(doc, subject)}


@pytest.mark.parametrize(("text", "published", "want"), [
    ("\"Salt Road\" opened in local theaters on Wednesday.", "2024-03-01", ("release_date", "2024-02-28", "")),
    ("\"Salt Road\" opens in Japan on August 26.", "2016-06-15", ("release_date", "2016-08-26", "Japan")),
    ("\"Salt Road\" hit Japanese theaters on August 31st, 2018.", "", ("release_date", "2018-08-31", "Japan")),
    ("\"Salt Road\" was first released in 2019.", "", ("publication_year", "2019", "")),
    ("On June 23, 2023, \"Salt Road\" saw theatrical release in the United States.", "",
     ("release_date", "2023-06-23", "United States")),
    ("\"Salt Road\" was released on 25th March and stars Mina Cho.", "2022-04-20", ("release_date", "2022-03-25", "")),
    ("Released stateside in October last year, \"Salt Road\" grossed $50 million.", "2020-02-10",
     ("release_date", "2019-10", "United States")),
    ("지난달 31일 개봉한 '소금길'은 300만 관객을 넘었다.", "2013-08-05", ("release_date", "2013-07-31", "")),
    ("映画は2021年8月20日に全国115館で公開された。", "", ("release_date", "2021-08-20", "")),
    ("Sorti en France le 2 novembre 2011, le film est un succès.", "", ("release_date", "2011-11-02", "France")),
])
def test_a_release_as_sentences_state_it(text: str, published: str, want: tuple[str, str, str]) -> None:
    found = dates(text, published, "소금길" if "소금길" in text else "Salt Road")
    assert {f[1:] for f in found} == {want}


def test_each_verb_has_its_tense() -> None:
    found = dates("\"Salt Road\", opening Friday, has grossed $40 million in France since opening April 25.",
                  "2001-11-01")
    assert {f[2] for f in found} == {"2001-11-02", "2001-04-25"}


def test_a_premiere_at_a_festival() -> None:
    found = dates("\"Salt Road\" premiered in competition at the 2022 Cannes Film Festival on May 23 and was "
                  "released in South Korea on June 29, 2022.", "2022-07-01")
    assert found == {("Salt Road", "premiere_date", "2022-05-23", "2022 Cannes Film Festival"),
                     ("Salt Road", "release_date", "2022-06-29", "South Korea")}


@pytest.mark.parametrize("text", [
    "On June 28, 2019, 30 days after its release, its admissions passed 9 million.",
    "\"Salt Road\" opened to $3.3 million on Friday.",
    "'소금길'은 개봉 33일째인 27일 400만 관객을 돌파했다.",
    "It was screened in the 75th Cannes Film Festival, which ended on May 28.",
    "It was the highest-grossing of the films released in 2016.",
    "It drew the highest total of any film released in Spain in 2016.",
    "The DVD was released on March 3, 2020.",
])
def test_no_release_is_stated(text: str) -> None:
    assert not dates(text, "2019-07-01")
