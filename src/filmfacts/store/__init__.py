"""The store: documents, their claims, runs and dump progress, through SQLAlchemy Core.

SQLite by default (a file path), PostgreSQL for servers (a `postgresql://` URL);
the few dialect differences live in `dialects.py`. Every write is one
transaction: a build either lands whole or leaves the store as it was.

Writing goes through `Store.writing()`, one transaction that batches are added to
as they are extracted, so a build need not hold every document and claim in memory
until the end:

    with store.writing(versions, command="build docs/") as writer:
        for batch in batches:
            writer.add(batch)          # rolled back with the rest if anything raises
    writer.stats                       # added, replaced, unchanged, claims

Rows go to the driver as tuples with their JSON already serialised (`codec`), one
`executemany` per table and batch.

Several processes may use one store at once (`dialects.py`): reading never waits, a write
transaction first takes the store's write lock, so two builds take turns (the second waits up to
`wait` seconds, then sees what the first wrote), and a new store's schema is created once, under
that lock. `Store(path, create=False)` opens only a store that exists: `show` with a mistyped
`--db` says so rather than making an empty one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreBusy, StoreError
from ..link.identities import Curation, Known
from ..model import Claim, Document
from . import schema
from .codec import CLAIM_COLUMNS, DOCUMENT_COLUMNS, claim_from_row, claim_values, document_from_row, document_values
from .dialects import WRITE, insert_statement, is_busy, lock_for_writing, make_engine
from .records import FilmHit, RecordReader, curations_in

WAIT = 600.0  # seconds a writer waits for another to commit before giving up


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Extracted:
    """A read document, the film it is about and the claims found in it, ready to store."""

    document: Document
    film: str
    claims: tuple[Claim, ...]
    versions: dict[str, str] = field(default_factory=dict)  # the code that read it; {} = the run's


@dataclass(frozen=True)
class WriteStats:
    added: int
    replaced: int
    unchanged: int
    claims: int


@dataclass(frozen=True)
class Checkpoint:
    """How far a dump run got, written in the same transaction as the pages it covers."""

    source: str
    last_page_id: int
    pages: int
    films: int
    bad_pages: int
    skipped: int


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    """Short enough for any backend's limit on bound parameters."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def database_url(target: str | Path, *, create: bool = True) -> str:
    text = str(target)
    if "://" in text:
        return text
    path = Path(text).expanduser()
    if not create:
        if not path.is_file():
            raise StoreError(f"no database at {path}",
                             hint="check --db / FILMFACTS_DB, or build one first: filmfacts --db PATH build FILES")
        return f"sqlite:///{path}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the folder for database {path}: {err.strerror}",
                         hint="pass --db with a writable path") from None
    return f"sqlite:///{path}"


