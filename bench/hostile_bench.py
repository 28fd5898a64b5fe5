"""Time against a line's length: one news page with a single long line added, read and extracted at
100, 200 and 400 KB of that line, with `--max-line` raised out of the way, and the ratio of each
time to the one before (linear in the line: 2.0 at each doubling; the square of it: 4.0).

    python bench/hostile_bench.py [--sizes 100,200,400] [--cap 300] [--kinds sentences,names,plain]

Each measurement is its own process, timed in CPU seconds (what holds on a busy machine) and
stopped after `--cap` wall seconds (a line that takes longer is reported as "> cap" and the larger
sizes of that kind are not tried). The kinds of line:

    sentences   "The film drew 1.2 million viewers on Saturday in Seoul. " repeated: prose with figures
    names       "Kim Min-ki and Ryu Seung-ryong " repeated: a list of people with no sentence end
    plain       "the film drew many viewers in Seoul and Busan with the cast " repeated: no figure, no name

Last, with the default limits: how long the build takes to refuse a 400 KB line (the line check
is one pass, so this stays in milliseconds). Peak memory is the child's maximum resident set.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "tests" / "fixtures" / "news" / "06-news-miracle-38-days.txt"
UNITS = {"sentences": "The film drew 1.2 million viewers on Saturday in Seoul. ",
         "names": "Kim Min-ki and Ryu Seung-ryong ",
         "plain": "the film drew many viewers in Seoul and Busan with the cast "}
REFUSED_KB = 400


def page_with_line(kind: str, kb: int) -> str:
    unit = UNITS[kind]
    return PAGE.read_text(encoding="utf-8") + "\n\n" + unit * (kb * 1000 // len(unit)) + "\n"


def _measure(kind: str, kb: int, raise_limit: bool, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from filmfacts.errors import LimitExceeded
    from filmfacts.pipeline import extract_document
    from filmfacts.sources import read_text
    from filmfacts.sources.limits import Limits, limited

    text = page_with_line(kind, kb)
    read_text(PAGE.read_text(encoding="utf-8"), "warm-up")  # the readers' imports are not the line's cost
    started = time.process_time()  # CPU seconds: the figure that holds on a shared, busy machine
    refused = False
    with limited(Limits(line=10 ** 9) if raise_limit else Limits()):
        try:
            extract_document(read_text(text, f"{kind}-{kb}kb.txt"))
        except LimitExceeded:
            refused = True
    out.put((time.process_time() - started, refused, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def measure(kind: str, kb: int, cap: float, raise_limit: bool = True) -> tuple[float | None, bool, float]:
    """(seconds or None past the cap, refused, peak MB)."""
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    child = multiprocessing.Process(target=_measure, args=(kind, kb, raise_limit, queue))
    child.start()
    child.join(cap)
    if child.is_alive():
        child.kill()
        child.join()
        return None, False, 0.0
    return queue.get()  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,200,400", help="line lengths in KB, comma-separated")
    parser.add_argument("--cap", type=float, default=300.0, help="seconds one measurement may take")
    parser.add_argument("--kinds", default=",".join(UNITS), help=f"kinds of line: {', '.join(UNITS)}")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'line':<10} {'KB':>5} {'CPU s':>9} {'ratio':>6} {'peak MB':>8}")
    for kind in args.kinds.split(","):
        before: float | None = None
        for kb in sizes:
            seconds, _, peak = measure(kind, kb, args.cap)
            if seconds is None:
                print(f"{kind:<10} {kb:>5} {'> ' + format(args.cap, 'g'):>9} {'':>6} {'':>8}", flush=True)
                break
            ratio = f"{seconds / before:.1f}" if before else ""
            print(f"{kind:<10} {kb:>5} {seconds:>9.2f} {ratio:>6} {peak:>8.0f}", flush=True)
            before = seconds
    seconds, refused, _ = measure("sentences", REFUSED_KB, args.cap, raise_limit=False)
    print(f"refused at the default --max-line: a {REFUSED_KB} KB line in {(seconds or 0) * 1000:.1f} ms"
          f"{'' if refused else ' (NOT refused)'}")


if __name__ == "__main__":
    main()
