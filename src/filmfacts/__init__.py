"""filmfacts: one sourced, reconciled record per film from what many documents say about it.

    >>> from filmfacts import Store, build, reconciled, export_json
    >>> store = Store("films.db")
    >>> build([Path("docs/")], store)
    >>> export_json(reconciled(store))["films"][0]["title"]
"""

from __future__ import annotations

from .errors import FilmfactsError
from .export import export_json
from .extract import run as extract_claims
from .model import Claim, Document, Entity, Fact, FilmRecord, Reconciliation
from .pipeline import build, extract_document, find_film, reconciled
from .reconcile import reconcile
from .sources import Overrides, read_file, read_text
from .store import Store

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Document",
    "Entity",
    "Fact",
    "FilmRecord",
    "FilmfactsError",
    "Overrides",
    "Reconciliation",
    "Store",
    "__version__",
    "build",
    "export_json",
    "extract_claims",
    "extract_document",
    "find_film",
    "read_file",
    "read_text",
    "reconcile",
    "reconciled",
]
