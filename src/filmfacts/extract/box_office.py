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
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from ..model import Claim, Document, Quantity, claim, freeze_qualifiers
from . import extractor
from .amounts import find_amounts
from .citations import citation_for
from .figures import forecast, kind_of, word_counts
from .markets import market_near, page_market
from .mentions import film_for
from .text import (
    YEAR_RE,
    Amount,
    Sentence,
    count_value,
    find_dates,
    iso_to_date,
    ordinal_value,
    prose_sentences,
)
from .when import DATED_KINDS, figure_time, headline_period, run_time, stated_releases

VERSION = "2.1"
NAME = "box_office"

_AS_OF = re.compile(r"\bAs of (?:(?:early|late|mid-?)\s*)?(?P<y>\d{4})\b", re.I)
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
_PRODUCTION = re.compile(r"\b(?:production|to (?:make|produce|shoot)|net budget|filming)\b", re.I)
# What a count covers, read near the figure: the run so far, or a day, weekend or week.
_CUMULATIVE = re.compile(r"\b(?:total|tally|cumulative|accumulated|amassed|so far|to date|as of|"
                         r"since (?:its )?(?:release|opening|debut)|in all|overall|all told|bringing|brought|pushing|"
                         r"raising|by (?:the end of )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                         r"then|now)|has (?:now )?"
                         r"(?:drawn|sold|attracted|surpassed|passed|topped)|ha(?:s|d) drawn)\b", re.I)
_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|daily|a single day|"
                  r"(?:in|on|for) (?:a|one|the) day|a day|per day)\b", re.I)
_WEEKEND_COUNT = re.compile(r"\bweekend\b|\bfriday (?:to|through|thru|-) sunday\b", re.I)
_WEEK_COUNT = re.compile(r"\b(?:this|last|past|the) week\b|\bweekly\b|\bfor the week\b"
                         r"|\b(?:its|the) \w+(?: and \w+)? weeks?\b", re.I)
_CHART = re.compile(
    r"\b(?:(?P<top>topped|led|(?:stayed|remained|was|sat|held) (?:at )?(?:the )?top of"
    r"|(?:stayed|remained|was|sat|held) atop|(?P<spot>(?:claimed|took|held|kept|keeping|keeps|retained|retaining|"
    r"holds|holding) (?:the )?top spot\b))"
    r"|(?:ranked|placed|came in|came|finished|opened|debuted|stayed|remained|sat|was|landed|held|took|claimed|"
    r"grabbed|secured)\s+(?:at\s+|in\s+)?(?:"
    rf"(?:No\.|number|#)\s?(?P<n>\d+|one|two|three)|(?P<ord>{_ORDINAL})(?:\s+place)?)"
    # "sold 33,962 tickets for sixth place"; "Eighth was X", "Second place went to X"
    rf"|\bfor\s+(?P<ord2>{_ORDINAL})\s+place"
    rf"|^(?P<ord3>{_ORDINAL})(?:\s+place)?\s+(?:was|went to)"
    r"|(?:No\.|number)\s?(?P<n2>1|one)\s+(?:for|spot|position|at|on))"
    r"(?P<rest>[^.;]{0,60})", re.I)
_CHART_WHERE = re.compile(r"box[- ]office|chart|ticket sales|\bweekend|\bweek\b|\bweeks\b|daily|\bday\b|spot|"
                          r"position|straight|consecutive", re.I)
_RANK = re.compile(r"\bthe\s+(?:(?P<ord>\w+)[- ])?(?P<how>highest|most|top|best|biggest|largest)(?:[- ](?P<what>"
                   r"grossing|attended|watched|viewed|successful|popular|seen|selling|earning))?\s+(?P<scope>"
                   r"(?:[\w'-]+\s+){0,4}?(?:films?|movies?|pictures?|titles?|releases?)(?:\s+(?:of all time|"
                   r"(?:in|of)\s+(?:[\w'-]+\s+){0,5}?history|ever|of \d{4}|released in [\w\s]+?))?"
                   r"|(?:in|of)\s+(?:[\w'-]+\s+){0,5}?history|of all time)(?=[,.;]|$|\s)",
                   re.I)
_KOREAN_FILMS = re.compile(r"\b(?:korean|domestic|local|homegrown|home-grown|korean-made)\s+(?:[\w'-]+\s+)?"
                           r"(?:films?|movies?|pictures?|titles?|cinema|film history|movie history)\b"
                           r"(?!\s+(?:council|commission|archive|academy|association|festival))", re.I)
_ALL_FILMS = re.compile(r"\b(?:including (?:foreign|imported|hollywood)|all (?:films|movies|titles)|of any nationality"
                        r"|(?:foreign|imported) (?:and|or) (?:domestic|local|korean)"
                        r"|(?:films?|movies?) (?:shown|released|screened) in|"
                        r"(?:films?|movies?) in (?:south )?korean? (?:box office )?history)\b", re.I)
