"""Claims about one film → Facts: agreement, single sources and conflicts.

Values are compared through keys, never as raw strings: people and characters
by their linked entity (so spellings never conflict), titles by `film_key`,
amounts by number and unit, free-text descriptions by similarity.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from ..link import Linking
from ..link.entities import PERSON_QUALIFIERS as MENTION_QUALIFIERS
from ..link.entities import film_key
from ..link.names import name_key
from ..model import (
    Claim,
    Document,
    Fact,
    FactValue,
    Name,
    Nothing,
    QualifierValue,
    Quantity,
    Text,
    Time,
    Value,
    freeze_qualifiers,
    unique,
)
from .conflicts import Flag, classify, ordinal, plain_value, within_rounding
from .properties import NOTE_QUALIFIERS, SERIES_PROPERTIES, TIME_QUALIFIERS, PropertySpec, spec_for
from .trust import trust_note

# Qualifiers holding people: those linking reads, and the cast member an attribute conflict is about.
PERSON_QUALIFIERS = (*MENTION_QUALIFIERS, "cast_member")
DESCRIPTION_ALIKE = 80.0


@dataclass(frozen=True)
class Context:
    """What comparing values needs: the film, the linking, the copy clusters, document names;
    the documents (their kind sets their trust) and the series checks' flags on odd claims."""

    film: str
    linking: Linking
    groups: dict[str, str]
    site_of: dict[str, str]
    copies_of: dict[str, set[str]]
    documents: Mapping[str, Document] = field(default_factory=dict)
    flags: Mapping[str, Flag] = field(default_factory=dict)

    @property
    def kind_of(self) -> dict[str, str]:
        return {doc_id: doc.kind for doc_id, doc in self.documents.items()}

    def independent(self, sources: Sequence[str]) -> int:
        return len({self.groups.get(s, s) for s in sources})


def value_key(value: Value, ctx: Context) -> Any:
    if isinstance(value, Name):
        if value.kind == "person":
            return ctx.linking.person(value.text, ctx.film) or name_key(value.text)
        if value.kind == "character":
            return ctx.linking.character(ctx.film, value.text) or name_key(value.text)
        return film_key(value.text)
    if isinstance(value, Text):
        return film_key(value.text)
    if isinstance(value, Quantity):
        return (float(f"{value.amount:.6g}"), value.unit)
    if isinstance(value, Time):
        return value.iso
    return None


def qualifier_key(key: str, value: QualifierValue, ctx: Context) -> Any:
    if key == "character" and isinstance(value, str):
        return ctx.linking.character(ctx.film, value) or name_key(value)
    if key in PERSON_QUALIFIERS:
        names = value if isinstance(value, tuple) else (str(value),)
        return frozenset(ctx.linking.person(n, ctx.film) or name_key(n) for n in names)
    if isinstance(value, str):
        return film_key(value)
    return value


def display_value(value: Value, ctx: Context) -> Value:
    """People and characters shown under their entity's display spelling."""
    if isinstance(value, Name) and value.kind == "person":
        ent_id = ctx.linking.person(value.text, ctx.film)
        ent = ctx.linking.entity(ent_id) if ent_id else None
        return Name(ent.name, "person") if ent else value
    return value


def display_qualifier(key: str, value: QualifierValue, ctx: Context) -> QualifierValue:
    if key == "character" and isinstance(value, str):
        ent_id = ctx.linking.character(ctx.film, value)
        ent = ctx.linking.entity(ent_id) if ent_id else None
        return ent.name if ent else value
    if key in PERSON_QUALIFIERS:
        names = value if isinstance(value, tuple) else (str(value),)
        shown = []
        for n in names:
            ent_id = ctx.linking.person(n, ctx.film)
            ent = ctx.linking.entity(ent_id) if ent_id else None
            shown.append(ent.name if ent else n)
        return tuple(shown) if isinstance(value, tuple) else shown[0]
    return value


def _values(claims: Sequence[Claim], ctx: Context, key: Callable[[Claim], Any]) -> list[FactValue]:
    """Claims grouped by value key, in order of first appearance."""
    groups: dict[Any, list[Claim]] = {}
    for c in claims:
        groups.setdefault(key(c), []).append(c)
    out = []
    for group in groups.values():
        sources = unique(sorted(c.document for c in group))
        out.append(FactValue(display_value(group[0].value, ctx), tuple(group), sources, ctx.independent(sources)))
    return out


