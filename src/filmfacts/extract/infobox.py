"""Infobox fields (Document.fields) → claims. Filled in by the wikitext reader work."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Claim, Document
from . import extractor


@extractor("infobox", "0.1", requires=("fields",))
def extract_infobox(doc: Document, subject: str) -> Iterator[Claim]:
    return iter(())
