"""Fuzzing every reader and the extractors it feeds, in one process, at the speed of filmfacts'
own reading: Hypothesis makes seeds of each format, a seeded mutator multiplies them, and Atheris
runs a coverage-guided round; each input with a CPU-time cap.

    nice -n 5 python bench/fuzz_bench.py [--hypothesis 300] [--mutations 1000000] [--atheris 50000]
                                         [--atheris-minutes 10] [--cap 10] [--max-len 2048] [--minutes M]

The modes, in this order:

- `--hypothesis N`: N files of each format of `bench/fuzz_formats.py` (plain text, rendered wiki,
  wikitext, wiki HTML, news HTML and text, CSV, KOBIS, film rows, dumps, arbitrary bytes) drawn by
  its strategies, in rounds of 500 with a seed each, format after format. Each is run, and kept as a
  seed of its format for the mutations. Hypothesis's drawing costs about as much as filmfacts'
  reading of a file, which is why it only seeds the run.
- `--atheris N`: N inputs mutated by Atheris (libFuzzer) from the repository's own documents
  (tests/fixtures, tests/golden), guided by the coverage of filmfacts' modules (only they are
  instrumented), in a child process that the run waits for (`--atheris-minutes` at most).
- `--mutations N`: N inputs from `bench/fuzz_mutate.py`'s seeded mutator (`--seed`), over pools of
  the Hypothesis seeds (one pool per format, so a splice joins two documents of one format and an
  insertion is one of that format's tokens) and of the repository's documents (a pool per folder);
  an input a reader took joins its pool now and then. Inputs are cut to `--max-len` bytes (2 KB, as
  libFuzzer keeps them small), except a share of large ones (about 64 KB) and a share wrapped in
  gzip, bz2 or zip. It runs until N or the `--minutes` limit, whichever comes first.

Every input is written to a file (in /dev/shm, one file a format, overwritten) and goes through
`fuzz_formats.read_and_extract`: recognition, decoding, limits, the reader its content calls for,
and every extractor, as a build does without the store. An input may give documents or be refused
with a FilmfactsError whose message is one line; anything else is a failure: a crash (any other
exception), a hang (over `--cap` CPU seconds, raised in the process by an ITIMER_PROF signal; a
loop inside C code that cannot see the signal is ended at 3 caps by an ITIMER_VIRTUAL whose signal
dumps the stack and ends the run, leaving the input in the printed folder) or a bad message.
Failing inputs are saved under `--failures` (a folder outside the repository). Printed: per mode
and format and per reader that took the input, the inputs, documents read, refusals, crashes,
hangs, bad messages and CPU seconds inside `read_and_extract`; then each mode's inputs a second
and the share of the process's CPU that filmfacts took, and the FUZZ line.
"""

from __future__ import annotations

import argparse
import faulthandler
import hashlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

OUTCOMES = ("inputs", "read", "refused", "crashes", "hangs", "bad messages")
SEED_FOLDERS = ("tests/fixtures", "tests/golden")


class Hang(BaseException):  # BaseException: no `except Exception` in the code under test may swallow it
    pass


def _on_timer(signum: int, frame: FrameType | None) -> None:
    raise Hang


