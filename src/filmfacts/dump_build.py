"""Building from a MediaWiki XML dump: film pages streamed, extracted and stored in batches.

Each batch is written in one transaction together with the id of the last page
it covers, so a run killed at any moment leaves whole batches only, and
`--resume` goes on after the last committed page: the same store as a run that
was never interrupted.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .errors import FilmfactsError, NoFilmFound
from .sources import Overrides
from .sources.dump.mediawiki import DumpStats, read_films
from .sources.limits import check_size
from .store import Checkpoint, Extracted, Store

if TYPE_CHECKING:
    from .pipeline import BuildReport

BATCH = 100


def build_dump(path: Path, store: Store, versions: dict[str, str], report: BuildReport, *,
               overrides: Overrides = Overrides(), resume: bool = False, workers: int = 1,
               progress: bool = False, batch_size: int = BATCH) -> DumpStats:
    from .pipeline import _count, extract_document

    source = str(path.resolve())
    previous = store.checkpoint(source) if resume else None
    start_after = previous.last_page_id if previous else None
    stats = DumpStats()
    batch: list[Extracted] = []
    last_page = start_after or 0
    refused = 0  # pages the cheap test took for films that name no film

    def flush() -> None:
        cp = Checkpoint(source, last_page, stats.pages + (previous.pages if previous else 0),
                        stats.films + (previous.films if previous else 0),
                        len(stats.bad_pages) + (previous.bad_pages if previous else 0),
                        stats.redirects + stats.other_namespaces + stats.not_film)
        _count(report, store.write(batch, versions, command=f"build {path}", checkpoint=cp))
        report.documents += len(batch)
        batch.clear()

    for page, doc, _error in read_films(path, workers=workers, start_after=start_after, progress=progress,
                                        stats=stats):
        last_page = page.page_id
        if doc is None:
            continue
        try:
            check_size(len(doc.text), doc.source, "the page")  # a page is a document: held to --max-document-mb
            batch.append(extract_document(overrides.apply(doc)))
        except NoFilmFound:
            # passed the cheap film test but names no film (a film series, a manga with film
            # adaptations): not a film page, not a bad one
            stats.not_film += 1
            refused += 1
            continue
        except FilmfactsError as err:
            stats.bad_pages.append((page.page_id, page.title, str(err).removeprefix(f"{doc.source}: ")))
            continue
        if len(batch) >= batch_size:
            flush()
    flush()
    report.dump_pages += stats.pages
    for name, count in (("films", stats.films - refused), ("redirects", stats.redirects),
                        ("other namespaces", stats.other_namespaces),
                        ("not films", stats.not_film), ("skipped by --resume", stats.skipped),
                        ("bad pages", len(stats.bad_pages))):
        report.dump_counts[name] = report.dump_counts.get(name, 0) + count
    report.skipped.extend((f"{path}#page={pid} ({title})", msg) for pid, title, msg in stats.bad_pages)
    return stats
