"""People across spellings, scripts and name orders (link/people.py): each join needs its evidence."""

from __future__ import annotations

from filmfacts.link.people import Mention, link_people, readings


def _people(*mentions: Mention) -> dict[str, set[str]]:
    """Each spelling → the spellings of its entity."""
    entities, _, _ = link_people(mentions)
    return {n.text: {m.text for m in e.names} for e in entities for n in e.names}


def test_given_name_first_joins_when_the_spellings_share_a_film() -> None:
    got = _people(Mention("Eom Tae-hwa", "d1", "f1", "director"), Mention("Tae-hwa Eom", "d2", "f1", "director"))
    assert got["Eom Tae-hwa"] == {"Eom Tae-hwa", "Tae-hwa Eom"}


def test_given_name_first_stays_apart_without_a_shared_film() -> None:
    got = _people(Mention("Eom Tae-hwa", "d1", "f1", "director"), Mention("Tae-hwa Eom", "d2", "f2", "director"))
    assert got["Eom Tae-hwa"] == {"Eom Tae-hwa"}


def test_a_kanji_name_meets_the_latin_spelling_that_reads_alike() -> None:
    assert "yamazaki takashi" in readings("山崎貴")
    got = _people(Mention("山崎貴", "d1", "f1", "director"), Mention("Takashi Yamazaki", "d2", "f9", "director"),
                  Mention("Sakura Andō", "d3", "f1", "cast"), Mention("安藤サクラ", "d4", "f1", "cast"))
    assert got["山崎貴"] == {"山崎貴", "Takashi Yamazaki"}
    assert got["Sakura Andō"] == {"Sakura Andō", "安藤サクラ"}


def test_the_only_director_of_a_film_in_each_script_is_one_person() -> None:
    entities, _, _ = link_people([Mention("李安", "d1", "f1", "director"), Mention("Ang Lee", "d2", "f1", "director"),
                               Mention("周潤發", "d1", "f1", "cast"), Mention("Chow Yun-fat", "d2", "f1", "cast"),
                               Mention("Michelle Yeoh", "d2", "f1", "cast")])
    by_name = {n.text: e for e in entities for n in e.names}
    assert by_name["李安"] is by_name["Ang Lee"]
    assert "only director" in by_name["Ang Lee"].explanation
    # cast lists name many people: a role shared by several names proves nothing
    assert by_name["周潤發"] is not by_name["Chow Yun-fat"]


def test_a_misspelling_of_one_role_in_one_film_joins() -> None:
    got = _people(Mention("Steven Yeun", "d1", "f1", "cast"), Mention("Steven Yuen", "d2", "f1", "cast"))
    assert got["Steven Yuen"] == {"Steven Yeun", "Steven Yuen"}


def test_look_alikes_one_document_names_side_by_side_stay_two_people() -> None:
    got = _people(Mention("Kim Min-ki", "d1", "f1", "producer"), Mention("Kim Min-gi", "d1", "f1", "producer"),
                  Mention("Kim Min-guk", "d1", "f1", "producer"))
    assert got["Kim Min-ki"] == {"Kim Min-ki", "Kim Min-gi"}  # one key: k/g folded
    assert got["Kim Min-guk"] == {"Kim Min-guk"}


def test_look_alikes_in_different_roles_or_films_stay_apart() -> None:
    got = _people(Mention("Ryoo Seung-wan", "d1", "f1", "director"), Mention("Ryoo Seung-bum", "d2", "f1", "cast"),
                  Mention("Mark Wahlberg", "d3", "f2", "cast"), Mention("Mark Wahlburg", "d4", "f3", "cast"))
    assert got["Ryoo Seung-wan"] == {"Ryoo Seung-wan"}
    assert got["Mark Wahlberg"] == {"Mark Wahlberg"}


def test_a_family_name_alone_joins_the_one_full_name_of_its_film() -> None:
    got = _people(Mention("Michael Curtiz", "d1", "f1", "director"), Mention("Curtiz", "d2", "f1", "director"),
                  Mention("Koch", "d3", "f2", "screenwriter"), Mention("Howard Koch", "d4", "f1", "screenwriter"))
    assert got["Curtiz"] == {"Curtiz", "Michael Curtiz"}
    assert got["Koch"] == {"Koch"}  # another film: no evidence


def test_two_hangul_names_that_romanize_alike_are_two_people_and_latin_follows_its_film() -> None:
    entities, _, in_film = link_people([
        Mention("김민수", "k1", "f1", "cast"), Mention("김민서", "k2", "f2", "cast"),
        Mention("Kim Min-su", "e1", "f2", "cast")])
    by_name = {n.text: e for e in entities for n in e.names}
    if by_name["김민수"] is by_name["김민서"]:
        raise AssertionError("two Hangul names merged")
    assert by_name["Kim Min-su"] is by_name["김민서"]  # the Hangul name its film gives
    assert "another Hangul name" in by_name["김민수"].explanation
    from filmfacts.link.people import person_key

    assert in_film[("f2", person_key("Kim Min-su"))] == by_name["김민서"].id


def test_a_middle_name_dropped_is_one_person_in_one_role_of_one_film() -> None:
    got = _people(Mention("Chloë Grace Moretz", "d1", "f1", "cast"), Mention("Chloë Moretz", "d1", "f1", "cast"),
                  Mention("Joel David Moore", "d2", "f2", "cast"), Mention("Joel Moore", "d3", "f3", "cast"))
    assert got["Chloë Moretz"] == {"Chloë Moretz", "Chloë Grace Moretz"}
    assert got["Joel Moore"] == {"Joel Moore"}  # other films: nothing says they are one


def test_a_hangul_spelling_romanizing_close_to_a_latin_one_of_one_role_joins() -> None:
    got = _people(Mention("변희봉", "k1", "f1", "cast"), Mention("Byun Hee-bong", "e1", "f1", "cast"),
                  Mention("김민희", "k1", "f1", "cast"), Mention("Kim Min-hee", "e2", "f2", "cast"))
    assert got["변희봉"] == {"변희봉", "Byun Hee-bong"}
    assert got["김민희"] == {"김민희"}  # another film: not joined on looks alone


def test_a_hangul_name_close_to_a_latin_one_that_has_its_own_hangul_is_another_person() -> None:
    # 강철비2 (KOBIS) credits 조우진 and 조의진; a news page credits Jo Woo-jin, who is 조우진: 조의진, which
    # romanizes close to Jo Woo-jin, was joined into him too (one link of the KOBIS set: also 김기철 into
    # Kim Ki-cheon, who is 김기천)
    got = _people(Mention("조우진", "kobis", "f1", "cast", dataset=True),
                  Mention("조의진", "kobis", "f1", "cast", dataset=True),
                  Mention("Jo Woo-jin", "news", "f1", "cast"))
    assert got["Jo Woo-jin"] == {"Jo Woo-jin", "조우진"}
    assert got["조의진"] == {"조의진"}
    # a Latin spelling with no Hangul name of its own still meets the Hangul one it romanizes close to
    got = _people(Mention("유아인", "kobis", "f1", "cast", dataset=True), Mention("Yoo Ah-in", "news", "f1", "cast"))
    assert got["Yoo Ah-in"] == {"Yoo Ah-in", "유아인"}
