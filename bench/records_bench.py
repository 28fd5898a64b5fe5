"""Reading the stored film records at scale: one film's record, title search, and the streamed export.

    python bench/records_bench.py                     # 100,000 films; base: KOBIS + the seeds + team films
    python bench/records_bench.py --films 20000 --small 5000 --base ../shared/seeds

A base store is built from real documents (`build`, which reconciles and stores their records), then
filled to `--films` with generated films: copies of the base's records under new ids and titles (as
`records.refresh` would store them, titles and people included), so the store holds as many records as
a dump of that size would, in the shapes real documents give. Measured, each against a baseline in the
same run:

- one film's record by id (`Store.record`: lookup and JSON decode), p50/p99 over a random sample, and
  title search (`Store.find_films`), against a raw `SELECT body` of the same ids with sqlite3;
- the full export (`filmfacts export --format json` to /dev/null) in a process of its own, films/s and
  peak RSS at two store sizes (`--small` and `--films`), against a raw SELECT of every record's JSON;
- a build's cost when the store is large: one new document, its film reconciled and stored;
- at the base size, `show`'s old way (linking and reconciling the film's documents on each read,
  `pipeline.reconciled`) against the lookup.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("FILMFACTS_SHARED") or ROOT.parent / "shared")

from filmfacts.pipeline import build, reconciled  # noqa: E402
from filmfacts.store import Store  # noqa: E402
from filmfacts.store.records import RecordWriter, records_writing  # noqa: E402

BASE = [SHARED / "data" / "kobis_korean_box_office", SHARED / "seeds", ROOT / "tests" / "fixtures" / "films",
        ROOT / "tests" / "fixtures" / "news"]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def fill(store: Store, films: int) -> int:
    """Generated films up to `films` records: the base's records copied under new ids and titles."""
    base = list(store.records())
    have = store.record_count()
    rng = random.Random(7)
    made = 0
    batch: list[dict] = []

    def flush() -> None:
        with records_writing(store) as conn:
            writer = RecordWriter(conn)
            for rec in batch:
                writer.put_unit(f"~{rec['id']}", [f"~{rec['id']}"], [rec])
        batch.clear()

    while have + made < films:
        model = rng.choice(base)
        i = have + made
        rec = json.loads(json.dumps(model))
        rec["id"] = "g" + hashlib.sha256(f"{model['id']}:{i}".encode()).hexdigest()[:11]
        suffix = f" {i:06d}"
        rec["title"] = model["title"] + suffix
        rec["titles"] = [t + suffix for t in model["titles"]]
        rec["year"] = (model.get("year") or 2000) - rng.randint(0, 40)
        for group in ("people", "characters"):
            for e in rec.get(group, []):
                e["id"] = e["id"][:1] + hashlib.sha256(f"{e['id']}:{i % 5000}".encode()).hexdigest()[:11]
        batch.append(rec)
        made += 1
        if len(batch) >= 2000:
            flush()
    if batch:
        flush()
    return made


def export_run(db: Path) -> tuple[float, int, int]:
    """`filmfacts export --format json` to /dev/null in a process of its own: seconds, films, peak RSS (KB)."""
    # the child's own high-water mark (VmHWM), not ru_maxrss, which a forked child inherits from this process
    code = ("import sys,time,re; sys.path.insert(0, sys.argv[2]); from filmfacts.store import Store;"
            "from filmfacts.export.stream import write_json; s=Store(sys.argv[1], create=False);"
            "t=time.perf_counter(); out=open('/dev/null','w'); write_json(s, out); took=time.perf_counter()-t;"
            "hwm=re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); print(took, hwm)")
    done = subprocess.run([sys.executable, "-c", code, str(db), str(ROOT / "src")], capture_output=True, text=True,
                          check=True)
    took, hwm = done.stdout.split()
    with sqlite3.connect(db) as conn:
        films = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    return float(took), films, int(hwm)


def raw_export(db: Path) -> float:
    """The baseline: every record's JSON read by a raw SELECT and written to /dev/null."""
    start = time.perf_counter()
    with sqlite3.connect(db) as conn, open(os.devnull, "w") as out:
        for (body,) in conn.execute("SELECT body FROM records ORDER BY film_id"):
            out.write(body)
    return time.perf_counter() - start


