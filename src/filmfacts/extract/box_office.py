"""Box office sentences: admissions, gross, screens, market share, budgets, milestones, ranks,
break-even, seat booking.

Each figure is read with the time it was true at. On an encyclopedic page that is what its
sentence says: "N days after its release" (days_since_release), "in its first two weeks" (14
days), "on its third week" (week 3), a full date ("On August 7, 2016"), "in total"; and, where
the sentence carries a dated citation, the citation's date. On a news story, report, blog or
forum post `when.py` resolves "this weekend", "on Saturday" and the rest against the page's
publication and the release date it states, and a figure with no time is as of publication.
Each figure is about the film its clause names (`mentions.film_for`), and says what it counts
(`period`: a day, a weekend, a week, or the run so far).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..model import Claim, Document, Quantity, claim, freeze_qualifiers
from . import extractor
from .amounts import find_amounts
from .caches import per_document
from .citations import citation_for
from .cjk_time import has_cjk
from .figures import forecast, kind_of, word_counts
from .markets import WORLDWIDE, market_near, markets_said, page_market
from .mentions import film_for, mentions_in
from .places import (
    PLACES_IT,
    InTurn,
    Place,
    listed_titles,
    measure,
    places,
    places_in_turn,
    ranked_among,
)
from .text import (
    MONTHS,
    YEAR_RE,
    Amount,
    Sentence,
    count_value,
    find_dates,
    iso_to_date,
    match_spans,
    ordinal_value,
    prose_sentences,
)
from .text_charts import text_tables
from .vocab import country_of_adjective
from .when import DATED_KINDS, clock_for, figure_time, headline_period, resolve, run_time, stated_releases

VERSION = "2.1"
NAME = "box_office"

_AS_OF = re.compile(rf"\bAs of (?:(?:early|late|mid-?)\s*)?(?:(?P<m>{'|'.join(sorted(MONTHS, key=len, reverse=True))})"
                    r"\.?\s+)?(?P<y>\d{4})\b", re.I)
_TOTAL = re.compile(r"\b(?:in total|total of|overall|lifetime|final(?:ly)? (?:gross|tally)|(?:ended|closed|finished|"
                    r"completed) its (?:theatrical )?run)\b", re.I)
# a final tally on a dated page ("a total of" there is the run so far)
_FINAL = re.compile(r"\b(?:lifetime|final(?:ly)?|(?:ended|closed|finished|completed|wrapped up) its "
                    r"(?:theatrical )?run)\b", re.I)
# a place written as a word or a number: "fifth", "11th"
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_ABOUT_TICKETS = re.compile(r"\b(?:admissions|tickets?|viewers|moviegoers|audiences?)\b", re.I)
# a forum post quoting another: the quoted figure is the other post's
_QUOTE = re.compile(r"^\s*(?:quote:|originally posted by)", re.I)
_MARKETING = re.compile(r"\b(?:marketing|promotion(?:al)?|advertising|P&A|prints and advertising)\b", re.I)
_PRODUCTION = re.compile(r"\b(?:production|produced|to (?:make|produce|shoot)|net budget|filming|before marketing|"
                         r"excluding marketing|not including marketing)\b|제작비|製作費|制作", re.I)
# What a count covers, read near the figure: the run so far, or a day, weekend or week.
_CUMULATIVE = re.compile(r"\b(?:total|tally|cumulative|accumulated|amassed|so far|to date|as of|"
                         r"since (?:its )?(?:release|opening|debut)|in all|overall|all told|bringing|brought|pushing|"
                         r"raising|by (?:the end of )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                         r"then|now)|has (?:now )?"
                         r"(?:drawn|sold|attracted|surpassed|passed|topped)|ha(?:s|d) drawn)\b", re.I)
_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|daily|a single day|"
                  r"(?:in|on|for) (?:a|one|the) day|a day|per day)\b", re.I)
_WEEKEND_COUNT = re.compile(r"\bweekend\b|\bfriday (?:to|through|thru|-) sunday\b"
                            r"|\b(?:over|during|for|in) the (?:\w+ )?frame\b", re.I)
_WEEK_COUNT = re.compile(r"\b(?:this|last|past|the) week\b|\bweekly\b|\bfor the week\b"
                         r"|\b(?:its|the) \w+(?: and \w+)? weeks?\b", re.I)
_ORDER = re.compile(r"\bthe\s+(?P<ord>\w+)\s+(?:[\w'-]+\s+){0,3}?(?:film|movie)s?\s+(?P<within>(?:[\w'-]+\s+){0,4}?)"
                    r"to\s+(?:break|reach|surpass|cross|exceed|pass|top|hit|do so|achieve|record|draw|attract|"
                    r"sell|join|welcome|clear)\b", re.I)


# Clauses that may carry their own time: "passed 2 million on Saturday, and had sold 2,385,300 by Sunday".
_TIME_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|whereas|but)\b|(?<!\s)\s++but\b")
# a place on the chart in the figure's clause: "came fifth with 59,946", "opened in fourth place"
_PLACE = re.compile(rf"\b{_ORDINAL}(?:\s+place)?\b|\b(?:No\.|number)\s?\d+\b|\btop spot\b", re.I)


def _clause(text: str, start: int) -> tuple[int, int]:
    """The clause of `text` holding offset `start`."""
    starts, ends = match_spans(_TIME_CLAUSE_BREAK, text)
    # the last break ending at or before `start`, and the first after it starting at or after `start`
    before = bisect_right(ends, start) - 1
    a = ends[before] if before >= 0 else 0
    after = bisect_left(starts, start, lo=max(before + 1, 0))
    b = starts[after] if after < len(starts) else len(text)
    return a, b


_MONEY = re.compile(r"[₩$€£¥]\s?\d|\d\s*(?:won|dollars)\b", re.I)


def _rank_measure(text: str, rank_words: str, props: set[str]) -> str:
    """By gross or by admissions. "Highest-grossing" in a sentence whose only figure is admissions
    ("11.09 million viewers …, the seventh highest-grossing Korean film") ranks by admissions, as
    Korean box-office reporting does; otherwise what the words say."""
    said = measure(rank_words) or measure(text)
    if said == "gross" and not _MONEY.search(text) and props & {"admissions", "admissions_milestone"}:
        return "admissions"
    return said




@lru_cache(maxsize=64)
def _chart_clause(clause: str) -> tuple[bool, str, str]:
    """What a chart place's clause says, read once for all the places in it (a clause of many places
    read whole again for each was quadratic in the clause): whether it counts a weekend, the measure
    its figures give ("gross" for money, "admissions" for tickets or "with 2,000"), else "", and the
    measure its words give."""
    tickets = bool(_ABOUT_TICKETS.search(clause))
    money = bool(re.search(r"[₩$]\s?\d|\b(?:won|dollars)\b", clause))
    said = "gross" if money and not tickets else "admissions" if tickets or re.search(r"\bwith\s+\d", clause) else ""
    return bool(_WEEKEND_COUNT.search(clause)), said, measure(clause)


class _PlaceIndex:
    """A sentence's ranks, indexed once for all of them (each rank looked at every other: the square of
    a sentence of thousands of places): where the places before and after one end and start, and the
    markets the sentence names that lie in no place or in one place only."""

    _last: tuple[list[Place], str, _PlaceIndex] | None = None

    def __init__(self, found: list[Place], text: str) -> None:
        self.ends = sorted(p.end for p in found)
        self.starts = sorted(p.start for p in found)
        by_start = sorted(found, key=lambda p: p.start)
        self.free: set[str] = set()
        self.held: dict[int, set[str]] = {}
        for said in markets_said(text):
            x = said.start
            holding = bisect_right(self.starts, x) - bisect_right(self.ends, x)  # places with start <= x < end
            if holding == 0:
                self.free.add(said.market)
            elif holding == 1:
                i = bisect_right(self.starts, x) - 1
                holder = by_start[i] if by_start[i].end > x else next(p for p in by_start if p.start <= x < p.end)
                self.held.setdefault(id(holder), set()).add(said.market)

    @classmethod
    def of(cls, found: list[Place], text: str) -> _PlaceIndex:
        if cls._last is None or cls._last[0] is not found or cls._last[1] is not text:
            cls._last = (found, text, cls(found, text))
        return cls._last[2]

    def end_before(self, at: int) -> int:
        i = bisect_right(self.ends, at)
        return self.ends[i - 1] if i else -1

    def start_after(self, at: int) -> int:
        i = bisect_left(self.starts, at)
        return self.starts[i] if i < len(self.starts) else 1 << 62

    def markets_outside_others(self, place: Place) -> set[str]:
        """The markets in no place but `place`."""
        return self.free | self.held.get(id(place), set())


def time_qualifiers(doc: Document, sentence: Sentence) -> dict[str, Any]:
    """When a box-office sentence's figures were true."""
    text = sentence.text
    q = run_time(text)
    full = [d for d in find_dates(text) if d.time and d.time.precision == "day"]
    if full and full[0].time:
        q["point_in_time"] = full[0].time.iso
    if "point_in_time" not in q and (m := _AS_OF.search(text)):
        month = MONTHS[m.group("m").casefold()] if m.group("m") else 0
        q["point_in_time"] = f"{m.group('y')}-{month:02d}" if month else m.group("y")  # "As of May 2019": to the month
    if _TOTAL.search(text):
        q["period"] = "total"
    if "point_in_time" not in q:
        cited = citation_for(doc, sentence.end)
        if cited is not None and cited.date:
            q["point_in_time"] = cited.date
    return q


