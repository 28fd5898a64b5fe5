"""The Hangul title news gives beside a film's English title is the film's native title."""

from __future__ import annotations

from pathlib import Path

from filmfacts import extract
from filmfacts.sources import read_file

NEWS = Path(__file__).parents[1] / "fixtures" / "news"


def _native(name: str) -> list[tuple[str, str]]:
    doc = read_file(NEWS / name)
    return [(c.subject, c.value.text) for c in extract.run(doc) if c.property == "native_title"]  # type: ignore[union-attr]


def test_a_hangul_title_after_the_english_one_in_prose() -> None:
    assert _native("10c-unknown-currency-exhuma.html") == [("Exhuma", "파묘")]


def test_every_chart_row_gives_its_hangul_title_to_its_own_film() -> None:
    found = dict(_native("04-kobiz-chart-weekend-2024-04-26.html"))
    assert found["EXHUMA"] == "파묘"
    assert found["THE ROUNDUP : PUNISHMENT"] == "범죄도시4"
    assert found["DUNE: PART TWO"] == "듄: 파트2"


def test_no_native_title_where_a_page_gives_none() -> None:
    assert _native("02-yonhap-1212-the-day-sixth.html") == []


def test_korean_prose_brackets_a_credit_not_a_title() -> None:
    from article_docs import article

    from filmfacts.extract.article_titles import extract_article_titles

    english = article("\"Silver Night\" (은빛 밤) drew 10,000 viewers on Friday.", published="2024-05-06")
    korean = article("영화 '은빛 밤'(감독 김하늘)이 개봉 첫날 1만 명을 동원했다. Silver Night (제작 하늘필름) 역시.",
                     published="2024-05-06", language="ko")
    assert [(c.subject, c.value.text) for c in extract_article_titles(english, "")] == [  # type: ignore[union-attr]
        ("Silver Night", "은빛 밤")]
    assert list(extract_article_titles(korean, "")) == []
