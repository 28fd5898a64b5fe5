"""Tests, benches and notes find the team's data from the repository (../shared, or FILMFACTS_SHARED):
a clone anywhere else must not silently skip tests or lose its benches."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from conftest import ROOT

ABSOLUTE = re.compile(r"/work/(?:shared|main)\b")
TEXT = {".py", ".md", ".sh", ".toml", ".cfg", ".ini", ".yml", ".yaml", ".txt", ""}


def tracked() -> list[tuple[str, str]]:
    """(mode, path) of every file the repository tracks."""
    try:
        out = subprocess.run(["git", "ls-files", "-s"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [(line.split()[0], line.split("\t", 1)[1]) for line in out.splitlines()]


def test_no_absolute_data_paths() -> None:
    files = [ROOT / path for mode, path in tracked()
             if mode != "120000" and (ROOT / path).suffix in TEXT and not path.startswith("bench/corpus/pages/")
             and path != "tests/test_paths.py"]
    named = [str(p.relative_to(ROOT)) for p in files
             if p.is_file() and ABSOLUTE.search(p.read_text(encoding="utf-8", errors="replace"))]
    assert named == []


def test_no_link_to_an_absolute_path() -> None:
    """A worktree's link to a shared folder (bench/corpus/cache) is made on the machine, never committed."""
    links = [path for mode, path in tracked() if mode == "120000"]
    assert [p for p in links if os.path.isabs(os.readlink(ROOT / p))] == []