_LAST_TIME: list[tuple[Document, Sentence, dict[str, Any]]] = []
per_document(_LAST_TIME.clear)


def _undated_time(doc: Document, sentence: Sentence) -> dict[str, Any]:
    """`time_qualifiers` of a sentence, once for all its figures (each figure read the whole sentence
    again: a 54 KB rendered page of 771 figures took 47 CPU s). Callers copy it."""
    if _LAST_TIME and _LAST_TIME[0][0] is doc and _LAST_TIME[0][1] == sentence:
        return _LAST_TIME[0][2]
    _LAST_TIME[:] = [(doc, sentence, time_qualifiers(doc, sentence))]
    return _LAST_TIME[0][2]


def _list_year(year: int | str | None, published: str) -> int | None:
    """The year a list is of: as written, or the page's ("of the year") or the one before ("last year")."""
    if isinstance(year, int) or year is None:
        return year
    if not YEAR_RE.match(published[:4]):
        return None
    return int(published[:4]) - (1 if year == "last" else 0)


def _orders(text: str) -> list[dict[str, Any]]:
    """The film's place among films that reached a mark and which films are counted: "only the
    eighth domestic movie to do so" (8, korean_films), "the ninth film of any nationality" (9,
    all_films), "the first Korean film of 2016 to pass" (1, korean_films, year 2016)."""
    out = []
    for m in _ORDER.finditer(text):
        if n := ordinal_value(m.group("ord")):
            q: dict[str, Any] = {"order": n, "ranked_among": ranked_among(m.group(0))}
            if year := YEAR_RE.search(m.group("within")):
                q["year"] = int(year.group(0))
            out.append(q)
    return out


