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

The array is read as a stream, a row at a time (`json_items`): memory holds one row however long
the file, a row nested deeper than `--max-depth` or larger than `--max-document-mb` is skipped
and reported without being parsed, and a row whose year is not a possible year is reported with
its file, row and line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ...errors import InputError, InvalidValue, LimitExceeded, UnreadableDocument
from ...model import Document, Field, document_id
from ..checks import check_year
from ..datafile import text_chunks
from ..layout import Heading, main_language, sections_from_headings
from ..limits import current
from ..registry import Peek

FORMAT = "film_rows"
SITE = "Wikipedia film lists (dataset)"
TRUST = 0.2  # a scrape of Wikipedia's tables: as good as the encyclopedia it copies, with debris
_KEYS = {"title", "year"}
_ROW_KEYS = {"cast", "genres", "extract"}


def recognise(peek: Peek) -> bool:
    """A JSON array (plain or gzip) whose first object has a title, a year and film fields."""
    text = peek.head[:4096].decode("utf-8", "ignore").lstrip("\ufeff \n\r\t")
    if not text.startswith("["):
        return False
    first = text[1:].lstrip()
    return first.startswith("{") and all(f'"{k}"' in first for k in _KEYS) and any(
        f'"{k}"' in first for k in _ROW_KEYS)


_TOKEN = re.compile(r'[\[\]{}",]')
_IN_STRING = re.compile(r'["\\]')
_BETWEEN = re.compile(r"[\s,]*")


def json_items(chunks: Iterator[str], source: str) -> Iterator[tuple[int, str, str]]:
    """(line, text, problem) of each item of a JSON array read from `chunks` of text, found by one
    scan of its brackets and strings (no recursion, so no depth can overflow); an item nested
    deeper than the depth limit or longer than the document limit comes with its text "" and the
    problem that says so. Linear in the file, holding one item."""
    limits = current()
    max_depth, max_size = limits.depth, limits.document_bytes
    buf, pos = "", 0
    item = -1  # where the current item starts in buf; -1 between items
    keep = 0  # buf before this is no longer needed
    depth, in_string, problem = 0, False, ""
    opened = closed = False
    line, counted = 1, 0  # the line at buf[counted]
    start_line = 1  # the line the current item starts on
    for chunk in chunks:
        # an item refused for its size was dropped from buf (keep past its start): it stays open, at 0
        item = max(item - keep, 0) if item >= 0 else -1
        buf, pos, counted = buf[keep:] + chunk, pos - keep, counted - keep
        keep = 0
        while pos < len(buf):
            if not opened:
                stripped = len(buf) - len(buf[pos:].lstrip())
                pos = stripped
                if pos == len(buf):
                    break
                if buf[pos] != "[":
                    raise UnreadableDocument(f"{source}: not a JSON array", hint="give one array of film objects")
                opened, pos = True, pos + 1
                continue
            if closed:
                if buf[pos:].strip():
                    raise UnreadableDocument(f"{source}: data after the JSON array ends",
                                             hint="give one array of film objects per file")
                pos = len(buf)
                break
            if item < 0:
                pos = _BETWEEN.match(buf, pos).end()  # type: ignore[union-attr]
                if pos == len(buf):
                    break
                if buf[pos] == "]":
                    closed, pos = True, pos + 1
                    continue
                line += buf.count("\n", counted, pos)
                counted, item, depth, in_string, problem = pos, pos, 0, False, ""
                start_line = line
            if in_string:
                m = _IN_STRING.search(buf, pos)
                if m is None:
                    pos = len(buf)
                elif m.group() == "\\":
                    if m.end() >= len(buf):
                        pos = m.start()  # the escaped character is in the next chunk
                        break
                    pos = m.end() + 1
                else:
                    in_string, pos = False, m.end()
            else:
                m = _TOKEN.search(buf, pos)
                if m is None:
                    pos = len(buf)
                else:
                    token, pos = m.group(), m.end()
                    if token == '"':
                        in_string = True
                    elif token in "[{":
                        depth += 1
                        if depth + 1 > max_depth and not problem:
                            problem = f"nested more than {max_depth} levels deep (--max-depth)"
                    elif depth == 0 and token in ",]}":  # a scalar item ends
                        yield start_line, "" if problem else buf[item:m.start()], problem
                        item, pos = -1, m.start()
                    elif token in "]}":
                        depth -= 1
                        if depth == 0:
                            yield start_line, "" if problem else buf[item:pos], problem
                            item = -1
            if item >= 0 and not problem and pos - item > max_size:
                problem = f"larger than the limit of {limits.document_mb:g} MB for one document (--max-document-mb)"
        keep = pos if item < 0 or problem else item  # an item refused is not kept, only scanned
        line += buf.count("\n", counted, keep)
        counted = keep
    if not opened:
        raise UnreadableDocument(f"{source}: not a JSON array (the file holds only white space)",
                                 hint="give one array of film objects")
    if not closed:
        raise UnreadableDocument(f"{source}: the JSON array is not closed (the file may be truncated)",
                                 hint="fix the file or leave it out")


