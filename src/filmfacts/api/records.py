"""What the API and the pages read: films, people, documents and the export, in the JSON export's shape.

This is the one seam between serving and the store. A film's record is the one the build stored
(`filmfacts.records`: linked and reconciled when its documents were built, read as a lookup), with
the year and directors that tell films apart and its titles' scripts. An index of the films, people
and documents (titles, keys, spellings; no record bodies) is read from the stored records once and
kept until the store changes (a build through the API, or a `filmfacts build` beside the server,
seen within `recheck` seconds); each answer's encoded body is kept with it.

    records = Records(store)
    records.films(q="국제시장")              # Page of film summaries: any title in any script
    records.film(film_id)                    # the film's record, as `filmfacts show --json` prints it
"""

from __future__ import annotations

import io
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import NotFound
from ..link.entities import film_key
from ..link.names import name_key
from ..store import Store

PERSON_PROPERTIES = frozenset({"cast_member", "director", "producer", "screenwriter", "writer", "music",
                               "cinematography", "editing"})
SCRIPTS = (("HANGUL", "Hangul"), ("CJK", "Han"), ("HIRAGANA", "Kana"), ("KATAKANA", "Kana"),
           ("CYRILLIC", "Cyrillic"), ("GREEK", "Greek"), ("ARABIC", "Arabic"), ("HEBREW", "Hebrew"),
           ("THAI", "Thai"), ("DEVANAGARI", "Devanagari"), ("LATIN", "Latin"))


@dataclass(frozen=True)
class Page:
    """One page of a list: its items, how many there are in all, where it starts."""

    items: list[dict[str, Any]]
    total: int
    offset: int
    limit: int

    def json(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "offset": self.offset, "limit": self.limit}


def script_of(text: str) -> str:
    """The script most of a title's letters are in: "국제시장" → Hangul, "國際市場" → Han."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = next((label for prefix, label in SCRIPTS if name.startswith(prefix)), "Other")
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else "Latin"


def _shown(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _directors(record: dict[str, Any]) -> list[str]:
    return [_shown(f["value"]) for f in record["facts"] if f["property"] == "director"]


def _summary(record: dict[str, Any]) -> dict[str, Any]:
    return {"id": record["id"], "title": record["title"], "titles": record["titles"], "year": record.get("year"),
            "directors": _directors(record), "documents": len(record["documents"]),
            "conflicts": len(record["conflicts"])}


@dataclass
class Snapshot:
    """The index of one state of the store: every film's summary and title keys, every person's
    spellings and films, every document's listing; record bodies stay in the store."""

    summaries: dict[str, dict[str, Any]] = field(default_factory=dict)
    keys: dict[str, set[str]] = field(default_factory=dict)  # film id → keys of every title
    by_key: dict[str, str] = field(default_factory=dict)  # a title's key → film id
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # document id → how pages name it
    copies: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # copy → its originals
    answers: dict[str, bytes] = field(default_factory=dict)  # an answer's encoded body, by request

    @classmethod
    def load(cls, store: Store) -> Snapshot:
        snap = cls()
        for row in store.summary():
            snap.documents[row["id"]] = {"id": row["id"], "title": row["title"], "site": row["site"],
                                         "kind": row["kind"], "format": row["format"], "language": row["language"],
                                         "published": row["published"] or None}
            snap.labels[row["id"]] = row["site"] or row["id"]
        seen_copies: set[tuple[str, str]] = set()
        for record in store.records():
            film_id = record["id"]
            snap.summaries[film_id] = _summary(record)
            snap.keys[film_id] = {film_key(t) for t in record["titles"]} - {""}
            for key in snap.keys[film_id]:
                snap.by_key.setdefault(key, film_id)
            for doc, source in record.get("sources", {}).items():
                snap.labels[doc] = source.get("label") or snap.labels.get(doc, doc)
            for c in record.get("copies", []):
                if (c["copy"], c["original"]) not in seen_copies:
                    seen_copies.add((c["copy"], c["original"]))
                    snap.copies.setdefault(c["copy"], []).append(
                        {k: c[k] for k in ("original", "overlap", "declared", "evidence")})
            snap._add_people(record)
        return snap

    def _add_people(self, record: dict[str, Any]) -> None:
        """The record's people and roles, their spellings merged with other films', and the part each
        person has in this film (the facts naming one of their spellings)."""
        roles: dict[str, list[dict[str, Any]]] = {}
        for f in record["facts"]:
            if f["property"] in PERSON_PROPERTIES:
                role = {"id": record["id"], "title": record["title"], "property": f["property"],
                        **({"character": f["qualifiers"]["character"]} if f["qualifiers"].get("character") else {})}
                roles.setdefault(name_key(_shown(f["value"])), []).append(role)
        for kind, entities in (("person", record.get("people", [])), ("character", record.get("characters", []))):
            for e in entities:
                person = self.people.setdefault(e["id"], {"id": e["id"], "name": e["name"], "kind": kind,
                                                          "names": [], "spellings": [],
                                                          "explanation": e.get("explanation", ""), "films": []})
                for sp in e["spellings"]:
                    got = next((x for x in person["spellings"] if x["text"] == sp["text"]), None)
                    if got is None:
                        person["names"].append(sp["text"])
                        person["spellings"].append({"text": sp["text"], "script": sp["script"],
                                                    "documents": list(sp["documents"])})
                    else:
                        got["documents"] = sorted(set(got["documents"]) | set(sp["documents"]))
                if kind == "person":
                    done = {(f["id"], f["property"]) for f in person["films"]}
                    for key in {name_key(s) for s in person["names"]}:
                        for role in roles.get(key, ()):
                            if (role["id"], role["property"]) not in done:
                                done.add((role["id"], role["property"]))
                                person["films"].append(role)


