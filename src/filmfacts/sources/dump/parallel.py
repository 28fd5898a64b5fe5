"""Reading a dump with several processes, keeping page order, and the progress bar.

A multistream `.xml.bz2` is a chain of independent bz2 streams of ~100 pages
each; its `-index.txt(.bz2)` lists `offset:page_id:title` per page. Workers
are handed runs of whole streams (byte ranges), decompress them, wrap them in
the dump's own `<mediawiki>…</siteinfo>` header and read them like a small
dump. A dump that is one bz2 stream (or plain XML) cannot be split, so this
process decompresses and parses it and the workers read the film pages.

Work is submitted through a bounded window, so a large dump never queues
more than a few tasks ahead of the reader.
"""

from __future__ import annotations

import bz2
import collections
import contextlib
import io
import multiprocessing
import re
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from ...errors import UnreadableDocument
from ...model import Document
from .mediawiki import (
    DumpStats,
    Page,
    _head,
    _is_bz2,
    check_prolog,
    film_pages,
    iter_films,
    page_source,
    read_page,
    with_siteinfo,
)

T = TypeVar("T")
R = TypeVar("R")
Result = tuple[Page, Document | None, str]

_STREAM_START = re.compile(rb"BZh[1-9]1AY&SY")
_TASK_BYTES = 1 << 20  # compressed bytes per worker task
_SCAN = 8 << 20


def index_path(path: Path) -> Path | None:
    """`x-multistream.xml.bz2` → `x-multistream-index.txt.bz2` (or `.txt`) when it exists."""
    stem = path.name.removesuffix(".bz2").removesuffix(".xml")
    for name in (f"{stem}-index.txt.bz2", f"{stem}-index.txt"):
        candidate = path.with_name(name)
        if candidate.exists():
            return candidate
    return None


def stream_offsets(path: Path) -> list[tuple[int, int]]:
    """(offset, first page id) of each bz2 stream; page id -1 when no index says it."""
    index = index_path(path)
    if index is not None:
        opener = bz2.open if index.suffix == ".bz2" else open
        offsets: dict[int, int] = {}
        with opener(index, "rt", encoding="utf-8") as handle:
            for line in handle:
                offset, page_id, _ = line.split(":", 2)
                offsets.setdefault(int(offset), int(page_id))
        return sorted(offsets.items())
    found: list[tuple[int, int]] = []
    with path.open("rb") as handle:
        pos, tail = 0, b""
        while chunk := handle.read(_SCAN):
            data = tail + chunk
            base = pos - len(tail)
            found.extend((base + m.start(), -1) for m in _STREAM_START.finditer(data)
                         if not found or base + m.start() > found[-1][0])
            tail, pos = data[-16:], pos + len(chunk)
    return found


def _decompress(data: bytes) -> bytes:
    """Decompress a run of concatenated bz2 streams."""
    out = []
    while data:
        decompressor = bz2.BZ2Decompressor()
        out.append(decompressor.decompress(data))
        if not decompressor.eof:
            raise EOFError("compressed data ends before the end-of-stream marker")
        data = decompressor.unused_data
    return b"".join(out)


def _read_range(path: str, start: int, end: int, header: bytes, start_after: int | None,
                ) -> tuple[list[Result], DumpStats]:
    """Worker: the film pages of the streams in bytes [start, end) of a multistream dump."""
    stats = DumpStats()
    with open(path, "rb") as handle:
        handle.seek(start)
        data = handle.read(end - start)
    stats.bytes_read = len(data)
    where = f"{path} (bytes {start}-{end})"
    try:
        xml = _decompress(data)
    except (OSError, EOFError, ValueError) as err:
        raise UnreadableDocument(f"{where}: cannot decompress ({err})",
                                 hint="the file may be truncated; download it again") from None
    first, last = xml.find(b"<page>"), xml.rfind(b"</page>")
    if first < 0 or last < 0:
        return [], stats
    body = header + xml[first:last + len(b"</page>")] + b"</mediawiki>"
    results = [read_page(page, page_source(path, page))
               for page in film_pages(io.BufferedReader(io.BytesIO(body)), where, start_after=start_after,
                                      stats=stats)]
    return results, stats


