"""Linking a new store whole or a part at a time: the same people? at what memory?

A new store's first build links the whole store at once up to `--link-at-once` documents and a part at a
time past it, as every later build does (`identity.record` against `identity.record_part`). This builds
the shared KOBIS and awards folders with the team's news pages and the bundled examples (16,202
documents) into two new stores, one with `--link-at-once` above their count and one with 0, each build
a `filmfacts` process of its own, and compares the people each store credits in each film: a person of
the whole link whose films are credited to several people of the part-wise store is split, and the
other way round joined (people are matched in a film by the name the record shows, or one of its names).

    python bench/link_parts_bench.py [--shared ../shared]

Prints each build's wall time and peak memory, the people credited, the split and joined people with
their names and film counts, and the LINK line.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from cli_child import run_filmfacts

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FILMFACTS_SHARED") or ROOT.parent / "shared")


def build(db: Path, inputs: list[Path], link_at_once: int) -> tuple[float, float]:
    """Wall seconds and peak MB of one `filmfacts build` into a new store."""
    env = {**os.environ, "FILMFACTS_DB": str(db), "PYTHONPATH": os.environ.get("PYTHONPATH") or str(ROOT / "src")}
    run = run_filmfacts(["build", "--skip-bad", "--link-at-once", str(link_at_once), *map(str, inputs)], env)
    return run.wall, run.peak_mb


def credits(db: Path) -> tuple[dict[str, str], dict[str, dict[str, dict[str, object]]]]:
    """person id → name, and film id → person id → the person as the film's record shows them."""
    conn = sqlite3.connect(db)
    names = dict(conn.execute("SELECT id, name FROM identities WHERE kind = 'person'").fetchall())
    films: dict[str, dict[str, dict[str, object]]] = defaultdict(dict)
    for person, film, body in conn.execute("SELECT entity_id, film_id, body FROM record_people WHERE kind = 'person'"):
        films[film][person] = json.loads(body)
    conn.close()
    return names, films


def _spellings(person: dict[str, object]) -> list[str]:
    return [str(person["name"]), *(str(n) for n in person.get("names", []))]  # type: ignore[attr-defined]


def compare(whole: dict[str, dict[str, dict[str, object]]], parts: dict[str, dict[str, dict[str, object]]]
            ) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]], dict[str, set[str]], int]:
    """whole person → part-wise people, part-wise person → whole people, the films of each, unmatched credits."""
    to_parts: dict[str, set[str]] = defaultdict(set)
    to_whole: dict[str, set[str]] = defaultdict(set)
    whole_films: dict[str, set[str]] = defaultdict(set)
    part_films: dict[str, set[str]] = defaultdict(set)
    unmatched = 0
    for film in whole.keys() & parts.keys():
        by_name: dict[str, str] = {}
        for person, shown in parts[film].items():
            for text in _spellings(shown):
                by_name.setdefault(text, person)
        for person, shown in whole[film].items():
            match = next((by_name[t] for t in _spellings(shown) if t in by_name), None)
            if match is None:
                unmatched += 1
                continue
            to_parts[person].add(match)
            to_whole[match].add(person)
            whole_films[person].add(film)
            part_films[match].add(film)
    return to_parts, to_whole, whole_films, part_films, unmatched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    data = args.shared / "data"
    inputs = [data / "kobis_korean_box_office", data / "awards", ROOT / "tests" / "fixtures" / "news",
              ROOT / "src" / "filmfacts" / "examples"]
    if not all(p.exists() for p in inputs):
        sys.exit(f"the shared data folders are not at {data} (give --shared or FILMFACTS_SHARED)")
    with tempfile.TemporaryDirectory(prefix="filmfacts-link-parts-") as folder:
        whole_db, parts_db = Path(folder) / "whole.db", Path(folder) / "parts.db"
        parts_time, parts_peak = build(parts_db, inputs, 0)
        whole_time, whole_peak = build(whole_db, inputs, 10 ** 9)
        whole_names, whole = credits(whole_db)
        part_names, parts = credits(parts_db)
    to_parts, to_whole, whole_films, part_films, unmatched = compare(whole, parts)
    split = {p: ps for p, ps in to_parts.items() if len(ps) > 1}
    joined = {p: ws for p, ws in to_whole.items() if len(ws) > 1}
    print(f"whole link:  {whole_time:5.1f} s, peak {whole_peak:,.0f} MB")
    print(f"part-wise:   {parts_time:5.1f} s, peak {parts_peak:,.0f} MB")
    for person, ps in sorted(split.items(), key=lambda x: -len(whole_films[x[0]])):
        print(f"split  {whole_names.get(person, person)} ({len(whole_films[person])} films) -> "
              + ", ".join(f"{part_names.get(p, p)} ({len(part_films[p])})" for p in sorted(ps)))
    for person, ws in sorted(joined.items(), key=lambda x: -len(part_films[x[0]])):
        print(f"joined {part_names.get(person, person)} ({len(part_films[person])} films) <- "
              + ", ".join(f"{whole_names.get(w, w)} ({len(whole_films[w])})" for w in sorted(ws)))
    print(f"\nLINK: people credited {len(to_parts):,} whole, {len(to_whole):,} part-wise; split {len(split)}, "
          f"joined {len(joined)}; credits unmatched {unmatched}; whole {whole_time:.1f} s / {whole_peak:,.0f} MB, "
          f"part-wise {parts_time:.1f} s / {parts_peak:,.0f} MB")


if __name__ == "__main__":
    main()
