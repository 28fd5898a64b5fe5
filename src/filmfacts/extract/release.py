"""Release and premiere dates as sentences state them, on every kind of page.

"was released in South Korea on July 20, 2016", "opened in theaters on Wednesday (May 31)", "hit
Japanese theaters on August 31st, 2018", "its Nov. 2 release", "first released in 2019", "set to
release in North America on 7 April, 2017", "Released stateside in October last year", "5월 30일 국내
개봉했다", "8月26日に公開", "sorti en France le 2 novembre 2011"; "premiered … at the 2019 Cannes Film
Festival on May 21, 2019", "had its world premiere at the 2017 Toronto International Film Festival".

A sentence is read as a verb of release (or premiere) and the date nearest after it in its clause, else
right before it ("On June 23, 2023, X saw theatrical release"). Dates may leave things out, and the
page's publication day fills them in: a year-less day takes the publication's year (the year before when
that would put it after publication, the year after when the verb speaks of what is to come: "opens on
Jan. 11"); a weekday is the last one up to publication ("opened Wednesday") or the next one ("opening
Friday"); a month alone ("in late August", "last month") is that month of the publication's year; a year
alone follows "released in". A date with nothing to anchor it is not guessed.

The date goes to the film of its clause (`mentions.film_for`); on an encyclopedia, to the page's film
unless the sentence opens with another title ("The Uninvited was released in 2009"). The country is the
one the sentence names ("in Japan", "Japanese theaters", "stateside"). A premiere at a festival is a
`premiere_date` with the festival as its place, dated by the sentence or, failing that, by the
festival's year. Sentences about another thing released (a DVD, a soundtrack, a trailer) give nothing.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Claim, Document, Time, claim
from . import extractor
from .kinds import ARTICLE_KINDS
from .mentions import film_for, mentions
from .text import MONTHS, Sentence, find_dates, iso_to_date, prose_sentences
from .vocab import country_from_adjective, country_in

VERSION = "2.0"
NAME = "release"

_THEATERS = r"(?:theaters|theatres|cinemas|screens|multiplexes|movie theaters|movie theatres|big screens?)"
_RELEASE = re.compile(
    r"\b(?:(?:theatrically|commercially|first|officially|finally|widely|originally)\s+)?"
    r"(?<![-\w])(?:released|releases|releasing|release)\b"
    r"|\b(?:opened|opens|opening)\b(?!\s+(?:weekend|day|week|frame|salvo|night|gross|tally|numbers|record|"
    r"theaters|theatres|screens|cinemas|locations|markets|sessions|scene|shot|credits|ceremony))"
    r"|\b(?:debuted|debuts)\b(?!\s+(?:weekend|day))"
    r"|\bbow\b"
    rf"|\bhit(?:s|ting)?\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){{0,2}}?(?:local\s+|domestic\s+|big\s+)?{_THEATERS}"
    rf"|\b(?:dropped|arrived|arrives|arriving|landed|lands)\s+in\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){{0,2}}?{_THEATERS}"
    rf"|\b(?:sailed|swept|came|comes)\s+(?:in)?to\s+(?:[A-Z][\w.-]*\s+){{0,2}}?{_THEATERS}"
    r"|\bcame out\b|\bcomes out\b|\blaunch(?:ed|es|ing)?\b(?=\s+(?:on|in)\b)"
    r"|\bwent into (?:general |wide |limited )?release\b|\bsaw (?:a |its )?(?:theatrical |wide |limited )?release\b"
    rf"|\bout in (?:[A-Z]{{2,3}}\s+|[A-Z]\w+\s+)?{_THEATERS}"
    rf"|\bsee the inside of (?:movie )?{_THEATERS}|\bavailable to stream\b"
    rf"|\bpremiered in {_THEATERS}"
    r"|\bsortie?s?\b|\bsort\b(?=\s+(?:en|le|au|dans)\b)|개봉|公開|封切|上映", re.I)
_PREMIERE = re.compile(r"\b(?:premiered|premieres|premiering|premiere[ds]?|unveiled|screened|debuted|bowed)\b", re.I)
_FESTIVAL = re.compile(r"(?P<f>(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}?"
                       r"(?:Film\s+Festival|Festival|Fest|Film\s+Market|Expo)\b(?:\s+de\s+Cannes)?"
                       r"|(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:TIFF|Berlinale|Sundance|Cannes|Venice|"
                       r"Toronto|Busan|BIFF)(?:\s+(?:19|20)\d\d)?\b)")
_IN_FESTIVAL = re.compile(rf"\b(?:at|during|in)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){{1,4}}section\s+of\s+the\s+|"
                          rf"(?:[\w-]+\s+){{0,3}}(?:at|of|during)\s+the\s+)?{_FESTIVAL.pattern}")
# Sentences about something else released: another version, a book, a record, a home-media edition.
_OTHER_THING = re.compile(r"\b(?:remake|adaptation|sequel|prequel|series|novel|novelisation|novelization|book|"
                          r"soundtrack|album|single|song|DVD|Blu-ray|VHS|home media|game|trailer|poster|teaser|"
                          r"stills?|photos?|footage|clip|featurette|report|data|statement|figures)s?\b", re.I)
_FUTURE = re.compile(r"\b(?:will|set to|slated|scheduled|due|is to|are to|gearing up|ahead of|upcoming|"
                     r"bientôt)\b|오는|예정", re.I)
_PAST = re.compile(r"\b(?:last|previous|ago|back|since|after|earlier|already)\b|지난|昨年", re.I)
_PRESENT_VERB = re.compile(r"\b(?:opens|opening|hits|hitting|arrives|arriving|lands|debuts|releases|comes out|"
                           r"is released|are released|sort|out in)\b|\bsee the inside\b", re.I)
# "25th March", "the 3rd of July 2016"
_MONTH_ALTERNATIVES = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORDINAL_MONTH = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)(?:\s+of)?\s+(?P<m>{_MONTH_ALTERNATIVES})"
                            r"\.?(?:,?\s+(?P<y>\d{4}))?\b", re.I)
# Days a count starts from, not the release: "개봉 33일째인 27일", "개봉 3일 만에", "four days after opening".
_DAY_COUNT = re.compile(r"\d+\s?일\s?(?:째|만)|\b\d+(?:st|nd|rd|th)? days?\b|\bday \d+\b", re.I)
# A figure between the verb and the date belongs to the opening's takings ("opened to $3.3 million on Friday").
_FIGURE = re.compile(r"\d[\d,.]*\s*(?:million|billion|thousand|%|만|억)|[$₩€£¥]\s?\d|\d{1,3}(?:,\d{3})+", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s*\()")
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
_MONTH_ONLY = re.compile(rf"\b(?:(?:early|mid|late|the end of|the beginning of)[-\s]+)?(?P<m>{_MONTH_NAMES})\b"
                         r"(?!\.?\s*\d)", re.I)
_LAST_MONTH = re.compile(r"\blast month\b", re.I)
_YEAR_AFTER = re.compile(r"^\s*(?:(?:theatrically|worldwide|nationwide|globally|in\s+(?:the\s+)?[A-Z][\w.]*"
                         r"(?:\s+[A-Z][\w.]*)?)\s+)*(?:in|back in|during)\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-–]|\d)")
_KO_DATE = re.compile(r"(?P<rel>지난달|지난|오는|올해|지난해)?\s?(?:(?P<y>\d{4})년\s?)?(?:(?P<m>\d{1,2})월\s?)?"
                      r"(?:(?P<d>\d{1,2})일)?(?:\s?\([월화수목금토일]\))?")
_JA_DATE = re.compile(r"(?P<rel>昨年|去年|今年)?(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?")
_ZH_YEAR = re.compile(r"(?P<y>\d{4})年(?!\d)")
_FR_MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
              "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12}
_FR_DATE = re.compile(rf"\b(?:(?P<d>\d{{1,2}})(?:er)?\s+)?(?P<m>{'|'.join(_FR_MONTHS)})(?:\s+(?P<y>\d{{4}}))?"
                      r"(?P<last>\s+dernier)?\b", re.I)
# An encyclopedia's sections about other versions, and plans that moved, state no release of the film.
_OTHER_SECTIONS = ("remake", "sequel", "prequel", "adaptation", "legacy", "home media", "other version", "future",
                   "spin-off", "franchise")
_DELAYED = re.compile(r"\b(?:delayed|postponed|pushed back|cancel+ed|shelved|moved up|rescheduled)\b", re.I)
# "30 days after its release", "films released in 2016" (a list's scope): no release stated there.
_NOT_A_RELEASE = re.compile(r"(?:\b(?:days?|weeks?|months?|years?)\s+(?:after|since|from|into|following)\s+"
                            r"(?:its|the|their)(?:\s+\w+)?\s+$|"
                            r"\b(?:since|after|before|following|upon)\s+(?:its|the|their)\s+$)", re.I)
_LIST_SCOPE = re.compile(r"(?:\b(?:films|movies|titles|pictures|ones)|\b(?:any|every|each|all|other|another|no)\s+"
                         r"(?:[\w-]+\s+){0,2}(?:film|movie|title|picture))\s+(?:first\s+|originally\s+)?$", re.I)
# "its total to 3,297,957 since January 31st": where a running total counts from is the release.
_TOTAL_SINCE = re.compile(r"\b(?:total|in all|so far|admissions|tickets|viewers)\b[^.;]{0,40}\bsince\s+$", re.I)
_ORDINAL_DAY = re.compile(r"\bon the (?P<d>\d{1,2})(?:st|nd|rd|th) (?P<rel>last month|this month)\b", re.I)
# Countries as a sentence names where a film opened: "in Japan", "Japanese theaters", "stateside", "국내".
_STATESIDE = re.compile(r"\b(?:stateside|U\.S\.|US|American)\b")
_NORTH_AMERICA = re.compile(r"\bNorth America(?:n)?\b")
_KO_COUNTRIES = {"국내": "South Korea", "한국": "South Korea", "북미": "North America",
                 "미국": "United States",
                 "일본": "Japan", "중국": "China", "日本": "Japan", "中国": "China", "中國": "China",
                 "米国": "United States", "香港": "Hong Kong", "台湾": "Taiwan", "台灣": "Taiwan",
                 "en France": "France"}


@dataclass(frozen=True)
class Dated:
    start: int  # in the sentence
    end: int
    time: Time


def _published(doc: Document) -> date | None:
    return iso_to_date(doc.published) if len(doc.published) == 10 else None


def _shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _month_of(month: int, published: date | None, future: bool, past: bool) -> tuple[int, int] | None:
    """A month named alone, in the year that puts it on the right side of publication."""
    if published is None:
        return None
    year = published.year
    if future and month < published.month and not past:
        year += 1
    elif not future and month > published.month:
        year -= 1
    return year, month


def _day_of(month: int, day: int, published: date | None, tense: str) -> date | None:
    """A year-less day in the year that fits the tense: up to publication for what happened, from about
    publication on for what is to come, the nearer of the two for a present tense ("opens Aug. 26")."""
    if published is None:
        return None
    try:
        years = [date(published.year + k, month, day) for k in (-1, 0, 1)]
    except ValueError:
        return None
    if tense == "past":
        return max(d for d in years if d <= published + timedelta(days=1))
    if tense == "future":
        return min(d for d in years if d >= published - timedelta(days=7))
    return min(years, key=lambda d: abs((d - published).days))


def _dates(text: str, published: date | None, tense: str) -> list[Dated]:
    """Every date `text` writes that the publication day can anchor, read in `tense` (past, present,
    future)."""
    future = tense != "past"
    out: list[Dated] = []
    for m in _ORDINAL_MONTH.finditer(text):  # "25th March", "the 3rd of July 2016"
        month, day = MONTHS[m.group("m").casefold()], int(m.group("d"))
        if m.group("y"):
            out.append(Dated(m.start(), m.end(), Time(f"{m.group('y')}-{month:02d}-{day:02d}", "day")))
        elif (when := _day_of(month, day, published, tense)) is not None:
            out.append(Dated(m.start(), m.end(), Time(when.isoformat(), "day")))
    for found in find_dates(text):
        if any(d.start <= found.start < d.end for d in out):
            continue
        if found.time is not None:
            out.append(Dated(found.start, found.end, found.time))
        elif (on := _day_of(found.month, found.day, published, tense)) is not None:
            out.append(Dated(found.start, found.end, Time(on.isoformat(), "day")))
    taken = [(d.start, d.end) for d in out]

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    for m in _WEEKDAY.finditer(text):
        if published is None or not free(m.start(), m.end()):
            continue
        weekday = _WEEKDAYS.index(m.group("w").casefold())
        ahead = future and not _PAST.search(text[max(0, m.start() - 12):m.start()])
        if tense == "present" and not re.search(r"\b(?:opens|opening|hits|arrives|lands|debuts|releases)\b", text):
            ahead = False
        delta = (weekday - published.weekday()) % 7 if ahead else -((published.weekday() - weekday) % 7)
        out.append(Dated(m.start(), m.end(), Time((published + timedelta(days=delta)).isoformat(), "day")))
    for m in _MONTH_ONLY.finditer(text):
        if not free(m.start(), m.end()) or (m.group("m").casefold() == "may" and not m.group(0)[0].isupper()):
            continue
        near = text[m.end():m.end() + 15]
        if ym := _month_of(MONTHS[m.group("m").casefold()], published, future,
                           bool(re.match(r"\s+(?:last year|of last year)", near))):
            if re.match(r"\s+last year", near):
                ym = (ym[0] - (1 if ym[0] == published.year else 0), ym[1]) if published else ym
            out.append(Dated(m.start(), m.end(), Time(f"{ym[0]:04d}-{ym[1]:02d}", "month")))
    for m in _LAST_MONTH.finditer(text):
        if published and free(m.start(), m.end()):
            y, mo = _shift_month(published, -1)
            out.append(Dated(m.start(), m.end(), Time(f"{y:04d}-{mo:02d}", "month")))
    for m in _ORDINAL_DAY.finditer(text):
        if published:
            y, mo = _shift_month(published, -1 if m.group("rel").startswith("last") else 0)
            with contextlib.suppress(ValueError):
                out.append(Dated(m.start(), m.end(), Time(date(y, mo, int(m.group("d"))).isoformat(), "day")))
    out.extend(_cjk_dates(text, published, tense))
    for m in _FR_DATE.finditer(text):
        if not free(m.start(), m.end()) or not (m.group("d") or m.group("y") or m.group("last")):
            continue
        month = _FR_MONTHS[m.group("m").casefold()]
        if m.group("y") and m.group("d"):
            out.append(Dated(m.start(), m.end(), Time(f"{m.group('y')}-{month:02d}-{int(m.group('d')):02d}", "day")))
        elif m.group("d") and (on := _day_of(month, int(m.group("d")), published, tense)):
            out.append(Dated(m.start(), m.end(), Time(on.isoformat(), "day")))
        elif m.group("y"):
            out.append(Dated(m.start(), m.end(), Time(f"{m.group('y')}-{month:02d}", "month")))
        elif (ym := _month_of(month, published, False, True)) is not None:
            out.append(Dated(m.start(), m.end(), Time(f"{ym[0]:04d}-{ym[1]:02d}", "month")))
    return sorted(out, key=lambda d: d.start)


def _cjk_dates(text: str, published: date | None, tense: str) -> Iterator[Dated]:
    """"2006년 7월 27일", "지난달 31일", "오는 29일", "2021年8月20日", "昨年8月", "2000年"."""
    for m in _KO_DATE.finditer(text):
        if not (m.group("d") or (m.group("m") and m.group("y"))):
            continue
        rel = m.group("rel") or ""
        y = int(m.group("y")) if m.group("y") else None
        mo = int(m.group("m")) if m.group("m") else None
        d = int(m.group("d")) if m.group("d") else None
        if y and mo:
            yield Dated(m.start(), m.end(), Time(f"{y:04d}-{mo:02d}-{d:02d}" if d else f"{y:04d}-{mo:02d}",
                                                 "day" if d else "month"))
            continue
        if published is None or d is None:
            continue
        if mo is None:
            if rel == "지난달":
                y, mo = _shift_month(published, -1)
            else:
                y, mo = published.year, published.month
                if rel == "오는" and d < published.day:
                    y, mo = _shift_month(published, 1)
                elif rel != "오는" and d > published.day:
                    y, mo = _shift_month(published, -1)
            with contextlib.suppress(ValueError):
                yield Dated(m.start(), m.end(), Time(date(y, mo, d).isoformat(), "day"))
        elif (day := _day_of(mo, d, published, "future" if rel == "오는" else "past" if rel else tense)) is not None:
            yield Dated(m.start(), m.end(), Time(day.isoformat(), "day"))
    for m in _JA_DATE.finditer(text):
        mo, d = int(m.group("m")), int(m.group("d")) if m.group("d") else None
        if m.group("y"):
            y = int(m.group("y"))
        elif published is not None:
            y = published.year - (1 if m.group("rel") in ("昨年", "去年") else 0)
            if not m.group("rel") and mo > published.month:
                y -= 1
        else:
            continue
        if not 1 <= mo <= 12:
            continue
        yield Dated(m.start(), m.end(), Time(f"{y:04d}-{mo:02d}-{d:02d}" if d else f"{y:04d}-{mo:02d}",
                                             "day" if d else "month"))
    for m in _ZH_YEAR.finditer(text):
        if not re.match(r"\d{1,2}月", text[m.end():]):
            yield Dated(m.start(), m.end(), Time(m.group("y"), "year"))


def country_of(text: str) -> str:
    """The country a release sentence names: "in Japan", "Japanese theaters", "stateside", "국내"."""
    # "in the United States." is the United States; "in the U.S." keeps the dots of its abbreviation
    text = re.sub(r"(?<!\b[A-Z])\.(?=\s|$)|[,;:](?=\s|$)", " ", text)
    if country := country_in(text):
        return country
    words = text.strip()
    if len(words.split()) <= 2 and (named := country_in(f"in {words}") or country_from_adjective(words)):
        return named  # the words before "distributor" or "rights": "U.S.", "Japanese", "North American"
    if _NORTH_AMERICA.search(text):
        return "North America"
    for m in re.finditer(r"\b(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:theaters|theatres|cinemas|screens|release)\b",
                         text):
        if named := country_from_adjective(m.group("a")):
            return named
    if _STATESIDE.search(text):
        return "United States"
    return next((c for word, c in _KO_COUNTRIES.items() if word in text), "")


def _film(doc: Document, sentence: Sentence, at: int, subject: str, article: bool) -> str:
    """The film of the clause; on an encyclopedia the page's film unless the sentence opens with
    another title ("The Uninvited was released in 2009")."""
    if article:
        return film_for(doc, sentence.start + at, subject)
    own = subject.casefold()
    for m in mentions(doc):
        if m.how == "anaphor" or not sentence.start <= m.start < sentence.start + min(at, 60):
            continue
        if m.title.casefold() != own and own not in m.title.casefold() and m.title.casefold() not in own:
            return m.title
    return subject


def _after(dates: list[Dated], at: int, limit: int) -> Dated | None:
    return next((d for d in dates if at <= d.start <= limit), None)


@extractor(NAME, VERSION, requires=("sections",))
def extract_release(doc: Document, subject: str) -> Iterator[Claim]:
    article = doc.kind in ARTICLE_KINDS
    published = _published(doc)
    seen: set[tuple[str, str, str]] = set()
    for sentence in prose_sentences(doc):  # the lead included
        text = sentence.text
        if not article and (_OTHER_THING.search(text) or _DELAYED.search(text) or any(
                p.casefold().startswith(_OTHER_SECTIONS) for p in sentence.section)):
            continue
        releases = list(_RELEASE.finditer(text))
        premieres = [m for m in _PREMIERE.finditer(text) if _IN_FESTIVAL.search(text, m.end(), m.end() + 120)]
        if not releases and not premieres and not (article and "since" in text):
            continue
        dated: dict[str, list[Dated]] = {}

        def dates_in(tense: str, text: str = text, dated: dict[str, list[Dated]] = dated) -> list[Dated]:
            if tense not in dated:
                dated[tense] = _dates(text, published, tense)
            return dated[tense]

        taken: set[int] = set()
        for m in premieres:
            fm = _IN_FESTIVAL.search(text, m.end(), m.end() + 120)
            assert fm is not None
            dates = dates_in("past")
            # a date right after the festival ("… Festival on May 21") or between the verb and it
            found = next((d for d in dates if fm.end() <= d.start <= fm.end() + 35
                          and not re.search(r"\b(?:ended|ends|closed|closes|runs|ran|until|through|wraps)\b",
                                            text[fm.end():d.start])), None) or _after(dates, m.end(), fm.start())
            festival = re.sub(r"^the\s+", "", fm.group("f").strip())
            year = re.search(r"\b(?:19|20)\d\d\b", festival)
            when = found.time if found else None
            if when is not None and year and when.iso[:4] != year.group(0):
                when = Time(f"{year.group(0)}{when.iso[4:]}", when.precision) if when.precision == "month" else None
            if when is None:
                continue  # a year alone is what the festival's name already says
            taken.add(found.start if found else -1)
            film = _film(doc, sentence, m.start(), subject, article)
            if film and (film, "premiere", when.iso) not in seen:
                seen.add((film, "premiere", when.iso))
                yield claim(film, "premiere_date", when, doc.span(sentence.start, sentence.end), NAME, VERSION,
                            {"place": festival})
        for m in releases:
            if any(p.start() <= m.start() < p.end() for p in premieres):
                continue  # "debuted at the … Festival" is a premiere
            before_verb = text[max(0, m.start() - 40):m.start()]
            if (_OTHER_THING.search(text[max(0, m.start() - 40):m.end() + 5]) or _NOT_A_RELEASE.search(before_verb)
                    or _LIST_SCOPE.search(before_verb[-30:])):
                continue
            word = m.group(0).casefold()
            noun = word in ("release", "releases", "bow", "opening")
            cjk = bool(re.match(r"개봉|公開|封切|上映", word))
            around = text[max(0, m.start() - 30):m.end() + 25]  # the tense of this verb, not of the sentence
            tense = ("future" if _FUTURE.search(around) else "past" if _PAST.search(around) else
                     "present" if _PRESENT_VERB.match(word) or _PRESENT_VERB.search(text[m.start():m.end() + 3])
                     else "past")
            dates = dates_in(tense)
            clause_end = next((c.start() for c in re.finditer(r";|\.\s|,\s+(?:and|but|while|which)\b", text)
                               if c.start() > m.end()), len(text))
            found = None if cjk else _after(dates, m.end(), min(m.end() + (25 if noun else 70), clause_end))
            if found is not None and (_FIGURE.search(text[m.end():found.start]) or _DAY_COUNT.search(
                    text[m.end():found.start])):
                continue  # "opened to $3.3 million on Friday", "개봉 33일째인 27일"
            if found is None:
                # a date right before: "its Nov. 2 release", "5월 30일 개봉", "On June 23, 2023, X saw …"
                near = [d for d in dates if d.end <= m.start() and not re.search(r"[.;]", text[d.end:m.start()])
                        and not _DAY_COUNT.search(text[d.end:m.start()])]
                near = [d for d in near if m.start() - d.end <= (12 if noun or cjk else 0) or d.start <= 4]
                found = near[-1] if near else None
            if found is None and (y := _YEAR_AFTER.match(text[m.end():])):
                found = Dated(m.end() + y.start("y"), m.end() + y.end("y"), Time(y.group("y"), "year"))
            if found is None or found.start in taken:
                continue
            if found.time.precision == "year" and not re.search(r"releas|公開|上映|개봉|sorti|sort\b", word, re.I):
                continue  # "opened in 2019" may be a theatre's, "released in 2019" is a film's
            taken.add(found.start)
            film = _film(doc, sentence, m.start(), subject, article)
            if not film:
                continue
            key = (film, "release", found.time.iso)
            if key in seen:
                continue
            seen.add(key)
            # a year alone is the film's publication year (P577 at year precision)
            prop = "publication_year" if found.time.precision == "year" else "release_date"
            country = country_of(text[max(0, min(m.start(), found.start) - 10):max(m.end(), found.end) + 40])
            yield claim(film, prop, found.time, doc.span(sentence.start, sentence.end), NAME, VERSION,
                        {"country": country} if prop == "release_date" else None)
        dates = dates_in("past")
        if article:
            for found in dates:
                if found.start in taken or found.time.precision != "day" or not _TOTAL_SINCE.search(
                        text[max(0, found.start - 60):found.start]):
                    continue
                film = film_for(doc, sentence.start + found.start, subject)
                if film and (film, "release", found.time.iso) not in seen:
                    seen.add((film, "release", found.time.iso))
                    yield claim(film, "release_date", found.time, doc.span(sentence.start, sentence.end), NAME,
                                VERSION, {"country": country_of(text[found.end:found.end + 40])})


__all__ = ["country_of", "extract_release"]
