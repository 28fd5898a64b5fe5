"""When a figure in a news story, report, blog post or forum post was true.

Stories say time relative to themselves: "this weekend", "on Saturday", "yesterday",
"38 days after its release", "its third and fourth weeks", "on Feb. 23". `resolve` turns a
sentence's words into the qualifiers of docs/dated-figures.md against the date the page (or the
forum post) was published and the release date the page states. A day that cannot be pinned
down is a range (`earliest`/`latest`); a year is never guessed; a figure with no time in its
sentence is true as of publication, and `undated` when the page has no date either.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..model import Document
from .cjk_time import cjk_dates, cjk_relative_day, cjk_run_time, has_cjk
from .text import (
    MONTHS,
    FoundDate,
    Sentence,
    count_value,
    find_dates,
    iso_to_date,
    ordinal_value,
    prose_sentences,
    says,
)

# Kinds whose figures are dated by the page; encyclopedic pages (and their mirrors) are not.
DATED_KINDS = frozenset({"news", "box_office_report", "blog", "forum"})

WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_WEEKDAY_RE = re.compile(r"\b(?:(?:on|as of|through|by|until|last|this|late|early)\s+)?"
                         r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b", re.I)
# "from Friday to Sunday" is the weekend, not Friday
_FRI_SUN = re.compile(r"\b(?:from |between )?friday (?:to|through|thru|and|-) sunday\b", re.I)
_RANGE = re.compile(rf"\b(?P<m>{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+(?P<a>\d{{1,2}})\s?[-–]\s?"
                    r"(?P<b>\d{1,2})\b(?:,?\s+(?P<y>\d{4}))?", re.I)
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
# a year or a month a figure's sentence says it was true in: "in 2012", "by the end of 2021", "In August,"
# (a year or month opening the sentence or a clause: "In 2012, …", "In August, it passed …"; one inside a
# clause often times something else: "since the pandemic began in 2020")
_YEAR_SAID = re.compile(rf"(?:^|[,;:]\s+)(?:[Ii]n|[Dd]uring)\s+(?:late\s+|early\s+|mid-?)?(?P<y>(?:19|20)\d\d)\b"
                        rf"(?![-–]|\s*\))"
                        rf"|\bby the end of (?P<y2>(?:19|20)\d\d)\b"
                        rf"|(?:^|[,;:]\s+)[Ii]n (?:late |early |mid-)?(?P<month>(?i:{_MONTH_NAMES}))\b(?!\s+\d)")
# a clause counting up to the story's day: "and to date has $26.7 million", "has now drawn"
_NOW = re.compile(r"\b(?:to date|so far|currently|as of now|now)\b", re.I)
_DOTTED_RANGE = re.compile(r"\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\s*[-–~]\s*(?P<y>\d{4})[./-](?P<m>\d{1,2})[./-]"
                           r"(?P<d>\d{1,2})\b")
_YESTERDAY = re.compile(r"\byesterday\b", re.I)
_TODAY = re.compile(r"\b(?:today|as of now|so far today)\b", re.I)
_WEEKEND = re.compile(r"\b(?:this|last|over the|during the|past|the)\s+(?:three-day\s+|holiday\s+|long\s+)?weekend\b"
                      r"(?!['’]s)"  # "last weekend's number one" names a film, it does not date a figure
                      r"|\bweekend (?:box office|chart|admissions|ticket sales|tally)\b"
                      # the trade press's word for a weekend: "with 1.83 million viewers over the frame"
                      r"|\b(?:over|during|for|in) the (?:\w+ )?frame\b", re.I)
_DAYS_AFTER = re.compile(r"\b(?P<n>\d+|[a-z]+) days? (?:after|since|from|of|into) (?:its|the film's|the movie's|"
                         r"the) (?:[A-Z][a-z]{2,8}\.? \d{1,2},? )?(?:release|opening|premiere|debut|run)\b"
                         r"|\b(?P<n3>\d+|[a-z]+) days? after (?:it|the film|the movie) (?:opened|was released|"
                         r"premiered|debuted|hit (?:local )?(?:theaters|theatres|screens|cinemas))"
                         r"|\b(?:in|within) (?:just |only |less than |under )?(?P<n2>\d+|[a-z]+) days\b"
                         r"|\b(?:on )?(?:its|the) (?P<ord>\w+) day"
                         r"(?: (?:of|since) (?:its )?(?:release|run|screening))?\b"
                         # French and German: "12 jours après sa sortie", "en 7 jours", "nach 10 Tagen"
                         r"|\b(?P<n4>\d+) jours après (?:sa|la|leur) sortie\b"
                         r"|\ben (?:seulement |à peine |tout juste )?(?P<n5>\d+) jours\b"
                         r"|\b(?:nach|in) (?:nur |gerade )?(?P<n6>\d+) Tagen\b", re.I)
_FIRST_PERIOD = re.compile(r"\b(?:in|within|during|over|after|for) (?:its|the|just) (?:first|opening) (?:(\w+) )?"
                           r"(day|days|week|weeks|weekend|month|months)\b", re.I)
_OPENING_DAY = re.compile(r"\b(?:on|during) (?:its|the) (?:opening|first) day\b|\bopening[- ]day\b"
                          # "on its release day", "upon its debut", "on the day of its release"
                          r"|\b(?:on|upon) (?:its|the) (?:release|debut|premiere) day\b"
                          r"|\b(?:on|upon) its (?:debut|release)\b(?!\s+(?:weekend|week|frame|in|on|at|date))"
                          r"|\bon the (?:very )?(?:day|date) of its (?:release|debut|opening)\b", re.I)
_OPENING_WEEKEND = re.compile(r"\bopening weekend\b|\b(?:its|the) first weekend\b", re.I)
_WEEKS = re.compile(r"\b(?:on|in|during|for|over|through|throughout) (?:its|the) (?P<a>\w+)(?: and (?P<b>\w+))? weeks?"
                    r"(?: of (?:release|screening|its run))?\b", re.I)
# A date that says when the film came out is not the date of a figure beside it.
_RELEASE_CUE = re.compile(r"(?:releas(?:e|ed|ing)|open(?:ed|ing)|premier(?:e|ed)|debut(?:ed)?|hit (?:local )?"
                          r"(?:theaters|theatres|cinemas|screens)|came out)\s+(?:in\s+[\w ]{1,20}?\s+)?"
                          r"(?:on|in|since)?\s*$|\bsince\s+(?:its\s+)?$", re.I)
_RELEASE_AFTER = re.compile(r"^\s*(?:release|opening|premiere|debut)\b", re.I)
# "according to KOFIC on Monday", "the council said Monday": when the figures were reported, not
# when they were true
_REPORTED = re.compile(r"\b(?:according to|said|says|reported|reports|announced|showed|shows|data from|"
                       r"figures from)\b", re.I)
# "from Dec. 18 through Sunday": a count over a span of days
_SPAN_JOIN = re.compile(r"^\s*(?:through|thru|to|until|till|and|-|–)\s+", re.I)
_SPAN_FROM = re.compile(r"\b(?:from|between)\s+$", re.I)
# "SEOUL, Jan. 29 (Yonhap) --": the day the story was filed, not a figure's
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][A-Za-z .]{1,20})?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                       r"(?:,\s*\d{4})?\s*(?:\([^)]{2,40}\))?\s*(?:--|—|–|-)\s*")
_STATED_RELEASE = re.compile(r"\b(?:releas|open|premier|debut|hit (?:local )?(?:theaters|theatres|cinemas))"
                             r"|개봉|公開|上映", re.I)


@dataclass(frozen=True)
class Clock:
    """What a page's figures are timed against."""

    published: date | None
    release: date | None
    dated: bool  # a news/report/blog/forum page: undated sentences are true as of publication
    # the day a report's headline dates the whole page at ("March 1-3 weekend"): its sentences
    # that say no time are true then rather than at publication
    headline_day: date | None = None


