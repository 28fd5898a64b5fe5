"""Award claims → one row per (ceremony, category, recipients), sources merged.

A recipient listed under both actor and actress categories is flagged `suspect`
on the rows of the gender that is the odd one out: a likely error in the table.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..link.entities import film_key
from ..model import AwardRow, Claim, Text, unique
from .facts import Context, display_qualifier, qualifier_key

_GENDER = (("actress", "female"), ("actor", "male"))


def _gender(category: str) -> str:
    low = category.casefold()
    return next((g for word, g in _GENDER if re.search(rf"\b{word}\b", low)), "")


# Words a ceremony's name may carry or leave out: "the 92nd Academy Awards" is "the Oscars".
_CEREMONY_NOISE = frozenset({"the", "annual", "film", "films", "international", "festival", "awards", "award",
                             "ceremony", "de", "of", "prize", "prizes"})
_CEREMONY_ALIASES = (("oscars", "academy"), ("oscar", "academy"), ("baftas", "british academy"),
                     ("bafta", "british academy"), ("globes", "globe"))


def ceremony_key(name: str) -> str:
    """One key for the names of one ceremony: "92nd Academy Awards", "the Oscars" and "Academy Award"
    → "academy"; "2019 Cannes Film Festival", "Festival de Cannes" → "cannes". Ordinals and years go:
    one film is not given one category twice by one ceremony."""
    words = re.findall(r"[^\W\d_]+", name.casefold())
    text = " ".join(words)
    for alias, meaning in _CEREMONY_ALIASES:
        text = re.sub(rf"\b{alias}\b", meaning, text)
    core = sorted({w for w in text.split() if w not in _CEREMONY_NOISE and not re.fullmatch(r"st|nd|rd|th", w)})
    return " ".join(core)


def award_rows(claims: Sequence[Claim], ctx: Context, film_titles: set[str]) -> list[AwardRow]:
    grouped: dict[tuple[object, ...], list[Claim]] = {}
    for c in claims:
        recipients = c.q("recipients") or ()
        people = tuple(r for r in recipients if film_key(r) not in film_titles)
        key = (ceremony_key(str(c.q("ceremony") or "")), film_key(c.value.text if isinstance(c.value, Text) else ""),
               qualifier_key("recipients", people, ctx) if people else frozenset(),
               tuple(sorted(film_key(r) for r in recipients if film_key(r) in film_titles)), c.q("outcome"))
        grouped.setdefault(key, []).append(c)
    # a row stated with no one named (prose: "won Best Director at …") is the row naming its recipients
    for bare in [k for k in grouped if not k[2] and not k[3] and k[0]]:
        named = [k for k in grouped if k != bare and (k[0], k[1], k[4]) == (bare[0], bare[1], bare[4])]
        if len(named) == 1:
            grouped[named[0]].extend(grouped.pop(bare))
    rows = []
    for members in grouped.values():
        # the most specific name the members give ("72nd Cannes Film Festival" over "Cannes")
        first = max(members, key=lambda c: (len(str(c.q("ceremony") or "")), -members.index(c)))
        recipients = tuple(first.q("recipients") or ())
        shown = tuple(r if film_key(r) in film_titles else _person(r, ctx) for r in recipients)
        rows.append(AwardRow(
            ceremony=str(first.q("ceremony") or ""),
            category=first.value.text if isinstance(first.value, Text) else "",
            recipients=shown,
            outcome="won" if first.q("outcome") == "won" else "nominated",
            sources=unique(sorted(c.document for c in members)),
            evidence=tuple(c.evidence for c in members),
        ))
    return _flag_suspects(rows)


def _person(name: str, ctx: Context) -> str:
    shown = display_qualifier("recipients", (name,), ctx)
    return shown[0] if isinstance(shown, tuple) else name


def _flag_suspects(rows: list[AwardRow]) -> list[AwardRow]:
    genders: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        if g := _gender(row.category):
            for person in row.recipients:
                genders[person][g] += 1
    out = []
    for row in rows:
        g = _gender(row.category)
        odd = [p for p in row.recipients
               if g and len(genders[p]) > 1 and genders[p][g] < max(genders[p].values())]
        if odd:
            other = "actor" if g == "female" else "actress"
            row = AwardRow(row.ceremony, row.category, row.recipients, row.outcome, row.sources, row.evidence,
                           f"{', '.join(odd)} is listed in {other} categories elsewhere in the table; "
                           f"this {'actress' if g == 'female' else 'actor'} category is probably an error")
        out.append(row)
    return out
