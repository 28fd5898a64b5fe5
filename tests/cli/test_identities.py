"""Identities as a user meets them: ambiguity shown, ids that survive rebuilds, curation that holds."""

from __future__ import annotations

import json
from pathlib import Path

ROWS = [
    {"title": "Titanic", "year": 1953, "cast": ["Clifton Webb", "Barbara Stanwyck"], "genres": ["Drama"],
     "href": "Titanic_(1953_film)", "extract": "Titanic is a 1953 American drama film directed by Jean "
     "Negulesco and starring Clifton Webb and Barbara Stanwyck."},
    {"title": "Titanic", "year": 1997, "cast": ["Leonardo DiCaprio", "Kate Winslet"], "genres": ["Romance"],
     "href": "Titanic_(1997_film)", "extract": "Titanic is a 1997 American epic romance film directed by "
     "James Cameron and starring Leonardo DiCaprio and Kate Winslet."},
    {"title": "Sea Fog", "year": 2014, "cast": ["이서진"], "genres": ["Drama"], "href": "Sea_Fog",
     "extract": "Sea Fog is a 2014 South Korean film directed by Shim Sung-bo."},
    {"title": "Harbor", "year": 2016, "cast": ["이수진"], "genres": ["Drama"], "href": "Harbor_(film)",
     "extract": "Harbor is a 2016 South Korean film directed by Kim Dae-woo."},
]
MORE = [{"title": "Titanic", "year": 1997, "cast": ["Billy Zane"], "genres": ["Disaster"],
         "href": "Titanic_(1997_film)", "extract": "Titanic is a 1997 American disaster film directed by "
         "James Cameron, starring Billy Zane."}]


def _rows(tmp_path: Path, name: str, rows: list[dict[str, object]]) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(rows), encoding="utf-8")
    return str(path)


def _films(cli) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """title (year) → id, from the export."""
    data = json.loads(cli("export").output)
    out = {}
    for f in data["films"]:
        year = next(x["value"] for x in f["facts"] if x["property"] == "publication_year")
        out[f"{f['title']} ({year})"] = f["id"]
    return out


def _cast(output: str) -> list[str]:
    return [f["value"] for f in json.loads(output)["facts"] if f["property"] == "cast_member"]


def test_a_title_two_films_bear_lists_both_and_asks_for_one(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("build", _rows(tmp_path, "rows.json", ROWS)).exit_code == 0
    shown = cli("show", "Titanic")
    assert shown.exit_code == 6
    assert "2 films are titled 'Titanic'" in shown.output
    assert "Titanic (1953, directed by Jean Negulesco)" in shown.output
    assert "Titanic (1997, directed by James Cameron)" in shown.output
    assert len(shown.output.strip().splitlines()) == 1
    one = cli("show", "Titanic (1997)", "--json")
    assert one.exit_code == 0 and _cast(one.output) == ["Leonardo DiCaprio", "Kate Winslet"]
    ident = _films(cli)["Titanic (1953)"]
    assert _cast(cli("show", ident, "--json").output) == ["Clifton Webb", "Barbara Stanwyck"]
    assert f"Identity {ident}" in cli("show", ident).output


def test_two_people_of_one_name_are_both_shown_with_what_tells_them_apart(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("build", _rows(tmp_path, "rows.json", ROWS)).exit_code == 0
    found = cli("people", "Lee Su-jin")
    assert found.exit_code == 6
    assert "이서진" in found.output and "이수진" in found.output
    assert "in Sea Fog (2014, directed by Shim Sung-bo)" in found.output
    assert "in Harbor (2016, directed by Kim Dae-woo)" in found.output
    person = json.loads(cli("export").output)["people"]
    ident = next(p["id"] for p in person if p["name"] == "이서진")
    assert cli("people", ident).exit_code == 0


def test_ids_survive_a_rebuild_and_a_new_document(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("build", _rows(tmp_path, "rows.json", ROWS)).exit_code == 0
    before = _films(cli)
    assert cli("build", _rows(tmp_path, "more.json", MORE)).exit_code == 0
    after = _films(cli)
    assert after == before
    data = json.loads(cli("export").output)
    titanic = next(f for f in data["films"] if f["id"] == before["Titanic (1997)"])
    assert len(titanic["documents"]) == 2  # the new document joined the identity


def test_curation_holds_over_rebuilds_is_exported_and_shown(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(tmp_path, "rows.json", ROWS)
    assert cli("build", rows).exit_code == 0
    ids = _films(cli)
    done = cli("same", "Titanic (1953)", ids["Titanic (1997)"], "--because", "test: one record wanted")
    assert done.exit_code == 0, done.output
    assert "are one (test: one record wanted)" in done.output
    assert cli("build", rows, _rows(tmp_path, "more.json", MORE)).exit_code == 0  # rebuild, a new document
    shown = cli("show", "Titanic")
    assert shown.exit_code == 0, shown.output
    assert "curated, overrides the automatic decision: joined by a curator" in shown.output
    data = json.loads(cli("export").output)
    assert [(c["verdict"], c["because"]) for c in data["curations"]] == [("same", "test: one record wanted")]
    titanic = next(f for f in data["films"] if f["title"] == "Titanic")
    assert titanic["identity_decisions"]["decisions"][0]["by"] == "curator"
    # the curator changes their mind: two films again, under the ids they had
    undo = cli("different", ids["Titanic (1953)"], ids["Titanic (1997)"], "--because", "two films after all")
    assert undo.exit_code == 0, undo.output
    assert cli("show", "Titanic").exit_code == 6
    assert _films(cli) == ids


def test_a_curation_naming_an_unknown_id_is_refused_with_the_candidates(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("build", _rows(tmp_path, "rows.json", ROWS)).exit_code == 0
    refused = cli("same", "f000000000ab", "Titanic (1997)", "--because", "x")
    assert refused.exit_code == 4
    assert "no film or person has the id 'f000000000ab'; candidates:" in refused.output
    assert "Titanic (1997)" in refused.output
    ambiguous = cli("different", "Titanic", "Sea Fog", "--because", "x")
    assert ambiguous.exit_code == 6 and "2 identities are named 'Titanic'" in ambiguous.output
    no_reason = cli("same", "Titanic (1953)", "Titanic (1997)", "--because", " ")
    assert no_reason.exit_code == 2 and "needs its reason" in no_reason.output
    assert json.loads(cli("export").output)["curations"] == []
