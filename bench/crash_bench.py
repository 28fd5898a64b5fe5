"""Crash safety: `kill -9` at random moments during builds of documents, a dump and a dataset; after
each, the store passes SQLite's integrity check and a re-run of the same build gives the same records
as a clean build (the counts of documents and claims, and a hash of the export).

    python bench/crash_bench.py [--kills 100] [--kinds documents,dump,dataset] [--pages 100] [--seed 1]

The inputs:

    documents   the bundled examples and four of the team's news pages (tests/fixtures/news): one
                build, one transaction, so a killed build must leave the store as it was before
    dump        a generated MediaWiki dump of `--pages` film pages, written in batches of 10 pages
                with a checkpoint each: a killed build leaves whole batches, the re-run uses --resume
    dataset     KOBIS's all-time top 500 (../shared, or FILMFACTS_SHARED), else its sample in
                tests/fixtures, in a savepoint of its own

For each kind, a clean build gives the reference; then, `--kills` times in all (shared among the
kinds): an empty store, the build started as its own process and killed with SIGKILL after a random
time between 0 and the clean build's duration, the store checked (`PRAGMA integrity_check`) and what
the kill left classified (no store, empty, whole, or whole dump batches), the build run again (the
same command; the dump's with --resume) and its records compared with the reference. Prints a line
per kind with the counts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ID = re.compile(r"\b[fpc][0-9a-f]{11}\b")
JOINED = "joins the identities "  # a decision of linking (link/identities.py, Identities.id_for)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FILMFACTS_SHARED") or ROOT.parent / "shared")
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
FILMFACTS = [sys.executable, "-c", "from filmfacts.cli import main; main()"]
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _word(i: int) -> str:
    out = ""
    for _ in range(3):
        out += LETTERS[i % 26]
        i //= 26
    return out.capitalize()


def film_page(page_id: int) -> str:
    name = _word(page_id)
    text = (f"{{{{Infobox film\n| name = The {name} Affair\n| director = [[Han {name}]]\n"
            f"| starring = [[Kim {name}-jin]]\n| gross = ${page_id}.{page_id % 10} million\n"
            f"| released = {{{{Film date|2010|3|{page_id % 28 + 1}|South Korea}}}}\n}}}}\n"
            f"'''The {name} Affair''' is a 2010 South Korean drama film directed by Han {name}.\n\n"
            f"== Cast ==\n* [[Kim {name}-jin]] as Detective {name}\n")
    return (f"<page><title>The {name} Affair</title><ns>0</ns><id>{page_id}</id><revision><id>{page_id * 10}</id>"
            f"<timestamp>2016-05-01T00:00:00Z</timestamp><text xml:space=\"preserve\">{escape(text)}</text>"
            "</revision></page>\n")


def make_dump(path: Path, pages: int) -> Path:
    """A MediaWiki XML dump of `pages` small film pages, each its own film."""
    body = "".join(film_page(i) for i in range(1, pages + 1))
    path.write_text('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="en">\n'
                    f"<siteinfo><sitename>Wikipedia</sitename></siteinfo>\n{body}</mediawiki>\n", encoding="utf-8")
    return path


def documents() -> list[Path]:
    return [*sorted((ROOT / "src" / "filmfacts" / "examples").glob("*.txt")),
            *sorted((ROOT / "tests" / "fixtures" / "news").glob("0[1-4]*"))]


def dataset() -> list[Path]:
    kobis = SHARED / "data" / "kobis_korean_box_office" / "alltime_top500_2020"
    if kobis.is_dir():
        return [kobis / "top500_clean.csv"]
    return sorted((ROOT / "tests" / "fixtures" / "kobis").glob("*top500*"))


@dataclass(frozen=True)
class Records:
    documents: int
    claims: int
    export: str  # sha256 of the export

    def __str__(self) -> str:
        return f"{self.documents:,} documents, {self.claims:,} claims, export {self.export[:12]}"


def build_args(db: Path, inputs: list[Path], *, dump: bool, resume: bool = False) -> list[str]:
    return [*FILMFACTS, "--db", str(db), "build", *map(str, inputs), *(["--batch", "10"] if dump else []),
            *(["--resume"] if resume else [])]


def without_ids(export: str, joins: bool = True) -> str:
    """The export with every film, person and character id as one placeholder and each list sorted:
    an id is the one its film's first document gave it (issue 10: a later document joins an identity,
    it does not renumber it), so builds that met the documents in another order hold the same records
    under other ids. `joins=False` leaves out the identity decisions saying a build joined two
    identities earlier builds had made ("joins the identities …; keeps …"): the history of how the
    store was built, which one build of everything never has."""
    def canon(value: object) -> object:
        if isinstance(value, dict):
            if not joins and isinstance(value.get("decision"), str) and value["decision"].startswith(JOINED):
                return None
            return {k: canon(v) for k, v in value.items()}
        if isinstance(value, list):
            return sorted((c for v in value if (c := canon(v)) is not None),
                          key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        if isinstance(value, str):
            return ID.sub("ID", value)
        return value

    return json.dumps(canon(json.loads(export)), sort_keys=True, ensure_ascii=False)


def records(target: str | Path, folder: Path, joins: bool = True) -> Records:
    """The store's counts and a hash of its export (the CLI's command, run in this process: a process
    more for each check would make the bench mostly start-up), ids aside (and with `joins=False` the
    decisions joining identities of earlier builds: `without_ids`)."""
    from typer.testing import CliRunner

    from filmfacts.cli import app
    from filmfacts.store import Store

    store = Store(target, create=False)
    try:
        counts = store.counts()
    finally:
        store.close()
    out = folder / "export.json"
    done = CliRunner().invoke(app, ["--db", str(target), "export", "-o", str(out)])
    if done.exit_code:
        raise RuntimeError(f"export failed: {done.output.strip()}")
    digest = hashlib.sha256(without_ids(out.read_text(encoding="utf-8"), joins).encode()).hexdigest()
    out.unlink()
    return Records(counts["documents"], counts["claims"], digest)


def integrity(db: Path) -> str:
    """SQLite's own check of the file, after the kill (WAL replayed as any next opener would)."""
    if not db.exists():
        return "ok"  # killed before the store was made: nothing to check
    with sqlite3.connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def left(db: Path, reference: Records) -> str:
    """What a kill left: no store, an empty one, the whole build, or part of it (whole dump batches)."""
    if not db.exists():
        return "no store"
    with sqlite3.connect(db) as conn:
        try:
            n = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.OperationalError:
            return "no tables"
    return "empty" if n == 0 else "whole" if n == reference.documents else "partial"


