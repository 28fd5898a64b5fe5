"""Benchmark: reading a large real-content dump, against bare decompression and bare parsing.

    .venv/bin/python bench/read_bench.py            # 200 MB of XML
    .venv/bin/python bench/read_bench.py --quick    # 20 MB, a fast check

Builds `bench/out/bench-<N>mb-multistream.xml.bz2` (and its index) by repeating
the pages of the real dumps in ../shared/data/wikipedia_xml_dumps (the shared folder
beside the repository, or $FILMFACTS_SHARED) with page ids renumbered, packed 100
pages per bz2 stream as dumps.wikimedia.org does, then measures in one run:

- bare bz2 decompression of the whole file (one process);
- bare mwparserfromhell parse of the film pages;
- filmfacts' whole pass (`read_films` then `extract.run` on each Document)
  with 1 and 2 workers;

each --repeat times, interleaved, and prints the medians' ratios against their targets (wall
time; for one worker also CPU time, steadier on a shared machine).
"""

from __future__ import annotations

import argparse
import bz2
import contextlib
import os
import re
import statistics
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import mwparserfromhell

from filmfacts import extract
from filmfacts.errors import FilmfactsError
from filmfacts.sources.dump.mediawiki import DumpStats, is_film, iter_pages, read_films
from filmfacts.sources.wiki import wikitext

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FILMFACTS_SHARED") or ROOT.parent / "shared")
DUMPS = SHARED / "data" / "wikipedia_xml_dumps"
OUT = Path(__file__).parent / "out"
PAGES_PER_STREAM = 100
_PAGE = re.compile(rb"<page>.*?</page>", re.S)
_PAGE_ID = re.compile(rb"(</ns>\s*<id>)\d+(</id>)")


def source_pages() -> tuple[bytes, list[bytes]]:
    """The header of the first dump and the `<page>` elements of all of them."""
    header = b""
    pages: list[bytes] = []
    for path in sorted(DUMPS.glob("*.bz2")):
        xml = bz2.decompress(path.read_bytes())
        first = xml.find(b"<page>")
        if not header and b"<siteinfo>" in xml[:first]:
            header = xml[:first]
        pages.extend(_PAGE.findall(xml))
    if not header:
        raise SystemExit(f"no dump with <siteinfo> in {DUMPS}")
    return header, pages


def _compress(block: bytes) -> bytes:
    return bz2.compress(block, 9)


def build(size_mb: int) -> Path:
    """Write (or reuse) a multistream dump holding at least `size_mb` MB of XML."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"bench-{size_mb}mb-multistream.xml.bz2"
    index = OUT / f"bench-{size_mb}mb-multistream-index.txt.bz2"
    if path.exists() and index.exists():
        return path
    header, pages = source_pages()

    def blocks() -> Iterator[tuple[bytes, list[tuple[int, bytes]]]]:
        written, page_id, block, ids = len(header), 0, [], []
        while written < size_mb * 1_000_000:
            for page in pages:
                page_id += 1
                renumbered = _PAGE_ID.sub(rb"\g<1>%d\g<2>" % page_id, page, count=1)
                title = re.search(rb"<title>(.*?)</title>", page)
                block.append(renumbered)
                ids.append((page_id, title.group(1) if title else b""))
                written += len(renumbered) + 1
                if len(block) == PAGES_PER_STREAM:
                    yield b"\n".join(block) + b"\n", ids
                    block, ids = [], []
        if block:
            yield b"\n".join(block) + b"\n", ids

    tmp = path.with_suffix(".tmp")
    lines: list[bytes] = []
    with tmp.open("wb") as handle, ProcessPoolExecutor(2) as pool:
        handle.write(_compress(header))
        plan = list(blocks())
        for (_, ids), data in zip(plan, pool.map(_compress, (b for b, _ in plan), chunksize=8), strict=True):
            offset = handle.tell()
            lines.extend(b"%d:%d:%s\n" % (offset, i, t) for i, t in ids)
            handle.write(data)
        handle.write(_compress(b"</mediawiki>\n"))
    index.write_bytes(bz2.compress(b"".join(lines)))
    tmp.rename(path)
    return path


@dataclass
class Pass:
    seconds: float
    cpu: float
    stats: DumpStats
    films: int
    claims: int
    extract_failed: int


def whole_pass(path: Path, workers: int) -> Pass:
    stats = DumpStats()
    films = claims = failed = 0
    started, cpu = time.perf_counter(), time.process_time()
    for _, doc, _ in read_films(path, workers=workers, stats=stats):
        films += 1
        if doc is None:
            continue
        try:
            claims += len(extract.run(doc))
        except FilmfactsError:
            failed += 1
    return Pass(time.perf_counter() - started, time.process_time() - cpu, stats, films, claims, failed)


def bare_decompression(path: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds of decompressing the whole file in this process, and the XML bytes."""
    started, cpu = time.perf_counter(), time.process_time()
    out = 0
    with bz2.open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            out += len(chunk)
    return time.perf_counter() - started, time.process_time() - cpu, out


def _spin(n: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(n):
        total += i * i
    return time.perf_counter() - started


def machine_parallelism(n: int = 10_000_000) -> float:
    """How much faster two processes get through two equal CPU-bound jobs than one does: 2.0 on two
    free cores, less when the machine is shared. The 2-workers ratio can be no better than this."""
    alone = _spin(n)
    started = time.perf_counter()
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_spin, [n, n]))
    return 2 * alone / (time.perf_counter() - started)


