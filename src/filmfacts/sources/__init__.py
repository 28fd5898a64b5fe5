"""Readers: bytes from a file → `Document`, laid out by family, each reader a module:

    wiki/       wiki pages: text extracts, rendered pages, wikitext, wiki HTML
    article/    news stories, box-office reports, blogs, forums, wiki mirrors (HTML or text)
    dump/       MediaWiki XML dumps, streamed page by page
    dataset/    structured datasets (film rows, KOBIS exports, …), one document a row

Shared helpers stay at the top (layout, labels, sites, page_meta, html_text, html_tables,
saved_page, encoding, limits, checks, recognise, datafile). `registry.py` lists the readers and
how each recognises its input: `reader_for(path)` picks a dump or dataset reader by a peek at a
file's first bytes, else the file is one document, which `read_file` decodes (UTF-8, with or
without a byte-order mark, or UTF-16/32 with one; another encoding is refused by its name) and
gives to the first page reader whose `sniff` takes its content (content decides, not the file
name), then applies the user's overrides (`--kind`, `--site`, `--published`). A text no reader
takes, or one only the article reader would take that is plainly a table, a log or text with no
sentences, is refused with what it looks like (`recognise.looks_like`). The limits of
`sources.limits` (document size, line length) are checked before any reader runs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from ..errors import EmptyInput, InvalidValue, SourceNotFound, UnreadableDocument, UnsupportedFormat
from ..model import DOCUMENT_KINDS, Document
from .checks import check_date
from .encoding import CONTROL, decode
from .limits import check_lines, check_size
from .recognise import looks_like
from .registry import pages, reader_for


@dataclass(frozen=True)
class Overrides:
    """What the user says about a document, winning over what a reader detects; checked when made
    (`--kind nonsense`, `--published notadate` are refused before anything is read)."""

    kind: str = ""
    site: str = ""
    published: str = ""

    def __post_init__(self) -> None:
        if self.kind and self.kind not in DOCUMENT_KINDS:
            raise InvalidValue(f"unknown document kind {self.kind!r}", hint=f"use one of: {', '.join(DOCUMENT_KINDS)}")
        if self.site and (not self.site.strip() or len(self.site) > 200 or CONTROL.search(self.site)):
            raise InvalidValue(f"--site {self.site!r} is not a site name",
                               hint="give the site's name as people write it, e.g. --site 'Korea JoongAng Daily'")
        if self.published:
            check_date(self.published, "--published")

    def apply(self, doc: Document) -> Document:
        changes: dict[str, Any] = {}
        if self.kind:
            changes["kind"] = self.kind
        if self.site:
            changes["site"] = self.site.strip()
        if self.published:
            changes["published"] = self.published
        return replace(doc, **changes) if changes else doc


class Reader(Protocol):
    FORMAT: str

    def sniff(self, text: str) -> bool: ...

    def read(self, text: str, source: str) -> Document: ...


def readers() -> tuple[Reader, ...]:
    """The page readers, in the order their `sniff` is asked (`registry.PAGES`)."""
    return tuple(r.module for r in pages())


def __getattr__(name: str) -> Any:
    if name == "READERS":  # `sources.READERS`, as before the readers were imported lazily
        return readers()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def detect(text: str) -> Reader | None:
    for reader in readers():
        if reader.sniff(text):
            return reader
    return None


def _markup(text: str) -> bool:
    return text.lstrip()[:1] == "<"


def read_text(text: str, source: str, overrides: Overrides = Overrides()) -> Document:
    """Read decoded text with the reader its content calls for: refused when it is longer than the
    limits allow, when no reader takes it, and when only the article reader would take it but it is
    plainly not prose (a table, a log, random characters)."""
    if not _markup(text):
        check_lines(text, source)  # plain text is read line by line: its lines are the document's
    reader = detect(text)
    prose_only = reader is None or (reader.FORMAT == "article" and not _markup(text))
    if prose_only and (what := looks_like(text)):
        raise UnsupportedFormat(
            f"{source}: not a document: it looks like {what}",
            hint="give a news story, a wiki page (text, wikitext or HTML), an XML dump, a film dataset "
                 "(JSON rows) or a KOBIS export",
        )
    if reader is None:
        raise UnsupportedFormat(
            f"{source}: no reader recognises this content",
            hint="give a Wikipedia text extract, a rendered wiki page, wikitext, HTML or an XML dump",
        )
    doc = reader.read(text, source)
    if _markup(text):
        check_lines(doc.text, source)
    return overrides.apply(doc)


def read_file(path: Path, overrides: Overrides = Overrides()) -> Document:
    """Read one document file (not a dump); a file over the document size limit is refused before it
    is read."""
    if not path.exists():
        raise SourceNotFound(f"{path}: no such file or folder", hint="check the path")
    try:
        check_size(path.stat().st_size, str(path))
        data = path.read_bytes()
    except OSError as err:
        raise UnreadableDocument(f"{path}: cannot read ({err.strerror})", hint="check its permissions") from None
    return read_text(decode(data, str(path)), str(path), overrides)


def is_dump(path: Path) -> bool:
    """Whether a file is a MediaWiki XML dump (plain or bz2), judged by its first bytes."""
    return reader_for(path).mode == "dump"


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files named, and the files inside folders named (sorted, hidden files skipped)."""
    out: list[Path] = []
    for path in paths:
        if not path.exists():
            raise SourceNotFound(f"{path}: no such file or folder", hint="check the path")
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise EmptyInput(f"{path}: the folder holds no files", hint="point at a folder of documents")
            out.extend(found)
        else:
            out.append(path)
    return out


__all__ = [
    "READERS",
    "Overrides",
    "Reader",
    "check_date",
    "decode",
    "detect",
    "expand_paths",
    "is_dump",
    "read_file",
    "read_text",
    "reader_for",
]
