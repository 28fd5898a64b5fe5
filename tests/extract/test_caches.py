"""The extractors' caches of a document's work are emptied once it is extracted: a build holds one
document's sentences and mentions, not the last 32 documents'."""

from __future__ import annotations

import gc
from pathlib import Path

from filmfacts.extract import caches, mentions, text
from filmfacts.pipeline import extract_document
from filmfacts.sources import read_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_no_cache_holds_a_document_once_it_is_extracted() -> None:
    docs = [read_file(path) for path in sorted((FIXTURES / "news").glob("*.txt"))[:3]]
    for doc in docs:
        extracted = extract_document(doc)
        assert extracted.claims  # the pages were read, so their sentences and mentions were cached
    assert not mentions._CACHE and not text._PROSE_CACHE
    assert mentions._line_sentences.cache_info().currsize == 0
    gc.collect()
    held = [o for o in gc.get_objects() if isinstance(o, text.Sentence)]
    assert held == [], f"{len(held)} sentences still held after extraction"


def test_every_registered_cache_is_emptied() -> None:
    kept: list[int] = []
    caches.per_document(kept.clear)
    kept.append(1)
    caches.forget()
    assert kept == []
    caches._CLEARS.remove(kept.clear)
