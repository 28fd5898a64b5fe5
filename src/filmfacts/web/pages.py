"""The web pages: search, a film's card, a person, a document with its claims marked.

Server-rendered with Jinja2 (autoescape on for every template), read through the API's `Records`
so a page shows what the API answers; no script, and nothing fetched from anywhere but this server
(one style sheet, /static/style.css). Whatever a document says (its text, title, site, address,
the values read from it) reaches a page only through an escaped template expression; a document's
address becomes a link only when it is http(s).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader

from ..api.errors import body
from ..api.records import Records
from .chart import timeline_chart
from .marks import pieces

HERE = Path(str(files("filmfacts") / "web"))
env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True)
router = APIRouter(include_in_schema=False)

STATUS_WORDS = {"agreed": "agreed", "single_source": "one source", "derived": "derived", "conflict": "disputed",
                "superseded": "superseded", "suspect": "suspect"}
KIND_WORDS = {"genuine": "genuine disagreement", "different_time": "different times", "different_scope":
              "different scopes", "typo": "typo", "stale_copy": "stale copy"}
TITLE_PROPERTIES = ("title", "native_title", "romanized_title", "literal_title", "working_title")


def shown(value: Any) -> str:
    """A value as a person reads it: 12,811,206; ₩91.4 billion as '91,400,000,000 KRW'; 2013."""
    if isinstance(value, dict) and "amount" in value:
        bound = "≥ " if value.get("bound") == "lower" else "≤ " if value.get("bound") == "upper" else ""
        amount = value["amount"]
        return f"{bound}{amount:,} {value.get('unit', '')}".strip()
    if isinstance(value, float) and 0 < value < 1:
        return f"{value:.1%}"
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= 10_000:
        return f"{value:,}"
    return "—" if value is None else str(value)


def words(name: str) -> str:
    return name.replace("_", " ")


def safe_url(url: str | None) -> str | None:
    """The address as a link target only when it is a web address (never javascript:, data:, …)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def qualifiers(q: dict[str, Any], *skip: str) -> str:
    return "; ".join(f"{words(k)}: {', '.join(map(str, v)) if isinstance(v, list) else shown(v)}"
                     for k, v in q.items() if k not in skip)


env.filters.update(shown=shown, words=words, status=lambda s: STATUS_WORDS.get(s, words(s)),
                   verdict=lambda k: KIND_WORDS.get(k, words(k)), qualifiers=qualifiers)
env.globals.update(safe_url=safe_url)


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = env.get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status)


def cached(request: Request, make: Callable[[], HTMLResponse]) -> Response:
    """A page made once per state of the store (pages are a function of the records and the address)."""
    key = f"page:{request.url.path}?{request.url.query}"
    return HTMLResponse(records(request).answer(key, lambda: bytes(make().body)))


def records(request: Request) -> Records:
    return request.app.state.records


def error_page(request: Request, status: int, message: str, hint: str) -> Response:
    return render(request, "error.html", status, error=body(status, message, hint)["error"])


def static_files() -> StaticFiles:
    return StaticFiles(directory=HERE / "static")


@router.get("/", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str, Query(max_length=300)] = "",
           year: Annotated[str, Query(max_length=4)] = "", director: Annotated[str, Query(max_length=300)] = "",
           offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> Response:
    reader = records(request)
    year_n = int(year) if year.isdigit() and 1800 <= int(year) <= 2200 else None
    films = reader.films(q, year_n, director, offset, 50)
    people = reader.people(q, 0, 20) if q else None
    return cached(request, lambda: render(request, "search.html", q=q, year=year, director=director, films=films,
                                          people=people, offset=offset))


@router.get("/films/{film_id}", response_class=HTMLResponse)
def film(request: Request, film_id: str) -> Response:
    reader = records(request)

    def make() -> HTMLResponse:
        record = reader.film(film_id)
        line = reader.timeline(film_id)
        titles = [f for f in record["facts"] if f["property"] in TITLE_PROPERTIES]
        facts = [f for f in record["facts"] if f["property"] not in TITLE_PROPERTIES]
        return render(request, "film.html", film=record, titles=titles, facts=facts, sites=reader.sites(),
                      timeline=line, chart=timeline_chart(line["points"]))

    return cached(request, make)


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person(request: Request, person_id: str) -> Response:
    reader = records(request)
    return cached(request, lambda: render(request, "person.html", person=reader.person(person_id),
                                          sites=reader.sites()))


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(request: Request, document_id: str,
             at: Annotated[str, Query(max_length=40, pattern=r"^(\d+-\d+)?$")] = "") -> Response:
    reader = records(request)
    doc = reader.document(document_id)
    start, _, end = at.partition("-")
    focus = (int(start), int(end)) if at and int(start) < int(end) else None
    marked = pieces(doc["text"], doc["claims"], focus)
    titles = reader.titles([c["film"] for c in doc["claims"] if c["film"]])
    return render(request, "document.html", doc=doc, pieces=marked, titles=titles, sites=reader.sites(),
                  focus=at)