class Runner:
    """Runs one input at a time under the cap and counts what came of it, per group and per reader."""

    def __init__(self, cap: float, failures: Path, *, extract: bool = True) -> None:
        self.cap = cap
        self.extract = extract
        self.failures = failures
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.by_reader: dict[str, Counter[str]] = defaultdict(Counter)
        self.cpu: dict[str, float] = defaultdict(float)  # CPU seconds inside read_and_extract, per group
        self.folder = Path(tempfile.mkdtemp(prefix="filmfacts-fuzz-", dir="/dev/shm" if Path("/dev/shm").is_dir()
                                            else None))
        signal.signal(signal.SIGPROF, _on_timer)
        # the backstop for a loop in C code, which never returns to Python to see SIGPROF: SIGVTALRM's
        # own action ends the process, after faulthandler printed where it was
        faulthandler.register(signal.SIGVTALRM, chain=True)

    def close(self) -> None:
        """The inputs' folder removed (left behind only when a loop in C code ended the run)."""
        shutil.rmtree(self.folder, ignore_errors=True)

    def run(self, group: str, name: str, data: bytes) -> tuple[str, set[str]]:
        from filmfacts import FilmfactsError
        from fuzz_formats import check_refusal, read_and_extract

        path = self.folder / name
        path.write_bytes(data)
        refused: list[FilmfactsError] = []
        readers: set[str] = set()
        outcome, detail = "read", ""
        started = time.process_time()
        signal.setitimer(signal.ITIMER_VIRTUAL, 3 * self.cap)
        signal.setitimer(signal.ITIMER_PROF, self.cap)  # CPU time: a busy machine does not make a hang
        try:
            for doc, _claims in read_and_extract(path, refused, extract=self.extract):
                readers.add(doc.format)
            for err in refused:
                if bad := check_refusal(err, path):
                    outcome, detail = "bad messages", bad
            if not readers and outcome == "read":
                outcome = "refused"
        except FilmfactsError as err:
            outcome = "refused"
            if bad := check_refusal(err, path):
                outcome, detail = "bad messages", bad
        except Hang:
            outcome, detail = "hangs", f"over {self.cap:g} CPU seconds"
        except Exception:  # a crash: exactly what this run looks for
            outcome, detail = "crashes", traceback.format_exc()
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        seconds = time.process_time() - started
        if outcome != "hangs" and seconds > self.cap:
            # the timer's Hang was raised inside a garbage collector's callback (Hypothesis installs one),
            # which ignores exceptions: the input ran on to its end, over the cap all the same
            outcome, detail = "hangs", f"over {self.cap:g} CPU seconds ({seconds:.1f}; the timer's signal was lost)"
        self.cpu[group] += seconds
        for counts in (self.counts[group], *(self.by_reader[r] for r in readers or {"(refused)"})):
            counts["inputs"] += 1
            counts[outcome] += 1
            counts["cpu us"] += int(seconds * 1e6)
        if detail:
            self.failures.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha1(data).hexdigest()[:12]
            (self.failures / f"{group.replace(' ', '-')}-{digest}-{name}").write_bytes(data)
            (self.failures / f"{group.replace(' ', '-')}-{digest}.txt").write_text(f"{outcome}\n{detail}\n",
                                                                                  encoding="utf-8")
            print(f"FAILURE {outcome} in {group} ({name}, saved as {digest}): {detail.splitlines()[-1][:200]}",
                  flush=True)
        return outcome, readers


def table(title: str, counts: dict[str, Counter[str]]) -> None:
    print(f"\n{title}")
    print(f"{'':<26}" + "".join(f"{h:>13}" for h in (*OUTCOMES, "CPU s")))
    total: Counter[str] = Counter()
    for group in sorted(counts):
        total.update(counts[group])
        print(f"{group:<26}" + "".join(f"{counts[group][h]:>13,}" for h in OUTCOMES)
              + f"{counts[group]['cpu us'] / 1e6:>13,.1f}")
    print(f"{'total':<26}" + "".join(f"{total[h]:>13,}" for h in OUTCOMES) + f"{total['cpu us'] / 1e6:>13,.1f}",
          flush=True)


class Pace:
    """A mode's wall and process CPU time, for its inputs a second and filmfacts' share of the CPU."""

    def __init__(self, runner: Runner, mode: str) -> None:
        self.runner, self.mode = runner, mode
        self.wall, self.cpu = time.time(), time.process_time()

    def line(self, inputs: int, inside: float) -> str:
        wall, cpu = time.time() - self.wall, time.process_time() - self.cpu
        return (f"{self.mode}: {inputs:,} inputs in {wall:,.0f} s wall ({inputs / max(wall, 1e-9):,.1f} inputs/s), "
                f"{cpu:,.0f} CPU s of which {inside:,.0f} in read_and_extract ({inside / max(cpu, 1e-9):.0%})")


