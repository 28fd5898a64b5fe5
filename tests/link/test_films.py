"""Films are grouped by the subject of each claim, and joined across scripts through their titles."""

from __future__ import annotations

from filmfacts.link import link
from filmfacts.model import Document, Name, Quantity, Text, Time, claim, document_id


def _doc(text: str, kind: str = "news", fmt: str = "article") -> Document:
    return Document(document_id(text), f"{kind}.txt", fmt, kind, kind, text)


def _say(doc: Document, subject: str, prop: str, value, start: int = 0, **q):  # type: ignore[no-untyped-def]
    return claim(subject, prop, value, doc.span(start, start + 5), "test", "1", q)


def test_a_report_naming_two_films_gives_each_its_own_claims() -> None:
    report = _doc("Exhuma led the weekend; 12.12: The Day came second.")
    claims = [_say(report, "Exhuma", "admissions", Quantity(1_000_000)),
              _say(report, "12.12: The Day", "admissions", Quantity(300_000), 20)]
    linking = link([report], claims)
    assert sorted(f.name for f in linking.films) == ["12.12: The Day", "Exhuma"]
    films = {linking.film_of(c) for c in claims}
    assert len(films) == 2
    by_id = {f.id: f.name for f in linking.films}
    assert [by_id[linking.film_of(c)] for c in claims] == ["Exhuma", "12.12: The Day"]


def test_a_hangul_title_joins_the_film_whose_page_gives_it_when_years_agree() -> None:
    wiki = _doc("The Host is a 2006 South Korean monster film.", "encyclopedia", "plain_extract")
    kobis_2006 = _doc("괴물 2006 row", "dataset", "kobis")
    kobis_2023 = _doc("괴물 2023 row, another film", "dataset", "kobis")
    claims = [
        _say(wiki, "The Host", "native_title", Text("괴물", "ko", "Hangul")),
        _say(wiki, "The Host", "publication_year", Time("2006", "year")),
        _say(kobis_2006, "괴물", "publication_year", Time("2006", "year")),
        _say(kobis_2006, "괴물", "admissions", Quantity(13_019_740)),
        _say(kobis_2023, "괴물", "publication_year", Time("2023", "year")),
        _say(kobis_2023, "괴물", "director", Name("고레에다 히로카즈")),
    ]
    linking = link([wiki, kobis_2006, kobis_2023], claims)
    assert len(linking.films) == 2
    host = next(f for f in linking.films if f.name == "The Host")  # the prose title, not the dataset's
    assert {n.text for n in host.names} == {"The Host", "괴물"}
    assert linking.film_of(claims[3]) == host.id
    assert linking.film_of(claims[5]) != host.id


def test_a_document_main_film_is_the_one_most_of_its_claims_are_about() -> None:
    report = _doc("Exhuma, Exhuma, and one line on Wonka.")
    claims = [_say(report, "Exhuma", "admissions", Quantity(n)) for n in (1, 2)]
    claims.append(_say(report, "Wonka", "admissions", Quantity(3)))
    linking = link([report], claims)
    main = linking.film_of_document[report.id]
    assert next(f.name for f in linking.films if f.id == main) == "Exhuma"