def _day(iso: str) -> date | None:
    return iso_to_date(iso) if len(iso) == 10 else None


def published_at(doc: Document, offset: int) -> date | None:
    """The day the text at `offset` was published: its forum post's date, else the page's."""
    section = doc.section_at(offset)
    if doc.kind == "forum" and section is not None:
        for part in reversed(section.path):
            for found in find_dates(part):
                if found.time and found.time.precision == "day" and (day := _day(found.time.iso)):
                    return day
    return _day(doc.published)


def anchor_day(found: FoundDate, published: date | None) -> date | None:
    """A written date as a day; a year-less one takes the publication's year (the year before when
    that would put it after publication: "Dec. 28" in a January story). None when nothing anchors it."""
    if found.time is not None:
        return _day(found.time.iso) if found.time.precision == "day" else None
    if published is None:
        return None
    try:
        day = date(published.year, found.month, found.day)
    except ValueError:
        return None
    if day > published + timedelta(days=1):
        day = date(published.year - 1, found.month, found.day)
    return day


def _release_dates(text: str, published: date | None) -> list[tuple[int, int, date | None]]:
    """Where `text` says when the film came out and the day: "released on Jan. 23", "its Jan. 23
    release", "having opened on Wednesday" (the last Wednesday up to publication)."""
    out: list[tuple[int, int, date | None]] = []
    for found in find_dates(text):
        if _RELEASE_CUE.search(text[max(0, found.start - 50):found.start]) or _RELEASE_AFTER.match(text[found.end:]):
            out.append((found.start, found.end, anchor_day(found, published)))
    for m in _WEEKDAY_RE.finditer(text):
        if _RELEASE_CUE.search(text[max(0, m.start() - 50):m.start()] + " "):
            day = _last(WEEKDAYS[m.group("day").casefold()], published) if published else None
            if day is not None and day == published and re.search(r"\bweekend\b|\bframe\b", text, re.I):
                # a weekly report out on a Wednesday: "over the frame … since its Wednesday bow" opened the
                # Wednesday before the weekend it reports, not the day the report came out
                day -= timedelta(days=7)
            out.append((m.start(), m.end(), day))
    if has_cjk(text):  # "5월 30일 개봉한", "8月26日の公開"
        out += [(found.start, found.end, found.day) for found in cjk_dates(text, published) if found.release]
    return out


