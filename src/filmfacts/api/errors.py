"""One JSON shape for every error the server answers, made here and nowhere else.

    {"error": {"status": 404, "code": "not_found", "message": "no film with id 'x' in the store",
               "hint": "search with GET /api/films?q=TITLE", "detail": []}}

A `FilmfactsError` keeps its message and hint (NotFound → 404, InputError → 422, StoreError → 503);
FastAPI's validation errors are 422 with each bad parameter in `detail`; Starlette's 404 / 405 come
through the same shape; anything else is a 500 that names no internals (the traceback goes to the
server's log). The web pages answer the same errors as HTML (`web.pages.error_page`).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import FilmfactsError, InputError, NotFound, StoreBusy, StoreError

log = logging.getLogger("filmfacts.api")

CODES = {400: "bad_request", 401: "unauthorized", 403: "writes_off", 404: "not_found", 405: "method_not_allowed",
         413: "too_large", 422: "invalid_request", 500: "internal_error", 503: "store_error"}


class ApiError(Exception):
    """An error an endpoint raises with its status, code and hint."""

    def __init__(self, status: int, message: str, hint: str = "", code: str = "",
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.hint = status, message, hint
        self.code = code or CODES.get(status, "error")
        self.headers = headers


def body(status: int, message: str, hint: str = "", code: str = "",
         detail: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code or CODES.get(status, "error"), "message": message,
                      "hint": hint, "detail": detail or []}}


def status_of(error: FilmfactsError) -> int:
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, InputError):
        return 422
    if isinstance(error, StoreBusy | StoreError):
        return 503
    return 500


def _clean(errors: list[Any]) -> list[dict[str, Any]]:
    """Validation errors as plain JSON: where, what, and the message (not the raw input, which may be huge)."""
    return [{"loc": [str(p) for p in e.get("loc", ())], "type": str(e.get("type", "")),
             "message": str(e.get("msg", ""))} for e in errors]


def install(app: FastAPI, html_for: Any = None) -> None:
    """The handlers; `html_for(request, status, message, hint)` answers page requests as HTML."""

    def answer(request: Request, status: int, message: str, hint: str = "", code: str = "",
               detail: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None) -> Response:
        if html_for is not None and not request.url.path.startswith("/api"):
            return html_for(request, status, message, hint)
        return JSONResponse(body(status, message, hint, code, detail), status_code=status, headers=headers)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return answer(request, exc.status, exc.message, exc.hint, exc.code, headers=exc.headers)

    @app.exception_handler(FilmfactsError)
    async def filmfacts_error(request: Request, exc: FilmfactsError) -> Response:
        return answer(request, status_of(exc), exc.message, exc.hint)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = _clean(list(exc.errors()))
        where = ", ".join(".".join(d["loc"][1:] or d["loc"]) for d in detail) or "the request"
        return answer(request, 422, f"invalid {where}: {detail[0]['message'] if detail else 'not accepted'}",
                      "see /openapi.json for each parameter's type and range", detail=detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = {404: f"nothing at {request.url.path}", 405: f"{request.method} is not allowed here"}.get(
            exc.status_code, str(exc.detail))
        hint = {404: "see /openapi.json for the API's paths",
                405: "see /openapi.json for the methods each path takes"}.get(exc.status_code, "")
        return answer(request, exc.status_code, message, hint, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error answering %s %s", request.method, request.url.path)
        return answer(request, 500, "internal error: this is a bug in filmfacts",
                      "please report it with the request you made; the server's log has the traceback")
