"""Readers: bytes from a file → `Document`.

Each reader module owns one format and offers two functions:

    sniff(text: str) -> bool         cheap test on decoded text: is this mine?
    read(text, source, meta) -> Document

`read_file` decodes a file (UTF-8, with or without a byte-order mark, or UTF-16/32 with
one; another encoding is refused by its name), asks each reader in `READERS` order
whether the content is its format (content decides, not the file name) and applies
the user's overrides (`--kind`, `--site`, `--published`). A text no reader takes, or
one only the article reader would take that is plainly a table, a log or text with
no sentences, is refused with what it looks like (`recognise.looks_like`). The
limits of `sources.limits` (document size, line length) are checked before any
reader runs. Dumps are not single documents: `sources.dump` streams them page by
page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any, Protocol

from ..errors import EmptyInput, InvalidValue, SourceNotFound, UnreadableDocument, UnsupportedFormat
from ..model import DOCUMENT_KINDS, Document
from .checks import check_date
from .encoding import CONTROL, decode
from .limits import check_lines, check_size
from .recognise import looks_like


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


# Most specific first: markup formats before the plain-text ones that would also accept them.
# `article` goes first: its sniff declines wiki HTML and whatever the wiki text readers take, and
# takes the other HTML and prose pages, which `html` would refuse.
READER_MODULES = ("article", "html", "wikitext", "rendered_wiki", "plain_extract")


@cache
def readers() -> tuple[Reader, ...]:
    """The readers in `READER_MODULES` order, imported on first use: linking and reconciling import
    `sources.layout` and `sources.kobis`, and `filmfacts show` should not load every parser."""
    return tuple(import_module(f".{name}", __name__) for name in READER_MODULES)


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
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    if head.startswith(b"BZh"):
        return True
    stripped = head.lstrip()
    return stripped.startswith(b"<mediawiki") or (stripped.startswith(b"<?xml") and b"<mediawiki" in head)


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
]
