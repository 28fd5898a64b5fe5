"""Two users of one store in one process: readers never wait for a writer, a second writer waits
for the first and, past its wait, says so by name (on PostgreSQL too, through the advisory lock)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import backend_target
from filmfacts.errors import StoreBusy, StoreError
from filmfacts.store import Store


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_second_writer_waits_then_gives_up_with_a_clear_message(tmp_path: Path, backend: str) -> None:
    target = backend_target(backend, tmp_path)
    first, second = Store(target), Store(target, wait=0.3)
    try:
        with first.writing({}, command="first"):
            assert second.counts()["documents"] == 0  # a read does not wait for the writer
            started = time.monotonic()
            with pytest.raises(StoreBusy) as caught, second.writing({}, command="second"):
                pass
            assert time.monotonic() - started >= 0.25
        assert "is being written by another process, which has not finished after 0.3 seconds" in str(caught.value)
        assert "wait longer with --wait" in str(caught.value) and caught.value.exit_code == 3
        with second.writing({}, command="second"):  # the first has committed: the second goes ahead
            pass
    finally:
        if backend != "sqlite":
            from filmfacts.store import schema

            schema.metadata.drop_all(first.engine)
        first.close()
        second.close()


def test_a_store_that_is_not_there_is_not_made_for_a_read(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        Store(tmp_path / "typo.db", create=False)
    assert not (tmp_path / "typo.db").exists()
