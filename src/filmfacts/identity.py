"""Identities in the store: recorded after each build, found from what a user types, curated.

`record(store)` links everything the store holds with what it already knows (`Store.known`: anchor → id,
and the curations) and records each film's and person's identity: its names in every script, its
years, its external ids, its anchors and the decisions that made it. Ids therefore survive rebuilds and
new documents (`link/identities.py`).

What a user types names one identity or several: `Titanic` may be the 1953 film or the 1997 one, and
`Titanic (1997)` or an id (`f1a2b3c4d5e6`) names one. `choose_film` and `resolve` raise `Ambiguous`,
listing each candidate with what tells it apart (year, director; films and roles for a person), rather
than pick one. `curate` records a user's `same` / `different` with its reason; linking applies it over
its own decisions on every later build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import Ambiguous, InvalidValue, NotFound
from .link.identities import title_key
from .link.names import film_key

if TYPE_CHECKING:
    from .link.entities import Linking
    from .link.identities import Curation, Known
    from .model import Claim, Document, Entity, FilmRecord, Reconciliation
    from .store import Store
    from .store.records import RecordWriter

# Linking (and person keys, which need it) are imported by the functions that link or compare people:
# `show` reads a stored record and needs neither.

ID = re.compile(r"^[fp][0-9a-f]{11}$")
_WITH_YEAR = re.compile(r"^(?P<title>.+?)\s*[(（]\s*(?P<year>(?:18|19|20)\d\d)\s*(?:film)?\s*[)）]\s*$")


@dataclass(frozen=True)
class Query:
    """What a user typed: a title or name, with a year ("Titanic (1997)"), or an id."""

    text: str
    year: int | None = None
    ident: str = ""

    @classmethod
    def parse(cls, text: str) -> Query:
        text = text.strip()
        if ID.match(text):
            return cls(text, ident=text)
        if m := _WITH_YEAR.match(text):
            return cls(m.group("title"), int(m.group("year")))
        return cls(text)


def years_of(anchors: tuple[str, ...] | list[str]) -> list[int]:
    """The years in a film's anchors (`film:titanic|1997`)."""
    return sorted({int(y) for a in anchors
                   if a.startswith("film:") and (y := a.rsplit("|", 1)[-1].split("#", 1)[0]).isdigit()})


def film_year(film: FilmRecord, recon: Reconciliation | None = None) -> int | None:
    from .model import Time

    for f in film.facts:
        if f.property == "publication_year" and f.status != "conflict" and isinstance(f.values[0].value, Time):
            return int(f.values[0].value.iso[:4])
    years = years_of(list(recon.anchors.get(film.entity.id, ()))) if recon else []
    return years[0] if years else None


def film_directors(film: FilmRecord) -> list[str]:
    return [str(getattr(f.values[0].value, "text", "")) for f in film.facts
            if f.property == "director" and f.status != "conflict"]


def describe_film(film: FilmRecord, recon: Reconciliation | None = None) -> str:
    """ "Titanic (1997, directed by James Cameron) [f1a2b3c4d5e6]": what tells one film from another."""
    year = film_year(film, recon)
    directors = film_directors(film)
    details = ", ".join([*([str(year)] if year else []), *([f"directed by {' and '.join(directors[:2])}"]
                                                          if directors else [])])
    return f"{film.title}{f' ({details})' if details else ''} [{film.entity.id}]"


