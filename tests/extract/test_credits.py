"""Credits as the press, blogs and wikis write them: who directed, wrote and is in which film."""

from __future__ import annotations

import re
import sys

import pytest
from article_docs import article

from filmfacts.extract.cast import extract_cast
from filmfacts.extract.crew import extract_crew
from filmfacts.extract.people import PagePeople, find_person, looks_like_name


def credits(text: str, subject: str = "", kind: str = "news") -> set[tuple[str, str, str]]:
    doc = article(text, kind=kind)
    found = list(extract_crew(doc, subject)) + list(extract_cast(doc, subject))
    return {(c.subject, c.property, c.value.text) for c in found}


@pytest.mark.parametrize(("name", "person"), [
    ("Kim Dae-ho", True), ("Guillermo del Toro", True), ("Hal B. Wallis", True), ("America Ferrera", True),
    ("Star Wars", False), ("Korean Film Council", False), ("CJ ENM", False), ("Box Office", False),
    ("Seoul Korea", False), ("Chris EvansCurtis Everett", False), ("Music: Jo Min", False),
])
def test_a_name_is_a_person_by_its_shape(name: str, person: bool) -> None:
    assert looks_like_name(name) is person


def test_one_word_is_the_full_name_the_page_gives() -> None:
    people = PagePeople({"Marta Lindqvist"}, set())
    assert find_person("Lindqvist", people) == ("Marta Lindqvist", 0, 9)
    assert find_person("Meanwhile Lindqvist", people) == ("Marta Lindqvist", 10, 19)
    assert find_person("Sunday", people) is None


def test_a_name_owning_a_title_is_its_director_unless_the_page_casts_them() -> None:
    text = ("Ana Ferro's thriller \"Glass Harbor\" topped the chart with 300,000 admissions.\n"
            "Beto Quill's \"Paper Moons\" came second with 200,000.\n"
            "Actor Beto Quill also stars in it.")
    found = credits(text)
    assert ("Glass Harbor", "director", "Ana Ferro") in found
    assert ("Paper Moons", "cast_member", "Beto Quill") in found
    assert not any(c[1] == "director" and c[2] == "Beto Quill" for c in found)


def test_who_directed_which_film() -> None:
    text = ("Minh Tran, who directed \"Salt Road\" and \"Lantern Hill\", returns with \"River Song\", "
            "which drew 120,000 viewers.\nThe Nora Vance-directed \"Ice Dog\" opened with 80,000 admissions.")
    found = credits(text)
    assert {("Salt Road", "director", "Minh Tran"), ("Lantern Hill", "director", "Minh Tran"),
            ("Ice Dog", "director", "Nora Vance")} <= found


def test_who_is_in_it() -> None:
    text = ("\"Night Ferry\" drew 500,000 viewers this weekend.\n"
            "Lena Holt, Omar Reyes and Tess Grant co-star, with Ivo Petrov in a supporting role.\n"
            "Actors Jun Seo-yeon and Park Do-hyun play a detective and a thief.")
    found = {c[2] for c in credits(text) if c[1] == "cast_member" and c[0] == "Night Ferry"}
    assert found == {"Lena Holt", "Omar Reyes", "Tess Grant", "Ivo Petrov", "Jun Seo-yeon", "Park Do-hyun"}


def test_cast_lists_after_with_and_in_french_and_german() -> None:
    text = ("\"Salt Road\" with Lena Holt and Omar Reyes added 300,000 admissions.\n"
            "With Tess Grant, Ivo Petrov, Jun Seo-yeon\n"
            "With Nora Vance at the helm, the studio expects more.\n"
            "La comédienne est interprétée par Claire Dumas et Hugo Blanc.\n"
            "In «Salt Road» spielen unter anderem Karl Weber, Anna Roth und Paul Kern mit.")
    found = {c[2] for c in credits(text, "Salt Road") if c[1] == "cast_member"}
    assert found == {"Lena Holt", "Omar Reyes", "Tess Grant", "Ivo Petrov", "Jun Seo-yeon", "Claire Dumas",
                     "Hugo Blanc", "Karl Weber", "Anna Roth", "Paul Kern"}


def test_an_ensemble_cast_including_a_one_word_name() -> None:
    text = ("The film features an ensemble cast of supporting roles, including Ada Quist, Brio, Cole Mendez "
            "and Dana Ruiz.")
    found = {c[2] for c in credits(text, "Salt Road", kind="wiki_mirror") if c[1] == "cast_member"}
    assert found == {"Ada Quist", "Brio", "Cole Mendez", "Dana Ruiz"}


def test_a_character_with_its_actor_in_brackets() -> None:
    doc = article("In \"Blue Harbour\", the fisherman Tae-oh (Moon Ji-hwan) meets a singer, Hana (Lee Soo-min).")
    found = {(c.value.text, c.q("character")) for c in extract_crew(doc, "Blue Harbour")}
    assert found == {("Moon Ji-hwan", "Tae-oh"), ("Lee Soo-min", "Hana")}


