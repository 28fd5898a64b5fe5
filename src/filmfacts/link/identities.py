"""Stable identities: the id a film or a person keeps across rebuilds, and what a user curated.

An identity is known by its anchors: the keys linking groups by (`film:titanic|1997`, `person:songgangho`)
and the external ids its documents carry (`imdb:tt0120338`, `kobis:20040001`). The store records anchor →
id the first time an identity is seen (`Store.record_identities`); a later link gives a group the id one
of its anchors already has, so a new document joins an identity and never renumbers one. A new
identity's id is derived from its strongest anchor: an external id when it has one, else its title key
and year (a person: the name key).

A shared external id joins two groups; two ids of one namespace keep them apart (two Titanics with
their own IMDb ids). Curations (`filmfacts same A B`, `filmfacts different A B`) are a user's decisions
about two ids with a reason: linking applies them over its own, and the decisions say where one did.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property

# Namespaces of external ids that name one film or person, strongest first (a shared one joins, two
# different ones of a namespace keep apart). A website is no identity.
NAMESPACES = ("imdb", "wikidata", "tmdb", "kmdb", "kobis", "hancinema")
_SHAPES = {"imdb": re.compile(r"^(?:tt|nm)\d{5,10}$"), "wikidata": re.compile(r"^Q\d+$")}


def external_anchor(namespace: str, ident: str) -> str:
    """`imdb:tt0120338` for an id of a known namespace and shape, else ""."""
    ns, ident = namespace.casefold().strip(), ident.strip()
    if ns not in NAMESPACES or not ident or ((shape := _SHAPES.get(ns)) and not shape.match(ident)):
        return ""
    return f"{ns}:{ident}"


def namespace(anchor: str) -> str:
    ns = anchor.split(":", 1)[0]
    return ns if ns in NAMESPACES else ""


def title_key(anchor: str) -> str | None:
    """The title key a film's title anchor holds (`film:titanic|1997` → titanic), None for another anchor."""
    return anchor[5:].split("|", 1)[0] if anchor.startswith("film:") else None


def derived_id(kind: str, anchor: str) -> str:
    """`f` or `p` and a hash of the anchor (an anchor of linking's own keys hashes as the key alone)."""
    anchor = anchor.removeprefix(f"{kind}:")
    return f"{kind[0]}{hashlib.sha256(f'{kind}:{anchor}'.encode()).hexdigest()[:11]}"


@dataclass(frozen=True)
class Curation:
    """A user's decision that two identities are one (`same`) or two (`different`), and why."""

    verdict: str
    a: str
    b: str
    because: str
    added: str = ""


class AnchorIndex(Mapping[str, str]):
    """anchor → id kept in the store and asked as linking needs it (`store.records.StoredAnchors`), so
    what a refresh holds does not grow with the store: `Known`'s questions about every anchor are
    asked of it by what they are about (a prefix, ids, title keys)."""

    def with_prefix(self, prefix: str, containing: str = "") -> dict[str, str]:
        raise NotImplementedError

    def of_identities(self, idents: Iterable[str]) -> dict[str, list[str]]:
        raise NotImplementedError

    def of_film_keys(self, keys: Iterable[str]) -> dict[str, str]:
        raise NotImplementedError

    def has_identity(self, ident: str) -> bool:
        raise NotImplementedError

    def learn(self, anchors: Mapping[str, str]) -> None:
        """`anchors` were recorded (an anchor keeps its first id)."""
        raise NotImplementedError

    def fetch(self, anchors: Iterable[str]) -> None:
        """Ask for these anchors at once: linking is about to ask for each."""
        raise NotImplementedError


