"""A line of whitespace as long as a line may be, after one word: the fuzz's inputs are short, and a
pattern that splits such a run between two whitespace quantifiers (`\\s+(?:to)?\\s*`) costs the square
of the run from the one place it can start ("was" + 40,000 spaces + "x" took over 40 CPU s).

    python bench/whitespace_bench.py [--short 10000] [--long 99000] [--cap 30] [--spaces all]

For each context (words, punctuation, cue words, Hangul and CJK) and each kind of space, a text page
(a film's lead sentence, then the context, the run and "x" on a line of their own) is read and
extracted in this process (`fuzz_formats.read_and_extract`), at the short and the long length of the
run. Printed: the CPU seconds of each, less those of the same page with no run (the baseline, read
first), and their ratio (the ratio of the lengths when linear, about 10; its square when not, about
100); the slowest contexts first, then one line with the worst. An input over `--cap` CPU seconds is
stopped and counted at the cap.
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

from fuzz_formats import read_and_extract

CONTEXTS = (
    '"', "'", "“", "”", "‘", "’", "«", "»", "《", "》", "「", "」", "(", ")", "[", "]", ",", ";", ":", "-", "–", "—",
    "/", "|", "&", "+", "*", "#", "!", "?", "with", "by", "and", "as", "of", "in", "at", "on", "from", "the", "a",
    "is", "was", "stars", "starring", "directed by", "written by", "produced by", "Korean:", "also known as", "aka",
    "1.2 million", "2016", "No.", "#1", "$", "₩", "US$", "won", "KRW", "percent", "%", "admissions", "viewers",
    "first", "1st", "ranked", "top", "Best Actor", "Award", "Festival", "released", "premiered", "grossed", "Mr.",
    "Dr.", "Jr.", "Night Harbor", "Song Kang-ho", "주연", "감독", "관객", "명", "개봉", "監督", "主演", "映画", "位",
    "만", "억", "원", "share", "Related", "print", "Tags:", "3 comments", "share |", "remake", "called", "(제작", "Top",
    "A", "Home |", "Source:", "By", "Posted", "Updated", "Published", "©", "Photo", "Yonhap", "The film drew")
SPACES = {"space": " ", "tab": "\t", "no-break": "\u00a0", "ideographic": "\u3000"}
LEAD = ("Night Harbor is a 2016 South Korean thriller film directed by Kim Ji-woon and starring Song Kang-ho. "
        "It was released in South Korea on July 20, 2016.\n\n")


class _OverCap(Exception):
    pass


def _over(signum: int, frame: FrameType | None) -> None:
    raise _OverCap


def read_seconds(folder: Path, text: str, cap: float) -> float:
    """CPU seconds to read and extract a text page of `text`, `cap` if it takes longer."""
    page = folder / "page.txt"
    page.write_text(text, encoding="utf-8")
    previous = signal.signal(signal.SIGPROF, _over)
    signal.setitimer(signal.ITIMER_PROF, cap)
    started = time.process_time()
    try:
        list(read_and_extract(page, []))
    except _OverCap:
        return cap
    except Exception as err:  # a refusal is an answer too; a crash is the fuzz's to find
        print(f"  ({type(err).__name__}: {str(err)[:80]})", file=sys.stderr)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", type=int, default=10_000)
    parser.add_argument("--long", type=int, default=99_000, help="at most --max-line (100,000) less the context")
    parser.add_argument("--cap", type=float, default=30.0)
    parser.add_argument("--spaces", default="all", help=f"all, or some of {','.join(SPACES)}")
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    kinds = list(SPACES) if args.spaces == "all" else args.spaces.split(",")
    rows = []
    with tempfile.TemporaryDirectory(prefix="filmfacts-whitespace-") as name:
        folder = Path(name)
        for context in CONTEXTS:
            base = read_seconds(folder, f"{LEAD}{context} x\n\nIt was a hit.\n", args.cap)
            for kind in kinds:
                space = SPACES[kind]
                short, long = (max(0.0, read_seconds(folder, f"{LEAD}{context}{space * n}x\n\nIt was a hit.\n",
                                                     args.cap) - base) for n in (args.short, args.long))
                rows.append((long, short, kind, context))
    rows.sort(reverse=True)
    print(f"{'long s':>8} {'short s':>8} {'ratio':>7}  space        context")
    for long, short, kind, context in rows[:args.top]:
        print(f"{long:8.3f} {short:8.3f} {long / short if short > 0.001 else 0:7.1f}  {kind:12} {context!r}")
    worst = rows[0]
    over = sum(long >= args.cap for long, *_ in rows)
    print(f"\nWHITESPACE: {len(CONTEXTS)} contexts x {len(kinds)} spaces, runs of {args.short:,} and {args.long:,}; "
          f"slowest {worst[0]:.2f} CPU s over the page without the run ({worst[3]!r}, {worst[2]}); over the cap "
          f"({args.cap:g} s) {over}")


if __name__ == "__main__":
    main()
