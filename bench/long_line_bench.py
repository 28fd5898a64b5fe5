"""Lines as long as a line may be (`--max-line`, 100,000 characters): the fuzz's inputs are short, and
a pattern that tries a long run again from each of its places costs the square of the run. Two parts:

    whitespace  a run of spaces, tabs, no-break or ideographic spaces after one word (each of 112
                contexts: words, punctuation, cue words, Hangul and CJK), then "x", on a line after a
                film's lead sentence: a run split between two whitespace quantifiers (`\\s+(?:to)?\\s*`)
                from the one place a pattern could start ("was" + 40,000 spaces took over 40 CPU s)
    pieces      a line of one piece repeated (regex_bench's pieces and more: "1만", "Sony's ", …) after
                67 KB of a team news page's prose, enough that the page is still read as an article
                ("1만1만…" read to its end from each digit: over 30 CPU s)
    fields      a run inside the lines of the repository's own pages of one film in three formats
                (wikitext, an HTML page, a plain-text extract): after a line's first word and before
                its last, so inside an infobox value, a list item, a cast line, a sentence's cast list
                (ideographic runs in an infobox value: 4-9 CPU s at 20,000; wikitext made one space of
                ASCII and no-break runs only). The short run at every place; the long one at the
                `--top` slowest of those

    python bench/long_line_bench.py [--part whitespace|pieces|fields|both|all] [--lines 60]
                                    [--short 10000] [--long 99000] [--cap 30]

Each page is read and extracted in this process (`fuzz_formats.read_and_extract`) at the short and
the long length of its line. Printed: the CPU seconds of each, less those of the same page without
the line (the baseline, read first), and their ratio (the ratio of the lengths when linear, about 10;
its square when not, about 100; pages refused as no document are counted as such); the slowest first,
then one line per part with the worst. An input over `--cap` CPU seconds is stopped and counted at the cap.
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
from pathlib import Path

from filmfacts import FilmfactsError
from fuzz_formats import read_and_extract
from regex_bench import PIECES, OverCap, raise_over_cap

ROOT = Path(__file__).resolve().parents[1]

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
MORE_PIECES = ("1만", "1억", "1위 ", "1位", "Sony's ", "’s ", "A's ", "Song Kang-ho ", "The Film ", "Seoul, ",
               "(2016) ", "1.2 million viewers ", "1st ", "No. 1 ", "$1 ", "₩1 ", "만 명 ", "http://a.b/", "Kim", "김")
LEAD = ("Night Harbor is a 2016 South Korean thriller film directed by Kim Ji-woon and starring Song Kang-ho. "
        "It was released in South Korea on July 20, 2016.\n\n")


def read_seconds(folder: Path, text: str, cap: float, name: str = "page.txt") -> float:
    """CPU seconds to read and extract a page of `text` (a text page unless `name` says otherwise), `cap`
    if it takes longer."""
    page = folder / name
    page.write_text(text, encoding="utf-8")
    previous = signal.signal(signal.SIGPROF, raise_over_cap)
    signal.setitimer(signal.ITIMER_PROF, cap)
    started = time.process_time()
    try:
        list(read_and_extract(page, []))
    except OverCap:
        return cap
    except FilmfactsError:
        pass  # a refusal ("not a document: it looks like …") is an answer too
    except Exception as err:  # a crash is the fuzz's to find, and said here
        print(f"  ({type(err).__name__}: {str(err)[:80]})", file=sys.stderr)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    return time.process_time() - started


def _prose() -> str:
    page = (ROOT / "tests" / "fixtures" / "news" / "06-news-miracle-38-days.txt").read_text(encoding="utf-8")
    body = "\n\n".join(p for p in page.split("\n\n")[1:] if p.strip())
    return page + ("\n\n" + body) * 60


FIELD_PAGES = ("markup/parasite/wikipedia.wiki", "markup/parasite/wikipedia.html", "films/parasite/wikipedia.txt")


def _field_places(text: str, lines: int) -> list[tuple[int, str]]:
    """After the first word and before the last word of each of the first `lines` lines with words
    apart: where a run lands inside a field's value, a list's item or a sentence."""
    places: list[tuple[int, str]] = []
    start = 0
    for line in text.split("\n")[:lines]:
        gaps = [i for i in range(1, len(line)) if line[i] == " " and line[i - 1] != " "]
        for at in dict.fromkeys(gaps[:1] + gaps[-1:]):
            places.append((start + at, f"{line[max(0, at - 24):at]}|{line[at:at + 16]}"))
        start += len(line) + 1
    return places


def _fields(folder: Path, args: argparse.Namespace, kinds: list[str]) -> None:
    rows = []
    for name in FIELD_PAGES:
        source = ROOT / "tests" / "fixtures" / name
        text = source.read_text(encoding="utf-8")
        base = read_seconds(folder, text, args.cap, source.name)
        short: list[tuple[float, str, int, str]] = []
        for at, context in _field_places(text, args.lines):
            for kind in kinds:
                seconds = read_seconds(folder, text[:at] + SPACES[kind] * args.short + text[at:], args.cap,
                                       source.name) - base
                short.append((max(0.0, seconds), kind, at, f"{source.suffix} {context}"))
        for seconds, kind, at, context in sorted(short, reverse=True)[:args.top]:
            long = read_seconds(folder, text[:at] + SPACES[kind] * args.long + text[at:], args.cap, source.name) - base
            rows.append((max(0.0, long), seconds, kind, context))
    _report("FIELDS", f"fields: runs in the first {args.lines} lines of {len(FIELD_PAGES)} pages, {args.short:,} at "
            f"each place, {args.long:,} at the {args.top} slowest of each page", rows, args.cap, args.top,
            "space        page, place", "over the page without the run")


def _report(label: str, title: str, rows: list[tuple[float, float, str, str]], cap: float, top: int, what: str,
            against: str) -> None:
    rows.sort(reverse=True)
    print(f"\n{title}\n{'long s':>8} {'short s':>8} {'ratio':>7}  {what}")
    for long, short, kind, context in rows[:top]:
        print(f"{long:8.3f} {short:8.3f} {long / short if short > 0.001 else 0:7.1f}  {kind:12} {context!r}")
    worst, over = rows[0], sum(long >= cap for long, *_ in rows)
    print(f"{label}: {len(rows)} pages; slowest {worst[0]:.2f} CPU s {against} ({worst[3]!r}"
          f"{', ' + worst[2] if worst[2] else ''}); over the cap ({cap:g} s) {over}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("whitespace", "pieces", "fields", "both", "all"), default="both",
                        help="both: whitespace and pieces; all: the three")
    parser.add_argument("--lines", type=int, default=60, help="fields: the first lines of each page probed")
    parser.add_argument("--short", type=int, default=10_000)
    parser.add_argument("--long", type=int, default=99_000, help="at most --max-line (100,000) less the context")
    parser.add_argument("--cap", type=float, default=30.0)
    parser.add_argument("--spaces", default="all", help=f"all, or some of {','.join(SPACES)}")
    parser.add_argument("--top", type=int, default=8)
    args = parser.parse_args()
    kinds = list(SPACES) if args.spaces == "all" else args.spaces.split(",")
    lengths = (args.short, args.long)
    with tempfile.TemporaryDirectory(prefix="filmfacts-long-line-") as name:
        folder = Path(name)
        if args.part in ("whitespace", "both", "all"):
            rows = []
            for context in CONTEXTS:
                base = read_seconds(folder, f"{LEAD}{context} x\n\nIt was a hit.\n", args.cap)
                for kind in kinds:
                    short, long = (max(0.0, read_seconds(folder, f"{LEAD}{context}{SPACES[kind] * n}x\n\n"
                                                         "It was a hit.\n", args.cap) - base) for n in lengths)
                    rows.append((long, short, kind, context))
            _report("WHITESPACE", f"whitespace: {len(CONTEXTS)} contexts x {len(kinds)} spaces, runs of "
                    f"{args.short:,} and {args.long:,}", rows, args.cap, args.top, "space        context",
                    "over the page without the run")
        if args.part in ("pieces", "both", "all"):
            # a line can change what the page is read as (fewer extractors, or refused): whole times here,
            # the page alone beside them (linear: the long page's time about (prose + long) / prose of it)
            prose = _prose()
            base = read_seconds(folder, prose, args.cap)
            rows = []
            for piece in dict.fromkeys((*PIECES, *MORE_PIECES)):
                short, long = (read_seconds(folder, f"{prose}\n\n{(piece * (n // len(piece) + 1))[:n]}\n", args.cap)
                               for n in lengths)
                rows.append((long, short, "", piece))
            _report("PIECES", f"pieces: a line of each piece after {len(prose):,} characters of prose (alone: "
                    f"{base:.2f} CPU s), {args.short:,} and {args.long:,} long", rows, args.cap, args.top,
                    "             piece", f"for the page (alone {base:.2f})")
        if args.part in ("fields", "all"):
            _fields(folder, args, kinds)


if __name__ == "__main__":
    main()
