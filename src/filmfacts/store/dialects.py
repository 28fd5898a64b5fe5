"""Where SQLite and PostgreSQL differ, in one place."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event


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
