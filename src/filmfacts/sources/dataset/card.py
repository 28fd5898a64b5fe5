"""A structured dataset's row → one `dataset` Document: a card of `Label: value` lines, each a Field
named for the claim it states, so `extract/cards.py` turns it into that claim as the row types it.

    Avatar                                         ← the film the row is about (the document's title)

    == Record ==
    Release date: 2009-12-10                       Field("release_date", "2009-12-10")
    Budget: 237000000 USD                          Field("budget", "237000000 USD")
    TMDB id: 19995                                 Field('external_id {"namespace": "tmdb"}', "19995")

A field's name is the claim's property, followed, when the claim has qualifiers, by a space and
their JSON (`award {"ceremony": "…", "outcome": "won"}`): the row says what each value is, so
nothing is guessed from wording. The row's external ids are also the document's `external_ids`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ...errors import InputError, InvalidValue
from ...model import Document, Field, document_id
from ..checks import check_date
from ..layout import Heading, sections_from_headings

HEADING = "== Record =="


@dataclass(frozen=True)
class Line:
    """One value of a row: the claim's property, the label shown, the value as the dataset writes it
    (amounts and dates normalised by the reader) and the claim's qualifiers."""

    prop: str
    label: str
    value: str
    qualifiers: Mapping[str, Any] = field(default_factory=dict)

    def field_name(self) -> str:
        return f"{self.prop} {json.dumps(dict(self.qualifiers), ensure_ascii=False, sort_keys=True)}" \
            if self.qualifiers else self.prop


def field_property(name: str) -> tuple[str, dict[str, Any]]:
    """A card field's name → (property, qualifiers)."""
    prop, _, rest = name.partition(" ")
    return prop, (json.loads(rest) if rest else {})


def external(namespace: str, label: str, value: str) -> Line:
    return Line("external_id", label, value, {"namespace": namespace})


@dataclass(frozen=True)
class Card:
    """What a reader gives for one row; `document` lays it out."""

    title: str
    lines: Sequence[Line]
    source: str
    format: str
    site: str
    licence: str
    language: str = "en"
    published: str = ""

    def document(self) -> Document:
        text = f"{self.title}\n\n{HEADING}"
        heading_start = len(text) - len(HEADING)
        fields = []
        for line in self.lines:
            value = " ".join(line.value.split())
            if not value:
                continue
            text += f"\n{line.label}: "
            fields.append(Field(line.field_name(), value, len(text), len(text) + len(value)))
            text += value
        heading = Heading(heading_start, heading_start + len(HEADING), 1, "Record")
        ids = tuple(dict.fromkeys((line.qualifiers["namespace"], line.value.strip()) for line in self.lines
                                  if line.prop == "external_id" and line.value.strip()))
        return Document(
            # the dataset is part of the id (two datasets saying the same are two documents), its path is
            # not: the same row read from another copy of the file is the same document
            id=document_id(f"{self.format}\n{text}"), source=self.source, format=self.format, kind="dataset",
            site=self.site, text=text, language=self.language, title=self.title, licence=self.licence,
            published=self.published, sections=sections_from_headings(text, [heading]), fields=tuple(fields),
            external_ids=ids,
        )


OnBad = Callable[[str, str], None] | None


def documents(made: Iterable[tuple[str, Callable[[], Card | None]]], on_bad: OnBad) -> Iterator[Document]:
    """The documents of a dataset's rows: each `(source, make)` makes one card, or None for a row about
    no film. A bad row (InputError) goes to `on_bad(source, message)` and is skipped; without
    `on_bad` it ends the file with its error, as film rows and KOBIS exports do."""
    for source, make in made:
        try:
            card = make()
        except InputError as err:
            if on_bad is None:
                raise
            on_bad(source, str(err))
            continue
        if card is not None:
            yield card.document()


def parse_json(cell: str, where: str, column: str) -> Any:
    """A cell holding JSON (TMDB's genres, companies); InvalidValue naming file, line and column."""
    if not cell.strip():
        return []
    try:
        return json.loads(cell)
    except json.JSONDecodeError as err:
        raise InvalidValue(f"{where}: {column} is not valid JSON ({err})",
                           hint="fix that cell or remove the line (--skip-bad skips it)") from None


def names_in(items: Any, where: str, column: str) -> list[str]:
    """The `name` of each object of a JSON list cell (`[{"id": 28, "name": "Action"}]`)."""
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise InvalidValue(f"{where}: {column} is not a list of objects",
                           hint="fix that cell or remove the line (--skip-bad skips it)")
    return [str(i["name"]).strip() for i in items if isinstance(i.get("name"), str) and i["name"].strip()]


def check_id(value: str, pattern: str, where: str, what: str) -> str:
    """An id of the shape its namespace has (`tt0499549`, `19995`); InvalidValue otherwise."""
    if not re.fullmatch(pattern, value):
        raise InvalidValue(f"{where}: {what} is {value!r}, not an id of that kind",
                           hint="fix that cell or remove the line (--skip-bad skips it)")
    return value


def amount(value: str, where: str, what: str) -> str:
    """A count or an amount as digits ("0" and "" mean unknown in TMDB: given as ""), checked."""
    text = value.strip().removesuffix(".0")
    if text in ("", "0"):
        return ""
    if not text.isdigit():
        raise InvalidValue(f"{where}: {what} is {value!r}, not a number",
                           hint="fix that cell or remove the line (--skip-bad skips it)")
    return text


def day(value: str, where: str, what: str) -> str:
    """A date cell (YYYY-MM-DD, or a year), checked to be a possible one; "" stays ""."""
    return check_date(value.strip(), f"{where}: {what}") if value.strip() else ""


__all__ = ["HEADING", "Card", "Line", "amount", "check_id", "day", "documents", "external", "field_property",
           "names_in", "parse_json"]
