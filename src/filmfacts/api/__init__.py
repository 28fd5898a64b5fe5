"""The HTTP API (FastAPI): `create_app(store)` serves the JSON API under /api and the web pages.

Imported only by `filmfacts serve` and the tests: the CLI starts without FastAPI.
"""

from __future__ import annotations

from .app import create_app
from .records import Page, Records

__all__ = ["Page", "Records", "create_app"]