def _explain_agreement(sources: Sequence[str], ctx: Context) -> str:
    names = [ctx.site_of.get(s, s) for s in sources]
    if len(sources) == 1:
        return f"Only {names[0]} states it; no other document contradicts it."
    independent = ctx.independent(sources)
    copied = [f"{ctx.site_of.get(c, c)} copies {ctx.site_of.get(o, o)}"
              for c in sources for o in sorted(ctx.copies_of.get(c, set())) if o in sources]
    note = f" ({independent} independent: {'; '.join(copied)})" if independent < len(sources) else ""
    return f"Stated alike by {len(sources)} documents: {', '.join(names)}{note}."


def _merged_qualifiers(claims: Sequence[Claim], ctx: Context, skip: set[str]) -> dict[str, QualifierValue]:
    """Qualifiers every claim that has them agrees on; notes joined."""
    seen: dict[str, list[QualifierValue]] = defaultdict(list)
    for c in claims:
        for k, v in c.qualifiers:
            if k not in skip:
                seen[k].append(v)
    out: dict[str, QualifierValue] = {}
    for k, vals in seen.items():
        if k == "derived_time":
            continue
        if k in NOTE_QUALIFIERS:
            out[k] = "; ".join(unique(str(v) for v in vals))
            continue
        keys = {qualifier_key(k, v, ctx) for v in vals}
        if len(keys) == 1:
            out[k] = display_qualifier(k, vals[0], ctx)
        elif all(isinstance(v, tuple) for v in vals) and _nested(vals, k, ctx):
            out[k] = display_qualifier(k, max(vals, key=lambda v: len(v) if isinstance(v, tuple) else 0), ctx)
    derived = {str(v) for v in seen.get("derived_time", ())}
    if kept := sorted(k for k in derived if k in out):
        out["derived_time"] = "; ".join(kept)  # which of the time qualifiers filmfacts computed
    return out


def _nested(vals: list[QualifierValue], key: str, ctx: Context) -> bool:
    """Lists where each is part of the longest: one source names fewer stars, not other ones."""
    sets = [qualifier_key(key, v, ctx) for v in vals]
    biggest = max(sets, key=len)
    return all(s <= biggest for s in sets)


def _status(sources: Sequence[str]) -> str:
    return "agreed" if len(sources) > 1 else "single_source"


def _scoped(c: Claim, key: str) -> Any:
    """A claim's value of a scope qualifier; a title's language, when no qualifier says it, is its
    text's (a KOBIS row's Hangul title and its English title are two titles, not a conflict)."""
    value = c.q(key)
    if value is None and key == "language" and isinstance(c.value, Text) and c.value.language:
        return c.value.language
    return value


def single_facts(prop: str, claims: Sequence[Claim], spec: PropertySpec, ctx: Context) -> list[Fact]:
    """One fact per scope: agreed, single source, or a conflict between documents."""
    slots: dict[Any, list[Claim]] = defaultdict(list)
    for c in claims:
        slot = tuple((k, qualifier_key(k, v, ctx)) for k in spec.scope if (v := _scoped(c, k)) is not None)
        slots[slot].append(c)
    facts = []
    settled: dict[Any, FactValue] = {}
    for slot, slot_claims in slots.items():
        values = _merge_rounded(_values(slot_claims, ctx, lambda c: value_key(c.value, ctx)), ctx)
        scope_q = {k: display_qualifier(k, v, ctx) for k in spec.scope
                   if (v := _scoped(slot_claims[0], k)) is not None}
        if len(values) == 1:
            v = values[0]
            q = _merged_qualifiers(slot_claims, ctx, set())
            facts.append(Fact(ctx.film, prop, freeze_qualifiers(q), _status(v.sources), (v,),
                              _explain_agreement(v.sources, ctx)))
            settled[slot] = v
        elif len({c.document for c in slot_claims}) == 1:
            # One document, several values for one scope: it contradicts itself, or means scopes or
            # times it does not say. Not a disagreement between sources; flagged for a reader.
            site = ctx.site_of.get(slot_claims[0].document, slot_claims[0].document)
            why = (f"Only {site} states it, with {len(values)} values for the same scope "
                   f"({', '.join(plain_value(v.value) for v in values)}): it may mean scopes or times it does not say.")
            facts.append(Fact(ctx.film, prop, freeze_qualifiers(scope_q), "suspect", tuple(values), why))
        else:
            kind, why = classify(prop, values, ctx.site_of, ctx.copies_of, ctx.kind_of, ctx.flags)
            # a value the series checks flagged comes first: it is the one the verdict is about
            values.sort(key=lambda fv: not all(c.id in ctx.flags for c in fv.claims))
            facts.append(Fact(ctx.film, prop, freeze_qualifiers(scope_q), "conflict", tuple(values), why, kind))
    return facts + _underspecified(prop, settled, ctx) + _different_places(prop, settled, ctx)


