"""A build records the identities of the films and people it touched, not the store's
(`identity.record_part`): what it reads grows with what it touched, and what it records is what
linking the whole store with what the store knows gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import FILMS
from filmfacts import records
from filmfacts.identity import record
from filmfacts.pipeline import build
from filmfacts.sources.dataset import kobis
from filmfacts.store import Store
from test_records import STEPS


def identities(store: Store) -> dict[str, Any]:
    """id → what a user meets of it: kind, names, years, anchors, external ids."""
    return {r["id"]: (r["kind"], sorted(n["text"] for n in r["names"]), r["years"], sorted(r["anchors"]),
                      sorted(map(tuple, r["external_ids"]))) for r in store.identities()}


@pytest.mark.parametrize("batch", [200, 2])
def test_builds_one_at_a_time_record_what_linking_the_whole_store_gives(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    # a batch of 2 units: a person's films are linked apart, their rows merged (one id, every name)
    monkeypatch.setattr(records, "BATCH_UNITS", batch)
    store = Store(tmp_path / "steps.db")
    for paths in STEPS:
        build(paths, store)
    incremental = identities(store)
    assert sum(kind == "person" for kind, *_ in incremental.values()) > 50
    assert in_records(store) <= set(incremental)
    record(store)  # the whole store linked at once, with what it knows
    assert identities(store) == incremental


def test_a_build_into_a_store_reads_the_documents_of_the_films_it_touches(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(tmp_path / "store.db")
    for paths in STEPS[:4]:
        build(paths, store)
    before = {d.id for d in store.documents()}
    read: list[set[str] | None] = []
    for name in ("claims", "documents"):
        original = getattr(Store, name)

        def spy(self: Store, documents: Any = None, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
            read.append(None if documents is None else set(documents))
            return _original(self, documents, *args, **kwargs)

        monkeypatch.setattr(Store, name, spy)
    report = build([FILMS / "the-host"], store)
    assert report.added and read
    assert None not in read  # never every document of the store
    loaded = set().union(*(r for r in read if r is not None))
    new = {d.id for d in store.documents()} - before
    # the new pages and the stored documents about their film (The Host), and KOBIS's lists, which its
    # box-office ranks are checked against; none of the others
    touched = {d for r in store.records() if new & set(r["sources"]) for d in r["sources"]}
    lists = set(store.ids_of_format(kobis.FORMAT))
    assert new <= loaded <= touched | new | lists
    assert before - touched - lists - loaded  # the other films' documents, left unread


def test_a_later_film_of_another_hangul_name_of_one_romanization_is_another_person(tmp_path: Path) -> None:
    import json

    from cli.test_identities import MORE, ROWS

    store = Store(tmp_path / "store.db")
    for i, rows in enumerate((ROWS[:3], ROWS[3:], MORE)):
        path = tmp_path / f"rows{i}.json"
        path.write_text(json.dumps(rows), encoding="utf-8")
        build([path], store)
    incremental = identities(store)
    hangul = sorted(names for kind, names, *_ in incremental.values()
                    if kind == "person" and {"이서진", "이수진"} & set(names))
    assert hangul == [["이서진"], ["이수진"]]  # Sea Fog's and Harbor's, two people
    # each keeps its id: the one its film's record names (linking the whole store again would give
    # Sea Fog's an id of its split name, which its record, not reconciled again, does not have)
    assert in_records(store) <= set(incremental)


def in_records(store: Store) -> set[str]:
    return {e["id"] for r in store.records() for e in r["people"]} | {r["id"] for r in store.records()}


def _film(title: str, year: int, cast: list[str]) -> dict[str, object]:
    return {"title": title, "year": year, "cast": cast, "genres": ["Drama"], "href": title.replace(" ", "_"),
            "extract": f"{title} is a {year} American film starring {' and '.join(cast)}."}


def test_an_identity_joined_into_another_stays_joined_when_a_later_film_names_it(tmp_path: Path) -> None:
    import json

    steps = [[_film("Alpha Road", 2001, ["Smith"]), _film("Delta Park", 2005, ["Will Smith"])],
             [_film("Beta Street", 2002, ["Will Smith", "Smith"])],  # one person: Smith is Will Smith
             [_film("Charlie Way", 2004, ["Will Smith"])]]  # linked alone: Will Smith's own id names Smith
    store = Store(tmp_path / "store.db")
    seen = []
    for i, rows in enumerate(steps):
        path = tmp_path / f"rows{i}.json"
        path.write_text(json.dumps(rows), encoding="utf-8")
        build([path], store)
        seen.append(sorted(names for kind, names, *_ in identities(store).values() if kind == "person"))
    assert seen == [[["Smith"], ["Will Smith"]], [["Smith", "Will Smith"]], [["Smith", "Will Smith"]]]
    incremental = identities(store)
    record(store)
    assert identities(store) == incremental


KOBIS_MOVIES = (",Movie,Audience,Open,Screen,watchGradeNm,genres\n"
                "19820019,만추,849371,2011-02-17,1,15세이상관람가,멜로/로맨스\n")
KOBIS_DAILY = ("rnum,rank,rankInten,rankOldAndNew,movieCd,movieNm,openDt,salesAmt,salesShare,salesInten,salesChange,"
               "salesAcc,audiCnt,audiInten,audiChange,audiAcc,scrnCnt,showCnt,dt,multiMovieYn,repNationCd\n"
               "7,7,0,NEW,19820019,만추 리마스터링,2011-02-17,1358000,0.0,1358000,100.0,6498518650,194,194,100.0,"
               "865841,1,1,20240426,,K\n")


@pytest.mark.parametrize("together", [True, False])
def test_two_titles_of_one_external_id_are_one_unit_in_a_later_build(tmp_path: Path, together: bool) -> None:
    # the shared KOBIS folder built into a store of news pages failed (UNIQUE constraint failed:
    # records.film_id): KOBIS's movie list has 만추 and its daily box office 만추 리마스터링 under one
    # movie code, which linking joins into one film, and the refresh had put their titles in two units
    # that both took its id
    import json

    store = Store(tmp_path / "store.db")
    first = tmp_path / "rows.json"
    first.write_text(json.dumps([_film("Alpha Road", 2001, ["Will Smith"])]), encoding="utf-8")
    build([first], store)  # the store holds something: the KOBIS files' identities are recorded by parts
    movies, daily = tmp_path / "kobis" / "movies.csv", tmp_path / "kobis" / "daily.csv"
    movies.parent.mkdir()
    movies.write_text(KOBIS_MOVIES, encoding="utf-8")
    daily.write_text(KOBIS_DAILY, encoding="utf-8")
    for paths in ([movies.parent],) if together else ([movies], [daily]):
        build(paths, store)
    late_autumn = [r for r in store.records() if {"만추", "만추 리마스터링"} & set(r["titles"])]
    both = ["만추", "만추 리마스터링"]
    assert [sorted(set(both) & set(r["titles"])) for r in late_autumn] == [both]  # one film, one record
    ident = {r["id"]: r for r in store.identities()}[late_autumn[0]["id"]]
    assert {"film:manchu|2011", "film:manchulimaseuteoling|2011", "kobis:19820019"} <= set(ident["anchors"])
    incremental = identities(store)
    record(store)
    assert identities(store) == incremental


def test_a_first_build_past_the_link_limit_links_a_part_at_a_time(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The first build of a store linked the whole store in memory to record its identities (189 MB for
    10,000 dataset rows against 71 MB for 1,000): past `--link-at-once` documents it is linked a part at
    a time, as later builds are, and on these documents records the identities one link gives."""
    import filmfacts.identity
    from filmfacts.sources.limits import Limits, limited

    paths = [p for step in STEPS for p in step]
    whole = Store(tmp_path / "whole.db")
    assert build(paths, whole).linked_in_parts == 0
    with limited(Limits(link=5)):
        monkeypatch.setattr(filmfacts.identity, "record", lambda store: pytest.fail("linked the whole store"))
        parts = Store(tmp_path / "parts.db")
        report = build(paths, parts)
    assert report.linked_in_parts == parts.counts()["documents"] > 5
    assert identities(parts) == identities(whole)
    assert {r["id"]: r for r in parts.records()} == {r["id"]: r for r in whole.records()}


