"""Romanization-aware keys: spellings of one name meet, look-alikes stay apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import FILMS, shared
from filmfacts.link.names import differences, explain_match, name_key, romanize

SYLLABLES = ["min", "ki", "guk", "seung", "ryong", "dal", "su", "so", "won", "hye", "jin", "young", "ho", "beom"]


@given(st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=4), st.sampled_from([" ", "-"]),
       st.booleans())
def test_separators_and_case_never_matter(parts: list[str], sep: str, upper: bool) -> None:
    name = "Kim " + sep.join(parts)
    variant = "KIM " + " ".join(parts) if upper else "kim " + "".join(parts)
    assert name_key(name) == name_key(variant)


@pytest.mark.parametrize(("a", "b"), [
    ("Oh Dal-su", "Oh Dal Soo"), ("Jung Man-sik", "Jung Man Shik"), ("Kang Man-beom", "Gang Man Bum"),
    ("Choi Chun-ho", "Choi Choon Ho"), ("Lee Ye-sung", "Lee Ye Seung"), ("Cho Yeo-jeong", "Jo Yeo Jeong"),
    ("Chang Hyae-jin", "Jang Hye Jin"), ("Kim Su-an", "Kim Soo Ahn"), ("Park Gang-du", "Park Kang Doo"),
    ("Lee Hwan-kyung", "Rhee Hwan Kyung"),
])
def test_romanization_variants_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)
    assert "share the key" in explain_match(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Kim Min-ki", "Kim Min-guk"), ("Kang Seung-gi", "Kang Sung-hoon"), ("Kim Jung-tae", "Kim Ki-cheon"),
    ("Park Shin-hye", "Park Won-sang"), ("Old man Da-do", "Old Man Seo"), ("Jin-hee", "Jin Young"),
])
def test_look_alikes_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_hangul_is_romanized_first() -> None:
    assert romanize("류승룡") == "lyuseunglyong"
    assert name_key("류승룡") == name_key("Ryu Seung-ryong")


def test_differences_name_the_folds() -> None:
    assert differences("Oh Dal-su", "Oh Dal Soo") == ["oo/u"]
    assert differences("Ryu Seung-ryong", "Ryu Seung Ryong") == ["hyphen/space"]


def _gold_files() -> list[str]:
    return [str(p) for p in sorted(FILMS.glob("*.gold.json"))]


@pytest.mark.parametrize("gold_file", ["seed", *_gold_files()])
def test_gold_spelling_groups(gold_file: str) -> None:
    path = shared("gold", "miracle-in-cell-no-7.json") if gold_file == "seed" else gold_file
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    for group in gold["same_person"]:
        assert len({name_key(n) for n in group}) == 1, group
    for group in gold["different_people"]:
        keys = [name_key(n) for n in group]
        assert len(set(keys)) == len(keys), group
