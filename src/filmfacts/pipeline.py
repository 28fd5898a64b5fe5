"""Runs the stages: read → extract → store on build; store → link → reconcile on read.

Each stage declares what it needs and what it gives, and `check_order` refuses
an order that cannot run. A build writes its files in one transaction, in batches
as they are extracted (memory holds one batch), so a bad input leaves the store as
it was; a dataset file (film rows, a KOBIS export) streams into its own savepoint,
so `--skip-bad` drops a bad one whole. Building the same documents again changes
nothing (documents are keyed by a hash of their text, and the extractor versions
that read them are recorded). Every document is held to the limits of
`sources.limits` (line length before extracting, claims after).
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import extract
from .errors import (
    EmptyInput,
    FilmfactsError,
    InputError,
    LimitExceeded,
    NoFilmFound,
    NotFound,
    PipelineError,
    UnreadableDocument,
    UnsupportedFormat,
)
from .extract.caches import forget
from .extract.subject import find_subject
from .link.entities import TITLE_PROPERTIES, film_key, page_title
from .model import Document, FilmRecord, Name, Reconciliation, Text
from .reconcile import reconcile
from .reconcile.ranks import FIGURES, Kobis, is_list
from .sources import Overrides, expand_paths, read_file
from .sources.dataset import kobis
from .sources.limits import check_claims, check_lines, check_words
from .sources.registry import reader_for
from .store import Extracted, Store, Writer, WriteStats


@dataclass(frozen=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    gives: tuple[str, ...]


BUILD_STAGES = (
    Stage("read", ("path",), ("document",)),
    Stage("extract", ("document",), ("film", "claims")),
    Stage("store", ("document", "film", "claims"), ("stored",)),
)
READ_STAGES = (
    Stage("load", ("stored",), ("documents", "claims")),
    Stage("link", ("documents", "claims"), ("entities",)),
    Stage("reconcile", ("documents", "claims", "entities"), ("facts",)),
)


def check_order(stages: Sequence[Stage], given: tuple[str, ...]) -> None:
    have = set(given)
    for stage in stages:
        missing = [need for need in stage.requires if need not in have]
        if missing:
            raise PipelineError(f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage gives",
                                hint="reorder the stages")
        have.update(stage.gives)


check_order(BUILD_STAGES, ("path",))
check_order(READ_STAGES, ("stored",))


@dataclass
class BuildReport:
    files: int = 0
    documents: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    claims: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    dump_pages: int = 0
    dataset_rows: int = 0
    dump_counts: dict[str, int] = field(default_factory=dict)  # redirects, other namespaces, …
    no_film: list[str] = field(default_factory=list)  # articles kept that name no film filmfacts can tell
    ignored: list[tuple[str, str]] = field(default_factory=list)  # files in a folder that are not documents
    films_reconciled: int = 0  # film records written after the documents (`records.refresh`)
    linked_in_parts: int = 0  # the store's documents, when too many to link at once (`Limits.link`)


# Files a data folder holds beside its documents: notes about it, and binary copies of tables also
# given as CSV (KOBIS ships .xlsx and .parquet twins). Read when named on their own, not in a folder.
NOTE_NAMES = re.compile(r"^(?:readme|source|licen[cs]e|copying|notice|changelog)\b", re.I)
BINARY_TABLES = frozenset({".xlsx", ".xls", ".parquet", ".feather", ".zip", ".pdf", ".png", ".jpg", ".jpeg"})


def not_a_document(path: Path) -> str:
    """Why a file found in a folder is not read, or "": a note, a binary table no reader takes (a
    zipped CSV a dataset reader recognises is read), a file of a dataset that holds no documents."""
    if NOTE_NAMES.match(path.name):
        return "a note about the folder, not a document"
    reader = reader_for(path)
    if path.suffix.casefold() in BINARY_TABLES and reader.mode == "page":
        return f"a {path.suffix} file (spreadsheets and binary tables are not read: give the CSV)"
    return reader.not_read(path) if reader.mode == "rows" else ""


def extract_document(doc: Document) -> Extracted:
    """A read document → the film it is about and its claims (NoFilmFound when about no film).

    An article that names no film it can tell is kept with no main film: the figures it attributes
    to a film (a chart row names its own) are kept, anything else is not guessed."""
    check_lines(doc.text, doc.source)  # the extractors' time grows with a line's length
    check_words(doc.text, doc.source)  # and, inside a line, with a word's
    try:
        try:
            subject = find_subject(doc)
        except NoFilmFound:
            if doc.format != "article":
                raise
            subject = ""
        claims = tuple(c for c in extract.run(doc, subject) if c.subject)
    except RecursionError:
        raise UnreadableDocument(f"{doc.source}: nested too deeply to read", hint="leave this document out") from None
    finally:
        forget()  # the extractors' caches of this document's sentences and mentions
    check_claims(len(claims), doc.source)
    return Extracted(doc, subject, claims, extract.versions_for(doc))


ProgressFn = Callable[[str], None]


WRITE_BATCH = 500  # documents per executemany; the whole build is still one transaction
YOUNG_COLLECTION = 10_000  # allocations between the collector's young-generation passes during a build


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """A build allocates millions of small objects (claims, spans, values, rows) that die young and
    hold no cycles; a young-generation pass every 700 allocations (Python's default) took 8-20% of a
    build's CPU (bench/build_bench.py), one every 10,000 about a third of that. Cycles are still
    collected; the threshold is restored when the build ends."""
    old = gc.get_threshold()
    gc.set_threshold(max(YOUNG_COLLECTION, old[0]), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def build(paths: Sequence[Path], store: Store, overrides: Overrides = Overrides(), *, skip_bad: bool = False,
          resume: bool = False, workers: int = 1, progress: bool = False, batch_size: int = 100,
          on_file: ProgressFn | None = None) -> BuildReport:
    """Read, extract and store documents from files and folders: each file goes to the reader that
    recognises it (`sources.registry`); XML dumps stream page by page, datasets row by row.

    The files are written as they are extracted, in batches, inside one transaction that an error
    rolls back: a bad input leaves the store as it was, and memory holds one batch, not the build."""
    from .records import records_version, refresh

    with _fewer_collections():
        report = _build(paths, store, overrides, skip_bad=skip_bad, resume=resume, workers=workers,
                        progress=progress, batch_size=batch_size, on_file=on_file)
        # every film and person keeps the id it had (identity.py): the identities of the films the new
        # documents touch are recorded as they are linked and reconciled again and stored (reading is a
        # lookup). A new store, or one another filmfacts built, has the whole store linked once, and so
        # has one whose documents were read again: a person's row holds what every film gave it, and
        # only linking them all drops a name (or a person) a document no longer gives. That link holds
        # the whole store: past `Limits.link` documents, every identity is recorded again a part at a
        # time instead (every unit, the rows made anew), which drops them too
        identities = bool(report.added or report.replaced or report.dump_pages)
        afresh = False
        if identities and (report.replaced or store.stored_records_version() != records_version()):
            from .identity import record
            from .sources.limits import current

            if (documents := store.counts()["documents"]) <= current().link:
                record(store)
                identities = False
            else:
                report.linked_in_parts, afresh = documents, True
        report.films_reconciled = refresh(store, identities=identities, afresh=afresh).films
    return report


def _build(paths: Sequence[Path], store: Store, overrides: Overrides, *, skip_bad: bool, resume: bool,
           workers: int, progress: bool, batch_size: int, on_file: ProgressFn | None) -> BuildReport:
    named = {Path(p) for p in paths}
    files = []
    report = BuildReport()
    for path in expand_paths(list(paths)):
        if path not in named and (why := not_a_document(path)):
            report.ignored.append((str(path), why))
        else:
            files.append(path)
    report.files = len(files)
    versions = extract.versions()
    dumps: list[Path] = []
    read = 0  # files read (whatever they gave)
    with contextlib.ExitStack() as transaction:
        writer: Writer | None = None
        batch: list[Extracted] = []

        def open_writer() -> Writer:
            nonlocal writer
            if writer is None:  # opened at the first batch: a build of dumps alone has no file transaction
                writer = transaction.enter_context(
                    store.writing(versions, command=f"build {' '.join(map(str, paths))}"))
            return writer

        def flush() -> None:
            if batch:
                report.documents += len(batch)
                open_writer().add(batch)
                batch.clear()

        def refused(path: Path, err: InputError) -> None:
            if not skip_bad:
                if len(files) > 1:  # one bad file among many: say how to build the rest
                    raise type(err)(err.message, hint=f"{err.hint}; or pass --skip-bad to build the other files"
                                    if err.hint else "pass --skip-bad to build the other files") from None
                raise err
            report.skipped.append((str(path), str(err)))

        for path in files:
            if on_file:
                on_file(str(path))
            reader = reader_for(path)  # sources/registry.py: a dump, a dataset, or else one document
            if reader.mode == "dump":
                dumps.append(path)
                continue
            if reader.mode == "rows" and (why := reader.not_read(path)):
                refused(path, UnsupportedFormat(f"{path}: holds no documents: {why}",
                                                hint="build the dataset's folder, or the file that has the records"))
                continue
            if reader.mode == "rows":
                # streamed in batches into a savepoint of its own: a bad row takes back the file, not the build
                flush()
                before = (report.documents, report.dataset_rows, len(report.skipped))
                # a bad row (an impossible year, past a limit) fails the file, or with --skip-bad is skipped
                on_bad = (lambda src, msg: report.skipped.append((src, msg))) if skip_bad else None
                try:
                    with open_writer().part():
                        _read_rows(overrides, batch, report, reader.documents(path, on_bad), flush=flush,
                                   on_bad=on_bad)
                        flush()
                    if report.documents > before[0] or len(report.skipped) == before[2]:
                        read += 1  # a file whose every row was skipped was not read
                except InputError as err:
                    batch.clear()
                    report.documents, report.dataset_rows = before[:2]
                    del report.skipped[before[2]:]
                    refused(path, err)
                continue
            try:
                batch.append(extract_document(read_file(path, overrides)))
                read += 1
                if not batch[-1].film and not batch[-1].claims:
                    report.no_film.append(str(path))
            except InputError as err:
                refused(path, err)
            if len(batch) >= WRITE_BATCH:
                flush()
        if not read and not dumps:
            if report.skipped:
                many = len(files) > 1
                what = f"none of the {len(files)} files could be read; the first:" if many else "nothing read:"
                raise InputError(f"{what} {report.skipped[0][1]}",
                                 hint="check the files are documents about films")
            if report.ignored:
                raise EmptyInput(f"nothing to read: the {len(report.ignored)} file(s) found are not documents "
                                 f"({'; '.join(f'{Path(p).name}: {why}' for p, why in report.ignored[:3])})",
                                 hint="name a document file on its own to read it anyway")
        flush()
    if writer is not None:
        _count(report, writer.stats)
    for dump in dumps:
        from .dump_build import build_dump

        build_dump(dump, store, versions, report, overrides=overrides, resume=resume, workers=workers,
                   progress=progress, batch_size=batch_size)
    return report


def _read_rows(overrides: Overrides, batch: list[Extracted], report: BuildReport, docs: Iterable[Document], *,
               flush: Callable[[], None], on_bad: Callable[[str, str], None] | None) -> None:
    """A dataset's rows, every one a document, in the same transaction as the other files; a row about
    no film is skipped and reported, one past a limit too when there is `on_bad` (--skip-bad)."""
    for doc in docs:
        try:
            batch.append(extract_document(overrides.apply(doc)))
        except NoFilmFound as err:
            report.skipped.append((doc.source, str(err)))
        except LimitExceeded as err:
            if on_bad is None:
                raise
            on_bad(doc.source, str(err))
        report.dataset_rows += 1
        if len(batch) >= WRITE_BATCH:
            flush()


def _count(report: BuildReport, stats: WriteStats) -> None:
    report.added += stats.added
    report.replaced += stats.replaced
    report.unchanged += stats.unchanged
    report.claims += stats.claims


def reconciled(store: Store, title: str = "") -> Reconciliation:
    """Everything in the store, linked and reconciled; with `title`, only the documents about the
    film of that title (any spelling a document uses, or its page title), which is what `show`
    needs from a store holding a whole dump, and KOBIS's lists to check its ranks against."""
    identities = store.known()
    if not title:
        return reconcile(store.documents(), store.claims(), known=identities)
    from .identity import Query

    query = Query.parse(title)
    if query.ident:  # an id: the documents of the name it was recorded with (NotFound with candidates)
        from .identity import resolve

        title = resolve(store, title)["name"]
    else:
        title = query.text  # "Titanic (1997)": the documents about Titanic, then the year chooses
    key = film_key(title)
    titles: dict[str, set[str]] = {}
    for doc, text in store.titles(sorted(TITLE_PROPERTIES)):
        titles.setdefault(doc, set()).add(film_key(text))
    subjects = [(doc, {film_key(f) for f in films} | {film_key(page_title(page))} | titles.get(doc, set()))
                for doc, films, page in store.subjects()]
    ids = [doc for doc, keys in subjects if key in keys]
    if not ids:  # a part of a title: "busan" for "Train to Busan"
        ids = [doc for doc, keys in subjects if key and any(key in k for k in keys)]
    if not ids:
        known = sorted({films[0] for _, films, _ in store.subjects() if films and films[0]})
        raise NotFound(f"no film titled {title!r} in the store",
                       hint=f"films stored: {', '.join(known[:10]) or 'none: run `filmfacts build PATH` first'}")
    # The film's other titles (a Hangul title, an English one a dataset gives) bring in the documents
    # that name it only so: a KOBIS row and a Wikipedia page about one film.
    claims = store.claims(ids)
    aliases = {film_key(c.value.text) for c in claims
               if c.property in TITLE_PROPERTIES and isinstance(c.value, Text | Name)} - {""}
    have = set(ids)
    if more := [doc for doc, keys in subjects if keys & aliases and doc not in have]:
        ids += more
        claims += store.claims(more)
    return reconcile(store.documents(ids), claims, kobis_lists(store), identities)


def kobis_lists(store: Store) -> Kobis | None:
    """KOBIS's all-time and daily lists in the store (the ranks are checked against them), or None."""
    ids = store.ids_of_format(kobis.FORMAT)
    lists = [d for d in store.documents(ids) if is_list(d)] if ids else []
    return Kobis.of(lists, store.claims([d.id for d in lists], FIGURES)) if lists else None


def find_film(recon: Reconciliation, title: str) -> FilmRecord:
    """The one film a title (any spelling seen, "Titanic (1997)", or an id) names; Ambiguous lists each
    film of the title with its year and director, NotFound what there is (`identity.choose_film`)."""
    from .identity import choose_film

    return choose_film(recon, title)


__all__ = ["BUILD_STAGES", "READ_STAGES", "BuildReport", "FilmfactsError", "Stage", "build", "check_order",
           "extract_document", "find_film", "kobis_lists", "reconciled"]
