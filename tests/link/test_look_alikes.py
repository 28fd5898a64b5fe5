"""look_alikes through its blocks and rapidfuzz's batch compare finds exactly the pairs that comparing
every pair of a block finds, in the same order."""

from __future__ import annotations

import random
from collections import defaultdict

from filmfacts.link.entities import look_alikes
from filmfacts.link.names import plain, similarity
from filmfacts.model import Entity, EntityName


def every_pair(people: list[Entity], threshold: float = 80.0) -> list[tuple[Entity, Entity, float]]:
    by_initial: dict[str, list[Entity]] = defaultdict(list)
    for p in people:
        by_initial[plain(p.name)[:3]].append(p)
    out = []
    for group in by_initial.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                score = similarity(a.name, b.name)
                if score >= threshold:
                    out.append((a, b, score))
    return out


def test_same_pairs_as_every_pair() -> None:
    rng = random.Random(7)
    family = ["Kim", "Park", "Lee", "Jo", "Cho", "Smith", "Smyth", "Johnson", "Jonson", "류", "Ryu"]
    given = ["Min-ki", "Min-guk", "Seung-ryong", "Seung Ryong", "Dal-su", "Dal Soo", "John", "Jon", "Anne", "Ann",
             "승룡", "Ye-seung", "Yae-sung", "Won-sang", "Shin-hye", ""]
    names = {f"{rng.choice(family)} {rng.choice(given)}{rng.choice(['', '', 'a', ' Jr.'])}".strip() for _ in range(600)}
    people = [Entity(f"person:{i}", "person", name, (EntityName(name),)) for i, name in enumerate(sorted(names))]
    expected = every_pair(people)
    assert look_alikes(people) == expected
    assert len(expected) > 100
    assert look_alikes(people, threshold=90) == every_pair(people, threshold=90)
