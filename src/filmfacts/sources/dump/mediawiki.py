"""MediaWiki `pages-articles` XML dumps (`.xml`, `.xml.bz2`, multistream `.xml.bz2`) → film pages.

Dumps are streamed page by page, so memory stays bounded however large the
file. Before anything is parsed the prolog is checked: a DTD or an entity
declaration (the way to external-entity reads and "billion laughs" expansion
bombs) is refused. Each page is then decided on its raw bytes, with no XML
parse: `<page>…</page>` found by byte search (markup inside the text is escaped,
so these tags cannot occur in it), redirects (`<redirect`) and pages outside
the article namespace (`<ns>`) skipped and counted, and the film test's words
(`nfobox`, `영화`, `films]]`, …) looked for in the bytes. Only a page holding one
of them is parsed (ElementTree, that page alone) and given the exact film test
(`{{Infobox film`, `{{Infobox Korean film`, `{{영화 정보`, `[[Category:… films]]`)
before the wikitext reader sees it; 98% of an encyclopedia's pages are never
parsed, so the pass runs close to the speed of decompression. A page that is
not parsed is not checked for well-formedness either.

    stats = DumpStats()
    for page, doc, error in read_films("enwiki.xml.bz2", workers=2, stats=stats):
        ...

With `workers > 1` a multistream dump is split at its bz2 stream boundaries
(from its `-index.txt(.bz2)` or found by scanning) and each worker
decompresses and reads its own blocks; any other dump is decompressed in this
process and the film pages are read by the pool. Output order is page order.
"""

from __future__ import annotations

import bz2
import contextlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import ParseError, fromstring

from ...errors import FilmfactsError, SourceNotFound, UnreadableDocument
from ...model import Document
from ..registry import Peek

FILM_TEST = re.compile(
    r"\{\{\s*(?:infobox[ _](?:korean[ _])?film\s*(?:\||\}\}|<!--)|영화[ _]정보)"
    r"|\[\[\s*category\s*:[^\]|]*\bfilms\s*(?:\|[^\]]*)?\]\]",
    re.I,
)
_PROLOG_LIMIT = 1 << 20
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Page:
    """One page of a dump with the text of its (latest) revision."""

    page_id: int
    title: str
    namespace: int
    redirect: bool
    text: str
    timestamp: str
    revision_id: int | None = None