def stated_releases(doc: Document, film_at: Callable[[int], str] = lambda offset: "") -> dict[str, date]:
    """The release date the page states for each film (`film_at` names the film at an offset; the
    first date given per film wins). A release after the page was published cannot be ("January 23,
    2103" in a forum post) and is left out."""
    published = _day(doc.published)
    out: dict[str, date] = {}
    for sentence in prose_sentences(doc):
        if not _STATED_RELEASE.search(sentence.text):
            continue
        for start, _, day in _release_dates(sentence.text, published):
            if day is not None and (published is None or day <= published):
                out.setdefault(film_at(sentence.start + start), day)
    return out


def stated_release(doc: Document) -> date | None:
    """The first release date the page states, to the day."""
    return next(iter(stated_releases(doc).values()), None)


def clock_for(doc: Document, offset: int = 0, release: date | None = None, *, page_release: bool = True) -> Clock:
    """What a figure at `offset` is timed against. `release` is its film's; without one, the first
    release the page states is taken only when `page_release` (the page's own film: a report's
    second film does not open when the first did)."""
    if release is None and page_release:
        release = stated_release(doc)
    published = published_at(doc, offset)
    headline = headline_day(doc.title, published)
    if published is None and headline is not None:
        # a report that gives no date of its own is read as written when the period its headline names
        # ends ("Box Office Review 2017.12.22 - 2017.12.24")
        published = headline
    return Clock(published, release, doc.kind in DATED_KINDS, headline)


@lru_cache(maxsize=256)
def headline_day(headline: str, published: date | None) -> date | None:
    """The last day of the period a report's headline names ("March 1-3, 2024 weekend",
    "Weekend box office, Dec. 27-29"), once it is over by publication."""
    if not headline:
        return None
    if m := _DOTTED_RANGE.search(headline):  # "2017.12.22 - 2017.12.24", "2024-03-01 ~ 2024-03-03"
        last = _day(f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}")
        if last is not None and (published is None or last <= published):
            return last
    if published is None:
        m = _RANGE.search(headline)
        if m is None or not m.group("y"):
            return None  # a range with no year to place it in
        published = date(int(m.group("y")), 12, 31)
    q = resolve(headline, Clock(published, None, False))
    if q.get("time_from") != "sentence" or "point_in_time" not in q:
        return None
    return _day(str(q["point_in_time"]))


