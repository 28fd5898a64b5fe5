"""Linking claims' names into entities."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES, FILMS
from filmfacts.extract import run
from filmfacts.link import link
from filmfacts.link.entities import _one_role
from filmfacts.sources import read_file


def _linked(*paths: Path):  # type: ignore[no-untyped-def]
    docs = [read_file(p) for p in paths]
    return docs, link(docs, [c for d in docs for c in run(d)])


def test_one_film_one_person_per_spelling_group() -> None:
    docs, linking = _linked(*sorted(EXAMPLES.glob("*.txt")))
    assert len(linking.films) == 1
    assert set(linking.film_of_document) == {d.id for d in docs}
    oh = next(p for p in linking.people if p.name == "Oh Dal-su")
    assert sorted(oh.spellings()) == ["Oh Dal Soo", "Oh Dal Su", "Oh Dal-su"]
    assert "oo/u" in oh.explanation
    # the film itself, listed as an award recipient, is not a person
    assert not any("Miracle" in p.name for p in linking.people)
    # organisations named as producers are not people
    assert not any("Pictures" in p.name for p in linking.people)


def test_alike_roles_of_one_actor_merge_but_different_roles_do_not() -> None:
    _, linking = _linked(FILMS / "train-to-busan" / "wikipedia.txt", FILMS / "train-to-busan" / "dramawiki.txt")
    names = {c.name: c for c in linking.characters}
    assert set(names["Yon-suk"].spellings()) == {"Yon-suk", "Yong Suk"}
    assert "look alike" in names["Yon-suk"].explanation
    assert "Jin-hee" in names and "Jin Young" in names  # one actor, two different names: a conflict


@pytest.mark.parametrize(("a", "b", "one"), [
    ("Na-ri", "Im Na-ri", True), ("Lee Tae-o", "General Lee Tae-o", True), ("Jake", "Jake Sully", True),
    ("해준", "Jang Hae-jun", True), ("Jin-hee", "Jin Young", False), ("Old man Jin-hee", "Jin Young", False),
])
def test_one_actors_role_named_in_full_and_in_part_is_one_character(a: str, b: str, one: bool) -> None:
    assert _one_role(a, b) is one


def test_same_title_and_year_is_one_film_across_documents() -> None:
    _, linking = _linked(FILMS / "parasite" / "wikipedia.txt", FILMS / "parasite" / "dramawiki.txt",
                         FILMS / "the-host" / "wikipedia.txt")
    names = [f.name for f in linking.films]
    # each page's film once; the films the pages describe in passing ("his 2009 film Mother") are their own
    assert names.count("Parasite") == 1 and names.count("The Host") == 1
