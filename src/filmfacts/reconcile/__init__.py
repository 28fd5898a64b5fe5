"""Reconciliation: documents and their claims → one record per film.

    copies     which document copies which (banner + measured overlap)
    link       spellings → entities (see filmfacts.link)
    facts      claims per (film, property, scope) → agreed / single_source / conflict
    awards     award rows with sources, suspicious rows flagged
    derive     facts that follow from others (release date from "N days after its release")
    series     each time-sensitive metric as a series by date; verdicts: different time or scope,
               typo, suspect, stale copy (trust orders sources: see trust)
    ranks      all-time ranks checked against the admissions KOBIS's lists give at their dates
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from ..link import link
from ..link.entities import film_key
from ..link.films import editions
from ..link.identities import Known
from ..model import Claim, Document, Entity, Fact, FilmRecord, Reconciliation
from .awards import award_rows
from .copies import detect_copies, independent_groups
from .derive import derived_release_date
from .facts import Context, facts_for
from .ranks import Kobis, annotate, check_ranks
from .series import check
from .timeline import align, at_home


def _site_names(documents: Sequence[Document]) -> dict[str, str]:
    """Readable names for documents: their site, and where a site has several, what tells them apart
    (their titles, else their dates, else their files: "KOBIS (Korean Film Council) · 2024-02-25"),
    numbered only when nothing does."""
    by_site: dict[str, list[Document]] = defaultdict(list)
    for d in sorted(documents, key=lambda d: d.id):
        by_site[d.site].append(d)
    out = {}
    for site, docs in by_site.items():
        if len(docs) == 1:
            out[docs[0].id] = site
            continue
        for tell in (lambda d: d.title.strip(), lambda d: d.published, lambda d: f"{d.title.strip()}, {d.published}",
                     lambda d: d.source.replace("\\", "/").rsplit("/", 1)[-1]):
            tags = [tell(d) for d in docs]
            if all(t.strip(", ") for t in tags) and len(set(tags)) == len(tags):
                break
        else:
            tags = [f"#{i}" for i in range(1, len(docs) + 1)]
        for d, tag in zip(docs, tags, strict=True):
            tag = tag if len(tag) <= 60 else tag[:59] + "…"
            out[d.id] = f"{site} #{tag[1:]}" if tag.startswith("#") else f"{site} · {tag}"
    return out


def reconcile(documents: Sequence[Document], claims: Sequence[Claim], kobis: Kobis | None = None,
              known: Known | None = None) -> Reconciliation:
    """`kobis`: KOBIS's lists to check ranks against, when they are not among `documents` (`pipeline.reconciled`
    loads them beside one film's documents); by default the lists among `documents`. `known`: the store's
    identities and curations, so films and people keep their ids."""
    claims = editions(documents, claims)  # an edition's own year is not its film's (link/films.py)
    linking = link(documents, claims, known)
    kobis = kobis or Kobis.of(documents, claims)
    # Copying matters between the sources of one film: compare documents about the same film only
    # (all pairs of a whole store would be quadratic in its size).
    about: dict[str, list[Document]] = defaultdict(list)
    for doc in documents:
        about[linking.film_of_document.get(doc.id, doc.id)].append(doc)
    copies = [rel for docs in about.values() if len(docs) > 1 for rel in detect_copies(docs)]
    groups = independent_groups(copies)
    copies_of: dict[str, set[str]] = defaultdict(set)
    for rel in copies:
        copies_of[rel.copy].add(rel.original)
    site_of = _site_names(documents)
    docs_by_id = {d.id: d for d in documents}
    by_film: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_film[linking.film_of(c)].append(c)
    title_keys = {film_key(n.text) for f in linking.films for n in f.names}
    records = []
    for film in linking.films:
        film_claims = align(at_home(by_film.get(film.id, [])))
        ctx = Context(film.id, linking, groups, site_of, copies_of, docs_by_id)
        # the series checks flag odd figures first, so the conflicts facts_for makes can say why
        series = check(film_claims, ctx)
        ctx = replace(ctx, flags=series.flags)
        by_prop: dict[str, list[Claim]] = defaultdict(list)
        for c in film_claims:
            by_prop[c.property].append(c)
        facts: list[Fact] = []
        for prop, prop_claims in by_prop.items():
            if prop != "award":
                facts.extend(facts_for(prop, prop_claims, ctx))
        facts.extend(series.facts)
        wrong = [i for i, flag in series.flags.items() if flag.kind != "stale_copy"]  # a stale copy was true then
        ranks = check_ranks(film_claims, kobis, docs_by_id, wrong)
        facts = annotate(facts, ranks)
        if derived := derived_release_date(film_claims, ctx):
            facts.append(derived)
        awards = award_rows(by_prop.get("award", []), ctx, title_keys)
        docs = tuple(sorted({c.document for c in film_claims}))
        records.append(FilmRecord(film, film.name, tuple(facts), tuple(awards), docs))
    return Reconciliation(tuple(records), linking.people, linking.characters, tuple(copies), tuple(documents),
                          linking.anchors, linking.decisions)


__all__ = ["Entity", "reconcile"]
