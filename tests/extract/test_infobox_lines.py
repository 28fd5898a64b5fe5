"""Infobox claims from labelled lines as saved pages keep them (`sources.labels` → fields →
`extract.infobox`). Our own example lines, in the shapes the real pages use."""

from __future__ import annotations

from typing import Any

from filmfacts.extract.infobox import extract_infobox
from filmfacts.model import Claim, Document, value_to_json
from filmfacts.sources.labels import find_fields


def card(text: str, kind: str = "encyclopedia", language: str = "en") -> Document:
    fields, _ = find_fields(text)
    return Document(id="d", source="s", format="article", kind=kind, site="x", text=text, language=language,
                    fields=tuple(fields))


def claims(text: str, **kw: Any) -> list[Claim]:
    return list(extract_infobox(card(text, **kw), "Lantern Road"))


def values(found: list[Claim], prop: str) -> list[Any]:
    return [value_to_json(c.value) for c in found if c.property == prop]


def test_people_listed_every_way() -> None:
    found = claims("- Director: Jane Roe\n- Producer: Ann Lee, Bo Kim\n- Starring: Cy Park, Di Moon, Ed\n"
                   "Written byJane Roe\nAnn Lee\n"
                   "Edited by | Kim Sang-bum Kim Jae-bum |\n"
                   "Music by | Harry Doe, Jr. |\n")
    assert values(found, "director") == ["Jane Roe"]
    assert values(found, "producer") == ["Ann Lee", "Bo Kim"]
    assert values(found, "cast_member") == ["Cy Park", "Di Moon", "Ed"]
    assert values(found, "writer") == ["Jane Roe", "Ann Lee"]
    assert values(found, "editing") == ["Kim Sang-bum", "Kim Jae-bum"]  # a list whose line breaks were lost
    assert values(found, "music") == ["Harry Doe, Jr."]
    for c in found:
        assert c.evidence.quote == value_to_json(c.value)


def test_long_lists_whose_line_breaks_were_lost() -> None:
    found = claims("- Writer: Alan Bright Maria T. Velez Owen Hart\n"
                   "- Starring: Ana Roe Bo Kim Cy Park Di Moon Ed Lane Fay Dunn\n")
    assert values(found, "writer") == ["Alan Bright", "Maria T. Velez", "Owen Hart"]
    assert values(found, "cast_member") == ["Ana Roe", "Bo Kim", "Cy Park", "Di Moon", "Ed Lane", "Fay Dunn"]


def test_cast_with_roles_in_brackets_and_a_story_credit() -> None:
    found = claims("장르: 드라마\n감독: 김하나\n출연자: 박두리(민수 역), 이세나(지영 역)\nStory by: Jane Roe\n")
    cast = [(value_to_json(c.value), c.q("character")) for c in found if c.property == "cast_member"]
    assert cast == [("박두리", "민수"), ("이세나", "지영")]
    story = [c for c in found if c.property == "writer"]
    assert [(value_to_json(c.value), c.q("credit")) for c in story] == [("Jane Roe", "story")]


def test_release_dates_with_their_echo_places_and_festivals() -> None:
    found = claims("Directed by Jane Roe\nStarring Cy Park\nRelease dates\n"
                   "  • 18 May 2031 (2031-05-18) (Cannes)\n  • July 27, 2031 (2031-07-27) (South Korea)\n")
    releases = [(value_to_json(c.value), dict(c.qualifiers)) for c in found if c.property.endswith("_date")]
    assert releases == [("2031-05-18", {"place": "Cannes"}), ("2031-07-27", {"country": "South Korea"})]


def test_cjk_dates_flags_amounts_and_runtimes() -> None:
    found = claims("監督 山田太郎\n配給 日本の旗 東宝\n公開 日本の旗 2031年4月26日\nフランスの旗 2032年11月\n"
                   "上映時間 98分\n製作費 2億1,000万円[1]\n", language="ja")
    assert values(found, "distributor") == ["東宝"]
    releases = [(value_to_json(c.value), c.q("country")) for c in found if c.property == "release_date"]
    assert releases == [("2031-04-26", "Japan"), ("2032-11", "France")]
    assert values(found, "running_time") == [{"amount": 98, "unit": "minute"}]
    assert values(found, "budget") == [{"amount": 210_000_000, "unit": "JPY"}]
    korean = claims("감독: 김하나\n개봉일: 2031년 4월 25일(한국)\n제작비: 약 28억 원(추정)\n", language="ko")
    assert [(value_to_json(c.value), c.value.approx) for c in korean if c.property == "budget"] == [  # type: ignore[union-attr]
        ({"amount": 2_800_000_000, "unit": "KRW"}, True)]
    assert [c.q("country") for c in korean if c.property == "release_date"] == ["South Korea"]


def test_an_infobox_gross_is_undated_unless_a_reference_dates_it() -> None:
    found = claims("Directed by | Jane Roe |\nBudget | ₩15 billion[1] |\nBox office | US$84.4 million[2] |\n")
    gross = next(c for c in found if c.property == "gross")
    assert value_to_json(gross.value) == {"amount": 84_400_000, "unit": "USD"}
    assert gross.q("undated") is True
    budget = next(c for c in found if c.property == "budget")
    assert budget.q("undated") is None


def test_countries_languages_and_genres_as_written() -> None:
    found = claims("Directed by | Jane Roe |\nCountry | • France\n  • Germany[1] |\nLanguage | Korean English |\n"
                   "Genre: Comédie dramatique\n")
    assert values(found, "country_of_origin") == ["France", "Germany"]
    assert values(found, "original_language") == ["Korean", "English"]
    assert values(found, "genre") == ["Comédie dramatique"]
    assert values(claims("감독 김하나\n장르 액션/코미디\n국가 대한민국\n"), "genre") == ["액션", "코미디"]


def test_titles_in_their_scripts() -> None:
    found = claims("| Lantern Road | |\n|---|---|\n| Hangul | 등불길 |\n| Hanja | 인 그 |\n| RR | Deungbulgil |\n"
                   "| MR | Tŭngpulkil |\n| Directed by | Jane Roe |\n")
    assert values(found, "title") == ["Lantern Road"]
    assert [(value_to_json(c.value), c.q("script")) for c in found if c.property == "native_title"] == [
        ("등불길", "Hangul")]  # a Hanja line with no Hanja in it is a copy's garble
    assert [(value_to_json(c.value), c.q("system")) for c in found if c.property == "romanized_title"] == [
        ("Deungbulgil", "Revised Romanization"), ("Tŭngpulkil", "McCune–Reischauer")]


def test_based_on_with_its_author_glued() -> None:
    found = claims("Directed by | Jane Roe |\n| Based on | \"The Lamp\" byAnn Lee |\n")
    based = next(c for c in found if c.property == "based_on")
    assert (value_to_json(based.value), based.q("author")) == ("The Lamp", "Ann Lee")


def test_cards_of_several_films_on_one_page() -> None:
    text = ("Movie: Lantern Road\nDirector: Jane Roe\nGenre: Drama\n\nA review.\n\n"
            "Movie: River Gate\nDirector: Bo Kim\nGenre: Thriller\n")
    found = list(extract_infobox(card(text, kind="blog"), "Lantern Road"))
    assert {(c.subject, value_to_json(c.value)) for c in found if c.property == "director"} == {
        ("Lantern Road", "Jane Roe"), ("River Gate", "Bo Kim")}
