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


def _names(linking) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return sorted(sorted(n.text for n in f.names) for f in linking.films)


def test_a_title_with_or_without_its_small_words_and_in_capitals_is_one_film() -> None:
    a, b, c = _doc("one"), _doc("two"), _doc("three")
    claims = [_say(a, "Along with the Ferry: Night Crossing", "admissions", Quantity(1)),
              _say(b, "Along With Ferry: Night Crossing", "admissions", Quantity(2)),
              _say(c, "ALONG WITH THE FERRY: NIGHT CROSSING", "admissions", Quantity(3)),
              _say(c, "Silver Night 2", "admissions", Quantity(4)), _say(a, "Silver Night", "admissions", Quantity(5))]
    linking = link([a, b, c], claims)
    assert len({linking.film_of(x) for x in claims[:3]}) == 1
    assert linking.film_of(claims[3]) != linking.film_of(claims[4])  # a number is another film


def test_films_sharing_a_title_stay_apart_by_the_year_a_page_states_or_its_own_words_point_to() -> None:
    wiki_old = _doc("Old Harbor is a 1958 drama film directed by Ann Vale.", "encyclopedia", "plain_extract")
    wiki_new = _doc("Old Harbor is a 2012 thriller film directed by Ben Cole.", "encyclopedia", "plain_extract")
    review = _doc("Old Harbor (1958) still moves.", "blog")
    retro = _doc("A look back: Ann Vale shot Old Harbor on a pier.", "news")
    report = Document(document_id("Old Harbor opened strong."), "r.txt", "article", "news", "news",
                      "Old Harbor opened strong.", published="2012-08-20")
    claims = [_say(wiki_old, "Old Harbor", "publication_year", Time("1958", "year")),
              _say(wiki_old, "Old Harbor", "director", Name("Ann Vale")),
              _say(wiki_new, "Old Harbor", "publication_year", Time("2012", "year")),
              _say(wiki_new, "Old Harbor", "director", Name("Ben Cole")),
              _say(review, "Old Harbor", "genre", Text("drama")),
              _say(retro, "Old Harbor", "genre", Text("drama")),
              _say(report, "Old Harbor", "admissions", Quantity(500_000))]
    linking = link([wiki_old, wiki_new, review, retro, report], claims)
    old, new = linking.film_of(claims[0]), linking.film_of(claims[2])
    assert old != new
    assert linking.film_of(claims[4]) == old  # "Old Harbor (1958)"
    assert linking.film_of(claims[5]) == old  # names the 1958 film's director
    assert linking.film_of(claims[6]) == new  # written when the 2012 film was out


def test_a_later_film_of_a_known_title_with_other_people_is_its_own_film() -> None:
    wiki = _doc("Old Harbor is a 1958 drama film directed by Ann Vale.", "encyclopedia", "plain_extract")
    report = _doc("Director Ben Cole's Old Harbor opened to $50 million.")
    claims = [_say(wiki, "Old Harbor", "publication_year", Time("1958", "year")),
              _say(wiki, "Old Harbor", "director", Name("Ann Vale")),
              _say(report, "Old Harbor", "director", Name("Ben Cole")),
              _say(report, "Old Harbor", "gross", Quantity(50_000_000, "USD"), period="opening_weekend",
                   point_in_time="2019-07-21")]
    linking = link([wiki, report], claims)
    assert linking.film_of(claims[3]) != linking.film_of(claims[0])


def test_a_film_s_other_titles_are_listed_with_it_but_do_not_name_it() -> None:
    wiki = _doc("Silver Night (Korean: 은빛 밤) is a 2021 film.", "encyclopedia", "plain_extract")
    news = _doc("은빛 밤 drew 10,000.", "news")
    claims = [_say(wiki, "Silver Night", "native_title", Text("은빛 밤", "ko", "Hangul")),
              _say(wiki, "Silver Night", "romanized_title", Text("Eunbit Bam", "ko", "Latin")),
              _say(wiki, "Silver Night", "publication_year", Time("2021", "year")),
              _say(news, "은빛 밤", "admissions", Quantity(10_000))]
    linking = link([wiki, news], claims)
    assert len(linking.films) == 1
    film = linking.films[0]
    assert film.name == "Silver Night"
    assert {"Silver Night", "은빛 밤", "Eunbit Bam"} <= {n.text for n in film.names}


def test_a_year_one_page_alone_states_gives_way_to_the_year_its_figures_date() -> None:
    wiki = _doc("Old Harbor is a 2024 film.", "encyclopedia", "plain_extract")
    news = _doc("Old Harbor, set in 1909, drew 2 million in five days.")
    claims = [_say(wiki, "Old Harbor", "publication_year", Time("2024", "year")),
              _say(news, "Old Harbor", "publication_year", Time("1909", "year")),
              _say(news, "Old Harbor", "admissions", Quantity(2_000_000), days_since_release=5,
                   point_in_time="2024-12-28")]
    linking = link([wiki, news], claims)
    assert len(linking.films) == 1
