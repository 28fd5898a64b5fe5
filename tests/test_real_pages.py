"""The real-page corpus (bench/corpus) and its scorer (bench/real_pages.py).

The page text is not in the repository, so the corpus is checked for what is: annotations that
validate, a fetch list that names every page, the size the issue asks for. The scorer is run on a
page of our own words built into a real store.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "corpus"))

import annotate  # noqa: E402

import real_pages  # noqa: E402


def test_every_annotated_page_validates_and_is_in_the_fetch_list() -> None:
    pages, rows = annotate.load_pages(), annotate.fetch_rows()
    assert pages, "no annotated pages"
    for page_id, page in pages.items():
        assert annotate.validate(page) == [], page_id
        assert page_id in rows and rows[page_id]["url"] == page["url"] and rows[page_id]["query"], page_id
        assert rows[page_id]["sha256"] == page["sha256"], page_id
        for c in page["claims"]:
            start, end = c["span"]
            assert 0 <= start < end, (page_id, c)


def test_the_corpus_is_as_large_and_varied_as_the_issue_asks() -> None:
    pages = annotate.load_pages()
    films = {p["films"][0] for p in pages.values() if p["films"]}
    sites = {p["site"] for p in pages.values()}
    kinds = {p["kind"] for p in pages.values()}
    assert len(pages) >= 250 and len(films) >= 30 and len(sites) >= 50
    assert kinds >= {"encyclopedia", "wiki_mirror", "fan_wiki", "news", "box_office_report", "blog", "forum"}


def test_no_held_out_film_is_a_page_subject() -> None:
    for page in annotate.load_pages().values():
        for film in page["films"]:
            assert not any(h in film.casefold() for h in annotate.HELD_OUT) or "(" in film, (page["id"], film)


def _page(text: str, claims: list[dict[str, object]]) -> dict[str, object]:
    out = []
    for c in claims:
        quote = str(c.pop("quote"))
        start = text.index(quote)
        out.append({**c, "span": [start, start + len(quote)],
                    "fp": annotate.fingerprint(text[start:start + len(quote)])})
    return {"id": "own-page", "kind": "news", "site": "Example Daily", "published": "2031-03-03", "films": ["Nightjar"],
            "claims": out}


def test_the_scorer_counts_found_missed_and_forecast_claims(tmp_path: Path) -> None:
    text = ("URL: https://example.com/news/2031/03/03/nightjar\n\n"
            "'Nightjar' tops the box office\n\nPublished : March 3, 2031\n\n"
            "\"Nightjar,\" directed by Han Seo-yeon, drew 1,234,567 moviegoers as of Sunday, according to "
            "the Korean Film Council. The thriller is expected to pass 2 million next week. It stars Baek Ji-ho.\n")
    path = tmp_path / "own-page.txt"
    path.write_text(text, encoding="utf-8")
    page = _page(text, [
        {"film": "Nightjar", "property": "admissions", "value": 1234567,
         "qualifiers": {"point_in_time": "2031-03-02"}, "quote": "drew 1,234,567 moviegoers as of Sunday"},
        {"film": "Nightjar", "property": "director", "value": "Han Seo-yeon", "quote": "Han Seo-yeon"},
        {"film": "Nightjar", "property": "forecast", "value": 2000000, "quote": "expected to pass 2 million"},
        {"film": "Nightjar", "property": "running_time", "value": {"amount": 99, "unit": "minute"},
         "quote": "The thriller"},  # not in the page: a claim filmfacts cannot find
    ])
    export, refused, _ = real_pages.build_export([path])
    assert refused == []
    page_of = {d["id"]: Path(d["file"]).stem for d in export["documents"]}
    result = real_pages.score({"own-page": page}, export, page_of, {}, {"own-page": text})
    assert result.total.wanted == 3
    assert result.total.found == 2, json.dumps(result.log, indent=1)
    assert result.dated == [1, 1]
    stored = any(f["value"] == 2000000 for film in export["films"] for f in film["facts"])
    assert result.forecasts == [int(stored), 1]  # a forecast stored as a figure is counted against filmfacts
    assert any("running_time" in line for line in result.log["miss"])


@pytest.mark.parametrize(("want", "got", "ok"), [
    (1234567, 1234567.0, True),
    ({"amount": 52.4, "unit": "%"}, 0.524, True),
    ({"amount": 7.5e9, "unit": "KRW"}, {"amount": 7.5e9, "unit": "KRW"}, True),
    ({"amount": 7.5e9, "unit": "KRW"}, {"amount": 7.5e9, "unit": "USD"}, False),
])
def test_values_match_as_numbers_with_their_units(want: object, got: object, ok: bool) -> None:
    assert real_pages.value_matches("gross", want, got, []) is ok


def test_people_match_through_their_romanization_key() -> None:
    assert real_pages.value_matches("cast_member", "Baek Ji-ho", "BAEK Ji Ho", [])
    assert not real_pages.value_matches("cast_member", "Baek Ji-ho", "Baek Ji-hun", [])
