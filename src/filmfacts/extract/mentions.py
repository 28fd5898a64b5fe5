"""Which film a stretch of an article is about.

A news story or a weekly report names several films; each figure belongs to the film its
clause names. `primary_film` is the film a page is mainly about (its headline's), `film_for`
the film a figure at an offset belongs to.
"""

from __future__ import annotations

from ..model import Document


def primary_film(doc: Document) -> str:
    """The film the page is mainly about, as it names it; "" when it names none."""
    return ""


def film_for(doc: Document, offset: int, default: str) -> str:
    """The film the figure at `offset` belongs to; `default` when the text does not say."""
    return default
