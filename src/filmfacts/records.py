"""Film records kept in the store: a build links and reconciles only the films its documents touch.

A record is one film's reconciled JSON (`record_json`), a pure function of the stored claims and the
code that reconciles them (`records_version`): rebuilding from scratch gives what the builds gave.

Which films a document touches. Linking groups a film's claims by the loose key of the title they
are about (`link.films.loose_key`) and year, and a title claim ("native title: 기생충") joins its
film to the documents naming the film by that title. So the store keeps, per document, the keys its
claims are about and the keys its title claims join them to (`record_keys`); the keys joined so form
a *unit*, reconciled together and alone: its documents, and of their claims only those about its
keys (a weekly report naming ten films is in ten units, each reading its own film's figures). Linking
also joins two titles whose pages carry one external id (KOBIS's 만추 and 만추 리마스터링, one
`kobis:` code), so a page's external ids are join rows too (`joins` = the anchor, `kobis:19820019`):
the titles sharing one are in one unit, and a film's identity (recorded a batch of units at a time,
`identity.record_part`) never holds the keys of two units, which would both take its id. A
film's year grouping happens inside its unit, so a new page that changes it is in the unit. When
documents are added, re-extracted or removed, the units of their keys, old and new, are dropped and
reconciled again: a unit two films' documents now join is one, a unit a removed title split is two.
KOBIS's lists (which every rank is checked against) changing rebuilds every unit, and so does
another version of the reconciling code.

    refresh(store)           # after a build: the touched units only
    refresh(store, full=True)  # everything, from the claims (`filmfacts rebuild`)
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .link.identities import title_key
from .link.names import film_key

if TYPE_CHECKING:
    from .link.identities import Known
    from .model import Claim, Document, Entity, FilmRecord, Reconciliation
    from .store import Store
    from .store.records import RecordWriter

# Reading a record (`current`, `find_record`, `merged_entities`) needs none of linking, reconciling, the
# readers or SQLAlchemy: the functions that build records import them.

RECORD_FORMAT = "filmfacts-record/1"
_PACKAGE = Path(__file__).parent
# The code a record is a function of: linking, reconciling, the model and the record's shape.
_CODE = ("link", "reconcile", "model.py", "records.py", "export/json_export.py")


@cache
def records_version() -> str:
    """A hash of the code records are computed by: records built by other code are rebuilt."""
    digest = hashlib.sha256(RECORD_FORMAT.encode())
    for name in _CODE:
        path = _PACKAGE / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(_PACKAGE).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------- one film's record


def _year(film: FilmRecord) -> int | None:
    from .model import Time

    for prop in ("publication_year", "release_date"):
        years = sorted(int(f.values[0].value.iso[:4]) for f in film.facts
                       if f.property == prop and f.status != "conflict" and isinstance(f.values[0].value, Time)
                       and f.values[0].value.iso[:4].isdigit())
        if years:
            return years[0]
    return None


def _source(doc: Document, label: str, film: str) -> dict[str, Any]:
    """`film`: the film the document is about as its extractors found it (its address may say so)."""
    return {"label": label, "site": doc.site, "kind": doc.kind, "format": doc.format, "file": doc.source,
            "title": doc.title, "url": doc.url or wiki_url(doc, film), "language": doc.language,
            "published": doc.published or None, "retrieved": doc.retrieved or None, "licence": doc.licence,
            "external_ids": dict(doc.external_ids)}


def wiki_url(doc: Document, film: str = "") -> str:
    """A Wikipedia page's address from its language and title, or the title of the film it is about (a
    plain-text extract keeps neither its address nor its title): Wikipedia redirects a title to its page.
    `film` is the page's own subject, not a film it mentions."""
    title = doc.title or film
    if doc.site == "Wikipedia" and title and doc.kind == "encyclopedia" and doc.format != "article":
        return f"https://{doc.language or 'en'}.wikipedia.org/wiki/{quote(title.replace(' ', '_'))}"
    return ""


def _entity(entity: Entity, kind: str, labels: dict[str, str]) -> dict[str, Any]:
    """`entity_json` with its kind and, per spelling, the labels of the sources it was seen in."""
    from .export.json_export import entity_json

    out = entity_json(entity) | {"kind": kind}
    for spelling in out["spellings"]:
        spelling["sources"] = [labels.get(d, d) for d in spelling["documents"]]
    return out


