"""Which reader reads a file: every reader, with how it recognises its input.

A reader is a module that says how it recognises its input and yields documents. Three kinds:

    dump     `recognise(peek)` and a stream of pages (`dump/`): a whole wiki, built page by page in
             checkpointed batches of its own (`dump_build.py`), so `--resume` can continue it
    rows     `FORMAT`, `recognise(peek)` and `iter_documents(path, on_bad)` (`dataset/`): a file of many
             documents, one a row, streamed into a savepoint of its own so a bad file (or, with
             --skip-bad, a bad row) is dropped alone; a file of the dataset that holds no documents
             (gold links, ids another file brings in) says so with `not_read(path)` and is listed,
             not read
    page     `FORMAT`, `sniff(text)` and `read(text, source)` (`article/`, `wiki/`): the file is one
             document, recognised on its decoded text (a page is at most --max-document-mb)

`reader_for(path)` asks the dump and rows readers first, on a `Peek` at the file's first bytes
(decompressed when gzip: a look at the header, never the whole file), then falls back to the page
readers, whose `sniff` `sources.read_text` asks in `PAGES` order; `sources/recognise.py` says what a
text no page reader takes looks like. Every module in `dataset/` that defines `recognise` is a rows
reader: adding a dataset is adding a file there. Content decides, never the file's name.
"""

from __future__ import annotations

import csv
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import import_module
from pathlib import Path
from types import ModuleType

from ..model import Document
from .datafile import head_bytes

PEEK_BYTES = 8192

# Most specific first: markup formats before the plain-text ones that would also accept them.
# `article` goes first: its sniff declines wiki HTML and whatever the wiki text readers take, and
# takes the other HTML and prose pages, which `html` would refuse.
PAGES = ("article.reader", "wiki.html", "wiki.wikitext", "wiki.rendered_wiki", "wiki.plain_extract")
DUMPS = ("dump.mediawiki",)


@dataclass(frozen=True)
class Peek:
    """The first bytes of a file, as read (`raw`) and decompressed when gzip (`head`), and its first
    lines as text: what a reader recognises a file by."""

    path: Path
    raw: bytes
    head: bytes

    @classmethod
    def of(cls, path: Path) -> Peek:
        try:
            with path.open("rb") as handle:
                raw = handle.read(PEEK_BYTES)
        except OSError:
            raw = b""
        return cls(path, raw, head_bytes(path, PEEK_BYTES) if raw else b"")

    @cached_property
    def text(self) -> str:
        """The decompressed head as text (a byte-order mark dropped; a character cut at the end ignored)."""
        return self.head.decode("utf-8-sig", "ignore")

    def header(self, delimiter: str = ",") -> list[str]:
        """The first line's cells, as a CSV or TSV header (stripped); [] when there is no line."""
        first = next(csv.reader(self.lines[:1], delimiter=delimiter), [])
        return [cell.strip() for cell in first]

    @cached_property
    def lines(self) -> list[str]:
        """The head's complete lines (the last, cut by the peek, left out unless the file ends there)."""
        lines = self.text.splitlines()
        return lines[:-1] if len(self.head) >= PEEK_BYTES and len(lines) > 1 else lines


@dataclass(frozen=True)
class Registered:
    """A reader as registered: its module, its family (the `sources/` subpackage) and its mode."""

    format: str
    family: str
    mode: str  # "dump", "rows" or "page"
    module: ModuleType

    def recognise(self, peek: Peek) -> bool:
        return bool(self.module.recognise(peek))

    def not_read(self, path: Path) -> str:
        """Why a file this reader recognises holds no documents to read ("" when it does): gold links
        between two databases, a table of ids another file of the dataset brings in. A module says so
        with `not_read(path)`."""
        why = getattr(self.module, "not_read", None)
        return str(why(path)) if why else ""

    def documents(self, path: Path, on_bad: Callable[[str, str], None] | None = None) -> Iterator[Document]:
        """A rows reader's documents, streamed; a bad row goes to `on_bad` or ends the file."""
        docs: Iterator[Document] = self.module.iter_documents(path, on_bad=on_bad)
        return docs


def _reader(name: str, mode: str) -> Registered:
    module = import_module(f"{__package__}.{name}")
    return Registered(getattr(module, "FORMAT", name.rpartition(".")[2]), name.partition(".")[0], mode, module)


@cache
def datasets() -> tuple[Registered, ...]:
    """Every module of `dataset/` that recognises a file, by module name."""
    from . import dataset

    names = sorted(m.name for m in pkgutil.iter_modules(dataset.__path__) if not m.name.startswith("_"))
    readers = (_reader(f"dataset.{name}", "rows") for name in names)
    return tuple(r for r in readers if hasattr(r.module, "recognise"))


@cache
def file_readers() -> tuple[Registered, ...]:
    """The readers that recognise a file by a peek at it: dumps, then datasets."""
    return tuple(_reader(name, "dump") for name in DUMPS) + datasets()


@cache
def pages() -> tuple[Registered, ...]:
    """The page readers in `PAGES` order, imported on first use: linking and reconciling import
    `sources.layout` and `dataset.kobis`, and `filmfacts show` should not load every parser."""
    return tuple(_reader(name, "page") for name in PAGES)


PAGE = Registered("page", "page", "page", import_module(__name__))  # the file is one document: a page reader's


def reader_for(path: Path) -> Registered:
    """The dump or dataset reader that recognises the file, or `PAGE` (one document, whose reader
    `sources.read_text` picks on its decoded text)."""
    peek = Peek.of(path)
    for reader in file_readers():
        if reader.recognise(peek):
            return reader
    return PAGE


__all__ = ["DUMPS", "PAGE", "PAGES", "Peek", "Registered", "datasets", "file_readers", "pages", "reader_for"]
