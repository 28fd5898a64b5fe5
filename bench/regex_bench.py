"""Every regular expression of filmfacts against hostile text: its time on a string of one repeated
piece at two lengths, and the ratio. A linear pattern's ratio is near the ratio of the lengths (4); a
pattern that tries its whole remainder again at each place grows with the square (16) or worse, which is
what the fuzzing's hangs were (spaces after a title split every way by `\\s*,?\\s+`; a run of digits
scanned again from each digit).

    python bench/regex_bench.py [--short 500] [--long 2000] [--cap 5] [--top 25]

The patterns are the compiled patterns of every filmfacts module (module globals, and tuples and
lists of them) and every literal pattern handed to a function of `re` in the source. Each is run
with `finditer` to the end over each piece repeated, alone and after a word ("Parasite" + the
pieces: a title and what follows it). That is the cost of `search`, `split` and `findall` over such
a line; a pattern only ever used with `match` at one place costs less than this says. The pieces
are what the hangs were made of: spaces, digits, commas, capitals, brackets, quotes, Hangul.

A string whose short run takes over `--cap` CPU seconds is not run long (it is reported as over the
cap); the long run has the same cap, after which the pattern is counted at the cap.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import os
import pkgutil
import re
import signal
import sys
import time
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))

PIECES = (" ", "\t", "a", "A", "1", "1,", "1.", "1 ", "1, ", "1st, ", "A, ", "a ", "A ", "Aa ", "A. ", ". ", ", ",
          "a, ", "(", ")", "()", "[1]", "'", '"', "“", "-", "- ", "/", "|", " |", ":", "<", "&", "가", "가 ", "만",
          "1만", "映画")
PREFIXES = ("", "Parasite")
_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "split", "sub", "subn"}


class OverCap(Exception):
    """A measurement past its CPU cap (an ITIMER_PROF signal; long_line_bench uses it too)."""


def raise_over_cap(signum: int, frame: FrameType | None) -> None:
    raise OverCap


def patterns() -> dict[str, re.Pattern[str]]:
    """name → pattern: the compiled patterns of each module's globals and the literal patterns of
    the source, each once."""
    import filmfacts

    found: dict[str, re.Pattern[str]] = {}
    seen: set[tuple[str, int]] = set()

    def add(name: str, p: object) -> None:
        if isinstance(p, re.Pattern) and isinstance(p.pattern, str) and (p.pattern, p.flags) not in seen:
            seen.add((p.pattern, p.flags))
            found[name] = p

    for info in pkgutil.walk_packages(filmfacts.__path__, "filmfacts."):
        try:
            module = importlib.import_module(info.name)
        except Exception:  # a module that needs what this machine lacks is left out
            continue
        for key, value in vars(module).items():
            for i, p in enumerate(value if isinstance(value, tuple | list) else (value,)):
                add(f"{info.name}.{key}" + (f"[{i}]" if isinstance(value, tuple | list) else ""), p)
        source = Path(module.__file__ or "")
        if source.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _FUNCTIONS
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                given = [*node.args[1:], *(kw.value for kw in node.keywords)]
                flags = re.I if any(isinstance(g, ast.Attribute) and g.attr in ("I", "IGNORECASE")
                                    for g in given) else 0
                try:
                    add(f"{info.name}:{node.lineno}", re.compile(node.args[0].value, flags))
                except re.error:
                    continue
    return found


def timed(pattern: re.Pattern[str], text: str, cap: float) -> float:
    """CPU seconds to find every match of `pattern` in `text`, `cap` if it takes longer."""
    signal.setitimer(signal.ITIMER_PROF, cap)
    started = time.process_time()
    try:
        for _ in pattern.finditer(text):
            pass
    except OverCap:
        return cap
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", type=int, default=500, help="characters of the short string")
    parser.add_argument("--long", type=int, default=2000, help="characters of the long string")
    parser.add_argument("--cap", type=float, default=5.0, help="CPU seconds one run may take")
    parser.add_argument("--top", type=int, default=25, help="how many of the slowest to print")
    args = parser.parse_args()
    signal.signal(signal.SIGPROF, raise_over_cap)
    found = patterns()
    rows = []
    started = time.process_time()
    for name, pattern in found.items():
        worst: tuple[float, float, str] = (0.0, 0.0, "")
        for prefix in PREFIXES:
            for piece in PIECES:
                short = prefix + piece * (args.short // len(piece))
                t_short = timed(pattern, short, args.cap)
                if t_short >= args.cap:
                    worst = max(worst, (args.cap, float("inf"), repr(prefix + piece)))
                    break
                t_long = timed(pattern, prefix + piece * (args.long // len(piece)), args.cap)
                worst = max(worst, (t_long, t_long / max(t_short, 1e-4), repr(prefix + piece)))
        rows.append((worst, name, pattern.pattern))
    rows.sort(reverse=True)
    scale = args.long / args.short
    print(f"{'long s':>8} {'ratio':>7}  piece            pattern")
    for (t_long, ratio, piece), name, _ in rows[:args.top]:
        print(f"{t_long:8.3f} {ratio:7.1f}  {piece:<16} {name}")
    over = [r for r in rows if r[0][0] >= args.cap]
    square = [r for r in rows if r[0][0] >= 0.01 and r[0][1] >= scale * scale * 0.6]
    print(f"REGEX: patterns {len(rows)}, over the cap {len(over)}, growing with the square or worse "
          f"(ratio >= {scale * scale * 0.6:.0f} and >= 10 ms long) {len(square)}; "
          f"lengths {args.short} and {args.long}, {time.process_time() - started:.0f} CPU s")


if __name__ == "__main__":
    main()