def headline_period(doc: Document) -> str:
    """`weekend` when a report's headline says its figures are a weekend's."""
    return "weekend" if re.search(r"\bweekend\b", doc.title, re.I) and doc.kind in DATED_KINDS else ""


def _last(weekday: int, published: date) -> date:
    """The latest `weekday` not after `published`."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _after(start: date, days: int) -> str:
    """The day `days` after `start`, ISO; "" past the calendar: a count no film's run has ("in 29991231
    days") is no date (an OverflowError, found by bench/fuzz_bench.py)."""
    try:
        return (start + timedelta(days=days)).isoformat()
    except OverflowError:
        return ""


def _since_release(release: date, day: int) -> str:
    return _after(release, day - 1)


def _span_end(after: str, published: date) -> date | None:
    """The day a span ends at: "… through Sunday", "… to Dec. 29"."""
    join = _SPAN_JOIN.match(after)
    if join is None:
        return None
    rest = after[join.end():]
    if (m := _WEEKDAY_RE.match(rest)) is not None:
        return _last(WEEKDAYS[m.group("day").casefold()], published)
    found = find_dates(rest[:20])
    return anchor_day(found[0], published) if found and found[0].start == 0 else None


def _figure_weekday(text: str) -> re.Match[str] | None:
    """The first weekday that dates a figure, not the film's opening ("having opened on Wednesday")."""
    for m in _WEEKDAY_RE.finditer(text):
        if _RELEASE_CUE.search(text[max(0, m.start() - 50):m.start()] + " "):
            continue
        before = text[:m.start()]
        if _REPORTED.search(before[max(before.rfind(","), before.rfind(";")) + 1:]):
            continue
        return m
    return None


def _day_count(text: str) -> int | None:
    """The day of the run a sentence names: "38 days after its release", "on its 10th day"."""
    for m in _DAYS_AFTER.finditer(text):
        written = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5") or m.group("n6")
        if n := count_value(written) if written else ordinal_value(m.group("ord") or ""):
            return n
    return None


def run_time(text: str, release: date | None = None) -> dict[str, Any]:
    """When in the film's run a sentence's figures were true: a day count ("38 days after its
    release", "in its first two weeks"), the opening day or weekend, a week or weeks of the run;
    with the release date, the days those weeks cover. Encyclopedic pages read this much; dated
    pages go on in `resolve`."""
    q: dict[str, Any] = {}
    if n := _day_count(text):
        q["days_since_release"] = n
    elif _OPENING_DAY.search(text):
        q["days_since_release"] = 1
        q["period"] = "opening_day"
    elif m := _FIRST_PERIOD.search(text):
        n = count_value(m.group(1) or "one") or 1
        unit = m.group(2).casefold()
        if unit == "weekend":
            q["period"] = "opening_weekend"
        elif unit.startswith("week"):
            q["days_since_release"] = 7 * n
        elif unit.startswith("day"):
            q["days_since_release"] = n
    elif _OPENING_WEEKEND.search(text):
        q["period"] = "opening_weekend"
    if (m := _WEEKS.search(text)) and (first := ordinal_value(m.group("a"))):
        second = ordinal_value(m.group("b") or "")
        if second:
            q["weeks"] = f"{first}-{second}"
        else:
            q["week"] = first
        if release is not None and (latest := _after(release, 7 * (second or first) - 1)):
            q["earliest"] = _after(release, 7 * (first - 1))
            q["latest"] = latest
            q["time_from"] = "release"
    if has_cjk(text):  # "개봉 11일 만에", "公開から114日目", "하루 동안", "週末"
        for key, value in cjk_run_time(text).items():
            q.setdefault(key, value)
    if q.get("period") == "opening_weekend" and release is not None and "earliest" not in q:
        q["earliest"] = release.isoformat()
        q["latest"] = (release + timedelta(days=(6 - release.weekday()) % 7)).isoformat()
        q["time_from"] = "release"

    return q


