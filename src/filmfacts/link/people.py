"""People across spellings, scripts and name orders: one entity per person, every join with its reason.

Spellings meet first by `names.name_key` (romanization-aware: Song Kang-ho, Song Kang Ho, 송강호). Groups of
keys then join on evidence:

- **name order**: "Tae-hwa Eom" and "Eom Tae-hwa", "Ryusuke Hamaguchi" and "Hamaguchi Ryusuke" are one
  person when the two spellings share a film;
- **script**: a name in kanji, hanzi or kana is read (pykakasi for Japanese, pypinyin for Mandarin)
  and meets the Latin spelling with the same reading in either order (山崎貴 / Takashi Yamazaki); where
  readings differ (周潤發 / Chow Yun-fat is Cantonese), the only name each script gives for one crew
  role of one film meets (the director of a film in both);
- **misspelling**: two Latin spellings of one role in one film that look alike (Steven Yeun / Steven
  Yuen) and that no document names side by side;
- **family name alone**: "Curtiz" meets the one full name of the film that ends (or, Korean order,
  starts) with it.

Two spellings that one document names side by side are never joined by a look-alike rule: two
producers credited together as Park Ji-min and Park Ji-mun are two people.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from ..model import Entity, EntityName
from ..writing_systems import script_of
from .identities import Identities
from .names import _fold, explain_match, name_key, plain, romanize, romanized_korean, similarity, strict_key

LOOK_ALIKE = 88.0
CREW_ROLES = frozenset({"director", "screenwriter", "producer", "music", "cinematography", "editing"})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")


@dataclass(frozen=True)
class Mention:
    """A person named by a claim: the spelling, where, for which film and in which role."""

    text: str
    document: str
    film: str
    role: str  # cast, director, screenwriter, …, award
    encyclopedic: bool = False
    dataset: bool = False


@dataclass
class _Key:
    key: str
    spellings: dict[str, set[str]] = field(default_factory=dict)  # text → documents
    films: set[str] = field(default_factory=set)
    roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # film → roles
    encyclopedic: set[str] = field(default_factory=set)
    prose: set[str] = field(default_factory=set)

    @property
    def documents(self) -> set[str]:
        return set().union(*self.spellings.values())


class _Union:
    def __init__(self, ids: Identities | None = None) -> None:
        self.parent: dict[str, str] = {}
        self.reasons: dict[str, list[str]] = defaultdict(list)
        self.ids = ids
        self.members: dict[str, set[str]] = defaultdict(set)  # root → anchors of its units

    def find(self, k: str) -> str:
        while self.parent.setdefault(k, k) != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def anchors(self, root: str) -> set[str]:
        return self.members.get(root, set()) | {f"person:{root}"}

    def join(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.ids is not None and (why := self.ids.apart(self.anchors(ra), self.anchors(rb))):
            if why not in self.reasons[ra]:
                self.reasons[ra].append(f"{why} (over: {reason})")
            return
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.members[keep] = self.anchors(keep) | self.anchors(gone)
        self.members.pop(gone, None)
        self.reasons[keep].extend([*self.reasons.pop(gone, []), *([reason] if reason else [])])


def _words(text: str) -> list[str]:
    return plain(re.sub(r"[-‐‑]", "", text)).split()


def _reading_key(words: Iterable[str]) -> str:
    """Order-free key of a name's sounds: long vowels shortened (Andō, andou → ando), then folded."""
    out = []
    for w in words:
        for long, short in (("ou", "o"), ("uu", "u"), ("oo", "o"), ("aa", "a"), ("ii", "i"), ("ee", "e")):
            w = w.replace(long, short)
        out.append(_fold(w))
    return " ".join(sorted(out))


@lru_cache(maxsize=1)
def _kakasi():  # type: ignore[no-untyped-def]
    import pykakasi

    return pykakasi.kakasi()


