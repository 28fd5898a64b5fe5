"""The terminal card as a new user reads it (issue 11, item 4): whole explanations at any width, years
as years, words not codes, sources told apart, no empty tables, Hangul drawn in the chart."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from filmfacts.cli import app
from filmfacts.model import Document

SEEDS = sorted(EXAMPLES.glob("*.txt"))
KOBIS = ROOT / "tests" / "fixtures" / "kobis"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "card.db")
    result = CliRunner().invoke(app, ["--db", path, "build", *map(str, SEEDS), str(KOBIS / "tenmillion_sample.csv")])
    assert result.exit_code == 0, result.output
    return path


def flat(text: str) -> str:
    """The output as one line of words: the table borders and the wrapping gone."""
    return " ".join(re.sub(r"[│┃║╭╮╰╯─━┏┓┗┛┡┩┣┫╇╈┳┻┼┠┨└┘┌┐├┤┬┴]", " ", text).split())


@pytest.mark.parametrize("width", ["80", "200"])
def test_card_reads_whole_at_any_width(db: str, width: str) -> None:
    run = CliRunner()
    shown = run.invoke(app, ["--db", db, "show", "Miracle in Cell No. 7"], env={"COLUMNS": width})
    assert shown.exit_code == 0, shown.output
    words = flat(shown.output)
    record = json.loads(run.invoke(app, ["--db", db, "show", "Miracle in Cell No. 7", "--json"]).stdout)
    assert record["conflicts"]
    for conflict in record["conflicts"]:  # every explanation to its verdict, never cut off
        assert " ".join(conflict["explanation"].split()) in words, conflict["explanation"]
        assert f"verdict: {conflict['kind'].replace('_', ' ')}" in words
    assert "Year 2013" in words and "2,013" not in words
    assert "remake year" in words and "2,022" not in words and "2,020" not in words
    for code in ("single_source", "korean_films", "box_office_rank", "single_sour…"):
        assert code not in shown.output, code
    assert "one source" in words and "among: korean films" in words
    assert "12,320,000" in words  # counts keep their separators


def test_no_empty_tables(db: str) -> None:
    """A film KOBIS's list gives only titles and figures for: no Cast, Awards or Production headings."""
    shown = CliRunner().invoke(app, ["--db", db, "show", "명량"], env={"COLUMNS": "120"})
    assert shown.exit_code == 0, shown.output
    assert "Box office timeline" in shown.output
    for heading in ("Cast", "Awards", "Remakes", "Based on", "See also"):
        assert not re.search(rf"^\s*{heading}\s*$", shown.output, re.M), heading


def test_what_documents_say_prints_as_written(db: str) -> None:
    """A title or a role written like rich markup or an emoji code (`[red]x[/]`, `:fire:`) is data: the
    card prints it as written, through the consoles the commands print with."""
    from filmfacts.cli import render
    from filmfacts.cli.app import out

    record = json.loads(CliRunner().invoke(app, ["--db", db, "show", "Miracle in Cell No. 7", "--json"]).stdout)
    record["title"] = "[red]Cell[/] :fire: No. 7"
    cast = next(f for f in record["facts"] if f["property"] == "cast_member")
    cast["qualifiers"]["character"] = ":smile: [b]Gu[/b]"
    with out.capture() as captured:
        render.film_card(out, record)
    card = captured.get()
    assert "[red]Cell[/] :fire: No. 7" in card
    assert ":smile:" in card and "[b]Gu[/b]" in card  # a table cell: wrapped apart
    assert "\N{FIRE}" not in card and "\N{SMILING FACE WITH OPEN MOUTH AND SMILING EYES}" not in card


def test_a_sites_documents_are_told_apart() -> None:
    from filmfacts.reconcile import _site_names

    def doc(i: str, title: str, published: str, source: str) -> Document:
        return Document(id=i, source=source, format="kobis", kind="dataset", site="KOBIS", text="x", title=title,
                        published=published)

    by_title = _site_names([doc("a", "Daily 2024-02-22", "", "/d/x.csv#1"),
                            doc("b", "Daily 2024-02-23", "", "/d/x.csv#2"), doc("c", "Other", "", "/d/y.csv")])
    assert by_title == {"a": "KOBIS · Daily 2024-02-22", "b": "KOBIS · Daily 2024-02-23", "c": "KOBIS · Other"}
    by_file = _site_names([doc("a", "Same", "", "/data/kobis_movie_raw1.csv#line=411"),
                           doc("b", "Same", "", "/data/final_movie_Rev2.csv#line=465")])
    assert by_file == {"a": "KOBIS · kobis_movie_raw1.csv#line=411", "b": "KOBIS · final_movie_Rev2.csv#line=465"}
    assert _site_names([doc("a", "T", "", "f"), doc("b", "T", "", "f")]) == {"a": "KOBIS #1", "b": "KOBIS #2"}
    assert _site_names([doc("a", "", "", "f")]) == {"a": "KOBIS"}


def test_chart_draws_hangul_without_a_warning_per_glyph(tmp_path: Path) -> None:
    from filmfacts.cli.chart import cjk_font, draw
    from filmfacts.reconcile.timeline import Timeline, TimelinePoint

    points = tuple(TimelinePoint("d", "영화진흥위원회", "dataset", f"2024-02-{20 + d}", d, d * 1e6, "dataset")
                   for d in range(1, 6))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a glyph missing from the font would be a warning: here an error
        path, note = draw(Timeline("파묘", "2024-02-22", points), tmp_path / "c.png")
    assert path.stat().st_size > 10_000
    if cjk_font():
        assert note == ""
    else:  # said once, with what to install
        assert "boxes" in note and "fonts-noto-cjk" in note
