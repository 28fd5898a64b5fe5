"""Infobox fields → claims, on the wikitext golden pages; money and running time parsing;
`citation_for`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from filmfacts.extract import REGISTRY
from filmfacts.extract.citations import citation_for, unit_at
from filmfacts.extract.infobox import VERSION, count, extract_infobox, minutes, money
from filmfacts.model import Claim, Document, Field, Name, Quantity, Text, Time, value_to_json
from filmfacts.sources.wiki import wikitext

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "wikitext"
CASES = sorted(p.stem for p in GOLDEN.glob("*.wiki"))


def read(name: str) -> Document:
    path = GOLDEN / f"{name}.wiki"
    return wikitext.read(path.read_text(encoding="utf-8"), path.name)


def claims(name: str, subject: str = "the film") -> list[Claim]:
    return list(extract_infobox(read(name), subject))


def triples(found: list[Claim]) -> list[list[Any]]:
    data: list[list[Any]] = json.loads(json.dumps(
        [[c.property, value_to_json(c.value), dict(c.qualifiers)] for c in found], ensure_ascii=False))
    return data


def pick(found: list[Claim], prop: str, value: Any) -> Claim:
    """The claim with this property and this value (as the export writes it)."""
    matches = [c for c in found if c.property == prop and value_to_json(c.value) == value]
    assert matches, f"no {prop} = {value!r}"
    return matches[0]


@pytest.mark.parametrize("name", CASES)
def test_golden_claims(name: str) -> None:
    want = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))["infobox_claims"]
    assert triples(claims(name)) == want


@pytest.mark.parametrize("name", CASES)
def test_evidence_quotes_the_document(name: str) -> None:
    doc = read(name)
    for c in extract_infobox(doc, "X"):
        assert c.evidence.document == doc.id
        assert doc.text[c.evidence.start:c.evidence.end] == c.evidence.quote
        assert (c.extractor, c.version, c.subject) == ("infobox", VERSION, "X")
        if isinstance(c.value, Name | Text):
            assert c.value.text in c.evidence.quote


def test_registered_with_its_needs() -> None:
    entry = next(e for e in REGISTRY if e.name == "infobox")
    assert entry.requires == ("fields",) and entry.version == VERSION


def test_actrius() -> None:
    found = claims("actrius", "Actresses")
    assert pick(found, "director", "Ventura Pons").value == Name("Ventura Pons", "person")
    assert pick(found, "director", "Ventura Pons").subject == "Actresses"
    assert [value_to_json(c.value) for c in found if c.property == "cast_member"] == [
        "Núria Espert", "Rosa Maria Sardà", "Anna Lizaran", "Mercè Pons"]
    release = pick(found, "release_date", "1997-01-17")
    assert release.value == Time("1997-01-17", "day") and release.q("country") == "Spain"
    assert pick(found, "running_time", {"amount": 100, "unit": "minute"}).value == Quantity(100, "minute")
    based = pick(found, "based_on", "E.R.")
    assert based.value == Name("E.R.", "work")
    assert based.q("author") == "Josep Maria Benet i Jornet" and based.q("form") == "stage play"
    assert pick(found, "country_of_origin", "Spain").value == Text("Spain", "en")
    assert pick(found, "original_language", "Catalan")
    assert len([c for c in found if c.property == "production_company"]) == 4
    assert pick(found, "distributor", "Buena Vista International")


def test_korean_film() -> None:
    found = claims("korean_film_sample")
    hangul = pick(found, "native_title", "7번방의 선물")
    assert hangul.value == Text("7번방의 선물", "ko", "Hangul")
    assert (hangul.q("language"), hangul.q("script")) == ("ko", "Hangul")
    assert pick(found, "native_title", "7番房의 膳物").q("script") == "Hanja"
    assert pick(found, "romanized_title", "7beonbangui Seonmul")
    gross = pick(found, "gross", {"amount": 80300000, "unit": "USD"})
    assert gross.value == Quantity(80_300_000, "USD", approx=True)
    assert gross.q("point_in_time") == "2013-03-15"
    budget = pick(found, "budget", {"amount": 3500000000, "unit": "KRW"})
    assert budget.q("point_in_time") == "2013-01-25"
    assert pick(found, "release_date", "2013-01-23").q("country") == "South Korea"
    assert [value_to_json(c.value) for c in found if c.property == "writer"] == [
        "Lee Hwan-kyung", "Yoo Young-a", "Kim Hwang-sung", "Kim Young-seok"]
    assert [value_to_json(c.value) for c in found if c.property == "production_company"] == [
        "Fineworks", "CL Entertainment"]
    # the lead's {{Korean}} and the infobox both give the Hangul title: one claim
    assert len([c for c in found if c.property == "native_title"]) == 2


def test_budget_with_an_equivalent() -> None:
    """`Rp 5 billion ($600,000)`: one budget; the bracketed sum is the same money in dollars, and
    as a second value it would read as the document contradicting itself."""
    found = [c for c in claims("question_mark_film") if c.property == "budget"]
    assert [(value_to_json(c.value), c.evidence.quote) for c in found] == [
        ({"amount": 5_000_000_000, "unit": "IDR"}, "Rp 5 billion")]


def fields_doc(**values: str) -> Document:
    """A document made of `Label: value` lines with one field per keyword."""
    text, fields = "", []
    for name, value in values.items():
        line = f"{name}: "
        fields.append(Field(name, value, len(text) + len(line), len(text) + len(line) + len(value)))
        text += line + value + "\n"
    return Document(id="d", source="s", format="t", kind="encyclopedia", site="x", text=text,
                    fields=tuple(fields))


def test_release_dates_several_and_at_festivals() -> None:
    doc = fields_doc(released="5 October 2012 (Busan International Film Festival); "
                              "January 23, 2013 (South Korea); 2014")
    found = list(extract_infobox(doc, "F"))
    assert [(c.value, dict(c.qualifiers)) for c in found] == [
        (Time("2012-10-05", "day"), {"place": "Busan International Film Festival"}),
        (Time("2013-01-23", "day"), {"country": "South Korea"}),
        (Time("2014", "year"), {}),
    ]


def test_people_split_on_commas_only_when_they_are_full_names() -> None:
    doc = fields_doc(starring="Ryu Seung-ryong, Kal So-won and Park Shin-hye",
                     music="Harry Connick, Jr.", director="Kim Ji-woon (uncredited)")
    found = list(extract_infobox(doc, "F"))
    assert [(c.property, value_to_json(c.value), c.q("note")) for c in found] == [
        ("cast_member", "Ryu Seung-ryong", None), ("cast_member", "Kal So-won", None),
        ("cast_member", "Park Shin-hye", None), ("music", "Harry Connick, Jr.", None),
        ("director", "Kim Ji-woon", "uncredited"),
    ]
    for c in found:
        assert c.evidence.quote == value_to_json(c.value)


@pytest.mark.parametrize(("text", "amounts"), [
    ("US$80.3 million", [Quantity(80_300_000, "USD", True)]),
    ("more than US$30 million", [Quantity(30_000_000, "USD", True, "lower")]),
    ("$600,000", [Quantity(600_000, "USD")]),
    ("₩12,345,678,900", [Quantity(12_345_678_900, "KRW")]),
    ("KRW 5 billion", [Quantity(5e9, "KRW", True)]),
    ("5 billion won", [Quantity(5e9, "KRW", True)]),
    ("€2 million+", [Quantity(2e6, "EUR", True, "lower")]),
    ("US$5–6 million", [Quantity(5e6, "USD", True)]),
    ("under £1 million", [Quantity(1e6, "GBP", True, "upper")]),
    ("about ¥300,000,000", [Quantity(3e8, "JPY", True)]),
    ("12.3 million admissions", []),
    ("35억 원", [Quantity(3.5e9, "KRW", True)]),
])
def test_money(text: str, amounts: list[Quantity]) -> None:
    assert [q for q, *_ in money(text)] == amounts


@pytest.mark.parametrize(("text", "count"), [
    ("127 minutes", 127), ("100 min", 100), ("2 hours 7 minutes", 127), ("95", 95), ("127분", 127), ("unknown", None),
])
def test_running_time(text: str, count: float | None) -> None:
    assert minutes(text) == count


# ---------------------------------------------------------------- citation_for


def test_citation_for_sentences() -> None:
    doc = read("korean_film_sample")
    text = doc.text
    weeks = citation_for(doc, text.index("4.6 million admissions"))
    assert weeks is not None and weeks.title == "Sample weekly report" and weeks.date == "2013-02-06"
    sales = citation_for(doc, text.index("12.32 million"))
    assert sales is not None and sales.date == "2013-03-15"
    end_of_sentence = text.index("12.32 million.") + len("12.32 million.")
    assert citation_for(doc, end_of_sentence) == sales
    assert citation_for(doc, text.index("Its budget was")) is None
    assert citation_for(doc, text.index("comedy drama")) is None


def test_citation_for_reads_past_abbreviations() -> None:
    doc = wikitext.read("'''Film''' is a film. Room No. 7 was seen by J. Smith and 1 million more.<ref>"
                        "{{cite news|title=R|date=2013-03-15}}</ref> Next sentence.", "t.wiki")
    cited = citation_for(doc, doc.text.index("Room"))
    assert cited is not None and cited.title == "R"
    assert citation_for(doc, doc.text.index("Film")) is None
    assert citation_for(doc, doc.text.index("Next")) is None


def test_citation_for_cells_and_fields() -> None:
    doc = wikitext.read(
        "'''Film''' is a film.\n\n== Box office ==\n{|\n! Week !! Gross\n|-\n| 1 || $5 million<ref>"
        "{{cite web|title=Chart|date=2013-02-01}}</ref>\n|-\n| 2 || $9 million\n|}\n"
        "{{Infobox film|gross={{US$|9 million}}<ref>{{cite web|title=Final|date=April 2, 2013}}</ref>}}",
        "t.wiki")
    table = doc.tables[0]
    first, second = table.rows[0][1], table.rows[1][1]
    cited = citation_for(doc, first.start)
    assert cited is not None and cited.title == "Chart"
    assert unit_at(doc, first.start) == (first.start, first.end)
    assert citation_for(doc, second.start) is None
    gross = next(c for c in extract_infobox(doc, "Film") if c.property == "gross")
    assert gross.q("point_in_time") == "2013-04-02"


def test_admissions_with_the_cited_date() -> None:
    doc = wikitext.read("{{영화 정보|관객수=1,281만 명<ref>{{웹 인용|제목=KOBIS|날짜=2013-04-30}}</ref>}}"
                        "'''Film''' is a film.", "t.wiki")
    found = [c for c in extract_infobox(doc, "Film") if c.property == "admissions"]
    assert [(c.value, c.q("point_in_time")) for c in found] == [
        (Quantity(12_810_000, "", approx=True), "2013-04-30")]


@pytest.mark.parametrize(("text", "quantity"), [
    ("12.32 million", Quantity(12_320_000, "", True)),
    ("12,811,435", Quantity(12_811_435)),
    ("more than 10 million", Quantity(10_000_000, "", True, "lower")),
    ("none", None),
])
def test_admission_counts(text: str, quantity: Quantity | None) -> None:
    assert count(text) == quantity


def test_citation_for_without_citations() -> None:
    doc = fields_doc(gross="US$1 million")
    assert citation_for(doc, 3) is None
    assert next(iter(extract_infobox(doc, "F"))).q("point_in_time") is None
