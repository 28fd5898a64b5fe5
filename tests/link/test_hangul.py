"""Hangul names meet their romanized spellings: KOBIS lists the cast of 7번방의 선물 in Hangul, the
seed page names it in English, and each person is one entity; different Hangul names stay apart."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES, ROOT
from filmfacts.link import link
from filmfacts.link.names import name_key
from filmfacts.model import Name
from filmfacts.pipeline import extract_document
from filmfacts.sources import read_file
from filmfacts.sources.dataset import kobis

KOBIS_FILMS = ROOT / "tests" / "fixtures" / "kobis" / "final_movie_Rev2_sample.csv"
SEEDS = (EXAMPLES / "000_49b771be7695b533.txt", EXAMPLES / "001_7961fa9de58fbf50.txt")
# The seed pages' spelling of each person KOBIS lists for the film (the director is named by the second).
SEED_PEOPLE = {
    "류승룡": "Ryu Seung-ryong", "박신혜": "Park Shin-hye", "갈소원": "Kal So-won", "오달수": "Oh Dal-su",
    "정진영": "Jung Jin-young", "김정태": "Kim Jung-tae", "정만식": "Jung Man-sik", "김기천": "Kim Ki-cheon",
    "박원상": "Park Won-sang", "이환경": "Lee Hwan Kyung",
}


def _kobis_miracle():  # type: ignore[no-untyped-def]
    return next(d for d in kobis.iter_documents(KOBIS_FILMS) if d.title == "7번방의 선물")


def _people(doc) -> list[str]:  # type: ignore[no-untyped-def]
    fields = {f.name: f.value for f in doc.fields}
    return [fields["director"], *fields["cast"].split(",")]


def test_every_person_the_seed_names_meets_exactly_one_kobis_name() -> None:
    people = _people(_kobis_miracle())
    seed = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    for hangul, english in SEED_PEOPLE.items():
        assert english in seed and hangul in people
        assert [p for p in people if name_key(p) == name_key(english)] == [hangul], english


def test_the_film_s_people_keep_distinct_keys() -> None:
    people = set(_people(_kobis_miracle()))
    assert len({name_key(p) for p in people}) == len(people)


def test_kobis_and_the_seed_page_give_one_person_each(tmp_path) -> None:  # type: ignore[no-untyped-def]
    extracted = [extract_document(_kobis_miracle()), *(extract_document(read_file(p)) for p in SEEDS)]
    linking = link([e.document for e in extracted], [c for e in extracted for c in e.claims])
    for hangul, english in SEED_PEOPLE.items():
        (person,) = [p for p in linking.people if hangul in p.spellings()]
        assert english in person.spellings()
        assert linking.person(hangul) == linking.person(english) == person.id
    hangul_names = {c.value.text for e in extracted for c in e.claims
                    if c.property in {"cast_member", "director"} and isinstance(c.value, Name)
                    and "\uac00" <= c.value.text[:1] <= "\ud7a3"}
    assert len({linking.person(n) for n in hangul_names}) == len(hangul_names)  # nobody merged


@pytest.mark.parametrize(("hangul", "spellings"), [
    ("이병헌", ("Lee Byung-hun", "Yi Byeong-heon", "Rhee Byung Hun")),
    ("박찬욱", ("Park Chan-wook", "Pak Chan-uk", "Bak Chan Wook")),
    ("최민식", ("Choi Min-sik", "Choe Min-sik", "CHOI Min-shik")),
    ("류승룡", ("Ryu Seung-ryong", "Ryoo Seung-ryong", "RYU Seung-ryong")),
    ("정우성", ("Jung Woo-sung", "Jeong U-seong", "Chung Woo Sung")),
    ("오달수", ("Oh Dal-su", "Oh Dal Soo", "OH Dal-soo")),
    ("임시완", ("Yim Si-wan", "Lim Si-wan", "Im Si-wan")),
    ("조여정", ("Cho Yeo-jeong", "Jo Yeo-jeong")),
    ("남궁민", ("Namkoong Min", "Namgung Min")),
])
def test_family_names_meet_every_usual_spelling(hangul: str, spellings: tuple[str, ...]) -> None:
    for spelling in spellings:
        assert name_key(hangul) == name_key(spelling), spelling


@pytest.mark.parametrize(("a", "b"), [
    # merged once, when doubled letters were collapsed
    ("김인숙", "김민석"), ("조승구", "조승우"), ("김영선", "김명선"), ("임미라", "이미라"),
    ("김민기", "김민국"), ("박신혜", "박원상"), ("류승룡", "유승룡"),
])
def test_different_hangul_names_stay_apart(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_names_that_are_not_one_korean_word_are_romanized_whole() -> None:
    assert name_key("오타니 료헤이") == name_key("Otani Ryohei")  # a Japanese actor written in Hangul
    assert name_key("김") == name_key("Gim")
