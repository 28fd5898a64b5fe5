"""Exports of reconciled records: `filmfacts-export/1` JSON."""

from __future__ import annotations

from .json_export import FORMAT, export_json, fact_json, film_json

__all__ = ["FORMAT", "export_json", "fact_json", "film_json"]
