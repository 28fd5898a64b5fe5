"""The store: round trips, idempotent writes, re-extraction on a new extractor version, atomic batches."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import EXAMPLES
from filmfacts import extract
from filmfacts.errors import StoreError
from filmfacts.pipeline import extract_document
from filmfacts.sources import read_file
from filmfacts.store import Checkpoint, Store


def items():  # type: ignore[no-untyped-def]
    return [extract_document(read_file(p)) for p in sorted(EXAMPLES.glob("*.txt"))]


def test_documents_and_claims_round_trip(store: Store) -> None:
    batch = items()
    store.write(batch, extract.versions(), "test")
    docs = {d.id: d for d in store.documents()}
    for item in batch:
        assert docs[item.document.id] == item.document
    stored = sorted(store.claims(), key=lambda c: c.id)
    expected = sorted({c.id: c for item in batch for c in item.claims}.values(), key=lambda c: c.id)
    assert stored == expected


def test_documents_without_their_layout_keep_what_linking_reads(store: Store) -> None:
    from filmfacts import identity
    from filmfacts.link import link
    from filmfacts.link.films import editions

    batch = items()
    store.write(batch, extract.versions(), "test")
    whole, bare = store.documents(), store.documents(layout=False)
    assert any(d.sections for d in whole) and any(d.tables for d in whole)
    for d, b in zip(whole, bare, strict=True):
        assert b == replace(d, sections=(), tables=(), fields=(), citations=(), links=())
    claims = store.claims()
    assert identity._rows(link(bare, editions(bare, claims), store.known())) == \
        identity._rows(link(whole, editions(whole, claims), store.known()))


def test_documents_of_a_format_and_claims_of_some_properties(store: Store) -> None:
    batch = items()
    store.write(batch, extract.versions(), "test")
    fmt = batch[0].document.format
    assert store.ids_of_format(fmt) == sorted({i.document.id for i in batch if i.document.format == fmt})
    assert store.ids_of_format("kobis") == []
    first = batch[0].document.id
    got = store.claims([first], ["admissions", "box_office_rank"])
    assert got and {c.property for c in got} == {"admissions", "box_office_rank"}
    assert {c.id for c in got} == {c.id for c in batch[0].claims if c.property in ("admissions", "box_office_rank")}


def test_same_documents_twice_change_nothing(store: Store) -> None:
    versions = extract.versions()
    first = store.write(items(), versions, "test")
    second = store.write(items(), versions, "test")
    assert (first.added, second.added, second.unchanged) == (2, 0, 2)
    assert store.counts()["claims"] == first.claims


def test_new_extractor_version_re_extracts(store: Store) -> None:
    versions = extract.versions()
    store.write(items(), versions, "test")
    bumped = {**versions, "cast": versions["cast"] + ".1"}
    stats = store.write([replace(i, versions={}) for i in items()], bumped, "test")
    assert (stats.added, stats.replaced, stats.unchanged) == (0, 2, 0)
    assert all(v == bumped for v in store.versions().values())


def test_only_documents_an_extractor_reads_are_re_extracted(store: Store) -> None:
    """The infobox extractor reads fields; the plain-text examples have none, so its new version
    leaves them as they are, while a new version of the cast extractor re-reads them."""
    first = items()
    store.write(first, extract.versions(), "test")
    assert all("infobox" not in i.versions and "cast" in i.versions for i in first)

    def bump(item, name):  # type: ignore[no-untyped-def]
        return replace(item, versions={k: v + ".1" if k == name else v for k, v in item.versions.items()})

    assert store.write([bump(i, "infobox") for i in items()], extract.versions(), "test").unchanged == 2
    assert store.write([bump(i, "cast") for i in items()], extract.versions(), "test").replaced == 2


def test_a_failing_batch_leaves_the_store_as_it_was(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    batch = items()
    store.write(batch[:1], extract.versions(), "test")
    before = store.counts()
    broken = replace(batch[1], claims=(*batch[1].claims, None))  # type: ignore[arg-type]
    with pytest.raises((StoreError, AttributeError)):
        store.write([batch[0], broken], {**extract.versions(), "x": "1"}, "test")
    assert store.counts() == before


def test_checkpoint_is_written_with_its_batch(store: Store) -> None:
    cp = Checkpoint("dump.xml", 42, 100, 3, 1, 96)
    store.write(items()[:1], extract.versions(), "test", checkpoint=cp)
    assert store.checkpoint("dump.xml") == cp
    assert store.checkpoint("other.xml") is None


def test_a_newer_schema_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from filmfacts.store import schema

    s = Store(tmp_path / "x.db")
    with s.engine.begin() as conn:
        conn.execute(update(schema.meta).values(value="999"))
    s.close()
    with pytest.raises(StoreError, match="schema version 999"):
        Store(tmp_path / "x.db")


def test_claims_loaded_together_share_equal_values_but_not_merely_equal_ones() -> None:
    from types import SimpleNamespace

    from filmfacts.store.codec import claim_from_row

    def row(value: dict, qualifiers: list) -> SimpleNamespace:  # type: ignore[type-arg]
        return SimpleNamespace(document_id="d", subject="Film", property="p", value=value, qualifiers=qualifiers,
                               start=0, end=4, quote="Film", extractor="x", version="1", confidence=1.0)

    shared: dict = {}  # type: ignore[type-arg]
    year = {"t": "time", "iso": "2013", "precision": "year"}
    a, b = (claim_from_row(row(dict(year), [["rank", 1]]), shared) for _ in range(2))
    assert a.value is b.value and a.qualifiers is b.qualifiers
    one, true, real = (claim_from_row(row(year, [["rank", v]]), shared) for v in (1, True, 1.0))
    assert [type(c.qualifiers[0][1]) for c in (one, true, real)] == [int, bool, float]
    assert len({one.id, true.id, real.id}) == 3
