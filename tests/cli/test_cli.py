"""The commands as a user runs them, through CliRunner, on a store in a temporary folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLES, FILMS

SEEDS = sorted(EXAMPLES.glob("*.txt"))


def snapshot(cli) -> str:  # type: ignore[no-untyped-def]
    """Everything a user can read back: the export and the list of documents with their claim counts."""
    return cli("export").output + cli("sources", "--json").output


def test_build_show_conflicts_people_sources(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("build", *map(str, SEEDS))
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output

    shown = cli("show", "Miracle in Cell No.7")
    assert shown.exit_code == 0, shown.output
    for expected in ("7번방의 선물", "7番房의 膳物", "Cast", "Box office timeline", "Awards", "Remakes",
                     "Conflicts", "box office rank", "Chuncheon"):
        assert expected in shown.output, expected

    card = json.loads(cli("show", "miracle in cell no 7", "--json").output)
    assert card["title"] == "Miracle in Cell No. 7"
    assert len(card["conflicts"]) == 5

    conflicts = json.loads(cli("conflicts", "--json").output)
    props = sorted(c["property"] for c in conflicts[0]["conflicts"])
    assert props == ["based_on_event_date", "box_office_rank", "character", "remake_status", "remake_year"]
    rank = next(c for c in conflicts[0]["conflicts"] if c["property"] == "box_office_rank")
    assert sorted(rank["values"].values()) == [5, 7]
    assert all(e["quote"].startswith("On March 15, 2013") for e in rank["evidence"])

    people = json.loads(cli("people", "Oh Dal Soo", "--json").output)
    assert people[0]["name"] == "Oh Dal-su"
    assert set(people[0]["names"]) == {"Oh Dal-su", "Oh Dal Soo", "Oh Dal Su"}

    sources = json.loads(cli("sources", "--json").output)
    assert {(s["format"], s["kind"], s["site"]) for s in sources} == {
        ("wikipedia_extract", "encyclopedia", "Wikipedia"), ("rendered_wiki", "fan_wiki", "Drama Wiki")}
    assert all(s["claims"] > 20 for s in sources)


def test_building_twice_changes_nothing(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("build", *map(str, SEEDS)).exit_code == 0
    first = json.loads(cli("export").output)
    again = cli("build", *map(str, SEEDS))
    assert again.exit_code == 0 and "0 new, 0 re-extracted, 2 unchanged" in again.output
    assert json.loads(cli("export").output) == first


def test_demo_runs_from_the_bundled_documents(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("demo")
    assert result.exit_code == 0, result.output
    assert "Miracle in Cell No. 7" in result.output and "Conflicts" in result.output


def test_overrides(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("build", "--kind", "blog", "--site", "My Film Blog", "--published", "2014-01-02", str(SEEDS[0]))
    assert result.exit_code == 0, result.output
    (row,) = json.loads(cli("sources", "--json").output)
    assert (row["kind"], row["site"], row["published"]) == ("blog", "My Film Blog", "2014-01-02")
    bad = cli("build", "--kind", "novel", str(SEEDS[0]))
    assert bad.exit_code == 2 and "unknown document kind 'novel'" in bad.output


RAGGED = """| This page uses content from an article at Wikipedia. |
Some Film (영화) is a 2001 South Korean film starring Kim Min-ki.
Awards[]
| Award | Category | Recipient(s) | Outcome |
|---|---|---|---|
| 1st Film Awards | Best Actor | Kim Min-ki | Won |
| 1st Film Awards | Best Actor | Kim Min-ki | Won | extra | cells |
"""


def bad_inputs(tmp: Path) -> dict[str, tuple[list[str], str]]:
    (tmp / "empty.txt").write_text("")
    (tmp / "binary.bin").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (tmp / "latin1.txt").write_bytes("== Cast ==\nCafé as Noël\n".encode("latin-1"))
    (tmp / "emptydir").mkdir()
    (tmp / "nofilm.txt").write_text("Seoul is the capital of South Korea.\n\n== History ==\nIt is old.\n")
    (tmp / "ragged.txt").write_text(RAGGED)
    (tmp / "notes.txt").write_text("just some words with no structure at all\n")
    return {
        "empty file": ([str(tmp / "empty.txt")], "the file is empty"),
        "binary file": ([str(tmp / "binary.bin")], "binary file"),
        "not UTF-8": ([str(tmp / "latin1.txt")], "not UTF-8"),
        "empty folder": ([str(tmp / "emptydir")], "holds no files"),
        "missing path": ([str(tmp / "nope.txt")], "no such file or folder"),
        "about no film": ([str(tmp / "nofilm.txt")], "does not say which film"),
        "ragged table": ([str(tmp / "ragged.txt")], "has 6 cells but the header has 4 columns"),
        "unknown format": ([str(tmp / "notes.txt")], "no reader recognises"),
    }


@pytest.mark.parametrize("case", ["empty file", "binary file", "not UTF-8", "empty folder", "missing path",
                                  "about no film", "ragged table", "unknown format"])
def test_bad_input_is_one_clear_line_and_the_store_is_unchanged(cli, tmp_path: Path, case: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("build", *map(str, SEEDS)).exit_code == 0
    before = snapshot(cli)
    args, message = bad_inputs(tmp_path)[case]
    # the bad file comes after a good one: the good one must not land either
    good = tmp_path / "good.txt"
    shutil.copy(FILMS / "parasite" / "wikipedia.txt", good)
    result = cli("build", str(good), *args)
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), result.output
    assert message in " ".join(result.output.split())
    if case not in {"missing path", "empty folder"}:  # those stop before any file is read
        assert "--skip-bad" in result.output
    assert snapshot(cli) == before
    assert len(json.loads(cli("sources", "--json").output)) == 2


def test_skip_bad_reports_and_goes_on(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.txt").write_text("")
    shutil.copy(FILMS / "parasite" / "wikipedia.txt", tmp_path / "parasite.txt")
    result = cli("build", "--skip-bad", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "skipped" in result.output and "empty.txt" in result.output
    assert cli("show", "Parasite").exit_code == 0


def test_unknown_film_and_person(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("build", *map(str, SEEDS)).exit_code == 0
    missing = cli("show", "Nonexistent Film")
    assert missing.exit_code == 4 and "no film titled 'Nonexistent Film'" in missing.output
    assert "Miracle in Cell No. 7" in missing.output
    nobody = cli("people", "Zzyzx Qwerty")
    assert nobody.exit_code != 0 and "no person or role named" in nobody.output


def test_bad_database_path(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from filmfacts.cli import app

    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["--db", str(blocker / "sub" / "x.db"), "sources"])
    assert result.exit_code == 3 and "error:" in result.output and "--db" in result.output


def test_people_says_which_look_alikes_it_kept_apart(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("build", *map(str, SEEDS)).exit_code == 0
    result = cli("people", "Kim Min Ki")
    assert result.exit_code == 0
    assert "kept apart: Kim Min Ki / Kim Min Guk look alike" in " ".join(result.output.split())