def test_a_character_with_a_full_name_and_its_cast_actor_in_brackets() -> None:
    doc = article("\"Iron Gate\" stars Kang Min-jae and Yoon Dae-il. It follows Detective Major Park Ji-ho "
                  "(Kang Min-jae), who hunts the smuggler Oh Se-ryun (Yoon Dae-il).")
    found = {(c.value.text, c.q("character")) for c in extract_crew(doc, "Iron Gate")}
    assert found == {("Kang Min-jae", "Park Ji-ho"), ("Yoon Dae-il", "Oh Se-ryun")}


def test_a_quoted_character_type_is_the_character_and_no_film() -> None:
    doc = article("\"Sunny Days\" drew 200,000 viewers. Jang Bo-ra stars in it. Its girls include "
                  "\"Loyal Type: Mi-ra\" (Jang Bo-ra).", kind="blog")
    found = {(c.subject, c.value.text, c.q("character")) for c in extract_crew(doc, "Sunny Days")}
    assert found == {("Sunny Days", "Jang Bo-ra", "Mi-ra")}


def test_a_credited_person_with_a_film_in_brackets_is_no_character() -> None:
    doc = article("\"Glass Road\" was directed by Lee Soo-han. Fans remember Lee Soo-han (Quiet Rivers) "
                  "fondly.")
    assert not [c for c in extract_crew(doc, "Glass Road") if c.property == "cast_member"]


def test_a_person_with_a_title_in_brackets_is_no_character() -> None:
    doc = article("\"Cold Stars\" reunites Kim Bora (Summer Lake) and Han Jae-min (Red River).")
    assert not [c for c in extract_crew(doc, "Cold Stars") if c.value.text in ("Summer Lake", "Red River")]


def test_korean_credits() -> None:
    text = ("김태준 감독의 <푸른 바다>는 개봉 첫날 20만 명을 동원했다.\n"
            "이 영화에는 박서진, 최민규, 한지아 등이 출연했다.\n"
            "'수호' 역 정다운과 민아(오세린 분)도 눈길을 끈다.")
    found = credits(text, "푸른 바다")
    assert ("푸른 바다", "director", "김태준") in found
    assert {("푸른 바다", "cast_member", n) for n in ("박서진", "최민규", "한지아", "정다운", "오세린")} <= found


def test_cast_lists_one_per_line() -> None:
    text = ("\"Harbor Lights\" review\n\nCast:\n\nMina Cho as Yuna\n\nDaniel Roe as Mr. Park\n\n"
            "- Sophie Tran\n\nInitial Thoughts\n\nThe film is long.")
    doc = article(text)
    found = {(c.value.text, c.q("character")) for c in extract_cast(doc, "Harbor Lights")}
    assert found == {("Mina Cho", "Yuna"), ("Daniel Roe", "Mr. Park"), ("Sophie Tran", None)}


def test_a_cast_list_line_of_names_and_the_films_they_are_known_for() -> None:
    text = ("Who is in the cast of 'Glass Harbor'?\n"
            "Iris Wong ('Moon River'), Paul Dane ('Sea Glass'), Maya Bell\n"
            "What is it about?")
    doc = article(text)
    found = {(c.subject, c.value.text, c.q("character")) for c in extract_cast(doc, "Glass Harbor")}
    assert found == {("Glass Harbor", "Iris Wong", None), ("Glass Harbor", "Paul Dane", None),
                     ("Glass Harbor", "Maya Bell", None)}


def test_a_layout_that_runs_actor_and_role_together() -> None:
    doc = article("Cast\nMina ChoYuna\nDaniel RoeDetective Park\n")
    found = {(c.value.text, c.q("character")) for c in extract_cast(doc, "Harbor Lights")}
    assert found == {("Mina Cho", "Yuna"), ("Daniel Roe", "Detective Park")}


def test_other_credits_end_a_cast_list() -> None:
    doc = article("Starring\nMina Cho\nDaniel Roe\nMusic: Jo Min-ho\nCinematography: Lee Dae-sung\n")
    assert {c.value.text for c in extract_cast(doc, "Harbor Lights")} == {"Mina Cho", "Daniel Roe"}


def test_names_listed_after_a_cast_word() -> None:
    text = ("\"Night Ferry\" stars veteran Korean actor Moon Ji-hwan alongside Hollywood players Lena Holt from "
            "\"Sea Glass,\" Omar Reyes (Cold Stars) and Tess Grant.\n"
            "It surpassed the 2016 film \"Paper Moons,\" which stars Ivo Petrov and Mina Cho.")
    found = credits(text)
    assert {("Night Ferry", "cast_member", n) for n in ("Moon Ji-hwan", "Lena Holt", "Omar Reyes", "Tess Grant")} \
        <= found
    assert {("Paper Moons", "cast_member", "Ivo Petrov"), ("Paper Moons", "cast_member", "Mina Cho")} <= found
    assert not any(c[0] in ("Sea Glass", "Cold Stars") for c in found)


