"""News pages and KOBIS files: how fast filmfacts reads them, against bare baselines in the same run.

    articles   the team's news pages (tests/fixtures/news), each read N times:
               baseline = selectolax parse + text of the page; filmfacts = read + extract
    kobis      the KOBIS folder (../shared's when present, else the test sample):
               baseline = csv.reader over every row (gzip included); filmfacts = build into SQLite
    reconcile  the store with the pages and KOBIS: `show` of one film, and the whole export

    python bench/news_bench.py [--repeat 20] [--kobis DIR]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import sys
import tempfile
import time
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser as HTMLParser

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from filmfacts import extract  # noqa: E402
from filmfacts.export import export_json  # noqa: E402
from filmfacts.pipeline import build, extract_document, find_film, reconciled  # noqa: E402
from filmfacts.sources import read_file  # noqa: E402
from filmfacts.store import Store  # noqa: E402

NEWS = ROOT / "tests" / "fixtures" / "news"
KOBIS = [ROOT.parent / "shared" / "data" / "kobis_korean_box_office", ROOT / "tests" / "fixtures" / "kobis"]


def pages() -> list[Path]:
    return [p for p in sorted(NEWS.iterdir()) if p.suffix in {".html", ".txt"}]


def bare_articles(paths: list[Path], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for p in paths:
            raw = p.read_text(encoding="utf-8")
            if p.suffix == ".html":
                node = HTMLParser(raw).body
                if node is not None:
                    node.text(separator="\n")
            else:
                raw.splitlines()
    return time.perf_counter() - start


def filmfacts_articles(paths: list[Path], repeat: int) -> tuple[float, int]:
    extract.versions()  # load the extractors outside the timing
    claims = 0
    start = time.perf_counter()
    for _ in range(repeat):
        for p in paths:
            claims += len(extract_document(read_file(p)).claims)
    return time.perf_counter() - start, claims


def bare_csv(folder: Path) -> tuple[float, int]:
    start = time.perf_counter()
    rows = 0
    for p in sorted(folder.rglob("*")):
        if p.name.endswith(".csv") or p.name.endswith(".csv.gz"):
            data = gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
            rows += sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    return time.perf_counter() - start, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--kobis", default="")
    args = parser.parse_args()
    paths = pages()
    n = len(paths) * args.repeat
    bare = bare_articles(paths, args.repeat)
    took, claims = filmfacts_articles(paths, args.repeat)
    print(f"articles: {n} page reads; bare parse {n / bare:,.0f} pages/s; filmfacts read+extract "
          f"{n / took:,.1f} pages/s, {claims / took:,.0f} claims/s; ratio to bare {bare / took:.3f}")

    folder = Path(args.kobis) if args.kobis else next(p for p in KOBIS if p.exists())
    bare_s, rows = bare_csv(folder)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        start = time.perf_counter()
        report = build([folder], store)
        built = time.perf_counter() - start
        print(f"kobis ({folder}): {rows:,} CSV rows; bare csv.reader {rows / bare_s:,.0f} rows/s; filmfacts build "
              f"{report.documents:,} documents, {report.claims:,} claims in {built:.2f} s "
              f"({report.claims / built:,.0f} claims/s); ratio to bare {bare_s / built:.3f}")
        build(paths, store)
        start = time.perf_counter()
        film = find_film(reconciled(store, "Exhuma"), "Exhuma") if report.documents else None
        show = time.perf_counter() - start
        start = time.perf_counter()
        data = export_json(reconciled(store))
        whole = time.perf_counter() - start
        store.close()
    facts = len(film.facts) if film else 0
    print(f"reconcile: show one film {show:.2f} s ({facts} facts); whole store export {whole:.2f} s "
          f"({len(data['films']):,} films)")


if __name__ == "__main__":
    main()