def lookups(store: Store, db: Path, sample: int) -> None:
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT film_id FROM records")]
        titles = [r[0] for r in conn.execute("SELECT title FROM records ORDER BY random() LIMIT ?", (sample,))]
    rng = random.Random(11)
    chosen = rng.sample(ids, min(sample, len(ids)))
    times = []
    for film_id in chosen:
        t = time.perf_counter()
        assert store.record(film_id) is not None
        times.append((time.perf_counter() - t) * 1000)
    raw = []
    with sqlite3.connect(db) as conn:
        for film_id in chosen:
            t = time.perf_counter()
            conn.execute("SELECT body FROM records WHERE film_id = ?", (film_id,)).fetchone()
            raw.append((time.perf_counter() - t) * 1000)
    search = []
    for title in titles:
        t = time.perf_counter()
        assert store.find_films(title)
        search.append((time.perf_counter() - t) * 1000)
    print(f"one film's record (Store.record, {len(times)} random ids): p50 {percentile(times, .5):.2f} ms, "
          f"p99 {percentile(times, .99):.2f} ms, max {max(times):.2f} ms; raw SELECT baseline p50 "
          f"{percentile(raw, .5):.3f} ms, p99 {percentile(raw, .99):.3f} ms; ratio p99 "
          f"{percentile(times, .99) / max(percentile(raw, .99), 1e-9):.1f}")
    print(f"title search (Store.find_films, {len(search)} titles): p50 {percentile(search, .5):.2f} ms, "
          f"p99 {percentile(search, .99):.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--films", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=20_000, help="the smaller store size for the RSS comparison")
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--base", nargs="*", type=Path, default=[p for p in BASE if p.exists()])
    parser.add_argument("--keep", type=Path, help="keep the store here (else a temporary folder)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="records-bench-"))
    db = args.keep or folder / "films.db"
    store = Store(db)
    t = time.perf_counter()
    report = build(list(args.base), store, skip_bad=True)
    took = time.perf_counter() - t
    base_films = store.record_count()
    print(f"base: {report.documents} documents from {', '.join(p.name for p in args.base)}; {base_films} film records "
          f"in {took:.1f} s (reading, extracting and reconciling)")

    # show's old way at the base size: link and reconcile the film's documents on every read
    sample_titles = [r["title"] for r in store.records() if len(r["sources"]) > 20][:3] or \
        [r["title"] for r in store.records()][:3]
    for title in sample_titles:
        t = time.perf_counter()
        reconciled(store, title)
        old = time.perf_counter() - t
        t = time.perf_counter()
        hit = store.find_films(title)[0]
        store.record(hit.id)
        new = time.perf_counter() - t
        print(f"show {title!r}: reconcile on read {old * 1000:.0f} ms, stored record {new * 1000:.1f} ms "
              f"(ratio {old / new:.0f})")

    for size in sorted({args.small, args.films}):
        t = time.perf_counter()
        made = fill(store, size)
        print(f"\nstore of {store.record_count():,} films ({made:,} generated in {time.perf_counter() - t:.1f} s, "
              f"{db.stat().st_size / 1e6:.0f} MB)")
        lookups(store, db, args.sample)
        took, films, rss = export_run(db)
        raw = raw_export(db)
        print(f"full export (filmfacts-export/1 JSON to /dev/null, own process): {films:,} films in {took:.1f} s = "
              f"{films / took:,.0f} films/s, peak RSS {rss / 1024:.0f} MB; raw SELECT of the JSON {raw:.1f} s = "
              f"{films / raw:,.0f} films/s; ratio {took / raw:.1f}")

    # a build into the large store: one new document, its film reconciled and stored
    doc = folder / "new-film.txt"
    doc.write_text("Quiet Harbor (Korean: 고요한 항구) is a 2024 South Korean drama film directed by Ann Vale.\n\n"
                   "== Cast ==\n* Kim Min-ji as Seo-yeon\n", encoding="utf-8")
    t = time.perf_counter()
    report = build([doc], store)
    print(f"\nbuild of one new document into {store.record_count():,} films: {time.perf_counter() - t:.2f} s, "
          f"{report.films_reconciled} film record(s) reconciled")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"bench process peak RSS {own / 1024:.0f} MB (the generated films are made here)")


if __name__ == "__main__":
    main()
