"""Markup gives the same facts as text, and more.

`tests/fixtures/films/parasite/wikipedia.txt` is a Wikipedia plain-text
extract written by the team; `tests/fixtures/markup/parasite/` holds the same
article as MediaWiki wikitext and as a saved Wikipedia HTML page (same
sentences, plus the infobox, the Korean title template, citations and
external-link templates a real article has). Every fact the text gives must
come out of each markup rendering too, and the markup must give the facts
only markup can carry.
"""

from __future__ import annotations

import json
import re
import shutil
from functools import cache
from pathlib import Path

import pytest

from filmfacts import extract, pipeline
from filmfacts.link.names import name_key
from filmfacts.model import Claim, Document, Name, value_to_json
from filmfacts.sources import read_file
from filmfacts.store import Store

ROOT = Path(__file__).resolve().parents[2]
TEXT = ROOT / "tests" / "fixtures" / "films" / "parasite" / "wikipedia.txt"
MARKUP = ROOT / "tests" / "fixtures" / "markup" / "parasite"
RENDERINGS = {"wikitext": MARKUP / "wikipedia.wiki", "html": MARKUP / "wikipedia.html"}
FORMATS = sorted(RENDERINGS)



@cache
def read(path: Path) -> tuple[Document, tuple[Claim, ...]]:
    doc = read_file(path)
    return doc, tuple(extract.run(doc))


def pair(claim: Claim) -> tuple[str, str]:
    """(property, value) compared across renderings: names by `name_key`, other values as JSON."""
    if isinstance(claim.value, Name):
        return claim.property, "name:" + name_key(claim.value.text)
    return claim.property, json.dumps(value_to_json(claim.value), sort_keys=True, ensure_ascii=False)


def pairs(path: Path) -> set[tuple[str, str]]:
    return {pair(c) for c in read(path)[1]}


def properties(path: Path) -> set[str]:
    return {c.property for c in read(path)[1]}


def test_text_version_is_a_plain_extract() -> None:
    doc, _ = read(TEXT)
    assert doc.format == "wikipedia_extract"
    assert len(pairs(TEXT)) >= 30  # the comparison below means something only if the text gives facts


@pytest.mark.parametrize("fmt", FORMATS)
def test_recognised_by_content(fmt: str, tmp_path: Path) -> None:
    doc, _ = read(RENDERINGS[fmt])
    assert doc.format == fmt
    # The content decides, not the file name.
    renamed = tmp_path / "page.txt"
    shutil.copyfile(RENDERINGS[fmt], renamed)
    assert read_file(renamed).format == fmt


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_facts_as_the_text(fmt: str) -> None:
    missing = sorted(pairs(TEXT) - pairs(RENDERINGS[fmt]))
    assert missing == [], f"{fmt} rendering lost facts the text gives: {missing}"


INFOBOX_ONLY = ("running_time", "distributor", "production_company", "cinematography", "editing", "music",
                "budget", "producer", "original_language")


@pytest.mark.parametrize(("fmt", "prop"), [(fmt, prop) for fmt in FORMATS for prop in INFOBOX_ONLY])
def test_infobox_gives_what_the_text_cannot(fmt: str, prop: str) -> None:
    assert prop not in properties(TEXT)
    assert prop in properties(RENDERINGS[fmt])


