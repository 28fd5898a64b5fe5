"""Command start-up: how long `filmfacts --help` and `filmfacts show` on a small store take, each a
fresh process as a user runs it, against a bare `python -c pass` measured in the same run.

    python bench/start_bench.py [--repeat 9]

The store holds ../shared/seeds (or, without the shared folder, the bundled examples). Bytecode
is written once before timing (PYTHONDONTWRITEBYTECODE is cleared for these processes), as an
installed filmfacts has it. CPU seconds (user + system of the process) are the figure to read on
a shared machine; wall seconds are what a user waits on a free one. Target: ≤ 0.3 s. The indented
rows are bare imports of the libraries every read command loads (SQLAlchemy for the store, Typer with
the pydantic it coerces arguments through, rich for tables): what is left of a command's start.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FILMFACTS_SHARED") or ROOT.parent / "shared")
CLI = "import sys; sys.argv[0] = 'filmfacts'; from filmfacts.cli import main; main()"
TARGET = 0.3


def run(env: dict[str, str], *args: str) -> tuple[float, float]:
    """Wall and CPU seconds of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()[-400:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("PYTHONPATH", str(ROOT / "src"))
    seeds = SHARED / "seeds"
    examples = sorted((ROOT / "src" / "filmfacts" / "examples").glob("*.txt"))
    inputs = [str(seeds)] if seeds.exists() else [str(p) for p in examples]
    with tempfile.TemporaryDirectory(prefix="ffstart-") as tmp:
        db = str(Path(tmp) / "small.db")
        run(env, "-c", CLI, "--db", db, "build", *inputs)
        cases = {
            "python -c pass (baseline)": ["-c", "pass"],
            "filmfacts --help": ["-c", CLI, "--help"],
            "filmfacts show (small store)": ["-c", CLI, "--db", db, "show", "Miracle in Cell No. 7"],
            "filmfacts sources (small store)": ["-c", CLI, "--db", db, "sources"],
        }
        # what a read command cannot leave out as it is built: the libraries' own imports, for the note
        parts = {
            "  import sqlalchemy (store)": ["-c", "import sqlalchemy"],
            "  import typer, pydantic (args)": ["-c", "import typer, pydantic"],
            "  import rich.table (card)": ["-c", "import rich.console, rich.table"],
        }
        cases |= parts
        for argv in cases.values():  # bytecode written, files in the page cache
            run(env, *argv)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for _ in range(args.repeat):  # interleaved, so a burst of load hits every case alike
            for name, argv in cases.items():
                times[name].append(run(env, *argv))
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; medians of {args.repeat}")
    print(f"{'command':<34}{'wall s':>9}{'CPU s':>9}{'CPU - baseline':>16}   target CPU ≤ {TARGET}")
    base = statistics.median(c for _, c in times["python -c pass (baseline)"])
    for name, got in times.items():
        wall = statistics.median(w for w, _ in got)
        cpu = statistics.median(c for _, c in got)
        verdict = "" if name.startswith(("python", " ")) else ("ok" if cpu <= TARGET else "MISSED")
        print(f"{name:<34}{wall:>9.3f}{cpu:>9.3f}{cpu - base:>16.3f}   {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
