"""The types every stage passes along, shaped after Wikidata statements.

A `Document` is what a reader makes of one input; extractors turn it into
`Claim`s (a property, a `Value`, qualifiers and the `Span` that says it);
the linker groups name mentions into `Entity`s; reconciliation turns the
claims about one film into `Fact`s, each with a status and the claims and
documents behind every value.

All types are frozen: a stage never changes what an earlier stage made.
Values convert to and from plain JSON with `value_to_json` / `value_from_json`
so the store and the exports share one encoding.
"""

from __future__ import annotations

import builtins
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

DOCUMENT_KINDS = ("encyclopedia", "fan_wiki", "news", "box_office_report", "blog", "forum", "wiki_mirror",
                  "dataset")
FACT_STATUSES = ("agreed", "single_source", "derived", "conflict", "superseded", "suspect")
CONFLICT_KINDS = ("genuine", "different_time", "different_scope", "typo", "stale_copy")

Precision: TypeAlias = Literal["year", "month", "day"]


def normalize_text(text: str) -> str:
    """Text as documents are identified: NFC, unified newlines, no trailing blanks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def document_id(text: str) -> str:
    """The id of a document: a hash of its normalized text, so the same text is one document."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class Section:
    """A heading path (outermost first; `()` is the lead) and the text range under it."""

    path: tuple[str, ...]
    start: int
    end: int

    @property
    def title(self) -> str:
        return self.path[-1] if self.path else ""


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its text and where that text sits in the document."""

    text: str
    start: int
    end: int
    header: bool = False
    spanned: bool = False  # filled in from a cell of an earlier row or column


@dataclass(frozen=True, slots=True)
class Table:
    """A table with spans already resolved: every row has one cell per column."""

    section: tuple[str, ...]
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    start: int
    end: int
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Field:
    """A labelled value of the document (an infobox field), with its span in the text."""

    name: str
    value: str
    start: int
    end: int


_SAFE_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "mailto"})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_CONTROL_OR_SPACE = "".join(map(chr, range(33)))


def safe_url(url: str) -> str:
    """An address as a document gives it, or "" for one that runs code when followed (`javascript:`,
    `vbscript:`, `data:`, any scheme but the web's): markup is data, so such an address is dropped when
    read, never stored. A browser ignores tabs and newlines in a scheme and control characters before
    it, so "java\tscript:" is one too; relative addresses and "host:port" are kept."""
    if ":" not in url:
        return url
    bare = "".join(ch for ch in url.lstrip(_CONTROL_OR_SPACE) if ch not in "\t\n\r")
    m = _SCHEME.match(bare)
    if m is None or m.group(1).casefold() in _SAFE_SCHEMES or ("." in m.group(1) and bare[m.end():][:1].isdigit()):
        return url
    return ""


@dataclass(frozen=True, slots=True)
class Citation:
    """A reference attached to the text that ends at `anchor` (the sentence or cell it follows)."""

    anchor: int
    title: str = ""
    url: str = ""  # never a `javascript:` address (`safe_url`)
    publisher: str = ""
    date: str = ""  # ISO date when the cited work was published
    access_date: str = ""

    def __post_init__(self) -> None:
        if self.url and safe_url(self.url) != self.url:
            object.__setattr__(self, "url", "")


@dataclass(frozen=True, slots=True)
class Link:
    """A link in the document: the linked text's span and the page it points to."""

    start: int
    end: int
    target: str


@dataclass(frozen=True, slots=True)
class Document:
    """One input, read: its text with sections, tables and what is known about where it came from.

    `declared_copies` holds the sites a document says it takes text from (a
    Fandom banner "This page uses content from an article at Wikipedia" gives
    `("Wikipedia",)`); reconciliation matches them to documents it has.
    """

    id: str
    source: str
    format: str
    kind: str
    site: str
    text: str
    language: str = "en"
    title: str = ""
    published: str = ""
    retrieved: str = ""
    licence: str = ""
    byline: str = ""  # the author(s) as the page names them ("By Kim Hyun-jin")
    url: str = ""  # the page's own address, when it gives one (its words name what the page is about); never
    # a `javascript:` address (`safe_url`)
    declared_copies: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    tables: tuple[Table, ...] = ()
    fields: tuple[Field, ...] = ()
    citations: tuple[Citation, ...] = ()
    links: tuple[Link, ...] = ()
    external_ids: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.url and safe_url(self.url) != self.url:
            object.__setattr__(self, "url", "")
        if any(safe_url(value) != value for _, value in self.external_ids):  # a KMDb or official-site address
            object.__setattr__(self, "external_ids", tuple(
                (scheme, value) for scheme, value in self.external_ids if safe_url(value) == value))

    def section_at(self, offset: int) -> Section | None:
        """The innermost section holding `offset`."""
        best: Section | None = None
        for section in self.sections:
            if section.start <= offset < section.end and (
                best is None or len(section.path) >= len(best.path)
            ):
                best = section
        return best

    def span(self, start: int, end: int) -> Span:
        return Span(self.id, start, end, self.text[start:end])


# ---------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class Span:
    """Evidence: a quoted stretch of one document."""

    document: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class Text:
    """Monolingual text: a title, a description."""

    text: str
    language: str = ""
    script: str = ""


@dataclass(frozen=True, slots=True)
class Name:
    """The name of a person, character, work, organisation or place, as written."""

    text: str
    kind: Literal["person", "character", "work", "organization", "place", "film"] = "person"


@dataclass(frozen=True, slots=True)
class Quantity:
    """An amount with its unit; `bound` is "lower" for "more than N", "upper" for "under N"."""

    amount: float
    unit: str = ""
    approx: bool = False
    bound: Literal["", "lower", "upper"] = ""


@dataclass(frozen=True, slots=True)
class Time:
    """A date as far as it is known: `iso` is YYYY, YYYY-MM or YYYY-MM-DD."""

    iso: str
    precision: Precision = "day"


@dataclass(frozen=True, slots=True)
class Nothing:
    """The claim is about something unnamed (a planned remake with no title yet)."""


Value: TypeAlias = Text | Name | Quantity | Time | Nothing
QualifierValue: TypeAlias = str | int | float | bool | tuple[str, ...]


def value_to_json(value: Value) -> Any:
    """The export encoding: strings, numbers, ISO dates, {"amount", "unit"} for money."""
    if isinstance(value, Text | Name):
        return value.text
    if isinstance(value, Time):
        return value.iso
    if isinstance(value, Nothing):
        return None
    amount: int | float = int(value.amount) if float(value.amount).is_integer() else value.amount
    if not value.unit:
        return amount
    out: dict[str, Any] = {"amount": amount, "unit": value.unit}
    if value.bound:
        out["bound"] = value.bound
    return out


def value_encode(value: Value) -> dict[str, Any]:
    """A lossless encoding for the store."""
    if isinstance(value, Text):
        return {"t": "text", "text": value.text, "language": value.language, "script": value.script}
    if isinstance(value, Name):
        return {"t": "name", "text": value.text, "kind": value.kind}
    if isinstance(value, Quantity):
        return {"t": "quantity", "amount": float(value.amount), "unit": value.unit,
                "approx": value.approx, "bound": value.bound}
    if isinstance(value, Time):
        return {"t": "time", "iso": value.iso, "precision": value.precision}
    return {"t": "nothing"}


def value_decode(data: Mapping[str, Any]) -> Value:
    kind = data.get("t")
    if kind == "text":
        return Text(data["text"], data.get("language", ""), data.get("script", ""))
    if kind == "name":
        return Name(data["text"], data.get("kind", "person"))
    if kind == "quantity":
        return Quantity(float(data["amount"]), data.get("unit", ""), bool(data.get("approx")),
                        data.get("bound", ""))
    if kind == "time":
        return Time(data["iso"], data.get("precision", "day"))
    return Nothing()


# ---------------------------------------------------------------- claims


def freeze_qualifiers(qualifiers: Mapping[str, Any]) -> tuple[tuple[str, QualifierValue], ...]:
    """Qualifiers as a sorted tuple, dropping empty ones; lists become tuples."""
    out: list[tuple[str, QualifierValue]] = []
    for key, val in qualifiers.items():
        if val is None or val == "" or val == () or val == []:
            continue
        out.append((key, tuple(val) if isinstance(val, list | tuple) else val))
    return tuple(sorted(out))


@dataclass(frozen=True, slots=True)
class Claim:
    """One thing one document says: `subject` has `property` = `value`, under `qualifiers`.

    `subject` is the film as the document names it; `evidence` quotes the
    sentence, line or cell that says it; `extractor` names the code (with its
    version) that read it.
    """

    subject: str
    property: str
    value: Value
    evidence: Span
    extractor: str
    version: str
    qualifiers: tuple[tuple[str, QualifierValue], ...] = ()
    confidence: float = 1.0

    def q(self, key: str, default: Any = None) -> Any:
        for k, v in self.qualifiers:
            if k == key:
                return v
        return default

    @builtins.property
    def document(self) -> str:
        return self.evidence.document

    # the id, once asked (`id`); a slot, as every field, since a store's claims are many
    _id: str = field(default="", init=False, repr=False, compare=False)

    @builtins.property
    def id(self) -> str:
        """Deterministic: the same document read by the same extractor gives the same ids."""
        if not self._id:
            object.__setattr__(self, "_id", claim_id(self))
        return self._id


def claim_id(c: Claim, encoded_value: dict[str, Any] | None = None) -> str:
    """`Claim.id`, computed afresh: the store's write path computes each id once, from the value it
    encodes anyway, and keeps none."""
    raw = repr((c.evidence.document, c.evidence.start, c.evidence.end, c.property,
                value_encode(c.value) if encoded_value is None else encoded_value, c.qualifiers, c.extractor))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def claim(
    subject: str,
    prop: str,
    value: Value,
    evidence: Span,
    extractor: str,
    version: str,
    qualifiers: Mapping[str, Any] | None = None,
    confidence: float = 1.0,
) -> Claim:
    """Build a claim from a plain qualifier mapping."""
    return Claim(subject, prop, value, evidence, extractor, version,
                 freeze_qualifiers(qualifiers or {}), confidence)


# ---------------------------------------------------------------- entities


@dataclass(frozen=True, slots=True)
class EntityName:
    """One spelling of an entity and the documents it appears in."""

    text: str
    language: str = ""
    script: str = "Latin"
    romanization: str = ""
    documents: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """A film, person, character, ceremony or place, with every spelling seen."""

    id: str
    kind: str
    name: str
    names: tuple[EntityName, ...] = ()
    external_ids: tuple[tuple[str, str], ...] = ()
    explanation: str = ""

    def spellings(self) -> list[str]:
        return [n.text for n in self.names]


# ---------------------------------------------------------------- facts


@dataclass(frozen=True, slots=True)
class FactValue:
    """One value of a fact with the claims that state it."""

    value: Value
    claims: tuple[Claim, ...]
    sources: tuple[str, ...]
    independent_sources: int


@dataclass(frozen=True, slots=True)
class Fact:
    """What the documents together say about one (entity, property, scope).

    `status` is one of FACT_STATUSES; a conflict has two or more `values` and a
    `kind` from CONFLICT_KINDS; `explanation` is one sentence a person can read.
    """

    entity: str
    property: str
    qualifiers: tuple[tuple[str, QualifierValue], ...]
    status: str
    values: tuple[FactValue, ...]
    explanation: str
    kind: str = ""

    @builtins.property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({s for v in self.values for s in v.sources}))

    def q(self, key: str, default: Any = None) -> Any:
        for k, v in self.qualifiers:
            if k == key:
                return v
        return default