def record_json(film: FilmRecord, recon: Reconciliation, labels: dict[str, str],
                subjects: dict[str, str] | None = None) -> dict[str, Any]:
    """One film's record: `film_json` (the export's film) plus its year, its sources with readable
    labels, the people and roles it names, its copies and its admissions timeline."""
    from .export.json_export import film_json, identity_json
    from .reconcile.timeline import admissions_timeline

    out = film_json(film)
    out["identity_decisions"] = identity_json(recon, film.entity.id)
    out["year"] = _year(film)
    docs = {d.id: d for d in recon.documents}
    mine = set(film.documents)
    copies = [c for c in recon.copies if c.copy in mine and c.original in docs]
    shown = sorted(mine | {c.original for c in copies})
    out["sources"] = {d: _source(docs[d], labels.get(d, docs[d].site), (subjects or {}).get(d, ""))
                      for d in shown if d in docs}
    # the people and roles seen in the film's documents (a unit's documents speak of its films only)
    def seen(entity: Entity) -> bool:
        return any(mine.intersection(n.documents) for n in entity.names)

    out["people"] = [_entity(p, "person", labels) for p in recon.people if seen(p)]
    out["characters"] = [_entity(c, "character", labels) for c in recon.characters if seen(c)]
    out["copies"] = [{"copy": c.copy, "original": c.original, "overlap": c.overlap, "declared": c.declared,
                      "evidence": c.evidence} for c in copies]
    line = admissions_timeline(film, recon.documents)
    out["timeline"] = {"released": line.released, "points": [asdict(p) for p in line.points]} \
        if line.points else None
    return out


# ---------------------------------------------------------------- what a document is about


def document_keys(claims: Iterable[Claim], documents: Iterable[Document] = ()) -> list[tuple[str, str, str, str]]:
    """(document, key, subject, joins) rows: each subject's loose title key as written, the key each
    title claim joins its film's key to, and the external ids of `documents` joining the key of the
    film their page is titled (as `link.films.film_groups` joins them). An external id is an anchor
    (`imdb:tt0120338`), never a title key (a key holds no colon, or no letter): a node that joins
    keys, not a key of a unit."""
    from .link.entities import TITLE_PROPERTIES, page_title
    from .link.films import loose_key
    from .link.identities import external_anchor
    from .model import Name, Text

    titled = {d.id: (film_key(page_title(d.title)), ext) for d in documents if d.title
              and (ext := [a for ns, ident in d.external_ids if (a := external_anchor(ns, ident))])}
    rows: set[tuple[str, str, str, str]] = set()
    for c in claims:
        tkey = film_key(c.subject)
        if not tkey:
            continue
        own = loose_key(c.subject) or tkey
        rows.add((c.document, own, c.subject, ""))
        if c.property in TITLE_PROPERTIES and isinstance(c.value, Text | Name):
            alias = loose_key(c.value.text)
            if alias and alias != own:
                rows.add((c.document, own, "", alias))
        if (page := titled.get(c.document)) and page[0] == tkey:
            rows.update((c.document, own, "", anchor) for anchor in page[1])
    return sorted(rows)


# ---------------------------------------------------------------- units


@dataclass(frozen=True)
class Unit:
    name: str  # its least key
    keys: frozenset[str]


def _units(writer: RecordWriter, seeds: set[str],
           together: Callable[[Sequence[str]], dict[str, set[str]]] = lambda keys: {}
           ) -> tuple[list[Unit], set[str]]:
    """The units the keys `seeds` are in now (each closed under joins, and under `together`: the keys
    one identity holds, or of two films a curator said are one), and the units they were in, whose
    keys are all covered (a unit a removed title split comes back as its parts)."""
    from .link.identities import namespace

    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    covered: set[str] = set()
    old_units: set[str] = set()
    todo = set(seeds)
    while todo:
        chunk = sorted(todo)[:400]
        todo.difference_update(chunk)
        covered.update(chunk)
        edges, units = writer.neighbours(chunk)
        edges = [*edges, *((k, other) for k, others in together(chunk).items() for other in others)]
        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
            todo.update(k for k in (a, b) if k not in covered)
        new = set(units.values()) - old_units
        old_units |= new
        if new:
            todo.update(writer.unit_keys(sorted(new)) - covered)
    groups: dict[str, set[str]] = {}
    for k in covered:
        if not namespace(k):  # an external id joins keys; it is not one (`document_keys`)
            groups.setdefault(find(k), set()).add(k)
    return [Unit(min(keys), frozenset(keys)) for keys in groups.values()], old_units


