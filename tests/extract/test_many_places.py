"""A sentence of many figures or many places is read once for all of them, not once for each: each
reading again made a sentence's time the square of its length (bench/fuzz_bench.py's hangs, 10 to over
100 CPU seconds on 41-64 KB pages). Each test counts the reads a sentence of many figures makes: a
count that grows with the figures, not their square. Our own sentences."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from filmfacts.extract import box_office, when
from filmfacts.extract.box_office import extract_box_office
from filmfacts.extract.crew import PATTERNS
from filmfacts.extract.people import FEW_NAMES, NAME
from filmfacts.extract.places import places
from filmfacts.model import Document, Section, document_id

ROWS = 60
# one clause (the ", but" before the last part ends it) holding every place and figure
CHART = ("Exhuma topped the weekend chart with 1,200,000 viewers in Korea, "
         + "".join(f"Wonka came in {n}th place with {n},000 viewers in Korea, " for n in range(2, ROWS + 2))
         + "but Dune was not released there.")


def _news(text: str) -> Document:
    return Document(document_id(text), "test", "article", "news", "Test Daily", text, published="2024-03-04",
                    sections=(Section((), 0, len(text)),))


def _counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, calls: Counter[str]) -> None:
    real: Callable[..., Any] = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[name] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)


def test_a_clause_of_many_places_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: Counter[str] = Counter()
    _counted(monkeypatch, when, "resolve", calls)  # a clause's time (when.figure_time)
    _counted(monkeypatch, box_office, "markets_said", calls)  # the markets no other place holds
    _counted(monkeypatch, box_office, "measure", calls)  # a chart clause's measure
    claims = list(extract_box_office(_news(CHART), "Exhuma"))
    ranks = [c for c in claims if c.property == "box_office_rank"]
    assert len(ranks) >= ROWS and all(c.q("scope") == "South Korea" for c in ranks)
    # once a clause or a sentence (and a figure's own words), never once per place: ROWS + 1 places
    assert calls["markets_said"] <= 3
    assert calls["measure"] <= 3
    assert calls["resolve"] <= 2 * ROWS + 10  # a figure's own words, each resolved once


def test_places_know_where_the_places_before_them_are_without_a_pass_over_them() -> None:
    # places.taken looked at every place found so far for each new one
    text = " ".join(f"Wonka came in {n}th place." for n in range(2, 400))
    found = places(text)
    assert [p.position for p in found] == list(range(2, 400))


def test_a_word_of_a_name_is_read_at_most_forty_letters() -> None:
    # "ParasiParasi…" (41 KB, no space) was read to its end from each of its capitals
    word = "P" + "arasiP" * 2_000
    m = re.match(NAME, word)
    assert m is not None and m.end() <= 1 + 40 + 4 * 41 + 3 * (1 + 45 * 5)
    assert re.fullmatch(NAME, "Guillermo del Toro") and re.fullmatch(NAME, "Daniel Day-Lewis")
    assert re.fullmatch(NAME, "Conan O'Brien")


def test_a_list_tried_at_every_comma_reads_a_few_names() -> None:
    names = ", ".join(f"Ana Ferro{chr(65 + i % 26)}" for i in range(40))
    m = re.match(FEW_NAMES, names)
    assert m is not None and m.group(0).count(",") == 8  # nine names, whatever follows
    writers = next(p for prop, p, how in PATTERNS if prop == "screenwriter" and "wrote the" in p.pattern
                   and p.pattern.startswith("(?:^|"))
    found = writers.search("The film was made in 2019, Ana Ferro and Omar Reyes wrote the screenplay.")
    assert found is not None and found.group("who") == "Ana Ferro and Omar Reyes"


def test_an_undated_page_s_sentence_of_many_figures_is_timed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # each figure read the whole sentence's time again (a 54 KB rendered page of 771 figures: 47 CPU s)
    calls: Counter[str] = Counter()
    _counted(monkeypatch, box_office, "time_qualifiers", calls)
    text = ("Silver Night grossed " + ", ".join(f"${n}.5 million in week {n}" for n in range(1, 80))
            + " as of May 2019.")
    doc = Document(document_id(text), "test", "article", "encyclopedia", "Wiki", text,
                   sections=(Section(("Box office",), 0, len(text)),))
    claims = [c for c in extract_box_office(doc, "Silver Night") if c.property == "gross"]
    assert len(claims) >= 70 and all(c.q("point_in_time") == "2019-05" for c in claims)
    assert calls["time_qualifiers"] == 1