def hypothesis_run(runner: Runner, per_format: int, deadline: float, rounds_of: int = 500) -> dict[str, list[bytes]]:
    """Hypothesis's files of each format, run and returned as the mutations' seeds."""
    from hypothesis import HealthCheck, Phase, given, seed, settings
    from hypothesis import strategies as st

    from fuzz_formats import FORMATS

    pools: dict[str, list[bytes]] = {name: [] for name in FORMATS}

    def rounds(name: str, strategy: st.SearchStrategy[bytes], n: int, at: int) -> None:
        @seed(at)
        @settings(max_examples=n, database=None, deadline=None, phases=[Phase.generate], derandomize=False,
                  suppress_health_check=list(HealthCheck))
        @given(data=strategy)
        def one(data: bytes) -> None:
            pools[name].append(data)
            runner.run(f"hypothesis {name}", name, data)

        one()

    pace = Pace(runner, "hypothesis")
    done = dict.fromkeys(FORMATS, 0)
    while any(n < per_format for n in done.values()) and time.time() < deadline:
        for name, strategy in FORMATS.items():  # round after round, so a deadline leaves every format tried
            n = min(rounds_of, per_format - done[name])
            if n <= 0 or time.time() >= deadline:
                continue
            rounds(name, strategy, n, done[name])
            done[name] += n
    inside = sum(v for k, v in runner.cpu.items() if k.startswith("hypothesis "))
    print(pace.line(sum(runner.counts[f"hypothesis {name}"]["inputs"] for name in FORMATS), inside), flush=True)
    return pools


def seeds(max_len: int) -> dict[str, list[bytes]]:
    """The repository's own documents, by folder, cut to `max_len` bytes: where Atheris's mutations
    start, and pools of the seeded mutator's."""
    import gzip

    out: dict[str, list[bytes]] = defaultdict(list)
    for folder in SEED_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file():
                data = path.read_bytes()
                if path.suffix == ".gz":
                    data = gzip.decompress(data)
                out[f"repo {path.relative_to(ROOT / folder).parts[0]}"].append(data[:max_len])
    return out


def mutation_run(runner: Runner, pools: dict[str, list[bytes]], runs: int, deadline: float, seed: int,
                 max_len: int) -> None:
    from fuzz_formats import TOKENS
    from fuzz_mutate import Mutator

    mutator = Mutator(pools, TOKENS, seed, max_len=max_len)
    pace = Pace(runner, "mutations")
    files = {name: name.replace(" ", "-") for name in mutator.names}
    done = 0
    while done < runs:
        if done % 256 == 0 and time.time() >= deadline:
            break
        name, data = mutator.next()
        outcome, _readers = runner.run(f"mutated {name}", files[name], data)
        done += 1
        if outcome == "read" and len(data) <= max_len and mutator.rng.random() < 0.05:
            mutator.add(name, data)
        if done % 50_000 == 0:
            inside = sum(v for k, v in runner.cpu.items() if k.startswith("mutated "))
            print(pace.line(done, inside), flush=True)
    inside = sum(v for k, v in runner.cpu.items() if k.startswith("mutated "))
    print(pace.line(done, inside), flush=True)


def atheris_child(runs: int, cap: float, stats: Path, failures: Path, corpus: Path, max_len: int,
                  deadline: float) -> None:
    """Runs in its own process: libFuzzer takes over the process and exits it when done."""
    import atheris

    with atheris.instrument_imports(include=["filmfacts"]):  # filmfacts' modules only, not Python's or libraries'
        import filmfacts.extract
        import filmfacts.pipeline  # noqa: F401
        from filmfacts.sources import registry

        registry.file_readers()  # every reader imported now, so that each is instrumented
        registry.pages()
    runner = Runner(cap, failures)
    pace = Pace(runner, "atheris")
    done = [0]

    def save() -> None:
        stats.write_text(json.dumps({"by_reader": runner.by_reader, "counts": runner.counts,
                                     "pace": pace.line(done[0], runner.cpu["atheris"])}), encoding="utf-8")

    def one(data: bytes) -> None:
        runner.run("atheris", "input", data)
        done[0] += 1
        if done[0] % 1000 == 0:
            save()
        if done[0] >= runs or (done[0] % 100 == 0 and time.time() >= deadline):
            save()
            runner.close()
            os._exit(0)

    atheris.Setup([sys.argv[0], f"-max_len={max_len}", "-timeout=600", "-rss_limit_mb=4096", str(corpus)], one)
    atheris.Fuzz()


