"""Defining sentences in English, Japanese, Chinese and Korean, and the titles in their parenthesis.
Our own example sentences."""

from __future__ import annotations

from typing import Any

from filmfacts.extract.lead import extract_lead
from filmfacts.extract.subject import find_subject
from filmfacts.model import Claim, Document, Section, value_to_json


def lead_doc(text: str, language: str = "en") -> Document:
    return Document(id="d", source="s", format="wikipedia_extract", kind="encyclopedia", site="x", text=text,
                    language=language, sections=(Section((), 0, len(text)),))


def claims(text: str, language: str = "en") -> list[Claim]:
    doc = lead_doc(text, language)
    return list(extract_lead(doc, find_subject(doc)))


def pairs(found: list[Claim]) -> list[tuple[str, Any, dict[str, Any]]]:
    return [(c.property, value_to_json(c.value), dict(c.qualifiers)) for c in found]


def test_a_reference_mark_is_not_part_of_the_title() -> None:
    doc = lead_doc("Lantern Road[4] is a 2031 South Korean drama film directed by Jane Roe.")
    assert find_subject(doc) == "Lantern Road"


def test_titles_split_at_commas_before_labels_glued_labels_and_other_languages() -> None:
    found = pairs(claims("Lantern Road (Japanese: 灯の道, Hepburn: Akari no Michi, lit. 'Road of Lights') is a "
                         "2031 Japanese animated film."))
    assert ("native_title", "灯の道", {"language": "ja", "script": "Kana"}) in [
        (p, v, {k: q[k] for k in ("language", "script")}) for p, v, q in found if p == "native_title"]
    assert ("romanized_title", "Akari no Michi") in [(p, v) for p, v, _ in found]
    assert ("literal_title", "Road of Lights") in [(p, v) for p, v, _ in found]
    glued = pairs(claims("Lantern Road (Korean등불길; Hanja燈佛路; RRDeungbulgil) is a 2031 South Korean film."))
    assert [(p, v) for p, v, _ in glued if p.endswith("_title")] == [
        ("native_title", "등불길"), ("native_title", "燈佛路"), ("romanized_title", "Deungbulgil")]
    french = pairs(claims("Lantern (also known as Le Chemin des lanternes; The Road of Lanterns) is a 2031 French "
                          "comedy film."))
    assert ("native_title", "Le Chemin des lanternes") in [(p, v) for p, v, _ in french]
    assert ("title", "The Road of Lanterns") in [(p, v) for p, v, _ in french]


def test_japanese_chinese_and_korean_defining_sentences() -> None:
    ja = pairs(claims("灯の道』(あかりのみち)は、2031年に公開された日本時代劇映画である。", "ja"))
    assert [(p, v) for p, v, _ in ja] == [("native_title", "灯の道"), ("publication_year", "2031"),
                                         ("genre", "時代劇")]
    zh = pairs(claims("燈路》(英語:Lantern Road)是2031年上映的香港警匪電影。", "zh"))
    assert [(p, v) for p, v, _ in zh] == [("native_title", "燈路"), ("title", "Lantern Road"),
                                         ("publication_year", "2031"), ("genre", "警匪")]
    ko = pairs(claims("등불길\n\n2031년 대한민국의 영화\n\n등불길》은 홍길동 감독이 연출한 스릴러 영화다.", "ko"))
    assert [(p, v) for p, v, _ in ko] == [("native_title", "등불길"), ("publication_year", "2031"),
                                         ("genre", "스릴러")]


def test_japanese_romanization_by_its_particles() -> None:
    from filmfacts.extract.titles import japanese_romanization

    assert japanese_romanization("(Akari no Michi)") == "Akari no Michi"
    assert japanese_romanization("No Way Home") == ""
    assert japanese_romanization("Road of the Lanterns") == ""
    found = pairs(claims("Lantern Road (Akari no Michi) is a 2031 Japanese animated film."))
    assert ("romanized_title", "Akari no Michi") in [(p, v) for p, v, _ in found]


def test_a_defining_apposition_and_no_pronoun_title() -> None:
    doc = lead_doc("It was the first Japanese film to win there. Lantern Road, a 2031 Japanese drama film, won "
                   "nine awards.")
    assert find_subject(doc) == "Lantern Road"