def film_texts() -> list[tuple[str, str]]:
    return [(p.title, p.text) for path in sorted(DUMPS.glob("*.bz2")) for p in iter_pages(path)
            if p.namespace == 0 and not p.redirect and is_film(p.text)]


def per_film(films: list[tuple[str, str]], rounds: int) -> tuple[float, float]:
    """Seconds per film page: bare mwparserfromhell parse, and filmfacts read + extract."""
    started = time.perf_counter()
    for _ in range(rounds):
        for _, text in films:
            mwparserfromhell.parse(text)
    parse = (time.perf_counter() - started) / (rounds * len(films))
    started = time.perf_counter()
    for _ in range(rounds):
        for title, text in films:
            doc = wikitext.read(text, "bench", title=title)
            with contextlib.suppress(FilmfactsError):
                extract.run(doc)
    ours = (time.perf_counter() - started) / (rounds * len(films))
    return parse, ours


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=int, default=200, help="MB of XML in the built dump (default 200)")
    parser.add_argument("--quick", action="store_true", help="a 20 MB dump, for a fast check")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of bare / 1 worker / 2 workers (medians)")
    args = parser.parse_args(argv)
    size = 20 if args.quick else args.size_mb
    if not DUMPS.exists():
        print(f"{DUMPS} is not present; nothing to build the bench dump from", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    path = build(size)
    compressed = path.stat().st_size
    print(f"dump: {path} ({compressed / 1e6:.1f} MB bz2), ready in {time.perf_counter() - t0:.1f} s")

    films = film_texts()
    parse_s, ours_s = per_film(films, rounds=3 if args.quick else 10)
    parallel_before = machine_parallelism()
    bares, ones, twos = [], [], []
    for _ in range(args.repeat):  # interleaved, so a burst of load from elsewhere hits each alike
        bares.append(bare_decompression(path))
        ones.append(whole_pass(path, workers=1))
        twos.append(whole_pass(path, workers=2))
    parallel_after = machine_parallelism()
    bare_s = statistics.median(b[0] for b in bares)
    bare_cpu = statistics.median(b[1] for b in bares)
    xml_bytes = bares[0][2]
    one = sorted(ones, key=lambda p: p.seconds)[len(ones) // 2]
    two = sorted(twos, key=lambda p: p.seconds)[len(twos) // 2]
    one_cpu = statistics.median(p.cpu for p in ones)

    mb = compressed / 1e6
    rows = [
        ("bare bz2 decompression", f"{mb / bare_s:7.1f} MB/s", f"{xml_bytes / 1e6 / bare_s:7.1f} MB/s XML",
         f"{bare_s:6.2f} s"),
        ("bare mwparserfromhell parse (film pages)", f"{1 / parse_s:7.1f} pages/s", f"{len(films)} distinct films",
         f"{parse_s * 1000:6.1f} ms/page"),
        ("filmfacts read+extract (film pages)", f"{1 / ours_s:7.1f} pages/s", "", f"{ours_s * 1000:6.1f} ms/page"),
    ]
    for label, run in (("whole pass, 1 worker", one), ("whole pass, 2 workers", two)):
        rows.append((label, f"{mb / run.seconds:7.1f} MB/s", f"{run.stats.pages / run.seconds:9,.0f} pages/s",
                     f"{run.seconds:6.2f} s"))
    width = max(len(r[0]) for r in rows)
    print()
    print(f"{'measure':<{width}}  {'rate':>16}  {'':>22}  {'time':>14}")
    for label, a, b, c in rows:
        print(f"{label:<{width}}  {a:>16}  {b:>22}  {c:>14}")
    s = two.stats
    print(f"\npages {s.pages:,}  redirects {s.redirects:,}  other namespaces {s.other_namespaces:,}  "
          f"not film {s.not_film:,}  films {s.films:,}  bad pages {len(s.bad_pages)}  "
          f"claims {two.claims:,}  extract refused {two.extract_failed}")

    best = min(one.seconds, two.seconds)
    checks = [
        ("whole pass vs bare decompression (2 workers)", bare_s / two.seconds, ">=", 0.9),
        ("whole pass vs bare decompression (1 worker)", bare_s / one.seconds, ">=", 0.9),
        ("the same in CPU seconds (1 worker)", bare_cpu / one_cpu, ">=", 0.9),
        ("per film article: read+extract vs bare parse", ours_s / parse_s, "<=", 2.0),
        ("2 workers vs 1", one.seconds / two.seconds, ">=", 1.8),
    ]
    print()
    for label, value, op, target in checks:
        ok = value >= target if op == ">=" else value <= target
        print(f"{label:<{width + 8}}  {value:5.2f}×  target {op} {target}  {'ok' if ok else 'MISSED'}")
    print(f"\nfastest whole pass: {mb / best:.1f} MB/s compressed, {xml_bytes / 1e6 / best:.1f} MB/s XML")
    print(f"medians of {args.repeat} interleaved rounds; load average {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} cores")
    print(f"this machine ran two CPU-bound processes {parallel_before:.2f}× / {parallel_after:.2f}× as fast as one "
          "(before / after the passes; 2.0 = two free cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
