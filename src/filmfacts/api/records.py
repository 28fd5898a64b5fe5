"""What the API and the pages read: films, people, documents and the export, in the JSON export's shape.

This is the one seam between serving and the store. Today a record is made the way `filmfacts show`
and `export` make it: the store's claims linked and reconciled (`pipeline.reconciled`), shaped by
`export.film_json`; the whole store is reconciled once and kept until the store changes (a build
through the API, or a `filmfacts build` beside the server, seen within `recheck` seconds). When
the store keeps reconciled records, only `Records._snapshot` changes: every reader goes through the
methods below.

    records = Records(store)
    records.films(q="7번방의 선물")          # Page of film summaries: any title in any script
    records.film("fbcc4ce1fabe")             # the film's record, as `filmfacts show --json` prints it
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import NotFound
from ..export import export_json, film_json
from ..export.json_export import document_json, entity_json, export_value
from ..link.entities import film_key
from ..link.names import name_key
from ..model import Document, FilmRecord, Reconciliation, Time, value_to_json
from ..store import Store

YEAR_PROPERTIES = ("publication_year", "release_date", "premiere_date")
PERSON_PROPERTIES = frozenset({"cast_member", "director", "producer", "screenwriter", "writer", "music",
                               "cinematography", "editing"})


@dataclass(frozen=True)
class Page:
    """One page of a list: its items, how many there are in all, where it starts."""

    items: list[dict[str, Any]]
    total: int
    offset: int
    limit: int

    def json(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "offset": self.offset, "limit": self.limit}


def _year(film: FilmRecord) -> int | None:
    for prop in YEAR_PROPERTIES:
        for f in film.facts:
            if f.property == prop and f.status != "conflict" and not f.q("country"):
                value = f.values[0].value
                if isinstance(value, Time) and value.iso[:4].isdigit():
                    return int(value.iso[:4])
    return None


def _people_of(film: FilmRecord, prop: str) -> list[str]:
    return [str(export_value(f.values[0].value)) for f in film.facts if f.property == prop and f.status != "conflict"]


def _summary(film: FilmRecord) -> dict[str, Any]:
    return {"id": film.entity.id, "title": film.title, "titles": film.entity.spellings(), "year": _year(film),
            "directors": _people_of(film, "director"), "documents": len(film.documents),
            "conflicts": sum(1 for f in film.facts if f.status == "conflict")}


def _conflict_spans(film: FilmRecord) -> dict[tuple[str, str], tuple[int, int]]:
    """(document, quote) → the quote's span, so a conflict's evidence can point into its document."""
    return {(c.document, c.evidence.quote): (c.evidence.start, c.evidence.end)
            for f in film.facts if f.status == "conflict" for fv in f.values for c in fv.claims}


def film_record(film: FilmRecord) -> dict[str, Any]:
    """`film_json` (the export's record) with the year and directors used to tell films apart, and each
    conflict quote's span in its document."""
    record = film_json(film) | {
        "year": _year(film), "directors": _people_of(film, "director"),
        "spellings": [{"text": n.text, "script": n.script, "language": n.language, "documents": list(n.documents)}
                      for n in film.entity.names]}
    spans = _conflict_spans(film)
    for conflict in record["conflicts"]:
        for ev in conflict["evidence"]:
            start, end = spans.get((ev["document"], ev["quote"]), (None, None))
            ev["start"], ev["end"] = start, end
    return record


@dataclass
class Snapshot:
    """Everything read from one state of the store."""

    recon: Reconciliation
    films: dict[str, FilmRecord] = field(default_factory=dict)
    keys: dict[str, set[str]] = field(default_factory=dict)  # film id → keys of every title
    by_key: dict[str, str] = field(default_factory=dict)  # a title's key → film id
    summaries: dict[str, dict[str, Any]] = field(default_factory=dict)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)  # made on first read
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    export: dict[str, Any] | None = None
    answers: dict[str, bytes] = field(default_factory=dict)  # an answer's encoded body, by request

    @classmethod
    def of(cls, recon: Reconciliation) -> Snapshot:
        snap = cls(recon)
        for film in recon.films:
            snap.films[film.entity.id] = film
            snap.keys[film.entity.id] = {film_key(n.text) for n in film.entity.names} - {""}
            for key in snap.keys[film.entity.id]:
                snap.by_key.setdefault(key, film.entity.id)
            snap.summaries[film.entity.id] = _summary(film)
        snap.documents = {d.id: d for d in recon.documents}
        # a person's films: those with a fact naming one of the person's spellings
        named: dict[str, dict[str, dict[str, Any]]] = {}
        for film in recon.films:
            for f in film.facts:
                if f.property in PERSON_PROPERTIES and f.status != "conflict":
                    key = name_key(str(value_to_json(f.values[0].value)))
                    role = {"id": film.entity.id, "title": film.title, "property": f.property,
                            **({"character": f.q("character")} if f.q("character") else {})}
                    named.setdefault(key, {}).setdefault(f"{film.entity.id}/{f.property}", role)
        for kind, entities in (("person", recon.people), ("character", recon.characters)):
            for e in entities:
                films: dict[str, dict[str, Any]] = {}
                if kind == "person":
                    for key in {name_key(s) for s in e.spellings()}:
                        films.update(named.get(key, {}))
                snap.people[e.id] = entity_json(e) | {"kind": kind, "films": list(films.values())}
        return snap


