"""`kill -9` in the middle of a dump build, then `--resume`: the same store as a run never interrupted."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from conftest import ROOT
from filmfacts.cli import app

sys.path.insert(0, str(ROOT / "bench"))

from crash_bench import make_dump


def progress(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            row = conn.execute("SELECT last_page_id FROM dump_progress").fetchone()
    except sqlite3.Error:
        return 0
    return int(row[0]) if row else 0


def export(db: Path) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(app, ["--db", str(db), "export"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_kill_then_resume_gives_the_uninterrupted_store(tmp_path: Path) -> None:
    pages = 600
    dump = make_dump(tmp_path / "films.xml", pages)
    killed_db = tmp_path / "killed.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", "from filmfacts.cli import main; main()", "--db", str(killed_db), "build",
         str(dump), "--batch", "10"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while progress(killed_db) < 50 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reached = progress(killed_db)
    assert 0 < reached < pages, f"the run was not cut in the middle (last page {reached})"

    resumed = CliRunner().invoke(app, ["--db", str(killed_db), "build", str(dump), "--resume", "--batch", "10"])
    assert resumed.exit_code == 0, resumed.output
    assert progress(killed_db) == pages

    clean_db = tmp_path / "clean.db"
    whole = CliRunner().invoke(app, ["--db", str(clean_db), "build", str(dump)])
    assert whole.exit_code == 0, whole.output
    after_kill, uninterrupted = export(killed_db), export(clean_db)
    assert len(uninterrupted["films"]) == pages
    assert after_kill == uninterrupted
