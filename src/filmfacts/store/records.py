"""Reading and writing the stored film records (`filmfacts.records` builds them).

A record is one film's reconciled JSON (facts with statuses and sources, conflicts with verdicts,
awards, its sources, people and timeline), stored whole, so reading a film is one primary-key lookup
and an export is one streamed SELECT:

    store.record("f3c2a9e0b1d4")            # the record as a dict, or None
    store.find_films("기생충", year=2019)    # [FilmHit(id, title, year, matched)], any title, any script
    for record in store.records():          # every record, streamed in id order, memory flat
        ...

`Store.records_state()` says whether the records are those of this filmfacts and the stored
documents ("current"), built by another version or before documents were added ("stale"), or not
built at all ("missing"); `filmfacts rebuild` (or any build) brings them up to date.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Text, and_, delete, func, or_, select, type_coerce

from ..link.identities import AnchorIndex, Curation, title_key
from . import schema

if TYPE_CHECKING:
    from ..link.identities import Known
    from . import Store

STREAM_BATCH = 500  # rows fetched at a time when streaming records


@dataclass(frozen=True)
class FilmHit:
    """A film found by title: its record's id, its display title and year, and the title matched."""

    id: str
    title: str
    year: int | None
    matched: str


def _chunks(items: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class RecordReader:
    """The read side, mixed into `Store` (needs its `_read`)."""

    _read: Any

    def record(self, film_id: str) -> dict[str, Any] | None:
        """One film's record by its id, or None."""
        text = self.record_text(film_id)
        return json.loads(text) if text is not None else None

    def record_text(self, film_id: str) -> str | None:
        """One film's record as stored (JSON text), for writing out without decoding it."""
        r = schema.records
        with self._read() as conn:
            found = conn.execute(select(r.c.body).where(r.c.film_id == film_id)).scalar()
            return str(found) if found is not None else None

    def record_texts(self, ids: Iterable[str] | None = None) -> Iterator[str]:
        """Every record's JSON text (or those of `ids`), in id order, fetched in batches."""
        r = schema.records
        query = select(r.c.body).order_by(r.c.film_id)
        if ids is not None:
            wanted = sorted(set(ids))
            for chunk in _chunks(wanted):
                with self._read() as conn:
                    yield from (str(t) for t in conn.execute(query.where(r.c.film_id.in_(chunk))).scalars())
            return
        with self._read() as conn:
            result = conn.execution_options(stream_results=True, yield_per=STREAM_BATCH).execute(query)
            for body in result.scalars():
                yield str(body)

    def records(self, ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        """Every record (or those of `ids`) as dicts, streamed in id order."""
        for text in self.record_texts(ids):
            yield json.loads(text)

    def copy_texts(self) -> Iterator[str]:
        """The JSON list of copies of each record that has some."""
        c = schema.record_copies
        with self._read() as conn:
            yield from (str(t) for t in conn.execute(select(c.c.body).order_by(c.c.film_id)).scalars())

    def records_of_documents(self, documents: Sequence[str]) -> list[dict[str, Any]]:
        """The records of the films the `documents` have claims about, by title."""
        k, u, r = schema.record_keys, schema.record_units, schema.records
        units = (select(u.c.unit).join(k, k.c.key == u.c.key).where(k.c.document_id.in_(list(documents))))
        with self._read() as conn:
            bodies = conn.execute(select(r.c.body).where(r.c.unit.in_(units)).order_by(r.c.title)).scalars()
            found = [json.loads(b) for b in bodies]
        wanted = set(documents)
        return [rec for rec in found if wanted & set(rec["documents"])]

    def document_texts(self) -> Iterator[Any]:
        """Every document's row without its text (what an export lists), streamed in id order."""
        d = schema.documents
        query = select(*(c for c in d.c if c.name not in ("text",))).order_by(d.c.id)
        with self._read() as conn:
            yield from conn.execution_options(stream_results=True, yield_per=STREAM_BATCH).execute(query)

    def record_count(self) -> int:
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.records)).scalar() or 0)

    def find_films(self, title: str, year: int | None = None, limit: int = 20) -> list[FilmHit]:
        """Films with a title (any spelling or script a document gives) keyed like `title`; if none,
        those whose title key contains it ("busan" → Train to Busan). `year` keeps that year's."""
        from ..link.names import film_key

        key = film_key(title)
        if not key:
            return []
        t, r = schema.record_titles, schema.records
        base = (select(t.c.film_id, r.c.title, r.c.year, t.c.title.label("matched"))
                .join(r, r.c.film_id == t.c.film_id))
        if year is not None:
            base = base.where(r.c.year == year)
        with self._read() as conn:
            rows = list(conn.execute(base.where(t.c.key == key).order_by(r.c.year, t.c.film_id)))
            if not rows:
                like = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                rows = list(conn.execute(base.where(t.c.key.like(like, escape="\\"))
                                         .order_by(func.length(t.c.key), t.c.film_id).limit(limit * 4)))
        hits: dict[str, FilmHit] = {}
        for row in rows:  # the title as asked for, where the film has it so
            if row.film_id not in hits or row.matched == title:
                hits[row.film_id] = FilmHit(row.film_id, row.title, row.year, row.matched)
        return list(hits.values())[:limit]

    def films_of_entity(self, entity_id: str) -> list[str]:
        """The ids of the films whose records name a person or role."""
        p = schema.record_people
        with self._read() as conn:
            return list(conn.execute(select(p.c.film_id).where(p.c.entity_id == entity_id)
                                     .order_by(p.c.film_id)).scalars())

    def entity_texts(self, kind: str | None = None) -> Iterator[tuple[str, list[str]]]:
        """(entity id, the JSON of that person or role as each record gives it), streamed in id order,
        so a caller merges one entity's spellings across films holding one entity at a time. Read in
        the order of the entity index (no sort of the whole table); each entity's bodies sorted."""
        p = schema.record_people
        query = select(p.c.entity_id, p.c.body).order_by(p.c.entity_id)
        if kind:
            query = query.where(p.c.kind == kind)
        with self._read() as conn:
            rows = conn.execution_options(stream_results=True, yield_per=STREAM_BATCH * 4).execute(query)
            for entity_id, group in groupby(rows, key=itemgetter(0)):
                yield entity_id, sorted(body for _, body in group)

    def stored_records_version(self) -> str | None:
        """The `records_version` of the code that built the store's records (None: none built)."""
        with self._read() as conn:
            found = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "records_version")).scalar()
        return str(found) if found is not None else None

    def records_state(self) -> str:
        """"current", "stale" (another filmfacts built them, or documents were stored since) or
        "missing" (a store from before records, or none built yet)."""
        from ..records import records_version

        with self._read() as conn:
            found = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "records_version")).scalar()
            if found is None:
                has_docs = conn.execute(select(schema.documents.c.id).limit(1)).first() is not None
                return "missing" if has_docs else "current"
            if found != records_version():
                return "stale"
            d, s = schema.documents, schema.record_documents
            unseen = conn.execute(select(d.c.id).outerjoin(s, s.c.document_id == d.c.id)
                                  .where(s.c.document_id.is_(None)).limit(1)).first()
            return "stale" if unseen is not None else "current"