def _ordered(submit: Callable[[T], Future[R]], items: Iterable[T], window: int) -> Iterator[R]:
    """Results of `submit(item)` in input order, with at most `window` tasks in flight."""
    pending: collections.deque[Future[R]] = collections.deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _pool(workers: int) -> ProcessPoolExecutor:
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method))


def parallel_films(path: Path, *, workers: int, start_after: int | None, stats: DumpStats,
                   ) -> Iterator[Result]:
    head = with_siteinfo(_head(path))
    check_prolog(head, str(path))
    streams = stream_offsets(path) if _is_bz2(path) else []
    if len(streams) < 2:
        yield from _films_by_page(path, workers=workers, start_after=start_after, stats=stats)
        return
    end_of_header = head.find(b"</siteinfo>")
    if end_of_header < 0:
        raise UnreadableDocument(f"{path}: no <siteinfo> in the first stream",
                                 hint="give a pages-articles dump as dumps.wikimedia.org writes it")
    header = with_siteinfo(head[: end_of_header + len(b"</siteinfo>")])
    size = path.stat().st_size
    bounds = [offset for offset, _ in streams] + [size]
    first_ids = [page_id for _, page_id in streams]
    ranges: list[tuple[int, int]] = []
    start = bounds[0]
    for i in range(1, len(bounds)):
        following = first_ids[i] if i < len(first_ids) else -1
        if start_after is not None and following > 0 and following - 1 <= start_after:
            stats.bytes_read += bounds[i] - start  # every page of these streams is <= start_after
            start = bounds[i]
            continue
        if bounds[i] - start >= _TASK_BYTES or i == len(bounds) - 1:
            ranges.append((start, bounds[i]))
            start = bounds[i]
    with _pool(workers) as pool:
        def submit(span: tuple[int, int]) -> Future[tuple[list[Result], DumpStats]]:
            return pool.submit(_read_range, str(path), span[0], span[1], header, start_after)

        for results, part in _ordered(submit, ranges, window=workers * 3):
            stats.add(part)
            yield from results


def _films_by_page(path: Path, *, workers: int, start_after: int | None, stats: DumpStats,
                   ) -> Iterator[Result]:
    """One stream: parse here, read film pages in the pool, a few pages per task."""
    def batches() -> Iterator[list[tuple[Page, str]]]:
        batch: list[tuple[Page, str]] = []
        for page in iter_films(path, start_after=start_after, stats=stats):
            batch.append((page, page_source(path, page)))
            if len(batch) >= 8:
                yield batch
                batch = []
        if batch:
            yield batch

    with _pool(workers) as pool:
        def submit(batch: list[tuple[Page, str]]) -> Future[list[Result]]:
            return pool.submit(_read_batch, batch)

        for results in _ordered(submit, batches(), window=workers * 4):
            yield from results


def _read_batch(batch: list[tuple[Page, str]]) -> list[Result]:
    return [read_page(page, source) for page, source in batch]


@contextlib.contextmanager
def progress_bar(path: Path, stats: DumpStats, *, enabled: bool) -> Iterator[Callable[[], None]]:
    """A Rich bar over the compressed bytes read, showing pages/s and MB/s; `tick()` refreshes it."""
    if not enabled:
        yield lambda: None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    started = time.monotonic()
    columns: list[Any] = [
        TextColumn("[bold]{task.description}"), BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"), TextColumn("{task.fields[rates]}"), TimeElapsedColumn(),
    ]
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task(path.name, total=max(path.stat().st_size, 1), rates="")

        def tick() -> None:
            elapsed = max(time.monotonic() - started, 1e-6)
            rates = (f"{stats.pages / elapsed:,.0f} pages/s  {stats.bytes_read / elapsed / 1e6:.1f} MB/s  "
                     f"{stats.films} films")
            bar.update(task, completed=stats.bytes_read, rates=rates)

        yield tick