# units reconciled a batch at a time: their documents, claims and main films read in one query each
# for the batch, their records written in one insert each (per unit, the queries were half of
# reconciling a unit of one document)
BATCH_UNITS = 200
BATCH_DOCUMENTS = 4_000


def _batches(writer: RecordWriter, units: Sequence[Unit]) -> Iterator[list[tuple[Unit, list[str], set[str]]]]:
    """Units with their documents and subjects, in batches of at most BATCH_UNITS units and (unless one
    unit has more) BATCH_DOCUMENTS documents."""
    for i in range(0, len(units), BATCH_UNITS):
        group = units[i:i + BATCH_UNITS]
        found = writer.members_of(sorted({k for u in group for k in u.keys}))
        batch: list[tuple[Unit, list[str], set[str]]] = []
        size = 0
        for unit in group:
            rows = [r for k in unit.keys for r in found.get(k, ())]
            ids = sorted({d for d, _ in rows})
            if batch and size + len(ids) > BATCH_DOCUMENTS:
                yield batch
                batch, size = [], 0
            batch.append((unit, ids, {s for _, s in rows}))
            size += len(ids)
        if batch:
            yield batch


def _reconcile_batch(store: Store, writer: RecordWriter, batch: list[tuple[Unit, list[str], set[str]]],
                     kobis_lists: Callable[[], Any], known: Known | None = None,
                     identities: Callable[[list[Document], list[Claim], set[str]], Known] | None = None
                     ) -> list[tuple[str, frozenset[str], list[dict[str, Any]]]]:
    """The units' records; with `identities`, their films' and people's identities recorded first
    (from the same documents and claims) and their records linked with what that recorded."""
    from .reconcile import _site_names, reconcile

    every = sorted({d for _, ids, _ in batch for d in ids})
    claims_of: dict[str, list[Claim]] = {}
    for c in store.claims(every) if every else ():
        claims_of.setdefault(c.document, []).append(c)
    documents_of = {d.id: d for d in store.documents(every)} if every else {}
    if identities is not None and every:
        about = {s for _, _, subjects in batch for s in subjects}  # a subject is in one unit: its key's
        known = identities([documents_of[d] for d in every if d in documents_of],
                           [c for d in every for c in claims_of.get(d, ()) if c.subject in about],
                           {k for unit, _, _ in batch for k in unit.keys})
    main_films = writer.main_films(every)
    out: list[tuple[str, frozenset[str], list[dict[str, Any]]]] = []
    for unit, ids, subjects in batch:
        if not ids:
            out.append((unit.name, unit.keys, []))
            continue
        claims = [c for d in ids for c in claims_of.get(d, ()) if c.subject in subjects]
        documents = [documents_of[d] for d in ids if d in documents_of]
        # KOBIS's lists are read (once a refresh) for a unit with ranks to check against them: with none,
        # the lists change nothing, and a one-document build into a large store need not load them
        lists = kobis_lists() if any(c.property == "box_office_rank" for c in claims) else None
        recon = reconcile(documents, claims, lists, known)
        labels = _site_names(documents)
        out.append((unit.name, unit.keys, [record_json(film, recon, labels, main_films) for film in recon.films]))
    return out


@dataclass(frozen=True)
class RefreshReport:
    documents: int  # documents added, re-extracted or removed since the records were built
    units: int
    films: int  # records written
    full: bool