_FOREIGN_FILMS = re.compile(r"\b(?:foreign|imported|overseas|hollywood)\s+(?:films?|movies?|titles?)\b", re.I)
_BY_GROSS = re.compile(r"\bgross|earning|revenue|sales revenue\b", re.I)
_BY_ADMISSIONS = re.compile(r"\battend|watched|viewed|seen|popular|selling|admissions|viewers|audience|tickets?\b",
                            re.I)
_ANY_FILM = re.compile(r"\bthe (?:(?P<ord>\w+)[- ])?(?:highest|largest|biggest) (?:total|gross|grossing|attendance|"
                       r"opening) of any (?P<scope>(?:film|movie)[\w\s]*?)(?=[,.;]|$)", re.I)
_ORDER = re.compile(r"\bthe\s+(?P<ord>\w+)\s+(?:[\w'-]+\s+){0,3}?(?:film|movie)s?\s+(?P<within>(?:[\w'-]+\s+){0,4}?)"
                    r"to\s+(?:break|reach|surpass|cross|exceed|pass|top|hit|do so|achieve|record|draw|attract|"
                    r"sell|join|welcome|clear)\b", re.I)


# Clauses that may carry their own time: "passed 2 million on Saturday, and had sold 2,385,300 by Sunday".
_TIME_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|whereas|but)\b|\s+but\b")
# a place on the chart in the figure's clause: "came fifth with 59,946", "opened in fourth place"
_PLACE = re.compile(rf"\b{_ORDINAL}(?:\s+place)?\b|\b(?:No\.|number)\s?\d+\b|\btop spot\b", re.I)


def _clause(text: str, start: int) -> tuple[int, int]:
    """The clause of `text` holding offset `start`."""
    a, b = 0, len(text)
    for m in _TIME_CLAUSE_BREAK.finditer(text):
        if m.end() <= start:
            a = m.end()
        elif m.start() >= start:
            b = m.start()
            break
    return a, b


# a place given against the list a previous sentence named: "Counted by gross, its ₩22.8 billion places it 11th"
_PLACES_IT = re.compile(r"\b(?:places|placed|puts|put|ranks|ranked|leaves|left|makes|made)\s+it\s+(?:at\s+|in\s+)?"
                        rf"(?:No\.\s?(?P<n>\d+)|(?P<ord>{_ORDINAL}))\b", re.I)
_MONEY = re.compile(r"[₩$€£¥]\s?\d|\d\s*(?:won|dollars)\b", re.I)


def _rank_measure(text: str, rank_words: str, props: set[str]) -> str:
    """By gross or by admissions. "Highest-grossing" in a sentence whose only figure is admissions
    ("11.09 million viewers …, the seventh highest-grossing Korean film") ranks by admissions, as
    Korean box-office reporting does; otherwise what the words say."""
    said = _measure(rank_words) or _measure(text)
    if said == "gross" and not _MONEY.search(text) and props & {"admissions", "admissions_milestone"}:
        return "admissions"
    return said


_IN_A_SET = re.compile(r"\b(?:list|ranks|ranking|club|league|one|company) of\s*$|\bamong\s*$", re.I)


def time_qualifiers(doc: Document, sentence: Sentence) -> dict[str, Any]:
    """When a box-office sentence's figures were true."""
    text = sentence.text
    q = run_time(text)
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


def _orders(text: str) -> list[dict[str, Any]]:
    """The film's place among films that reached a mark and which films are counted: "only the
    eighth domestic movie to do so" (8, korean_films), "the ninth film of any nationality" (9,
    all_films), "the first Korean film of 2016 to pass" (1, korean_films, year 2016)."""
    out = []
    for m in _ORDER.finditer(text):
        if n := ordinal_value(m.group("ord")):
            q: dict[str, Any] = {"order": n, "ranked_among": _ranked_among(m.group(0))}
            if year := YEAR_RE.search(m.group("within")):
                q["year"] = int(year.group(0))
            out.append(q)
    return out


def _scope(how: str, what: str | None, rest: str) -> str:
    rest = re.sub(r"\b(film|movie|release)\b", r"\1s", rest.strip(), count=1)
    return f"{how.casefold()}-{what.casefold()} {rest}" if what else f"{how.casefold()} {rest}"


def _ranked_among(text: str) -> str:
    """Which list a rank is a place in, from the rank's words and what follows them."""
    if _ALL_FILMS.search(text):
        return "all_films"
    if _KOREAN_FILMS.search(text):
        return "korean_films"
    if _FOREIGN_FILMS.search(text):
        return "foreign_films"
    return ""


