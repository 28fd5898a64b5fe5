"""Datasets of film rows → one Document per row.

Reads JSON arrays (plain or gzip) of objects that each describe one film, as the scrape of
Wikipedia's "List of American films of YEAR" tables does:

    {"title": "Inception", "year": 2010, "cast": ["Leonardo DiCaprio", …],
     "genres": ["Action", "Science Fiction"], "href": "Inception",
     "extract": "Inception is a 2010 science fiction action film written and directed by …"}

Each row becomes a `dataset` Document whose text is the row's lead extract followed by an
`== Infobox ==` section (`Starring: …`, `Genre: …`, `Year: …`) with a Field per line, so the
same lead and infobox extractors read it. A row is about the film it names even when its
extract is missing or describes something else.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import UnreadableDocument
from ..model import Document, Field, document_id
from .datafile import head_bytes, read_text
from .layout import Heading, main_language, sections_from_headings

FORMAT = "film_rows"
SITE = "Wikipedia film lists (dataset)"
_KEYS = {"title", "year"}
_ROW_KEYS = {"cast", "genres", "extract"}


def is_film_rows(path: Path) -> bool:
    """A JSON array (plain or gzip) whose first object has a title, a year and film fields."""
    text = head_bytes(path, 4096).decode("utf-8", "ignore").lstrip("\ufeff \n\r\t")
    if not text.startswith("["):
        return False
    first = text[1:].lstrip()
    return first.startswith("{") and all(f'"{k}"' in first for k in _KEYS) and any(
        f'"{k}"' in first for k in _ROW_KEYS)


def iter_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as err:
        raise UnreadableDocument(f"{path}: not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})",
                                 hint="fix the file or leave it out") from None
    if not isinstance(data, list):
        raise UnreadableDocument(f"{path}: expected a JSON array of film objects", hint="give one array per file")
    for index, row in enumerate(data):
        if isinstance(row, dict) and row.get("title"):
            yield index, row


def _names(values: Any) -> list[str]:
    """List cells as scraped, without the debris a table scrape leaves (")", "", "and")."""
    if not isinstance(values, list):
        return []
    return [v.strip() for v in values if isinstance(v, str) and sum(ch.isalpha() for ch in v) >= 2
            and v.strip().casefold() not in {"and", "n/a"}]


def row_document(row: dict[str, Any], source: str) -> Document:
    lead = str(row.get("extract") or "").strip()
    lines = [(label, "; ".join(values)) for label, values in (
        ("Starring", _names(row.get("cast"))), ("Genre", _names(row.get("genres"))),
        ("Year", [str(row["year"])] if row.get("year") else []))]
    text = (lead + "\n\n\n" if lead else "") + "== Infobox =="
    heading_start = len(text) - len("== Infobox ==")
    fields = []
    for label, value in lines:
        if not value:
            continue
        text += f"\n{label}: "
        fields.append(Field(label.casefold(), value, len(text), len(text) + len(value)))
        text += value
    heading = Heading(heading_start, heading_start + len("== Infobox =="), 1, "Infobox")
    return Document(
        id=document_id(f"{source}\n{text}" if not lead else text), source=source, format=FORMAT, kind="dataset",
        site=SITE, text=text, language=main_language(text) if lead else "en", title=str(row["title"]),
        licence="CC BY-SA (Wikipedia text)", sections=sections_from_headings(text, [heading]),
        fields=tuple(fields),
    )


def iter_documents(path: Path) -> Iterator[Document]:
    for index, row in iter_rows(path):
        yield row_document(row, f"{path}#row={index}")
