"""Time and memory against size: a single line, a document, a dump and a dataset at 1×, 10× and 100×
their base size, each built into a new store by its own process; CPU seconds per MB and peak memory
should stay flat, so the ratios to 1× printed beside them should stay near 1.

    python bench/size_bench.py [--scales 1,10,100] [--inputs line,sentence,document,dump,dataset]

    line       a news page with one line of many short sentences with figures ("The film drew 1.2
               million viewers on Saturday in Seoul. " …), 5 KB at 1×, `--max-line` raised
    sentence   a news page with one sentence of many figures and no full stop ("…, 1.2 million
               viewers in Seoul, 3.4 million in Busan, …"), 5 KB at 1×: one sentence is what the
               extractors look at whole
    document   a news page of many ordinary paragraphs, 10 KB at 1×
    dump       a MediaWiki dump of film pages (bench/crash_bench.py's), 20 pages at 1×
    dataset    a JSON file of film rows with a lead sentence each, 100 rows at 1×

Each figure is the child process's: CPU seconds of the build (the imports and the store's creation
left out by a warm-up build of a small page first) and its peak resident memory (which includes
about 50 MB of imported code). `--new-store` leaves the warm-up out: the input is the first build
of a new store, which links the whole store once to record its identities (`identity.record`) where
a later build records those of what it touched, a part at a time.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from crash_bench import make_dump  # noqa: E402

PAGE = ROOT / "tests" / "fixtures" / "news" / "06-news-miracle-38-days.txt"
CITIES = ["Seoul", "Busan", "Daegu", "Incheon", "Gwangju", "Daejeon", "Ulsan", "Suwon"]


def _page(body: str) -> str:
    return PAGE.read_text(encoding="utf-8") + "\n\n" + body + "\n"


def line(path: Path, scale: int) -> Path:
    unit = "The film drew 1.2 million viewers on Saturday in Seoul. "
    path.write_text(_page(unit * (5000 * scale // len(unit))), encoding="utf-8")
    return path


def sentence(path: Path, scale: int) -> Path:
    parts = [f"{i % 9 + 1}.{i % 7} million viewers in {CITIES[i % len(CITIES)]}" for i in range(5000 * scale // 30)]
    path.write_text(_page("The film drew " + ", ".join(parts) + " on Saturday"), encoding="utf-8")
    return path


def document(path: Path, scale: int) -> Path:
    para = ("The film, which opened on Jan. 23, drew {n} viewers over the weekend in {city}, according to the Korean "
            "Film Council on Monday, and its distributor said it would add screens next week.")
    paras = [para.format(n=f"{i % 90 + 10},{i % 1000:03d}", city=CITIES[i % len(CITIES)])
             for i in range(10_000 * scale // 190)]
    path.write_text(_page("\n\n".join(paras)), encoding="utf-8")
    return path


def dump(path: Path, scale: int) -> Path:
    return make_dump(path.with_suffix(".xml"), 20 * scale)


def dataset(path: Path, scale: int) -> Path:
    rows = [{"title": f"The Film Number {i}", "year": 1950 + i % 70, "cast": [f"Actor {i} Kim", f"Actress {i} Lee"],
             "genres": ["Drama"], "extract": f"The Film Number {i} is a {1950 + i % 70} American drama film directed "
                                            f"by Director {i} Park and starring Actor {i} Kim."}
            for i in range(100 * scale)]
    out = path.with_suffix(".json")
    out.write_text(json.dumps(rows), encoding="utf-8")
    return out


INPUTS: dict[str, Callable[[Path, int], Path]] = {"line": line, "sentence": sentence, "document": document,
                                                  "dump": dump, "dataset": dataset}


def _measure(path: Path, folder: Path, out: multiprocessing.Queue, warm_up: bool = True  # type: ignore[type-arg]
             ) -> None:
    from filmfacts.pipeline import build
    from filmfacts.sources.limits import Limits, limited
    from filmfacts.store import Store

    store = Store(folder / "size.db")
    warm = folder / "warm.txt"
    warm.write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    if warm_up:
        build([warm], store)  # the imports and the store's creation are not the input's cost
    started = time.process_time()
    with limited(Limits(line=10 ** 9, document_mb=10 ** 4, claims=10 ** 9)):
        report = build([path], store)
    seconds = time.process_time() - started
    store.close()
    out.put((seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, report.documents, report.claims))


def measure(path: Path, folder: Path, warm_up: bool = True) -> tuple[float, float, int, int]:
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    child = multiprocessing.Process(target=_measure, args=(path, folder, queue, warm_up))
    child.start()
    result = queue.get()
    child.join()
    return result  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--inputs", default=",".join(INPUTS))
    parser.add_argument("--new-store", action="store_true", help="no warm-up build: each input is a new store's first")
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",")]
    print(f"{'input':<10} {'scale':>6} {'MB':>8} {'docs':>6} {'claims':>8} {'CPU s':>8} {'s/MB':>8} {'ratio':>6} "
          f"{'peak MB':>8} {'ratio':>6}")
    for name in args.inputs.split(","):
        base: tuple[float, float] | None = None
        for scale in scales:
            with tempfile.TemporaryDirectory(prefix="filmfacts-size-") as folder_name:
                folder = Path(folder_name)
                path = INPUTS[name](folder / f"{name}-{scale}.txt", scale)
                mb = path.stat().st_size / 1024 / 1024
                seconds, peak, docs, claims = measure(path, folder, not args.new_store)
            per_mb = seconds / mb
            base = base or (per_mb, peak)
            print(f"{name:<10} {scale:>5}× {mb:>8.3f} {docs:>6,} {claims:>8,} {seconds:>8.2f} {per_mb:>8.1f} "
                  f"{per_mb / base[0]:>6.2f} {peak:>8.0f} {peak / base[1]:>6.2f}", flush=True)


if __name__ == "__main__":
    main()