@lru_cache(maxsize=20_000)
def readings(text: str) -> tuple[str, ...]:
    """Latin readings of a name in kanji/hanzi/kana: Japanese (kana, or kanji read as Japanese) and Mandarin."""
    if not _CJK.search(text):
        return ()
    out = []
    japanese = " ".join(x["hepburn"] for x in _kakasi().convert(text) if x["hepburn"].strip())
    if japanese:
        out.append(japanese)
    if not _KANA.search(text):
        from pypinyin import lazy_pinyin

        out.append(" ".join(lazy_pinyin(text)))
    return tuple(out)


def person_key(text: str) -> str:
    """`name_key` for a name that may be romanized Korean (the folds are its spellings), the letters
    alone for any other (Walsh and Wars are two people), or for a name in kanji, hanzi or kana (which
    has no letters) the name itself."""
    if key := name_key(text):
        return key if romanized_korean(text) else strict_key(text)
    return "=" + re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)) if _CJK.search(text) else ""


def _script_class(text: str) -> str:
    return "cjk" if _CJK.search(text) else "hangul" if script_of(text) == "Hangul" else "latin"


def link_people(mentions: Iterable[Mention], ids: Identities | None = None,
                ) -> tuple[list[Entity], dict[str, str], dict[tuple[str, str], str]]:
    """The person entities; name key → entity id; (film, name key) → entity id where a key is two people.

    A key shared by two Hangul names (김민수 and 김민서 can romanize alike) is two people: each Hangul
    spelling is its own unit, and a Latin spelling of the key goes with the Hangul name its film gives."""
    mentions = [m for m in mentions if person_key(m.text)]
    hangul: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if script_of(m.text) == "Hangul":
            hangul[person_key(m.text)].add(_hangul(m.text))
    ids = ids or Identities("person")
    # a key the store knows two Hangul names of is split here too, though only one is among these
    # mentions: a film's record is linked apart from the others (records.py), and 이서진 of one film
    # must not take the id of 이수진 of another
    split = {k for k, forms in hangul.items() if len(forms) > 1 or k in ids.known.split_person_keys}
    hangul_in_film: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        if person_key(m.text) in split and script_of(m.text) == "Hangul":
            hangul_in_film[(m.film, person_key(m.text))].add(_hangul(m.text))

    def unit_of(m: Mention) -> str:
        k = person_key(m.text)
        if k not in split:
            return k
        if script_of(m.text) == "Hangul":
            return f"{k}#{_hangul(m.text)}"
        forms = hangul_in_film.get((m.film, k), set())
        return f"{k}#{next(iter(forms))}" if len(forms) == 1 else k

    keys: dict[str, _Key] = {}
    unit_in_film: dict[tuple[str, str], str] = {}
    for m in mentions:
        unit = unit_of(m)
        unit_in_film[(m.film, person_key(m.text))] = unit
        entry = keys.setdefault(unit, _Key(unit))
        entry.spellings.setdefault(m.text, set()).add(m.document)
        if m.film:
            entry.films.add(m.film)
            entry.roles[m.film].add(m.role)
        if m.encyclopedic:
            entry.encyclopedic.add(m.text)
        if not m.dataset:
            entry.prose.add(m.text)
    union = _Union(ids)
    by_film: dict[str, list[_Key]] = defaultdict(list)
    for entry in keys.values():
        union.find(entry.key)
        for film in entry.films:
            by_film[film].append(entry)
    for k in split:
        for unit in (u for u in keys if u.startswith(f"{k}#")):
            others = ", ".join(sorted(f for f in hangul[k] if f != unit.split("#", 1)[1])) \
                or "the others the store knows"
            union.reasons[unit].append(f"kept apart from {others}: another Hangul name with the same romanization")
    if ids is not None:
        ids.fetch(f"person:{k}" for k in keys)
    _join_orders(keys, union)
    _join_readings(keys, union)
    for film, entries in by_film.items():
        _join_in_film(film, entries, union)
    for a_anchors, b_anchors, cur in ids.together():  # a curator said these are one person
        a_units = [k for k in keys if f"person:{k}" in a_anchors]
        b_units = [k for k in keys if f"person:{k}" in b_anchors]
        if a_units and b_units:
            union.join(a_units[0], b_units[0], f"joined by a curator ({cur.a} = {cur.b}): {cur.because}")
    if ids.known.keep_joined:  # one identity already: what joined it may be in documents not linked here
        first: dict[str, str] = {}
        for k in sorted(keys):
            if known := ids.known.anchors.get(f"person:{k}"):
                known = ids.same_as.get(known, known)
                union.join(first.setdefault(known, k), k, "")
    groups: dict[str, list[_Key]] = defaultdict(list)
    for entry in keys.values():
        groups[union.find(entry.key)].append(entry)
    entities, of_unit = [], {}
    for root, members in sorted(groups.items()):
        reasons = union.reasons.get(root, [])
        ident, _ = ids.id_for({f"person:{m.key}" for m in members}, reasons)
        entity = _entity(ident, members, reasons)
        entities.append(entity)
        for member in members:
            of_unit[member.key] = entity.id
    of_key = {k: of_unit[k] for k in keys if "#" not in k}
    for k in split:  # a Latin spelling with no film to tell: the key's first Hangul name
        of_key.setdefault(k, of_unit[min(u for u in keys if u.startswith(f"{k}#"))])
    in_film = {(film, k): of_unit[unit] for (film, k), unit in unit_in_film.items() if k in split}
    return entities, of_key, in_film


