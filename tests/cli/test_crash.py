"""`kill -9` at random moments during builds of documents, a dump and a dataset (a few here; 100 in
`bench/crash_bench.py`): after each, SQLite's integrity check passes, a document build left nothing
or everything, and the same build run again gives the records of a clean build (counts and a hash
of the export)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

sys.path.insert(0, str(ROOT / "bench"))

from crash_bench import make_dump, run_kind

KOBIS = ROOT / "tests" / "fixtures" / "kobis"


@pytest.mark.parametrize("kind", ["documents", "dump", "dataset"])
def test_a_killed_build_leaves_a_sound_store_and_a_rerun_the_clean_records(tmp_path: Path, kind: str) -> None:
    inputs = {"documents": sorted(EXAMPLES.glob("*.txt")),
              "dump": [make_dump(tmp_path / "films.xml", 40)],
              "dataset": [KOBIS / "top500_sample.csv", KOBIS / "tenmillion_sample.csv"]}[kind]
    result = run_kind(kind, inputs, kills=1, rand=random.Random(kind), folder=tmp_path)
    assert result["failures"] == []
    assert result["reference"].documents > 0 and result["reference"].claims > 0  # type: ignore[attr-defined]
    assert sum(result["outcomes"].values()) == 1  # type: ignore[attr-defined]