class HeldAnchors(AnchorIndex):
    """Every anchor → id in memory (`Store.known`, for linking the whole store), answering as
    `StoredAnchors` does."""

    def __init__(self, anchors: Mapping[str, str]) -> None:
        self._anchors = anchors if isinstance(anchors, dict) else dict(anchors)
        self._ids: dict[str, list[str]] | None = None

    def __getitem__(self, anchor: str) -> str:
        return self._anchors[anchor]

    def __iter__(self) -> Iterator[str]:
        return iter(self._anchors)

    def __len__(self) -> int:
        return len(self._anchors)

    def _by_id(self) -> dict[str, list[str]]:
        if self._ids is None:
            self._ids = {}
            for anchor, ident in self._anchors.items():
                self._ids.setdefault(ident, []).append(anchor)
        return self._ids

    def with_prefix(self, prefix: str, containing: str = "") -> dict[str, str]:
        return {a: i for a, i in self._anchors.items() if a.startswith(prefix) and containing in a}

    def of_identities(self, idents: Iterable[str]) -> dict[str, list[str]]:
        held = self._by_id()
        return {i: list(held[i]) for i in idents if i in held}

    def of_film_keys(self, keys: Iterable[str]) -> dict[str, str]:
        keys = set(keys)
        return {a: i for a, i in self._anchors.items() if title_key(a) in keys}

    def has_identity(self, ident: str) -> bool:
        return ident in self._by_id()

    def learn(self, anchors: Mapping[str, str]) -> None:
        for anchor, ident in anchors.items():
            self._anchors.setdefault(anchor, ident)
        self._ids = None

    def fetch(self, anchors: Iterable[str]) -> None:
        pass  # all held


@dataclass(frozen=True)
class Known:
    """What the store remembers: anchor → id (every one held, or an `AnchorIndex` asking the store as
    linking needs), and the curations.

    Linking a part of the store to record its identities (`identity.record_part`) sets `keep_joined`:
    people the store knows as one identity stay one (what joined them may be in a document of another
    part), and `split_keys`: name keys another part gives another Hangul name of."""

    anchors: Mapping[str, str] = field(default_factory=dict)
    curations: tuple[Curation, ...] = ()
    keep_joined: bool = False
    split_keys: frozenset[str] = frozenset()

    @cached_property
    def index(self) -> AnchorIndex:
        return self.anchors if isinstance(self.anchors, AnchorIndex) else HeldAnchors(self.anchors)

    def anchors_of(self, ident: str) -> set[str]:
        return self.anchors_of_ids([ident]).get(ident, set())

    def anchors_of_ids(self, idents: Iterable[str]) -> dict[str, set[str]]:
        return {i: set(a) for i, a in self.index.of_identities(idents).items()}

    def has_id(self, ident: str) -> bool:
        return self.index.has_identity(ident)

    def with_prefix(self, prefix: str, containing: str = "") -> dict[str, str]:
        return self.index.with_prefix(prefix, containing)

    def film_anchors(self, keys: Iterable[str]) -> dict[str, str]:
        """The title anchors (`film:titanic|1997`, `film:titanic|`) of title keys → their ids."""
        return self.index.of_film_keys(keys)

    def learned(self, anchors: Mapping[str, str]) -> Known:
        """What the store knows once `anchors` are recorded: those it had keep their ids (what was
        worked out from the anchors before is worked out again)."""
        self.index.learn(anchors)
        return replace(self, anchors=self.index)

    @cached_property
    def merged(self) -> dict[str, str]:
        """id → the identity it was joined into, where recording a part of the store joined it
        (`merged:ID` anchors): another part's anchors of it still name the identity holding it."""
        out = {a.removeprefix("merged:"): i for a, i in self.with_prefix("merged:").items()}
        for old in out:
            seen = {old}
            while (new := out[old]) in out and out[new] not in seen:
                seen.add(new)
                out[old] = out[new]
        return out

    def current(self, ident: str) -> str:
        return self.merged.get(ident, ident)

    @cached_property
    def split_person_keys(self) -> frozenset[str]:
        """Name keys the store knows two Hangul names of (`person:risujin#이서진`, `…#이수진`)."""
        return frozenset(a[7:].split("#", 1)[0] for a in self.with_prefix("person:", "#")) | self.split_keys