def choose_film(recon: Reconciliation, text: str) -> FilmRecord:
    """The one film `text` names (a title in any spelling seen, with or without its year, or an id);
    Ambiguous when several films bear the title, NotFound when none does."""
    q = Query.parse(text)
    if q.ident:
        found = [f for f in recon.films if f.entity.id == q.ident]
    else:
        key = film_key(q.text)
        found = [f for f in recon.films if any(film_key(n.text) == key for n in f.entity.names)]
        if not found:
            found = [f for f in recon.films if key and key in film_key(f.title)]
        if q.year is not None:
            found = [f for f in found if film_year(f, recon) == q.year
                     or q.year in years_of(list(recon.anchors.get(f.entity.id, ())))]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        listed = "; ".join(describe_film(f, recon) for f in sorted(found, key=lambda f: film_year(f, recon) or 0))
        raise Ambiguous(f"{len(found)} films are titled {q.text!r}: {listed}",
                        hint=f"name one: filmfacts show \"{q.text} (YEAR)\" or its id")
    known = ", ".join(sorted(f.title for f in recon.films)[:10]) or "none: run `filmfacts build PATH` first"
    raise NotFound(f"no film titled {text!r} in the store", hint=f"films stored: {known}")


def describe_person(person: Entity, recon: Reconciliation) -> str:
    """ "Kim Min-su [p…]: cast_member in Parasite (2019); also 김민수": the films a person is credited
    in and their other names, which is what tells two people of one name apart."""
    from .link.entities import PERSON_PROPERTIES

    spellings = set(person.spellings())
    documents = {d for n in person.names for d in n.documents}
    credits = []
    for film in recon.films:
        if not documents & set(film.documents):
            continue
        roles = sorted({f.property for f in film.facts if f.property in PERSON_PROPERTIES
                        and getattr(f.values[0].value, "text", None) in spellings})
        if roles:
            credits.append(f"{'/'.join(roles)} in {describe_film(film, recon).rsplit(' [', 1)[0]}")
    others = [n.text for n in person.names if n.text != person.name][:3]
    return (f"{person.name} [{person.id}]: {', '.join(credits[:4]) or 'no film credited'}"
            f"{'; also ' + ', '.join(others) if others else ''}")


def same_name(recon: Reconciliation, name: str) -> list[Entity]:
    """The people whose names (any spelling) are `name` as written, case and separators aside."""
    from .link.people import person_key

    key = person_key(name)
    return [p for p in recon.people if key and any(person_key(n.text) == key for n in p.names)]


# ---------------------------------------------------------------- the stored records (`show`, `people`)


def _directors(record: dict[str, Any]) -> list[str]:
    return [str(f["value"]) for f in record.get("facts", []) if f["property"] == "director"]


def describe_record(record: dict[str, Any]) -> str:
    """ "Titanic (1997, directed by James Cameron) [f1a2b3c4d5e6]" from a stored record."""
    directors = _directors(record)
    details = ", ".join([*([str(record["year"])] if record.get("year") else []),
                         *([f"directed by {' and '.join(directors[:2])}"] if directors else [])])
    return f"{record['title']}{f' ({details})' if details else ''} [{record['id']}]"


def show_record(store: Store, text: str, year: int | None = None) -> dict[str, Any]:
    """The stored record of the one film `text` names: an id (one merged into another names that one),
    a title in any spelling, "Titanic (1997)"; Ambiguous when several films bear the title."""
    from .records import find_record

    q = Query.parse(text)
    if q.ident:
        found = store.record(q.ident) or store.record(str(resolve(store, text)["id"]))
        if found is None:
            raise NotFound(f"no film has the id {q.ident!r}", hint="`filmfacts show TITLE` gives a film's id")
        return found
    year = year if year is not None else q.year
    exact = [h for h in store.find_films(q.text, year) if film_key(h.matched) == film_key(q.text)]
    if len(exact) > 1:
        listed = "; ".join(describe_record(r) for h in exact if (r := store.record(h.id)) is not None)
        raise Ambiguous(f"{len(exact)} films are titled {q.text!r}: {listed}",
                        hint=f"name one: filmfacts show \"{q.text} (YEAR)\" or its id")
    return find_record(store, q.text, year)


