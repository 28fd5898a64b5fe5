"""filmfacts commands: build, show, conflicts, timeline, people, sources, export, demo."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import asdict
from functools import wraps
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from ..errors import FilmfactsError, InputError

if TYPE_CHECKING:
    from ..store import Store

# The stages, the store (SQLAlchemy) and the chart (matplotlib) are imported by the commands that
# use them, so `filmfacts --help` and a command on a small store start at once.

app = typer.Typer(help="Build one sourced, reconciled record per film from what documents say about it.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

F = TypeVar("F", bound=Callable[..., Any])


def default_db() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("filmfacts", appauthor=False)) / "filmfacts.db"


class State:
    db: str = ""


state = State()


def handled(fn: F) -> F:
    """Turn a FilmfactsError into one line on stderr and its exit code."""
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except FilmfactsError as error:
            err.print(Text.assemble(("error:", "bold red"), " ", str(error)), soft_wrap=True, highlight=False)
            raise typer.Exit(error.exit_code) from None
    return wrapper  # type: ignore[return-value]


def open_store() -> Store:
    from ..store import Store

    return Store(state.db or os.environ.get("FILMFACTS_DB") or default_db())


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


JsonOpt = Annotated[bool, typer.Option("--json", help="Print the same data as JSON.")]


@app.callback()
def root(db: Annotated[str, typer.Option("--db", envvar="FILMFACTS_DB",
                                         help="Database: a SQLite file path or a postgresql:// URL "
                                              "(default: filmfacts.db in your user data folder).")] = "") -> None:
    state.db = db


@app.command()
@handled
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of documents, or XML dumps.")],
    kind: Annotated[str, typer.Option(help="Override the detected kind: encyclopedia, fan_wiki, news, "
                                           "blog, forum, dataset.")] = "",
    site: Annotated[str, typer.Option(help="Override the detected site name.")] = "",
    published: Annotated[str, typer.Option(help="Publication date (YYYY-MM-DD) of the documents.")] = "",
    skip_bad: Annotated[bool, typer.Option("--skip-bad", help="Skip unreadable files instead of stopping.")] = False,
    resume: Annotated[bool, typer.Option("--resume", help="Continue a dump after its last committed page.")] = False,
    workers: Annotated[int, typer.Option(help="Processes for XML dumps.")] = 1,
    batch: Annotated[int, typer.Option(help="Dump pages per committed batch (what --resume goes back to).")] = 100,
) -> None:
    """Read documents (files, folders or XML dumps) into the store."""
    from ..pipeline import build as run_build
    from ..sources import Overrides
    from . import render

    store = open_store()
    report = run_build(paths, store, Overrides(kind, site, published), skip_bad=skip_bad, resume=resume,
                       workers=workers, progress=sys.stderr.isatty(), batch_size=max(batch, 1))
    render.build_report(out, report, store)


@app.command()
@handled
def show(title: Annotated[str, typer.Argument(help="The film's title, in any spelling seen.")],
         as_json: JsonOpt = False) -> None:
    """Print a film's card: titles, cast, box office, awards, remakes, production, conflicts."""
    from ..export import film_json
    from ..pipeline import find_film, reconciled
    from . import render

    recon = reconciled(open_store(), title)
    film = find_film(recon, title)
    if as_json:
        emit_json(film_json(film))
    else:
        render.film_card(out, film, recon)


@app.command()
@handled
def conflicts(title: Annotated[str, typer.Argument(help="Only this film.")] = "", as_json: JsonOpt = False) -> None:
    """Every disagreement: property, each source's value, the quoted evidence, and its kind."""
    from ..export import film_json
    from ..pipeline import find_film, reconciled
    from . import render

    recon = reconciled(open_store(), title)
    films = [find_film(recon, title)] if title else list(recon.films)
    if as_json:
        emit_json([{"film": f.title, "conflicts": film_json(f)["conflicts"]} for f in films])
    else:
        render.conflicts(out, films, recon)


@app.command()
@handled
def people(name: Annotated[str, typer.Argument(help="Only people and roles with this name (any spelling).")] = "",
           as_json: JsonOpt = False) -> None:
    """People and roles with every spelling seen and where."""
    from ..export import export_json
    from ..pipeline import reconciled
    from . import render

    recon = reconciled(open_store())
    found = render.select_entities(recon, name)
    if name and not found:
        raise InputError(f"no person or role named {name!r} in the store",
                         hint="run `filmfacts people` to list everyone")
    if as_json:
        data = export_json(recon)
        ids = {e.id for e in found}
        emit_json([e for e in data["people"] + data["characters"] if e["id"] in ids])
    else:
        render.people(out, found, recon)


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


@app.command()
@handled
def export(fmt: Annotated[str, typer.Option("--format", help="Export format: json.")] = "json",
           output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not stdout.")] = None,
           ) -> None:
    """Write the filmfacts-export/1 JSON document for everything in the store."""
    from ..export import export_json
    from ..pipeline import reconciled

    if fmt != "json":
        raise InputError(f"unknown export format {fmt!r}", hint="use --format json")
    text = json.dumps(export_json(reconciled(open_store())), ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    tmp = output.with_name(output.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror}", hint="choose a writable path") from None


@app.command()
@handled
def timeline(title: Annotated[str, typer.Argument(help="The film's title, in any spelling seen.")],
             chart: Annotated[Path | None, typer.Option(help="Write the chart here (default: "
                                                              "./TITLE-timeline.png).")] = None,
             as_json: JsonOpt = False) -> None:
    """Cumulative admissions by day since release from every source, as a table and a PNG chart."""
    from ..pipeline import find_film, reconciled
    from ..reconcile.timeline import admissions_timeline
    from . import render
    from .chart import draw  # matplotlib: only this command draws

    recon = reconciled(open_store(), title)
    line = admissions_timeline(find_film(recon, title), recon.documents)
    if not any(p.days is not None for p in line.points):
        found = f"{len(line.points)} figure(s) without a day since release" if line.points else "none"
        raise InputError(f"no dated cumulative admissions for {line.title!r} ({found})",
                         hint="build news, box-office reports or KOBIS files that date its admissions")
    path = draw(line, chart or Path(f"{slug(line.title)}-timeline.png"))
    if as_json:
        emit_json({"title": line.title, "released": line.released, "chart": str(path),
                   "points": [asdict(p) for p in line.points]})
        return
    render.timeline(out, line)
    out.print(f"Chart written to {path}", highlight=False)


def slug(title: str) -> str:
    """A file-name form of a title: "Ode to My Father" → "ode-to-my-father"."""
    return re.sub(r"[^\w]+", "-", title.casefold()).strip("-") or "film"


def examples_dir() -> Path:
    return Path(str(files("filmfacts") / "examples"))


@app.command()
@handled
def demo() -> None:
    """Build the bundled example documents and show what filmfacts makes of them."""
    from ..pipeline import build as run_build
    from ..pipeline import reconciled
    from ..sources import read_file
    from . import render

    store = open_store()
    paths = [p for p in sorted(examples_dir().iterdir()) if p.suffix == ".txt"]
    report = run_build(paths, store)
    render.build_report(out, report, store)
    # the examples may have been stored before from another folder: find them by their text's id
    example_ids = {read_file(p).id for p in paths}
    recon = reconciled(store)
    for film in recon.films:
        if example_ids & set(film.documents):
            render.film_card(out, film, recon)
    out.print("\nNext: [bold]filmfacts people[/], [bold]filmfacts conflicts[/], "
              "[bold]filmfacts export --format json[/]", highlight=False)


def main() -> None:
    app()
