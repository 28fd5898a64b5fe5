"""Group the names claims mention into entities, with every spelling and where it was seen."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..model import Claim, Document, Entity, EntityName, Name, Time
from ..sources.layout import script_of
from .names import explain_match, name_key, plain, romanize, similarity

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


def film_key(title: str) -> str:
    """Titles that differ only in punctuation, case or "No. 7"/"No.7" spacing are one title."""
    return re.sub(r"[^0-9a-z\uac00-\ud7a3\u4e00-\u9fff]+", "", plain(title).replace("no ", "no"))


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

    def add(self, text: str, document: str, encyclopedic: bool) -> None:
        self.spellings.setdefault(text, set()).add(document)
        if encyclopedic:
            self.encyclopedic.add(text)

    def display(self) -> str:
        """The spelling an encyclopedia uses, else the most common, else the first in order."""
        def rank(text: str) -> tuple[int, int, int, str]:
            return (text not in self.encyclopedic, -len(self.spellings[text]), "-" not in text, text)
        return min(self.spellings, key=rank)


@dataclass(frozen=True)
class Linking:
    """The entities found and how to get from a mention to its entity."""

    films: tuple[Entity, ...]
    people: tuple[Entity, ...]
    characters: tuple[Entity, ...]
    film_of_document: dict[str, str]
    _person: dict[str, str]
    _character: dict[tuple[str, str], str]

    def person(self, name: str) -> str | None:
        return self._person.get(name_key(name))

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


def _entities(kind: str, groups: dict[str, _Group], docs: dict[str, Document]) -> list[Entity]:
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
        out.append(Entity(_entity_id(kind, key), kind, display, names, (), explanation))
    return out


def link(documents: Iterable[Document], claims: Iterable[Claim]) -> Linking:
    docs = {d.id: d for d in documents}
    claims = list(claims)
    # Films: one per subject title (and year where stated).
    year_of: dict[str, str] = {}
    for c in claims:
        if c.property == "publication_year" and isinstance(c.value, Time):
            year_of.setdefault(c.document, c.value.iso[:4])
    film_groups: dict[str, _Group] = {}
    film_of_document: dict[str, str] = {}
    subjects = {c.document: c.subject for c in claims}
    titles_by_key: dict[str, set[str]] = defaultdict(set)
    for doc_id, subject in subjects.items():
        titles_by_key[film_key(subject)].add(year_of.get(doc_id, ""))
    for doc_id, subject in sorted(subjects.items()):
        tkey = film_key(subject)
        years = {y for y in titles_by_key[tkey] if y}
        year = year_of.get(doc_id) or (next(iter(years)) if len(years) == 1 else "")
        key = f"{tkey}|{year}"
        doc = docs.get(doc_id)
        group = film_groups.setdefault(key, _Group(key))
        group.add(subject, doc_id, bool(doc and doc.kind == "encyclopedia"))
        if doc and doc.title and film_key(page_title(doc.title)) != tkey:
            group.add(page_title(doc.title), doc_id, False)
        film_of_document[doc_id] = _entity_id("film", key)
    film_titles = set(titles_by_key)

    people: dict[str, _Group] = {}
    characters: dict[str, _Group] = {}
    character_film: dict[str, str] = {}
    roles_of_actor: dict[tuple[str, str], set[str]] = defaultdict(set)  # (film, actor key) → role keys
    for c in claims:
        doc = docs.get(c.document)
        enc = bool(doc and doc.kind == "encyclopedia")
        for name in person_mentions(c, film_titles):
            key = name_key(name)
            if key:
                people.setdefault(key, _Group(key)).add(name, c.document, enc)
        role = c.q("character") if c.property == "cast_member" else None
        if isinstance(role, str) and role:
            film = film_of_document.get(c.document, "")
            key = f"{film}|{name_key(role)}"
            characters.setdefault(key, _Group(key)).add(role, c.document, enc)
            character_film[key] = film
            if isinstance(c.value, Name):
                roles_of_actor[(film, name_key(c.value.text))].add(key)
    alias = _merge_alike_roles(characters, roles_of_actor)

    person_entities = _entities("person", people, docs)
    character_entities = _entities("character", characters, docs)
    return Linking(
        films=tuple(_entities("film", film_groups, docs)),
        people=tuple(person_entities),
        characters=tuple(character_entities),
        film_of_document=film_of_document,
        _person={key: _entity_id("person", key) for key in people},
        _character={(character_film[key], key.split("|", 1)[1]): _entity_id("character", alias.get(key, key))
                    for key in character_film},
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
                score = max(similarity(x, y) for x in ga.spellings for y in gb.spellings)
                if score >= ROLE_ALIKE:
                    for text, documents in gb.spellings.items():
                        for d in documents:
                            ga.add(text, d, text in gb.encyclopedic)
                    del characters[b]
                    alias[b] = a
    return alias


def look_alikes(people: Iterable[Entity], threshold: float = 80.0) -> list[tuple[Entity, Entity, float]]:
    """Pairs of distinct people whose names look alike but whose keys differ: kept apart, reported."""
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
