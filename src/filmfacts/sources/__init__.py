"""Readers: bytes from a file → `Document`.

Each reader module owns one format and offers two functions:

    sniff(text: str) -> bool         cheap test on decoded text: is this mine?
    read(text, source, meta) -> Document

`read_file` decodes a file, asks each reader in `READERS` order whether the
content is its format (content decides, not the file name) and applies the
user's overrides (`--kind`, `--site`, `--published`). Dumps are not single
documents: `sources.dump` streams them page by page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any, Protocol

from ..errors import EmptyInput, SourceNotFound, UnreadableDocument, UnsupportedFormat
from ..model import DOCUMENT_KINDS, Document


@dataclass(frozen=True)
class Overrides:
    """What the user says about a document, winning over what a reader detects."""

    kind: str = ""
    site: str = ""
    published: str = ""

    def apply(self, doc: Document) -> Document:
        changes: dict[str, Any] = {}
        if self.kind:
            if self.kind not in DOCUMENT_KINDS:
                raise UnsupportedFormat(
                    f"unknown document kind {self.kind!r}",
                    hint=f"use one of: {', '.join(DOCUMENT_KINDS)}",
                )
            changes["kind"] = self.kind
        if self.site:
            changes["site"] = self.site
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


def decode(data: bytes, source: str) -> str:
    """UTF-8 text, or a clear error for empty, binary and other encodings."""
    if not data.strip():
        raise EmptyInput(f"{source}: the file is empty", hint="give a file that holds a document's text")
    if b"\x00" in data[:8192]:
        raise UnreadableDocument(
            f"{source}: looks like a binary file, not text",
            hint="give a text, wikitext, HTML or XML dump file",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UnreadableDocument(
            f"{source}: not UTF-8 text (bad byte at offset {err.start})",
            hint="convert it to UTF-8, e.g. `iconv -f cp949 -t utf-8`",
        ) from None
    return text


def detect(text: str) -> Reader | None:
    for reader in readers():
        if reader.sniff(text):
            return reader
    return None


def read_text(text: str, source: str, overrides: Overrides = Overrides()) -> Document:
    """Read decoded text with the reader its content calls for."""
    reader = detect(text)
    if reader is None:
        raise UnsupportedFormat(
            f"{source}: no reader recognises this content",
            hint="give a Wikipedia text extract, a rendered wiki page, wikitext, HTML or an XML dump",
        )
    return overrides.apply(reader.read(text, source))


def read_file(path: Path, overrides: Overrides = Overrides()) -> Document:
    """Read one document file (not a dump)."""
    if not path.exists():
        raise SourceNotFound(f"{path}: no such file or folder", hint="check the path")
    try:
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
    "decode",
    "detect",
    "expand_paths",
    "is_dump",
    "read_file",
    "read_text",
]
