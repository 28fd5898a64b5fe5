"""Stages declare what they need and give; the pipeline refuses an order that cannot run."""

from __future__ import annotations

import pytest

from filmfacts.errors import PipelineError
from filmfacts.pipeline import BUILD_STAGES, READ_STAGES, Stage, check_order


def test_declared_orders_run() -> None:
    check_order(BUILD_STAGES, ("path",))
    check_order(READ_STAGES, ("stored",))


def test_a_stage_before_what_it_needs_is_refused() -> None:
    with pytest.raises(PipelineError, match="'extract' needs document"):
        check_order((Stage("extract", ("document",), ("claims",)), Stage("read", ("path",), ("document",))),
                    ("path",))


def test_show_by_title_brings_in_documents_that_name_the_film_in_another_script(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from filmfacts.model import Document, Quantity, Text, Time, claim, document_id
    from filmfacts.pipeline import find_film, reconciled
    from filmfacts.store import Extracted, Store

    def doc(text: str, kind: str, fmt: str) -> Document:
        return Document(document_id(text), f"{kind}.txt", fmt, kind, kind, text)

    wiki = doc("The Host is a 2006 South Korean monster film.", "encyclopedia", "plain_extract")
    kobis = doc("괴물 2006 row", "dataset", "kobis")
    report = doc("Weekly report: The Host and another film.", "news", "article")
    say = lambda d, s, p, v: claim(s, p, v, d.span(0, 3), "test", "1")  # noqa: E731
    store = Store(tmp_path / "s.db")
    store.write([
        Extracted(wiki, "The Host", (say(wiki, "The Host", "native_title", Text("괴물", "ko", "Hangul")),
                                     say(wiki, "The Host", "publication_year", Time("2006", "year")))),
        Extracted(kobis, "괴물", (say(kobis, "괴물", "publication_year", Time("2006", "year")),
                                 say(kobis, "괴물", "admissions", Quantity(13_019_740)))),
        Extracted(report, "Other Film", (say(report, "Other Film", "admissions", Quantity(5)),
                                         say(report, "The Host", "admissions", Quantity(6)))),
    ], {}, "test")
    film = find_film(reconciled(store, "the host"), "The Host")
    assert set(film.documents) == {wiki.id, kobis.id, report.id}
    assert {f.property for f in film.facts} >= {"admissions", "native_title"}