def resolve(text: str, clock: Clock) -> dict[str, Any]:
    """The time qualifiers of the figures of one sentence."""
    published, release = clock.published, clock.release
    if m := _DATELINE.match(text):
        text = " " * m.end() + text[m.end():]
    q = run_time(text, release)

    # a date written out (not the release date), then words relative to publication
    if (m := _RANGE.search(text)) and "point_in_time" not in q:
        year = int(m.group("y")) if m.group("y") else published.year if published else 0
        month = MONTHS[m.group("m").casefold()]
        try:  # no year to place it in (year 0) or no such day: not a range
            from_day, to_day = date(year, month, int(m.group("a"))), date(year, month, int(m.group("b")))
        except ValueError:
            from_day = to_day = date.max
        if from_day < to_day:
            q.update(earliest=from_day.isoformat(), latest=to_day.isoformat(), time_from="sentence")
            if published is None or to_day < published:  # a count over those days, true at their end
                q["point_in_time"] = to_day.isoformat()
            return q
    releases = {(start, end) for start, end, _ in _release_dates(text, published)}
    for found in find_dates(text):
        if (found.start, found.end) in releases:
            continue
        if (day := anchor_day(found, published)) is not None:
            q["point_in_time"] = day.isoformat()
            q["time_from"] = "sentence"
            q.pop("earliest", None)
            q.pop("latest", None)
            if _SPAN_FROM.search(text[max(0, found.start - 12):found.start]) and published is not None \
                    and (end := _span_end(text[found.end:], published)) is not None and end > day:
                q["earliest"] = day.isoformat()
                q["point_in_time"] = end.isoformat()
            break
        if found.time is not None and found.time.precision == "month" and (
                published is None or found.time.iso <= published.isoformat()[:7]):
            q["point_in_time"] = found.time.iso  # "As of May 2019": true then, to the month
            q["time_from"] = "sentence"
            q.pop("earliest", None)
            q.pop("latest", None)
            break
    if "point_in_time" not in q and (m := _YEAR_SAID.search(text)) and not _RELEASE_CUE.search(text[:m.start()]):
        # "by the end of 2021", "re-released in 2012, pushing its gross to …", "In August, it passed …"
        year = int(m.group("y") or m.group("y2") or 0) or (published.year if published else 0)
        month = MONTHS.get((m.group("month") or "").casefold(), 0)
        if month and published is not None and (year, month) > (published.year, published.month):
            year -= 1
        if year and (published is None or year <= published.year) and (m.group("y2") or month or (
                published is not None and year < published.year)):
            q["point_in_time"] = f"{year}-12-31" if m.group("y2") else f"{year}-{month:02d}" if month else str(year)
            q["time_from"] = "sentence"
            q.pop("earliest", None)
            q.pop("latest", None)
    if "point_in_time" not in q and has_cjk(text):
        # "27일까지", "지난 1일부터 3일까지", "2016年11月27日": a date written the Korean, Japanese or Chinese way
        for found_cjk in cjk_dates(text, published):
            if found_cjk.release or found_cjk.day is None:
                continue
            q["point_in_time"] = found_cjk.day.isoformat()
            q["time_from"] = "sentence"
            q.pop("earliest", None)
            q.pop("latest", None)
            if found_cjk.span_from is not None:
                q["earliest"] = found_cjk.span_from.isoformat()
            break
        else:
            if (day := cjk_relative_day(text, published)) is not None:
                q["point_in_time"] = day.isoformat()
                q["time_from"] = "sentence"
    if "point_in_time" not in q and published is not None:
        # a day named relative to publication says more than a count of days from a stated release
        if (m := _figure_weekday(text)) and not _FRI_SUN.search(text):
            q["point_in_time"] = _last(WEEKDAYS[m.group("day").casefold()], published).isoformat()
            q["time_from"] = "sentence"
        elif _YESTERDAY.search(text):
            q["point_in_time"] = (published - timedelta(days=1)).isoformat()
            q["time_from"] = "sentence"
    sunday = _day(str(q.get("latest", ""))) if q.get("period") == "opening_weekend" else None
    if sunday is not None and published is not None and sunday < published and "point_in_time" not in q:
        q["point_in_time"] = q["latest"]  # a count over the opening weekend, true at its Sunday
    if ("days_since_release" in q and release is not None and "point_in_time" not in q
            and (reached := _since_release(release, q["days_since_release"]))):
        q["point_in_time"] = reached
        q["time_from"] = "release"
        q.pop("earliest", None)
        q.pop("latest", None)
    relative = any(k in q for k in ("days_since_release", "week", "weeks", "period"))
    if "point_in_time" not in q and published is not None:
        if (m := _WEEKEND.search(text) or _FRI_SUN.search(text)) and "earliest" not in q:
            # the Friday-to-Sunday of the story's week, or the one before it on a weekday
            sunday = published - timedelta(days=published.weekday() + 1)
            if published.weekday() >= 4 and not m.group(0).casefold().startswith("last"):
                sunday += timedelta(days=7)
            q["earliest"] = (sunday - timedelta(days=2)).isoformat()
            q["latest"] = min(sunday, published).isoformat()
            q["time_from"] = "sentence"
            if sunday < published:  # the weekend is over: its count is true at its Sunday
                q["point_in_time"] = sunday.isoformat()
        elif clock.dated and clock.headline_day is not None and not _TODAY.search(text) and not relative:
            # a report's sentence with no time of its own: the period its headline names
            q["point_in_time"] = clock.headline_day.isoformat()
            q["time_from"] = "headline"
        elif clock.dated and (_TODAY.search(text) or not relative):
            # nothing in the sentence says when: a story's figures are as of its publication
            q["point_in_time"] = published.isoformat()
            q["time_from"] = "published"
    if clock.dated and (not relative or published is None) and "point_in_time" not in q and "earliest" not in q:
        q["undated"] = True  # on a page with no date, "in five days" is no day either
    return q