class RecordWriter:
    """The write side, used by `filmfacts.records.refresh` inside one write transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def version(self) -> str | None:
        m = schema.meta
        found = self.conn.execute(select(m.c.value).where(m.c.key == "records_version")).scalar()
        return str(found) if found is not None else None

    def set_version(self, version: str) -> None:
        m = schema.meta
        self.conn.execute(delete(m).where(m.c.key == "records_version"))
        self.conn.execute(m.insert().values(key="records_version", value=version))

    def clear(self) -> None:
        """No records at all: their tables made again as this filmfacts has them (they hold only what
        the claims give, so a store whose record tables an older version made gets the new layout)."""
        for table in reversed(schema.RECORD_TABLES):
            table.drop(self.conn, checkfirst=True)
        for table in schema.RECORD_TABLES:
            table.create(self.conn)

    def clear_identities(self) -> None:
        """No identity rows (their anchors and the curations stay, so every id stays): a refresh of
        every unit records them again from what the documents give now."""
        self.conn.execute(delete(schema.identities))

    def changed_documents(self, size: int, fmt: str | None = None) -> Iterator[dict[str, str | None]]:
        """The documents stored or re-read since the records last saw them (id → its stamp now: when it
        was stored and the versions that read it), then those removed since (id → None), at most
        `size` at a time. The store's documents are streamed in the order of the film each is about,
        and compared with what the records saw a page at a time, so what this holds does not grow with
        the store, and one film's documents come together. `fmt` keeps one format's (none removed)."""
        d, s = schema.documents, schema.record_documents
        # the versions as stored (text), not decoded: one row costs what a string concatenation does
        query = select(d.c.id, d.c.added, type_coerce(d.c.versions, Text)).order_by(d.c.film, d.c.id)
        if fmt is not None:
            query = query.where(d.c.format == fmt)
        out: list[tuple[str, str | None]] = []
        # options on the statement: on the connection they would hold for every later statement
        rows = self.conn.execute(query.execution_options(stream_results=True, yield_per=STREAM_BATCH * 4))
        for page in rows.partitions():
            seen = {i: stamp for i, stamp in self.conn.execute(
                select(s.c.document_id, s.c.stamp).where(s.c.document_id.in_([r[0] for r in page])))}
            out.extend((ident, stamp) for ident, added, versions in page
                       if (stamp := f"{added} {versions}") != seen.get(ident))
            while len(out) >= size:
                yield dict(out[:size])
                del out[:size]
        if out:
            yield dict(out)
        if fmt is not None:
            return
        gone = (select(s.c.document_id).outerjoin(d, d.c.id == s.c.document_id).where(d.c.id.is_(None))
                .order_by(s.c.document_id).limit(size))
        last = None
        while ids := list(self.conn.execute(gone if last is None else gone.where(s.c.document_id > last)).scalars()):
            yield dict.fromkeys(ids)
            last = ids[-1]

    def keys_of(self, documents: Sequence[str]) -> set[str]:
        k = schema.record_keys
        out: set[str] = set()
        for chunk in _chunks(documents):
            for r in self.conn.execute(select(k.c.key, k.c.joins).where(k.c.document_id.in_(chunk))):
                out.add(r.key)
                if r.joins:
                    out.add(r.joins)
        return out

    def forget(self, documents: Sequence[str]) -> None:
        for chunk in _chunks(documents):
            self.conn.execute(delete(schema.record_keys).where(schema.record_keys.c.document_id.in_(chunk)))
            self.conn.execute(delete(schema.record_documents)
                              .where(schema.record_documents.c.document_id.in_(chunk)))

    def remember(self, stamps: dict[str, str], keys: Sequence[tuple[str, str, str, str]]) -> None:
        """Documents as seen now, and their (document, key, subject, joins) rows."""
        if stamps:
            self.conn.execute(schema.record_documents.insert(),
                              [{"document_id": d, "stamp": s} for d, s in stamps.items()])
        if keys:
            self.conn.execute(schema.record_keys.insert(),
                              [{"document_id": d, "key": k, "subject": s, "joins": j} for d, k, s, j in keys])

    def neighbours(self, keys: Sequence[str]) -> tuple[list[tuple[str, str]], dict[str, str]]:
        """The join edges touching `keys`, and the unit each of `keys` was in."""
        k, u = schema.record_keys, schema.record_units
        edges = [(r.key, r.joins) for r in self.conn.execute(
            select(k.c.key, k.c.joins).distinct().where(k.c.joins != "", or_(k.c.key.in_(keys), k.c.joins.in_(keys))))]
        units = {r.key: r.unit for r in self.conn.execute(select(u.c.key, u.c.unit).where(u.c.key.in_(keys)))}
        return edges, units

    def unit_keys(self, units: Sequence[str]) -> set[str]:
        u = schema.record_units
        return {k for chunk in _chunks(units)
                for k in self.conn.execute(select(u.c.key).where(u.c.unit.in_(chunk))).scalars()}

    def members_of(self, keys: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        """key → (document, subject as written) of each claim about it: the members of many units in
        one query a chunk (a query per unit was a third of a build's records)."""
        k = schema.record_keys
        out: dict[str, list[tuple[str, str]]] = {}
        for chunk in _chunks(keys):
            for r in self.conn.execute(select(k.c.key, k.c.document_id, k.c.subject)
                                       .where(k.c.key.in_(chunk), k.c.joins == "")):
                out.setdefault(r.key, []).append((r.document_id, r.subject))
        return out

    def main_films(self, documents: Sequence[str]) -> dict[str, str]:
        """document id → the film it is about as its extractors found it ("" for a page of many)."""
        d = schema.documents
        return {r.id: r.film for chunk in _chunks(documents)
                for r in self.conn.execute(select(d.c.id, d.c.film).where(d.c.id.in_(chunk)))}

    def drop_units(self, units: Sequence[str]) -> None:
        r, u = schema.records, schema.record_units
        for chunk in _chunks(units):
            films = select(r.c.film_id).where(r.c.unit.in_(chunk))
            self.conn.execute(delete(schema.record_titles).where(schema.record_titles.c.film_id.in_(films)))
            self.conn.execute(delete(schema.record_people).where(schema.record_people.c.film_id.in_(films)))
            self.conn.execute(delete(schema.record_copies).where(schema.record_copies.c.film_id.in_(films)))
            self.conn.execute(delete(r).where(r.c.unit.in_(chunk)))
            self.conn.execute(delete(u).where(u.c.unit.in_(chunk)))

    def put_unit(self, unit: str, keys: Iterable[str], records: Sequence[dict[str, Any]]) -> None:
        """A unit's keys and records (each with its titles and people) in place of what was there."""
        self.put_units([(unit, keys, records)])

    def put_units(self, units: Sequence[tuple[str, Iterable[str], Sequence[dict[str, Any]]]]) -> None:
        """Units' keys and records, each table in one insert for them all."""
        from ..link.names import film_key

        self.conn.execute(schema.record_units.insert(), [
            {"key": k, "unit": unit} for unit, keys, _ in units for k in sorted(keys)])
        records = [(unit, rec) for unit, _, recs in units for rec in recs]
        if not records:
            return
        self.conn.execute(schema.records.insert(), [
            {"film_id": rec["id"], "unit": unit, "title": rec["title"], "year": rec.get("year"),
             "body": json.dumps(rec, ensure_ascii=False)} for unit, rec in records])
        titles = {(rec["id"], film_key(t), t, rec.get("year")) for _, rec in records for t in rec["titles"]}
        self.conn.execute(schema.record_titles.insert(), [
            {"film_id": f, "key": k, "title": t, "year": y} for f, k, t, y in sorted(titles, key=str) if k])
        people = [{"entity_id": e["id"], "film_id": rec["id"], "kind": kind, "body": json.dumps(e, ensure_ascii=False)}
                  for _, rec in records for kind, group in (("person", "people"), ("character", "characters"))
                  for e in rec.get(group, [])]
        if people:
            self.conn.execute(schema.record_people.insert(), people)
        copies = [{"film_id": rec["id"], "body": json.dumps(rec["copies"], ensure_ascii=False)}
                  for _, rec in records if rec.get("copies")]
        if copies:
            self.conn.execute(schema.record_copies.insert(), copies)


    # ---------------------------------------------------------------- identities of a part of the store

    def known(self) -> Known:
        """What the store knows (`Store.known`) as this transaction sees it, its anchors asked as needed."""
        from ..link.identities import Known

        return Known(StoredAnchors(self.conn), curations_in(self.conn))


    def identity_rows(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The recorded identities of `ids` (`Store.identities`, in this transaction)."""
        i = schema.identities
        return {r.id: dict(r._mapping) for chunk in _chunks(sorted(ids))
                for r in self.conn.execute(select(i).where(i.c.id.in_(chunk)))}

    def put_identities(self, rows: Sequence[dict[str, Any]], anchors: dict[str, tuple[str, str]],
                       gone: Iterable[str]) -> int:
        """`rows` in place of the identities of their ids and of `gone`, and the anchors not yet known
        (an anchor keeps the id it was first given); returns how many anchors were new."""
        from . import now

        a, i = schema.identity_anchors, schema.identities
        have = {k for chunk in _chunks(sorted(anchors))
                for k in self.conn.execute(select(a.c.anchor).where(a.c.anchor.in_(chunk))).scalars()}
        stamp = now()
        new = [{"anchor": k, "identity_id": v[0], "kind": v[1], "added": stamp}
               for k, v in sorted(anchors.items()) if k not in have]
        if new:
            self.conn.execute(a.insert(), new)
        for chunk in _chunks(sorted({r["id"] for r in rows} | set(gone))):
            self.conn.execute(delete(i).where(i.c.id.in_(chunk)))
        if rows:
            self.conn.execute(i.insert(), [dict(r, updated=stamp) for r in rows])
        return len(new)


class StoredAnchors(AnchorIndex):
    """The store's anchor → id, asked in the refresh's transaction (which sees what it recorded): an
    anchor at a time with the answers kept (up to CACHED, then forgotten), or those of a prefix, of
    ids or of title keys, so a refresh holds what its part asked, not every anchor of the store."""

    CACHED = 50_000

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._seen: dict[str, str | None] = {}

    def __getitem__(self, anchor: str) -> str:
        if anchor not in self._seen:
            self.fetch([anchor])
        if (ident := self._seen[anchor]) is None:
            raise KeyError(anchor)
        return ident

    def __iter__(self) -> Iterator[str]:
        a = schema.identity_anchors
        yield from self.conn.execute(select(a.c.anchor).order_by(a.c.anchor)).scalars()

    def __len__(self) -> int:
        return int(self.conn.execute(select(func.count()).select_from(schema.identity_anchors)).scalar() or 0)

    def with_prefix(self, prefix: str, containing: str = "") -> dict[str, str]:
        a = schema.identity_anchors
        query = select(a.c.anchor, a.c.identity_id).where(a.c.anchor.startswith(prefix, autoescape=True))
        if containing:
            query = query.where(a.c.anchor.contains(containing, autoescape=True))
        # LIKE ignores case in SQLite: the prefix is checked again as written
        return {k: i for k, i in self.conn.execute(query) if k.startswith(prefix)}

    def of_identities(self, idents: Iterable[str]) -> dict[str, list[str]]:
        a = schema.identity_anchors
        out: dict[str, list[str]] = {}
        for chunk in _chunks(sorted(set(idents))):
            for k, i in self.conn.execute(select(a.c.anchor, a.c.identity_id).where(a.c.identity_id.in_(chunk))):
                out.setdefault(i, []).append(k)
        return out

    def of_film_keys(self, keys: Iterable[str]) -> dict[str, str]:
        a = schema.identity_anchors
        out: dict[str, str] = {}
        # a title's anchors are those from "film:KEY|" up to "film:KEY}" ("}" follows "|") in byte
        # order: SQLite's, where the primary key's index finds them; PostgreSQL's is asked for
        anchor = a.c.anchor if self.conn.dialect.name == "sqlite" else a.c.anchor.collate("C")
        for chunk in _chunks(sorted(set(keys)), 100):
            query = select(a.c.anchor, a.c.identity_id).where(
                or_(*(and_(anchor >= f"film:{k}|", anchor < f"film:{k}}}") for k in chunk)))
            wanted = set(chunk)
            out.update((k, i) for k, i in self.conn.execute(query) if title_key(k) in wanted)
        return out

    def has_identity(self, ident: str) -> bool:
        a = schema.identity_anchors
        return self.conn.execute(select(a.c.anchor).where(a.c.identity_id == ident).limit(1)).first() is not None

    def fetch(self, anchors: Iterable[str]) -> None:
        wanted = sorted({k for k in anchors if k not in self._seen})
        if len(self._seen) + len(wanted) > self.CACHED:
            self._seen.clear()
        # asked once or twice a unit: the driver's own statement, without SQLAlchemy's building of
        # one (a quarter of the time, measured on SQLite)
        mark = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
        for chunk in _chunks(wanted):
            found: dict[str, str] = dict(self.conn.exec_driver_sql(
                f"SELECT anchor, identity_id FROM {schema.identity_anchors.name} WHERE anchor IN "
                f"({', '.join([mark] * len(chunk))})", tuple(chunk)).all())
            self._seen.update((k, found.get(k)) for k in chunk)

    def learn(self, anchors: Mapping[str, str]) -> None:
        for anchor, ident in anchors.items():  # unknown when asked, so recorded now with this id
            if anchor in self._seen and self._seen[anchor] is None:
                self._seen[anchor] = ident


def curations_in(conn: Connection) -> tuple[Curation, ...]:
    """The users' same/different decisions (identity.py), in the order they were made."""
    c = schema.curations
    return tuple(Curation(r.verdict, r.a, r.b, r.because, r.added) for r in conn.execute(select(c).order_by(c.c.id)))


def records_writing(store: Store) -> AbstractContextManager[Connection]:
    """The store's write transaction (its write lock taken), for `RecordWriter`."""
    return store._tx()


__all__ = ["FilmHit", "RecordReader", "RecordWriter", "StoredAnchors", "curations_in", "records_writing"]
