"""Box office sentences: admissions, gross, milestones, rank, break-even, seat booking.

Each figure is read with the time it was true at, taken from its sentence:
"N days after its release" (days_since_release), "in its first two weeks" (14 days),
"on its third week" (week 3), a full date ("On March 15, 2013"), "in total"; and, where
the sentence carries a dated citation, the citation's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..model import Claim, Document, Quantity, claim
from . import extractor
from .text import Amount, Sentence, count_value, find_amounts, find_dates, ordinal_value, prose_sentences

VERSION = "1.0"
NAME = "box_office"

_DAYS_AFTER = re.compile(r"\b(\d+|[a-z]+) days? (?:after|since|from) (?:its|the film's|the movie's) "
                         r"(?:release|opening|premiere)", re.I)
_FIRST_PERIOD = re.compile(r"\b(?:in|within|during|over|after) (?:its|the) (?:first|opening) (?:(\w+) )?"
                           r"(day|days|week|weeks|weekend|month|months)\b", re.I)
_WEEK = re.compile(r"\b(?:on|in|during|for) (?:its|the) (\w+) week\b", re.I)
_TOTAL = re.compile(r"\b(?:in total|total of|overall|lifetime|final(?:ly)? (?:gross|tally))\b", re.I)
_ADMISSION_NOUN = re.compile(r"^\s*(?:admissions|viewers|tickets?|moviegoers|spectators|audiences?|"
                             r"attendance|people|cinemagoers|filmgoers)\b", re.I)
_MILESTONE_BEFORE = re.compile(r"\b(?:exceeded|surpassed|crossed|passed|broke|break|topped|surpass|cross|"
                               r"exceed|top|reach(?:ed)?|hit)\s+(?:the\s+)?$", re.I)
_MARK_AFTER = re.compile(r"^\s*(?:admissions?\s+|viewers?\s+)?(?:mark|milestone|threshold)\b", re.I)
_STRONG_MILESTONE = re.compile(r"\b(?:exceeded|surpassed|crossed|passed|broke|topped)\s+(?:the\s+)?$", re.I)
_ADMISSIONS_BEFORE = re.compile(
    r"(?:\b(?:ticket sales|admissions|attendance|audience|viewership|viewers)\s+(?:reached|hit|totaled|"
    r"totalled|stood at|rose to|climbed to|of|numbered)|\b(?:took|drew|attracted|recorded|sold|had|earned|"
    r"garnered|gathered|amassed|a total of|drawing|attracting|selling))\s+(?:in\s+)?(?:over\s+|more than\s+|"
    r"about\s+|around\s+|nearly\s+)?$", re.I)
_BREAK_EVEN = re.compile(r"break[- ]?even(?: point)?(?: of| at| was| is)?\s+(?:about\s+|around\s+)?$", re.I)
_BUDGET = re.compile(r"\bbudget\b", re.I)
_SEAT = re.compile(r"\b(?:seat (?:booking|occupancy|share)|booking rate|occupancy)\b[^%]{0,20}$", re.I)
_RANK = re.compile(r"\b(?P<ord>\w+)[- ](?:highest|most)[- ](?P<what>grossing|attended|watched|viewed|"
                   r"successful)\s+(?P<scope>[\w\s-]*?(?:films?|movies?)(?:\s+(?:of all time|in history|ever|"
                   r"released in \d{4}|of \d{4}))?)", re.I)
_ORDER = re.compile(r"\b(?:only\s+)?the\s+(?P<ord>\w+)\s+(?:film|movie)\b[^.]*?\bto\s+(?:break|reach|surpass|"
                    r"cross|exceed|pass|top|hit)\b", re.I)


def time_qualifiers(doc: Document, sentence: Sentence) -> dict[str, Any]:
    """When a box-office sentence's figures were true."""
    text = sentence.text
    q: dict[str, Any] = {}
    if m := _DAYS_AFTER.search(text):
        days = count_value(m.group(1))
        if days:
            q["days_since_release"] = days
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
    if _TOTAL.search(text):
        q["period"] = "total"
    if "point_in_time" not in q:
        from .citations import citation_for

        cited = citation_for(doc, sentence.end)
        if cited is not None and cited.date:
            q["point_in_time"] = cited.date
    return q


def _classify(text: str, amount: Amount) -> str:
    before = text[max(0, amount.start - 60):amount.start]
    after = text[amount.end:amount.end + 30]
    if amount.percent:
        return "seat_booking_rate" if _SEAT.search(before) else ""
    if amount.quantity.unit:
        return "budget" if _BUDGET.search(before[-40:]) else "gross"
    if amount.quantity.amount < 1000:
        return ""
    if _BREAK_EVEN.search(before):
        return "break_even_admissions"
    if _STRONG_MILESTONE.search(before) or (_MILESTONE_BEFORE.search(before) and _MARK_AFTER.match(after)):
        return "admissions_milestone"
    if _ADMISSIONS_BEFORE.search(before):
        return "admissions"
    return ""


@extractor(NAME, VERSION, requires=("sections",))
def extract_box_office(doc: Document, subject: str) -> Iterator[Claim]:
    for sentence in prose_sentences(doc):
        text, base = sentence.text, sentence.start
        amounts = find_amounts(text)
        rank = _RANK.search(text)
        if not amounts and not rank:
            continue
        when = time_qualifiers(doc, sentence)
        order = None
        if (om := _ORDER.search(text)) is not None:
            order = ordinal_value(om.group("ord"))
        for amount in amounts:
            prop = _classify(text, amount)
            if not prop:
                continue
            span = doc.span(base + amount.start, base + amount.end)
            q = dict(when)
            value: Quantity = amount.quantity
            if prop == "admissions_milestone":
                q["order"] = order
                value = Quantity(value.amount, "", False, "")
            elif prop in {"break_even_admissions", "budget"}:
                q = {}
            elif prop == "seat_booking_rate":
                q = {k: v for k, v in q.items() if k in {"week", "point_in_time", "days_since_release"}}
            yield claim(subject, prop, value, span, NAME, VERSION, q)
        if rank and (position := ordinal_value(rank.group("ord"))):
            scope = f"{rank.group('what').casefold()} {rank.group('scope').strip()}"
            scope = ("highest-" if "grossing" in scope or "attended" in scope else "most-") + scope
            q = {k: v for k, v in when.items() if k in {"point_in_time", "days_since_release", "period"}}
            q["scope"] = scope
            yield claim(subject, "box_office_rank", Quantity(position), doc.span(
                base + rank.start(), base + rank.end()), NAME, VERSION, q)
