"""filmfacts commands: build, show, conflicts, timeline, people, sources, export, serve, demo.

Every way out of a command is one line on stderr and an exit code (`handled`): a FilmfactsError
prints its message and what to do; an interrupt, a closed pipe, a full disk or memory running out
say so; anything else is a bug, reported in one line that says how to report it, with the
traceback behind `--debug`. Output never fails on a terminal that is not UTF-8: text is written
with replacements, JSON with \\u escapes.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sys
import traceback
from collections.abc import Callable
from dataclasses import asdict
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from ..errors import INTERNAL_EXIT, FilmfactsError, InputError, InvalidValue

if TYPE_CHECKING:
    from ..store import Store

# The stages, the store (SQLAlchemy) and the chart (matplotlib) are imported by the commands that
# use them, so `filmfacts --help` and a command on a small store start at once.

# rich_markup_mode=None: click's plain help and usage errors. Typer's boxed help imports rich's Markdown
# and traceback renderers (markdown-it among them), a third of a second before any command could run;
# the plain help says the same (every option, default and environment variable) in plain lines.
app = typer.Typer(help="Build one sourced, reconciled record per film from what documents say about it.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  rich_markup_mode=None)


def _utf8(stream: Any) -> bool:
    return (getattr(stream, "encoding", None) or "utf-8").replace("_", "-").casefold() in {"utf-8", "utf8"}


def _forgiving(stream: Any) -> Any:
    """A text stream that writes what its encoding cannot hold as `?` rather than failing."""
    if not _utf8(stream) and hasattr(stream, "reconfigure"):
        with contextlib.suppress(ValueError, OSError):  # a stream that cannot be reconfigured stays as it is
            stream.reconfigure(errors="replace")
    return stream


# markup=False, emoji=False: a document's title like "[red]x[/]" or ":fire:" is printed as written, never
# read as markup or an emoji code (nor every table cell searched for one)
out = Console(soft_wrap=True, markup=False, emoji=False)
err = Console(stderr=True, soft_wrap=True, markup=False, emoji=False)

F = TypeVar("F", bound=Callable[..., Any])


def default_db() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("filmfacts", appauthor=False)) / "filmfacts.db"


class State:
    db: str = ""
    debug: bool = False
    wait: float = 600.0


state = State()
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def one_line(message: str) -> str:
    """A message as one printable line: newlines and control characters (a file name can hold them)
    shown escaped."""
    message = message.replace("\n", " ").replace("\r", " ")
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], message)


def fail(message: str, code: int) -> typer.Exit:
    _forgiving(sys.stderr)
    err.print(Text.assemble(("error:", "bold red"), " ", one_line(message)), soft_wrap=True, highlight=False)
    return typer.Exit(code)


def handled(fn: F) -> F:
    """Every way out of a command as one line on stderr and an exit code (the module's docstring)."""
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _forgiving(sys.stdout)
        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except FilmfactsError as error:
            raise fail(str(error), error.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted; what was committed before stays, the rest was rolled back", 130) from None
        except BrokenPipeError:
            # the reader of our output went away (`filmfacts export | head`): nothing to say to anyone
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(141) from None
        except MemoryError:
            raise fail("ran out of memory; build fewer files at once, or lower --max-document-mb and --batch",
                       71) from None
        except OSError as error:
            where = f" ({error.filename})" if error.filename else ""
            what = "the disk is full" if error.errno == errno.ENOSPC else (error.strerror or str(error))
            raise fail(f"{what}{where}; check the disk and the permissions of the paths given", 74) from None
        except Exception as error:
            if state.debug:
                traceback.print_exc()
            frame = traceback.extract_tb(error.__traceback__)[-1]
            raise fail(f"internal error: {type(error).__name__}: {str(error)[:200]} (at {Path(frame.filename).name}:"
                       f"{frame.lineno}); this is a bug in filmfacts: please report it with the command you ran"
                       f"{'' if state.debug else ' and the traceback that `filmfacts --debug ...` prints'}",
                       INTERNAL_EXIT) from None
    return wrapper  # type: ignore[return-value]


def open_store(*, create: bool = False) -> Store:
    """The store of --db / FILMFACTS_DB / the user data folder; one that does not exist is made only
    for a build (`create`), so a mistyped path in `show` is an error, not an empty store."""
    from ..store import Store

    return Store(state.db or os.environ.get("FILMFACTS_DB") or default_db(), create=create, wait=state.wait)


def emit_json(data: Any) -> None:
    # a terminal that is not UTF-8 gets \\u escapes: the same JSON, nothing lost
    sys.stdout.write(json.dumps(data, ensure_ascii=not _utf8(sys.stdout), indent=2) + "\n")


JsonOpt = Annotated[bool, typer.Option("--json", help="Print the same data as JSON.")]


@app.callback()
def root(db: Annotated[str, typer.Option("--db", envvar="FILMFACTS_DB",
                                         help="Database: a SQLite file path or a postgresql:// URL "
                                              "(default: filmfacts.db in your user data folder).")] = "",
         wait: Annotated[float, typer.Option("--wait", envvar="FILMFACTS_WAIT",
                                             help="Seconds to wait for another process writing to the store.")
                         ] = 600.0,
         debug: Annotated[bool, typer.Option("--debug", help="Show the traceback of an internal error.")] = False,
         ) -> None:
    state.db, state.debug = db, debug
    if not 0 <= wait <= 7 * 24 * 3600:
        raise fail(f"--wait {wait:g} is not a number of seconds from 0 to a week", 2)
    state.wait = wait


def check_count(value: int, flag: str, low: int, high: int) -> int:
    if not low <= value <= high:
        raise InvalidValue(f"{flag} {value} is out of range", hint=f"give a number from {low} to {high:,}")
    return value


@app.command()
@handled
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of documents, or XML dumps.")],
    kind: Annotated[str, typer.Option(help="Override the detected kind: encyclopedia, fan_wiki, news, "
                                           "box_office_report, blog, forum, wiki_mirror, dataset.")] = "",
    site: Annotated[str, typer.Option(help="Override the detected site name.")] = "",
    published: Annotated[str, typer.Option(help="Publication date (YYYY-MM-DD) of the documents.")] = "",
    skip_bad: Annotated[bool, typer.Option("--skip-bad", help="Skip unreadable files instead of stopping.")] = False,
    resume: Annotated[bool, typer.Option("--resume", help="Continue a dump after its last committed page.")] = False,
    workers: Annotated[int, typer.Option(help="Processes for XML dumps.")] = 1,
    batch: Annotated[int, typer.Option(help="Dump pages per committed batch (what --resume goes back to).")] = 100,
    max_document_mb: Annotated[float, typer.Option("--max-document-mb", help="Largest document (a file, dump "
                                                   "page or dataset row) in MB.")] = 10.0,
    max_line: Annotated[int, typer.Option("--max-line", help="Longest line of a document, in characters.")
                        ] = 100_000,
    max_depth: Annotated[int, typer.Option("--max-depth", help="Deepest nesting of a film row's JSON.")] = 200,
    max_claims: Annotated[int, typer.Option("--max-claims", help="Most claims one document may give.")] = 20_000,
    max_word: Annotated[int, typer.Option("--max-word", help="Longest word of a document, in characters.")
                        ] = 1_000,
    link_at_once: Annotated[int, typer.Option("--link-at-once", help="Most documents a first build links in one "
                                              "piece to record identities; past it, a part at a time.")] = 2_000,
) -> None:
    """Read documents (files, folders or XML dumps) into the store."""
    from ..pipeline import build as run_build
    from ..sources import Overrides
    from ..sources.limits import Limits, limited
    from . import render

    overrides = Overrides(kind, site, published)  # checked here, before anything is read
    check_count(workers, "--workers", 1, max(64, (os.cpu_count() or 1) * 4))
    check_count(batch, "--batch", 1, 100_000)
    with limited(Limits(max_document_mb, max_line, max_depth, max_claims, max_word, link_at_once)):
        store = open_store(create=True)
        report = run_build(paths, store, overrides, skip_bad=skip_bad, resume=resume,
                           workers=workers, progress=sys.stderr.isatty(), batch_size=batch)
        render.build_report(out, report, store)


YearOpt = Annotated[int | None, typer.Option("--year", help="The film of this year, when several share a title.")]


def records_store() -> Store:
    """The store, its film records brought up to date first if another filmfacts built them."""
    from ..records import current

    return current(open_store(), note=lambda message: err.print(message, highlight=False))


@app.command()
@handled
def show(title: Annotated[str, typer.Argument(help="The film's title, in any spelling seen.")],
         year: YearOpt = None, as_json: JsonOpt = False) -> None:
    """Print a film's card: titles, cast, box office, awards, remakes, production, conflicts."""
    from ..identity import show_record
    from . import render

    record = show_record(records_store(), title, year)
    if as_json:
        emit_json(record)
    else:
        render.film_card(out, record)


@app.command()
@handled
def conflicts(title: Annotated[str, typer.Argument(help="Only this film.")] = "", year: YearOpt = None,
              as_json: JsonOpt = False) -> None:
    """Every disagreement: property, each source's value, the quoted evidence, and its kind."""
    from ..records import find_record
    from . import render

    store = records_store()
    records = [find_record(store, title, year)] if title else store.records()
    if as_json:
        emit_json([{"film": r["title"], "conflicts": r["conflicts"]} for r in records if title or r["conflicts"]])
    else:
        render.conflicts(out, records)


@app.command()
@handled
def people(name: Annotated[str, typer.Argument(help="Only people and roles with this name (any spelling).")] = "",
           as_json: JsonOpt = False) -> None:
    """People and roles with every spelling seen and where."""
    from ..errors import Ambiguous
    from ..identity import namesakes
    from ..records import merged_entities
    from . import render

    store = records_store()
    everyone = list(merged_entities(store))
    found = [e for e in everyone if e["id"] == name] or render.select_entities(everyone, name)
    if name and not found:
        raise InputError(f"no person or role named {name!r} in the store",
                         hint="run `filmfacts people` to list everyone")
    apart = namesakes(store, everyone, name) if name and found[0]["id"] != name else []
    if as_json:
        emit_json([{k: v for k, v in e.items() if k != "kind"} | {"kind": e.get("kind", "person")} for e in found])
    elif found:
        render.people(out, found, everyone)
    else:
        out.print("No people yet: run `filmfacts build PATH`.", highlight=False)
    if apart:  # shown above; which one is meant cannot be told from the name alone
        raise Ambiguous(f"{len(apart)} people are named {name!r}: {' | '.join(apart)}",
                        hint="name one by its id: filmfacts people ID")


BecauseOpt = Annotated[str, typer.Option("--because", help="Why: kept with the decision and exported.")]
IdentityArg = Annotated[str, typer.Argument(help="An id, or a title (\"Titanic (1997)\") or name naming one.")]


def _curate(verdict: str, a: str, b: str, because: str) -> None:
    from ..identity import curate

    cur, first, second = curate(open_store(), verdict, a, b, because)
    out.print(f"Recorded: {first['name']} [{cur.a}] and {second['name']} [{cur.b}] are "
              f"{'one' if verdict == 'same' else 'two'} ({cur.because}).", highlight=False)


@app.command()
@handled
def same(a: IdentityArg, b: IdentityArg, because: BecauseOpt) -> None:
    """Say two films or two people are one; kept in the store, it holds over every later build."""
    _curate("same", a, b, because)


@app.command()
@handled
def different(a: IdentityArg, b: IdentityArg, because: BecauseOpt) -> None:
    """Say two films or two people are two; linking never joins them again."""
    _curate("different", a, b, because)


@app.command()
@handled
def sources(as_json: JsonOpt = False) -> None:
    """What was read: each document's kind, site, dates and claim count."""
    from . import render

    rows = open_store().summary()
    if as_json:
        emit_json(rows)
    else:
        render.sources(out, rows)


EXPORT_FORMATS = ("json", "jsonld", "csv", "quickstatements")


@app.command()
@handled
def export(fmt: Annotated[str, typer.Option("--format", help="json (filmfacts-export/1), jsonld (schema.org "
                                            "Movie), csv (one row per fact) or quickstatements (Wikidata, v1).")
                          ] = "json",
           output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not stdout.")] = None,
           ) -> None:
    """Write every film record in the store, streamed as it is read."""
    from ..export.stream import write_export

    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}", hint=f"use --format {', '.join(EXPORT_FORMATS)}")
    store = records_store()
    if output is None:
        write_export(store, fmt, sys.stdout, ascii_only=not _utf8(sys.stdout))
        return
    tmp = output.with_name(output.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as stream:
            write_export(store, fmt, stream)
        tmp.replace(output)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise InputError(f"cannot write {output}: {error.strerror}", hint="choose a writable path") from None
    finally:
        tmp.unlink(missing_ok=True)


@app.command()
@handled
def rebuild() -> None:
    """Rebuild every film record from the stored claims (after upgrading filmfacts; builds keep them)."""
    from ..records import refresh

    report = refresh(open_store(), full=True)
    out.print(f"Rebuilt {report.films} film record(s) from the claims of the store's documents.", highlight=False)


@app.command()
@handled
def timeline(title: Annotated[str, typer.Argument(help="The film's title, in any spelling seen.")],
             chart: Annotated[Path | None, typer.Option(help="Write the chart here (default: "
                                                              "./TITLE-timeline.png).")] = None,
             year: YearOpt = None, as_json: JsonOpt = False) -> None:
    """Cumulative admissions by day since release from every source, as a table and a PNG chart."""
    from ..reconcile.timeline import Timeline, TimelinePoint
    from ..records import find_record
    from . import render
    from .chart import draw  # matplotlib: only this command draws

    record = find_record(records_store(), title, year)
    stored = record.get("timeline") or {"released": "", "points": []}
    line = Timeline(record["title"], stored["released"], tuple(TimelinePoint(**p) for p in stored["points"]))
    labels = {d: s["label"] for d, s in record.get("sources", {}).items()}
    line = Timeline(line.title, line.released, tuple(
        TimelinePoint(**{**asdict(p), "site": labels.get(p.source, p.site)}) for p in line.points))
    if not any(p.days is not None for p in line.points):
        found = f"{len(line.points)} figure(s) without a day since release" if line.points else "none"
        raise InputError(f"no dated cumulative admissions for {line.title!r} ({found})",
                         hint="build news, box-office reports or KOBIS files that date its admissions")
    path, note = draw(line, chart or Path(f"{slug(line.title)}-timeline.png"))
    if as_json:
        emit_json({"title": line.title, "released": line.released, "chart": str(path),
                   "points": [asdict(p) for p in line.points]})
        return
    render.timeline(out, line)
    out.print(f"Chart written to {path}", highlight=False)
    if note:
        err.print(note, highlight=False)


@app.command()
@handled
def serve(host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")
                          ] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
          token: Annotated[str, typer.Option(envvar="FILMFACTS_TOKEN", show_default=False,
                                             help="Turn writing on (POST /api/documents) for requests that send "
                                                  "`Authorization: Bearer TOKEN`; off without one.")] = "") -> None:
    """Serve the web page and the JSON API (/api, schema at /openapi.json) over the store."""
    check_count(port, "--port", 1, 65_535)
    try:  # FastAPI and uvicorn: only this command needs them
        import uvicorn

        from ..api import create_app
    except ImportError as error:
        raise InputError(f"serving needs the `serve` extra ({error.name} is not installed)",
                         hint="pip install 'filmfacts[serve]'") from None
    store = open_store()  # a store that exists: serving an empty one is a mistyped --db
    import socket

    try:  # a port in use or an address not of this machine: said before the records are read
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        raise InputError(f"cannot listen on {host}:{port}: {error.strerror}",
                         hint="pass another --port, or a --host of this machine") from None
    out.print(f"filmfacts: serving {store.url} at http://{host}:{port}/ (API at /api, schema at /openapi.json; "
              f"writing {'on, with the token' if token else 'off'}); Ctrl-C stops", highlight=False)
    uvicorn.run(create_app(store, token=token, warm=True), host=host, port=port, log_level="warning",
                access_log=False)