def namesakes(store: Store, people: list[dict[str, Any]], name: str) -> list[str]:
    """Each person `name` names, when it names several, with the films that tell them apart."""
    from .link.people import person_key

    key = person_key(name)
    same = [p for p in people if p.get("kind", "person") == "person" and key
            and any(person_key(n) == key for n in p["names"])]
    if len(same) < 2:
        return []
    out = []
    for p in same:
        films = [describe_record(r).rsplit(" [", 1)[0] for f in store.films_of_entity(p["id"])
                 if (r := store.record(f)) is not None]
        others = [n for n in p["names"] if n != p["name"]][:3]
        out.append(f"{p['name']} [{p['id']}]: in {', '.join(films[:4]) or 'no film'}"
                   f"{'; also ' + ', '.join(others) if others else ''}")
    return out


# ---------------------------------------------------------------- recording and curating


def _rows(linking: Linking) -> tuple[list[dict[str, Any]], dict[str, tuple[str, str]]]:
    """Each film's and person's identity row, and anchor → (id, kind)."""
    rows: list[dict[str, Any]] = []
    anchors: dict[str, tuple[str, str]] = {}
    for entity in (*linking.films, *linking.people):
        mine = linking.anchors.get(entity.id, ())
        rows.append({
            "id": entity.id, "kind": entity.kind, "name": entity.name,
            "names": [{"text": n.text, "script": n.script, "language": n.language} for n in entity.names],
            "years": years_of(list(mine)) if entity.kind == "film" else [],
            "external_ids": [list(x) for x in entity.external_ids],
            "anchors": list(mine),
            "decisions": [{"decision": d, "by": "curator" if "curator" in d else "automatic"}
                          for d in linking.decisions.get(entity.id, ())],
        })
        for anchor in mine:
            anchors[anchor] = (entity.id, entity.kind)
    return rows, anchors


def record(store: Store) -> int:
    """Link everything in the store with what it knows and record every identity; returns how many
    anchors were new. (A build records the identities of what it touched: `record_part`.)"""
    from .link import link
    from .link.films import editions

    docs, claims = store.documents(layout=False), store.claims()
    rows, anchors = _rows(link(docs, editions(docs, claims), store.known()))
    return store.record_identities(rows, anchors)


def _merged(row: dict[str, Any], earlier: list[dict[str, Any]]) -> dict[str, Any]:
    """A person's row from this part with what other parts of the store gave the identities it holds
    (a person is in many films, linked apart): every name, anchor, external id and decision."""
    out = dict(row)
    for old in earlier:
        first, then = (old, out) if old["id"] == row["id"] else (out, old)
        texts = {n["text"] for n in first["names"]}
        out["names"] = [*first["names"], *(n for n in then["names"] if n["text"] not in texts)]
        if old["id"] == row["id"]:
            out["name"] = old["name"]  # the name it is shown by, while other films still name it so
        out["anchors"] = sorted({*out["anchors"], *old["anchors"]})
        out["external_ids"] = [list(x) for x in sorted({tuple(x) for x in (*out["external_ids"],
                                                                            *old["external_ids"])})]
        out["decisions"] = list({d["decision"]: d for d in (*old["decisions"], *out["decisions"])}.values())
    return out


def _hangul_names(row: dict[str, Any]) -> dict[str, set[str]]:
    """An identity row's Hangul names by their name key (person:ribyunghun → {이병헌})."""
    from .link.people import _hangul, person_key
    from .writing_systems import script_of

    out: dict[str, set[str]] = {}
    for n in row["names"]:
        if script_of(n["text"]) == "Hangul":
            out.setdefault(person_key(n["text"]), set()).add(_hangul(n["text"]))
    return out


def _hangul_elsewhere(rows: list[dict[str, Any]], earlier: dict[str, dict[str, Any]]) -> frozenset[str]:
    """Name keys whose Hangul name here is not the one the identity they would join holds (이수진 here,
    이서진 in another film): two people, as linking the whole store would find."""
    out = set()
    for row in rows:
        old = earlier.get(row["id"])
        if row["kind"] != "person" or old is None:
            continue
        had = _hangul_names(old)
        out |= {key for key, forms in _hangul_names(row).items() if key in had and forms - had[key]}
    return frozenset(out)


