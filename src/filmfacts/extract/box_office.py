"""Box office sentences: admissions, gross, milestones, rank, break-even, seat booking.

Each figure is read with the time it was true at, taken from its sentence:
"N days after its release" (days_since_release), "in its first two weeks" (14 days),
"on its third week" (week 3), a full date ("On August 7, 2016"), "in total"; and, where
the sentence carries a dated citation, the citation's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..model import Claim, Document, Quantity, claim
from . import extractor
from .citations import citation_for
from .text import (
    YEAR_RE,
    Amount,
    Sentence,
    count_value,
    find_amounts,
    find_dates,
    ordinal_value,
    prose_sentences,
)
from .vocab import country_in

VERSION = "1.0"
NAME = "box_office"

_DAYS_AFTER = re.compile(r"\b(\d+|[a-z]+) days? (?:after|since|from|of) (?:its|the film's|the movie's) "
                         r"(?:release|opening|premiere)", re.I)
_FIRST_PERIOD = re.compile(r"\b(?:in|within|during|over|after) (?:its|the) (?:first|opening) (?:(\w+) )?"
                           r"(day|days|week|weeks|weekend|month|months)\b", re.I)
_OPENING_DAY = re.compile(r"\b(?:on|during) (?:its|the) (?:opening|first) day\b", re.I)
_WEEK = re.compile(r"\b(?:on|in|during|for) (?:its|the) (\w+) week\b", re.I)
_AS_OF = re.compile(r"\bAs of (?:(?:early|late|mid-?)\s*)?(?P<y>\d{4})\b", re.I)
_TOTAL = re.compile(r"\b(?:in total|total of|overall|lifetime|final(?:ly)? (?:gross|tally)|(?:ended|closed|finished|"
                    r"completed) its (?:theatrical )?run)\b", re.I)
_MARKET = re.compile(r"\b(?P<m>worldwide|globally|domestically|domestic|overseas|internationally|international)\b",
                     re.I)
_MARKETS = {"globally": "worldwide", "domestically": "domestic", "internationally": "international"}
_ADMISSION_NOUN = re.compile(r"^\s*(?:admissions|viewers|tickets?|moviegoers|spectators|audiences?|"
                             r"attendance|people|cinemagoers|filmgoers)\b", re.I)
_PASS = re.compile(r"\b(?:pass|passed|passing|surpass(?:ed|ing)?|cross(?:ed|ing)?|exceed(?:ed|ing)?|top(?:ped)?|"
                   r"break|broke|breaking|broken)\s+(?:the\s+)?$", re.I)
_REACH = re.compile(r"\b(?:reach(?:ed|ing)?|hit(?:ting)?|achiev(?:e|ed|ing))\s+(?:the\s+)?$", re.I)
_MARK_AFTER = re.compile(r"^\s*(?:admissions?\s+|viewers?\s+)?(?:mark|milestone|threshold)\b", re.I)
_ADMISSIONS_BEFORE = re.compile(
    r"\b(?:ticket sales|admissions|attendance|audience|viewership|viewers)\s+(?:reached|hit|totaled|totalled|"
    r"stood at|rose to|climbed to|of|numbered|passed|surpassed|exceeded|topped|crossed)\s+(?:over\s+|more than\s+|"
    r"about\s+|around\s+|nearly\s+)?$", re.I)
_BREAK_EVEN = re.compile(r"break[- ]?even(?: point)?(?: of| at| was| is)?\s+(?:about\s+|around\s+)?$", re.I)
_BUDGET = re.compile(r"\b(?:budget|costs?|cost of|production cost|spent|fund(?:s|ed|ing)?|invest(?:ed|ment)?|"
                     r"financ(?:e|ed|ing))\b", re.I)
_SEAT = re.compile(r"\b(?:seat (?:booking|occupancy|share)|booking rate|occupancy)\b[^%]{0,20}$", re.I)
_RANK = re.compile(r"\bthe\s+(?:(?P<ord>\w+)[- ])?(?P<how>highest|most)[- ](?P<what>grossing|attended|watched|"
                   r"viewed|successful)\s+(?P<scope>(?:[\w'-]+\s+){0,4}?(?:films?|movies?)(?:\s+(?:of all time|"
                   r"(?:in|of)\s+(?:[\w'-]+\s+){0,5}?history|ever|of \d{4}|released in [\w\s]+?))?)(?=[,.;]|$|\s)",
                   re.I)
_ANY_FILM = re.compile(r"\bthe (?:(?P<ord>\w+)[- ])?(?:highest|largest|biggest) (?:total|gross|grossing|attendance|"
                       r"opening) of any (?P<scope>(?:film|movie)[\w\s]*?)(?=[,.;]|$)", re.I)
_ORDER = re.compile(r"\bthe\s+(?P<ord>\w+)\s+(?:[\w'-]+\s+){0,3}?(?:film|movie)s?\s+(?P<within>(?:[\w'-]+\s+){0,4}?)"
                    r"to\s+(?:break|reach|surpass|cross|exceed|pass|top|hit|do so|achieve)\b", re.I)


def time_qualifiers(doc: Document, sentence: Sentence) -> dict[str, Any]:
    """When a box-office sentence's figures were true."""
    text = sentence.text
    q: dict[str, Any] = {}
    if m := _DAYS_AFTER.search(text):
        days = count_value(m.group(1))
        if days:
            q["days_since_release"] = days
    elif _OPENING_DAY.search(text):
        q["days_since_release"] = 1
    elif m := _FIRST_PERIOD.search(text):
        n = count_value(m.group(1) or "one") or 1
        unit = m.group(2).casefold()
        if unit.startswith("week"):
            q["days_since_release"] = 7 * n
        elif unit.startswith("day"):
            q["days_since_release"] = n
        elif unit == "weekend":
            q["period"] = "opening weekend"
    if (m := _WEEK.search(text)) and (week := ordinal_value(m.group(1))):
        q["week"] = week
    full = [d for d in find_dates(text) if d.time and d.time.precision == "day"]
    if full and full[0].time:
        q["point_in_time"] = full[0].time.iso
    if "point_in_time" not in q and (m := _AS_OF.search(text)):
        q["point_in_time"] = m.group("y")
    if _TOTAL.search(text):
        q["period"] = "total"
    if "point_in_time" not in q:
        cited = citation_for(doc, sentence.end)
        if cited is not None and cited.date:
            q["point_in_time"] = cited.date
    return q


