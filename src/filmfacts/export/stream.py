"""Exports written as the store's records are read: one film at a time, memory flat.

`write_export(store, fmt, stream)` writes `json` (the `filmfacts-export/1` document: films, then
the documents, people and roles), `jsonld` (schema.org `Movie`s), `csv` (one row per fact) or
`quickstatements` (Wikidata's v1 commands), the last three from `ecosystem.py`. The JSON
export writes each film's stored record as it is, one per line; the people of all films are merged
per person from a stream ordered by id, so nothing holds the whole store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TextIO

from .json_export import FORMAT

if TYPE_CHECKING:
    from ..store import Store


def _document(row: Any, copies: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    body = row.body or {}
    return {
        "id": row.id, "file": row.source, "format": row.format, "kind": row.kind, "site": row.site,
        "language": row.language, "title": row.title, "byline": body.get("byline", ""),
        "published": row.published or None, "retrieved": row.retrieved or None, "licence": row.licence,
        "url": body.get("url") or None,
        "declared_copies": list(body.get("declared_copies", [])),
        "copies": [c["original"] for c in copies.get(row.id, [])],
        "copy_evidence": copies.get(row.id, []),
        "external_ids": dict((a, b) for a, b in body.get("external_ids", [])),
    }


def _entities(store: Store, kind: str, ascii_only: bool) -> Iterator[str]:
    """Each person (or role) as JSON: as its one record gives it (most are in one film), else merged."""
    from ..records import merge_entity

    for _, bodies in store.entity_texts(kind):
        if len(bodies) == 1:
            yield bodies[0] if not ascii_only or bodies[0].isascii() else json.dumps(json.loads(bodies[0]))
        else:
            yield json.dumps(merge_entity(bodies), ensure_ascii=ascii_only)


def _write_list(stream: TextIO, items: Iterable[str], batch: int = 256) -> None:
    """JSON texts as the items of a list, one a line, written a batch at a time (fewer, larger writes)."""
    pending: list[str] = []
    first = True
    for item in items:
        pending.append(item)
        if len(pending) >= batch:
            stream.write(("" if first else ",\n") + ",\n".join(pending))
            pending.clear()
            first = False
    if pending:
        stream.write(("" if first else ",\n") + ",\n".join(pending))


def write_json(store: Store, stream: TextIO, *, ascii_only: bool = False) -> None:
    """The `filmfacts-export/1` document, a film a line. Its film entries are the stored records, written
    as stored (not decoded); then the documents with the copies found between them, people and roles."""
    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=ascii_only)

    stream.write(f'{{"format": {dumps(FORMAT)},\n"films": [\n')
    films = store.record_texts()
    if ascii_only:
        films = (t if t.isascii() else dumps(json.loads(t)) for t in films)
    _write_list(stream, films)
    stream.write("\n],\n")
    copies: dict[str, list[dict[str, Any]]] = {}
    seen: set[tuple[str, str]] = set()
    for text in store.copy_texts():
        for c in json.loads(text):
            if (c["copy"], c["original"]) not in seen:
                seen.add((c["copy"], c["original"]))
                copies.setdefault(c["copy"], []).append({k: c[k] for k in ("original", "overlap", "declared",
                                                                           "evidence")})
    for name, rows in (("documents", (dumps(_document(r, copies)) for r in store.document_texts())),
                       ("people", _entities(store, "person", ascii_only)),
                       ("characters", _entities(store, "character", ascii_only))):
        stream.write(f"{dumps(name)}: [\n")
        _write_list(stream, rows)
        stream.write("\n],\n")
    # the users' same/different decisions, which linking applied over its own (identity.py)
    curations = [{"verdict": c.verdict, "a": c.a, "b": c.b, "because": c.because, "added": c.added}
                 for c in store.curations()]
    stream.write(f"{dumps('curations')}: {dumps(curations)}\n}}\n")


def write_export(store: Store, fmt: str, stream: TextIO, *, ascii_only: bool = False) -> None:
    if fmt == "json":
        write_json(store, stream, ascii_only=ascii_only)
    elif fmt == "jsonld":
        from .ecosystem import write_jsonld

        write_jsonld(store, stream, ascii_only=ascii_only)
    elif fmt == "csv":
        from .ecosystem import write_csv

        write_csv(store, stream)
    elif fmt == "quickstatements":
        from .ecosystem import write_quickstatements

        write_quickstatements(store, stream)
    else:
        raise ValueError(fmt)


__all__ = ["write_export", "write_json"]
