"""Concurrent builds: 4 processes building overlapping inputs into one new store at once, round after
round, on SQLite and PostgreSQL; every build must finish (exit 0) and the store must hold the records
of one build of all the inputs (the counts of documents and claims, and a hash of the export with its
ids aside, and the decisions that say a build joined two identities earlier builds had made: a film
first stored from KOBIS's Hangul title and from a news page's English one apart, then joined by a
third document, says so in its identity decisions; one build of all never makes the two).

    python bench/concurrency_bench.py [--rounds 10] [--processes 4] [--backends sqlite,postgresql]

The inputs are the bundled examples, the team's news pages (tests/fixtures/news) and two KOBIS
samples (tests/fixtures/kobis): process i builds a window of them that overlaps its neighbours', so
every document is built by two processes, and a dataset file by two as well. PostgreSQL is the
database FILMFACTS_TEST_POSTGRES names (`bash scripts/start-postgres.sh` prints one); its tables
are dropped before each round. Prints a line per backend: rounds, builds, failures, and whether each
round's records were the single build's.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from crash_bench import FILMFACTS, records  # noqa: E402  (a store's counts and export hash, as the crash bench takes them)


def inputs() -> list[Path]:
    return [*sorted((ROOT / "src" / "filmfacts" / "examples").glob("*.txt")),
            *sorted((ROOT / "tests" / "fixtures" / "news").glob("0*")),
            ROOT / "tests" / "fixtures" / "kobis" / "top500_sample.csv",
            ROOT / "tests" / "fixtures" / "kobis" / "tenmillion_sample.csv"]


def windows(paths: list[Path], processes: int) -> list[list[Path]]:
    """Process i's inputs: a window starting at its share of the list and twice as long, wrapping
    round, so neighbouring processes share half their inputs."""
    size = max(1, 2 * len(paths) // processes)
    return [[paths[(i * len(paths) // processes + k) % len(paths)] for k in range(size)] for i in range(processes)]


def empty(target: str) -> None:
    """A new store: the SQLite file removed, or the PostgreSQL tables dropped."""
    if "://" not in target:
        for path in Path(target).parent.glob(Path(target).name + "*"):
            path.unlink()
        return
    from filmfacts.store import Store, schema

    store = Store(target)
    schema.metadata.drop_all(store.engine)
    store.close()


def build_at_once(target: str, jobs: list[list[Path]]) -> list[tuple[int, str]]:
    """Start every build, then wait for all: (exit code, stderr) of each."""
    procs = [subprocess.Popen([*FILMFACTS, "--db", target, "build", *map(str, paths)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) for paths in jobs]
    return [(p.wait(timeout=900), p.stderr.read().strip() if p.stderr else "") for p in procs]


def run_backend(target: str, rounds: int, processes: int, folder: Path,
                paths: list[Path] | None = None) -> dict[str, object]:
    paths = paths or inputs()
    empty(target)
    one = build_at_once(target, [paths])
    if one[0][0]:
        raise RuntimeError(f"the single build failed: {one[0][1]}")
    reference = records(target, folder, joins=False)
    strict = records(target, folder)
    failures: list[str] = []
    joined = 0  # rounds whose records say an identity joined two that other builds had made first
    builds = 0
    started = time.monotonic()
    for round_ in range(rounds):
        empty(target)
        outcomes = build_at_once(target, windows(paths, processes))
        builds += len(outcomes)
        failures += [f"round {round_}, process {i}: exit {code}: {err}" for i, (code, err) in enumerate(outcomes)
                     if code]
        if (got := records(target, folder, joins=False)) != reference:
            failures.append(f"round {round_}: {got}, not {reference}")
        elif records(target, folder) != strict:
            joined += 1
    empty(target)
    return {"reference": reference, "builds": builds, "failures": failures, "seconds": time.monotonic() - started,
            "joined": joined}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="filmfacts-concurrency-") as name:
        folder = Path(name)
        for backend in args.backends.split(","):
            target = str(folder / "store.db") if backend == "sqlite" else os.environ.get("FILMFACTS_TEST_POSTGRES", "")
            if not target:
                print(f"CONCURRENCY {backend}: skipped (set FILMFACTS_TEST_POSTGRES; scripts/start-postgres.sh prints "
                      "one)")
                continue
            result = run_backend(target, args.rounds, args.processes, folder)
            failures: list[str] = result["failures"]  # type: ignore[assignment]
            rounds_ok = args.rounds - len({f.split(",")[0].split(":")[0] for f in failures})
            print(f"CONCURRENCY {backend}: {args.rounds} rounds of {args.processes} builds at once "
                  f"({result['builds']} builds, {result['seconds']:.0f} s), failures {len(failures)}; "
                  f"rounds with the single build's records {rounds_ok}/{args.rounds} ({result['reference']}; of "
                  f"them {result['joined']} say where a build joined two identities other builds had made)",
                  flush=True)
            for failure in failures:
                print(f"  FAILED {failure}", flush=True)


if __name__ == "__main__":
    main()