def test_documents_read_again_in_a_store_past_the_link_limit_keep_no_name_they_no_longer_give(
        tmp_path: Path) -> None:
    """A part keeps what other units gave a person, so past `--link-at-once` a name (or a person) that
    documents read by an older filmfacts gave, and read again no longer give, stayed for good; one
    link of the whole store drops it. Every identity is now recorded again, a part at a time."""
    import json
    import sqlite3

    from filmfacts.sources.limits import Limits, limited

    paths = [p for step in STEPS for p in step]
    whole = Store(tmp_path / "whole.db")
    build(paths, whole)
    with limited(Limits(link=5)):
        parts = Store(tmp_path / "parts.db")
        build(paths, parts)
        # what an older filmfacts read: another name for a person, and a person no document names now
        with sqlite3.connect(tmp_path / "parts.db") as db:
            ident, names = db.execute("SELECT id, names FROM identities WHERE kind = 'person' ORDER BY id").fetchone()
            names = [*json.loads(names), {"text": "Sung Kang Ho Jr", "script": "Latin", "language": "en"}]
            db.execute("UPDATE identities SET names = ? WHERE id = ?", (json.dumps(names), ident))
            db.execute("INSERT INTO identities VALUES ('person:wars', 'person', 'Wars', ?, '[]', '[]', ?, '[]', "
                       "'2024-01-01')", (json.dumps([{"text": "Wars", "script": "Latin", "language": "en"}]),
                                         json.dumps(["person:wars"])))
            db.execute("UPDATE documents SET versions = '{}'")
        report = build(paths, parts)
    assert report.replaced == parts.counts()["documents"] and report.linked_in_parts > 5
    assert identities(parts) == identities(whole)


def test_a_name_first_linked_whole_keeps_its_identity_when_a_later_film_splits_its_romanization(
        tmp_path: Path) -> None:
    # 이서진 and 이수진 romanize alike: a film naming only 이서진 links the name whole (person:risujin), a
    # later film naming both splits it (person:risujin#이서진, …#이수진); 이서진 was made a second person
    # (KOBIS and the awards: 70 of 13,794 people split so, 이병헌's 13 films in two)
    import json

    store = Store(tmp_path / "store.db")
    for i, rows in enumerate(([_film("Sea Fog", 2014, ["이서진"])],
                              [_film("Harbor", 2016, ["이서진", "이수진"])])):
        path = tmp_path / f"rows{i}.json"
        path.write_text(json.dumps(rows), encoding="utf-8")
        build([path], store)
    credited: dict[str, set[str]] = {}
    for r in store.records():
        for person in r["people"]:
            credited.setdefault(person["name"], set()).add(person["id"])
    assert len(credited["이서진"]) == 1 and credited["이수진"] != credited["이서진"]
    people = sorted(names for kind, names, *_ in identities(store).values() if kind == "person")
    assert people == [["이서진"], ["이수진"]]