class Records:
    """The records of one store, read as lookups; the index kept until the store changes."""

    def __init__(self, store: Store, *, recheck: float = 2.0) -> None:
        self.store = store
        self.recheck = recheck
        self._lock = threading.Lock()
        self._snap: Snapshot | None = None
        self._state: tuple[int, int, int] | None = None
        self._checked = 0.0

    # ------------------------------------------------------------ the index

    def _store_state(self) -> tuple[int, int, int]:
        counts = self.store.counts()
        return counts["documents"], counts["claims"], self.store.record_count()

    def _snapshot(self) -> Snapshot:
        snap = self._snap
        if snap is not None and time.monotonic() - self._checked < self.recheck:
            return snap
        with self._lock:
            if self._snap is not None and time.monotonic() - self._checked < self.recheck:
                return self._snap
            from ..records import current  # records built by another filmfacts are brought up to date once

            current(self.store)
            state = self._store_state()
            if self._snap is None or state != self._state:
                self._snap, self._state = Snapshot.load(self.store), state
            self._checked = time.monotonic()
            return self._snap

    def fresh(self) -> bool:
        """Whether reading now needs no look at the store's state: the API then answers a cached or
        in-memory read on its event loop, not in a worker thread."""
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
        wanted = name_key(director) if director else ""
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
            if director and not any(wanted and wanted in name_key(d) for d in summary["directors"]):
                continue
            found.append((rank, summary["title"].casefold(), film_id))
        found.sort()
        items = [snap.summaries[i] for _, _, i in found[offset:offset + limit]]
        return Page(items, len(found), offset, limit)

    def _record(self, film_id: str) -> dict[str, Any]:
        record = self.store.record(film_id) if film_id in self._snapshot().summaries else None
        if record is None:
            raise NotFound(f"no film with id {film_id!r} in the store", hint="search with GET /api/films?q=TITLE")
        return record

    def film(self, film_id: str) -> dict[str, Any]:
        """One film's stored record (`filmfacts show --json`) with its directors, its titles' scripts and
        each conflict quote's place in its document."""
        record = self._record(film_id)
        record["directors"] = _directors(record)
        record["spellings"] = [{"text": t, "script": script_of(t)} for t in record["titles"]]
        self._place_quotes(record)
        return record

    def _place_quotes(self, record: dict[str, Any]) -> None:
        """A conflict's quotes carry no offsets in the record: each is found in its document's text."""
        quoted = [ev for c in record["conflicts"] for ev in c["evidence"]]
        texts = {d.id: d.text for d in self.store.documents(sorted({ev["document"] for ev in quoted}))} \
            if quoted else {}
        for ev in quoted:
            at = texts.get(ev["document"], "").find(ev["quote"]) if ev["quote"] else -1
            ev["start"], ev["end"] = (at, at + len(ev["quote"])) if at >= 0 else (None, None)

    def film_of_title(self, title: str) -> str | None:
        """The id of the film one of whose titles is `title` (a claim's subject as written)."""
        return self._snapshot().by_key.get(film_key(title))

    def conflicts(self, film_id: str) -> list[dict[str, Any]]:
        return list(self.film(film_id)["conflicts"])

    def timeline(self, film_id: str) -> dict[str, Any]:
        """Cumulative admissions by day since release from every source (`filmfacts timeline --json`)."""
        record = self._record(film_id)
        line = record.get("timeline") or {}
        return {"film": film_id, "title": record["title"], "released": line.get("released") or None,
                "points": line.get("points", [])}

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
        docs = sorted(self._snapshot().documents.values(),
                      key=lambda d: (d["site"].casefold(), d["title"].casefold(), d["id"]))
        return Page(docs[offset:offset + limit], len(docs), offset, limit)

    def document(self, document_id: str) -> dict[str, Any]:
        """A document with its text and every claim read from it (span, property, value, film)."""
        from ..export.json_export import document_json, export_value

        found = self.store.documents([document_id])
        if not found:
            raise NotFound(f"no document with id {document_id!r} in the store",
                           hint="list them with GET /api/documents")
        doc = found[0]
        claims = []
        for c in self.store.claims([doc.id]):
            claims.append({"id": c.id, "film": self.film_of_title(c.subject), "subject": c.subject,
                           "property": c.property, "value": export_value(c.value),
                           "qualifiers": {k: list(v) if isinstance(v, tuple) else v for k, v in c.qualifiers},
                           "start": c.evidence.start, "end": c.evidence.end, "quote": c.evidence.quote,
                           "extractor": f"{c.extractor}@{c.version}"})
        copies = self._snapshot().copies
        return document_json(doc, copies) | {"url": doc.url or None, "text": doc.text, "claims": claims}

    # ------------------------------------------------------------ everything

    def export(self, fmt: str = "json") -> Iterator[bytes]:
        """The whole store in `fmt` (json: the `filmfacts-export/1` document; jsonld, csv, quickstatements),
        written as `filmfacts export` writes it (a film at a time, memory flat): spooled to a temporary
        file, then read out in pieces."""
        from ..export.stream import write_export

        self._snapshot()  # the records brought up to date
        spool = tempfile.SpooledTemporaryFile(max_size=8 << 20, mode="w+b")  # noqa: SIM115 (read out below)
        text = io.TextIOWrapper(spool, encoding="utf-8", newline="")
        write_export(self.store, fmt, text)
        text.flush()
        spool.seek(0)

        def pieces() -> Iterator[bytes]:
            try:
                while chunk := spool.read(1 << 16):
                    yield chunk
            finally:
                text.close()

        return pieces()

    def titles(self, ids: Sequence[str]) -> dict[str, str]:
        """film id → title, for links."""
        summaries = self._snapshot().summaries
        return {i: summaries[i]["title"] for i in ids if i in summaries}

    def sites(self) -> dict[str, str]:
        """document id → how a page names it (a site, told apart from its other documents)."""
        return self._snapshot().labels
