"""The extractors' caches of one document's work (its sentences, mentions, people, tables): many
extractors ask the same of a page, so each is worked out once. `forget` empties them all when the
document is extracted (`pipeline.extract_document`): a build holds one document's work, not the
last 32 documents' (a 1 MB page's sentences and mentions stayed alive through the store's write and
reconciliation)."""

from __future__ import annotations

from collections.abc import Callable

_CLEARS: list[Callable[[], object]] = []


def per_document(clear: Callable[[], object]) -> None:
    """Register a cache's `clear` (a dict's, a list's or an lru_cache's `cache_clear`)."""
    _CLEARS.append(clear)


def forget() -> None:
    for clear in _CLEARS:
        clear()
