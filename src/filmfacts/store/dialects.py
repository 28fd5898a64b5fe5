"""Where SQLite and PostgreSQL differ, in one place."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, Table, event

from ..errors import StoreError


def prepare_engine(engine: Engine) -> Engine:
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()
    return engine


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
