"""Which documents copy which: a declared banner, and the measured overlap of their text.

Overlap is the share of a document's word 8-grams (shingles) that also occur in
the other: a fan wiki that copied a Wikipedia article and then drifted keeps
many of its sentences word for word.

Pairs are found through an index, not by comparing every pair (a film covered by
thousands of pages would be quadratic): an undeclared copy shares at least half of
its shingles with its original, so it shares at least one of its rarest
`n - ceil(n / 2) + 1` shingles (prefix filtering); only the documents that hold one
of those are compared, exactly. A declared copy is compared with the documents of
the sites it names.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict, deque
from collections.abc import Sequence

from ..model import CopyRelation, Document

SHINGLE = 8
DECLARED_MIN = 0.15  # a declared copy needs some measured overlap to be matched to a document
UNDECLARED_MIN = 0.5
AUTHORITY = {"encyclopedia": 0, "dataset": 1, "news": 2, "fan_wiki": 3, "blog": 4, "forum": 5}


_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    # a window of the last words, not a list of the page's: a 1 MB page's words were 12 MB
    window: deque[str] = deque(maxlen=SHINGLE)
    out = set()
    for m in _WORD.finditer(text.casefold()):
        window.append(m.group())
        if len(window) == SHINGLE:
            out.add(hash(tuple(window)))
    return out


def _prose(doc: Document) -> str:
    return "\n".join(line for line in doc.text.split("\n") if not line.lstrip().startswith("|"))


def _declares(copy: Document, original: Document) -> bool:
    return any(site.casefold() in original.site.casefold() or original.site.casefold() in site.casefold()
               for site in copy.declared_copies)


def _needed(n: int, share: float) -> int:
    """The fewest shared shingles out of `n` that make `shared / n >= share`."""
    k = max(math.ceil(share * n), 0)
    while k > 0 and (k - 1) / n >= share:
        k -= 1
    while k / n < share:
        k += 1
    return k


def detect_copies(documents: Sequence[Document]) -> list[CopyRelation]:
    """Every (copy, original) pair among `documents`, in the order of `documents` (copy, then original)."""
    sets = {d.id: shingles(_prose(d)) for d in documents}
    frequency: Counter[int] = Counter()
    for d in documents:
        frequency.update(sets[d.id])
    # shingle → positions of the documents holding it, for the shingles two or more hold: one only a
    # document holds leads to no other, and most of a long page's are its own
    holders: dict[int, list[int]] = defaultdict(list)
    for i, d in enumerate(documents):
        for shingle in sets[d.id]:
            if frequency[shingle] > 1:
                holders[shingle].append(i)
    by_site: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(documents):
        by_site[d.site.casefold()].append(i)
    found: list[tuple[int, int, CopyRelation]] = []
    for c, copy in enumerate(documents):
        mine = sets[copy.id]
        if not mine:
            continue
        candidates = _holding_rarest(mine, len(mine) - _needed(len(mine), UNDECLARED_MIN) + 1, frequency, holders)
        if copy.declared_copies:
            candidates.update(o for site, docs in by_site.items()
                              if any(d.casefold() in site or site in d.casefold() for d in copy.declared_copies)
                              for o in docs)
        for o in sorted(candidates):
            original = documents[o]
            if copy.id == original.id:
                continue
            shared = len(mine & sets[original.id])
            overlap = shared / len(mine)
            declared = _declares(copy, original)
            if declared and overlap >= DECLARED_MIN:
                evidence = (f"declares it uses content from {original.site}; {overlap:.0%} of its word "
                            f"8-grams occur in {original.site}'s text")
            elif not declared and overlap >= UNDECLARED_MIN and _later(copy, original, sets):
                evidence = f"{overlap:.0%} of its word 8-grams occur in the other document (undeclared)"
            else:
                continue
            found.append((c, o, CopyRelation(copy.id, original.id, round(overlap, 4), declared, evidence)))
    return [rel for _, _, rel in sorted(found, key=lambda f: (f[0], f[1]))]


def _holding_rarest(mine: set[int], k: int, frequency: Counter[int], holders: dict[int, list[int]]) -> set[int]:
    """The documents holding one of the `k` rarest of `mine` (by frequency, then value) besides this one.
    The shingles no other document holds are the rarest, so only the others are sorted, and only when
    they are needed (a page mostly its own needs none)."""
    shared = [sh for sh in mine if frequency[sh] > 1]
    if len(mine) - len(shared) >= k:
        return set()
    shared.sort(key=lambda sh: (frequency[sh], sh))
    return {o for sh in shared[: k - (len(mine) - len(shared))] for o in holders[sh]}


def _later(copy: Document, original: Document, sets: dict[str, set[int]]) -> bool:
    """For an undeclared overlap, which side copied: the later, then the less authoritative, then
    the one more contained in the other."""
    if copy.published and original.published and copy.published != original.published:
        return copy.published > original.published
    a, b = AUTHORITY.get(copy.kind, 9), AUTHORITY.get(original.kind, 9)
    if a != b:
        return a > b
    return len(sets[copy.id]) <= len(sets[original.id])


def independent_groups(relations: Sequence[CopyRelation]) -> dict[str, str]:
    """document → representative of its copy cluster (union-find over copy relations)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for rel in relations:
        a, b = find(rel.copy), find(rel.original)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {doc: find(doc) for doc in {r.copy for r in relations} | {r.original for r in relations}}

