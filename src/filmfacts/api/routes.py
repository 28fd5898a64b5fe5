"""The JSON API under /api: films, one film's record, conflicts and timeline, people, documents, the export.

Reading needs no login. Writing (POST /api/documents: build a document sent over HTTP) needs the
bearer token the operator set (`filmfacts serve --token`, or FILMFACTS_TOKEN) and is off without one.
Every answer is JSON; every error is the one shape of `errors.py`.
"""

from __future__ import annotations

import hmac
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response, StreamingResponse

from . import schemas
from .errors import ApiError
from .records import Records

router = APIRouter(prefix="/api")

ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": schemas.ErrorResponse, "description": "Not in the store."},
    422: {"model": schemas.ErrorResponse, "description": "A parameter is not valid."},
    500: {"model": schemas.ErrorResponse, "description": "A bug in filmfacts."},
    503: {"model": schemas.ErrorResponse, "description": "The store cannot be read."},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = ERRORS | {
    400: {"model": schemas.ErrorResponse, "description": "The body is not JSON."},
    401: {"model": schemas.ErrorResponse, "description": "No token, or not the operator's."},
    403: {"model": schemas.ErrorResponse, "description": "Writing is off: the operator set no token."},
}

Offset = Annotated[int, Query(ge=0, le=1_000_000, description="How many items to skip.")]
Limit = Annotated[int, Query(ge=1, le=200, description="How many items to give.")]
Id = Annotated[str, PathParam(min_length=1, max_length=64, description="An id as the API gives it.")]