def _measure(text: str) -> str:
    """By gross or by admissions: what the words say, "" when they say both or neither."""
    gross, admissions = bool(_BY_GROSS.search(text)), bool(_BY_ADMISSIONS.search(text))
    return "" if gross == admissions else "gross" if gross else "admissions"


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
    if _WEEKEND_COUNT.search(text):
        return "weekend"
    if "weeks" in when or "week" in when or ("earliest" in when and "point_in_time" in when):
        return "week"  # a span of days that is no weekend (that returned above)
    if _DAY.search(text):
        return "day"
    if _WEEK_COUNT.search(text):
        return "week"
    clause = text[slice(*_clause(text, amount.start))]
    return page_period if page_period and _PLACE.search(clause) else ""


def _chart_ranks(text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """Chart positions: "topped the weekend box office", "No. 1 for a third straight weekend",
    "ranked second at the daily box office" → (offset, position, period)."""
    for m in _CHART.finditer(text):
        rest = m.group("rest")
        with_count = bool(re.match(r"\s*(?:place\s+)?(?:with|on)\s+[\d₩$]", rest)) or bool(
            m.group("spot") or m.group("ord2") or m.group("ord3"))
        if not (_CHART_WHERE.search(rest) or with_count) or any(a <= m.start() < b for a, b in taken):
            continue
        if m.group("top") or m.group("n2"):
            position: int | None = 1
        elif m.group("n"):
            position = count_value(m.group("n"))
        else:
            position = ordinal_value(m.group("ord") or m.group("ord2") or m.group("ord3"))
        if not position:
            continue
        low = rest.casefold()
        period = ("opening_weekend" if "opening weekend" in low else "day" if re.search(r"daily|\bday\b", low)
                  else "weekend" if "weekend" in low else "week" if re.search(r"\bweek", low) else "")
        yield m.start(), position, period


_TIME_KEYS = ("point_in_time", "earliest", "latest", "days_since_release", "week", "weeks", "time_from", "undated")


@extractor(NAME, VERSION, requires=("sections",))
def extract_box_office(doc: Document, subject: str) -> Iterator[Claim]:
    found = list(_claims(doc, subject))
    yield from _as_of_story_day(doc, found) if doc.kind in DATED_KINDS and doc.kind != "forum" else found


def _as_of_story_day(doc: Document, found: list[Claim]) -> list[Claim]:
    """A story published on Monday with Sunday's figures ("had sold 2,385,300 by the end of Sunday"):
    its figures that say no time are as of that last day too, not of publication (box-office data
    comes out the day after). Only when the story's latest dated figure is a day or two before it."""
    published = iso_to_date(doc.published) if len(doc.published) == 10 else None
    days = [d for c in found if c.q("time_from") in {"sentence", "release", "headline"}
            and (d := iso_to_date(str(c.q("point_in_time", "")))) is not None]
    if published is None or not days:
        return found
    last = max((d for d in days if d <= published), default=None)
    if last is None or not 0 < (published - last).days <= 2:
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
    for sentence in prose_sentences(doc):
        text, base = sentence.text, sentence.start
        amounts = sorted([*find_amounts(text), *word_counts(text)], key=lambda a: a.start)
        # "on the list of the most-watched films", "one of the highest-grossing": a set, not a place in it
        ranks = [m for m in (_RANK.search(text), _ANY_FILM.search(text))
                 if m and (m.group("ord") or not _IN_A_SET.search(text[:m.start()]))]
        line = doc.text.rfind("\n", 0, base) + 1
        if not ranks and last_rank.get("line") == line and (m := _PLACES_IT.search(text)):
            ranks.append(m)
        if not amounts and last_milestone.get("line") == line and re.search(r"\bto do so\b", text):
            # "Counting Avatar, it is the ninth film of any nationality to do so": the same mark, another count
            for counted in _orders(text):
                q = {**last_milestone["q"], **counted}
                yield claim(last_milestone["film"], "admissions_milestone", last_milestone["value"],
                            doc.span(sentence.start, sentence.end), NAME, VERSION, q)
        charts = list(_chart_ranks(text, [(r.start(), r.end()) for r in ranks])) if dated else []
        if (not amounts and not ranks and not charts) or (doc.kind == "forum" and _QUOTE.match(text)):
            continue

        def time_at(start: int, film: str, sentence: Sentence = sentence) -> dict[str, Any]:
            if not dated:
                return time_qualifiers(doc, sentence)
            release = releases.get(film) or (page_release if film == subject else None)
            return figure_time(doc, sentence, release, page_release=False, clause=_clause(sentence.text, start))

        span = doc.span(sentence.start, sentence.end)
        previous_end = 0
        milestones: set[float] = set()
        props: set[str] = set()
        markets = _figure_markets(text, amounts, default_market)

        def rank_market(start: int, end: int, text: str = text, markets: list[str] = markets) -> str:
            """A rank's market: said in its clause ("the highest-grossing film in China", "topped the
            North American box office"), else its sentence's figures' when they have one, else the page's."""
            lo, hi = _clause(text, start)
            said = market_near(text, start, max(end, start), lo, hi)
            figures = set(markets) - {""}
            return said or (figures.pop() if len(figures) == 1 else default_market)
        for amount, market in zip(amounts, markets, strict=True):
            bounds = _clause(text, amount.start)
            prop = kind_of(text, amount, bounds)
            if not prop or (prop not in _NOT_FORECASTS and forecast(text, amount, bounds)):
                continue
            props.add(prop)
            film = film_for(doc, base + amount.start, subject)
            own = time_at(amount.start, film)
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
                marketing, production = bool(_MARKETING.search(near)), bool(_PRODUCTION.search(near))
                q = {"scope": "" if marketing == production else "marketing" if marketing else "production"}
            elif prop == "seat_booking_rate":
                q = {k: v for k, v in q.items() if k in {"week", "point_in_time", "days_since_release", *_TIME_KEYS}}
            if prop in {"gross", "budget"} and value.unit == "unknown":
                q["unit_as_written"] = amount.written
            if market and prop in _MARKETED:
                q["scope"] = market
            previous_end = amount.end
            yield claim(film, prop, value, span, NAME, VERSION, q)
        for rank in ranks:
            position = ordinal_value(rank.group("ord")) if rank.group("ord") else 1
            if not position:
                continue
            film = film_for(doc, base + rank.start(), subject)
            if rank.re is _PLACES_IT:
                position = count_value(rank.group("n")) if rank.group("n") else ordinal_value(rank.group("ord"))
                if not position:
                    continue
                q = {k: v for k, v in time_at(rank.start(), film).items() if k in _TIME_KEYS}
                q.update(list=last_rank["list"], ranked_among=last_rank["ranked_among"],
                         measure=_rank_measure(text[:rank.end()], "", props))
                if last_rank.get("scope"):
                    q["scope"] = last_rank["scope"]
                if last_rank.get("year"):
                    q["year"] = last_rank["year"]
                yield claim(film, "box_office_rank", Quantity(position), span, NAME, VERSION, q)
                continue
            if rank.re is _RANK:
                if not rank.group("what") and rank.group("how").casefold() in {"highest", "most", "best"}:
                    continue  # "the highest among the films" is no rank
                scope = _scope(rank.group("how"), rank.group("what"), rank.group("scope"))
            else:
                scope = re.sub(r"^(film|movie)\b", r"\1s", rank.group("scope").strip())
            keep = {"point_in_time", "days_since_release", "period", *(_TIME_KEYS if dated else ())}
            q = {k: v for k, v in time_at(rank.start(), film).items() if k in keep}
            q["list"] = scope
            if where := rank_market(rank.start(), rank.end()):
                q["scope"] = where
            # "…, including foreign films": the list is named just after the rank's own words; a list
            # that names no nationality holds every film
            words = text[rank.start():rank.end() + 40]
            q["ranked_among"] = _ranked_among(words) or "all_films"
            q["measure"] = _rank_measure(text, text[rank.start():rank.end()], props)
            if year := YEAR_RE.search(scope):
                q["year"] = int(year.group(0))
            last_rank = {"line": line, "list": scope, "scope": q.get("scope"), "ranked_among": q["ranked_among"],
                         "year": q.get("year")}
            yield claim(film, "box_office_rank", Quantity(position), span, NAME, VERSION, q)
        for offset, position, period in charts:
            film = film_for(doc, base + offset, subject)
            q = {k: v for k, v in time_at(offset, film).items() if k in _TIME_KEYS}
            q["period"] = period or ("weekend" if _WEEKEND_COUNT.search(text[slice(*_clause(text, offset))])
                                     else page_period)
            # a box-office chart ranks every film on release, by the count its clause gives
            clause = text[slice(*_clause(text, offset))]
            q["ranked_among"] = _ranked_among(clause) or "all_films"
            q["measure"] = ("gross" if re.search(r"[₩$]\s?\d|\b(?:won|dollars)\b", clause) and not
                            _ABOUT_TICKETS.search(clause) else "admissions" if _ABOUT_TICKETS.search(clause)
                            or re.search(r"\bwith\s+\d", clause) else _measure(clause))
            if where := rank_market(offset, offset + 1):
                q["scope"] = where
            yield claim(film, "box_office_rank", Quantity(position), span, NAME, VERSION, q)
