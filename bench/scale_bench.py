"""Scaling: does any step grow faster than its input?

Two parts, both in one run:

    doubling   look-alike names (`link.entities.look_alikes`) over 3.5k → 28k people of the
               American-films dataset's cast lists, and copy detection
               (`reconcile.copies.detect_copies`) over 100 → 800 pages about one film (a fan
               wiki's copies of one article, each drifted), each input doubled three times;
               prints the time of each size and its ratio to the size before (linear: 2.0×,
               quadratic: 4.0×; the target is ≤ 2.3×).
    table      the `filmfacts` command (a fresh process each, as a user runs it) over the first
               1k, 4k, 16k and 36k films of the dataset: build, export, show, conflicts, people;
               wall and CPU seconds, and each size's ratio to the one before.

    python bench/scale_bench.py                       # both parts
    python bench/scale_bench.py --part doubling
    python bench/scale_bench.py --sizes 1000,4000     # a smaller table

The data folder is `../shared` beside the repository, or FILMFACTS_SHARED. Run another
checkout's code with PYTHONPATH=OTHER/src (the commands inherit it).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("FILMFACTS_SHARED") or ROOT.parent / "shared")
FILMS = SHARED / "data" / "wikipedia_american_films_prust"

from cli_child import run_filmfacts  # noqa: E402
from filmfacts.link.entities import look_alikes  # noqa: E402
from filmfacts.link.names import name_key  # noqa: E402
from filmfacts.model import Document, Entity, EntityName, document_id  # noqa: E402
from filmfacts.reconcile.copies import detect_copies  # noqa: E402


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for path in sorted(FILMS.glob("movies-*.json.gz")):
        out.extend(json.loads(gzip.decompress(path.read_bytes())))
    return out


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Median CPU seconds of this process (steadier than wall time on a shared machine)."""
    times = []
    for _ in range(repeat):
        started = time.process_time()
        fn()
        times.append(time.process_time() - started)
    return statistics.median(times)


def people(films: list[dict[str, object]], n: int) -> list[Entity]:
    names: dict[str, str] = {}
    for row in films:
        for name in row.get("cast") or []:  # type: ignore[union-attr]
            if isinstance(name, str) and len(name) > 3 and name_key(name) not in names:
                names[name_key(name)] = name
            if len(names) >= n:
                break
        if len(names) >= n:
            break
    return [Entity(f"person:{i}", "person", text, (EntityName(text, "en"),)) for i, text in enumerate(names.values())]


def copies(films: list[dict[str, object]], n: int) -> list[Document]:
    """`n` pages about one film: every fourth an article of its own, the other three copies of it
    with a few of its sentences changed (fan wikis that copied and drifted)."""
    rng = random.Random(n)
    extracts = [str(r["extract"]) for r in films if len(str(r.get("extract") or "")) > 600]
    docs: list[Document] = []
    for i in range(n):
        if i % 4 == 0:
            text = " ".join(rng.sample(extracts, 3))
            site = f"site{i}.example"
        else:
            sentences = docs[i - i % 4].text.split(". ")
            for _ in range(3):
                sentences[rng.randrange(len(sentences))] = rng.choice(extracts)[:120]
            text = ". ".join(sentences) + f" Copy {i}."
            site = f"wiki{i}.example"
        docs.append(Document(id=document_id(text), source=f"page{i}", format="plain", kind="fan_wiki", site=site,
                             text=text, title="Film"))
    return docs


def doubling(films: list[dict[str, object]], repeat: int) -> list[tuple[str, float]]:
    print("doubling: each size twice the one before (target: each ratio ≤ 2.3×)")
    worst: list[tuple[str, float]] = []
    for label, sizes, make, run in (
        ("look_alikes (people)", (3500, 7000, 14000, 28000), people, look_alikes),
        ("detect_copies (pages about one film)", (100, 200, 400, 800), copies, detect_copies),
    ):
        before = 0.0
        ratios = []
        for n in sizes:
            data = make(films, n)
            secs = median_time(lambda data=data, run=run: run(data), repeat)  # type: ignore[misc]
            ratio = secs / before if before else 0.0
            if before:
                ratios.append(ratio)
            found = len(run(data))  # type: ignore[arg-type]
            print(f"  {label:<38} n={n:>6}  {secs * 1000:9.1f} ms CPU  {f'{ratio:5.2f}×' if before else '      '}"
                  f"  ({found} found)")
            before = secs
        worst.append((label, max(ratios)))
    return worst


def table(films: list[dict[str, object]], sizes: list[int], commands: list[str]) -> None:
    env = dict(os.environ)
    env.setdefault("PYTHONPATH", str(ROOT / "src"))
    tmp = Path(tempfile.mkdtemp(prefix="ffscale-"))
    print(f"\ntable: the filmfacts command on the first N films ({len(films)} in the dataset); "
          "wall s / CPU s, and the CPU ratio to the size before")
    print(f"  {'films':>6}  " + "".join(f"{c:>24}" for c in commands))
    previous: dict[str, float] = {}
    try:
        for n in sizes:
            part = films[:n]
            folder = tmp / f"films-{n}"
            folder.mkdir()
            (folder / "movies.json.gz").write_bytes(gzip.compress(json.dumps(part).encode("utf-8")))
            db = tmp / f"films-{n}.db"
            middle = part[len(part) // 2]
            # with its year: a title several films share is answered with the list to choose from (exit 6)
            title = f"{middle['title']} ({middle['year']})" if middle.get("year") else str(middle["title"])
            args = {"build": ["build", str(folder)], "export": ["export", "--format", "json"],
                    "show": ["show", title], "conflicts": ["conflicts"], "people": ["people"]}
            cells = []
            for name in commands:
                run = run_filmfacts(["--db", str(db), *args[name]], env)
                wall, cpu = run.wall, run.cpu
                ratio = f"{cpu / previous[name]:4.1f}×" if name in previous else "     "
                previous[name] = cpu
                cells.append(f"{wall:7.1f} /{cpu:7.1f} {ratio}")
            print(f"  {n:>6}  " + "".join(f"{c:>24}" for c in cells), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("doubling", "table", "both"), default="both")
    parser.add_argument("--sizes", default="1000,4000,16000,36000", help="films per row of the table")
    parser.add_argument("--commands", default="build,export,show,conflicts,people")
    parser.add_argument("--repeat", type=int, default=5, help="runs per doubling size (median)")
    args = parser.parse_args()
    if not FILMS.exists():
        print(f"{FILMS} is not present (set FILMFACTS_SHARED to the shared folder)", file=sys.stderr)
        return 2
    films = rows()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    if args.part in ("doubling", "both"):
        for label, worst in doubling(films, args.repeat):
            print(f"  {label:<38} worst doubling {worst:5.2f}×  target ≤ 2.3  {'ok' if worst <= 2.3 else 'MISSED'}")
    if args.part in ("table", "both"):
        sizes = [min(int(s), len(films)) for s in args.sizes.split(",")]
        table(films, sizes, args.commands.split(","))
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
