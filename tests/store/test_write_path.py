"""The bulk write path stores exactly the rows SQLAlchemy Core's insert of `document_row` / `claim_row`
stored before it (same JSON text, same values), and a build streamed in batches is one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from conftest import EXAMPLES, FILMS
from filmfacts import extract
from filmfacts.errors import InputError
from filmfacts.pipeline import build, extract_document
from filmfacts.sources import read_file
from filmfacts.store import Store, now, schema
from filmfacts.store.codec import claim_row, document_row


def batch() -> list:  # type: ignore[type-arg]
    paths = sorted(EXAMPLES.glob("*.txt")) + sorted(FILMS.glob("*/*.txt"))[:6]
    return [extract_document(read_file(p)) for p in paths]


def rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    out = {}
    with store.engine.connect() as conn:
        for table, order in ((schema.documents, "id"), (schema.claims, "id"), (schema.document_films, "film")):
            cols = [c for c in table.c if c.name != "added"]
            out[table.name] = sorted(tuple(r) for r in conn.execute(select(*cols).order_by(table.c[order])))
    return out


def test_rows_are_what_the_core_insert_wrote(store: Store, tmp_path: Path) -> None:
    items = batch()
    versions = extract.versions()
    store.write(items, versions, "test")
    reference = Store(tmp_path / "reference.db")
    added = now()
    with reference.engine.begin() as conn:  # the write path before the bulk one
        conn.execute(schema.documents.insert(), [document_row(i.document, i.film, i.versions or versions, added)
                                                 for i in items])
        claims = {c.id: claim_row(c) for i in items for c in i.claims}
        conn.execute(schema.claims.insert(), list(claims.values()))
        conn.execute(schema.document_films.insert(), [
            {"document_id": i.document.id, "film": f}
            for i in items for f in dict.fromkeys([i.film, *(c.subject for c in i.claims)]) if f])
    assert sum(len(i.claims) for i in items) > 100
    assert rows(store) == rows(reference)
    with store.engine.connect() as conn, reference.engine.connect() as ref:  # the JSON text itself
        query = "SELECT id, value, qualifiers FROM claims ORDER BY id"
        if store.engine.dialect.name == "sqlite":
            assert list(conn.exec_driver_sql(query)) == list(ref.exec_driver_sql(query))
    reference.close()


def test_a_build_streamed_in_batches_is_one_transaction(store: Store, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("filmfacts.pipeline.WRITE_BATCH", 2)
    folder = tmp_path / "docs"
    folder.mkdir()
    for i, p in enumerate(sorted(FILMS.glob("*/*.txt"))[:5]):
        (folder / f"{i}.txt").write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "9-bad.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(InputError):
        build([folder], store)
    assert store.counts() == {"documents": 0, "claims": 0}  # the batches written before the bad file: gone
    report = build([folder], store, skip_bad=True)
    assert report.documents == 5 and report.added == 5 and store.counts()["documents"] == 5
    again = build([folder], store, skip_bad=True)
    assert again.unchanged == 5 and again.added == 0
