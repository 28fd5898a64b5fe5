"""The stored film records: a build reconciles the films its documents touch, and what it keeps is
what reconciling every claim from scratch gives (`filmfacts.records`)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, FILMS, ROOT, backend_target
from filmfacts.pipeline import build
from filmfacts.records import document_keys, find_record, records_version, refresh
from filmfacts.store import Store, schema

NEWS = ROOT / "tests" / "fixtures" / "news"
KOBIS = ROOT / "tests" / "fixtures" / "kobis"
# Miracle in Cell No. 7 told by the seeds, then news of its run, then KOBIS's lists naming it in Hangul
# only (7번방의 선물), which a title claim of the seeds joins to it; then other films beside it.
STEPS = [
    sorted(EXAMPLES.glob("*.txt")),
    [NEWS / "05-soompi-miracle-10-million.html", NEWS / "06-news-miracle-38-days.txt"],
    [NEWS / "07-blog-miracle-stale-copy.html", NEWS / "09-wikiwand-miracle-mirror.html"],
    [KOBIS / "tenmillion_sample.csv", KOBIS / "top500_sample.csv"],
    [FILMS / "parasite", NEWS / "03-hancinema-weekend-2024-03-01.html"],
]


def everything(store: Store) -> dict[str, Any]:
    return {r["id"]: r for r in store.records()}


def without_ids(records: dict[str, Any]) -> list[str]:
    return sorted(re.sub(r'"[fpc][0-9a-f]{11}"', '"ID"', json.dumps(r, sort_keys=True)) for r in records.values())


def test_builds_one_at_a_time_keep_what_a_rebuild_from_scratch_gives(tmp_path: Path) -> None:
    step_by_step = Store(tmp_path / "steps.db")
    counts = []
    for paths in STEPS:
        report = build(paths, step_by_step)
        counts.append(report.films_reconciled)
        assert step_by_step.records_state() == "current"
    incremental = everything(step_by_step)
    at_once = Store(tmp_path / "once.db")
    build([p for paths in STEPS for p in paths], at_once)
    # the same records; an id may differ: a film keeps the id it had when a later document joins it
    # (stable identities, identity.py), where a store built at once derives it from its strongest title
    assert without_ids(everything(at_once)) == without_ids(incremental)
    refresh(step_by_step, full=True)
    assert everything(step_by_step) == incremental
    # a later build reconciles the films its documents touch, not the store
    assert 0 < counts[1] < len(incremental)
    assert counts[-1] < len(incremental)
    # KOBIS's rows naming the film in Hangul only joined the film built before them
    miracle = find_record(step_by_step, "7번방의 선물")
    assert miracle["title"] == "Miracle in Cell No. 7"
    assert {s["site"] for s in miracle["sources"].values()} >= {"Wikipedia", "KOBIS (Korean Film Council)"}


def test_a_document_joining_two_titles_merges_their_records(tmp_path: Path) -> None:
    """KOBIS's row first (its Hangul title alone makes a film of its own), the Wikipedia page after:
    the page's native title joins them, and the Hangul-only record is gone."""
    store = Store(tmp_path / "join.db")
    build([KOBIS / "tenmillion_sample.csv"], store)
    before = {r["title"] for r in store.records()}
    assert "7번방의 선물" in before
    build(sorted(EXAMPLES.glob("*.txt")), store)
    titles = [r["title"] for r in store.records()]
    assert "7번방의 선물" not in titles and titles.count("Miracle in Cell No. 7") == 1
    fresh = Store(tmp_path / "fresh.db")
    build([KOBIS / "tenmillion_sample.csv", *sorted(EXAMPLES.glob("*.txt"))], fresh)
    assert everything(fresh) == everything(store)


def test_a_refresh_in_parts_keeps_what_one_at_once_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The records step takes the documents a part at a time (its memory is one part's, not the
    build's): a film whose documents fall in several parts is reconciled again with each, and ends as
    a refresh of all at once leaves it."""
    import filmfacts.records as records_module
    from filmfacts.store.records import RecordWriter

    paths = [p for step in STEPS for p in step]
    at_once = Store(tmp_path / "once.db")
    whole = build(paths, at_once)
    parts: list[int] = []
    changed = RecordWriter.changed_documents

    def counted(self: RecordWriter, size: int, fmt: str | None = None):  # type: ignore[no-untyped-def]
        for stamps in changed(self, size, fmt):
            if fmt is None:  # not the look for changed KOBIS lists
                parts.append(len(stamps))
            yield stamps

    monkeypatch.setattr(records_module, "REFRESH_DOCUMENTS", 3)
    monkeypatch.setattr(RecordWriter, "changed_documents", counted)
    in_parts = Store(tmp_path / "parts.db")
    report = build(paths, in_parts)
    assert len(parts) == -(-whole.documents // 3) and max(parts) == 3 and sum(parts) == whole.documents
    assert report.films_reconciled > whole.films_reconciled  # films of several parts, again with each
    assert without_ids(everything(in_parts)) == without_ids(everything(at_once))
    assert in_parts.records_state() == "current"
    parts.clear()
    assert build(paths, in_parts).films_reconciled == 0 and parts == []  # nothing changed: no part


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_read_interface(backend: str, tmp_path: Path) -> None:
    store = Store(backend_target(backend, tmp_path))
    try:
        build(sorted(EXAMPLES.glob("*.txt")), store)
        (hit,) = store.find_films("7번방의 선물")
        assert (hit.title, hit.year, hit.matched) == ("Miracle in Cell No. 7", 2013, "7번방의 선물")
        assert store.find_films("cell no 7", year=2013)[0].id == hit.id
        assert store.find_films("cell no 7", year=1999) == []
        record = store.record(hit.id)
        assert record is not None and record["id"] == hit.id and json.loads(store.record_text(hit.id) or "") == record
        assert record["timeline"]["points"] and record["people"] and record["copies"]
        assert store.record("nope") is None
        assert [r["id"] for r in store.records()] == [hit.id] and store.record_count() == 1
    finally:
        if backend != "sqlite":
            schema.metadata.drop_all(store.engine)
        store.close()


def test_a_store_built_by_another_version_is_brought_up_to_date(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("build", *map(str, sorted(EXAMPLES.glob("*.txt")))).exit_code == 0
    store = Store(cli.db, create=False)
    with store.engine.begin() as conn:  # as a store from before records, or built by other code
        conn.execute(schema.meta.update().where(schema.meta.c.key == "records_version").values(value="older"))
    assert store.records_state() == "stale"
    result = cli("show", "Miracle in Cell No. 7")
    assert result.exit_code == 0, result.output
    assert "building this store's film records once" in result.output
    assert "Miracle in Cell No. 7" in result.output
    assert store.records_state() == "current"
    assert cli("rebuild").output.startswith("Rebuilt 1 film record(s)")


def test_document_keys_name_subjects_and_the_titles_joining_them() -> None:
    from filmfacts.model import Span, Text, claim

    span = Span("d1", 0, 1, "x")
    rows = document_keys([claim("Miracle in Cell No. 7", "native_title", Text("7번방의 선물", "ko"), span, "t", "1"),
                          claim("Miracle in Cell No. 7", "genre", Text("drama"), span, "t", "1")])
    assert [r[1:] for r in rows] == [("miraclecellno7", "", "7beonbanguiseonmul"),
                                     ("miraclecellno7", "Miracle in Cell No. 7", "")]
    assert len(records_version()) == 16
