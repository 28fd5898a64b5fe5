"""Linking: name mentions in claims → one Entity per film, person and character.

People are matched across all documents by `names.name_key` (romanization-aware);
characters the same way but within one film (two films' "Detective Park" are two
roles); films by their title and, when stated, their year.
"""

from __future__ import annotations

import typing as _typing
from importlib import import_module as _import_module

from .names import explain_match, film_key, name_key, romanize, similarity

if _typing.TYPE_CHECKING:
    from .entities import Linking, link

# Linking itself (entities.py: the model, the readers' script test) is imported on first use, so
# reading a stored record, which needs only `film_key`, does not load it.
_LAZY = {"Linking": "entities", "link": "entities"}


def __getattr__(name: str) -> _typing.Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'filmfacts.link' has no attribute {name!r}")
    value = getattr(_import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value


__all__ = ["Linking", "explain_match", "film_key", "link", "name_key", "romanize", "similarity"]