# Scope qualifiers that name a place: one film is released on different days in different countries.
PLACE_QUALIFIERS = ("country", "place")


def _different_places(prop: str, settled: dict[Any, FactValue], ctx: Context) -> list[Fact]:
    """Values that differ only because they are for different places ("released 2010-10-01 in the United
    States", "2010-11-05 in the United Kingdom"): one difference of scope a reader should see, not a
    disagreement. Markets of box-office figures are the series checks' (`series._different_scopes`)."""
    by_rest: dict[Any, list[tuple[str, FactValue]]] = defaultdict(list)
    for slot, fv in settled.items():
        q = dict(slot)
        if any(k in TIME_QUALIFIERS for k in q):
            continue
        place = next((str(fv.claims[0].q(k)) for k in PLACE_QUALIFIERS if q.get(k)), "")
        if place:
            by_rest[tuple((k, v) for k, v in slot if k not in PLACE_QUALIFIERS)].append((place, fv))
    out = []
    for rest, placed in by_rest.items():
        if len({p for p, _ in placed}) < 2 or len({value_key(fv.value, ctx) for _, fv in placed}) < 2:
            continue
        placed.sort(key=lambda t: plain_value(t[1].value))
        said = "; ".join(f"{plain_value(fv.value)} in {place} ({', '.join(ctx.site_of.get(s, s) for s in fv.sources)})"
                         for place, fv in placed)
        why = f"{said}: values for different places, not a disagreement."
        out.append(Fact(ctx.film, prop, freeze_qualifiers(dict(rest)), "conflict", tuple(fv for _, fv in placed), why,
                        "different_scope"))
    return out


def _merge_rounded(values: list[FactValue], ctx: Context) -> list[FactValue]:
    """A rounded figure ("11.09 million") and the exact count it rounds (11,093,214) are one value,
    shown as the exact one; so is a bound ("more than 10 million") and a count that meets it."""
    out: list[FactValue] = []
    # where a value may find its home: a bounded figure can hold any of its unit, an unbounded one only
    # figures within 5% (rounding's most), found in the unit's amounts by bisection, so a slot of many
    # figures is not compared pair by pair; the home is still the first in `out` that holds it
    bounded: list[int] = []
    amounts: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for fv in sorted(values, key=lambda v: isinstance(v.value, Quantity) and (v.value.approx or bool(v.value.bound))):
        home = None
        if isinstance(q := fv.value, Quantity):
            if q.bound or q.amount <= 0:
                near: Sequence[int] = range(len(out))
            else:
                known = amounts[q.unit]
                lo = bisect_left(known, (q.amount * 0.95 * (1 - 1e-9), -1))
                hi = bisect_right(known, (q.amount / 0.95 * (1 + 1e-9), len(out)))
                near = sorted({*bounded, *(i for _, i in known[lo:hi])})
            home = next((i for i in near if isinstance(o := out[i].value, Quantity) and within_rounding(o, q)), None)
        if home is None:
            if isinstance(q, Quantity):
                if q.bound or q.amount <= 0:
                    bounded.append(len(out))
                else:
                    insort(amounts[q.unit], (q.amount, len(out)))
            out.append(fv)
            continue
        was = out[home]
        sources = unique(sorted({*was.sources, *fv.sources}))
        out[home] = FactValue(was.value, was.claims + fv.claims, sources, ctx.independent(sources))
    return out