def _before_split(rows: list[dict[str, Any]], known: Known) -> dict[str, tuple[str, str]]:
    """Person row id → (its Hangul name, the identity its name key had) where the key is split in
    this part (`person:ribyunghun#이병헌`: 이병훈 is here too) and is new, but the key itself was linked
    before (`person:ribyunghun`, in parts that named only one of them): when that identity's Hangul
    name is this row's, it is this person, as linking the whole store would have kept them."""
    out = {}
    for row in rows:
        if row["kind"] != "person":
            continue
        for anchor in row["anchors"]:
            key, _, hangul = anchor.partition("#")
            if hangul and anchor not in known.anchors and (ident := known.anchors.get(key)):
                out[row["id"]] = (hangul, known.current(ident))
    return out


def record_part(writer: RecordWriter, documents: list[Document], claims: list[Claim], keys: Iterable[str],
                known: Known) -> Known:
    """Record the identities of a part of the store: the units `keys` are the title keys of, with their
    documents and their claims about those keys (records.refresh, a batch of units at a time). A
    film is in one unit, so its row is replaced; a person's row keeps what other units gave it (names,
    anchors, decisions). Returns what the store knows now."""
    from dataclasses import replace

    from .link import link
    from .link.films import editions
    from .link.identities import strength

    keys = set(keys)
    mine = replace(known, keep_joined=True)
    rows: list[dict[str, Any]] = []
    anchors: dict[str, tuple[str, str]] = {}
    earlier: dict[str, dict[str, Any]] = {}
    split: frozenset[str] = frozenset()
    for _ in range(2):  # again when a Hangul name is another unit's person's of the same romanization
        linking = link(documents, editions(documents, claims), replace(mine, split_keys=mine.split_keys | split))
        rows, anchors = _rows(linking)
        held = {a: known.current(i) for r in rows for a in r["anchors"] if (i := known.anchors.get(a))}
        earlier |= writer.identity_rows(sorted(({r["id"] for r in rows} | set(held.values())) - set(earlier)))
        if split or not (split := _hangul_elsewhere(rows, earlier)):
            break
    unsplit = _before_split(rows, known)
    earlier |= writer.identity_rows(sorted({i for _, i in unsplit.values()} - set(earlier)))
    before = {r: i for r, (hangul, i) in unsplit.items()
              if i in earlier and set().union(*_hangul_names(earlier[i]).values()) == {hangul}}
    produced = {r["id"] for r in rows}
    # the films these units held (a title a document no longer gives is a film no more), and the
    # identities a row's anchors had (joined into it now)
    gone = {known.current(i) for i in known.film_anchors(keys).values()} | set(held.values())
    out = []
    for row in rows:
        if row["kind"] == "person":
            joined = {row["id"], *(held[a] for a in row["anchors"] if a in held)}
            if row["id"] in before:
                joined.add(before[row["id"]])
            joined -= produced - {row["id"]}
            row = _merged(row, [earlier[i] for i in sorted(joined) if i in earlier])
            # the id linking them all would keep: the one of the strongest anchor, else the one its
            # name had before it was split
            keep = next((i for a in sorted(row["anchors"], key=strength)
                         if (i := known.current(known.anchors.get(a, ""))) in joined),
                        before[row["id"]] if before.get(row["id"]) in joined else row["id"])
            if keep != row["id"]:
                gone.add(row["id"])
                anchors = {a: (keep if ident == row["id"] else ident, kind) for a, (ident, kind) in anchors.items()}
                row = dict(row, id=keep)
            anchors |= {f"merged:{i}": (keep, "person") for i in joined - {keep} if known.has_id(i)}
        out.append(row)
    writer.put_identities(out, anchors, gone - {r["id"] for r in out})
    return known.learned({a: v[0] for a, v in anchors.items()})