def iter_rows(path: Path) -> Iterator[tuple[int, int, dict[str, Any] | str]]:
    """(row number, line, the row's object) of each film object of the array; a row the limits
    refuse comes as its problem (a str) instead."""
    for index, (line, text, problem) in enumerate(json_items(text_chunks(path), str(path))):
        if problem:
            yield index, line, problem
            continue
        try:
            row = json.loads(text)
        except json.JSONDecodeError as err:
            raise UnreadableDocument(f"{path}: not valid JSON (line {line + err.lineno - 1}: {err.msg})",
                                     hint="fix the file or leave it out") from None
        except RecursionError:  # below the depth limit but past Python's own
            yield index, line, "nested too deeply to read (--max-depth)"
            continue
        if isinstance(row, dict) and row.get("title"):
            yield index, line, row


def _names(values: Any) -> list[str]:
    """List cells as scraped, without the debris a table scrape leaves (")", "", "and")."""
    if not isinstance(values, list):
        return []
    return [v.strip() for v in values if isinstance(v, str) and sum(ch.isalpha() for ch in v) >= 2
            and v.strip().casefold() not in {"and", "n/a"}]


def row_document(row: dict[str, Any], source: str, where: str = "") -> Document:
    title = row.get("title")
    if not isinstance(title, str | int | float) or isinstance(title, bool) or not str(title).strip():
        raise InvalidValue(f"{where or source}: title is {title!r}, not a title", hint="fix that row or remove it")
    year = check_year(row.get("year"), f"{where or source}: year")
    extract = row.get("extract")
    lead = extract.strip() if isinstance(extract, str) else ""
    lines = [(label, "; ".join(values)) for label, values in (
        ("Starring", _names(row.get("cast"))), ("Genre", _names(row.get("genres"))),
        ("Year", [year] if year else []))]
    text = (lead + "\n\n\n" if lead else "") + "== Infobox =="
    heading_start = len(text) - len("== Infobox ==")
    fields = []
    for label, value in lines:
        if not value:
            continue
        text += f"\n{label}: "
        fields.append(Field(label.casefold(), value, len(text), len(text) + len(value)))
        text += value
    try:  # JSON may escape half a character ("\\ud800"), which no text, id or store can hold
        (text + str(title)).encode("utf-8")
    except UnicodeEncodeError as err:
        raise InvalidValue(f"{where or source}: {err.object[err.start:err.end]!r} is half a character (a lone "
                           "surrogate escape), not text", hint="fix that row or remove it") from None
    heading = Heading(heading_start, heading_start + len("== Infobox =="), 1, "Infobox")
    return Document(
        id=document_id(f"{source}\n{text}" if not lead else text), source=source, format=FORMAT, kind="dataset",
        site=SITE, text=text, language=main_language(text) if lead else "en", title=str(title).strip(),
        licence="CC BY-SA (Wikipedia text)", sections=sections_from_headings(text, [heading]),
        fields=tuple(fields),
    )


def iter_documents(path: Path, on_bad: Callable[[str, str], None] | None = None) -> Iterator[Document]:
    """A document per film row. A row that cannot be one (past a limit, an impossible year) is given
    to `on_bad(source, message)` and skipped; without `on_bad` it ends the file with its error."""
    for index, line, row in iter_rows(path):
        source = f"{path}#row={index}"
        where = f"{path}: row {index} (line {line})"
        try:
            if isinstance(row, str):
                raise LimitExceeded(f"{where}: {row}", flag=row[row.rfind("(") + 1:-1])
            yield row_document(row, source, where)
        except InputError as err:
            if on_bad is None:
                raise
            on_bad(source, str(err))


def is_film_rows(path: Path) -> bool:
    return recognise(Peek.of(path))