class Records:
    """The records of one store, read as lookups from a snapshot kept until the store changes."""

    def __init__(self, store: Store, *, recheck: float = 2.0) -> None:
        self.store = store
        self.recheck = recheck
        self._lock = threading.Lock()
        self._snap: Snapshot | None = None
        self._state: tuple[int, int] | None = None
        self._checked = 0.0

    # ------------------------------------------------------------ the snapshot

    def _store_state(self) -> tuple[int, int]:
        counts = self.store.counts()
        return counts["documents"], counts["claims"]

    def _snapshot(self) -> Snapshot:
        now = time.monotonic()
        snap = self._snap
        if snap is not None and now - self._checked < self.recheck:
            return snap
        with self._lock:
            if self._snap is not None and time.monotonic() - self._checked < self.recheck:
                return self._snap
            from ..pipeline import reconciled  # the stages: loaded when the first record is read

            state = self._store_state()
            if self._snap is None or state != self._state:
                self._snap, self._state = Snapshot.of(reconciled(self.store)), state
            self._checked = time.monotonic()
            return self._snap

    def fresh(self) -> bool:
        """Whether reading now is a lookup (no look at the store due): the API then answers on its event
        loop, not in a worker thread."""
        return self._snap is not None and time.monotonic() - self._checked < self.recheck

    def cached(self, key: str) -> bytes | None:
        snap = self._snap
        return snap.answers.get(key) if snap is not None and self.fresh() else None

    def answer(self, key: str, make: Callable[[], bytes]) -> bytes:
        """The encoded answer to one request, made once per state of the store (at most 20,000 kept)."""
        snap = self._snapshot()
        found = snap.answers.get(key)
        if found is None:
            if len(snap.answers) >= 20_000:
                snap.answers.clear()
            found = snap.answers[key] = make()
        return found

    def refresh(self) -> None:
        """Read the store again now (after a write through the API)."""
        with self._lock:
            self._checked = 0.0
            self._state = None

    # ------------------------------------------------------------ films

    def films(self, q: str = "", year: int | None = None, director: str = "", offset: int = 0,
              limit: int = 20) -> Page:
        """Films whose titles (any script, any spelling a document uses) match `q` exactly or in part,
        of `year` and by `director` when given; exact title matches first, then by title."""
        snap = self._snapshot()
        key = film_key(q) if q else ""
        found: list[tuple[int, str, str]] = []
        for film_id, summary in snap.summaries.items():
            rank = 0
            if key:
                keys = snap.keys[film_id]
                if key in keys:
                    rank = 0
                elif any(key in k for k in keys):
                    rank = 1
                else:
                    continue
            if year is not None and summary["year"] != year:
                continue
            if director:
                wanted = name_key(director)
                if not any(wanted and (wanted == name_key(d) or wanted in name_key(d)) for d in summary["directors"]):
                    continue
            found.append((rank, summary["title"].casefold(), film_id))
        found.sort()
        items = [snap.summaries[i] for _, _, i in found[offset:offset + limit]]
        return Page(items, len(found), offset, limit)

    def _film(self, snap: Snapshot, film_id: str) -> FilmRecord:
        film = snap.films.get(film_id)
        if film is None:
            raise NotFound(f"no film with id {film_id!r} in the store", hint="search with GET /api/films?q=TITLE")
        return film

    def film(self, film_id: str) -> dict[str, Any]:
        """One film's record: `filmfacts show --json`'s shape plus year and directors."""
        snap = self._snapshot()
        film = self._film(snap, film_id)
        if film_id not in snap.records:
            snap.records[film_id] = film_record(film)
        return snap.records[film_id]

    def film_of_title(self, title: str) -> str | None:
        """The id of the film one of whose titles is `title` (a claim's subject as written)."""
        return self._snapshot().by_key.get(film_key(title))

    def conflicts(self, film_id: str) -> list[dict[str, Any]]:
        return list(self.film(film_id)["conflicts"])

    def timeline(self, film_id: str) -> dict[str, Any]:
        """Cumulative admissions by day since release from every source (`filmfacts timeline --json`)."""
        from ..reconcile.timeline import admissions_timeline

        snap = self._snapshot()
        line = admissions_timeline(self._film(snap, film_id), snap.recon.documents)
        return {"film": film_id, "title": line.title, "released": line.released or None,
                "points": [asdict(p) for p in line.points]}

    # ------------------------------------------------------------ people

    def people(self, q: str = "", offset: int = 0, limit: int = 20) -> Page:
        """People and roles any of whose spellings has `q`'s romanization-aware key, whole or in part."""
        snap = self._snapshot()
        key = name_key(q) if q else ""
        found = []
        for person in snap.people.values():
            keys = {name_key(s) for s in person["names"]}
            if key and not any(key == k or key in k for k in keys):
                continue
            found.append(((key not in keys) if key else False, person["name"].casefold(), person["id"]))
        found.sort()
        items = [{k: snap.people[i][k] for k in ("id", "name", "kind", "names")}
                 | {"films": len(snap.people[i]["films"])} for _, _, i in found[offset:offset + limit]]
        return Page(items, len(found), offset, limit)

    def person(self, person_id: str) -> dict[str, Any]:
        person = self._snapshot().people.get(person_id)
        if person is None:
            raise NotFound(f"no person or role with id {person_id!r} in the store",
                           hint="search with GET /api/people?q=NAME")
        return person

    # ------------------------------------------------------------ documents

    def documents(self, offset: int = 0, limit: int = 20) -> Page:
        snap = self._snapshot()
        docs = sorted(snap.documents.values(), key=lambda d: (d.site.casefold(), d.title.casefold(), d.id))
        items = [{"id": d.id, "title": d.title, "site": d.site, "kind": d.kind, "format": d.format,
                  "language": d.language, "published": d.published or None} for d in docs[offset:offset + limit]]
        return Page(items, len(docs), offset, limit)

    def document(self, document_id: str) -> dict[str, Any]:
        """A document with its text and every claim read from it (span, property, value, film)."""
        found = self.store.documents([document_id])
        if not found:
            raise NotFound(f"no document with id {document_id!r} in the store",
                           hint="list them with GET /api/documents")
        doc = found[0]
        copies = [{"original": r.original, "overlap": r.overlap, "declared": r.declared, "evidence": r.evidence}
                  for r in self._snapshot().recon.copies if r.copy == doc.id]
        claims = []
        for c in self.store.claims([doc.id]):
            claims.append({"id": c.id, "film": self.film_of_title(c.subject), "subject": c.subject,
                           "property": c.property, "value": export_value(c.value),
                           "qualifiers": {k: list(v) if isinstance(v, tuple) else v for k, v in c.qualifiers},
                           "start": c.evidence.start, "end": c.evidence.end, "quote": c.evidence.quote,
                           "extractor": f"{c.extractor}@{c.version}"})
        return document_json(doc, {doc.id: copies}) | {"url": doc.url or None, "text": doc.text, "claims": claims}

    # ------------------------------------------------------------ everything

    def export(self) -> dict[str, Any]:
        """The `filmfacts-export/1` document for the whole store."""
        snap = self._snapshot()
        if snap.export is None:
            snap.export = export_json(snap.recon)
        return snap.export

    def titles(self, ids: Sequence[str]) -> dict[str, str]:
        """film id → title, for links."""
        snap = self._snapshot()
        return {i: snap.films[i].title for i in ids if i in snap.films}

    def sites(self) -> dict[str, str]:
        """document id → site (what a source is called on a page)."""
        return {i: d.site for i, d in self._snapshot().documents.items()}
