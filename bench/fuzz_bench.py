"""Fuzzing every reader and the extractors it feeds: Hypothesis strategies for each format, then a
coverage-guided Atheris run over the readers, each input with a CPU-time cap.

    nice -n 19 python bench/fuzz_bench.py [--hypothesis 50000] [--atheris 500000] [--cap 10] [--minutes M]

`--hypothesis N` generated files of each format of `bench/fuzz_formats.py` (plain text, rendered
wiki, wikitext, wiki HTML, news HTML and text, CSV, KOBIS, film rows, dumps, arbitrary bytes), in
rounds of 500 with a seed each, format after format (Hypothesis's memory of a run grows with its
examples, and a `--minutes` limit then leaves every format tried); then
`--atheris N` inputs mutated by Atheris (libFuzzer) from the repository's own documents (tests/fixtures,
tests/golden), guided by the coverage of filmfacts' code. Each input is written to a file and goes
through `fuzz_formats.read_and_extract`: recognition, decoding, limits, the reader its content
calls for, and every extractor, as a build does without the store.

An input may give documents or be refused with a FilmfactsError whose message is one line; anything
else is a failure: a crash (any other exception), a hang (over `--cap` CPU seconds) or a bad message.
Failing inputs are saved under `--failures` (a folder outside the repository). Printed: per format
(Hypothesis) and per reader that took the input (both runs), the inputs, documents read, refusals,
crashes, hangs, bad messages and CPU seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
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
    """Runs one input at a time under the cap and counts what came of it, per group."""

    def __init__(self, cap: float, failures: Path, *, extract: bool = True) -> None:
        self.cap = cap
        self.extract = extract
        self.failures = failures
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.by_reader: dict[str, Counter[str]] = defaultdict(Counter)
        self.folder = Path(tempfile.mkdtemp(prefix="filmfacts-fuzz-", dir="/dev/shm" if Path("/dev/shm").is_dir()
                                            else None))
        signal.signal(signal.SIGPROF, _on_timer)

    def run(self, group: str, name: str, data: bytes) -> str:
        from filmfacts import FilmfactsError
        from fuzz_formats import check_refusal, read_and_extract

        path = self.folder / name
        path.write_bytes(data)
        refused: list[FilmfactsError] = []
        readers: set[str] = set()
        outcome, detail = "read", ""
        started = time.process_time()
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
        seconds = time.process_time() - started
        for counts in (self.counts[group], *(self.by_reader[r] for r in readers or {"(refused)"})):
            counts["inputs"] += 1
            counts[outcome] += 1
            counts["cpu ms"] += int(seconds * 1000)
        if detail:
            self.failures.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha1(data).hexdigest()[:12]
            (self.failures / f"{group}-{digest}-{name}").write_bytes(data)
            (self.failures / f"{group}-{digest}.txt").write_text(f"{outcome}\n{detail}\n", encoding="utf-8")
            print(f"FAILURE {outcome} in {group} ({name}, saved as {digest}): {detail.splitlines()[-1][:200]}",
                  flush=True)
        path.unlink(missing_ok=True)
        return outcome


def table(title: str, counts: dict[str, Counter[str]]) -> None:
    print(f"\n{title}")
    print(f"{'':<22}" + "".join(f"{h:>14}" for h in (*OUTCOMES, "CPU s")))
    total: Counter[str] = Counter()
    for group in sorted(counts):
        total.update(counts[group])
        print(f"{group:<22}" + "".join(f"{counts[group][h]:>14,}" for h in OUTCOMES)
              + f"{counts[group]['cpu ms'] / 1000:>14,.0f}")
    print(f"{'total':<22}" + "".join(f"{total[h]:>14,}" for h in OUTCOMES) + f"{total['cpu ms'] / 1000:>14,.0f}",
          flush=True)


def hypothesis_run(runner: Runner, per_format: int, deadline: float, rounds_of: int = 500) -> None:
    from hypothesis import HealthCheck, Phase, given, seed, settings
    from hypothesis import strategies as st

    from fuzz_formats import FORMATS

    def rounds(name: str, strategy: st.SearchStrategy[bytes], n: int, at: int) -> None:
        @seed(at)
        @settings(max_examples=n, database=None, deadline=None, phases=[Phase.generate], derandomize=False,
                  suppress_health_check=list(HealthCheck))
        @given(data=strategy)
        def one(data: bytes) -> None:
            runner.run(name, name, data)

        one()

    done = dict.fromkeys(FORMATS, 0)
    cpu = dict.fromkeys(FORMATS, 0.0)
    while any(n < per_format for n in done.values()) and time.time() < deadline:
        for name, strategy in FORMATS.items():  # round after round, so a deadline leaves every format tried
            n = min(rounds_of, per_format - done[name])
            if n <= 0 or time.time() >= deadline:
                continue
            started = time.process_time()
            rounds(name, strategy, n, done[name])
            done[name] += n
            cpu[name] += time.process_time() - started
    for name in FORMATS:
        print(f"hypothesis {name}: {done[name]:,} inputs in {cpu[name]:,.0f} CPU s", flush=True)


def seeds(max_len: int) -> list[bytes]:
    """The repository's own documents, cut to `max_len` bytes: where Atheris's mutations start."""
    out = []
    for folder in SEED_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file():
                data = path.read_bytes()
                if path.suffix == ".gz":
                    import gzip

                    data = gzip.decompress(data)
                out.append(data[:max_len])
    return out


def atheris_child(runs: int, cap: float, stats: Path, failures: Path, corpus: Path, max_len: int,
                  deadline: float) -> None:
    """Runs in its own process: libFuzzer takes over the process and exits it when done."""
    import atheris

    import filmfacts.extract
    import filmfacts.pipeline  # noqa: F401  (the extractors are not run here: Hypothesis runs them)

    with atheris.instrument_imports(include=["filmfacts.sources"]):
        from filmfacts.sources import registry

        registry.file_readers()  # every reader imported now, so that each is instrumented
        registry.pages()
    runner = Runner(cap, failures, extract=False)
    done = [0]

    def save() -> None:
        stats.write_text(json.dumps({"by_reader": runner.by_reader, "counts": runner.counts}), encoding="utf-8")

    def one(data: bytes) -> None:
        runner.run("atheris", "input", data)
        done[0] += 1
        if done[0] % 1000 == 0:
            save()
        if done[0] >= runs or (done[0] % 100 == 0 and time.time() >= deadline):
            save()
            os._exit(0)

    atheris.Setup([sys.argv[0], f"-max_len={max_len}", "-timeout=600", "-rss_limit_mb=4096", str(corpus)], one)
    atheris.Fuzz()


def atheris_run(runs: int, cap: float, failures: Path, max_len: int, deadline: float) -> dict[str, Counter[str]]:
    with tempfile.TemporaryDirectory(prefix="filmfacts-atheris-") as folder:
        corpus, stats = Path(folder) / "corpus", Path(folder) / "stats.json"
        corpus.mkdir()
        for i, data in enumerate(seeds(max_len)):
            (corpus / f"seed{i:04d}").write_bytes(data)
        started = time.time()
        child = subprocess.run([sys.executable, __file__, "--atheris-child", str(runs), "--cap", str(cap),
                                "--failures", str(failures), "--corpus", str(corpus), "--stats", str(stats),
                                "--max-len", str(max_len), "--deadline", str(deadline)],
                               capture_output=True, text=True, check=False)
        done = json.loads(stats.read_text(encoding="utf-8")) if stats.exists() else {"by_reader": {}}
        status = [line for line in child.stderr.splitlines() if line.startswith(("#", "INFO: seed", "Done"))]
        print(f"atheris: exit {child.returncode} after {time.time() - started:,.0f} s; libFuzzer's last status: "
              f"{status[-1] if status else child.stderr[-500:]}", flush=True)
        return {k: Counter(v) for k, v in done["by_reader"].items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hypothesis", type=int, default=50_000, help="generated inputs per format")
    parser.add_argument("--atheris", type=int, default=500_000, help="inputs of the coverage-guided run")
    parser.add_argument("--cap", type=float, default=10.0, help="CPU seconds one input may take (a hang past it)")
    parser.add_argument("--max-len", type=int, default=8192, help="bytes of one Atheris input")
    parser.add_argument("--failures", type=Path, default=Path(tempfile.gettempdir()) / "filmfacts-fuzz-failures")
    parser.add_argument("--minutes", type=float, default=0.0,
                        help="stop each run after this many minutes of wall time, with what it counted (0: no limit)")
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
    if args.hypothesis:
        hypothesis_run(runner, args.hypothesis, deadline)
        table("Hypothesis, per format generated", runner.counts)
        table("Hypothesis, per reader that took the input", runner.by_reader)
    atheris_counts: dict[str, Counter[str]] = {}
    if args.atheris:
        atheris_counts = atheris_run(args.atheris, args.cap, args.failures, args.max_len, deadline)
        table("Atheris, per reader that took the input", atheris_counts)
    total: Counter[str] = Counter()
    for counts in (*runner.counts.values(), *atheris_counts.values()):
        total.update(counts)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nFUZZ: inputs {total['inputs']:,}, read {total['read']:,}, refused {total['refused']:,}, crashes "
          f"{total['crashes']:,}, hangs {total['hangs']:,}, bad messages {total['bad messages']:,} "
          f"(cap {args.cap:g} CPU s an input; {time.time() - started:,.0f} s wall; peak {peak:,.0f} MB)")


if __name__ == "__main__":
    main()
