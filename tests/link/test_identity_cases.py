"""The identity mistakes found on the shared datasets, each fixed by one mechanism (issue 10)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from filmfacts.link import link
from filmfacts.link.entities import film_key
from filmfacts.link.films import edition_of
from filmfacts.link.identities import Curation, Known
from filmfacts.link.people import Mention, link_people
from filmfacts.model import Document, Name, Quantity, Text, Time, claim, document_id
from filmfacts.pipeline import build, find_film, reconciled
from filmfacts.reconcile import reconcile
from filmfacts.store import Store

KOBIS = Path(__file__).parents[1] / "fixtures" / "kobis"


def _doc(text: str, kind: str = "news", fmt: str = "article", title: str = "") -> Document:
    return Document(document_id(text), f"{kind}.txt", fmt, kind, kind, text, title=title)


def _say(doc: Document, subject: str, prop: str, value, start: int = 0, **q):  # type: ignore[no-untyped-def]
    return claim(subject, prop, value, doc.span(start, start + 5), "test", "1", q)


def test_a_title_of_punctuation_alone_is_a_film_not_an_empty_key() -> None:
    page = _doc("? is a 2011 Indonesian drama film directed by Hanung Bramantyo.", "encyclopedia",
                "wikitext", "? (film)")
    claims = [_say(page, "?", "publication_year", Time("2011", "year")),
              _say(page, "?", "director", Name("Hanung Bramantyo"))]
    assert film_key("?") == "?" and film_key("Parasite") == "parasite"
    recon = reconcile([page], claims)
    assert [f.title for f in recon.films] == ["?"]
    assert {f.property for f in recon.films[0].facts} == {"publication_year", "director"}


def test_a_sentence_opening_it_is_a_pronoun_unless_a_document_titles_its_film_so() -> None:
    report = _doc("Parasite earned $5 million. It sold 1.2 million tickets.")
    other = _doc("Exhuma led the chart. It stayed first.")
    page = _doc("It is a 2017 American horror film.", "encyclopedia", "wikitext", "It (2017 film)")
    claims = [_say(report, "Parasite", "gross", Quantity(5_000_000)),
              _say(report, "It", "admissions", Quantity(1_200_000), 28),
              _say(other, "Exhuma", "box_office_rank", Quantity(1)),
              _say(other, "It", "box_office_rank", Quantity(1), 22),
              _say(page, "It", "publication_year", Time("2017", "year"))]
    linking = link([report, other, page], claims)
    names = {f.id: f.name for f in linking.films}
    assert sorted(names.values()) == ["Exhuma", "It", "Parasite"]
    assert [names[linking.film_of(c)] for c in claims] == ["Parasite", "Parasite", "Exhuma", "Exhuma", "It"]


def test_walsh_and_wars_are_two_people_while_romanized_korean_spellings_meet() -> None:
    entities, _, _ = link_people([Mention("Raoul Walsh", "d1", "f1", "director"),
                                  Mention("Raoul Wars", "d2", "f2", "director"),
                                  Mention("Oh Dal-su", "d3", "f3", "cast"),
                                  Mention("Oh Dal Soo", "d4", "f4", "cast")])
    assert sorted(sorted(e.spellings()) for e in entities) == [
        ["Oh Dal Soo", "Oh Dal-su"], ["Raoul Walsh"], ["Raoul Wars"]]


def test_an_edition_is_its_film_and_its_year_is_the_editions_not_a_year_conflict() -> None:
    assert edition_of("Avatar: Special Edition") == ("Avatar", "Special Edition")
    assert edition_of("Blade Runner (The Final Cut)") == ("Blade Runner", "The Final Cut")
    assert edition_of("Avatar: The Way of Water") is None
    film = _doc("Avatar row 2009", "dataset", "film_rows", "Avatar")
    edition = _doc("Avatar: Special Edition row 2010", "dataset", "film_rows", "Avatar: Special Edition")
    claims = [_say(film, "Avatar", "publication_year", Time("2009", "year")),
              _say(film, "Avatar", "director", Name("James Cameron")),
              _say(edition, "Avatar", "publication_year", Time("2010", "year")),
              _say(edition, "Avatar", "publication_year", Time("2009", "year"), 10),
              _say(edition, "Avatar", "director", Name("James Cameron"))]
    recon = reconcile([film, edition], claims)
    assert len(recon.films) == 1
    facts = {f.property: f for f in recon.films[0].facts}
    assert facts["publication_year"].status == "agreed"
    assert facts["edition_year"].values[0].value == Time("2010", "year")
    assert dict(facts["edition_year"].qualifiers)["edition"] == "Special Edition"
    assert not [f for f in recon.films[0].facts if f.status == "conflict"]


def test_a_kobis_films_english_title_finds_it(tmp_path: Path) -> None:
    store = Store(tmp_path / "k.db")
    build([KOBIS / "top500_sample.csv", KOBIS / "tenmillion_sample.csv"], store)
    film = find_film(reconciled(store, "The Host"), "The Host")
    assert {"괴물", "The Host"} <= set(film.entity.spellings())
    assert len(film.documents) == 2  # the list naming it in Hangul alone comes too


def test_a_foreign_films_hangul_and_english_titles_are_two_titles_not_a_conflict() -> None:
    # KOBIS gives a foreign film's Korean release title and its English title, both as `title`
    top500 = _doc("아바타 row", "dataset", "kobis")
    tenmillion = _doc("아바타 Avatar row", "dataset", "kobis")
    claims = [_say(top500, "아바타", "title", Text("아바타", "ko", "Hangul")),
              _say(tenmillion, "아바타", "title", Text("아바타", "ko", "Hangul")),
              _say(tenmillion, "아바타", "title", Text("Avatar", "en", "Latin"), 4)]
    titles = [f for f in reconcile([top500, tenmillion], claims).films[0].facts if f.property == "title"]
    assert sorted((f.values[0].value.text, f.status) for f in titles) == [  # type: ignore[union-attr]
        ("Avatar", "single_source"), ("아바타", "agreed")]


def test_kobis_rows_of_one_hangul_name_key_keep_two_names_apart() -> None:
    entities, _, _ = link_people([Mention("이서진", "d1", "f1", "cast"), Mention("이수진", "d2", "f2", "cast")])
    assert sorted(sorted(e.spellings()) for e in entities) == [["이서진"], ["이수진"]]



def _known(linking) -> Known:  # type: ignore[no-untyped-def]
    return Known({a: ident for ident, anchors in linking.anchors.items() for a in anchors})


def test_a_new_document_joins_an_identity_and_keeps_its_id() -> None:
    page = _doc("Parasite is a 2019 South Korean film.", "encyclopedia", "wikitext", "Parasite (2019 film)")
    first = [_say(page, "Parasite", "publication_year", Time("2019", "year"))]
    linking = link([page], first)
    ident = linking.films[0].id
    # a page romanizing the title, which gives "Parasite" as its English title: its key sorts first
    other = _doc("Gisaengchung (2019) review", "blog", "article", "Gisaengchung")
    more = [_say(other, "Gisaengchung", "title", Text("Parasite", "en", "Latin")),
            _say(other, "Gisaengchung", "publication_year", Time("2019", "year"))]
    unknown = link([page, other], first + more)
    assert len(unknown.films) == 1 and unknown.films[0].id != ident  # derived afresh, the id would move
    kept = link([page, other], first + more, _known(linking))
    assert [f.id for f in kept.films] == [ident]
    assert set(kept.films[0].spellings()) == {"Parasite", "Gisaengchung"}


def test_a_shared_external_id_joins_and_two_ids_of_one_namespace_keep_apart() -> None:
    a = replace(_doc("Oldboy page", "encyclopedia", "wikitext", "Oldboy"), external_ids=(("imdb", "tt0364569"),))
    b = replace(_doc("Oldeuboi row", "dataset", "film_rows", "Oldeuboi"), external_ids=(("imdb", "tt0364569"),))
    t1 = replace(_doc("Titanic page one", "encyclopedia", "wikitext", "Titanic"), external_ids=(("imdb", "tt0120338"),))
    t2 = replace(_doc("Titanic page two", "encyclopedia", "wikitext", "Titanic"), external_ids=(("imdb", "tt0115392"),))
    claims = [_say(a, "Oldboy", "director", Name("Park Chan-wook")),
              _say(b, "Oldeuboi", "director", Name("Park Chan-wook")),
              _say(t1, "Titanic", "publication_year", Time("1997", "year")),
              _say(t2, "Titanic", "publication_year", Time("1997", "year"))]
    linking = link([a, b, t1, t2], claims)
    names = sorted(sorted(f.spellings()) for f in linking.films)
    assert names == [["Oldboy", "Oldeuboi"], ["Titanic"], ["Titanic"]]
    assert sorted(f.external_ids for f in linking.films if f.name == "Titanic") == [
        (("imdb", "tt0115392"),), (("imdb", "tt0120338"),)]
    oldboy = next(f for f in linking.films if "Oldboy" in f.spellings())
    assert "one imdb:tt0364569 id" in oldboy.explanation


def test_a_curated_different_keeps_apart_what_a_title_would_join_and_says_so() -> None:
    wiki = _doc("The Host is a 2006 South Korean monster film.", "encyclopedia", "plain_extract")
    row = _doc("괴물 2006 row", "dataset", "kobis")
    claims = [_say(wiki, "The Host", "native_title", Text("괴물", "ko", "Hangul")),
              _say(wiki, "The Host", "publication_year", Time("2006", "year")),
              _say(row, "괴물", "publication_year", Time("2006", "year"))]
    apart = {"film:host|2006": "f1", "film:goemul|2006": "f2"}  # keys romanize Hangul
    linking = link([wiki, row], claims, Known(apart, (Curation("different", "f1", "f2", "a test"),)))
    assert sorted(f.id for f in linking.films) == ["f1", "f2"]
    assert "kept apart by a curator: a test" in next(f for f in linking.films if f.id == "f1").explanation
    joined = link([wiki, row], claims, Known(apart))
    assert [f.id for f in joined.films] == ["f2"]  # the strongest anchor's id: goemul sorts before host
    assert "joins the identities f2, f1; keeps f2" in joined.decisions["f2"]
