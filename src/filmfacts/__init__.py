"""filmfacts: one sourced, reconciled record per film from what many documents say about it."""

from __future__ import annotations

__version__ = "0.1.0"
