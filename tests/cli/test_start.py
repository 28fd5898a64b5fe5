"""What a command loads before it answers (issue 13: commands start at once): `--help` loads no store and
no rich help renderer, and reading stored records (`show`, `sources`, `conflicts`, `people`) or streaming
them out (`export`) loads none of the readers, extraction, reconciling, the chart or record linkage, nor
linking but for `people`'s look-alike names.
Modules, not timings: the timings are bench/start_bench.py's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

SEEDS = sorted(EXAMPLES.glob("*.txt"))
# a fresh process runs the command as a user does, then prints the modules it loaded
PROBE = """import json, sys
sys.argv = ['filmfacts', *sys.argv[1:]]
from filmfacts.cli import main
try:
    main()
except SystemExit as done:
    code = done.code
else:
    code = 0
print(json.dumps({'code': code, 'modules': sorted(sys.modules)}), file=sys.stderr)
"""
NEVER_TO_READ = ("filmfacts.extract", "filmfacts.sources", "filmfacts.link.entities", "filmfacts.link.people",
                 "filmfacts.reconcile", "filmfacts.pipeline", "filmfacts.export", "filmfacts.cli.chart",
                 "matplotlib", "splink", "rapidfuzz", "mwparserfromhell", "selectolax", "markdown_it")


def loaded(*args: str) -> set[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["code"] == 0, done.stderr[-2000:]
    return set(report["modules"])


def within(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in packages))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("start") / "small.db")
    built = loaded("--db", path, "build", *map(str, SEEDS))
    assert "filmfacts.extract" in built  # the probe sees what a command loads: a build reads and extracts
    return path


def test_help_loads_no_store_and_no_rich_help() -> None:
    assert within(loaded("--help"), ("sqlalchemy", "pydantic", "rich.markdown", "filmfacts.store",
                                     *NEVER_TO_READ)) == []


# what a command needs beyond reading: export writes the records out; people tells look-alike names apart
# (linking's look_alikes, rapidfuzz) and, for a name, namesakes by their person key
NEEDS = {"export": ("filmfacts.export",),
         "people": ("filmfacts.link.entities", "filmfacts.link.people", "rapidfuzz")}


@pytest.mark.parametrize("command", [["show", "Miracle in Cell No. 7"], ["show", "Miracle in Cell No. 7", "--json"],
                                     ["sources"], ["conflicts"], ["export"], ["export", "--format", "csv"],
                                     ["people"], ["people", "Oh Dal-su"]])
def test_reading_the_store_loads_no_stage(db: str, command: list[str]) -> None:
    never = tuple(p for p in NEVER_TO_READ if p not in NEEDS.get(command[0], ()))
    assert within(loaded("--db", db, *command), never) == []


def test_probe_sees_a_record_rebuilt(db: str, tmp_path: Path) -> None:
    """A store whose records another filmfacts built is reconciled again on first read, loading the
    stages: what the other tests find absent is absent because it is not needed."""
    import sqlite3
    from shutil import copyfile

    stale = str(tmp_path / "stale.db")
    copyfile(db, stale)
    with sqlite3.connect(stale) as conn:
        conn.execute("UPDATE meta SET value = 'another' WHERE key = 'records_version'")
    assert "filmfacts.reconcile" in loaded("--db", stale, "show", "Miracle in Cell No. 7")