def _underspecified(prop: str, settled: dict[Any, FactValue], ctx: Context) -> list[Fact]:
    """A figure one document gives without a date or a scope, next to a different figure another
    document dates or scopes ("grossed $80 million" / "$62 million as of March 15"): not a
    contradiction, but a difference a reader should see, explained by time or scope. Figures that change over
    the run are the series checks' (`series._different_times`, `series._different_scopes`)."""
    out: list[Fact] = []
    if prop in SERIES_PROPERTIES:
        return out
    for narrow, a in settled.items():
        candidates = []
        for wide, b in settled.items():
            given = dict(wide)
            missing = [k for k in given if k not in dict(narrow)]
            if (not missing or any(dict(narrow).get(k) != given.get(k) for k in dict(narrow))
                    or set(a.sources) & set(b.sources)
                    or value_key(a.value, ctx) == value_key(b.value, ctx)):
                continue
            candidates.append((_distance(a.value, b.value), missing, b))
        # against a whole timeline, the nearest figure is the one the undated figure is likely to be
        for _, missing, b in sorted(candidates, key=lambda t: t[0])[:1]:
            kind = "different_time" if all(k in TIME_QUALIFIERS for k in missing) else "different_scope"
            shown = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in b.claims[0].qualifiers if k in missing)
            names = [", ".join(ctx.site_of.get(s, s) for s in fv.sources) for fv in (a, b)]
            why = (f"{names[1]} gives {plain_value(b.value)} for {shown}; {names[0]} gives {plain_value(a.value)} "
                   f"with no {'date' if kind == 'different_time' else 'scope'}, so the two are likely "
                   f"{'true at different times' if kind == 'different_time' else 'counted over different scopes'}; "
                   f"{trust_note((a, b), ctx.kind_of, ctx.site_of, lambda fv: plain_value(fv.value))}.")
            q = {k: b.claims[0].q(k) for k in dict(narrow)}
            facts = (a, b)
            out.append(Fact(ctx.film, prop, freeze_qualifiers(q), "conflict", facts, why, kind))
    return out


def _distance(a: Value, b: Value) -> float:
    if isinstance(a, Quantity) and isinstance(b, Quantity) and a.amount > 0 and b.amount > 0:
        return abs(math.log(a.amount / b.amount))
    return 0.0