def atheris_run(runs: int, cap: float, failures: Path, max_len: int, deadline: float) -> dict[str, Counter[str]]:
    with tempfile.TemporaryDirectory(prefix="filmfacts-atheris-") as folder:
        corpus, stats = Path(folder) / "corpus", Path(folder) / "stats.json"
        corpus.mkdir()
        for i, data in enumerate(data for docs in seeds(max_len).values() for data in docs):
            (corpus / f"seed{i:04d}").write_bytes(data)
        started = time.time()
        child = subprocess.run([sys.executable, __file__, "--atheris-child", str(runs), "--cap", str(cap),
                                "--failures", str(failures), "--corpus", str(corpus), "--stats", str(stats),
                                "--max-len", str(max_len), "--deadline", str(deadline)],
                               capture_output=True, text=True, check=False)
        done = json.loads(stats.read_text(encoding="utf-8")) if stats.exists() else {"by_reader": {}}
        status = [line for line in child.stderr.splitlines() if line.startswith(("#", "INFO: seed", "Done"))]
        failed = [line for line in child.stdout.splitlines() if line.startswith("FAILURE")]
        print(*failed, sep="\n", flush=True) if failed else None
        print(f"atheris: exit {child.returncode} after {time.time() - started:,.0f} s; libFuzzer's last status: "
              f"{status[-1] if status else child.stderr[-500:]}", flush=True)
        if "pace" in done:
            print(done["pace"], flush=True)
        return {f"atheris, {k}": Counter(v) for k, v in done["by_reader"].items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hypothesis", type=int, default=300, help="Hypothesis's files of each format (the seeds)")
    parser.add_argument("--mutations", type=int, default=1_000_000, help="inputs of the seeded mutator")
    parser.add_argument("--atheris", type=int, default=50_000, help="inputs of the coverage-guided run")
    parser.add_argument("--atheris-minutes", type=float, default=10.0, help="wall minutes of the Atheris run at most")
    parser.add_argument("--seed", type=int, default=0, help="the mutator's random seed")
    parser.add_argument("--cap", type=float, default=10.0, help="CPU seconds one input may take (a hang past it)")
    parser.add_argument("--max-len", type=int, default=2048, help="bytes of a mutated or Atheris input")
    parser.add_argument("--failures", type=Path, default=Path(tempfile.gettempdir()) / "filmfacts-fuzz-failures")
    parser.add_argument("--minutes", type=float, default=0.0,
                        help="stop the whole run after this many minutes of wall time, with what it counted "
                             "(0: no limit)")
    parser.add_argument("--atheris-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--deadline", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--stats", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.atheris_child is not None:
        atheris_child(args.atheris_child, args.cap, args.stats, args.failures, args.corpus, args.max_len,
                      args.deadline)
        return
    started = time.time()
    deadline = started + args.minutes * 60 if args.minutes else float("inf")
    runner = Runner(args.cap, args.failures)
    print(f"inputs are written in {runner.folder}", flush=True)
    pools: dict[str, list[bytes]] = {}
    if args.hypothesis:
        pools.update(hypothesis_run(runner, args.hypothesis, deadline))
    atheris_counts: dict[str, Counter[str]] = {}
    if args.atheris:
        atheris_counts = atheris_run(args.atheris, args.cap, args.failures, args.max_len,
                                     min(deadline, time.time() + args.atheris_minutes * 60))
    if args.mutations:
        pools.update(seeds(64 * 1024))
        mutation_run(runner, pools, args.mutations, deadline, args.seed, args.max_len)
    table("Per mode and format", {**runner.counts, "atheris": sum(atheris_counts.values(), Counter())}
          if atheris_counts else runner.counts)
    by_reader = {**runner.by_reader}
    for key, counts in atheris_counts.items():  # the readers' rows count the modes together
        by_reader.setdefault(key.removeprefix("atheris, "), Counter()).update(counts)
    table("Per reader that took the input (all modes)", by_reader)
    total: Counter[str] = Counter()
    for counts in (*runner.counts.values(), *atheris_counts.values()):
        total.update(counts)
    runner.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    wall = time.time() - started
    print(f"\nFUZZ: inputs {total['inputs']:,}, read {total['read']:,}, refused {total['refused']:,}, crashes "
          f"{total['crashes']:,}, hangs {total['hangs']:,}, bad messages {total['bad messages']:,} "
          f"(cap {args.cap:g} CPU s an input; {total['cpu us'] / 1e6:,.0f} CPU s in read_and_extract; "
          f"{wall:,.0f} s wall, {total['inputs'] / max(wall, 1e-9):,.1f} inputs/s; peak {peak:,.0f} MB)")


if __name__ == "__main__":
    main()
