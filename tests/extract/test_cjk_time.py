"""When a figure was true, as Korean, Japanese and Chinese reports write it. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from filmfacts.extract.cjk_time import cjk_dates, cjk_run_time
from filmfacts.extract.when import Clock, resolve, stated_release
from filmfacts.model import Document, Section, document_id

MONDAY = Clock(date(2024, 3, 4), date(2024, 2, 22), True)


@pytest.mark.parametrize(("text", "expected"), [
    ("개봉 11일 만에 600만 관객을 돌파했다", {"days_since_release": 11, "point_in_time": "2024-03-03"}),
    ("지난 1일부터 3일까지 연휴 기간 동안 233만 명을 동원했다",
     {"earliest": "2024-03-01", "point_in_time": "2024-03-03"}),
    ("2일 하루 동안 84만 명을 모았다", {"period": "day", "point_in_time": "2024-03-02"}),
    ("어제 하루 83만 명이 봤다", {"period": "day", "point_in_time": "2024-03-03"}),
    ("개봉 첫날 33만 명을 동원했다", {"period": "opening_day", "days_since_release": 1, "point_in_time": "2024-02-22"}),
    ("2월 29일 기준 누적 관객 500만 명", {"point_in_time": "2024-02-29"}),
    ("28日までの興収は90億円", {"point_in_time": "2024-02-28"}),
    ("公開から11日目の3月3日までに動員600万人", {"days_since_release": 11, "point_in_time": "2024-03-03"}),
])
def test_a_korean_or_japanese_sentence_dates_its_figure(text: str, expected: dict[str, object]) -> None:
    got = resolve(text, MONDAY)
    assert {k: got.get(k) for k in expected} == expected


def test_a_day_of_the_month_still_to_come_is_last_months() -> None:
    (found,) = cjk_dates("27일까지 누적 관객", date(2024, 3, 4))
    assert found.day == date(2024, 2, 27)


def test_a_date_followed_by_the_release_is_the_release() -> None:
    (found,) = cjk_dates("2월 22일 개봉한 파묘", date(2024, 3, 4))
    assert found.release and found.day == date(2024, 2, 22)
    text = "2월 22일 개봉한 파묘는 누적 관객 600만 명을 넘었다."
    doc = Document(document_id(text), "test", "article", "news", "Test Daily", text, published="2024-03-04",
                   sections=(Section((), 0, len(text)),))
    assert stated_release(doc) == date(2024, 2, 22)


@pytest.mark.parametrize(("text", "expected"), [
    ("개봉 5일째 200만 돌파", {"days_since_release": 5}),
    ("11日間で動員100万人", {"days_since_release": 11}),
    ("上映第16天", {"days_since_release": 16}),
    ("주말 박스오피스", {"period": "weekend"}),
    ("3일 만에 100만", {"days_since_release": 3}),
])
def test_days_of_the_run_and_periods(text: str, expected: dict[str, object]) -> None:
    assert cjk_run_time(text) == expected


def test_counts_of_days_are_no_dates() -> None:
    assert cjk_dates("개봉 11일 만에, 5일째, 52日間で", date(2024, 3, 4)) == []


def test_a_japanese_full_stop_ends_a_sentence_but_not_a_title() -> None:
    from filmfacts.extract.text import split_sentences

    text = "「君の名は。」の興収は194億円を突破した。動員は1498万人。"
    assert [s.text for s in split_sentences(text)] == ["「君の名は。」の興収は194億円を突破した。", "動員は1498万人。"]
