"""Extractors: Document → Claims, one module per kind of fact.

An extractor is a function `(doc, subject) -> Iterable[Claim]` registered with
`@extractor(name, version, requires=...)`. `requires` names the parts of a
Document it reads (`sections`, `tables`, `fields`, `citations`); `run` calls
every registered extractor whose needs the document meets, so a plain-text
document skips the infobox extractor and a wikitext one gets both.

Bumping an extractor's version makes the pipeline re-extract the documents it
read; `versions()` is what the store records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..model import Claim, Document

ExtractFn = Callable[[Document, str], Iterable[Claim]]


@dataclass(frozen=True)
class Extractor:
    name: str
    version: str
    requires: tuple[str, ...]
    fn: ExtractFn

    def applies_to(self, doc: Document) -> bool:
        return all(bool(getattr(doc, need)) for need in self.requires)


REGISTRY: list[Extractor] = []


def extractor(name: str, version: str, requires: tuple[str, ...] = ()) -> Callable[[ExtractFn], ExtractFn]:
    """Register an extractor; `name` is how claims cite it (`name@version`)."""

    def wrap(fn: ExtractFn) -> ExtractFn:
        REGISTRY.append(Extractor(name, version, requires, fn))
        return fn

    return wrap


def _load() -> None:
    # Importing the modules registers their extractors.
    from . import (  # noqa: F401
        awards,
        basis,
        box_office,
        cast,
        crew,
        infobox,
        lead,
        production,
        release,
        remakes,
        see_also,
        titles,
    )


def versions() -> dict[str, str]:
    _load()
    return {e.name: e.version for e in REGISTRY}


def run(doc: Document) -> list[Claim]:
    """Every claim the registered extractors find in `doc`, about the film it is about."""
    from .subject import find_subject

    _load()
    subject = find_subject(doc)
    claims: list[Claim] = []
    for ex in REGISTRY:
        if ex.applies_to(doc):
            claims.extend(ex.fn(doc, subject))
    return claims


__all__ = ["REGISTRY", "Extractor", "extractor", "run", "versions"]
