"""Entity matching end to end (link/matching.py, Splink on DuckDB), scored against true pairs.

Three parts, all in one run unless --part picks one:

    jedai    TMDB (6,056 records) against TheTVDB (7,810) from ../shared/data/jedai_tmdb_tvdb:
             every record against every other through blocking (not balanced pair samples),
             scored against gt.csv (1,095 true pairs): precision, recall, F1 and seconds, at
             the default threshold, with one-to-one, and over a sweep of thresholds; then the
             false positives by what they are (see `_explain`).
    mgb      ../shared/data/moviegraphbenchmark: only its TVDB graph and the gold links are
             there (its TMDB side is missing, see its SOURCE.md), so what its files allow is
             TVDB against itself, scored against the duplicates the benchmark lists inside
             TVDB (tvdb_intra_ent_links.gz).
    cost     seconds to link 1k, 10k and 100k records a side: copies of the TMDB records with
             a word added to every name and a character dropped from half of them on the
             right, printing each size's ratio to the one before (linear: 10×, quadratic: 100×).

    python bench/match_bench.py
    python bench/match_bench.py --part jedai
    python bench/match_bench.py --part cost --sizes 1000,10000

Published anchors on *balanced pair samples* of this data (not end to end): F1 0.996 (EAGER),
0.995 (Magellan), 0.988 (DeepMatcher). The data folder is `../shared` beside the repository,
or FILMFACTS_SHARED. Needs the optional extra: pip install -e '.[link]'.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FILMFACTS_SHARED") or ROOT.parent / "shared")
JEDAI = SHARED / "data" / "jedai_tmdb_tvdb"
MGB = SHARED / "data" / "moviegraphbenchmark"
THRESHOLDS = (0.2, 0.5, 0.8, 0.9, 0.99)

sys.path.insert(0, str(ROOT / "src"))
csv.field_size_limit(1 << 24)

Record = dict[str, object]
Pair = tuple[str, str]


def _missing(path: Path) -> bool:
    if path.exists():
        return False
    print(f"  skipped: {path} is missing (set FILMFACTS_SHARED to the folder holding data/)")
    return True


def _column(header: str) -> str:
    """``https://www.scads.de/movieBenchmark/ontology/title`` → ``title``."""
    return header.rstrip("/").rsplit("/", 1)[-1]


def read_jedai(path: Path) -> list[Record]:
    """One record a row of a pipe-separated JEDAI table: an episode (a title with an episode
    number), a series (a title without) or a person (a name)."""
    records = []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="|")
        header = [_column(h) for h in next(reader)]
        for line, row in enumerate(reader, start=2):
            if len(row) != len(header):
                print(f"  {path.name}:{line}: {len(row)} cells where the header has {len(header)}; skipped")
                continue
            cell = dict(zip(header, row, strict=True))
            title = cell.get("title", "")
            records.append(
                {
                    "id": cell["id"],
                    "name": title or cell.get("name", ""),
                    "kind": ("episode" if cell.get("episodeNumber") else "series") if title else "person",
                    "date": cell.get("releaseDate"),
                    "year": cell.get("release_year"),
                    "season": cell.get("seasonNumber"),
                    "episode": cell.get("episodeNumber"),
                }
            )
    return records


def read_pairs(path: Path, delimiter: str = "|", header: bool = True) -> set[Pair]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=delimiter))
    return {(r[0], r[1]) for r in rows[1 if header else 0 :] if len(r) >= 2}


def score(predicted: set[Pair], gold: set[Pair]) -> tuple[float, float, float]:
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _line(label: str, predicted: set[Pair], gold: set[Pair], seconds: float | None = None) -> None:
    p, r, f = score(predicted, gold)
    took = f"  {seconds:6.1f} s" if seconds is not None else ""
    print(f"  {label:<34} pairs {len(predicted):>6}  P {p:.4f}  R {r:.4f}  F1 {f:.4f}{took}")


