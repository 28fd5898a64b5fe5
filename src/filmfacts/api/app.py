"""The server: the JSON API (`routes.py`) and the web pages (`web/`) over one store.

    app = create_app("films.db", token="")      # reading only
    uvicorn.run(app, host="127.0.0.1", port=8000)

Every answer carries a Content-Security-Policy that lets a page load nothing but the server's own
style sheet and run no script at all: the pages escape what documents say, and the policy is the
second wall should anything slip through.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..store import Store
from . import errors, routes
from .records import Records

POLICY = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
          "frame-ancestors 'none'")


def create_app(target: str | Path | Store, *, token: str = "", warm: bool = False, recheck: float = 2.0) -> FastAPI:
    """The API and pages over the store at `target` (a SQLite path, a postgresql:// URL or a Store); `token`
    turns writing on for whoever sends it; `warm` reads the records before the first request."""
    from ..web.pages import error_page, static_files
    from ..web.pages import router as pages

    store = target if isinstance(target, Store) else Store(target, create=False)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm:
            app.state.records.films(limit=1)
        yield

    # no /docs page: FastAPI's would load its script from a CDN; the schema is at /openapi.json
    app = FastAPI(title="filmfacts", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Sourced, reconciled film records: every fact with its sources and quoted evidence, "
                              "every disagreement with what explains it. Reading needs no login; writing needs the "
                              "operator's bearer token.")
    app.state.records = Records(store, recheck=recheck)
    app.state.token = token
    errors.install(app, error_page)
    app.include_router(routes.router)
    app.include_router(pages)
    app.mount("/static", static_files(), name="static")

    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """Adds the policy headers to every answer (a plain ASGI middleware: Starlette's BaseHTTPMiddleware
    costs a task and a stream per request)."""

    HEADERS = ((b"content-security-policy", POLICY.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer"))

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)
