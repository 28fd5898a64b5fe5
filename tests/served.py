"""Stores for the API and page tests, built once per session from the bundled examples and the team's
fixtures (real documents: Wikipedia, Drama Wiki, news and box-office reports), and from the hostile
documents of tests/fixtures/hostile_web under hostile file names."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import EXAMPLES, ROOT

FIXTURES = ROOT / "tests" / "fixtures"
SERVED = (EXAMPLES, FIXTURES / "news", FIXTURES / "articles")
HOSTILE = FIXTURES / "hostile_web"
# a file name reaches the document page too
HOSTILE_NAMES = {"hostile-news.html": "news-<img src=x onerror=alert('file')>.html",
                 "hostile-plain.txt": "plain-\"><script>alert('file2')<\\script>.txt"}


def build_store(db: Path, paths: list[Path]) -> Path:
    from filmfacts.pipeline import build
    from filmfacts.store import Store

    store = Store(db)
    build(paths, store, skip_bad=True)  # skips news/expected.json, which is no document
    store.close()
    return db


def served_db(folder: Path) -> Path:
    return build_store(folder / "served.db", list(SERVED))


def hostile_db(folder: Path) -> Path:
    docs = folder / "hostile-docs"
    docs.mkdir()
    for name, hostile in HOSTILE_NAMES.items():
        shutil.copy(HOSTILE / name, docs / hostile.replace("/", "_"))
    return build_store(folder / "hostile.db", [docs, EXAMPLES])