def slug(title: str) -> str:
    """A file-name form of a title: "Ode to My Father" → "ode-to-my-father"."""
    return re.sub(r"[^\w]+", "-", title.casefold()).strip("-") or "film"


def examples_dir() -> Path:
    from importlib.resources import files  # only `demo` reads them

    return Path(str(files("filmfacts") / "examples"))


@app.command()
@handled
def demo() -> None:
    """Build the bundled example documents and show what filmfacts makes of them."""
    from ..pipeline import build as run_build
    from ..sources import read_file
    from . import render

    store = open_store(create=True)
    paths = [p for p in sorted(examples_dir().iterdir()) if p.suffix == ".txt"]
    report = run_build(paths, store)
    render.build_report(out, report, store)
    # the examples may have been stored before from another folder: find them by their text's id
    for record in store.records_of_documents([read_file(p).id for p in paths]):
        render.film_card(out, record)
    out.print(Text.assemble("\nNext: ", ("filmfacts people", "bold"), ", ", ("filmfacts conflicts", "bold"), ", ",
                            ("filmfacts export --format json", "bold"), ", or ", ("filmfacts serve", "bold"),
                            " for the web page at http://127.0.0.1:8000/"), highlight=False)


# Plain help lists a command by its docstring cut to the terminal's width ("Print a film's card: titles,
# cast, box office, awards,..."); given as the short help, the whole sentence is listed, wrapped.
for _command in app.registered_commands:
    _command.short_help = _command.short_help or (_command.callback.__doc__ if _command.callback else None)


def main() -> None:
    app()
