"""The export scored against the gold files with the team's scorer (../shared/tools/score_gold.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, FILMS, ROOT, shared


def export(cli, *paths: Path) -> Path:  # type: ignore[no-untyped-def]
    result = cli("build", *map(str, paths))
    assert result.exit_code == 0, result.output
    out = Path(str(cli.db) + ".json")
    result = cli("export", "--format", "json", "--output", str(out))
    assert result.exit_code == 0, result.output
    return out


def score(gold: Path, exported: Path) -> subprocess.CompletedProcess[str]:
    scorer = shared("tools", "score_gold.py")
    return subprocess.run([sys.executable, str(scorer), str(gold), str(exported), "--verbose"],
                          capture_output=True, text=True, cwd=ROOT, check=False)


def test_seed_gold_passes(cli) -> None:  # type: ignore[no-untyped-def]
    done = score(shared("gold", "miracle-in-cell-no-7.json"), export(cli, shared("seeds")))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUMMARY: facts 39/39, awards 33/33, conflicts 5/5 (+0 extra), entity errors 0, copies ok" in done.stdout


def test_bundled_examples_give_the_same_record_as_the_seeds(cli) -> None:  # type: ignore[no-untyped-def]
    """The demo's documents are the seeds: the gold holds for them too (matched by file name)."""
    done = score(shared("gold", "miracle-in-cell-no-7.json"), export(cli, *sorted(EXAMPLES.glob("*.txt"))))
    assert done.returncode == 0, done.stdout


@pytest.mark.parametrize("film", ["train-to-busan", "parasite", "the-host"])
def test_team_written_films_pass_their_gold(cli, film: str) -> None:  # type: ignore[no-untyped-def]
    """Documents about other films, in the same two formats: the same extractors, nothing tuned."""
    done = score(FILMS / f"{film}.gold.json", export(cli, FILMS / film))
    assert done.returncode == 0, done.stdout


def test_export_shape(cli) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(export(cli, *sorted(EXAMPLES.glob("*.txt"))).read_text(encoding="utf-8"))
    assert data["format"] == "filmfacts-export/1"
    (film,) = data["films"]
    assert film["title"] == "Miracle in Cell No. 7"
    kinds = {d["kind"] for d in data["documents"]}
    assert kinds == {"encyclopedia", "fan_wiki"}
    copy = next(d for d in data["documents"] if d["kind"] == "fan_wiki")
    assert copy["copies"] and copy["copy_evidence"][0]["declared"] is True
    assert 0.2 < copy["copy_evidence"][0]["overlap"] < 0.9
    agreed = [f for f in film["facts"] if f["status"] == "agreed"]
    # the fan wiki copies Wikipedia, so agreement between them is one independent source
    assert agreed and all(f["independent_sources"] == 1 for f in agreed)
    for fact in film["facts"]:
        assert fact["evidence"], fact
        for ev in fact["evidence"]:
            assert ev["quote"] and ev["extractor"].count("@") == 1


def test_seed_gold_passes_on_postgresql(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The whole pipeline on the server backend: build, export, score."""
    from conftest import backend_target
    from filmfacts.cli import app
    from filmfacts.store import Store, schema

    url = str(backend_target("postgresql", tmp_path))
    try:
        built = runner.invoke(app, ["--db", url, "build", str(shared("seeds"))])
        assert built.exit_code == 0, built.output
        out = tmp_path / "export.json"
        exported = runner.invoke(app, ["--db", url, "export", "-o", str(out)])
        assert exported.exit_code == 0, exported.output
        done = score(shared("gold", "miracle-in-cell-no-7.json"), out)
        assert done.returncode == 0, done.stdout
    finally:
        store = Store(url)
        schema.metadata.drop_all(store.engine)
        store.close()


def test_statuses_and_kinds_are_the_documented_ones(cli) -> None:  # type: ignore[no-untyped-def]
    from filmfacts.model import CONFLICT_KINDS, FACT_STATUSES

    data = json.loads(export(cli, *sorted(FILMS.glob("*/*.txt"))).read_text(encoding="utf-8"))
    assert {f["status"] for film in data["films"] for f in film["facts"]} <= set(FACT_STATUSES)
    assert {c["kind"] for film in data["films"] for c in film["conflicts"]} <= set(CONFLICT_KINDS)
