"""look_alikes through its length bound and its index of rare letter pairs (`link/alike.py`) finds
exactly the pairs, scores and order that scoring every pair of a block with rapidfuzz finds (the
function as it was before the index), on generated names, real cast lists and arbitrary text."""

from __future__ import annotations

import gzip
import json
import random
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from conftest import ROOT, shared
from filmfacts.link import alike
from filmfacts.link.alike import alike_pairs, every_pair
from filmfacts.link.entities import look_alikes
from filmfacts.link.names import plain, similarity
from filmfacts.model import Entity, EntityName

NAMES = ROOT / "tests" / "fixtures" / "names" / "cast_names.txt"


@pytest.fixture(autouse=True, scope="module")
def through_the_index() -> Iterator[None]:
    """Every input through the index, however few its pairs (a small one is scored pair by pair)."""
    few, alike.FEW_PAIRS = alike.FEW_PAIRS, 0
    yield
    alike.FEW_PAIRS = few


def every_pair_of_a_block(people: list[Entity], threshold: float = 80.0) -> list[tuple[Entity, Entity, float]]:
    """look_alikes as it was before the index: each name against every later name of its block."""
    by_initial: dict[str, list[tuple[Entity, str]]] = defaultdict(list)
    for p in people:
        key = plain(p.name)
        by_initial[key[:3]].append((p, key.replace(" ", "")))
    out = []
    for group in by_initial.values():
        keys = [k for _, k in group]
        for i in range(len(group) - 1):
            alike = process.extract(keys[i], keys[i + 1:], scorer=fuzz.ratio, score_cutoff=threshold, limit=None)
            for _, score, j in sorted(alike, key=lambda hit: hit[2]):
                out.append((group[i][0], group[i + 1 + j][0], float(score)))
    return out


def entities(names: list[str]) -> list[Entity]:
    return [Entity(f"person:{i}", "person", name, (EntityName(name),)) for i, name in enumerate(names)]


def test_same_pairs_as_every_pair() -> None:
    rng = random.Random(7)
    family = ["Kim", "Park", "Lee", "Jo", "Cho", "Smith", "Smyth", "Johnson", "Jonson", "류", "Ryu"]
    given_names = ["Min-ki", "Min-guk", "Seung-ryong", "Seung Ryong", "Dal-su", "Dal Soo", "John", "Jon", "Anne",
                   "Ann", "승룡", "Ye-seung", "Yae-sung", "Won-sang", "Shin-hye", ""]
    names = {f"{rng.choice(family)} {rng.choice(given_names)}{rng.choice(['', '', 'a', ' Jr.'])}".strip()
             for _ in range(600)}
    people = entities(sorted(names))
    found = look_alikes(people)
    assert found == every_pair_of_a_block(people)
    assert len(found) > 100
    # The scores are fuzz.ratio's on the plain names, as `similarity` gives them.
    assert all(score == similarity(a.name, b.name) >= 80 for a, b, score in found)
    assert look_alikes(people, threshold=90) == every_pair_of_a_block(people, threshold=90)


@pytest.mark.parametrize("threshold", [80.0, 60.0, 88.5, 100.0])
def test_bundled_cast_names(threshold: float) -> None:
    """The largest blocks of a real cast list (Mar…, Joh…, Mic…) and a few Hangul, kanji and
    two-letter names."""
    people = entities(NAMES.read_text(encoding="utf-8").splitlines())
    found = look_alikes(people, threshold)
    assert found == every_pair_of_a_block(people, threshold)
    assert len(found) >= {80.0: 40, 60.0: 400, 88.5: 10, 100.0: 1}[threshold]


def test_american_films_cast_lists() -> None:
    """The first 12,000 distinct cast names of the American-films dataset (blocks of up to 370)."""
    folder = shared("data", "wikipedia_american_films_prust")
    names: dict[str, None] = {}
    for path in sorted(Path(folder).glob("movies-*.json.gz")):
        for row in json.loads(gzip.decompress(path.read_bytes())):
            names.update((n, None) for n in row.get("cast") or [] if isinstance(n, str))
        if len(names) >= 12_000:
            break
    people = entities(list(names)[:12_000])
    for threshold in (80.0, 70.0):
        found = look_alikes(people, threshold)
        assert found == every_pair_of_a_block(people, threshold)
        assert len(found) > 500


# Names from a small alphabet share blocks and letters, so many pairs are near the threshold.
NAME = st.text(alphabet="aabeiknors -", min_size=0, max_size=16)


@settings(max_examples=300, deadline=None)
@given(st.lists(NAME, min_size=0, max_size=120),
       st.sampled_from([80.0, 50.0, 66.6, 75.0, 85.5, 90.0, 99.0, 100.0]) | st.floats(1.0, 100.0))
def test_generated_names(names: list[str], threshold: float) -> None:
    people = entities(names)
    assert look_alikes(people, threshold) == every_pair_of_a_block(people, threshold)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=12) | st.text(alphabet="abcd", min_size=30, max_size=90), max_size=60),
       st.floats(0.5, 100.0), st.integers(0, 3))
def test_any_keys(keys: list[str], threshold: float, blocks: int) -> None:
    """Keys of any letters (not only plain's) and long keys of a few letters, blocks by their first
    letters: the index and every pair agree."""
    block_of: dict[str, int] = {}
    numbers = [block_of.setdefault(k[:blocks], len(block_of)) for k in keys]
    # A block's keys share its first letters, as look_alikes' blocks do.
    prefixes = [len(head) for head in block_of]
    assert alike_pairs(keys, numbers, prefixes, threshold) == every_pair(keys, numbers, threshold)
