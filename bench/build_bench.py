"""Build throughput: documents/s and claims/s for `build`, against raw SQLite inserts of the same rows.

Two inputs (`--source`):

    examples   a folder of N distinct documents made from the bundled examples and the team-written
               films (each copy gets its own notes line, so its text hash and id differ)
    films      the first N rows of the American-films dataset (../shared, or FILMFACTS_SHARED), one
               JSON file: many short documents, many claims

and, in one process, times:

    read       read only (decode + format detection + reader)
    extract    read + extract
    build      read + extract + store (pipeline.build: batches in one transaction)
    write      the part of build spent in the store's write path (claim ids, rows, inserts)
    raw        the same rows (documents, claims, the films each document names; already serialised)
               inserted with sqlite3's executemany in one transaction into the same schema with the
               store's pragmas (foreign keys on): the floor the write path is measured against

Times are CPU seconds of this process; raw is repeated (`--repeat`, median).
Prints each rate, the ratios of build and write to raw (target: write ≥ 0.5× raw), and how
much of the build the garbage collector took.

    python bench/build_bench.py [--source films] [--docs 4000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import gzip
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("FILMFACTS_SHARED") or ROOT.parent / "shared")

from filmfacts import extract  # noqa: E402
from filmfacts.errors import NoFilmFound  # noqa: E402
from filmfacts.model import value_encode  # noqa: E402
from filmfacts.pipeline import build, extract_document  # noqa: E402
from filmfacts.sources import read_file  # noqa: E402
from filmfacts.sources.dataset.film_rows import iter_documents  # noqa: E402
from filmfacts.store import Store  # noqa: E402

INPUTS = sorted((ROOT / "src" / "filmfacts" / "examples").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "films").glob("*/*.txt"))


def make_folder(folder: Path, n: int, source: str) -> int:
    if source == "films":
        rows: list[Any] = []
        for path in sorted((SHARED / "data" / "wikipedia_american_films_prust").glob("movies-*.json.gz")):
            rows.extend(json.loads(gzip.decompress(path.read_bytes())))
        out = folder / "movies.json"
        out.write_text(json.dumps(rows[:n]), encoding="utf-8")
        return out.stat().st_size
    size = 0
    for i in range(n):
        src = INPUTS[i % len(INPUTS)]
        text = src.read_text(encoding="utf-8").rstrip("\n")
        # a unique last line: a new document with the same facts
        extra = f"\nCopy {i} of this page." if "[]" in text else f"\n\n== Notes ==\nCopy {i} of this page."
        out = folder / f"{i:05d}-{src.parent.name}-{src.name}"
        out.write_text(text + extra + "\n", encoding="utf-8")
        size += out.stat().st_size
    return size


def documents(folder: Path, source: str) -> list[Any]:
    if source == "films":
        return list(iter_documents(folder / "movies.json"))
    return [read_file(p) for p in sorted(folder.iterdir())]


def extract_all(docs: list[Any]) -> list[Any]:
    out = []
    for doc in docs:
        with contextlib.suppress(NoFilmFound):  # a dataset row about no film: skipped, as build does
            out.append(extract_document(doc))
    return out


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """CPU seconds of this process (steadier than wall time on a shared machine) and the result."""
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


class Collector:
    """Time spent in the garbage collector, from gc.callbacks."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.runs = [0, 0, 0]
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.seconds += time.process_time() - self._start
            self.runs[info["generation"]] += 1


@contextlib.contextmanager
def write_timer() -> Iterator[list[float]]:
    """CPU seconds the build spends in the store's write path (`Writer.add`, or `Store.write` in a
    filmfacts from before the streaming writer), measured inside the build."""
    import filmfacts.store as store_module

    owner: Any = getattr(store_module, "Writer", None) or Store
    name = "add" if owner is not Store else "write"
    original = getattr(owner, name)
    spent = [0.0]

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - start

    setattr(owner, name, wrapped)
    try:
        yield spent
    finally:
        setattr(owner, name, original)


Rows = list[tuple[Any, ...]]


