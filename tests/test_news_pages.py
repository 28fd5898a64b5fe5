"""The team's news pages (tests/fixtures/news) with KOBIS: scored against what a careful reader takes.

The floors below are what filmfacts reaches today (tests/news_score.py prints every miss); a change
that loses a page's metadata, a fact or a verdict fails here. The KOBIS rows come from the test
sample, so this runs without ../shared.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from news_score import KOBIS_SAMPLE, Score, build_store, score


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Score:
    store = build_store(Path(tmp_path_factory.mktemp("news")) / "news.db", KOBIS_SAMPLE)
    out = score(store)
    store.close()
    return out


@pytest.mark.parametrize(("section", "floor"), [("documents", 70), ("facts", 129), ("verdicts", 13), ("kept", 3)])
def test_news_pages_score_at_least_today(result: Score, section: str, floor: int) -> None:
    s = result.sections[section]
    assert s.passed >= floor, f"{s.line()}; misses: {s.misses[:5]}"


def test_every_page_is_kept_and_the_pages_naming_no_film_have_no_claims(result: Score) -> None:
    kept = result.sections["kept"]
    assert kept.passed == kept.total, kept.misses
