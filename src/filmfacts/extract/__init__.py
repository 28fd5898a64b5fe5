"""Extractors: Document → Claims, one module per kind of fact.

An extractor is a function `(doc, subject) -> Iterable[Claim]` registered with
`@extractor(name, version, requires=..., formats=..., kinds=...)`. `requires`
names the parts of a Document it reads (`sections`, `tables`, `fields`,
`citations`); `run` calls every registered extractor whose needs the document
meets, so a plain-text document skips the infobox extractor and a wikitext one
gets both. `formats` limits an extractor to documents of those formats, and a
format some extractor names is read by its own extractors only (a KOBIS row is
not prose for the sentence extractors); `kinds` limits it to kinds of document
(the encyclopedic structure extractors do not read news stories).

Bumping an extractor's version makes the pipeline re-extract the documents it
read; `versions()` is what the store records.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..model import Claim, Document

ExtractFn = Callable[[Document, str], Iterable[Claim]]


@dataclass(frozen=True)
class Extractor:
    name: str
    version: str
    requires: tuple[str, ...]
    fn: ExtractFn
    formats: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    def applies_to(self, doc: Document) -> bool:
        if self.formats:
            if doc.format not in self.formats:
                return False
        elif doc.format in _own_formats():
            return False
        if self.kinds and doc.kind not in self.kinds:
            return False
        return all(bool(getattr(doc, need)) for need in self.requires)


REGISTRY: list[Extractor] = []


def _own_formats() -> frozenset[str]:
    """Formats that have extractors of their own: the general extractors leave them alone."""
    return _formats_of(len(REGISTRY))  # asked per extractor per document: computed once per registry


@lru_cache(maxsize=4)
def _formats_of(registered: int) -> frozenset[str]:
    return frozenset(f for e in REGISTRY[:registered] for f in e.formats)


def extractor(name: str, version: str, requires: tuple[str, ...] = (), formats: tuple[str, ...] = (),
              kinds: tuple[str, ...] = ()) -> Callable[[ExtractFn], ExtractFn]:
    """Register an extractor; `name` is how claims cite it (`name@version`)."""

    def wrap(fn: ExtractFn) -> ExtractFn:
        REGISTRY.append(Extractor(name, version, requires, fn, formats, kinds))
        return fn

    return wrap


def _load() -> None:
    # Importing the modules registers their extractors.
    from . import (  # noqa: F401
        article_titles,
        award_prose,
        awards,
        basis,
        box_office,
        cards,
        cast,
        charts,
        companies,
        crew,
        descriptors,
        infobox,
        kobis,
        lead,
        production,
        release,
        remakes,
        see_also,
        titles,
    )


# Modules every extractor leans on: a change in one is a change in all of them (mentions and
# film_phrases say which film each claim of an article is about).
SHARED = ("__init__.py", "text.py", "vocab.py", "subject.py", "citations.py", "people.py", "mentions.py", "literal.py",
          "film_phrases.py")


@lru_cache(maxsize=1)
def _digests() -> dict[str, str]:
    """A short hash of each extractor module's code (with the shared helpers), and one of the
    readers, so code that changed without a version bump still makes the pipeline re-read."""
    here = Path(__file__).parent
    shared = b"".join((here / name).read_bytes() for name in SHARED)
    out = {e.name: hashlib.sha256(shared + Path(e.fn.__code__.co_filename).read_bytes()).hexdigest()[:8]
           for e in REGISTRY}
    readers = sorted((here.parent / "sources").rglob("*.py"))
    out["readers"] = hashlib.sha256(b"".join(p.read_bytes() for p in readers)).hexdigest()[:8]
    return out


def versions() -> dict[str, str]:
    """What the store records per document: each extractor's declared version and code hash, and
    the readers' code hash."""
    _load()
    digests = _digests()
    return {**{e.name: f"{e.version}+{digests[e.name]}" for e in REGISTRY}, "readers": digests["readers"]}


def versions_for(doc: Document) -> dict[str, str]:
    """The versions that matter for one document: the readers' and those of the extractors that
    apply to it, so a change to the infobox extractor does not re-read plain-text documents."""
    every = versions()
    return {**{e.name: every[e.name] for e in REGISTRY if e.applies_to(doc)}, "readers": every["readers"]}


def run(doc: Document, subject: str | None = None) -> list[Claim]:
    """Every claim the registered extractors find in `doc`, about the film it is about (`subject`,
    found from the document when not given)."""
    from .subject import find_subject

    _load()
    subject = find_subject(doc) if subject is None else subject
    claims: list[Claim] = []
    for ex in REGISTRY:
        if ex.applies_to(doc):
            claims.extend(ex.fn(doc, subject))
    return claims


__all__ = ["REGISTRY", "Extractor", "extractor", "run", "versions", "versions_for"]