@lru_cache(maxsize=64)
def _sentence_periods(text: str) -> tuple[bool, bool, bool]:
    """Whether a sentence counts a weekend, a day, a week: once a sentence, not once a figure."""
    return bool(_WEEKEND_COUNT.search(text)), bool(_DAY.search(text)), bool(_WEEK_COUNT.search(text))


def _period(text: str, amount: Amount, previous_end: int, when: dict[str, Any], page_period: str) -> str:
    """What one count covers: the run so far ("bringing its total to"), else the day, weekend or
    week its sentence names ("sold 120,000 tickets on Saturday"), else, for a place on a weekend
    report's chart ("came fifth with 59,946"), the report's weekend."""
    # its own words only: up to another figure's bracket, "and" or a colon; a bracketed conversion
    # ("(~US$58 million)") is still this figure's
    after = re.sub(r"^\s*\([^()]*\)", "", text[amount.end:amount.end + 70])[:40]
    after = after[:m.start()] if (m := re.search(r"\(|\band\b|[;:]", after)) else after
    near = text[max(previous_end, amount.start - 60):amount.start] + " " + after
    if _FINAL.search(near):
        return "total"
    if _CUMULATIVE.search(near):
        return ""
    if when.get("period") in {"opening_day", "opening_weekend"}:
        return str(when["period"])
    weekend, day, week = _sentence_periods(text)
    if weekend:
        return "weekend"
    if "weeks" in when or "week" in when or ("earliest" in when and "point_in_time" in when):
        return "week"  # a span of days that is no weekend (that returned above)
    if day:
        return "day"
    if week:
        return "week"
    clause = text[slice(*_clause(text, amount.start))]
    return page_period if page_period and _PLACE.search(clause) else ""


