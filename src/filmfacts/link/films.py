"""One record per film: the subjects of claims grouped by title and year.

A film is named differently across documents: in capitals ("ROUNDUP: NO WAY OUT"), with or without its
article ("The Lake House" / "Lake House, The"), in Hangul or romanized (`film_key` romanizes), with a
small word dropped ("Along With Gods: The Two Worlds"). The loose key (`loose_key`) makes those one
title. Titles a document gives as another name of its film (a `native_title`, a `romanized_title`, an
international `title`) join the film to the documents that name it so, when the years agree.

Films sharing a title (Titanic 1953 and 1997) stay apart by year. A document's year for its film is
the one it states: a `publication_year` claim or a "Title (1997)" in its text. A document that states
none is given the year its own words point to, when the title has several: a release date or an
opening figure of that year, people the page names that the documents of one year credit (a page
naming James Cameron is about his Titanic), no film released after the page was written. A document
nothing ties to one year keeps a record of its own (its claims are not given to the nearest film).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..model import Claim, Document, Name, Text, Time
from .entities import PERSON_PROPERTIES, TITLE_PROPERTIES, _Group, film_key, page_title
from .identities import Identities, external_anchor, namespace, strength

# Words a title may gain or lose between pages without being another film.
_LOOSE_WORDS = frozenset({"the", "a", "an", "of", "and", "with", "to", "in", "on", "at", "for", "from", "by"})
# Figures counted from a film's release: their day dates the release.
_OPENING = frozenset({"opening_day", "opening_weekend", "opening_week"})


# An edition of a film ("Avatar: Special Edition", "Blade Runner (The Final Cut)", "Aliens: Director's
# Cut") is that film, released again: one identity, whose year is the film's; the edition's own year is
# when the edition came out (`editions`), not a second year of the film to conflict with the first.
EDITION = re.compile(
    r"(?:(?<!\s)\s+)?(?:[:\-–—]\s*|\(\s*)(?P<edition>(?:the\s+)?(?:special|extended|director'?s|collector'?s|ultimate|"
    r"theatrical|unrated|final|definitive|remastered|restored|imax|3-?d|\d+(?:st|nd|rd|th)\s+anniversary|"
    r"anniversary)\b[\w\s'-]*?(?:edition|cut|version|re-?release)?)\s*\)?\s*$", re.I)


def edition_of(title: str) -> tuple[str, str] | None:
    """ "Avatar: Special Edition" → ("Avatar", "Special Edition"); None for a title naming no edition."""
    m = EDITION.search(title)
    if not m or not title[:m.start()].strip():
        return None
    return title[:m.start()].strip(), m.group("edition").strip()


def editions(docs: Iterable[Document], claims: Iterable[Claim]) -> list[Claim]:
    """The claims, where a document is about an edition of its film (its page or row is titled so), with
    that document's later publication years marked as the edition's (qualifier `edition`): the film's
    year is its earliest, so "Avatar: Special Edition" (2010) is Avatar (2009), not a year conflict."""
    claims = list(claims)
    edition = {d.id: found[1] for d in docs if d.title and (found := edition_of(page_title(d.title)))}
    if not edition:
        return claims
    first: dict[str, int] = {}
    for c in claims:
        if c.document in edition and c.property == "publication_year" and isinstance(c.value, Time) \
                and (y := _year(c.value.iso)):
            first[c.document] = min(first.get(c.document, y), y)
    out = []
    for c in claims:
        if c.document in edition and c.property == "publication_year" and isinstance(c.value, Time) \
                and _year(c.value.iso) != first.get(c.document):
            c = replace(c, property="edition_year",
                        qualifiers=(*c.qualifiers, ("edition", edition[c.document])))
        out.append(c)
    return out


def loose_key(title: str) -> str:
    """The title key without its small words: "Along With Gods: The Two Worlds", "Along with the Gods:
    The Two Worlds" and "ALONG WITH THE GODS: THE TWO WORLDS" are one; "Lake House, The" is "The Lake
    House"; numbers stay ("Frozen" and "Frozen 2" are two)."""
    from .names import plain

    if found := edition_of(title):
        title = found[0]
    words = plain(title.replace("No. ", "No.")).split()
    kept = [w for w in words if w not in _LOOSE_WORDS]
    return film_key(" ".join(kept)) if kept else film_key(title)