@dataclass
class DumpStats:
    """What a pass over a dump met; filled in as the pass goes."""

    pages: int = 0
    bytes_read: int = 0  # compressed bytes for .bz2, file bytes for .xml
    redirects: int = 0
    other_namespaces: int = 0
    not_film: int = 0
    films: int = 0
    skipped: int = 0  # pages with page_id <= start_after
    bad_pages: list[tuple[int, str, str]] = field(default_factory=list)

    def add(self, other: DumpStats) -> None:
        for name in ("pages", "bytes_read", "redirects", "other_namespaces", "not_film", "films", "skipped"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.bad_pages.extend(other.bad_pages)


def _windows(text: str) -> Iterator[str]:
    """Short stretches of `text` where FILM_TEST could match: around each `nfobox` / `영화`,
    and each `[[…films]]` / `[[…films|…]]` link. Found with str.find, so a page that has
    none of them costs a few memchr-speed scans and no regex."""
    for word in ("nfobox", "NFOBOX", "영화"):
        pos = text.find(word)
        while pos >= 0:
            yield text[max(0, pos - 12): pos + 60]
            pos = text.find(word, pos + 1)
    for tail in ("films]]", "films|", "films ]]"):
        pos = text.find(tail)
        while pos >= 0:
            start = text.rfind("[[", max(0, pos - 200), pos)
            end = text.find("]]", pos)
            if start >= 0 and end >= 0:
                yield text[start: end + 2]
            pos = text.find(tail, pos + 1)


def is_film(text: str) -> bool:
    """The cheap test: does this wikitext carry a film infobox or a `… films` category?"""
    if "ilm" not in text and "ILM" not in text and "영화" not in text:
        return False
    return any(FILM_TEST.search(window) for window in _windows(text))


_PAGE_OPEN, _PAGE_CLOSE, _END = b"<page>", b"</page>", b"</mediawiki>"


# FILM_TEST loosened to hold on the raw XML of any text FILM_TEST matches: `<!--` is escaped there,
# `\s` would not see non-ASCII spaces, so those parts are left out (a looser test, never a stricter one).
_RAW_FILM_TEST = re.compile(
    "(?:infobox[ _](?:korean[ _])?film|영화[ _]정보|category[^\\]|]*films[^\\]]*\\]\\])".encode(), re.I)


def _raw_windows(raw: bytes) -> Iterator[bytes]:
    """`_windows` on the raw bytes: the same places (the words are the same bytes there), each
    window widened for the escapes (`&amp;`, `&quot;`) that make raw XML longer than its text."""
    for word in (b"nfobox", b"NFOBOX", "영화".encode()):
        pos = raw.find(word)
        while pos >= 0:
            yield raw[max(0, pos - 80): pos + 400]
            pos = raw.find(word, pos + 1)
    for tail in (b"films]]", b"films|", b"films ]]"):
        pos = raw.find(tail)
        while pos >= 0:
            end = raw.find(b"]]", pos)
            if end >= 0:  # `_windows` looks back 200 characters for `[[`: up to 6 bytes each here
                yield raw[max(0, pos - 1400): end + 2]
            pos = raw.find(tail, pos + 1)


def may_be_film(raw: bytes) -> bool:
    """The film test on a page's raw XML bytes: False only when `is_film` is False for its text
    (each of `is_film`'s windows, widened, against FILM_TEST loosened), so most pages with an
    infobox of another kind are never parsed."""
    if b"&#" in raw:  # a character reference could spell a word of the test: parse and see
        return True
    return any(_RAW_FILM_TEST.search(window) for window in _raw_windows(raw))


def _between(raw: bytes, open_tag: bytes, close_tag: bytes) -> bytes | None:
    start = raw.find(open_tag)
    if start < 0:
        return None
    start += len(open_tag)
    end = raw.find(close_tag, start)
    return raw[start:end] if end >= 0 else None


def _raw_id(raw: bytes) -> int:
    value = _between(raw, b"<id>", b"</id>")  # the page's own id comes before its revision's
    return int(value) if value is not None and value.strip().isdigit() else 0


def _raw_namespace(raw: bytes) -> int:
    value = _between(raw, b"<ns>", b"</ns>")
    return int(value) if value is not None and value.strip().lstrip(b"-").isdigit() else 0


def parse_page(raw: bytes) -> Page:
    """One `<page>…</page>` element (bytes) → Page, with the text of its last revision."""
    element = fromstring(raw)
    revision = None
    for revision in element.iter("revision"):  # noqa: B007 - pages-articles holds one revision; keep the last
        pass
    ns = element.findtext("ns")
    rev_id = revision.findtext("id") if revision is not None else None
    return Page(
        page_id=int(element.findtext("id") or 0), title=element.findtext("title") or "",
        namespace=int(ns) if ns and ns.strip() else 0, redirect=element.find("redirect") is not None,
        text=(revision.findtext("text") or "") if revision is not None else "",
        timestamp=(revision.findtext("timestamp") or "") if revision is not None else "",
        revision_id=int(rev_id) if rev_id else None,
    )


def raw_pages(stream: IO[bytes], source: str) -> Iterator[bytes]:
    """The bytes of each `<page>…</page>` of a decompressed XML stream, found by byte search."""
    buffer = b""
    last = b""
    closed = False  # `</mediawiki>` seen after the last page
    read = getattr(stream, "read1", stream.read)  # read1: what is decompressed so far, so a cut file
    try:                                          # still gives the pages before the cut
        while True:
            chunk = read(_CHUNK)
            if not chunk:
                break
            buffer = buffer + chunk if buffer else chunk
            pos = 0
            while True:
                start = buffer.find(_PAGE_OPEN, pos)
                if start < 0:
                    closed = closed or _END in buffer[pos:]
                    pos = max(pos, len(buffer) - len(_END))  # a tag cut by the chunk's end
                    break
                closed = False
                end = buffer.find(_PAGE_CLOSE, start)
                if end < 0:
                    pos = start
                    break
                pos = end + len(_PAGE_CLOSE)
                last = buffer[start:pos]
                yield last
            buffer = buffer[pos:]
    except EOFError:
        raise UnreadableDocument(f"{source}: the compressed file ends early{_last_raw(last)}",
                                 hint="the download is truncated; fetch the file again") from None
    except OSError as err:
        raise UnreadableDocument(f"{source}: cannot read{_last_raw(last)} ({err})",
                                 hint="the file may be truncated or not bz2; download it again") from None
    if _PAGE_OPEN in buffer or not (closed or _END in buffer):
        raise UnreadableDocument(f"{source}: malformed XML{_last_raw(last)} (a page or the dump is not closed)",
                                 hint="the dump is damaged; fetch it again or cut it at the last good page")


def _last_raw(raw: bytes) -> str:
    if not raw:
        return " before the first page"
    title = _between(raw, b"<title>", b"</title>") or b""
    return _last(Page(_raw_id(raw), _unescape(title.decode("utf-8", "replace")), 0, False, "", ""))


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&#039;", "'") \
        .replace("&amp;", "&")


def film_pages(stream: IO[bytes], source: str, *, start_after: int | None = None,
               stats: DumpStats | None = None) -> Iterator[Page]:
    """The film pages of a decompressed XML stream, every page counted in `stats`; only the pages
    that may be films are parsed."""
    stats = stats if stats is not None else DumpStats()
    last = b""
    for raw in raw_pages(stream, source):
        stats.pages += 1
        if start_after is not None and _raw_id(raw) <= start_after:
            stats.skipped += 1
            continue
        if raw.find(b"<redirect", 0, raw.find(b"<revision")) >= 0:  # among the page's own fields
            stats.redirects += 1
        elif _raw_namespace(raw) != 0:
            stats.other_namespaces += 1
        elif not may_be_film(raw):
            stats.not_film += 1
        else:
            try:
                page = parse_page(raw)
            except (ParseError, ValueError) as err:
                message = str(err).splitlines()[0] if str(err) else type(err).__name__
                raise UnreadableDocument(f"{source}: malformed XML{_last_raw(last)} ({message})",
                                         hint="the dump is damaged; fetch it again or cut it at the last good page") \
                    from None
            if classify(page, stats):
                yield page
        last = raw


class _Counting(io.RawIOBase):
    """A read-only file wrapper that counts the bytes read through it."""

    def __init__(self, raw: IO[bytes], stats: DumpStats) -> None:
        self.raw, self.stats = raw, stats

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.stats.bytes_read += len(data)
        return len(data)

    def close(self) -> None:
        self.raw.close()
        super().close()


def recognise(peek: Peek) -> bool:
    """A MediaWiki XML dump (plain or bz2), by its first bytes as read."""
    head = peek.raw
    if head.startswith(b"BZh"):
        return True
    stripped = head.lstrip()
    return stripped.startswith(b"<mediawiki") or (stripped.startswith(b"<?xml") and b"<mediawiki" in head[:4096])


def _is_bz2(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(3) == b"BZh"


def check_prolog(head: bytes, source: str) -> None:
    """Refuse a document type declaration or entity declaration before the root element."""
    root = head.find(b"<mediawiki")
    prolog = head if root < 0 else head[:root]
    if b"<!DOCTYPE" in prolog.upper() or b"<!ENTITY" in prolog.upper():
        raise UnreadableDocument(
            f"{source}: refusing an XML dump with a DTD or entity declarations (unsafe: entities can read "
            "local files or expand without bound)",
            hint="give a MediaWiki export as Special:Export or dumps.wikimedia.org writes it",
        )
    if root < 0:
        raise UnreadableDocument(
            f"{source}: not a MediaWiki XML dump (no <mediawiki> element near the start)",
            hint="give a pages-articles .xml or .xml.bz2 file",
        )


def _open(path: Path, stats: DumpStats) -> IO[bytes]:
    raw = _Counting(path.open("rb"), stats)
    buffered = io.BufferedReader(raw, buffer_size=_CHUNK)
    if _is_bz2(path):
        return bz2.BZ2File(buffered)
    return buffered


def _read_head(handle: IO[bytes], source: str) -> bytes:
    """The first decompressed bytes of a dump, enough to hold its prolog and root tag."""
    try:
        head = handle.read(4096)
        while head.find(b"<page>") < 0 and len(head) < _PROLOG_LIMIT:
            more = handle.read(_CHUNK)
            if not more:
                break
            head += more
        return head
    except EOFError:
        raise UnreadableDocument(f"{source}: the compressed file ends early{_last(None)}",
                                 hint="the download is truncated; fetch the file again") from None
    except (OSError, ValueError) as err:
        raise UnreadableDocument(f"{source}: cannot decompress ({err})",
                                 hint="the file may be damaged or not bz2; download it again") from None


def _head(path: Path) -> bytes:
    with _open(path, DumpStats()) as handle:
        return _read_head(handle, str(path))


def with_siteinfo(head: bytes) -> bytes:
    """Exports made with Special:Export may lack `<siteinfo>`, which mwxml needs: add an empty one."""
    root = head.find(b"<mediawiki")
    if root < 0 or head.find(b"<siteinfo", root) >= 0:
        return head
    close = head.find(b">", root)
    return head[: close + 1] + b"<siteinfo></siteinfo>" + head[close + 1:]


class _Prefixed(io.RawIOBase):
    """`prefix` first, then the rest of `stream`."""

    def __init__(self, prefix: bytes, stream: IO[bytes]) -> None:
        self.prefix, self.stream = memoryview(prefix), stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.prefix:
            n = min(len(buffer), len(self.prefix))
            buffer[:n] = self.prefix[:n]
            self.prefix = self.prefix[n:]
            return n
        # read1: what is decompressed so far, so a truncated file still yields the pages before the cut
        data = self.stream.read1(len(buffer))  # type: ignore[attr-defined]
        buffer[: len(data)] = data
        return len(data)


def _last(page: Page | None) -> str:
    return f" after page {page.page_id} {page.title!r}" if page else " before the first page"


def pages_from(stream: IO[bytes], source: str, *, start_after: int | None = None,
               stats: DumpStats | None = None) -> Iterator[Page]:
    """Every page of an XML stream (already checked and decompressed), each parsed."""
    stats = stats if stats is not None else DumpStats()
    last: Page | None = None
    for raw in raw_pages(stream, source):
        stats.pages += 1
        if start_after is not None and _raw_id(raw) <= start_after:
            stats.skipped += 1
            continue
        try:
            page = parse_page(raw)
        except (ParseError, ValueError) as err:
            message = str(err).splitlines()[0] if str(err) else type(err).__name__
            raise UnreadableDocument(f"{source}: malformed XML{_last(last)} ({message})",
                                     hint="the dump is damaged; fetch it again or cut it at the last good page") \
                from None
        last = page
        yield page


def iter_pages(path: str | Path, *, start_after: int | None = None,
               stats: DumpStats | None = None) -> Iterator[Page]:
    """Stream every page of a dump (redirects and all namespaces included; `Page` says which).

    Pages with `page_id <= start_after` are passed over without building them (for `--resume`).
    """
    path = Path(path)
    if not path.exists():
        raise SourceNotFound(f"{path}: no such file", hint="check the path of the dump")
    stats = stats if stats is not None else DumpStats()
    with _checked(path, stats) as stream:
        yield from pages_from(stream, str(path), start_after=start_after, stats=stats)


def iter_films(path: str | Path, *, start_after: int | None = None,
               stats: DumpStats | None = None) -> Iterator[Page]:
    """The film pages of a dump, decided on raw bytes (`film_pages`), every page counted in `stats`."""
    path = Path(path)
    if not path.exists():
        raise SourceNotFound(f"{path}: no such file", hint="check the path of the dump")
    stats = stats if stats is not None else DumpStats()
    with _checked(path, stats) as stream:
        yield from film_pages(stream, str(path), start_after=start_after, stats=stats)


@contextlib.contextmanager
def _checked(path: Path, stats: DumpStats) -> Iterator[IO[bytes]]:
    """The decompressed dump, its prolog checked, read from its start."""
    with _open(path, stats) as stream:
        head = _read_head(stream, str(path))
        check_prolog(head, str(path))
        yield io.BufferedReader(_Prefixed(head, stream), buffer_size=_CHUNK)


def classify(page: Page, stats: DumpStats) -> bool:
    """Count the page and say whether it is a film article."""
    if page.redirect:
        stats.redirects += 1
    elif page.namespace != 0:
        stats.other_namespaces += 1
    elif not is_film(page.text):
        stats.not_film += 1
    else:
        stats.films += 1
        return True
    return False


def page_source(path: str | Path, page: Page) -> str:
    return f"{path}#page={page.page_id}"


def read_page(page: Page, source: str) -> tuple[Page, Document | None, str]:
    """A film page through the wikitext reader; a page it cannot read gives (page, None, message)."""
    from ..wiki import wikitext

    try:
        return page, wikitext.read(page.text, source, title=page.title), ""
    except FilmfactsError as err:
        return page, None, str(err)
    except Exception as err:  # one bad page must not end a run over millions
        return page, None, f"{source}: {type(err).__name__}: {err}"


def read_films(path: str | Path, *, workers: int = 1, start_after: int | None = None,
               progress: bool = False, stats: DumpStats | None = None,
               ) -> Iterator[tuple[Page, Document | None, str]]:
    """Each film page of a dump with its Document, or None and the error for a page that cannot be
    read (counted in `stats.bad_pages`; the run goes on)."""
    from .parallel import parallel_films, progress_bar

    path = Path(path)
    stats = stats if stats is not None else DumpStats()
    if workers > 1:
        results = parallel_films(path, workers=workers, start_after=start_after, stats=stats)
    else:
        pages = iter_films(path, start_after=start_after, stats=stats)
        results = (read_page(page, page_source(path, page)) for page in pages)
    with progress_bar(path, stats, enabled=progress) as tick:
        for page, doc, error in results:
            if doc is None:
                stats.bad_pages.append((page.page_id, page.title, error))
            tick()
            yield page, doc, error
        tick()


__all__ = ["FILM_TEST", "DumpStats", "Page", "check_prolog", "film_pages", "is_film", "iter_films", "iter_pages",
           "may_be_film", "parse_page", "raw_pages", "read_films"]