# the chart a place is on, said as a possessive before it: "last weekend's number one", "Sunday's No. 2"
_CHART_OF = re.compile(r"\b(?P<when>(?:last|this|the previous|previous|past)\s+(?:weekend|week)|yesterday|"
                       r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))['’]s\s+(?:number|No\.|#|top|"
                       r"first|second|third|fourth|fifth|\d)", re.I)


# a list of every film anywhere: of all time, no nation's films, by takings
_ALL_TIME = re.compile(r"\ball[- ]time\b|\bever\b|\bin history\b", re.I)
_HERE = re.compile(r"\b(?:in the country|in this country|nationwide|here|locally|at home)\b", re.I)


def _WORLDWIDE_LIST(place: Place) -> bool:
    """A place on a list of all films of all time that names no market and no nation's films ("the 16th
    highest-grossing film of all time", "the highest-grossing animated film ever", "the highest-grossing
    non-English language film ever") is a worldwide one; not a list of tickets sold, which are counted
    in one country ("the fourth most watched film of all time")."""
    national = place.ranked_among.split("_")[0]
    return (place.kind == "list" and not place.year and place.measure != "admissions"
            and (bool(_ALL_TIME.search(place.words)) or place.ranked_among.startswith("non_english"))
            and not _HERE.search(place.words)
            and not (country_of_adjective(national.capitalize()) or national in {"foreign", "local", "domestic"}))


