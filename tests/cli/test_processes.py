"""The installed `filmfacts` as real processes: on a terminal that is not UTF-8, and two builds started
at once on one new store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

FILMFACTS = Path(sys.executable).with_name("filmfacts")
SEEDS = sorted(EXAMPLES.glob("*.txt"))
NEWS = sorted((ROOT / "tests" / "fixtures" / "news").glob("*.html"))[:4]

pytestmark = pytest.mark.skipif(not FILMFACTS.exists(), reason="filmfacts is not installed beside this Python")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(FILMFACTS), *args], capture_output=True, env=env, timeout=300, check=False)


def ascii_env(how: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIOENCODING", "PYTHONUTF8"))}
    if how == "PYTHONIOENCODING":
        env["PYTHONIOENCODING"] = "ascii"
    else:  # the C locale, with Python told not to make it UTF-8 on its own
        env |= {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    return env


@pytest.mark.parametrize("how", ["PYTHONIOENCODING", "LANG=C"])
def test_output_to_a_terminal_that_is_not_utf8(tmp_path: Path, how: str) -> None:
    db, env = str(tmp_path / "a.db"), ascii_env(how)
    assert run("--db", db, "build", *map(str, SEEDS), env=env).returncode == 0
    commands = [["show", "Miracle in Cell No. 7"], ["people", "Oh Dal-su"], ["conflicts"], ["sources"]]
    for command in commands if how == "PYTHONIOENCODING" else commands[:1]:  # kept short: each is a process
        done = run("--db", db, *command, env=env)
        assert done.returncode == 0, done.stderr.decode("ascii", "replace")
        assert b"Traceback" not in done.stderr and b"UnicodeEncodeError" not in done.stderr
        done.stdout.decode("ascii")  # what the terminal cannot show is replaced, never an error
        if command[0] == "show":
            shown = done.stdout.decode("ascii")
            assert "Miracle in Cell No. 7" in shown and "7??? ??  (Hangul)" in shown  # as the terminal can
    # JSON is the same data, its non-ASCII escaped
    assert json.loads(run("--db", db, "export", env=env).stdout) == json.loads(run("--db", db, "export").stdout)
    missing = run("--db", db, "show", "기생충", env=env)
    assert missing.returncode == 4 and missing.stderr.decode("ascii").startswith("error: no film titled")


def test_two_builds_at_once_on_a_new_store_both_finish_with_everything(tmp_path: Path) -> None:
    for round_ in range(2):
        db = str(tmp_path / f"new{round_}.db")
        inputs = ([*map(str, SEEDS)], [*map(str, NEWS), str(SEEDS[0])])  # overlapping: one document in both
        procs = [subprocess.Popen([str(FILMFACTS), "--db", db, "build", *paths], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE) for paths in inputs]
        outcomes = [(p.wait(timeout=300), p.stderr.read().decode() if p.stderr else "") for p in procs]
        for proc in procs:
            for stream in (proc.stdout, proc.stderr):
                if stream:
                    stream.close()
        assert [code for code, _ in outcomes] == [0, 0], outcomes
        sources = json.loads(run("--db", db, "sources", "--json").stdout)
        assert len(sources) == len(SEEDS) + len(NEWS)