EXPECTED_INFOBOX = {
    ("running_time", '{"amount": 132, "unit": "minute"}'),
    ("distributor", "name:" + name_key("CJ Entertainment")),
    ("cinematography", "name:" + name_key("Hong Kyung-pyo")),
    ("editing", "name:" + name_key("Yang Jin-mo")),
    ("music", "name:" + name_key("Jung Jae-il")),
    ("budget", '{"amount": 13500000000, "unit": "KRW"}'),
    ("writer", "name:" + name_key("Bong Joon-ho")),  # "Story by": a writing credit (`credit: story`)
    *(("producer", "name:" + name_key(p))
      for p in ("Kwak Sin-ae", "Moon Yang-kwon", "Bong Joon-ho", "Jang Young-hwan")),
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_infobox_values(fmt: str) -> None:
    assert pairs(RENDERINGS[fmt]) >= EXPECTED_INFOBOX


def test_wikitext_production_company() -> None:
    assert ("production_company", "name:" + name_key("Barunson E&A")) in pairs(RENDERINGS["wikitext"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_release_date_in_south_korea(fmt: str) -> None:
    _, claims = read(RENDERINGS[fmt])
    dates = {value_to_json(c.value) for c in claims
             if c.property == "release_date" and dict(c.qualifiers).get("country") == "South Korea"}
    assert "2019-05-30" in dates


@pytest.mark.parametrize("fmt", FORMATS)
def test_titles_in_every_script(fmt: str) -> None:
    _, claims = read(RENDERINGS[fmt])
    native = {(c.value.text, dict(c.qualifiers).get("script")) for c in claims if c.property == "native_title"}
    assert {("기생충", "Hangul"), ("寄生蟲", "Hanja")} <= native
    romanized = {c.value.text for c in claims if c.property == "romanized_title"}
    assert "Gisaengchung" in romanized
    # The text's lead gives only the Hangul title.
    _, text_claims = read(TEXT)
    assert "romanized_title" not in properties(TEXT)
    assert {dict(c.qualifiers).get("script") for c in text_claims if c.property == "native_title"} == {"Hangul"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_external_ids(fmt: str) -> None:
    doc, _ = read(RENDERINGS[fmt])
    assert ("imdb", "tt6751668") in doc.external_ids
    assert read(TEXT)[0].external_ids == ()


@pytest.mark.parametrize("fmt", FORMATS)
def test_box_office_dated_by_its_citation(fmt: str) -> None:
    """"Parasite sold more than 5 million tickets within eight days of its release." states no
    date; in the markup its citation (Korean Film Council, June 7, 2019) dates it."""
    doc, claims = read(RENDERINGS[fmt])
    cited = {c.date for c in doc.citations if c.date}
    assert "2019-06-07" in cited
    dated = [c for c in claims
             if c.property == "admissions_milestone" and value_to_json(c.value) == 5_000_000]
    assert dated, "the 5 million admissions milestone is missing"
    for c in dated:
        assert dict(c.qualifiers).get("point_in_time") == "2019-06-07"
        assert not re.search(r"\b(?:19|20)\d\d\b", c.evidence.quote), c.evidence.quote  # no date of its own
    _, text_claims = read(TEXT)
    undated = [c for c in text_claims
               if c.property == "admissions_milestone" and value_to_json(c.value) == 5_000_000]
    assert undated and all("point_in_time" not in dict(c.qualifiers) for c in undated)


def test_three_renderings_reconcile_without_conflict(tmp_path: Path) -> None:
    store = Store(tmp_path / "x.db")
    pipeline.build([TEXT, *RENDERINGS.values()], store)
    recon = pipeline.reconciled(store)
    # one record for the page's film; films it describes in passing ("Bong's 2009 film Mother") have their own
    assert [f.title for f in recon.films].count("Parasite") == 1
    film = next(f for f in recon.films if f.title == "Parasite")
    assert len(film.documents) == 3
    assert [f for f in film.facts if f.status == "conflict"] == []
    # Every fact the text states is backed by all three documents, with one agreed value.
    text_id = next(d.id for d in recon.documents if d.source == str(TEXT))
    shared = [f for f in film.facts if any(c.evidence.document == text_id for v in f.values for c in v.claims)]
    assert len(shared) >= 30
    for fact in shared:
        documents = {c.evidence.document for v in fact.values for c in v.claims}
        assert (fact.status, len(fact.values), len(documents)) == ("agreed", 1, 3), (fact.property, fact.qualifiers)


def test_a_film_date_at_a_festival_is_a_premiere_not_a_release() -> None:
    """`{{Film date|2019|5|21|[[…|Cannes]]|2019|5|30|South Korea}}`: Cannes is no country."""
    found = extract.run(read_file(RENDERINGS["wikitext"]))
    releases = {(str(value_to_json(c.value)), c.q("country")) for c in found if c.property == "release_date"}
    premieres = {(str(value_to_json(c.value)), c.q("place")) for c in found if c.property == "premiere_date"}
    assert ("2019-05-30", "South Korea") in releases and not any(country == "Cannes" for _, country in releases)
    assert ("2019-05-21", "Cannes") in premieres