def _joined_titles(known: Known) -> Callable[[Sequence[str]], dict[str, set[str]]]:
    """For title keys, the other title keys each is joined to (`film:titanic|1997` → titanic) by an
    identity holding both (joined by an external id or a title the whole store links), or by a
    curator saying two films are one: reconciled together, as one film keeps one id (identity.py).
    Asked of the store a chunk of keys at a time."""
    def keys(anchors: Iterable[str]) -> set[str]:
        return {k for a in anchors if (k := title_key(a)) is not None}

    curated: dict[str, set[str]] = {}
    for c in known.curations:
        if c.verdict == "same":
            ka, kb = keys(known.anchors_of(c.a)), keys(known.anchors_of(c.b))
            for k in (ka | kb) if ka and kb else ():
                curated.setdefault(k, set()).update((ka | kb) - {k})

    def joined(chunk: Sequence[str]) -> dict[str, set[str]]:
        out = {k: set(curated[k]) for k in chunk if k in curated}
        films = {i for i in known.film_anchors(chunk).values() if i.startswith("f")}
        for anchors in known.anchors_of_ids(sorted(films)).values():
            if len(ks := keys(anchors)) > 1:
                for k in ks.intersection(chunk):
                    out.setdefault(k, set()).update(ks - {k})
        return out

    return joined


# documents a refresh takes at a time: their units reconciled and written before the next are looked
# at, so a refresh holds what one such part needs, not what the whole build stored (a unit some of
# whose documents come later is reconciled again then, as after a build that added them)
REFRESH_DOCUMENTS = 1_000


def refresh(store: Store, *, full: bool = False, touch: Iterable[str] = (), identities: bool = False,
            afresh: bool = False) -> RefreshReport:
    """Bring the store's records up to date with its documents, in one write transaction: the units
    the added, re-extracted or removed documents touch (every unit when `full`, when the records were
    built by other code, or when KOBIS's lists changed), REFRESH_DOCUMENTS documents at a time. With
    `identities`, the identities of the films and people of those units are recorded too, a batch of
    units at a time, before their records are linked (`identity.record_part`): what a build costs
    grows with what it touched, and what it holds with one part of that. `afresh` records every
    identity again from every unit (a store too large to link at once whose documents were read
    again): a person's row is what every film gives it now, as one link of the whole store gives."""
    from .pipeline import kobis_lists
    from .store.records import RecordWriter, records_writing

    version = records_version()
    with records_writing(store) as conn:
        writer = RecordWriter(conn)
        if full or afresh or writer.version() != version or _lists_changed(store, writer):
            writer.clear()  # every document is one the records have not seen
            full = True
        if afresh:
            # a part keeps what other units gave a person; kept, a name (or a person) a document read
            # again no longer gives would stay in the row for good
            writer.clear_identities()
            identities = True
        pending = writer.changed_documents(REFRESH_DOCUMENTS)
        stamps: dict[str, str | None] | None = next(pending, {})
        touched = set(touch)  # title keys a curation changed
        if not stamps and not full and not touched:
            return RefreshReport(0, 0, 0, False)
        loaded: list[Any] = []

        def lists() -> Any:
            if not loaded:
                loaded.append(kobis_lists(store))
            return loaded[0]

        now = [writer.known()]  # ids that stay and the curations (identity.py), as each batch leaves them

        def record(documents: list[Document], claims: list[Claim], keys: set[str]) -> Known:
            from .identity import record_part

            now[0] = record_part(writer, documents, claims, keys, now[0])
            return now[0]

        seen = units = films = 0
        while stamps is not None:
            seeds = _remember(store, writer, stamps) | touched
            touched = set()
            found, old = _units(writer, seeds, _joined_titles(now[0]))
            writer.drop_units(sorted(old))
            for batch in _batches(writer, sorted(found, key=lambda u: u.name)):
                done = _reconcile_batch(store, writer, batch, lists, now[0], record if identities else None)
                writer.put_units(done)
                films += sum(len(records) for _, _, records in done)
            seen, units = seen + len(stamps), units + len(found)
            stamps = next(pending, None)
        writer.set_version(version)
    return RefreshReport(seen, units, films, full)


def _lists_changed(store: Store, writer: RecordWriter) -> bool:
    """Whether a KOBIS list (all-time or daily box office) was stored or re-read since the records
    last saw it: every unit's ranks are checked against the lists."""
    from .reconcile.ranks import is_list
    from .sources.dataset import kobis

    return any(is_list(d) for stamps in writer.changed_documents(500, kobis.FORMAT)
               for d in store.documents(sorted(stamps)))


