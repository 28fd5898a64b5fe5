"""Linking: name mentions in claims → one Entity per film, person and character.

People are matched across all documents by `names.name_key` (romanization-aware);
characters the same way but within one film (two films' "Detective Park" are two
roles); films by their title and, when stated, their year.
"""

from __future__ import annotations

from .entities import Linking, film_key, link
from .names import explain_match, name_key, romanize, similarity

__all__ = ["Linking", "explain_match", "film_key", "link", "name_key", "romanize", "similarity"]