def raw_rows(batch: list[Any], versions: dict[str, str]) -> tuple[Rows, Rows, Rows]:
    """The rows the store's writer inserts (documents, claims, the films each document is about), as
    plain tuples with their JSON serialised (outside any timing)."""
    docs: dict[str, tuple[Any, ...]] = {}
    claims: dict[str, tuple[Any, ...]] = {}
    films: list[tuple[Any, ...]] = []
    for item in batch:
        d = item.document
        if d.id in docs:  # the same text twice: stored once
            continue
        docs[d.id] = (d.id, d.source, d.format, d.kind, d.site, d.language, d.title, d.published, d.retrieved,
                      d.licence, "{}", d.text, item.film, json.dumps(item.versions or versions), "2025-01-01")
        for c in item.claims:
            claims[c.id] = (c.id, d.id, c.subject, c.property, json.dumps(value_encode(c.value)),
                            json.dumps([[k, list(v) if isinstance(v, tuple) else v] for k, v in c.qualifiers]),
                            c.evidence.start, c.evidence.end, c.evidence.quote, c.extractor, c.version, c.confidence)
        films.extend((d.id, f) for f in dict.fromkeys([item.film, *(c.subject for c in item.claims)]) if f)
    return list(docs.values()), list(claims.values()), films


def raw_insert(path: Path, docs: Rows, claims: Rows, films: Rows) -> float:
    Store(path).close()  # the same schema and indexes
    conn = sqlite3.connect(path)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL"):  # the store's (dialects.py)
        conn.execute(f"PRAGMA {pragma}")
    start = time.process_time()
    with conn:
        conn.executemany(f"INSERT INTO documents VALUES ({', '.join('?' * 15)})", docs)
        conn.executemany(f"INSERT INTO claims VALUES ({', '.join('?' * 12)})", claims)
        conn.executemany("INSERT INTO document_films VALUES (?, ?)", films)
    seconds = time.process_time() - start
    conn.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", choices=("examples", "films"), default="examples")
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ffbench-"))
    try:
        folder = tmp / "docs"
        folder.mkdir()
        size = make_folder(folder, args.docs, args.source)
        versions = extract.versions()

        base_s, docs = timed(lambda: documents(folder, args.source))
        ext_s, batch = timed(lambda: extract_all(documents(folder, args.source)))
        claims = sum(len(item.claims) for item in batch)
        collector = Collector()
        gc.callbacks.append(collector)
        store = Store(tmp / "bench.db")
        with write_timer() as written:
            build_s, report = timed(lambda: build([folder], store))
        write_s = written[0]
        gc.callbacks.remove(collector)
        stored = store.counts()
        store.close()

        rows = raw_rows(batch, versions)
        raw_s = statistics.median(raw_insert(tmp / f"raw-{i}.db", *rows) for i in range(args.repeat))

        n = len(docs)
        print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        print(f"source {args.source}: {n} documents ({size / 1e6:.1f} MB), claims extracted: {claims}, "
              f"stored: {stored['claims']}")
        print("CPU seconds of this process (raw: median of --repeat)")
        print(f"{'pass':<10}{'seconds':>10}{'docs/s':>12}{'claims/s':>12}{'vs raw':>10}")
        for name, secs in (("read", base_s), ("extract", ext_s), ("build", build_s), ("write", write_s),
                           ("raw", raw_s)):
            print(f"{name:<10}{secs:>10.2f}{n / secs:>12.1f}{claims / secs:>12.0f}{raw_s / secs:>9.2f}x")
        print(f"\nwrite vs raw SQLite inserts: {raw_s / write_s:.2f}x  target >= 0.5  "
              f"{'ok' if raw_s / write_s >= 0.5 else 'MISSED'}")
        print(f"build vs raw SQLite inserts: {raw_s / build_s:.2f}x (build = read + extract + write; "
              f"extract alone is {raw_s / ext_s:.2f}x raw)")
        print(f"garbage collector during build: {collector.seconds:.2f} s ({collector.seconds / build_s:.0%}), "
              f"collections by generation {collector.runs}")
        assert report.added + report.unchanged == report.documents
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