def judged(predicted: set[Pair], gold: set[Pair]) -> set[Pair]:
    """The predicted pairs the gold can judge: those with a record that is in a gold pair. The
    gold lists a subset of the true pairs (jedai's gt.csv names 1,095 of TMDB's 6,056 records;
    many records it never mentions have an obvious partner), so a pair of two records it never
    mentions is neither right nor wrong by it."""
    left_in = {a for a, _ in gold}
    right_in = {b for _, b in gold}
    return {(a, b) for a, b in predicted if a in left_in or b in right_in}


def _wrong_kinds(wrong: Iterable[Pair], gold: set[Pair], right: Mapping[str, Record]) -> Counter[str]:
    """A judged pair missing from the gold: ``duplicate`` when the gold pairs its left record
    with another right record of the same name (TheTVDB holds one node per person, episode and
    role), else ``other``."""
    gold_right = dict(gold)
    kinds: Counter[str] = Counter()
    for a, b in wrong:
        partner = gold_right.get(a)
        same = partner is not None and str(right[partner]["name"]).lower() == str(right[b]["name"]).lower()
        kinds["duplicate" if same else "other"] += 1
    return kinds


def part_jedai() -> None:
    from filmfacts.link.matching import link_tables

    print("jedai_tmdb_tvdb: TMDB against TheTVDB, every record through blocking")
    if _missing(JEDAI / "tmdb.csv.gz"):
        return
    left, right = read_jedai(JEDAI / "tmdb.csv.gz"), read_jedai(JEDAI / "tvdb.csv.gz")
    gold = read_pairs(JEDAI / "gt.csv")
    kinds = {str(r["id"]): str(r["kind"]) for r in left}
    by_kind = dict(Counter(kinds[a] for a, _ in gold))
    print(f"  {len(left):,} × {len(right):,} records, {len(gold):,} true pairs {by_kind}")
    started = time.perf_counter()
    result = link_tables(left, right, threshold=0.0)
    seconds = time.perf_counter() - started
    single = link_tables(left, right, threshold=0.0, one_to_one=True)
    share = result.comparisons / result.possible
    print(f"  compared {result.comparisons:,} of {result.possible:,} pairs ({share:.4%}); {seconds:.1f} s")
    print("  strict: every predicted pair against gt.csv; judged: only pairs with a record gt.csv names")
    for threshold in THRESHOLDS:
        kept = {(m.left_id, m.right_id) for m in result.matches if m.probability >= threshold}
        one = {(m.left_id, m.right_id) for m in single.matches if m.probability >= threshold}
        default = " (default)" if threshold == 0.9 else ""
        _line(f"{threshold}{default} strict", kept, gold, seconds if threshold == 0.9 else None)
        _line(f"{threshold}{default} judged", judged(kept, gold), gold)
        _line(f"{threshold}{default} judged, one-to-one", judged(one, gold), gold)
    kept = {(m.left_id, m.right_id) for m in result.matches if m.probability >= 0.9}
    for kind in sorted(set(kinds.values())):
        of_kind = {p for p in gold if kinds[p[0]] == kind}
        found = {p for p in kept if kinds[p[0]] == kind}
        _line(f"0.9 judged, {kind} only", judged(found, of_kind), of_kind)
    _balanced(result.matches, gold, left, right)
    by_right = {str(r["id"]): r for r in right}
    outside = kept - judged(kept, gold)
    wrong = _wrong_kinds(judged(kept, gold) - gold, gold, by_right)
    print(f"  at 0.9: {len(outside)} pairs of records gt.csv never names; judged and wrong: {dict(wrong)}")
    missed = gold - kept
    blocked = {(m.left_id, m.right_id) for m in result.matches}
    missed_kinds = dict(Counter(kinds[a] for a, _ in missed))
    never = len(missed - blocked)
    print(f"  missed at 0.9: {len(missed)} {missed_kinds}, {never} never compared (no blocking key shared)")