def encode(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_response(data: Any) -> Response:
    """JSON with every script as written (ensure_ascii off), without FastAPI re-validating a record
    the response model already describes (the answers are built by `records.py`)."""
    return Response(encode(data), media_type="application/json")


async def answer(request: Request, reader: Records, make: Callable[[], Any], *, lookup: bool = True) -> Response:
    """A read's answer, encoded once per state of the store. When the records are at hand and making it
    is a `lookup` it is made on the event loop; when the store must be read, in a worker thread."""
    key = f"{request.url.path}?{request.url.query}"
    data = reader.cached(key)
    if data is None:
        def body() -> bytes:
            return reader.answer(key, lambda: encode(make()))

        data = body() if lookup and reader.fresh() else await run_in_threadpool(body)
    return Response(data, media_type="application/json")


async def records(request: Request) -> Records:  # async: FastAPI runs a plain def in a worker thread
    return request.app.state.records


Reader = Annotated[Records, Depends(records)]


@router.get("/health", response_model=schemas.Health, responses=ERRORS, summary="The server is up")
async def health() -> Response:
    return json_response({"status": "ok"})


@router.get("/films", response_model=schemas.FilmPage, responses=ERRORS, summary="Search films")
async def films(request: Request, reader: Reader,
          q: Annotated[str, Query(max_length=300, description="Any title in any script or spelling, whole "
                                                              "or in part.")] = "",
          year: Annotated[int | None, Query(ge=1800, le=2200, description="Only films of this year.")] = None,
          director: Annotated[str, Query(max_length=300, description="Only films by this director (any "
                                                                     "spelling).")] = "",
          offset: Offset = 0, limit: Limit = 20) -> Response:
    return await answer(request, reader, lambda: reader.films(q, year, director, offset, limit).json())


@router.get("/films/{film_id}", response_model=schemas.FilmRecord, responses=ERRORS, summary="One film's record")
async def film(request: Request, reader: Reader, film_id: Id) -> Response:
    return await answer(request, reader, lambda: reader.film(film_id))


@router.get("/films/{film_id}/conflicts", response_model=schemas.ConflictList, responses=ERRORS,
            summary="A film's disagreements with their verdicts")
async def conflicts(request: Request, reader: Reader, film_id: Id) -> Response:
    return await answer(request, reader, lambda: {"film": film_id, "items": reader.conflicts(film_id)})


@router.get("/films/{film_id}/timeline", response_model=schemas.Timeline, responses=ERRORS,
            summary="A film's cumulative admissions by day from every source")
async def timeline(request: Request, reader: Reader, film_id: Id) -> Response:
    return await answer(request, reader, lambda: reader.timeline(film_id))


@router.get("/people", response_model=schemas.PersonPage, responses=ERRORS, summary="Search people and roles")
async def people(request: Request, reader: Reader,
           q: Annotated[str, Query(max_length=300, description="A name in any spelling or script.")] = "",
           offset: Offset = 0, limit: Limit = 20) -> Response:
    return await answer(request, reader, lambda: reader.people(q, offset, limit).json())


@router.get("/people/{person_id}", response_model=schemas.Person, responses=ERRORS,
            summary="One person or role: every spelling, where seen, and films")
async def person(request: Request, reader: Reader, person_id: Id) -> Response:
    return await answer(request, reader, lambda: reader.person(person_id))


@router.get("/documents", response_model=schemas.DocumentPage, responses=ERRORS, summary="The documents read")
async def documents(request: Request, reader: Reader, offset: Offset = 0, limit: Limit = 20) -> Response:
    return await answer(request, reader, lambda: reader.documents(offset, limit).json())


@router.get("/documents/{document_id}", response_model=schemas.DocumentRecord, responses=ERRORS,
            summary="One document: its text and every claim read from it")
async def document(request: Request, reader: Reader, document_id: Id) -> Response:
    return await answer(request, reader, lambda: reader.document(document_id), lookup=False)


EXPORT_TYPES = {"json": "application/json", "jsonld": "application/ld+json", "csv": "text/csv; charset=utf-8",
                "quickstatements": "text/plain; charset=utf-8"}


@router.get("/export", response_model=schemas.Export,
            summary="Everything in the store, as `filmfacts export` writes it",
            responses=ERRORS | {200: {"description": "json: the filmfacts-export/1 document; jsonld: schema.org "
                                                     "Movies; csv: one row per fact; quickstatements: Wikidata's v1 "
                                                     "commands with references",
                                      "content": {t: {} for f, t in EXPORT_TYPES.items() if f != "json"}}})
async def export(reader: Reader, fmt: Annotated[Literal["json", "jsonld", "csv", "quickstatements"],
                                                Query(alias="format", description="The export's format.")] = "json",
                 ) -> Response:
    chunks = await run_in_threadpool(reader.export, fmt)
    return StreamingResponse(chunks, media_type=EXPORT_TYPES[fmt])


def operator(request: Request, authorization: Annotated[str, Header(description="Bearer TOKEN")] = "") -> None:
    """Writing needs the operator's token; with none set, writing is off for everyone."""
    token: str = request.app.state.token
    if not token:
        raise ApiError(403, "writing is off on this server",
                       "the operator turns it on with `filmfacts serve --token` or FILMFACTS_TOKEN")
    scheme, _, given = authorization.partition(" ")
    if scheme.casefold() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(401, "a write needs the operator's token", "send `Authorization: Bearer TOKEN`",
                       headers={"WWW-Authenticate": "Bearer"})


@router.post("/documents", response_model=schemas.BuildResult, responses=WRITE_ERRORS, status_code=200,
             dependencies=[Depends(operator)], summary="Build a document into the store (needs the token)")
def build_document(reader: Reader, sent: schemas.BuildRequest) -> Response:
    from ..pipeline import build  # the readers and extractors: loaded by the first write
    from ..sources import read_file

    with tempfile.TemporaryDirectory(prefix="filmfacts-upload-") as folder:
        path = Path(folder) / Path(sent.name).name
        path.write_text(sent.text, encoding="utf-8")
        report = build([path], reader.store)  # an InputError is a 422 with its message, the store untouched
        built = read_file(path).id
    reader.refresh()
    films = sorted({f for c in reader.store.claims([built]) if (f := reader.film_of_title(c.subject))})
    return json_response({"documents": report.documents, "added": report.added + report.replaced,
                          "unchanged": report.unchanged, "claims": report.claims, "films": films})
