"""Copy detection through its shingle index finds exactly what comparing every pair finds."""

from __future__ import annotations

import random

from filmfacts.model import CopyRelation, Document, document_id
from filmfacts.reconcile import copies
from filmfacts.reconcile.copies import detect_copies

WORDS = ["film", "prison", "daughter", "father", "cell", "guard", "lawyer", "trial", "release", "admissions",
         "week", "record", "snow", "balloon", "escape", "judge", "court", "seven", "mercy", "story", "actor",
         "director", "korea", "seoul", "audience"]


def every_pair(documents: list[Document]) -> list[CopyRelation]:
    """The reference: every ordered pair compared (what detect_copies did before its index)."""
    sets = {d.id: copies.shingles(copies._prose(d)) for d in documents}
    out = []
    for copy in documents:
        for original in documents:
            if copy.id == original.id or not sets[copy.id]:
                continue
            overlap = len(sets[copy.id] & sets[original.id]) / len(sets[copy.id])
            declared = copies._declares(copy, original)
            if declared and overlap >= copies.DECLARED_MIN:
                evidence = (f"declares it uses content from {original.site}; {overlap:.0%} of its word "
                            f"8-grams occur in {original.site}'s text")
            elif not declared and overlap >= copies.UNDECLARED_MIN and copies._later(copy, original, sets):
                evidence = f"{overlap:.0%} of its word 8-grams occur in the other document (undeclared)"
            else:
                continue
            out.append(CopyRelation(copy.id, original.id, round(overlap, 4), declared, evidence))
    return out


def corpus(seed: int) -> list[Document]:
    rng = random.Random(seed)
    docs: list[Document] = []
    for i in range(40):
        if docs and rng.random() < 0.6:  # a copy of an earlier page, drifted by some share of its words
            words = docs[rng.randrange(len(docs))].text.split()
            for _ in range(rng.randrange(0, len(words) // 2 + 1)):
                words[rng.randrange(len(words))] = rng.choice(WORDS)
            if rng.random() < 0.3:
                words += [rng.choice(WORDS) for _ in range(rng.randrange(40))]
        else:
            words = [rng.choice(WORDS) for _ in range(rng.randrange(0, 120))]
        text = " ".join(words) or "x"
        site = rng.choice(["wikipedia.org", "fandom.com", "blog.example", "news.example", "mirror.example"])
        declared = tuple(rng.sample(["Wikipedia", "wikipedia.org", "fandom"], rng.randrange(0, 2)))
        docs.append(Document(id=document_id(f"{i} {text}"), source=f"d{i}", format="plain",
                             kind=rng.choice(["encyclopedia", "fan_wiki", "blog", "news"]), site=site, text=text,
                             published=rng.choice(["", "2020-01-01", "2021-05-05"]), declared_copies=declared))
    return docs


def test_the_index_finds_what_every_pair_finds() -> None:
    found = 0
    for seed in range(30):
        docs = corpus(seed)
        expected = every_pair(docs)
        assert detect_copies(docs) == expected, seed
        found += len(expected)
    assert found > 200  # the corpora do hold copies, declared and not


def test_needed_shingles() -> None:
    for n in range(1, 300):
        for share in (0.15, 0.5, 0.51, 1.0):
            k = copies._needed(n, share)
            assert k / n >= share and (k == 0 or (k - 1) / n < share)


def test_shingles_are_the_hashes_of_every_eight_words_in_a_row() -> None:
    import re

    rng = random.Random(7)
    for n in (0, 1, 7, 8, 9, 200):
        text = " ".join(rng.choice([*WORDS, "Ünïcode", "영화", "x1"]) for _ in range(n)) + ".\n| a table row"
        words = re.findall(r"\w+", text.casefold())
        assert copies.shingles(text) == {hash(tuple(words[i:i + 8])) for i in range(max(len(words) - 7, 0))}