@dataclass
class _FilmGroup(_Group):
    """A film's spellings; titles known only from title claims (a romanization, a native title) are
    listed but not chosen as the film's name while a subject spelling exists."""

    aliases: set[str] = field(default_factory=set)

    def display(self) -> str:
        named = {t: d for t, d in self.spellings.items() if t not in self.aliases}
        if not named:
            return super().display()
        full, self.spellings = self.spellings, named
        try:
            return super().display()
        finally:
            self.spellings = full


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.anchors: dict[str, set[str]] = defaultdict(set)  # root → anchors of its members
        self.reasons: dict[str, list[str]] = defaultdict(list)  # root → why its members were joined

    def find(self, key: str) -> str:
        while self.parent.setdefault(key, key) != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, a: str, b: str, reason: str = "", ids: Identities | None = None) -> str:
        """Join two keys' groups unless `ids` says they are apart; returns why not, or ""."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ""
        if ids is not None and (why := ids.apart(self.anchors[ra] | {f"film:{ra}"},
                                                 self.anchors[rb] | {f"film:{rb}"})):
            return why
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.anchors[keep] |= self.anchors.pop(gone, set()) | {f"film:{gone}"}
        self.reasons[keep].extend([*self.reasons.pop(gone, []), *([reason] if reason else [])])
        return ""


# A word that opens a sentence as a pronoun or a determiner ("It grossed …", "This was …"): a film of
# that title ("It", 2017) is one only where a document gives it as its title (its page, a title claim),
# never because a sentence opens with it (27 unrelated films were once merged as "It").
PRONOUNS = frozenset({"it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i",
                      "his", "her", "their", "there", "here"})


def _titled(docs: dict[str, Document], claims: list[Claim]) -> set[tuple[str, str]]:
    """(document, title key) of every title a document gives as its film's: its page title, title claims."""
    out = {(d.id, film_key(page_title(d.title))) for d in docs.values() if d.title}
    out |= {(c.document, film_key(c.value.text)) for c in claims
            if c.property in TITLE_PROPERTIES and isinstance(c.value, Text | Name)}
    return out


def _film_named(c: Claim, titled: set[tuple[str, str]]) -> bool:
    """Whether a claim's subject names a film: not a bare pronoun its document never gives as a title."""
    key = film_key(c.subject)
    return key not in PRONOUNS or (c.document, key) in titled


def _year(text: str) -> int | None:
    m = re.match(r"(\d{4})", text)
    return int(m.group(1)) if m else None


def _stated_year(doc: Document | None, subject: str) -> int | None:
    """ "Titanic (1997)", "Oldboy (2003 film)": the year a page writes beside the title."""
    if doc is None or not subject:
        return None
    m = re.search(rf"(?<![\w]){re.escape(subject)}['’\"”》」]?\s*[(（]\s*((?:19|20)\d\d)(?:\s*film)?\s*[)）]",
                  doc.text)
    return int(m.group(1)) if m else None


@dataclass
class _Evidence:
    """What one document says that dates its film."""

    stated: int | None = None  # publication_year claim or "Title (1997)"
    released: set[int] = field(default_factory=set)  # release dates, opening figures
    people: set[str] = field(default_factory=set)  # name keys credited for the film on this page


@dataclass(frozen=True)
class FilmGroups:
    groups: dict[str, _Group]  # root key → the film's spellings
    film_of: dict[tuple[str, str], str]  # (document, subject's film_key) → root key
    titles: set[str]  # every title key seen
    anchors: dict[str, set[str]]  # root key → its anchors (title keys with years, external ids)
    reasons: dict[str, list[str]]  # root key → why its keys were joined or kept apart


