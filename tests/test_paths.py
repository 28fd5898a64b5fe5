"""Tests, benches and notes find the team's data from the repository (../shared, or FILMFACTS_SHARED):
a clone anywhere else must not silently skip tests or lose its benches."""

from __future__ import annotations

import re

from conftest import ROOT

ABSOLUTE = re.compile(r"/work/(?:shared|main)\b")


def test_no_absolute_data_paths() -> None:
    files = [p for folder in ("tests", "bench", "docs") for p in (ROOT / folder).rglob("*")
             if p.suffix in {".py", ".md"} and "cache" not in p.parts and p.name != "test_paths.py"]
    files += [ROOT / "README.md"]
    named = [str(p.relative_to(ROOT)) for p in files if ABSOLUTE.search(p.read_text(encoding="utf-8"))]
    assert named == []
