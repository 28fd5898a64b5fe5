"""Structured datasets: `filmfacts build FOLDER` on each dataset folder of ../shared/data, against a bare
read of the same files in the same run.

    .venv/bin/python bench/dataset_bench.py [FOLDER ...]

For each folder, in a process of its own (so its peak memory is its own):
    baseline   every table the folder's readers take, decompressed and split into rows by csv.reader
               (the least any reader must do)
    filmfacts  the whole build into a fresh SQLite store: recognise, read, extract, write
and prints documents, claims, seconds, the ratio to the baseline and the build's peak resident memory.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("FILMFACTS_SHARED") or ROOT.parent / "shared")
FOLDERS = ("tmdb_5000_movies", "movielens_latest_small_links", "jedai_tmdb_tvdb", "moviegraphbenchmark", "awards",
           "kobis_korean_box_office")


def baseline(folder: Path) -> tuple[int, float]:
    """Rows of every file a dataset reader takes, read bare; (rows, seconds)."""
    from filmfacts.sources.datafile import open_binary
    from filmfacts.sources.registry import reader_for

    csv.field_size_limit(2**31 - 1)
    start, rows = time.perf_counter(), 0
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if reader_for(path).mode != "rows":
            continue
        with open_binary(path) as stream:
            text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
            delimiter = "\t" if "\t" in text.readline() else "|" if path.name.endswith(".csv.gz") else ","
            rows += sum(1 for _ in csv.reader(text, delimiter=delimiter))
    return rows, time.perf_counter() - start


def build(folder: Path) -> dict[str, float]:
    """The build in this process: documents, claims, seconds."""
    from filmfacts.pipeline import build as run_build
    from filmfacts.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "bench.db"))
        start = time.perf_counter()
        report = run_build([folder], store)
        seconds = time.perf_counter() - start
    return {"documents": report.documents, "new": report.added, "claims": report.claims, "seconds": seconds,
            "ignored": len(report.ignored), "skipped": len(report.skipped)}


def child(folder: str) -> None:
    print(json.dumps(build(SHARED / "data" / folder)))


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
        return
    folders = sys.argv[1:] or list(FOLDERS)
    print(f"{'folder':32} {'documents':>9} {'claims':>8} {'build s':>8} {'bare rows':>9} {'bare s':>7} "
          f"{'ratio':>6} {'peak MB':>8}")
    for name in folders:
        folder = SHARED / "data" / name
        if not folder.exists():
            print(f"{name:32} not in {SHARED / 'data'}")
            continue
        rows, bare = baseline(folder)
        proc = subprocess.Popen([sys.executable, __file__, "--child", name], stdout=subprocess.PIPE, text=True)
        out = proc.stdout.read() if proc.stdout else ""
        _, status, usage = os.wait4(proc.pid, 0)
        if status:
            print(f"{name:32} build failed")
            continue
        got = json.loads(out.strip().splitlines()[-1])
        print(f"{name:32} {got['documents']:>9,} {got['claims']:>8,} {got['seconds']:>8.1f} {rows:>9,} {bare:>7.2f} "
              f"{got['seconds'] / bare if bare else 0:>6.0f} {usage.ru_maxrss / 1024:>8.0f}")


if __name__ == "__main__":
    main()