def resolve(store: Store, text: str) -> dict[str, Any]:
    """The recorded identity `text` names (an id, a title with or without its year, a person's name);
    NotFound with the candidates, Ambiguous with each one and what tells them apart."""
    from .link.people import person_key

    q = Query.parse(text)
    rows = store.identities()
    if q.ident:
        # an id curated or linked into another identity still names it: the one holding its anchors now
        was = store.known().anchors_of(q.ident)
        found = [r for r in rows if r["id"] == q.ident] or [r for r in rows if was & set(r["anchors"])]
        if not found:
            near = [r for r in rows if r["kind"][0] == q.ident[0] and r["id"][:4] == q.ident[:4]] or \
                [r for r in rows if r["kind"][0] == q.ident[0]]
            raise NotFound(f"no film or person has the id {q.ident!r}",
                           hint="candidates: " + (", ".join(_row(r) for r in near[:8]) or
                                                  "none: run `filmfacts build PATH` first"))
        return found[0]
    fkey, pkey = film_key(q.text), person_key(q.text)
    found = [r for r in rows if any((film_key(n["text"]) == fkey if r["kind"] == "film" else
                                     person_key(n["text"]) == pkey) for n in r["names"])]
    if q.year is not None:
        found = [r for r in found if q.year in r["years"]]
    if not found:
        raise NotFound(f"no film or person named {text!r} in the store",
                       hint="give an id from `filmfacts show` or `filmfacts people`")
    if len(found) > 1:
        raise Ambiguous(f"{len(found)} identities are named {q.text!r}: {'; '.join(_row(r) for r in found[:8])}",
                        hint="give an id, or a film's title with its year")
    return found[0]


def current(store: Store, text: str) -> str:
    """What a user typed, with an id merged into another identity replaced by that identity's id."""
    return str(resolve(store, text)["id"]) if Query.parse(text).ident else text


def _row(r: dict[str, Any]) -> str:
    years = f" ({', '.join(map(str, r['years']))})" if r.get("years") else ""
    return f"{r['name']}{years} [{r['id']}]"


def curate(store: Store, verdict: str, a: str, b: str, because: str) -> tuple[Curation, dict[str, Any],
                                                                             dict[str, Any]]:
    """Record that A and B are one identity (`same`) or two (`different`), then re-record identities so
    the decision holds at once; it holds on every later build too."""
    if not because.strip():
        raise InvalidValue("a curation needs its reason", hint='say why with --because "…"')
    if store.counts()["documents"] and not store.identities():
        record(store)  # a store built before identities were recorded
    first, second = resolve(store, a), resolve(store, b)
    undo = {(c.a, c.b) for c in store.curations() if c.verdict == "same"}
    if first["id"] == second["id"] and verdict == "different" and ({(a, b), (b, a)} & undo):
        first, second = dict(first, id=a), dict(second, id=b)  # a curator changing their mind: two again
    elif first["id"] == second["id"] and verdict == "different":
        raise InvalidValue(f"{a!r} and {b!r} are one identity [{first['id']}] already linked as one",
                           hint="name two identities; `filmfacts show` lists a film's ids")
    if first["kind"] != second["kind"]:
        raise InvalidValue(f"{_row(first)} is a {first['kind']} and {_row(second)} a {second['kind']}",
                           hint="curate two films or two people")
    cur = store.curate(verdict, first["id"], second["id"], because.strip())
    record(store)
    from .records import refresh  # the records of both, reconciled again with the decision

    refresh(store, touch={k for row in (first, second) for a in row["anchors"] if (k := title_key(a)) is not None})
    return cur, first, second


__all__ = ["Query", "choose_film", "curate", "current", "describe_film", "describe_person", "describe_record",
           "namesakes", "record", "record_part", "resolve", "same_name", "show_record"]
