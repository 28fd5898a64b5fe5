"""`filmfacts timeline TITLE`: every source's cumulative admissions by day, a table and a PNG chart."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from filmfacts.cli import app
from filmfacts.model import Claim, Document, Quantity, Time, claim, document_id
from filmfacts.store import Extracted, Store

FILM = "The Attorney"  # released 2013-12-18; 10 million admissions on 2014-01-19 (day 33); 11,374,610 in all


def doc(text: str, site: str, kind: str, published: str) -> Document:
    return Document(document_id(site + text), f"{site}.txt", "article", kind, site, text, published=published,
                    title=FILM)


def said(d: Document, prop: str, value: Quantity | Time, **q: Any) -> Claim:
    return claim(FILM, prop, value, d.span(0, len(d.text)), "test", "1", q)


@pytest.fixture
def db(tmp_path: Path) -> str:
    kobis = doc("변호인 (The Attorney), released 2013-12-18, daily admissions.", "KOBIS", "dataset", "2020-03-20")
    herald = doc("The Attorney drew 11.09 million viewers by Saturday.", "Korea Herald", "news", "2014-01-26")
    forum = doc("Attorney is at 113.7 million now lol", "DC forum", "forum", "2014-02-21")
    daily = [(1, 214_000), (5, 1_090_000), (12, 3_920_000), (19, 6_640_000), (26, 8_820_000), (33, 10_010_000),
             (47, 11_150_000), (60, 11_300_000)]
    kobis_claims = [said(kobis, "release_date", Time("2013-12-18"))] + [
        said(kobis, "admissions", Quantity(float(n)), days_since_release=day, time_from="dataset")
        for day, n in daily]
    extracted = [
        Extracted(kobis, FILM, tuple(kobis_claims)),
        Extracted(herald, FILM, (said(herald, "admissions", Quantity(11_090_000, approx=True),
                                      point_in_time="2014-01-25", time_from="sentence"),
                                 said(herald, "admissions_milestone", Quantity(10_000_000), days_since_release=33))),
        Extracted(forum, FILM, (said(forum, "admissions", Quantity(113_700_000, approx=True),
                                     point_in_time="2014-02-20", time_from="published"),)),
    ]
    store = Store(tmp_path / "t.db")
    store.write(extracted, {}, "test")
    store.close()
    return str(tmp_path / "t.db")


def test_timeline_table_and_chart(db: str, tmp_path: Path) -> None:
    chart = tmp_path / "out" / "attorney.png"
    result = CliRunner().invoke(app, ["--db", db, "timeline", "attorney", "--chart", str(chart)],
                                env={"COLUMNS": "150"})
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if "│" in line]
    assert any("33" in r and "≥ 10,000,000" in r and "Korea Herald" in r for r in rows)
    assert any("39" in r and "2014-01-25" in r and "11,090,000" in r for r in rows)
    assert any("113,700,000" in r and "DC forum" in r and "typo" in r for r in rows)
    assert sum("typo" in r for r in rows) == 1  # what the typo is judged against is not marked
    assert f"Chart written to {chart}" in result.output.replace("\n", "")
    data = chart.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    import matplotlib.image

    pixels = matplotlib.image.imread(chart)
    assert len({tuple(px) for px in pixels.reshape(-1, pixels.shape[-1])[::7]}) > 10  # not a blank image


def test_timeline_json_has_every_source_point(db: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--db", db, "timeline", FILM, "--json", "--chart", str(tmp_path / "c.png")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)  # a note that the records were built goes to stderr
    assert data["released"] == "2013-12-18" and Path(data["chart"]).exists()
    by_site: dict[str, list[dict[str, Any]]] = {}
    for p in data["points"]:
        by_site.setdefault(p["site"], []).append(p)
    assert [p["days"] for p in by_site["KOBIS"]] == [1, 5, 12, 19, 26, 33, 47, 60]
    assert by_site["KOBIS"][-1]["date"] == "2014-02-15"  # day 60 from 2013-12-18, the release day being day 1
    assert {p["verdict"] for p in by_site["DC forum"]} == {"typo"}


def test_default_chart_path_is_the_title_slug(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["--db", db, "timeline", FILM])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "the-attorney-timeline.png").stat().st_size > 10_000


def test_unknown_film_and_undated_film_are_clear_errors(db: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--db", db, "timeline", "Nonexistent Picture"])
    assert result.exit_code == 4 and "no film titled 'Nonexistent Picture'" in result.output
    store = Store(db)
    other = doc("Another film was released.", "Korea Times", "news", "2014-02-01")
    store.write([Extracted(other, "Ode to My Father", (claim("Ode to My Father", "admissions",
                                                             Quantity(14_000_000, approx=True),
                                                             other.span(0, 5), "test", "1", {"undated": True}),))],
                {}, "test")
    store.close()
    result = CliRunner().invoke(app, ["--db", db, "timeline", "Ode to My Father", "--chart", str(tmp_path / "x.png")])
    assert result.exit_code == 2 and "no dated cumulative admissions" in result.output
    assert not (tmp_path / "x.png").exists()
