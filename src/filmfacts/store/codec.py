"""Documents and claims ↔ rows.

The write path builds plain tuples in the tables' column order (`DOCUMENT_COLUMNS`,
`CLAIM_COLUMNS`) with the JSON columns already serialised, as SQLAlchemy's JSON type
would (`json.dumps`), so rows go to the driver's `executemany` with no per-row work left.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..model import (
    Cell,
    Citation,
    Claim,
    Document,
    Field,
    Link,
    Section,
    Span,
    Table,
    claim_id,
    value_decode,
    value_encode,
)


def document_row(doc: Document, film: str, versions: dict[str, str], added: str) -> dict[str, Any]:
    return {
        "id": doc.id, "source": doc.source, "format": doc.format, "kind": doc.kind, "site": doc.site,
        "language": doc.language, "title": doc.title, "published": doc.published, "retrieved": doc.retrieved,
        "licence": doc.licence, "body": document_body(doc), "text": doc.text, "film": film, "versions": versions,
        "added": added,
    }


def document_body(doc: Document) -> dict[str, Any]:
    """What a document holds beside its text and metadata, stored as one JSON column."""
    return {
        "sections": [[list(s.path), s.start, s.end] for s in doc.sections],
        "tables": [{
            "section": list(t.section), "header": list(t.header), "start": t.start, "end": t.end,
            "caption": t.caption,
            "rows": [[[c.text, c.start, c.end, c.header, c.spanned] for c in row] for row in t.rows],
        } for t in doc.tables],
        "fields": [[f.name, f.value, f.start, f.end] for f in doc.fields],
        "citations": [[c.anchor, c.title, c.url, c.publisher, c.date, c.access_date] for c in doc.citations],
        "links": [[lk.start, lk.end, lk.target] for lk in doc.links],
        "external_ids": [list(x) for x in doc.external_ids],
        "declared_copies": list(doc.declared_copies),
        "byline": doc.byline,
        "url": doc.url,  # the page's own address, as it gives it: the document page shows it (a link if http)
    }


DOCUMENT_COLUMNS = ("id", "source", "format", "kind", "site", "language", "title", "published", "retrieved",
                    "licence", "body", "text", "film", "versions", "added")
CLAIM_COLUMNS = ("id", "document_id", "subject", "property", "value", "qualifiers", "start", "end", "quote",
                 "extractor", "version", "confidence")


def _json_encoder() -> Any:
    """`json.dumps` with its defaults, but with the C encoder built once instead of once per call (a
    third of the time for the small values of claims); checked against json.dumps, else json.dumps."""
    from json.encoder import c_make_encoder, encode_basestring_ascii  # type: ignore[attr-defined]

    try:
        encode = c_make_encoder(None, json.JSONEncoder().default, encode_basestring_ascii, None, ": ", ", ",
                                False, False, True)
        sample = [{"t": "quantity", "amount": 1.5e6, "unit": "₩", "approx": False, "bound": None}, ["k", [1, "é"]]]
        if "".join(encode(sample, 0)) == json.dumps(sample):
            return lambda value: "".join(encode(value, 0))
    except (TypeError, ValueError):  # no C accelerator, or another signature: the plain way
        pass
    return json.dumps


_dumps = _json_encoder()


def document_values(doc: Document, film: str, versions: str, added: str) -> tuple[Any, ...]:
    """`document_row` as a tuple in `DOCUMENT_COLUMNS` order; `versions` already serialised."""
    return (doc.id, doc.source, doc.format, doc.kind, doc.site, doc.language, doc.title, doc.published,
            doc.retrieved, doc.licence, _dumps(document_body(doc)), doc.text, film, versions, added)


def claim_values(c: Claim) -> tuple[Any, ...]:
    """`claim_row` as a tuple in `CLAIM_COLUMNS` order, JSON serialised; the id is the cached one or
    computed here from the value encoded once for both."""
    span = c.evidence
    value = value_encode(c.value)
    qualifiers = _dumps([[k, list(v) if isinstance(v, tuple) else v] for k, v in c.qualifiers]) \
        if c.qualifiers else "[]"
    return (c._id or claim_id(c, value), span.document, c.subject, c.property, _dumps(value),
            qualifiers, span.start, span.end, span.quote, c.extractor, c.version, c.confidence)


_LAYOUT = frozenset({"sections", "tables", "fields", "citations", "links"})


def document_from_row(row: Any, *, layout: bool = True) -> Document:
    body = row.body if layout else {k: v for k, v in row.body.items() if k not in _LAYOUT}
    return Document(
        id=row.id, source=row.source, format=row.format, kind=row.kind, site=row.site, text=row.text,
        language=row.language, title=row.title, published=row.published, retrieved=row.retrieved,
        licence=row.licence, byline=body.get("byline", ""),  # stores from before bylines: ""
        url=body.get("url", ""),
        declared_copies=tuple(body.get("declared_copies", [])),
        sections=tuple(Section(tuple(p), s, e) for p, s, e in body.get("sections", [])),
        tables=tuple(Table(
            section=tuple(t["section"]), header=tuple(t["header"]), start=t["start"], end=t["end"],
            caption=t.get("caption", ""),
            rows=tuple(tuple(Cell(c[0], c[1], c[2], c[3], c[4]) for c in row) for row in t["rows"]),
        ) for t in body.get("tables", [])),
        fields=tuple(Field(*f) for f in body.get("fields", [])),
        citations=tuple(Citation(*c) for c in body.get("citations", [])),
        links=tuple(Link(*lk) for lk in body.get("links", [])),
        external_ids=tuple((a, b) for a, b in body.get("external_ids", [])),
    )


def claim_row(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id, "document_id": c.document, "subject": c.subject, "property": c.property,
        "value": value_encode(c.value), "qualifiers": [[k, list(v) if isinstance(v, tuple) else v]
                                                        for k, v in c.qualifiers],
        "start": c.evidence.start, "end": c.evidence.end, "quote": c.evidence.quote,
        "extractor": c.extractor, "version": c.version, "confidence": c.confidence,
    }


def claim_from_row(row: Any, shared: dict[Any, Any] | None = None) -> Claim:
    """A stored claim. With `shared` (one dict for the rows of a query), what rows repeat is one object:
    the subject, property, document, extractor and version; the quote of one span, which is a whole
    sentence for each figure in it (67 copies of a 48 KB sentence's quote, loaded, were 3 MB); and a
    value (a year, a name, a genre) or qualifiers that many claims give."""
    memo = shared if shared is not None else {}
    one = memo.setdefault
    document = one(row.document_id, row.document_id)
    return Claim(
        subject=one(row.subject, row.subject), property=one(row.property, row.property),
        value=_decoded(memo, "value", row.value, value_decode),
        evidence=Span(document, row.start, row.end, one((document, row.start, row.end), row.quote)),
        extractor=one(row.extractor, row.extractor), version=one(row.version, row.version),
        qualifiers=_decoded(memo, "qualifiers", row.qualifiers, _qualifiers),
        confidence=one(row.confidence, row.confidence),
    )


def _qualifiers(stored: list[list[Any]]) -> tuple[tuple[str, Any], ...]:
    return tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in stored)


def _decoded(memo: dict[Any, Any], what: str, stored: Any, decode: Callable[[Any], Any]) -> Any:
    """`decode(stored)`, once for equal stored forms: keyed by their repr, which tells 1 from 1.0 and
    True (equal in Python, but other claim ids)."""
    key = (what, repr(stored))
    if (found := memo.get(key)) is None:
        found = memo[key] = decode(stored)
    return found