def _chart_period_of(text: str) -> str:
    if _WEEKEND_COUNT.search(text):
        return "weekend"
    if re.search(r"\bdaily\b|\byesterday\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                 r"하루|일일", text, re.I):
        return "day"
    return ""


def _in_turn(doc: Document, sentence: Sentence) -> list[tuple[InTurn, list[str]]]:
    """Each list of places a sentence gives in turn, with the films it gives them to: the list of titles
    written just before it ("Thor: The Dark World, Gravity, and Turbo that respectively took the top
    three spots"), else the films the page names there (quoted titles: "'곡성', '미비포 유'가 각각 3, 4위"),
    as many as there are places."""
    out = []
    text = sentence.text
    named = [m for m in mentions_in(doc, sentence.start, sentence.end) if m.how != "anaphor"]
    for turn in places_in_turn(text):
        if turn.films_after:
            titles = _distinct([m.title for m in named if m.start >= sentence.start + turn.end])
            titles = titles[:len(turn.positions)]
        else:
            titles = listed_titles(text[:turn.start])
            wanted = len(turn.positions) or len(titles)
            if len(titles) != wanted:
                titles = _distinct([m.title for m in named if m.end <= sentence.start + turn.start])
                titles = titles[-len(turn.positions):] if turn.positions else []
        if len(titles) >= 2 and (not turn.positions or len(titles) == len(turn.positions)):
            out.append((turn, titles))
    return out


def _untitled(doc: Document, sentence: Sentence) -> Sentence:
    """The sentence with the titles it names that hold digits blanked out, to read its time from: a
    title's number is no date ("1987: When the Day Comes", "12.12: The Day", "Blade Runner 2049")."""
    text = sentence.text
    for m in mentions_in(doc, sentence.start, sentence.end + 1):
        if m.how != "anaphor" and sentence.start <= m.start and m.end <= sentence.end and re.search(
                r"\d", doc.text[m.start:m.end]):
            a, b = m.start - sentence.start, m.end - sentence.start
            text = text[:a] + " " * (b - a) + text[b:]
    return sentence if text == sentence.text else replace(sentence, text=text)


def _distinct(titles: list[str]) -> list[str]:
    return list(dict.fromkeys(titles))


_TIME_KEYS = ("point_in_time", "earliest", "latest", "days_since_release", "week", "weeks", "time_from", "undated")


@extractor(NAME, VERSION, requires=("sections",))
def extract_box_office(doc: Document, subject: str) -> Iterator[Claim]:
    found = list(_claims(doc, subject))
    yield from _as_of_story_day(doc, found) if doc.kind in DATED_KINDS and doc.kind != "forum" else found


def _as_of_story_day(doc: Document, found: list[Claim]) -> list[Claim]:
    """A story published on Monday with Sunday's figures ("had sold 2,385,300 by the end of Sunday"):
    its figures that say no time are as of that last day too, not of publication (box-office data
    comes out the day after). Only when the story's latest dated figure is a day or two before it (up to
    four for a weekly report, which comes out a few days into the week)."""
    published = iso_to_date(doc.published) if len(doc.published) == 10 else None
    days = [d for c in found if c.q("time_from") in {"sentence", "release", "headline"}
            and (d := iso_to_date(str(c.q("point_in_time", "")))) is not None]
    if published is None or not days:
        return found
    last = max((d for d in days if d <= published), default=None)
    # a news story comes out the day after its figures; a weekly report a few days into the week
    window = 4 if doc.kind == "box_office_report" else 2
    if last is None or not 0 < (published - last).days <= window:
        return found
    out = []
    for c in found:
        if c.q("time_from") == "published":
            q = {**dict(c.qualifiers), "point_in_time": last.isoformat(), "time_from": "story"}
            c = replace(c, qualifiers=freeze_qualifiers(q))
        out.append(c)
    return out


# what a forecast cannot be
_NOT_FORECASTS = frozenset({"budget", "break_even_admissions"})
# figures counted in a market
_MARKETED = frozenset({"gross", "admissions", "screens", "market_share", "admissions_milestone", "seat_booking_rate"})


# a bare count in brackets after a name: "The Host (13.02 million)", "Thor (585)"
_BRACKETED = re.compile(r"[\w.'’\"”)]\s*\(\s*(?:about\s+|~)?$")


def _kinds(text: str, amounts: list[Amount], before: str = "") -> list[str]:
    """What each figure of a sentence states; a bare count in brackets after a name ("behind Thor (585)
    and Planes (632)", "\"The Host\" (13.02 million)") counts what the sentence's other counts count, or
    `before`, what the paragraph's last count counted."""
    # each figure's words start after the figure before it ("the $62.5 million-budgeted flick crosses $1 billion")
    kinds = [kind_of(text, a, _clause(text, a.start), amounts[i - 1].end if i else 0) for i, a in enumerate(amounts)]
    counted = [(a.start, k) for a, k in zip(amounts, kinds, strict=True) if k in ("admissions", "screens")]
    for i, (a, k) in enumerate(zip(amounts, kinds, strict=True)):
        if k or a.quantity.unit or a.percent or a.quantity.amount < 10 or YEAR_RE.fullmatch(text[a.start:a.end]):
            continue
        if _BRACKETED.search(text[max(0, a.start - 12):a.start]) and re.match(r"\s*\)", text[a.end:]):
            kinds[i] = min(counted, key=lambda c: abs(c[0] - a.start))[1] if counted else before
    return kinds


def _figure_markets(text: str, amounts: list[Amount], default: str) -> list[str]:
    """The market of each figure of a sentence: the one said nearest it between its neighbours, else
    the sentence's previous figure's ("Overseas it added $72 million, bringing its total to $226
    million"), else `default` (the page's)."""
    out: list[str] = []
    previous = ""
    for i, amount in enumerate(amounts):
        lo = amounts[i - 1].end if i else 0
        hi = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
        if i + 1 < len(amounts) and amounts[i + 1].start == amount.start:  # a range: its two ends are one
            hi = amounts[i + 2].start if i + 2 < len(amounts) else len(text)
        previous = market_near(text, amount.start, amount.end, lo, hi) or previous
        out.append(previous or default)
    return out


def _claims(doc: Document, subject: str) -> Iterator[Claim]:
    dated = doc.kind in DATED_KINDS
    default_market = page_market(doc) if dated else ""
    # each film's release as the page states it, to count "its fifth day" from
    releases = stated_releases(doc, lambda offset: film_for(doc, offset, subject)) if dated else {}
    # the page's own film without a release of its own takes the first one the page states
    page_release = next(iter(releases.values()), None)
    page_period = headline_period(doc)
    last_rank: dict[str, Any] = {}  # the list the paragraph's last rank named: (line start, scope, year)
    last_milestone: dict[str, Any] = {}  # the paragraph's last milestone, for "… the ninth film to do so"
    last_count: dict[int, str] = {}  # what the paragraph's last count counted, for "\"The Host\" (13.02 million)"
    charts = [(t.start, t.end) for t in text_tables(doc)] if dated else []
    for sentence in prose_sentences(doc):
        text, base = sentence.text, sentence.start
        if any(a <= base < b for a, b in charts):
            continue  # a chart printed as text: `charts` reads its cells
        amounts = sorted([*find_amounts(text), *word_counts(text)], key=lambda a: a.start)
        found_places = places(text)
        line = doc.text.rfind("\n", 0, base) + 1
        if not any(p.kind == "list" for p in found_places) and last_rank.get("line") == line and (
                m := PLACES_IT.search(text)):
            # "Counted by gross, its ₩22.8 billion places it 11th": the list the paragraph's last rank named
            position = count_value(m.group("n")) if m.group("n") else ordinal_value(m.group("ord"))
            if position:
                found_places.append(Place(m.start(), m.end(), position, "same_list"))
        if not amounts and last_milestone.get("line") == line and re.search(r"\bto do so\b", text):
            # "Counting Avatar, it is the ninth film of any nationality to do so": the same mark, another count
            for counted in _orders(text):
                q = {**last_milestone["q"], **counted}
                yield claim(last_milestone["film"], "admissions_milestone", last_milestone["value"],
                            doc.span(sentence.start, sentence.end), NAME, VERSION, q)
        if (not amounts and not found_places) or (doc.kind == "forum" and _QUOTE.match(text)):
            continue

        timed = _untitled(doc, sentence)  # read for its time without its titles' numbers

        def time_at(start: int, film: str, end: int | None = None, sentence: Sentence = timed,
                    own_from: int | None = None) -> dict[str, Any]:
            """The time of a figure at `start`: its own words up to `end` (the next figure) when they say one
            ("3 million on the 5th day, 4 million on the 7th day"), or from `own_from` (the figure before) when
            the language says time before the figure ("4일째 100만 돌파, 5일째 200만 돌파"), else its clause's or
            its sentence's."""
            own = ((own_from if own_from is not None else start), end) if end is not None else None
            if not dated:
                q = dict(_undated_time(doc, sentence))
                if own is not None and (n := run_time(sentence.text[own[0]:own[1]]).get("days_since_release")):
                    q["days_since_release"] = n
                return q
            release = releases.get(film) or (page_release if film == subject else None)
            return figure_time(doc, sentence, release, page_release=False, clause=_clause(sentence.text, start),
                               own=own)

        span = doc.span(sentence.start, sentence.end)
        previous_end = 0
        milestones: set[float] = set()
        props: set[str] = set()
        markets = _figure_markets(text, amounts, default_market)

        def rank_market(place: Place, text: str = text, markets: list[str] = markets,
                        found: list[Place] = found_places) -> str:
            """A rank's market: said in its clause between its neighbouring places ("the highest-grossing
            film of 2025, the highest-grossing film in China"), else its sentence's figures' or the one
            market its sentence names ("In Japan, it became the biggest hit … in the country"), else the
            page's."""
            index = _PlaceIndex.of(found, text)
            lo, hi = _clause(text, place.start)
            lo, hi = max(lo, index.end_before(place.start)), min(hi, index.start_after(place.end))
            if said := market_near(text, place.start, place.end, lo, hi):
                return said
            # the sentence's market, unless another place's own words name it ("the highest-grossing film of
            # 2025, the highest-grossing film in China": China is the second place's)
            said_here = index.markets_outside_others(place)
            if not said_here and _WORLDWIDE_LIST(place):
                return WORLDWIDE  # "the 16th highest-grossing film of all time", in a sentence naming no market
            figures = set(markets) - {""} or said_here
            return figures.pop() if len(figures) == 1 else default_market
        kinds = _kinds(text, amounts, last_count.get(line, ""))
        if counts := [k for k in kinds if k in ("admissions", "screens")]:
            last_count = {line: counts[-1]}
        stated = [(a.start, a.end) for a, k in zip(amounts, kinds, strict=True) if k]  # in order of start
        stated_starts = [a for a, _ in stated]
        for amount, market, prop in zip(amounts, markets, kinds, strict=True):
            bounds = _clause(text, amount.start)
            if not prop or (prop not in _NOT_FORECASTS and forecast(text, amount, bounds)):
                continue
            props.add(prop)
            film = film_for(doc, base + amount.start, subject)
            if has_cjk(text[max(0, amount.start - 12):amount.end + 6]):
                # Korean, Japanese and Chinese say a figure's time before it: its words since the figure before
                preceding = [end for _, end in stated if end <= amount.start]
                own = time_at(amount.start, film, amount.end, own_from=preceding[-1] if preceding else 0)
            else:
                following = bisect_right(stated_starts, amount.start)  # the next stated figure
                own = time_at(amount.start, film, stated_starts[following] if following < len(stated) else len(text))
            q = dict(own)
            value: Quantity = amount.quantity
            if dated and prop in {"admissions", "gross", "screens", "market_share"}:
                q["period"] = _period(text, amount, previous_end, own, page_period)
                if prop == "market_share" and not q["period"]:
                    q["period"] = page_period  # a weekend report's shares are the weekend's
                if not q["period"] and "point_in_time" in q:
                    # the run so far: true at a day, not over the span the clause counts
                    q.pop("earliest", None)
                    q.pop("latest", None)
            if prop == "admissions_milestone":
                if value.amount in milestones:
                    continue  # "surpassed 10 million …, the eighth film to record 10 million": one milestone
                milestones.add(value.amount)
                q.pop("period", None)
                value = Quantity(value.amount, "", False, "")
                orders = _orders(text)
                last_milestone = {"line": line, "film": film, "value": value, "q": dict(q)}
                for counted in orders[1:]:  # "the first Korean film of 2016 …, and the 14th in history"
                    yield claim(film, prop, value, span, NAME, VERSION, {**q, **counted})
                if orders:
                    q.update(orders[0])
            elif prop == "break_even_admissions":
                q = {}
            elif prop == "budget":
                # "production and marketing costs" is the whole spend: no scope
                near = text[max(previous_end, amount.start - 60):amount.end + 30]
                # a budget is the production's unless its words say marketing ("before marketing" is
                # the production's too); "production and marketing costs" is the whole spend: no scope
                production = bool(_PRODUCTION.search(near))
                marketing = bool(_MARKETING.search(_PRODUCTION.sub(" ", near)))
                q = {"scope": "" if marketing and production else "marketing" if marketing else "production"}
            elif prop == "seat_booking_rate":
                q = {k: v for k, v in q.items() if k in {"week", "point_in_time", "days_since_release", *_TIME_KEYS}}
            if prop in {"gross", "budget"} and value.unit == "unknown":
                q["unit_as_written"] = amount.written
            if market and prop in _MARKETED:
                q["scope"] = market
            previous_end = amount.end
            yield claim(film, prop, value, span, NAME, VERSION, q)
        for turn, titles in _in_turn(doc, sentence):
            # places given in turn to the films a sentence lists: the list the paragraph's last rank named
            # ("… the 16th position in the all-time list. Avatar and Jurassic World hold 15 and 14,
            # respectively"), else the chart the sentence is about
            found_places = [p for p in found_places if p.end <= turn.start or p.start >= turn.end]
            positions = turn.positions or tuple(range(turn.last - len(titles) + 1, turn.last + 1))
            for title, position in zip(titles, positions, strict=True):
                q = {k: v for k, v in time_at(turn.start, title).items() if k in _TIME_KEYS}
                if last_rank.get("line") == line:
                    q.update(list=last_rank["list"], ranked_among=last_rank["ranked_among"],
                             measure=_rank_measure(text, "", props))
                    for key in ("scope", "year"):
                        if last_rank.get(key):
                            q[key] = last_rank[key]
                else:
                    q.update(period=_chart_period_of(text) or page_period, ranked_among="all_films",
                             measure=measure(text[slice(*_clause(text, turn.start))]))
                    if where := market_near(text, turn.start, turn.end, 0, len(text)) or (
                            markets[0] if markets else default_market):
                        q["scope"] = where
                yield claim(title, "box_office_rank", Quantity(position), span, NAME, VERSION, q)
        for place in found_places:
            bounds = _clause(text, place.start)
            if forecast(text, Amount(place.start, place.end, Quantity(place.position)), bounds):
                continue  # "is expected to become the highest-grossing film of the year"
            film = film_for(doc, base + place.start, subject)
            if place.film_after:
                # "At No. 3 was Transformers": the film named after its place, else none the page marks
                named = [m for m in mentions_in(doc, base + place.end, sentence.end) if m.how != "anaphor"]
                if not named:
                    continue
                film = named[0].title
            if place.kind == "same_list":
                q = {k: v for k, v in time_at(place.start, film).items() if k in _TIME_KEYS}
                q.update(list=last_rank["list"], ranked_among=last_rank["ranked_among"],
                         measure=_rank_measure(text[:place.end], "", props))
                for key in ("scope", "year"):
                    if last_rank.get(key):
                        q[key] = last_rank[key]
                yield claim(film, "box_office_rank", Quantity(place.position), span, NAME, VERSION, q)
                continue
            clause = text[slice(*bounds)]
            if place.kind == "list":
                keep = {"point_in_time", "days_since_release", "period", *(_TIME_KEYS if dated else ())}
                q = {k: v for k, v in time_at(place.start, film).items() if k in keep}
                q["list"] = place.words
                if place.period:
                    q["period"] = place.period
                q["ranked_among"] = place.ranked_among
                q["measure"] = _rank_measure(text, place.words if place.measure else "", props) or place.measure
                if year := _list_year(place.year, doc.published):
                    q["year"] = year
                last_rank = {"line": line, "list": place.words, "ranked_among": place.ranked_among,
                             "year": q.get("year")}
            else:
                # a box-office chart ranks every film on release, by the count its clause gives
                q = {k: v for k, v in time_at(place.start, film).items() if k in _TIME_KEYS}
                if chart_of := _CHART_OF.search(text[max(0, place.start - 40):place.end]):
                    # "last weekend's number one": the place is on that weekend's chart, whatever the sentence's time
                    release = releases.get(film) or (page_release if film == subject else None)
                    clock = clock_for(doc, base, release, page_release=False)
                    q = {k: v for k, v in resolve(chart_of.group("when"), clock).items() if k in _TIME_KEYS}
                weekend, clause_measure, words_measure = _chart_clause(clause)
                q["period"] = place.period or ("weekend" if weekend else page_period)
                q["ranked_among"] = place.ranked_among
                q["measure"] = clause_measure or place.measure or words_measure
            if where := rank_market(place):
                q["scope"] = where
            if place.kind == "list":
                last_rank["scope"] = q.get("scope")
            yield claim(film, "box_office_rank", Quantity(place.position), span, NAME, VERSION, q)