def film_groups(docs: dict[str, Document], claims: list[Claim], ids: Identities | None = None) -> FilmGroups:
    """Films from the subjects claims are about, one per title and year; a document may be about several
    films (a weekly report), joined by the titles documents give them and the external ids they carry,
    kept apart by two ids of one namespace and by what a curator said (`ids`)."""
    ids = ids or Identities("film")
    from .names import name_key

    titled = _titled(docs, claims)
    subjects = sorted({(c.document, film_key(c.subject), c.subject) for c in claims
                       if film_key(c.subject) and _film_named(c, titled)})
    loose_of = {tkey: loose_key(subject) or tkey for _, tkey, subject in subjects}
    evidence: dict[tuple[str, str], _Evidence] = defaultdict(_Evidence)
    for c in claims:
        tkey = film_key(c.subject)
        if tkey not in loose_of:
            continue
        ev = evidence[(c.document, loose_of[tkey])]
        days = c.q("days_since_release")
        released = (c.value.iso if c.property == "release_date" and isinstance(c.value, Time)
                    else str(c.q("point_in_time") or "") if c.q("period") in _OPENING
                    or (isinstance(days, int) and days <= 60) else "")
        if c.property == "publication_year" and isinstance(c.value, Time):
            ev.stated = ev.stated or _year(c.value.iso)
        elif released and (y := _year(released)):
            ev.released.add(y)
        elif c.property in PERSON_PROPERTIES and isinstance(c.value, Name):
            ev.people.add(name_key(c.value.text))
    for doc_id, tkey, subject in subjects:
        ev = evidence[(doc_id, loose_of[tkey])]
        ev.stated = ev.stated or _stated_year(docs.get(doc_id), subject)

    # the years each title is known in, and who the documents of each year credit
    years_of: dict[str, set[int]] = defaultdict(set)
    credited: dict[tuple[str, int], set[str]] = defaultdict(set)
    stated_by: dict[tuple[str, int], int] = defaultdict(int)
    for (_, lkey), ev in evidence.items():
        if ev.stated:
            stated_by[(lkey, ev.stated)] += 1
    stated_years: dict[str, set[int]] = defaultdict(set)  # by title, not a scan of every title per page
    for k, y in stated_by:
        stated_years[k].add(y)
    for (_, lkey), ev in evidence.items():
        # a year one page alone states, while its own figures date the release to a year other pages
        # state, is a year its story tells ("Harbin", set in 1909, released in 2024)
        others = {y for y in stated_years.get(lkey, ()) if y != ev.stated}
        if ev.stated and stated_by[(lkey, ev.stated)] == 1 and ev.released and (
                fits := [y for y in others if any(abs(y - r) <= 1 for r in ev.released)]) \
                and not any(abs(ev.stated - r) <= 1 for r in ev.released):
            ev.stated = max(fits)
    for (_, lkey), ev in evidence.items():
        if ev.stated:
            years_of[lkey].add(ev.stated)
            credited[(lkey, ev.stated)] |= ev.people

    # a document crediting other people than every year of its title does, for a film released years
    # later, is about another film of that title ("The Lion King" directed by Jon Favreau, 2019)
    for (_, lkey), ev in evidence.items():
        known = years_of.get(lkey, set())
        if ev.stated or not known or not ev.people or not ev.released:
            continue
        if all(credited[(lkey, y)] and not credited[(lkey, y)] & ev.people for y in known) \
                and max(ev.released) > max(known) + 2:
            ev.stated = max(ev.released)
    for (_, lkey), ev in evidence.items():
        if ev.stated and ev.stated not in years_of[lkey]:
            years_of[lkey].add(ev.stated)
            credited[(lkey, ev.stated)] |= ev.people

    def year_for(doc_id: str, lkey: str) -> str:
        ev = evidence[(doc_id, lkey)]
        known = years_of.get(lkey, set())
        if ev.stated:
            return str(ev.stated)
        if not known:
            return ""
        if len(known) == 1:
            return str(next(iter(known)))
        return _choose(docs.get(doc_id), ev, sorted(known), credited, lkey)

    key_of = {(doc_id, tkey): f"{loose_of[tkey]}|{year_for(doc_id, loose_of[tkey])}" for doc_id, tkey, _ in subjects}
    # a document's external ids belong to its own film: the subject its page is titled (not merely the
    # only film among the claims linked: a film's record links only the claims about it)
    subjects_of: dict[str, list[str]] = defaultdict(list)
    for doc_id, tkey, _ in subjects:
        subjects_of[doc_id].append(tkey)
    ext_of: dict[tuple[str, str], list[str]] = {}
    for doc_id, tkeys in subjects_of.items():
        doc = docs.get(doc_id)
        ext = [a for ns, ident in (doc.external_ids if doc else ()) if (a := external_anchor(ns, ident))]
        mine = [t for t in tkeys if doc and doc.title and t == film_key(page_title(doc.title))]
        if ext and mine:
            ext_of[(doc_id, mine[0])] = ext
    # one title and year whose documents carry two ids of one namespace is two films (two "Titanic"s of
    # 1997 with their own IMDb ids): each document with an id keys its film by it too
    per_key: dict[str, set[str]] = defaultdict(set)
    for where, ext in ext_of.items():
        per_key[key_of[where]].update(ext)
    for where, ext in ext_of.items():
        held = per_key[key_of[where]]
        if any(len({a for a in held if namespace(a) == namespace(x)}) > 1 for x in ext):
            key_of[where] = f"{key_of[where]}#{min(ext, key=strength)}"
    keys_by_title: dict[str, set[str]] = defaultdict(set)
    for (_, tkey), key in key_of.items():
        keys_by_title[loose_of[tkey]].add(key)

    films = _UnionFind()
    for key in key_of.values():
        films.find(key)
    by_anchor: dict[str, list[str]] = defaultdict(list)
    for where, ext in ext_of.items():
        films.anchors[films.find(key_of[where])].update(ext)
        for anchor in ext:
            by_anchor[anchor].append(key_of[where])
    for anchor, keys in sorted(by_anchor.items()):  # a shared external id joins
        for key in keys[1:]:
            if why := films.join(keys[0], key, f"one {anchor} id", ids):
                films.reasons[films.find(key)].append(why)
    alias_texts: dict[str, set[tuple[str, str]]] = defaultdict(set)  # group key → (title, document)
    for c in claims:
        if c.property not in TITLE_PROPERTIES or not isinstance(c.value, Text | Name):
            continue
        own = key_of.get((c.document, film_key(c.subject)))
        alias = loose_key(c.value.text)
        if own is None or not alias:
            continue
        if _title_like(c.value.text):
            alias_texts[own].add((c.value.text.strip(), c.document))
        year = own.split("|", 1)[1].split("#", 1)[0]
        for other in keys_by_title.get(alias, ()):
            other_year = other.split("|", 1)[1].split("#", 1)[0]
            same_year = other_year == year or ((not year or not other_year) and len(keys_by_title[alias]) == 1)
            if same_year and (why := films.join(own, other, f"{c.value.text!r} is a title of both", ids)):
                films.reasons[films.find(own)].append(why)
    for a_anchors, b_anchors, cur in ids.together():  # a curator said these are one film
        a_keys = [k for k in key_of.values() if f"film:{k}" in a_anchors or films.anchors[films.find(k)] & a_anchors]
        b_keys = [k for k in key_of.values() if f"film:{k}" in b_anchors or films.anchors[films.find(k)] & b_anchors]
        if a_keys and b_keys:
            films.join(a_keys[0], b_keys[0], f"joined by a curator ({cur.a} = {cur.b}): {cur.because}")

    groups: dict[str, _Group] = {}
    film_of: dict[tuple[str, str], str] = {}
    for doc_id, tkey, subject in subjects:
        key = films.find(key_of[(doc_id, tkey)])
        doc = docs.get(doc_id)
        group = groups.setdefault(key, _FilmGroup(key))
        group.add(subject, doc_id, bool(doc and doc.kind == "encyclopedia"), bool(doc and doc.kind == "dataset"))
        if doc and doc.title and doc.format != "article" and film_key(page_title(doc.title)) != tkey \
                and _title_like(page_title(doc.title)):
            group.add(page_title(doc.title), doc_id, False, doc.kind == "dataset")
        film_of[(doc_id, tkey)] = key
    for own, texts in alias_texts.items():
        found = groups.get(films.find(own))
        if not isinstance(found, _FilmGroup):
            continue
        for text, doc_id in sorted(texts):
            if text not in found.spellings:
                found.aliases.add(text)
            found.add(text, doc_id, False)
    anchors: dict[str, set[str]] = {root: set(films.anchors[root]) for root in groups}
    for key in set(key_of.values()):
        anchors.setdefault(films.find(key), set()).add(f"film:{key}")
    return FilmGroups(groups, film_of, {tkey for _, tkey, _ in subjects}, anchors,
                      {root: films.reasons[root] for root in groups})


