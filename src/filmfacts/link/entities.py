"""Group the names claims mention into entities, with every spelling and where it was seen."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..model import Claim, Document, Entity, EntityName, Name
from ..writing_systems import script_of
from .identities import Identities, Known, namespace
from .names import explain_match, film_key, name_key, plain, romanize, similarity

# Claim properties whose value is a person, and qualifiers that hold people.
PERSON_PROPERTIES = frozenset({
    "cast_member", "director", "producer", "screenwriter", "story", "music", "cinematography",
    "editing", "executive_producer",
})
PERSON_QUALIFIERS = ("starring", "director", "producer", "recipients")
# Words that make a name an organisation's, not a person's ("Atomic Monster Pictures", "New Line Cinema").
ORGANIZATION_WORDS = frozenset({
    "pictures", "films", "film", "studios", "studio", "entertainment", "media", "company", "productions",
    "production", "inc", "ltd", "corporation", "corp", "cinema", "network", "group", "works", "animation",
    "releasing", "distribution", "broadcasting", "hbo", "netflix", "llc", "co",
})


def looks_like_organization(name: str) -> bool:
    return any(w in ORGANIZATION_WORDS for w in re.findall(r"[a-z]+", name.casefold()))


def page_title(title: str) -> str:
    """A wiki page title without its disambiguation: "? (film)" → "?", "Parasite (2019 film)" → "Parasite"."""
    return re.sub(r"\s*\((?:\d{4} )?(?:[\w -]+ )?film\)$", "", title).strip() or title


def _entity_id(kind: str, key: str) -> str:
    return f"{kind[0]}{hashlib.sha256(f'{kind}:{key}'.encode()).hexdigest()[:11]}"


@dataclass
class _Group:
    key: str
    spellings: dict[str, set[str]] = field(default_factory=dict)  # text → documents
    encyclopedic: set[str] = field(default_factory=set)
    prose: set[str] = field(default_factory=set)  # spellings seen outside datasets

    def add(self, text: str, document: str, encyclopedic: bool, dataset: bool = False) -> None:
        self.spellings.setdefault(text, set()).add(document)
        if encyclopedic:
            self.encyclopedic.add(text)
        if not dataset:
            self.prose.add(text)

    def display(self) -> str:
        """The spelling an encyclopedia uses, else one written in prose (a dataset's Hangul title
        yields to the title English pages use), not in capitals (a chart's EXHUMA), the most
        common, else the first in order."""
        def rank(text: str) -> tuple[int, int, int, int, int, str]:
            return (text not in self.encyclopedic, bool(self.prose) and text not in self.prose,
                    text.isupper(), -len(self.spellings[text]), "-" not in text, text)
        return min(self.spellings, key=rank)


@dataclass(frozen=True)
class Linking:
    """The entities found and how to get from a mention to its entity."""

    films: tuple[Entity, ...]
    people: tuple[Entity, ...]
    characters: tuple[Entity, ...]
    film_of_document: dict[str, str]  # a document's main film (most of its claims are about it)
    _film_of: dict[tuple[str, str], str]
    _person: dict[str, str]
    _person_in_film: dict[tuple[str, str], str]
    _character: dict[tuple[str, str], str]
    anchors: dict[str, tuple[str, ...]] = field(default_factory=dict)  # film or person id → its anchors
    decisions: dict[str, tuple[str, ...]] = field(default_factory=dict)  # id → what joined or split it

    def film_of(self, c: Claim) -> str:
        """The film a claim is about: its own subject's, not its document's (a report names ten)."""
        return self._film_of.get((c.document, film_key(c.subject))) or self.film_of_document.get(c.document, "")

    def person(self, name: str, film: str = "") -> str | None:
        """The person a name is; `film` tells apart two people who share a romanized name."""
        from .people import person_key

        key = person_key(name)
        return self._person_in_film.get((film, key)) or self._person.get(key)

    def character(self, film: str, name: str) -> str | None:
        return self._character.get((film, name_key(name)))

    @cached_property
    def _by_id(self) -> dict[str, Entity]:
        return {ent.id: ent for group in (self.films, self.people, self.characters) for ent in group}

    def entity(self, entity_id: str) -> Entity | None:
        return self._by_id.get(entity_id)


def person_mentions(c: Claim, film_titles: set[str]) -> Iterable[str]:
    if c.property in PERSON_PROPERTIES and isinstance(c.value, Name):
        yield c.value.text
    for key in PERSON_QUALIFIERS:
        val = c.q(key)
        names = val if isinstance(val, tuple) else (val,) if isinstance(val, str) else ()
        for name in names:
            if film_key(name) not in film_titles and not looks_like_organization(name):
                yield name


def _entities(kind: str, groups: dict[str, _Group], docs: dict[str, Document], ids: dict[str, str] | None = None,
              external: dict[str, tuple[tuple[str, str], ...]] | None = None,
              reasons: dict[str, list[str]] | None = None) -> list[Entity]:
    out = []
    for key, group in sorted(groups.items()):
        display = group.display()
        names = tuple(
            EntityName(text, "ko" if script_of(text) in {"Hangul", "Hanja"} else "", script_of(text) or "Latin",
                       romanize(text) if script_of(text) == "Hangul" else "", tuple(sorted(documents)))
            for text, documents in sorted(group.spellings.items())
        )
        others = [n.text for n in names if n.text != display]
        explanation = "; ".join(explain_match(display, o) for o in others) if others else "one spelling"
        if more := (reasons or {}).get(key):
            explanation = "; ".join([explanation, *more])
        out.append(Entity((ids or {}).get(key) or _entity_id(kind, key), kind, display, names,
                          (external or {}).get(key, ()), explanation))
    return out


# Claims whose value is another name of the claim's film: a document that gives the Hangul title
# joins the film to documents that name it by that title (a KOBIS row), when the years agree
# (`films.film_groups`).
TITLE_PROPERTIES = frozenset({"native_title", "title", "romanized_title"})


def link(documents: Iterable[Document], claims: Iterable[Claim], known: Known | None = None) -> Linking:
    """`known`: the store's identities (anchor → id) and curations, so ids stay what they were."""
    docs = {d.id: d for d in documents}
    claims = list(claims)
    from .films import film_groups  # films.py builds on this module's helpers

    film_ids = Identities("film", known)
    found = film_groups(docs, claims, film_ids)
    film_titles = found.titles
    id_of: dict[str, str] = {}
    anchors: dict[str, tuple[str, ...]] = {}
    decisions: dict[str, tuple[str, ...]] = {}
    film_ids.fetch(a for root in found.groups for a in found.anchors[root])
    for root in sorted(found.groups):
        ident, decided = film_ids.id_for(found.anchors[root])
        id_of[root] = ident
        anchors[ident] = tuple(sorted(found.anchors[root]))
        decisions[ident] = tuple([*found.reasons.get(root, []), *decided])
    external = {root: tuple((a.split(":", 1)[0], a.split(":", 1)[1]) for a in sorted(found.anchors[root])
                            if namespace(a)) for root in found.groups}
    film_of_claim_key = {k: id_of[v] for k, v in found.film_of.items()}
    # A document's own film: the one most of its claims are about.
    per_doc: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for c in claims:
        if fid := film_of_claim_key.get((c.document, film_key(c.subject))):
            per_doc[c.document][fid] += 1
    film_of_document = {doc: max(counts, key=lambda f: (counts[f], f)) for doc, counts in per_doc.items()}

    from .people import Mention, link_people  # people.py builds on this module's helpers

    mentions: list[Mention] = []
    characters: dict[str, _Group] = {}
    character_film: dict[str, str] = {}
    roles_of_actor: dict[tuple[str, str], set[str]] = defaultdict(set)  # (film, actor key) → role keys
    for c in claims:
        doc = docs.get(c.document)
        enc = bool(doc and doc.kind == "encyclopedia")
        dataset = bool(doc and doc.kind == "dataset")
        film_id = film_of_claim_key.get((c.document, film_key(c.subject)), "")
        person_role = "cast" if c.property == "cast_member" else \
            c.property if c.property in PERSON_PROPERTIES else "award"
        mentions.extend(Mention(name, c.document, film_id, person_role, enc, dataset)
                        for name in person_mentions(c, film_titles))
        role = c.q("character") if c.property == "cast_member" else None
        if isinstance(role, str) and role:
            film = film_of_claim_key.get((c.document, film_key(c.subject)), "")
            key = f"{film}|{name_key(role)}"
            characters.setdefault(key, _Group(key)).add(role, c.document, enc)
            character_film[key] = film
            if isinstance(c.value, Name):
                roles_of_actor[(film, name_key(c.value.text))].add(key)
    alias = _merge_alike_roles(characters, roles_of_actor)

    person_ids = Identities("person", known)
    person_entities, person_of_key, person_in_film = link_people(mentions, person_ids)
    for ident, members in person_ids.taken.items():
        anchors[ident] = tuple(sorted(members))
    decisions.update(person_ids.decisions)
    character_entities = _entities("character", characters, docs)
    return Linking(
        films=tuple(_entities("film", found.groups, docs, id_of, external, found.reasons)),
        people=tuple(person_entities),
        characters=tuple(character_entities),
        film_of_document=film_of_document,
        _film_of=film_of_claim_key,
        _person=person_of_key,
        _person_in_film=person_in_film,
        _character={(character_film[key], key.split("|", 1)[1]): _entity_id("character", alias.get(key, key))
                    for key in character_film},
        anchors=anchors,
        decisions=decisions,
    )


ROLE_ALIKE = 85.0


def _merge_alike_roles(characters: dict[str, _Group], roles_of_actor: dict[tuple[str, str], set[str]],
                       ) -> dict[str, str]:
    """One actor's role in one film, spelled so that the keys differ ("Yon-suk" / "Yong Suk"), is one
    character when the spellings look alike; unlike names ("Old man Jin-hee" / "Jin Young") stay two
    roles, and the difference is reported as a conflict. Returns merged key → surviving key."""
    alias: dict[str, str] = {}
    for keys in roles_of_actor.values():
        ordered = sorted(k for k in keys if k in characters)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if a in alias or b in alias:
                    continue
                ga, gb = characters[a], characters[b]
                if set().union(*ga.spellings.values()) & set().union(*gb.spellings.values()):
                    continue  # one document naming both: two roles
                if any(_one_role(x, y) for x in ga.spellings for y in gb.spellings):
                    for text, documents in gb.spellings.items():
                        for d in documents:
                            ga.add(text, d, text in gb.encyclopedic)
                    del characters[b]
                    alias[b] = a
    return alias


def _one_role(a: str, b: str) -> bool:
    """Two spellings of one actor's role in one film name one character: they look alike, or one is
    the other with words before it ("Na-mi" / "Im Na-mi", "Lee Tae-shin" / "General Lee Tae-shin",
    "해준" / "Jang Hae-jun") or after it ("Jake" / "Jake Sully")."""
    if similarity(a, b) >= ROLE_ALIKE:
        return True
    short, long = sorted((plain(a), plain(b)), key=len)
    if not short or short == long:
        return bool(short)
    if set(short.split()) <= set(long.split()):
        return True
    joined_short, joined_long = short.replace(" ", ""), long.replace(" ", "")
    return len(joined_short) >= 4 and joined_long.endswith(joined_short)


def look_alikes(people: Iterable[Entity], threshold: float = 80.0) -> list[tuple[Entity, Entity, float]]:
    """Pairs of distinct people whose names look alike but whose keys differ: kept apart, reported.

    Names are compared within blocks of the same first three letters, each name normalised once, and
    only the pairs of a block that can reach `threshold` are scored (`link/alike.py`: a length bound
    and an index of rare letter pairs), not every pair of it. The pairs, scores and order are those of
    scoring every pair of a block: blocks in the order their first name came, then by the pair's first
    and second name in that order."""
    from .alike import alike_pairs

    found = list(people)
    block_of: dict[str, int] = {}
    keys, blocks, prefixes = [], [], []
    for p in found:
        key = plain(p.name)
        block = block_of.get(key[:3])
        if block is None:
            block = block_of[key[:3]] = len(block_of)
            prefixes.append(len(key[:3].replace(" ", "")))  # the letters every key of the block starts with
        blocks.append(block)
        keys.append(key.replace(" ", ""))
    return [(found[i], found[j], score) for i, j, score in alike_pairs(keys, blocks, prefixes, threshold)]