@dataclass(frozen=True, slots=True)
class AwardRow:
    """One row of an awards table, spanned cells carried down, outcome normalised."""

    ceremony: str
    category: str
    recipients: tuple[str, ...]
    outcome: Literal["won", "nominated"]
    sources: tuple[str, ...]
    evidence: tuple[Span, ...] = ()
    suspect: str = ""


@dataclass(frozen=True, slots=True)
class CopyRelation:
    """`copy` takes text from `original`: declared by a banner, measured by overlap, or both."""

    copy: str
    original: str
    overlap: float  # share of the copy's word 8-grams found in the original, 0..1
    declared: bool
    evidence: str


@dataclass(frozen=True, slots=True)
class FilmRecord:
    """Everything reconciled about one film."""

    entity: Entity
    title: str
    facts: tuple[Fact, ...]
    awards: tuple[AwardRow, ...]
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """The result of reconciling a set of documents and their claims."""

    films: tuple[FilmRecord, ...]
    people: tuple[Entity, ...]
    characters: tuple[Entity, ...]
    copies: tuple[CopyRelation, ...]
    documents: tuple[Document, ...] = field(default=())
    # per film or person id: the anchors it is known by (title key and year, name key, external ids) and
    # the decisions that joined, split or kept it (link/identities.py)
    anchors: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    decisions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def unique(items: Iterable[str]) -> tuple[str, ...]:
    """Order-keeping de-duplication."""
    return tuple(dict.fromkeys(items))