def test_voiced_by_and_lists_of_roles() -> None:
    text = ("\"Night Ferry\" opened with 300,000 viewers. Moro -- voiced by Lena Holt -- leads the pack.\n"
            "The voice cast includes Joseph as Moro, Mina Cho as Tae and Omar Reyes as the Captain.\n"
            "Tess Grant, Ivo Petrov and Ana Ferro were also in the cast of \"Night Ferry\".")
    found = {c[2] for c in credits(text) if c[1] == "cast_member"}
    assert found == {"Lena Holt", "Joseph", "Mina Cho", "Omar Reyes", "Tess Grant", "Ivo Petrov", "Ana Ferro"}


def test_a_director_among_big_names_is_no_actor() -> None:
    text = ("\"Night Ferry\" was directed by Ana Ferro.\n"
            "Even with big names like Ana Ferro, Omar Reyes and Tess Grant, it sold only 300,000 tickets.")
    found = credits(text)
    assert ("Night Ferry", "director", "Ana Ferro") in found
    assert ("Night Ferry", "cast_member", "Ana Ferro") not in found
    assert ("Night Ferry", "cast_member", "Omar Reyes") in found


def test_crew_as_reviews_write_it() -> None:
    text = ("\"Night Ferry\" was written, produced, and directed by Ana Ferro with a score by Tess Grant.\n"
            "Omar Reyes and Ivo Petrov's taut script keeps \"Night Ferry\" moving.\n"
            "Mina Cho is also the executive producer of the film, written for the screen by Lena Holt.\n"
            "\"Paper Moons\" was written and directed by Jiaozi.")
    found = credits(text)
    assert {("Night Ferry", "screenwriter", "Ana Ferro"), ("Night Ferry", "producer", "Ana Ferro"),
            ("Night Ferry", "director", "Ana Ferro"), ("Night Ferry", "screenwriter", "Omar Reyes"),
            ("Night Ferry", "screenwriter", "Ivo Petrov"), ("Night Ferry", "producer", "Mina Cho"),
            ("Night Ferry", "screenwriter", "Lena Holt"), ("Paper Moons", "director", "Jiaozi"),
            ("Paper Moons", "screenwriter", "Jiaozi")} <= found


def test_korean_lists_joined_by_particles_and_foreign_names_in_hangul() -> None:
    text = ("<푸른 바다>는 박서진과 최민규를 비롯해 존 카터, 폴 리드 등이 출연했다.\n"
            "할리우드 배우들과 한지아, 오세린 등이 출연했다. 김태준 감독, 정다운 등이 호흡을 맞췄다.")
    found = {c[2] for c in credits(text, "푸른 바다") if c[1] == "cast_member"}
    assert found == {"박서진", "최민규", "존 카터", "폴 리드", "한지아", "오세린", "정다운"}


def test_a_chinese_character_with_its_actor_who_plays_it() -> None:
    doc = article("片中俠客李慕白(周潤發飾)與俞秀蓮(楊紫瓊飾)。")
    found = {(c.value.text, c.q("character")) for c in extract_crew(doc, "臥虎藏龍")}
    assert found == {("周潤發", "李慕白"), ("楊紫瓊", "俞秀蓮")}


def test_an_actor_plays_a_role_described_in_lower_case() -> None:
    text = "\"Salt Road\" opens Friday. Lena Holt plays a fisherwoman, and Omar Reyes stars as the harbour master."
    assert {c[2] for c in credits(text, "Salt Road") if c[1] == "cast_member"} == {"Lena Holt", "Omar Reyes"}


def test_two_given_names_share_a_surname() -> None:
    text = "\"Iron Gate\" drew 90,000 viewers. Directed by Ivo and Lena Petrov, it opens wide next week."
    found = {c[2] for c in credits(text, "Iron Gate") if c[1] == "director"}
    assert found == {"Ivo Petrov", "Lena Petrov"}


class _Scans:
    """A pattern's stand-in that records how much text each search looked at."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.lengths: list[int] = []

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.lengths.append(min(endpos, len(text)) - pos)
        return self.pattern.search(text, pos, endpos)


def test_the_word_before_a_credit_is_read_alone_not_the_whole_sentence_before_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a sentence of many credits read its whole beginning at each: time in the square of its length
    # (a 43 KB sentence over 10 CPU seconds, found by bench/fuzz_bench.py)
    from filmfacts.extract import crew

    scans = _Scans(crew._NOT_DIRECTOR_BEFORE)
    monkeypatch.setattr(crew, "_NOT_DIRECTOR_BEFORE", scans)
    text = ("Night Ferry is a 2019 film directed by Ana Ferro, " + "produced by Omar Reyes, " * 200
            + "with art director Lena Holt and the film's director Minh Tran.")
    found = credits(text, "Night Ferry")
    assert ("Night Ferry", "director", "Ana Ferro") in found
    assert ("Night Ferry", "director", "Lena Holt") not in found  # an art director
    assert scans.lengths and max(scans.lengths) <= 20
