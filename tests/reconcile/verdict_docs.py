"""Synthetic documents and claims about The Attorney (2013): released 2013-12-18, past 10 million
admissions on 2014-01-19 (day 33), 11,374,610 admissions in KOBIS's final tally."""

from __future__ import annotations

from typing import Any

from filmfacts.model import Claim, Document, Quantity, Time, Value, claim, document_id

FILM = "The Attorney"


def doc(text: str, site: str, kind: str, published: str = "", copies: tuple[str, ...] = ()) -> Document:
    return Document(document_id(f"{site}\n{text}"), f"{site}.txt", "article", kind, site, text,
                    published=published, title=FILM, declared_copies=copies)


def said(d: Document, prop: str, value: Value, sentence: str = "", **q: Any) -> Claim:
    """A claim whose evidence is `sentence` (the whole text when empty) of `d`."""
    start = d.text.index(sentence) if sentence else 0
    end = start + len(sentence) if sentence else len(d.text)
    return claim(FILM, prop, value, d.span(start, end), "test", "1", q)


def count(n: float, approx: bool = False) -> Quantity:
    return Quantity(float(n), approx=approx)


def released(d: Document) -> Claim:
    return said(d, "release_date", Time("2013-12-18"))