def run_kind(kind: str, inputs: list[Path], kills: int, rand: random.Random, folder: Path) -> dict[str, object]:
    dump = kind == "dump"
    clean = folder / f"{kind}-clean.db"
    started = time.monotonic()
    done = subprocess.run(build_args(clean, inputs, dump=dump), capture_output=True, text=True, check=False)
    duration = time.monotonic() - started
    if done.returncode:
        raise RuntimeError(f"the clean {kind} build failed: {done.stderr.strip()}")
    reference = records(clean, folder)
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    for trial in range(kills):
        db = folder / f"{kind}-{trial}.db"
        proc = subprocess.Popen(build_args(db, inputs, dump=dump), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rand.uniform(0, duration))
        finished = proc.poll() is not None
        if not finished:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        outcomes["finished before the kill" if finished else left(db, reference)] += 1
        check = integrity(db)
        if check != "ok":
            failures.append(f"trial {trial}: integrity_check says {check!r}")
        if not dump and left(db, reference) == "partial":
            failures.append(f"trial {trial}: a killed build left part of its documents")
        again = subprocess.run(build_args(db, inputs, dump=dump, resume=dump), capture_output=True, text=True,
                               check=False)
        if again.returncode:
            failures.append(f"trial {trial}: the re-run failed: {again.stderr.strip()}")
        elif (after := records(db, folder)) != reference:
            failures.append(f"trial {trial}: the re-run gave {after}, not {reference}")
        for path in db.parent.glob(db.name + "*"):
            path.unlink()
    return {"kind": kind, "reference": reference, "duration": duration, "kills": kills, "outcomes": outcomes,
            "failures": failures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100, help="kills in all, shared among the kinds")
    parser.add_argument("--kinds", default="documents,dump,dataset")
    parser.add_argument("--pages", type=int, default=100, help="pages of the generated dump")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rand = random.Random(args.seed)
    total_failures = 0
    with tempfile.TemporaryDirectory(prefix="filmfacts-crash-") as name:
        folder = Path(name)
        inputs = {"documents": documents(), "dump": [make_dump(folder / "films.xml", args.pages)],
                  "dataset": dataset()}
        kinds = args.kinds.split(",")
        for i, kind in enumerate(kinds):
            kills = args.kills // len(kinds) + (i < args.kills % len(kinds))
            result = run_kind(kind, inputs[kind], kills, rand, folder)
            outcomes: Counter[str] = result["outcomes"]  # type: ignore[assignment]
            failures: list[str] = result["failures"]  # type: ignore[assignment]
            total_failures += len(failures)
            print(f"CRASH {kind}: {len(inputs[kind])} input file(s), clean build {result['duration']:.1f} s "
                  f"→ {result['reference']}; {kills} kills: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
                  + f"; integrity ok and re-run identical in {kills - len({f.split(':')[0] for f in failures})}"
                  f"/{kills}", flush=True)
            for failure in failures:
                print(f"  FAILED {failure}", flush=True)
    print(json.dumps({"failures": total_failures}))


if __name__ == "__main__":
    main()
