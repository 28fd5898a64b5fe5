"""filmfacts: one sourced, reconciled record per film from what many documents say about it.

    >>> from filmfacts import Store, build, reconciled, export_json
    >>> store = Store("films.db")
    >>> build([Path("docs/")], store)
    >>> export_json(reconciled(store))["films"][0]["title"]
"""

from __future__ import annotations

import typing as _typing
from importlib import import_module as _import_module

if _typing.TYPE_CHECKING:
    from .errors import FilmfactsError
    from .export import export_json
    from .extract import run as extract_claims
    from .model import Claim, Document, Entity, Fact, FilmRecord, Reconciliation
    from .pipeline import build, extract_document, find_film, reconciled
    from .reconcile import reconcile
    from .sources import Overrides, read_file, read_text
    from .store import Store

# name → (module, attribute): imported on first use, so `filmfacts --help` does not load the
# readers, the extractors and SQLAlchemy (a command starts in a fraction of a second).
_LAZY = {
    "FilmfactsError": ("errors", "FilmfactsError"), "export_json": ("export", "export_json"),
    "extract_claims": ("extract", "run"), "Claim": ("model", "Claim"), "Document": ("model", "Document"),
    "Entity": ("model", "Entity"), "Fact": ("model", "Fact"), "FilmRecord": ("model", "FilmRecord"),
    "Reconciliation": ("model", "Reconciliation"), "build": ("pipeline", "build"),
    "extract_document": ("pipeline", "extract_document"), "find_film": ("pipeline", "find_film"),
    "reconciled": ("pipeline", "reconciled"), "reconcile": ("reconcile", "reconcile"),
    "Overrides": ("sources", "Overrides"), "read_file": ("sources", "read_file"),
    "read_text": ("sources", "read_text"), "Store": ("store", "Store"),
}


def __getattr__(name: str) -> _typing.Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'filmfacts' has no attribute {name!r}")
    module, attribute = _LAZY[name]
    value = getattr(_import_module(f".{module}", __name__), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


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