class Writer:
    """Adds batches of extracted documents inside one open transaction (`Store.writing`)."""

    def __init__(self, store: Store, conn: Connection, versions: dict[str, str]) -> None:
        self.store, self.conn, self.versions = store, conn, versions
        self.started = now()
        self.added = self.replaced = self.unchanged = self.claims = 0
        self._json: dict[tuple[tuple[str, str], ...], str] = {}  # the versions dicts, serialised once
        self._insert = {name: insert_statement(store.engine, table, columns) for name, table, columns in (
            ("documents", schema.documents, DOCUMENT_COLUMNS), ("claims", schema.claims, CLAIM_COLUMNS),
            ("document_films", schema.document_films, ("document_id", "film")))}

    @property
    def stats(self) -> WriteStats:
        return WriteStats(self.added, self.replaced, self.unchanged, self.claims)

    @contextmanager
    def part(self) -> Iterator[None]:
        """A part of the transaction (one file) that an error takes back alone: the batches added in
        the block are undone and the error goes on, the earlier parts stay (a savepoint)."""
        saved = (self.added, self.replaced, self.unchanged, self.claims)
        nested = self.conn.begin_nested()
        try:
            yield
        except BaseException:
            nested.rollback()
            self.added, self.replaced, self.unchanged, self.claims = saved
            raise
        nested.commit()

    def _versions_json(self, read_by: dict[str, str]) -> str:
        # keyed by the items as they are (a few kinds of document per build): sorting and printing them
        # for a key cost a tenth of the write path
        key = tuple(read_by.items())
        found = self._json.get(key)
        if found is None:
            found = self._json[key] = json.dumps(read_by)
        return found

    def add(self, batch: Sequence[Extracted], checkpoint: Checkpoint | None = None) -> None:
        conn = self.conn
        # what the store holds, this transaction's earlier batches included: a later copy is unchanged
        known = self.store._versions(conn, list({i.document.id for i in batch}))
        written: set[str] = set()  # this batch's
        stale: list[str] = []
        doc_rows: list[tuple[Any, ...]] = []
        claim_rows: dict[str, tuple[Any, ...]] = {}
        film_rows: list[tuple[str, str]] = []
        for item in batch:
            doc = item.document
            read_by = item.versions or self.versions
            if doc.id in written or known.get(doc.id) == read_by:
                self.unchanged += 1
                continue
            if doc.id in known:
                stale.append(doc.id)
                self.replaced += 1
            else:
                self.added += 1
            written.add(doc.id)
            doc_rows.append(document_values(doc, item.film, self._versions_json(read_by), self.started))
            for c in item.claims:
                row = claim_values(c)
                claim_rows[row[0]] = row
            films = dict.fromkeys([item.film, *(c.subject for c in item.claims)])
            film_rows.extend((doc.id, f) for f in films if f)
        for chunk in _chunks(stale):
            conn.execute(delete(schema.claims).where(schema.claims.c.document_id.in_(chunk)))
            conn.execute(delete(schema.document_films).where(schema.document_films.c.document_id.in_(chunk)))
            conn.execute(delete(schema.documents).where(schema.documents.c.id.in_(chunk)))
        for name, rows in (("documents", doc_rows), ("claims", list(claim_rows.values())),
                           ("document_films", film_rows)):
            if rows:
                conn.exec_driver_sql(self._insert[name], rows)
        self.claims += len(claim_rows)
        if checkpoint is not None:
            self.store._save_checkpoint(conn, checkpoint)