def _round(amount: float) -> bool:
    """A milestone figure: two significant digits at most (5 million, 12 million, not 9.35 million)."""
    return float(amount).is_integer() and len(f"{amount:.0f}".rstrip("0")) <= 2


def _classify(text: str, amount: Amount) -> str:
    before = text[max(0, amount.start - 60):amount.start]
    after = text[amount.end:amount.end + 30]
    value = amount.quantity
    if amount.percent:
        return "seat_booking_rate" if _SEAT.search(before) else ""
    if value.unit:
        return "budget" if _BUDGET.search(before[-40:]) or _BUDGET.search(after[:25]) else "gross"
    if value.amount < 1000:
        return ""
    if _BREAK_EVEN.search(before):
        return "break_even_admissions"
    counted = bool(_ADMISSION_NOUN.match(after))
    if _round(value.amount) and (_PASS.search(before) or (_REACH.search(before) and _MARK_AFTER.match(after))
                                 or (value.bound == "lower" and counted)):
        return "admissions_milestone"
    if counted or _ADMISSIONS_BEFORE.search(before):
        return "admissions"
    return ""


def _order(text: str) -> int | None:
    """The film's place among films that reached a mark: "only the 14th Korean film in history to do so";
    when a sentence gives two, the one counted over all of history."""
    found = [(bool(re.search(r"history|all time|ever", m.group(0), re.I)), ordinal_value(m.group("ord")))
             for m in _ORDER.finditer(text)]
    found = [f for f in found if f[1]]
    if not found:
        return None
    return max(found, key=lambda f: f[0])[1]


def _scope(how: str, what: str, rest: str) -> str:
    rest = re.sub(r"\b(film|movie)\b", r"\1s", rest.strip(), count=1)
    return f"{'highest' if how.casefold() == 'highest' else 'most'}-{what.casefold()} {rest}"


@extractor(NAME, VERSION, requires=("sections",))
def extract_box_office(doc: Document, subject: str) -> Iterator[Claim]:
    for sentence in prose_sentences(doc):
        text, _base = sentence.text, sentence.start
        amounts = find_amounts(text)
        ranks = [m for m in (_RANK.search(text), _ANY_FILM.search(text)) if m]
        if not amounts and not ranks:
            continue
        when = time_qualifiers(doc, sentence)
        market = _MARKET.search(text)
        for amount in amounts:
            prop = _classify(text, amount)
            if not prop:
                continue
            span = doc.span(sentence.start, sentence.end)
            q = dict(when)
            value: Quantity = amount.quantity
            if prop == "admissions_milestone":
                q["order"] = _order(text)
                value = Quantity(value.amount, "", False, "")
            elif prop in {"break_even_admissions", "budget"}:
                q = {}
            elif prop == "seat_booking_rate":
                q = {k: v for k, v in q.items() if k in {"week", "point_in_time", "days_since_release"}}
            elif prop == "gross":
                if market:
                    q["scope"] = _MARKETS.get(market.group("m").casefold(), market.group("m").casefold())
                # the country a gross is counted in: "ticket sales in South Korea came to ₩80 billion"
                elif country := country_in(text[max(0, amount.start - 60):amount.start]):
                    q["scope"] = country
            yield claim(subject, prop, value, span, NAME, VERSION, q)
        for rank in ranks:
            position = ordinal_value(rank.group("ord")) if rank.group("ord") else 1
            if not position:
                continue
            if rank.re is _RANK:
                scope = _scope(rank.group("how"), rank.group("what"), rank.group("scope"))
            else:
                scope = re.sub(r"^(film|movie)\b", r"\1s", rank.group("scope").strip())
            q = {k: v for k, v in when.items() if k in {"point_in_time", "days_since_release", "period"}}
            q["scope"] = scope
            if year := YEAR_RE.search(scope):
                q["year"] = int(year.group(0))
            yield claim(subject, "box_office_rank", Quantity(position), doc.span(sentence.start, sentence.end),
                        NAME, VERSION, q)