def _choose(doc: Document | None, ev: _Evidence, years: list[int], credited: dict[tuple[str, int], set[str]],
            lkey: str) -> str:
    """The year of a title known in several years that a document's own words point to, or ""."""
    if ev.released:
        # a release or an opening in year Y: the film of Y, or the latest before it (a re-release)
        latest = max(ev.released)
        fits = [y for y in years if y <= latest + 1]
        if fits:
            return str(max(fits))
    if doc is not None:
        from .names import name_key

        text_keys = _name_keys_in(doc.text, name_key)
        scores = {y: len(credited.get((lkey, y), set()) & (ev.people | text_keys)) for y in years}
        best = max(scores.values(), default=0)
        if best and sum(1 for s in scores.values() if s == best) == 1:
            return str(next(y for y, s in scores.items() if s == best))
        published = _year(doc.published or "")
        if published:
            # a page is about the film of its title out when it was written: the latest before it
            before = [y for y in years if y <= published + 1]
            if before:
                return str(max(before))
    return ""


def _name_keys_in(text: str, name_key: object) -> set[str]:
    """Name keys of every run of two or three capitalised words (or a Hangul word) in the text."""
    assert callable(name_key)
    runs = re.findall(r"\b[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}\b|[\uac00-\ud7a3]{2,4}", text)
    out: set[str] = set()
    for run in runs:
        words = run.split()
        for n in (2, 3):
            for i in range(len(words) - n + 1):
                out.add(str(name_key(" ".join(words[i:i + n]))))
        if len(words) == 1:
            out.add(str(name_key(run)))
    return out


def _title_like(text: str) -> bool:
    """A title claim's value fit to list as a film's name: short, one line, not a sentence."""
    text = text.strip()
    return 0 < len(text) <= 80 and "\n" not in text and "|" not in text and not re.search(
        r"\b(?:From Wikipedia|free encyclopedia)\b", text) and len(text.split()) <= 12


__all__ = ["FilmGroups", "edition_of", "editions", "film_groups", "loose_key"]
