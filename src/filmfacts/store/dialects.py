"""Where SQLite and PostgreSQL differ, in one place: connecting, locking for a write, parameter style.

Concurrent use of one store: reading never waits (SQLite's write-ahead log; PostgreSQL's snapshots),
and writers take turns. A write transaction starts by taking the store's write lock, so a second
build waits for the first to commit (up to `wait` seconds) and then sees what it wrote:

    SQLite       `BEGIN IMMEDIATE` under a busy timeout of `wait` seconds
    PostgreSQL   `pg_advisory_xact_lock` under `lock_timeout` = `wait`

Creating the schema is such a write, so two processes opening a new store create it once.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event

from ..errors import StoreError

WRITE = "filmfacts_write"  # execution option: this connection's transaction takes the write lock
_LOCK_KEY = 0x66696C6D  # "film": the advisory lock all filmfacts writers of a PostgreSQL database share


def make_engine(url: str, wait: float) -> Engine:
    """An engine for `url` whose writers wait up to `wait` seconds for each other."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": wait})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            # the driver's own transaction handling off: SQLAlchemy's "begin" below says how each begins
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA busy_timeout={int(wait * 1000)}")
            cursor.execute("PRAGMA foreign_keys=ON")
            _into_wal(cursor, wait)
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")

        return engine
    return create_engine(url)


def _into_wal(cursor: Any, wait: float) -> None:
    """Turn a new SQLite store to write-ahead logging, waiting for another process doing the same.

    Two connections turning a new file to WAL at once each hold a shared lock and want the exclusive
    one; SQLite answers one of them "database is locked" at once, without the busy timeout (waiting
    could deadlock). It is tried again until `wait` is over: the other has turned it by then."""
    deadline = time.monotonic() + wait
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if not is_busy(err) or time.monotonic() >= deadline:
                raise
        time.sleep(0.01)


def lock_for_writing(conn: Connection, wait: float) -> None:
    """Take the store's write lock at the start of a write transaction (SQLite took it at BEGIN)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(wait * 1000)}ms'")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK_KEY})")


def is_busy(error: BaseException) -> bool:
    """Whether a driver error means another process held the lock longer than the wait."""
    text = str(getattr(error, "orig", error)).casefold()
    return "database is locked" in text or "lock timeout" in text or "locknotavailable" in \
        type(getattr(error, "orig", error)).__name__.casefold()


def insert_statement(engine: Engine, table: Table, columns: tuple[str, ...]) -> str:
    """`INSERT INTO t ("a", "b") VALUES (?, ?)` in the driver's own parameter style, for executemany
    with tuples (no per-row compiling or binding in SQLAlchemy)."""
    dialect = engine.dialect
    if dialect.paramstyle == "qmark":
        mark = "?"
    elif dialect.paramstyle in ("format", "pyformat"):
        mark = "%s"
    else:
        raise StoreError(f"the {dialect.name} driver's parameter style {dialect.paramstyle!r} is not supported",
                         hint="use SQLite or PostgreSQL through psycopg")
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    marks = ", ".join(mark for _ in columns)
    return f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})"
