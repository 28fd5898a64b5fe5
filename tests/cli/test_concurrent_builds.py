"""4 builds of overlapping inputs started at once on one new store, as real processes, on SQLite and
PostgreSQL: all finish, and the store holds what one build of everything gives (counts and a hash of
the export). `bench/concurrency_bench.py` runs 10 rounds of it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT, backend_target

sys.path.insert(0, str(ROOT / "bench"))

from concurrency_bench import run_backend

KOBIS = ROOT / "tests" / "fixtures" / "kobis"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_four_builds_at_once_give_the_records_of_one(tmp_path: Path, backend: str) -> None:
    paths = [*sorted(EXAMPLES.glob("*.txt")), *sorted((ROOT / "tests" / "fixtures" / "news").glob("0[1-3]*")),
             KOBIS / "top500_sample.csv"]
    result = run_backend(str(backend_target(backend, tmp_path)), rounds=1, processes=4, folder=tmp_path, paths=paths)
    assert result["failures"] == [] and result["builds"] == 4
    assert result["reference"].documents > len(paths)  # type: ignore[attr-defined]  (the KOBIS rows are documents)
