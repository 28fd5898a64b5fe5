"""The `filmfacts-export/1` document: films with facts, awards and conflicts; people; characters.

Conflicts are listed apart from facts, each with every document's own value; a
fact carries its sources, how many of them are independent, its evidence quotes
and the Wikidata property it maps to.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..link.identities import Curation
from ..model import (
    Document,
    Entity,
    Fact,
    FilmRecord,
    QualifierValue,
    Reconciliation,
    Time,
    Value,
    value_to_json,
)

FORMAT = "filmfacts-export/1"


def export_value(value: Value) -> Any:
    if isinstance(value, Time) and value.precision == "year":
        return int(value.iso[:4])
    return value_to_json(value)


def _qualifiers(qualifiers: tuple[tuple[str, QualifierValue], ...]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in qualifiers}


def fact_json(fact: Fact) -> dict[str, Any]:
    value = fact.values[0]
    out: dict[str, Any] = {
        "property": fact.property,
        "value": export_value(value.value),
        "qualifiers": _qualifiers(fact.qualifiers),
        "status": fact.status,
        "sources": list(value.sources),
        "independent_sources": value.independent_sources,
        "explanation": fact.explanation,
        "evidence": [{"document": c.document, "quote": c.evidence.quote, "start": c.evidence.start,
                      "end": c.evidence.end, "extractor": f"{c.extractor}@{c.version}"} for c in value.claims],
    }
    if len(fact.values) > 1:
        out["values"] = [{"value": export_value(v.value), "sources": list(v.sources)} for v in fact.values]
    # reconcile/ loads linking: imported here, so streaming stored records out (`export`) does not load it
    from ..reconcile.properties import spec_for

    if wikidata := spec_for(fact.property).wikidata:
        out["wikidata_property"] = wikidata
    return out


def conflict_json(fact: Fact) -> dict[str, Any]:
    values: dict[str, Any] = {}
    evidence: list[dict[str, Any]] = []
    for fv in fact.values:
        for source in fv.sources:
            values.setdefault(source, export_value(fv.value))
        # a conflict may set figures of kindred properties side by side (a milestone among the admissions
        # counts on one timeline): each quote says which property its source stated when it is another
        evidence.extend({"document": c.document, "value": export_value(fv.value), "quote": c.evidence.quote,
                         **({"property": c.property} if c.property != fact.property and c.value == fv.value else {})}
                        for c in fv.claims)
    return {"property": fact.property, "qualifiers": _qualifiers(fact.qualifiers), "values": values,
            "kind": fact.kind, "explanation": fact.explanation, "evidence": evidence}


def film_json(film: FilmRecord) -> dict[str, Any]:
    return {
        "id": film.entity.id,
        "title": film.title,
        "titles": film.entity.spellings(),
        "external_ids": [list(x) for x in film.entity.external_ids],
        "identity": film.entity.explanation,
        "documents": list(film.documents),
        "facts": [fact_json(f) for f in film.facts if f.status != "conflict"],
        "awards": [{"ceremony": a.ceremony, "category": a.category, "recipients": list(a.recipients),
                    "outcome": a.outcome, "sources": list(a.sources),
                    **({"suspect": a.suspect} if a.suspect else {}),
                    "evidence": [s.quote for s in a.evidence]} for a in film.awards],
        "conflicts": [conflict_json(f) for f in film.facts if f.status == "conflict"],
    }


def entity_json(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id, "name": entity.name, "names": entity.spellings(),
        "spellings": [{"text": n.text, "script": n.script, "documents": list(n.documents)} for n in entity.names],
        "explanation": entity.explanation,
    }


def document_json(doc: Document, copies: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {
        "id": doc.id, "file": doc.source, "format": doc.format, "kind": doc.kind, "site": doc.site,
        "language": doc.language, "title": doc.title, "byline": doc.byline, "published": doc.published or None,
        "retrieved": doc.retrieved or None, "licence": doc.licence,
        "declared_copies": list(doc.declared_copies),
        "copies": [c["original"] for c in copies.get(doc.id, [])],
        "copy_evidence": copies.get(doc.id, []),
        "external_ids": dict(doc.external_ids),
    }


def identity_json(recon: Reconciliation, ident: str) -> dict[str, Any]:
    return {"anchors": list(recon.anchors.get(ident, ())),
            "decisions": [{"decision": d, "by": "curator" if "curator" in d else "automatic"}
                          for d in recon.decisions.get(ident, ())]}


def export_json(recon: Reconciliation, curations: Sequence[Curation] = ()) -> dict[str, Any]:
    """The whole export; `curations`: the users' same/different decisions the store keeps."""
    copies: dict[str, list[dict[str, Any]]] = {}
    for rel in recon.copies:
        copies.setdefault(rel.copy, []).append({"original": rel.original, "overlap": rel.overlap,
                                                "declared": rel.declared, "evidence": rel.evidence})
    return {
        "format": FORMAT,
        "documents": [document_json(d, copies) for d in recon.documents],
        "films": [film_json(f) | {"identity_decisions": identity_json(recon, f.entity.id)} for f in recon.films],
        "people": [entity_json(p) | {"identity_decisions": identity_json(recon, p.id)} for p in recon.people],
        "characters": [entity_json(c) for c in recon.characters],
        "curations": [{"verdict": c.verdict, "a": c.a, "b": c.b, "because": c.because, "added": c.added}
                      for c in curations],
    }
