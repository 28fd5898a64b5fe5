"""The JSON API over a real store (the bundled examples and the news fixtures), with FastAPI's TestClient."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from conftest import ROOT
from filmfacts.api import create_app

MIRACLE = "fbcc4ce1fabe"
ERROR_KEYS = {"status", "code", "message", "hint", "detail"}


@pytest.fixture(scope="module")
def client(served_db: Path) -> TestClient:
    return TestClient(create_app(served_db))


def miracle(client: TestClient) -> dict[str, Any]:
    found = client.get("/api/films", params={"q": "Miracle in Cell No. 7"}).json()["items"]
    assert [f["title"] for f in found] == ["Miracle in Cell No. 7"]
    return found[0]


@pytest.mark.parametrize("q", ["7번방의 선물", "7番房의 膳物", "7beonbangui Seonmul", "miracle in cell no.7",
                               "CELL NO 7"])
def test_a_film_is_found_by_any_title_in_any_script(client: TestClient, q: str) -> None:
    page = client.get("/api/films", params={"q": q}).json()
    assert [f["id"] for f in page["items"]] == [miracle(client)["id"]]
    assert page["items"][0]["year"] == 2013 and page["items"][0]["directors"] == ["Lee Hwan-kyung"]


def test_year_and_director_tell_films_apart(client: TestClient) -> None:
    def ids(**params: Any) -> list[str]:
        return [f["title"] for f in client.get("/api/films", params=params).json()["items"]]

    assert ids(q="Miracle", year=2013) == ["Miracle in Cell No. 7"]
    assert ids(q="Miracle", year=2012) == []
    assert ids(q="Miracle", director="Lee Hwan Kyung") == ["Miracle in Cell No. 7"]  # another spelling
    assert ids(q="Miracle", director="Bong Joon-ho") == []
    assert "Miracle in Cell No. 7" in ids(director="lee hwan-kyung")


def test_films_are_paged(client: TestClient) -> None:
    everything = client.get("/api/films", params={"limit": 200}).json()
    assert everything["total"] == len(everything["items"]) == 25
    first = client.get("/api/films", params={"limit": 10}).json()
    second = client.get("/api/films", params={"limit": 10, "offset": 10}).json()
    assert (first["total"], first["offset"], first["limit"], second["offset"]) == (25, 0, 10, 10)
    assert [f["id"] for f in first["items"] + second["items"]] == [f["id"] for f in everything["items"][:20]]


def test_a_films_record_is_the_exports_with_sources_and_evidence(client: TestClient) -> None:
    record = client.get(f"/api/films/{miracle(client)['id']}").json()
    assert record["title"] == "Miracle in Cell No. 7" and "7번방의 선물" in record["titles"]
    assert {s["script"] for s in record["spellings"]} >= {"Hangul", "Latin"}
    director = next(f for f in record["facts"] if f["property"] == "director")
    assert director["value"] == "Lee Hwan-kyung" and director["wikidata_property"] == "P57"
    assert len(director["evidence"]) == len(director["sources"]) >= 2
    assert len(record["conflicts"]) == 11


def test_conflicts_have_verdicts_explanations_and_quote_spans(client: TestClient, served_db: Path) -> None:
    film_id = miracle(client)["id"]
    answer = client.get(f"/api/films/{film_id}/conflicts").json()
    assert answer["film"] == film_id and len(answer["items"]) == 11
    role = next(c for c in answer["items"] if c["property"] == "character" and c["qualifiers"] == {
        "cast_member": "Kim Ki-cheon"})
    assert role["kind"] == "genuine" and set(role["values"].values()) == {"Old man Da-do", "Old Man Seo"}
    assert role["explanation"].endswith("backs 'Old man Da-do'.")
    # every quote points at its words in its document
    for ev in role["evidence"]:
        text = client.get(f"/api/documents/{ev['document']}").json()["text"]
        assert text[ev["start"]:ev["end"]] == ev["quote"]


def test_timeline_lists_every_sources_cumulative_admissions(client: TestClient) -> None:
    line = client.get(f"/api/films/{miracle(client)['id']}/timeline").json()
    by_day = {(p["site"], p["days"]): p["admissions"] for p in line["points"]}
    assert by_day[("Drama Wiki", 14)] == 4_600_000
    assert by_day[("The Korea Herald", 38)] == 11_090_000
    assert line["title"] == "Miracle in Cell No. 7"


def test_people_every_spelling_and_film(client: TestClient) -> None:
    page = client.get("/api/people", params={"q": "Ryu Seung Ryong"}).json()
    assert [p["name"] for p in page["items"]] == ["Ryu Seung-ryong"]
    person = client.get(f"/api/people/{page['items'][0]['id']}").json()
    assert set(person["names"]) == {"Ryu Seung-ryong", "Ryu Seung Ryong", "Ryoo Seung-ryong"}
    assert {(f["title"], f["property"]) for f in person["films"]} == {("Miracle in Cell No. 7", "cast_member")}
    assert all(s["documents"] for s in person["spellings"])


def test_documents_with_their_claims(client: TestClient) -> None:
    page = client.get("/api/documents", params={"limit": 200}).json()
    assert page["total"] == len(page["items"]) == 24
    herald = next(d for d in page["items"] if d["site"] == "The Korea Herald" and "seventh" in d["title"])
    doc = client.get(f"/api/documents/{herald['id']}").json()
    assert doc["published"] == "2013-03-02" and doc["kind"] == "news"
    assert doc["claims"] and all(doc["text"][c["start"]:c["end"]] == c["quote"] for c in doc["claims"])
    admissions = next(c for c in doc["claims"] if c["property"] == "admissions" and c["value"] == 11_090_000)
    assert admissions["film"] == miracle(client)["id"]


def test_the_export_is_the_clis(client: TestClient, served_db: Path) -> None:
    from typer.testing import CliRunner

    from filmfacts.cli import app

    answer = client.get("/api/export")
    assert answer.headers["content-type"] == "application/json"
    printed = CliRunner().invoke(app, ["--db", str(served_db), "export", "--format", "json"])
    assert printed.exit_code == 0
    assert answer.json() == json.loads(printed.stdout)
    assert answer.json()["format"] == "filmfacts-export/1" and len(answer.json()["films"]) == 25


# ---------------------------------------------------------------- one error shape


def error_of(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]  # type: ignore[no-any-return]


def test_every_error_has_one_shape(client: TestClient) -> None:
    assert error_of(client.get("/api/films/nope"), 404)["code"] == "not_found"
    assert error_of(client.get("/api/people/nope"), 404)["hint"] == "search with GET /api/people?q=NAME"
    assert error_of(client.get("/api/documents/nope"), 404)["code"] == "not_found"
    assert error_of(client.get("/api/nothing/here"), 404)["message"] == "nothing at /api/nothing/here"
    assert error_of(client.delete("/api/films"), 405)["code"] == "method_not_allowed"
    invalid = error_of(client.get("/api/films", params={"limit": 0, "year": "soon"}), 422)
    assert invalid["code"] == "invalid_request"
    assert {tuple(d["loc"]) for d in invalid["detail"]} == {("query", "limit"), ("query", "year")}


def test_an_internal_error_is_500_in_the_same_shape_and_names_no_internals(served_db: Path) -> None:
    app = create_app(served_db)

    def broken(film_id: str) -> None:
        raise RuntimeError("secret internals at /srv/x.py")

    app.state.records.film = broken
    with TestClient(app, raise_server_exceptions=False) as client:
        error = error_of(client.get("/api/films/x"), 500)
    assert error["code"] == "internal_error" and "secret" not in json.dumps(error)


def test_no_page_or_answer_may_load_or_run_anything_foreign(client: TestClient) -> None:
    policy = client.get("/api/films").headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy
    assert client.get("/docs").status_code == 404  # FastAPI's docs page loads its script from a CDN: off


# ---------------------------------------------------------------- writing


NEWS = (ROOT / "tests" / "fixtures" / "news" / "06-news-miracle-38-days.txt").read_text(encoding="utf-8")
STORY = NEWS.replace("11.09 million viewers in 38 days", "11.5 million viewers in 40 days").replace(
    "March 2, 2013", "March 4, 2013")


@pytest.fixture
def writable(served_db: Path, tmp_path: Path) -> TestClient:
    db = tmp_path / "copy.db"
    shutil.copy(served_db, db)
    return TestClient(create_app(db, token="s3cret", recheck=0))


def test_writing_is_off_without_a_token(client: TestClient) -> None:
    error = error_of(client.post("/api/documents", json={"name": "x.txt", "text": STORY},
                                 headers={"Authorization": "Bearer anything"}), 403)
    assert "FILMFACTS_TOKEN" in error["hint"]


@pytest.mark.parametrize("header", [None, "Bearer wrong", "s3cret", "Basic s3cret"])
def test_writing_needs_the_operators_token(writable: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    error_of(writable.post("/api/documents", json={"name": "x.txt", "text": STORY}, headers=headers), 401)
    assert writable.get("/api/documents").json()["total"] == 24


def test_a_document_sent_with_the_token_is_built_and_read(writable: TestClient) -> None:
    auth = {"Authorization": "Bearer s3cret"}
    answer = writable.post("/api/documents", json={"name": "herald-40-days.txt", "text": STORY}, headers=auth)
    assert answer.status_code == 200, answer.text
    built = answer.json()
    assert built["added"] == 1 and built["claims"] > 0 and MIRACLE in built["films"]  # and the films it compares
    line = writable.get(f"/api/films/{MIRACLE}/timeline").json()
    assert any(p["days"] == 40 and p["admissions"] == 11_500_000 for p in line["points"])
    # the same text again changes nothing
    assert writable.post("/api/documents", json={"name": "again.txt", "text": STORY}, headers=auth).json()[
        "unchanged"] == 1


def test_a_bad_document_is_refused_and_the_store_is_unchanged(writable: TestClient) -> None:
    auth = {"Authorization": "Bearer s3cret"}
    error = error_of(writable.post("/api/documents", json={"name": "t.csv", "text": "a,b\n1,2\n3,4\n"},
                                   headers=auth), 422)
    assert error["message"]
    error_of(writable.post("/api/documents", json={"name": "../../etc/x", "text": "x"}, headers=auth), 422)
    assert writable.get("/api/documents").json()["total"] == 24


# ---------------------------------------------------------------- the command


def test_the_cli_starts_without_fastapi() -> None:
    code = "import sys; from filmfacts.cli import app; print(any(m.split('.')[0] in ('fastapi', 'uvicorn', " \
           "'starlette', 'jinja2') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_serve_refuses_a_store_that_does_not_exist(cli: Any, tmp_path: Path) -> None:
    result = cli("serve", "--port", "1")
    assert result.exit_code == 3 and "no database at" in result.output


def test_a_build_beside_the_server_is_read(served_db: Path, tmp_path: Path) -> None:
    from filmfacts.pipeline import build
    from filmfacts.store import Store

    db = tmp_path / "beside.db"
    shutil.copy(served_db, db)
    client = TestClient(create_app(db, recheck=0))
    assert client.get("/api/films", params={"q": "Parasite"}).json()["total"] == 0
    build([ROOT / "tests" / "fixtures" / "films" / "parasite"], Store(db))
    found = client.get("/api/films", params={"q": "기생충"}).json()["items"]
    assert [(f["title"], f["year"]) for f in found] == [("Parasite", 2019)]


def test_the_api_reads_every_backend(store: Any) -> None:
    """SQLite by default, PostgreSQL by URL: the same answers (the store fixture runs on each backend)."""
    from conftest import EXAMPLES
    from filmfacts.pipeline import build

    build([EXAMPLES], store)
    client = TestClient(create_app(store))
    found = client.get("/api/films", params={"q": "7번방의 선물"}).json()["items"]
    assert [(f["id"], f["year"], f["conflicts"]) for f in found] == [(MIRACLE, 2013, 5)]
    record = client.get(f"/api/films/{MIRACLE}").json()
    assert {c["property"] for c in record["conflicts"]} == {"character", "based_on_event_date", "box_office_rank",
                                                            "remake_status", "remake_year"}


def test_serve_says_when_its_port_is_taken(served_db: Path) -> None:
    import socket

    from typer.testing import CliRunner

    from filmfacts.cli import app

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["--db", str(served_db), "serve", "--port", str(port)])
    assert result.exit_code == 2 and f"cannot listen on 127.0.0.1:{port}" in result.output


@pytest.mark.parametrize(("fmt", "kind", "start"), [("jsonld", "application/ld+json", "{"),
                                                     ("csv", "text/csv; charset=utf-8", ""),
                                                     ("quickstatements", "text/plain; charset=utf-8", "")])
def test_every_export_format_is_the_clis(client: TestClient, served_db: Path, fmt: str, kind: str, start: str) -> None:
    from typer.testing import CliRunner

    from filmfacts.cli import app

    answer = client.get("/api/export", params={"format": fmt})
    assert answer.status_code == 200 and answer.headers["content-type"] == kind
    printed = CliRunner().invoke(app, ["--db", str(served_db), "export", "--format", fmt])
    assert printed.exit_code == 0 and answer.text == printed.stdout and answer.text.startswith(start)
    assert "Miracle in Cell No. 7" in answer.text
    error_of(client.get("/api/export", params={"format": "xml"}), 422)
