"""Tiny in-process fixtures: a store in a temporary folder, the CLI runner, the shared data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmfacts.cli import app
from filmfacts.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FILMS = ROOT / "tests" / "fixtures" / "films"
EXAMPLES = ROOT / "src" / "filmfacts" / "examples"


def shared(*parts: str) -> Path:
    """A path under ../shared, or a skip when this checkout has no shared folder beside it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli(runner: CliRunner, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run `filmfacts --db <tmp> ARGS`; returns the click Result."""
    db = tmp_path / "cli.db"

    def run(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(app, ["--db", str(db), *args])

    run.db = db  # type: ignore[attr-defined]
    return run