def _hangul(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _join_orders(keys: dict[str, _Key], union: _Union) -> None:
    """Given name first or family name first: one person when the two orders share a film."""
    for entry in keys.values():
        for text in entry.spellings:
            words = text.split()
            if len(words) != 2 or _script_class(text) != "latin":
                continue
            other = keys.get(person_key(f"{words[1]} {words[0]}"))
            if other is not None and other is not entry and entry.films & other.films:
                union.join(entry.key, other.key, f"{text!r} is {next(iter(other.spellings))!r} with the given "
                                                 f"name first (they share a film)")


def _join_readings(keys: dict[str, _Key], union: _Union) -> None:
    """A kanji/hanzi/kana spelling meets the Latin spelling that reads the same, in either order."""
    latin: dict[str, list[_Key]] = defaultdict(list)
    for entry in keys.values():
        for text in entry.spellings:
            if _script_class(text) == "latin" and len(_words(text)) >= 2:
                latin[_reading_key(_words(text))].append(entry)
    for entry in keys.values():
        for text in entry.spellings:
            for reading in readings(text):
                found = {e.key: e for e in latin.get(_reading_key(reading.split()), []) if e is not entry}
                if len(found) == 1:
                    other = next(iter(found.values()))
                    union.join(entry.key, other.key, f"{text!r} reads {reading!r}, as {next(iter(other.spellings))!r}")


def _join_in_film(film: str, entries: list[_Key], union: _Union) -> None:
    # crew roles: the only name each script gives for the role joins across scripts
    for role in CREW_ROLES:
        by_script: dict[str, list[_Key]] = defaultdict(list)
        for e in entries:
            if role in e.roles.get(film, ()):
                for cls in {_script_class(t) for t in e.spellings}:
                    by_script[cls].append(e)
        if len(by_script.get("latin", [])) == 1:
            latin = by_script["latin"][0]
            for cls in ("cjk", "hangul"):
                if len(by_script.get(cls, [])) == 1 and by_script[cls][0] is not latin:
                    other = by_script[cls][0]
                    pair = f"{next(iter(latin.spellings))!r}, {next(iter(other.spellings))!r}"
                    union.join(latin.key, other.key, f"the only {role} of one film named in each script ({pair})")
    # look-alike spellings of one role, never named side by side; a middle name dropped
    latin_entries = [e for e in entries if any(_script_class(t) == "latin" for t in e.spellings)]
    for i, a in enumerate(latin_entries):
        for b in latin_entries[i + 1:]:
            if union.find(a.key) == union.find(b.key) or not (a.roles.get(film, set()) & b.roles.get(film, set())):
                continue
            pairs = [(x, y) for x in a.spellings for y in b.spellings
                     if _script_class(x) == _script_class(y) == "latin"]
            shorter = next(((x, y) for x, y in pairs if _middle_dropped(x, y)), None)
            if shorter:
                union.join(a.key, b.key, f"{shorter[0]!r} and {shorter[1]!r} credit one role of one film, one "
                                         f"without the middle name")
                continue
            if a.documents & b.documents:
                continue
            alike = max(((similarity(x, y), x, y) for x, y in pairs if len(_words(x)) == len(_words(y)) >= 2),
                        default=(0.0, "", ""))
            if alike[0] >= LOOK_ALIKE:
                union.join(a.key, b.key, f"{alike[1]!r} and {alike[2]!r} credit one role of one film and look "
                                         f"alike (similarity {alike[0]:.0f}); no document names both")
    # a Hangul spelling and a Latin one of one role in one film that romanize alike (유아인 / Yoo Ah-in),
    # unless the Latin one has a Hangul name of its own already: two Hangul names are two people (강철비2
    # credits 조우진, who is Jo Woo-jin, and 조의진, who romanizes close to him)
    hangul_entries = [e for e in entries if any(_script_class(t) == "hangul" for t in e.spellings)]
    for h in hangul_entries:
        for e in latin_entries:
            if union.find(h.key) == union.find(e.key) or not (h.roles.get(film, set()) & e.roles.get(film, set())) \
                    or any(_script_class(t) == "hangul" for t in e.spellings):
                continue
            alike = max(((fuzz.ratio(name_key(x), name_key(y)), x, y) for x in h.spellings for y in e.spellings
                         if _script_class(x) == "hangul" and _script_class(y) == "latin"), default=(0.0, "", ""))
            if alike[0] >= LOOK_ALIKE:
                union.join(h.key, e.key, f"{alike[1]!r} romanizes close to {alike[2]!r} (similarity {alike[0]:.0f}) "
                                         f"and both credit one role of one film")
    # a family name alone meets the one full name of the film it ends or starts
    for e in entries:
        words = [_words(t) for t in e.spellings if _script_class(t) == "latin"]
        if not any(len(w) == 1 for w in words):
            continue
        alone = next(w[0] for w in words if len(w) == 1)
        full = {o.key: o for o in entries if o is not e and any(
            len(ws) >= 2 and alone in (ws[0], ws[-1]) for t in o.spellings if (ws := _words(t)))}
        if len(full) == 1:
            other = next(iter(full.values()))
            union.join(e.key, other.key, f"{alone.title()!r} alone is the only person of the film so named "
                                         f"({next(iter(other.spellings))!r})")


def _middle_dropped(a: str, b: str) -> bool:
    """"Chloë Moretz" and "Chloë Grace Moretz": the same first and last name, one with middle names."""
    wa, wb = _words(a), _words(b)
    short, long = sorted((wa, wb), key=len)
    return len(short) == 2 and len(long) > 2 and short[0] == long[0] and short[-1] == long[-1]


def _display(members: list[_Key]) -> str:
    spellings: dict[str, set[str]] = {}
    enc: set[str] = set()
    prose: set[str] = set()
    for m in members:
        for text, docs in m.spellings.items():
            spellings.setdefault(text, set()).update(docs)
        enc |= m.encyclopedic
        prose |= m.prose

    def rank(text: str) -> tuple[int, int, int, int, int, int, str]:
        return (text not in enc, bool(prose) and text not in prose, _script_class(text) != "latin",
                len(_words(text)) < 2, text.isupper(), -len(spellings[text]), text)

    return min(spellings, key=rank)


def _entity(ident: str, members: list[_Key], reasons: list[str]) -> Entity:
    display = _display(members)
    spellings: dict[str, set[str]] = {}
    for m in members:
        for text, docs in m.spellings.items():
            spellings.setdefault(text, set()).update(docs)
    names = tuple(
        EntityName(text, "ko" if script_of(text) in {"Hangul", "Hanja"} else "", script_of(text) or "Latin",
                   romanize(text) if script_of(text) == "Hangul" else "", tuple(sorted(docs)))
        for text, docs in sorted(spellings.items()))
    same_key = [explain_match(display, t) for t in sorted(spellings)
                if t != display and person_key(t) == person_key(display)]
    explanation = "; ".join([*same_key, *reasons]) or "one spelling"
    return Entity(ident, "person", unicodedata.normalize("NFC", display), names, (),
                  explanation)


__all__ = ["Mention", "link_people", "person_key", "readings"]
