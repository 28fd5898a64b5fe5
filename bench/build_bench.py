"""Build throughput: documents/s and claims/s for `build` on a folder of documents.

Makes a folder of N distinct documents from the bundled examples and the team-written
films (each copy gets its own notes line, so its text hash and id differ), then, in one
process, times three passes over the same files:

    baseline   read only (decode + format detection + reader)
    extract    read + extract
    build      read + extract + store, in one transaction (pipeline.build)

and prints each rate with its ratio to the baseline.

    python bench/build_bench.py [--docs 400] [--keep DIR]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from filmfacts import extract  # noqa: E402
from filmfacts.pipeline import build  # noqa: E402
from filmfacts.sources import read_file  # noqa: E402
from filmfacts.store import Store  # noqa: E402

INPUTS = sorted((ROOT / "src" / "filmfacts" / "examples").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "films").glob("*/*.txt"))


def make_folder(folder: Path, n: int) -> int:
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


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=400)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ffbench-"))
    try:
        folder = tmp / "docs"
        folder.mkdir()
        size = make_folder(folder, args.docs)
        files = sorted(folder.iterdir())

        base_s, docs = timed(lambda: [read_file(p) for p in files])
        ext_s, claims = timed(lambda: sum(len(extract.run(read_file(p))) for p in files))
        store = Store(tmp / "bench.db")
        build_s, report = timed(lambda: build([folder], store))
        stored = store.counts()
        store.close()
        n = len(docs)
        print(f"documents: {n} ({size / 1e6:.1f} MB), claims extracted: {claims}, stored: {stored['claims']}")
        print(f"{'pass':<10}{'seconds':>10}{'docs/s':>12}{'claims/s':>12}{'vs baseline':>14}")
        for name, secs in (("baseline", base_s), ("extract", ext_s), ("build", build_s)):
            print(f"{name:<10}{secs:>10.2f}{n / secs:>12.1f}{claims / secs:>12.1f}{base_s / secs:>13.2f}x")
        assert report.added == n
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