def strength(anchor: str) -> tuple[int, int, str]:
    """External ids first (in NAMESPACES order), then a title key with its year, then the rest."""
    ns = namespace(anchor)
    if ns:
        return (0, NAMESPACES.index(ns), anchor)
    return (1, 0 if not anchor.endswith("|") else 1, anchor)


class Identities:
    """Ids for one kind's groups of anchors, with the curations that apply to them."""

    def __init__(self, kind: str, known: Known | None = None) -> None:
        self.kind = kind
        self.known = known or Known()
        self.taken: dict[str, frozenset[str]] = {}
        self.decisions: dict[str, tuple[str, ...]] = {}  # id → what joined, split or kept it
        # ids a curator said are one answer to one id, the least, wherever their documents are linked
        # (a person's films are reconciled apart, and must still give them one id)
        self.same_as: dict[str, str] = dict(self.known.merged) if self.known.keep_joined else {}
        for cur in self.known.curations:
            if cur.verdict == "same":
                a, b = self.same_as.get(cur.a, cur.a), self.same_as.get(cur.b, cur.b)
                keep, gone = min(a, b), max(a, b)
                self.same_as.update({k: keep for k, v in self.same_as.items() if v == gone})
                self.same_as[gone] = keep

    def ids_of(self, anchors: Iterable[str]) -> set[str]:
        return {i for a in anchors if (i := self.known.anchors.get(a))}

    def fetch(self, anchors: Iterable[str]) -> None:
        """The ids of these anchors asked of the store at once, where it is asked as linking needs."""
        self.known.index.fetch(anchors)

    def apart(self, a: Iterable[str], b: Iterable[str]) -> str:
        """Why two groups must not join, or "": curated different, or two external ids of one namespace."""
        a, b = set(a), set(b)
        if different := [cur for cur in self.known.curations if cur.verdict == "different"]:
            ids_a, ids_b = self.ids_of(a), self.ids_of(b)
            for cur in different:
                if (cur.a in ids_a and cur.b in ids_b) or (cur.b in ids_a and cur.a in ids_b):
                    return f"kept apart by a curator: {cur.because}"
        for ns in NAMESPACES:
            xa = {x for x in a if namespace(x) == ns}
            xb = {x for x in b if namespace(x) == ns}
            if xa and xb and not xa & xb:
                return f"kept apart: two {ns} ids ({min(xa)}, {min(xb)})"
        return ""

    def together(self) -> list[tuple[set[str], set[str], Curation]]:
        """The anchor sets of every pair a curator said is one."""
        return [(self.known.anchors_of(c.a), self.known.anchors_of(c.b), c)
                for c in self.known.curations if c.verdict == "same"]

    def id_for(self, anchors: Iterable[str], reasons: Iterable[str] = ()) -> tuple[str, list[str]]:
        """A group's id and what decided it: the id its anchors already have (the strongest anchor's
        when they hold several), else one derived from its strongest anchor, never one another group took."""
        ordered = sorted(set(anchors), key=strength)
        decisions: list[str] = []
        known = list(dict.fromkeys(self.same_as.get(i, i) for a in ordered if (i := self.known.anchors.get(a))))
        free = [i for i in known if i not in self.taken]
        if free:
            ident = free[0]
            if len(known) > 1:
                decisions.append(f"joins the identities {', '.join(known)}; keeps {ident}")
        else:
            ident = derived_id(self.kind, ordered[0]) if ordered else derived_id(self.kind, "")
            n = 1
            while ident in self.taken or (ident not in known and self.known.has_id(ident)):
                ident, n = derived_id(self.kind, f"{ordered[0]}#{n}"), n + 1
            if known:
                decisions.append(f"split from {known[0]}, which another group keeps")
        self.taken[ident] = frozenset(ordered)
        self.decisions[ident] = (*reasons, *decisions)
        return ident, decisions


__all__ = ["NAMESPACES", "AnchorIndex", "Curation", "HeldAnchors", "Identities", "Known", "derived_id",
           "external_anchor", "namespace", "strength", "title_key"]