def _balanced(matches: Iterable[Any], gold: set[Pair], left: list[Record], right: list[Record]) -> None:
    """The published anchors' protocol, roughly: the true pairs plus as many false ones, each pair
    classified alone at the default threshold (a pair blocking never compared scores 0). Random
    false pairs are easy; hard ones are pairs blocking compared, with a record gt.csv names."""
    scores = {(m.left_id, m.right_id): m.probability for m in matches}
    rng = random.Random(7)
    lefts, rights = [str(r["id"]) for r in left], [str(r["id"]) for r in right]
    easy: set[Pair] = set()
    while len(easy) < len(gold):
        pair = (rng.choice(lefts), rng.choice(rights))
        if pair not in gold:
            easy.add(pair)
    candidates = sorted(judged(set(scores), gold) - gold)
    hard = set(rng.sample(candidates, min(len(gold), len(candidates))))
    for label, negatives in (("random", easy), (f"hard ({len(hard)})", hard)):
        found = {p for p in gold | negatives if scores.get(p, 0.0) >= 0.9}
        _line(f"balanced, {label} false pairs", found, gold)


def _mgb_triples(path: Path) -> Iterator[list[str]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, delimiter="\t", quotechar='"')


def _literal(value: str) -> str:
    return value.split("^^", 1)[0].strip().strip('"')


def read_tvdb_graph(folder: Path) -> list[Record]:
    """TVDB entities of MovieGraphBenchmark as records: an episode, a series or a person (one node
    per person, episode and role), with its name or title, date, season and episode, and as its
    group the series it belongs to (a person's through the episode it took part in)."""
    fields: dict[str, dict[str, str]] = {}
    for row in _mgb_triples(folder / "tmdb-tvdb" / "attr_triples_2.gz"):
        if len(row) == 3:
            fields.setdefault(row[0], {})[_column(row[1])] = _literal(row[2])
    links: dict[str, dict[str, str]] = {}
    for row in _mgb_triples(folder / "tmdb-tvdb" / "rel_triples_2.gz"):
        if len(row) == 3:
            links.setdefault(row[0], {})[_column(row[1])] = row[2]
            fields.setdefault(row[0], {})

    def series(uri: str) -> str | None:
        episode = links.get(uri, {}).get("participated_in", uri)
        return links.get(episode, {}).get("is_episode_of")

    records = []
    for uri, cell in sorted(fields.items()):
        title = cell.get("title", "")
        kind = ("episode" if cell.get("episodeNumber") else "series") if title else "person"
        records.append(
            {
                "id": uri,
                "name": title or cell.get("name", ""),
                "kind": kind,
                "date": cell.get("releaseDate"),
                "season": cell.get("seasonNumber"),
                "episode": cell.get("episodeNumber"),
                "group": series(uri),
            }
        )
    return records


def part_mgb() -> None:
    from filmfacts.link.matching import dedupe_table

    print("moviegraphbenchmark: TVDB against itself, scored against the duplicates it lists inside TVDB")
    if _missing(MGB / "tmdb-tvdb" / "attr_triples_2.gz"):
        return
    print("  (its TMDB side is not in ../shared, so its TMDB-TVDB task cannot be run from these files)")
    records = read_tvdb_graph(MGB)
    links = read_pairs(MGB / "tvdb_intra_ent_links.gz", delimiter="\t", header=False)
    gold: set[Pair] = {(min(a, b), max(a, b)) for a, b in links if a != b}
    print(f"  {len(records):,} entities, {len(gold):,} duplicate pairs listed")
    started = time.perf_counter()
    result = dedupe_table(records, threshold=0.0)
    seconds = time.perf_counter() - started
    print(f"  compared {result.comparisons:,} of {result.possible:,} pairs; {seconds:.1f} s")
    print("  judged: only pairs of two records the listed duplicates name (they cover the TVDB nodes")
    print("  the benchmark linked to TMDB, in clusters; a node outside them may be anyone's duplicate)")
    named = {x for pair in gold for x in pair}
    at_default: set[Pair] = set()
    for threshold in THRESHOLDS:
        kept = {(m.left_id, m.right_id) for m in result.matches if m.probability >= threshold}
        seen = {(a, b) for a, b in kept if a in named and b in named}
        _line(f"{threshold} strict", kept, gold, seconds if threshold == 0.9 else None)
        _line(f"{threshold} judged", seen, gold)
        if threshold == 0.9:
            at_default = seen
    by_id = {str(r["id"]): r for r in records}
    wrong = at_default - gold
    alike = sum(1 for a, b in wrong if by_id[a]["name"] == by_id[b]["name"] and by_id[a]["group"] == by_id[b]["group"])
    print(
        f"  judged wrong at 0.9: {len(wrong)}, of which {alike} are one name in one series put in two gold clusters"
    )