def _items(claims: Sequence[Claim], spec: PropertySpec, ctx: Context) -> list[list[Claim]]:
    """Claims grouped into items: same value (or alike description) and same identity qualifiers;
    an unnamed item joins a named one with the same identity."""
    def identity(c: Claim) -> tuple[Any, ...]:
        keys = [k for k, _ in c.qualifiers if k not in NOTE_QUALIFIERS] if spec.identity == ("*",) else spec.identity
        return tuple((k, qualifier_key(k, c.q(k), ctx)) for k in keys if c.q(k) is not None)

    def same_identity(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
        return a == b or (spec.loose_identity and (not a or not b))

    items: list[tuple[Any, tuple[Any, ...], list[Claim]]] = []
    for c in claims:
        vk, ident = value_key(c.value, ctx), identity(c)
        for item_vk, item_ident, members in items:
            if not same_identity(item_ident, ident):
                continue
            same = vk == item_vk
            if spec.description and isinstance(c.value, Text) and isinstance(members[0].value, Text):
                same = fuzz.token_set_ratio(c.value.text, members[0].value.text) >= DESCRIPTION_ALIKE
            if same:
                members.append(c)
                break
        else:
            items.append((vk, ident, [c]))
    return [members for _, _, members in items]


def multi_facts(prop: str, claims: Sequence[Claim], spec: PropertySpec, ctx: Context) -> list[Fact]:
    """One fact per item; attributes the documents give differently become conflicts of their own."""
    facts = []
    items = _items(claims, spec, ctx)
    for members in items:
        sources = unique(sorted(c.document for c in members))
        value = FactValue(display_value(members[0].value, ctx), tuple(members), sources, ctx.independent(sources))
        conflicted: set[str] = set()
        for attr in spec.attributes:
            per_doc: dict[str, tuple[Any, QualifierValue, Claim]] = {}
            for c in members:
                if c.q(attr) is not None and c.document not in per_doc and c.q("derived_time") != attr:
                    per_doc[c.document] = (qualifier_key(attr, c.q(attr), ctx), c.q(attr), c)
            keys = {k for k, _, _ in per_doc.values()}
            vals = [v for _, v, _ in per_doc.values()]
            if len(keys) <= 1 or (all(isinstance(v, tuple) for v in vals) and _nested(vals, attr, ctx)):
                continue
            conflicted.add(attr)
            attr_values: dict[Any, list[Claim]] = defaultdict(list)
            raw: dict[Any, QualifierValue] = {}
            for k, v, c in per_doc.values():
                attr_values[k].append(c)
                raw.setdefault(k, v)
            fvs = tuple(
                FactValue(_as_value(attr, display_qualifier(attr, raw[k], ctx)), tuple(cs),
                          unique(sorted(c.document for c in cs)), ctx.independent([c.document for c in cs]))
                for k, cs in attr_values.items()
            )
            q: dict[str, QualifierValue] = {
                k: display_qualifier(k, members[0].q(k), ctx) for k in spec.identity
                if k != "*" and members[0].q(k) is not None}
            if not isinstance(value.value, Nothing):
                q["cast_member" if prop == "cast_member" else "title"] = _owner_label(value.value)
            attr_prop = spec.conflict_property(attr)
            kind, why = classify(attr_prop, list(fvs), ctx.site_of, ctx.copies_of, ctx.kind_of, ctx.flags)
            facts.append(Fact(ctx.film, attr_prop, freeze_qualifiers(q), "conflict", fvs, why, kind))
        q = _merged_qualifiers(members, ctx, conflicted)
        facts.append(Fact(ctx.film, prop, freeze_qualifiers(q), _status(sources), (value,),
                          _explain_agreement(sources, ctx)))
    if "ranked_among" in spec.identity:
        facts += _places_in_other_lists(items, spec, ctx)
    return facts


def _places_in_other_lists(items: list[list[Claim]], spec: PropertySpec, ctx: Context) -> list[Fact]:
    """One mark, two places counted in different lists ("the eighth Korean film to pass 10 million",
    "the ninth of any nationality"): a difference of scope, shown so a reader does not take it for a
    disagreement."""
    by_value: dict[Any, list[list[Claim]]] = defaultdict(list)
    for members in items:
        by_value[value_key(members[0].value, ctx)].append(members)
    out = []
    for groups in by_value.values():
        placed = [(g[0].q("ranked_among"), g[0].q("order"), g) for g in groups
                  if g[0].q("ranked_among") and g[0].q("order") is not None]
        if len({among for among, _, _ in placed}) < 2 or len({order for _, order, _ in placed}) < 2:
            continue
        fvs = tuple(FactValue(Quantity(float(order)), tuple(g), unique(sorted(c.document for c in g)),
                              ctx.independent([c.document for c in g])) for _, order, g in placed)
        places = "; ".join(f"{ordinal(int(order))} among {str(among).replace('_', ' ')}"
                           for among, order, _ in placed)
        said_by = "; ".join(", ".join(ctx.site_of.get(s, s) for s in fv.sources) for fv in fvs)
        why = f"{places}: places in different lists ({said_by}), not a disagreement."
        q = {"title": _owner_label(display_value(groups[0][0].value, ctx))}
        out.append(Fact(ctx.film, spec.conflict_property("order"), freeze_qualifiers(q), "conflict", fvs, why,
                        "different_scope"))
    return out


def _owner_label(value: Value) -> str:
    return value.text if isinstance(value, Name | Text) else ""


def _as_value(attr: str, shown: QualifierValue) -> Value:
    if isinstance(shown, bool):
        return Text(str(shown).casefold())
    if isinstance(shown, int | float):
        return Quantity(float(shown))
    if isinstance(shown, tuple):
        return Text(", ".join(shown))
    return Name(shown, "character") if attr == "character" else Text(shown)


def facts_for(prop: str, claims: Sequence[Claim], ctx: Context) -> list[Fact]:
    spec = spec_for(prop)
    return multi_facts(prop, claims, spec, ctx) if spec.multi else single_facts(prop, claims, spec, ctx)
