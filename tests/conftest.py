"""Tiny in-process fixtures: a store in a temporary folder, the CLI runner, the shared data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from filmfacts.cli import app
from filmfacts.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FILMFACTS_SHARED") or ROOT.parent / "shared")  # the team's data, beside the checkout
FILMS = ROOT / "tests" / "fixtures" / "films"
EXAMPLES = ROOT / "src" / "filmfacts" / "examples"


def shared(*parts: str) -> Path:
    """A path under ../shared, or a skip when this checkout has no shared folder beside it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


BACKENDS = ["sqlite", "postgresql"]


def backend_target(backend: str, tmp_path: Path) -> str | Path:
    """Where a test store lives: a SQLite file, or the PostgreSQL database named by
    FILMFACTS_TEST_POSTGRES (set by .ci/run, which installs and starts a server)."""
    if backend == "sqlite":
        return tmp_path / "test.db"
    url = os.environ.get("FILMFACTS_TEST_POSTGRES", "")
    if not url:
        pytest.skip("no PostgreSQL server: set FILMFACTS_TEST_POSTGRES (bash scripts/start-postgres.sh prints one)")
    return url


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The same store tests on every backend."""
    s = Store(backend_target(request.param, tmp_path))
    yield s
    if request.param != "sqlite":
        from filmfacts.store import schema

        schema.metadata.drop_all(s.engine)  # each test starts from an empty database
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


@pytest.fixture(scope="session")
def served_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the bundled examples and the news and article fixtures (tests/served.py), built once."""
    from served import served_db as build

    return build(tmp_path_factory.mktemp("served"))


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of documents whose every field carries markup and script (tests/fixtures/hostile_web)."""
    from served import hostile_db as build

    return build(tmp_path_factory.mktemp("hostile"))