def synthetic(records: list[Record], size: int, seed: int) -> tuple[list[Record], list[Record], set[Pair]]:
    """``size`` records a side from copies of ``records``: copy k adds a made-up word to every
    name and moves dates k years on; on the right half the names lose a character."""
    rng = random.Random(seed)
    letters = "bcdfghjklmnprstvz"
    left: list[Record] = []
    right: list[Record] = []
    for index in range(size):
        base = records[index % len(records)]
        copy = index // len(records)
        word = "".join(rng.choice(letters) + rng.choice("aeiou") for _ in range(3))
        name = f"{base['name']} {word}" if copy else str(base["name"])
        date = str(base.get("date") or "")
        if copy and date[:4].isdigit():
            date = f"{int(date[:4]) + copy:04d}{date[4:]}"
        ident = f"{base['id']}.{copy}"
        left.append({**base, "id": ident, "name": name, "date": date, "year": None})
        typo = name
        if rng.random() < 0.5 and len(name) > 4:
            cut = rng.randrange(1, len(name) - 1)
            typo = name[:cut] + name[cut + 1 :]
        right.append({**base, "id": ident, "name": typo, "date": date, "year": None})
    rng.shuffle(right)
    return left, right, {(str(r["id"]), str(r["id"])) for r in left}


def part_cost(sizes: list[int]) -> None:
    from filmfacts.link.matching import link_tables

    print("cost: synthetic copies of the TMDB records, n a side")
    if _missing(JEDAI / "tmdb.csv.gz"):
        return
    base = read_jedai(JEDAI / "tmdb.csv.gz")
    previous, prev_size = 0.0, 0
    for size in sizes:
        left, right, gold = synthetic(base, size, seed=size)
        started = time.perf_counter()
        result = link_tables(left, right, threshold=0.9)
        seconds = time.perf_counter() - started
        ratio = f"  ×{seconds / previous:.1f} for ×{size // prev_size}" if previous else ""
        steps = ", ".join(f"{k} {v:.1f}" for k, v in result.seconds.items() if k != "total")
        print(f"  n={size:>7,}  {seconds:7.1f} s  compared {result.comparisons:>9,}  ({steps}){ratio}")
        _line(f"n={size:,} against its copies", {(m.left_id, m.right_id) for m in result.matches}, gold)
        previous, prev_size = seconds, size


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=["jedai", "mgb", "cost", "all"], default="all")
    parser.add_argument("--sizes", default="1000,10000,100000", help="record counts a side for the cost part")
    args = parser.parse_args(argv)
    try:
        import splink  # noqa: F401
    except ImportError:
        sys.exit("match_bench needs Splink: pip install -e '.[link]'")
    if not SHARED.exists():
        sys.exit(f"no shared data at {SHARED}: set FILMFACTS_SHARED to the folder holding data/")
    if args.part in ("jedai", "all"):
        part_jedai()
    if args.part in ("mgb", "all"):
        part_mgb()
    if args.part in ("cost", "all"):
        part_cost([int(s) for s in args.sizes.split(",")])


if __name__ == "__main__":
    main()