def _remember(store: Store, writer: RecordWriter, stamps: dict[str, str | None]) -> set[str]:
    """The title keys of these documents as the records last saw them and as they are now (None: a
    document removed), each document's keys and stamp remembered in place of the old."""
    ids = sorted(stamps)
    seeds = writer.keys_of(ids)
    writer.forget(ids)
    for chunk in _chunked([d for d in ids if stamps[d] is not None]):
        rows = document_keys(store.claims(chunk), store.documents(chunk))
        writer.remember({d: str(stamps[d]) for d in chunk}, rows)
        seeds.update(k for _, key, _, joins in rows for k in (key, joins) if k)
    return seeds


def _chunked(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


# ---------------------------------------------------------------- reading


def current(store: Store, note: Any = None) -> Store:
    """The store with its records up to date: a store built by another filmfacts (or before records
    were kept), or one a build was interrupted in, has its records built first, saying so through
    `note`; where the store cannot be written, the error says what to run."""
    from .errors import StoreError

    state = store.records_state()
    if state == "current":
        return store
    if note is not None:
        note("building this store's film records once (it was built by another version of filmfacts, or "
             "documents were stored since)…" if state == "stale" else
             "building this store's film records once (it was made before filmfacts kept them)…")
    try:
        refresh(store)
    except StoreError as err:
        raise StoreError(f"this store's film records are out of date and cannot be rebuilt: {err.message}",
                         hint="run `filmfacts rebuild` where the store can be written") from None
    return store


def find_record(store: Store, title: str, year: int | None = None) -> dict[str, Any]:
    """The record of the film with this title (any spelling or script seen; a part of a title when only
    one film has it), the earliest of that year when `year`; NotFound lists films stored."""
    from .errors import NotFound

    hits = store.find_films(title, year)
    exact = [h for h in hits if film_key(h.matched) == film_key(title)]
    chosen = exact or (hits if len(hits) == 1 else [])
    if chosen:
        record = store.record(chosen[0].id)
        if record is not None:
            if len(chosen) > 1:
                record["other_films"] = [{"id": h.id, "title": h.title, "year": h.year} for h in chosen[1:]]
            return record
    if hits:
        listed = ", ".join(f"{h.title} ({h.year})" if h.year else h.title for h in hits[:10])
        raise NotFound(f"{title!r} matches several films: {listed}", hint="give more of the title, or --year")
    known = _some_titles(store)
    raise NotFound(f"no film titled {title!r}{f' from {year}' if year else ''} in the store",
                   hint=f"films stored: {known}")


def _some_titles(store: Store) -> str:
    titles = []
    for record in store.records():
        titles.append(record["title"])
        if len(titles) >= 10:
            break
    return ", ".join(sorted(titles)) or "none: run `filmfacts build PATH` first"


def merge_entity(bodies: Sequence[str]) -> dict[str, Any]:
    """One person's (or role's) JSON from each record naming them, as one: every spelling, with the
    documents and sources of all."""
    import json

    parts = [json.loads(b) for b in bodies]
    spellings: dict[str, dict[str, Any]] = {}
    for part in parts:
        for sp in part["spellings"]:
            got = spellings.setdefault(sp["text"], {"text": sp["text"], "script": sp["script"], "documents": [],
                                                    "sources": []})
            got["documents"] = sorted(set(got["documents"]) | set(sp["documents"]))
            got["sources"] = sorted(set(got["sources"]) | set(sp.get("sources", [])))
    return {**parts[0], "names": list(spellings), "spellings": list(spellings.values())}


def merged_entities(store: Store, kind: str | None = None) -> Iterable[dict[str, Any]]:
    """Every person (and role) over all records, one entity's spellings merged across its films,
    streamed in id order."""
    for _, bodies in store.entity_texts(kind):
        yield merge_entity(bodies)


__all__ = [
    "RECORD_FORMAT",
    "RefreshReport",
    "current",
    "document_keys",
    "find_record",
    "merged_entities",
    "record_json",
    "records_version",
    "refresh",
]
