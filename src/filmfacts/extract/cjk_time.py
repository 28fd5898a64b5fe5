"""When a figure was true, as Korean, Japanese and Chinese reports say it.

- dates: "2006년 9월 2일", "7월31일", "2016年11月27日", "11月27日", and a day of the month alone ("27일까지",
  "지난 6일", "今月16日まで", "어제(30일)") in the month of publication (the month before when that day is
  still to come); "지난 1일부터 3일까지" is a span, true at its last day; a date followed by 개봉 / 公開 /
  上映 ("5월 30일 개봉한", "8月26日の公開") is the film's release, not a figure's;
- days of the run: "개봉 11일 만에", "5일째", "개봉 3일차", "公開から114日目", "52日間で", "上映第16天",
  "개봉 첫날" / "初日" (the opening day);
- what a count covers: "하루(동안)" / "単日" (a day), "주말" / "週末" (a weekend), "누적" / "累計" (the run so far);
- "어제" / "昨日" (the day before publication), "오늘" / "今日" (publication).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

_Y, _M, _D = r"(?P<y>\d{4})\s?[년年]\s?", r"(?P<m>\d{1,2})\s?[월月]\s?", r"(?P<d>\d{1,2})\s?[일日]"
# what a number of days counts when it is no date: "11일 만에", "5일째", "52日間", "114日目"
_NOT_A_DAY_OF_MONTH = r"(?!\s?(?:째|만|간|차|동안|이상|연속|間|目|以上|ぶり|連続|天))"
_DATE = re.compile(rf"(?:{_Y})?(?:{_M}){_D}{_NOT_A_DAY_OF_MONTH}"
                   rf"|(?<![\d./-])(?<!\d[월月])(?<!\d\s[월月])(?P<dom>\d{{1,2}})\s?[일日]{_NOT_A_DAY_OF_MONTH}"
                   r"(?=\s?(?:까지|에는|에|오전|오후|하루|하룻|현재|기준|집계|부터|,|、|、|\)|午前|午後|まで|時点|現在|の|に|から|"
                   r"개봉|公開|\s))")
_THIS_MONTH = re.compile(r"(?:今月|이달|이번\s?달)\s?$")
_LAST_MONTH = re.compile(r"(?:先月|지난\s?달|지난달|上个月)\s?$")
_RELEASE_AFTER = re.compile(r"^\s?(?:의\s?)?(?:개봉|公開|上映|封切|에\s?개봉|の公開|に公開|上映)")
_SPAN_JOIN = re.compile(r"^\s?(?:부터|から|～|~|-|–|至|到)\s?")
_SPAN_END = re.compile(r"^\s?(?:까지|まで)")
_DAY_COUNT = re.compile(r"(?:개봉|公開|上映|封切)?\s?(?:후|から|後)?\s?(?P<n>\d{1,3})\s?"
                        r"(?:일\s?(?:째|차|만에?)|日目|日間|天)"
                        r"|上映第(?P<n2>\d{1,3})天|개봉\s?(?P<n3>\d{1,3})일")
_OPENING_DAY = re.compile(r"개봉\s?(?:첫날|당일|일)|첫날|公開初日|初日|首日")
_DAY = re.compile(r"하루\s?(?:동안|새)?|하룻동안|일일|単日|单日|1日で|当日")
_WEEKEND = re.compile(r"주말|週末|周末")
_CUMULATIVE = re.compile(r"누적|누계|累計|累计|通算")
_YESTERDAY = re.compile(r"어제|昨日|昨天")
_TODAY = re.compile(r"오늘|今日|今天")


@dataclass(frozen=True)
class CjkDate:
    start: int
    end: int
    day: date | None
    release: bool  # the film's release ("5월 30일 개봉")
    span_from: date | None = None  # "1일부터 3일까지": the first day


def _anchor(year: int | None, month: int | None, day: int, published: date | None) -> date | None:
    """A date with what it leaves out taken from the publication: the year, and for a day of the month
    alone the month (the one before when that day is still to come)."""
    if published is None and (year is None or month is None):
        return None
    try:
        if year is not None and month is not None:
            return date(year, month, day)
        assert published is not None
        if month is None:
            # the month of publication, or the one before when that day is still to come there or the
            # month has no such day ("31일" in a story of June 2)
            try:
                found: date | None = date(published.year, published.month, day)
            except ValueError:
                found = None
            if found is None or found > published + timedelta(days=1):
                previous = published.replace(day=1) - timedelta(days=1)
                found = date(previous.year, previous.month, day)
            return found
        found = date(published.year, month, day)
        return found if found <= published + timedelta(days=1) else date(published.year - 1, month, day)
    except ValueError:
        return None


def cjk_dates(text: str, published: date | None) -> list[CjkDate]:
    """The dates a Korean, Japanese or Chinese sentence writes, with the film's releases marked."""
    out: list[CjkDate] = []
    for m in _DATE.finditer(text):
        if m.group("dom"):
            month: int | None = None
            before = text[max(0, m.start() - 6):m.start()]
            if published is not None and _LAST_MONTH.search(before):
                previous = published.replace(day=1) - timedelta(days=1)
                month = previous.month
            day = _anchor(None, month, int(m.group("dom")), published)
        else:
            day = _anchor(int(m.group("y")) if m.group("y") else None, int(m.group("m")), int(m.group("d")), published)
        release = bool(_RELEASE_AFTER.match(text[m.end():]))
        out.append(CjkDate(m.start(), m.end(), day, release))
    # "지난 1일부터 3일까지", "8月26日から11月10日まで": a span, true at its last day
    joined: list[CjkDate] = []
    for found in out:
        prev = joined[-1] if joined else None
        if (prev is not None and not prev.release and not found.release and prev.day and found.day
                and _SPAN_JOIN.match(text[prev.end:found.start]) and prev.day < found.day):
            joined[-1] = CjkDate(prev.start, found.end, found.day, False, prev.day)
            continue
        joined.append(found)
    return joined


def cjk_run_time(text: str) -> dict[str, Any]:
    """The day of the run and what a count covers, as the sentence says them."""
    q: dict[str, Any] = {}
    if _OPENING_DAY.search(text):
        q.update(days_since_release=1, period="opening_day")
    elif m := _DAY_COUNT.search(text):
        q["days_since_release"] = int(m.group("n") or m.group("n2") or m.group("n3"))
    if "period" not in q:
        if _WEEKEND.search(text):
            q["period"] = "weekend"
        elif _DAY.search(text) and not _CUMULATIVE.search(text):
            q["period"] = "day"
    return q


def cjk_relative_day(text: str, published: date | None) -> date | None:
    """"어제" / "昨日": the day before publication; "오늘" / "今日": publication."""
    if published is None:
        return None
    if _YESTERDAY.search(text):
        return published - timedelta(days=1)
    if _TODAY.search(text):
        return published
    return None


def has_cjk(text: str) -> bool:
    return bool(re.search(r"[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]", text))


__all__ = ["CjkDate", "cjk_dates", "cjk_relative_day", "cjk_run_time", "has_cjk"]