class Store(RecordReader):
    """A handful of methods every backend offers; tests run them on each backend. The film records'
    read side (`record`, `records`, `find_films`) is in `records.py`."""

    def __init__(self, target: str | Path, *, create: bool = True, wait: float = WAIT) -> None:
        self.url = database_url(target, create=create)
        self.wait = wait
        try:
            self.engine: Engine = make_engine(self.url, wait)
            if not self._ready():
                with self._tx() as conn:  # under the write lock: one process creates the schema
                    schema.metadata.create_all(conn)
                    self._check_version(conn)
        except StoreError:
            raise
        except SQLAlchemyError as err:
            raise self._error(err, f"cannot open database {target}",
                              "check the path or URL given with --db / FILMFACTS_DB") from None

    def _ready(self) -> bool:
        """Whether every table is there and of this version, found without taking the write lock (a
        `show` does not wait for a running build)."""
        with self._read() as conn:
            if not set(schema.metadata.tables) <= set(inspect(conn).get_table_names()):
                return False
            found = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).scalar()
        if found is not None and found != schema.SCHEMA_VERSION:
            raise StoreError(f"database {self.url} has schema version {found}, this filmfacts needs "
                             f"{schema.SCHEMA_VERSION}", hint="build into a new database with --db")
        return found is not None

    def _check_version(self, conn: Connection) -> None:
        found = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).scalar()
        if found is None:
            conn.execute(schema.meta.insert().values(key="schema_version", value=schema.SCHEMA_VERSION))
        elif found != schema.SCHEMA_VERSION:
            raise StoreError(f"database {self.url} has schema version {found}, this filmfacts needs "
                             f"{schema.SCHEMA_VERSION}", hint="build into a new database with --db")

    def _error(self, err: SQLAlchemyError, doing: str, hint: str) -> StoreError:
        """A driver's error as what the user can act on: another process holding the store, or `doing`."""
        if is_busy(err):
            return StoreBusy(f"{self.url} is being written by another process, which has not finished after "
                             f"{self.wait:g} seconds",
                             hint="try again when it has finished, or wait longer with --wait")
        reason = (str(getattr(err, "orig", None) or err).splitlines() or [""])[0]
        return StoreError(f"{doing}: {reason}", hint=hint)

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        """A write transaction: the store's write lock first (other writers wait), committed at the end."""
        try:
            with self.engine.connect() as conn:
                conn.execution_options(**{WRITE: True})
                with conn.begin():
                    lock_for_writing(conn, self.wait)
                    yield conn
        except SQLAlchemyError as err:
            raise self._error(err, f"cannot write to {self.url}: {err.__class__.__name__}",
                              "check the disk has room and the database is writable") from None

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """A read: it never waits for writers; a broken or locked database is a StoreError."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as err:
            raise self._error(err, f"cannot read {self.url}",
                              "check the database file is a filmfacts store and not damaged") from None

    def versions(self, ids: Sequence[str] | None = None) -> dict[str, dict[str, str]]:
        """document id → versions of the code that read it (of the documents `ids`, or all)."""
        with self._read() as conn:
            return self._versions(conn, ids)

    def _versions(self, conn: Connection, ids: Sequence[str] | None) -> dict[str, dict[str, str]]:
        query = select(schema.documents.c.id, schema.documents.c.versions)
        if ids is None:
            return {r.id: dict(r.versions) for r in conn.execute(query)}
        return {r.id: dict(r.versions) for chunk in _chunks(list(ids))
                for r in conn.execute(query.where(schema.documents.c.id.in_(chunk)))}

    def write(self, batch: Sequence[Extracted], versions: dict[str, str], command: str,
              checkpoint: Checkpoint | None = None) -> WriteStats:
        """Store documents and claims in one transaction; a document already read by the same extractor
        versions is left as it is, one read by older versions has its claims replaced."""
        with self.writing(versions, command) as writer:
            writer.add(batch, checkpoint)
        return writer.stats

    @contextmanager
    def writing(self, versions: dict[str, str], command: str) -> Iterator[Writer]:
        """One transaction to add batches to; committed with its `runs` row when the block ends, rolled
        back (the store as it was) when it raises."""
        with self._tx() as conn:
            writer = Writer(self, conn, versions)
            yield writer
            stats = writer.stats
            conn.execute(schema.runs.insert().values(
                started=writer.started, finished=now(), command=command, versions=versions,
                documents_added=stats.added + stats.replaced, documents_unchanged=stats.unchanged,
                claims_added=stats.claims))

    def _save_checkpoint(self, conn: Connection, cp: Checkpoint) -> None:
        conn.execute(delete(schema.dump_progress).where(schema.dump_progress.c.source == cp.source))
        conn.execute(schema.dump_progress.insert().values(
            source=cp.source, last_page_id=cp.last_page_id, pages=cp.pages, films=cp.films,
            bad_pages=cp.bad_pages, skipped=cp.skipped, updated=now()))

    def checkpoint(self, source: str) -> Checkpoint | None:
        with self._read() as conn:
            row = conn.execute(select(schema.dump_progress).where(
                schema.dump_progress.c.source == source)).first()
        if row is None:
            return None
        return Checkpoint(row.source, row.last_page_id, row.pages, row.films, row.bad_pages, row.skipped)

    def documents(self, ids: Sequence[str] | None = None, *, layout: bool = True) -> list[Document]:
        """The stored documents; `layout=False` leaves out their sections, tables, fields, citations and
        links (linking the whole store reads a document's text, title and ids, and a Wikipedia page's
        layout is larger than its text)."""
        query = select(schema.documents).order_by(schema.documents.c.id)
        if ids is not None:
            query = query.where(schema.documents.c.id.in_(list(ids)))
        with self._read() as conn:
            return [document_from_row(r, layout=layout) for r in conn.execute(query)]

    def ids_of_format(self, fmt: str) -> list[str]:
        """The ids of the documents read from one format ("kobis")."""
        d = schema.documents
        with self._read() as conn:
            return list(conn.execute(select(d.c.id).where(d.c.format == fmt).order_by(d.c.id)).scalars())

    def subjects(self) -> list[tuple[str, tuple[str, ...], str]]:
        """(document id, the films it is about as written — its main film first —, its page title)
        for every document."""
        d, f = schema.documents, schema.document_films
        with self._read() as conn:
            more: dict[str, list[str]] = {}
            for r in conn.execute(select(f.c.document_id, f.c.film)):
                more.setdefault(r.document_id, []).append(r.film)
            return [(r.id, tuple(dict.fromkeys([r.film, *more.get(r.id, ())])), r.title)
                    for r in conn.execute(select(d.c.id, d.c.film, d.c.title))]

    def titles(self, properties: Sequence[str]) -> list[tuple[str, str]]:
        """(document id, title text) of every claim of `properties` whose value is a text or a name: the
        other titles a document gives its film (a KOBIS row's English title), which `show` finds it by."""
        c = schema.claims
        with self._read() as conn:
            rows = conn.execute(select(c.c.document_id, c.c.value).where(c.c.property.in_(list(properties))))
            return [(r.document_id, str(value["text"])) for r in rows
                    if isinstance(value := r.value, dict) and isinstance(value.get("text"), str)]

    def claims(self, documents: Sequence[str] | None = None, properties: Sequence[str] | None = None) -> list[Claim]:
        """The claims of `documents` (or all), of `properties` only when given."""
        query = select(schema.claims).order_by(schema.claims.c.document_id, schema.claims.c.start,
                                               schema.claims.c.id)
        if documents is not None:
            query = query.where(schema.claims.c.document_id.in_(list(documents)))
        if properties is not None:
            query = query.where(schema.claims.c.property.in_(list(properties)))
        with self._read() as conn:
            shared: dict[Any, Any] = {}
            return [claim_from_row(r, shared) for r in conn.execute(query)]

    # ---------------------------------------------------------------- identities and curations

    def known(self) -> Known:
        """The anchors every identity was known by (→ its id) and the curations, for linking."""
        a = schema.identity_anchors
        with self._read() as conn:
            anchors = {r.anchor: r.identity_id for r in conn.execute(select(a.c.anchor, a.c.identity_id))}
            return Known(anchors, curations_in(conn))

    def curations(self) -> tuple[Curation, ...]:
        """The users' same/different decisions, in the order they were made (without `known`'s anchors)."""
        with self._read() as conn:
            return curations_in(conn)

    def record_identities(self, rows: Sequence[dict[str, Any]], anchors: dict[str, tuple[str, str]]) -> int:
        """Replace the identities table with `rows` and add the anchors not yet known (anchor → (id,
        kind)); an anchor keeps the id it was first given. Returns how many anchors were new."""
        a, i = schema.identity_anchors, schema.identities
        stamp = now()
        with self._tx() as conn:
            have = set(conn.execute(select(a.c.anchor)).scalars())
            new = [{"anchor": k, "identity_id": v[0], "kind": v[1], "added": stamp}
                   for k, v in sorted(anchors.items()) if k not in have]
            if new:
                conn.execute(a.insert(), new)
            conn.execute(delete(i))
            if rows:
                conn.execute(i.insert(), [dict(r, updated=stamp) for r in rows])
        return len(new)

    def identities(self, ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """The recorded identities (of `ids`, or all)."""
        i = schema.identities
        query = select(i).order_by(i.c.id)
        if ids is not None:
            query = query.where(i.c.id.in_(list(ids)))
        with self._read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def curate(self, verdict: str, a: str, b: str, because: str) -> Curation:
        """Record that two identities are one or two; a later decision on the same pair replaces it."""
        c = schema.curations
        cur = Curation(verdict, a, b, because, now())
        with self._tx() as conn:
            conn.execute(delete(c).where(((c.c.a == a) & (c.c.b == b)) | ((c.c.a == b) & (c.c.b == a))))
            conn.execute(c.insert().values(verdict=verdict, a=a, b=b, because=because, added=cur.added))
        return cur

    def summary(self) -> list[dict[str, Any]]:
        """One row per document: where it came from, what it is, how many claims it gave."""
        d, c = schema.documents, schema.claims
        counts = select(c.c.document_id, func.count().label("n")).group_by(c.c.document_id).subquery()
        query = (select(d.c.id, d.c.source, d.c.format, d.c.kind, d.c.site, d.c.language, d.c.title,
                        d.c.published, d.c.retrieved, d.c.licence, d.c.film, d.c.added, counts.c.n)
                 .outerjoin(counts, counts.c.document_id == d.c.id).order_by(d.c.source))
        with self._read() as conn:
            return [dict(r._mapping) | {"claims": r.n or 0} for r in conn.execute(query)]

    def counts(self) -> dict[str, int]:
        with self._read() as conn:
            return {
                "documents": conn.execute(select(func.count()).select_from(schema.documents)).scalar() or 0,
                "claims": conn.execute(select(func.count()).select_from(schema.claims)).scalar() or 0,
            }

    def close(self) -> None:
        self.engine.dispose()


__all__ = ["Checkpoint", "Extracted", "FilmHit", "Store", "WriteStats", "Writer", "database_url"]
