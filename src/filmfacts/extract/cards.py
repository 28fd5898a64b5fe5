"""Claims from structured dataset rows (`sources/dataset/card.py`): one claim per card field, typed by
its property, with the qualifiers the reader wrote beside it. Nothing is read from wording: the row
says what each value is.

    director: Christopher Nolan                    → director = Name("Christopher Nolan")
    budget: 160000000 USD                          → budget = Quantity(160000000, "USD")
    release_date: 2010-07-14                       → release_date = Time("2010-07-14", "day")
    running_time: 148                              → running_time = Quantity(148, "minute")
    external_id {"namespace": "imdb"}: tt1375666   → external_id = Text("tt1375666"), namespace = imdb
    award {"ceremony": …, "outcome": "won", …}     → award = Text(category), as extract/awards.py gives it
    note: …                                        → nothing (shown to a reader only)
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from ..model import Claim, Document, Name, Quantity, Text, Time, Value, claim
from ..sources.dataset.card import field_property
from ..writing_systems import script_of
from . import extractor

NAME, VERSION = "cards", "1"

PEOPLE = frozenset(("director", "cast_member", "screenwriter", "writer", "producer", "executive_producer",
                    "music", "cinematography", "editing", "narrator"))
ORGANIZATIONS = frozenset(("production_company", "distributor"))
MONEY = frozenset(("budget", "gross"))
DATES = frozenset(("release_date", "premiere_date"))
TITLES = frozenset(("title", "native_title", "romanized_title"))


@cache
def card_formats() -> tuple[str, ...]:
    """The formats of the dataset readers that write cards (their module says `CARDS = True`)."""
    from ..sources.registry import datasets

    return tuple(r.format for r in datasets() if getattr(r.module, "CARDS", False))


def value_of(prop: str, text: str, doc: Document) -> Value | None:
    """The typed value of a card field; None when the text is not one (the reader checked it)."""
    if prop in PEOPLE:
        return Name(text, "person")
    if prop in ORGANIZATIONS:
        return Name(text, "organization")
    if prop in MONEY:
        amount, _, unit = text.partition(" ")
        try:
            return Quantity(float(amount), unit)
        except ValueError:
            return None
    if prop == "running_time":
        try:
            return Quantity(float(text), "minute")
        except ValueError:
            return None
    if prop in DATES:
        return Time(text, "day" if len(text) == 10 else "month" if len(text) == 7 else "year")
    if prop == "publication_year":
        return Time(text, "year")
    if prop in TITLES:
        script = script_of(text)
        return Text(text, doc.language if script == "Latin" else "", script)
    return Text(text)


def _card_claims(doc: Document, subject: str) -> Iterator[Claim]:
    for f in doc.fields:
        prop, qualifiers = field_property(f.name)
        if prop == "note":  # shown on the card for a reader, stated by another field's qualifiers
            continue
        value = value_of(prop, f.value, doc)
        if value is None:
            continue
        q: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in qualifiers.items()}
        if prop == "title" and "language" not in q:
            q["language"] = doc.language
        yield claim(subject, prop, value, doc.span(f.start, f.end), NAME, VERSION, q)


FORMATS = card_formats()
assert FORMATS, "no dataset reader writes cards: an extractor without formats would read every document"


@extractor(NAME, VERSION, requires=("fields",), formats=FORMATS)
def extract_cards(doc: Document, subject: str) -> Iterator[Claim]:
    yield from _card_claims(doc, subject)