@lru_cache(maxsize=64)
def _sentence_time(text: str, clock: Clock) -> dict[str, Any]:
    """`resolve` of a whole sentence, once for all its figures (a sentence of many figures resolved
    itself again for each: quadratic in the sentence). Callers copy it."""
    return resolve(text, clock)


def figure_time(doc: Document, sentence: Sentence, release: date | None = None, *, page_release: bool = True,
                clause: tuple[int, int] | None = None, own: tuple[int, int] | None = None) -> dict[str, Any]:
    """The time qualifiers of a figure on a dated page (see `resolve`): the time its own words say
    (`own`: from the figure to the next one, "3 million on the 5th day, 4 million on the 7th day"), else
    its clause's ("passed 2 million on Saturday, its fifth day, and had sold 2,385,300 by the end of
    Sunday"), else its sentence's. `clause` and `own` are relative to the sentence."""
    clock = clock_for(doc, sentence.start, release, page_release=page_release)
    q = dict(_sentence_time(sentence.text, clock))
    if clause is not None and clause != (0, len(sentence.text)):
        words = sentence.text[clause[0]:clause[1]]
        said = dict(_sentence_time(words, clock))  # a clause of many figures is resolved once, as a sentence is
        if said.get("time_from") in {"sentence", "release"} or any(
                k in said for k in ("days_since_release", "week", "weeks", "period")) or says(_NOW, words):
            q = said  # its clause's time, or the story's when the clause says "to date" or "now"
    if own is not None and own[1] > own[0]:
        words = sentence.text[own[0]:own[1]]
        if has_cjk(words):
            # Korean, Japanese and Chinese write a figure's time before it: the date written nearest before
            # the figure is its own, not the report's ("7일 통합전산망에 따르면 … 지난 6일 하루동안 39만명": the
            # 6th; "31일 66만명에 이어 1일에는 112만명 … 누적 237만명": the total as of the 1st)
            written = [d for d in cjk_dates(sentence.text[:own[1]], clock.published) if not d.release]
            if written:
                words = sentence.text[written[-1].start:own[1]]
        mine = resolve(words, clock)
        if mine.get("time_from") == "sentence" or "days_since_release" in run_time(words):
            # its own day; what the clause says it covers ("its third and fourth weeks") stays
            kept = {k: v for k, v in q.items() if k in ("week", "weeks", "period") and k not in mine}
            return {**{k: v for k, v in mine.items() if k != "undated"}, **kept} if kept else mine
    return q
