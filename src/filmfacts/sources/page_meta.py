"""What an article page says about itself in its text: dates, bylines, datelines, dates in URLs.

    >>> parse_date("Published : March 1, 2013 - 17:32")
    '2013-03-01'
    >>> parse_date("2013.02.23 14:05"), parse_date("2013년 2월 23일"), parse_date("23 Feb 2013")
    ('2013-02-23', '2013-02-23', '2013-02-23')
    >>> parse_date("03-11-2013, 09:14 AM"), parse_date("11.03.2013")
    ('2013-03-11', '2013-03-11')
    >>> published_in_line("Posted on 2024-03-04 by admin")
    '2024-03-04'
    >>> published_in_line("Updated : March 2, 2013 - 09:10")
    ''
    >>> date_in_url("https://example.com/news/2013/02/23/story.html")
    '2013-02-23'
    >>> byline_in_line("By Kim Hyun-jin (kim@example.com)")
    'Kim Hyun-jin'

Dates are returned as ISO (`YYYY-MM-DD`, or `YYYY-MM` when only the month is known), as the page
wrote them: a timestamp's time zone is not converted, since the publisher's local day is the day
the page speaks of. Anything that is not a real calendar date gives "".
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {name: i for i, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
_MONTHS.update({name[:3]: i for name, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_Y = r"(?P<y>(?:19|20)\d{2})"
# Each pattern names its groups y, m (number), M (name), d; the first that matches wins.
_PATTERNS = (
    re.compile(rf"(?<!\d){_Y}-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?!\d)"),
    re.compile(rf"(?<![\d.]){_Y}[./](?P<m>\d{{1,2}})[./](?P<d>\d{{1,2}})(?![\d/])"),
    re.compile(rf"{_Y}\s*년\s*(?P<m>\d{{1,2}})\s*월\s*(?P<d>\d{{1,2}})\s*일"),
    # Year last: 03-11-2013 and 03/11/2013 are month first (forum software, US sites), 11.03.2013 is
    # day first (European); a first number above 12 can only be a day.
    re.compile(rf"(?<![\d.])(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep){_Y}(?![\d.]\d)"),
    re.compile(rf"\b(?P<M>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_Y}\b", re.I),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<M>{MONTH}),?\s+{_Y}\b", re.I),
    re.compile(rf"\b(?P<M>{MONTH}),?\s+{_Y}\b", re.I),
    re.compile(rf"{_Y}\s*년\s*(?P<m>\d{{1,2}})\s*월"),
)


def month_number(name: str) -> int:
    """`Feb.` → 2, `Sept` → 9, `September` → 9; 0 for anything else."""
    key = name.casefold().rstrip(".")
    return _MONTHS.get(key) or _MONTHS.get(key[:3], 0)


def _iso(y: str, m: int, d: int) -> str:
    try:
        if d:
            return date(int(y), m, d).isoformat()
        return f"{int(y):04d}-{m:02d}" if 1 <= m <= 12 else ""
    except ValueError:
        return ""


def parse_date(text: str) -> str:
    """The first calendar date written in `text` as ISO, or ""."""
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            parts = m.groupdict()
            if parts.get("a"):
                a, b = int(parts["a"]), int(parts["b"])
                day_first = parts["sep"] == "." or a > 12
                parts["d"], month = (str(a), b) if day_first else (str(b), a)
            else:
                month = month_number(parts["M"]) if parts.get("M") else int(parts["m"])
            if iso := _iso(parts["y"], month, int(parts.get("d") or 0)):
                return iso
    return ""


# "Published : March 1, 2013", "Posted on 2024-03-04 by admin", "입력 2013.02.23 14:05". "Updated",
# "Modified" and "수정" name a later edit, not when the page came out.
_PUBLISHED = re.compile(
    r"^\s*(?:(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|date(?:d)?|written(?:\s+on)?|"
    r"created(?:\s+on)?|submitted(?:\s+on)?|issued(?:\s+on)?|publié(?:\s+le)?|veröffentlicht(?:\s+am)?|"
    r"기사\s*입력|입력|등록|작성일?|발행|發佈時間|发布时间|發布時間|發表時間|发表时间|投稿日|掲載日|配信日)"
    r"\s*[:：]?\s*(?P<rest>.+)$", re.I)
_UPDATED = re.compile(r"^\s*(?:last\s+)?(?:updated|modified|edited|revised|수정|更新|최종\s*수정|최근\s*수정|"
                      r"最終更新)", re.I)
_DATE_ONLY = re.compile(
    rf"^\s*(?:[A-Z][a-z]+day,?\s+)?(?:\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}\.?|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|"
    rf"\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{4}}\s*년\s*\d{{1,2}}\s*월\s*\d{{1,2}}\s*일)"
    r"(?:\s*(?:[-|,·@]|at)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:KST|UTC|GMT|[A-Z]{2,4})?)?"
    r"\s*$", re.I)


def published_in_line(line: str) -> str:
    """The date a line gives as the page's publication (a labelled date, or a line that is only a
    date and time), or ""."""
    if _UPDATED.match(line) or len(line) > 120:
        return ""
    if m := _PUBLISHED.match(line):
        return parse_date(m.group("rest"))
    if _DATE_ONLY.match(line):
        return parse_date(line)
    # "2024/03/04 | Source: KOBIS | Compiled by …": a date heading a line of page details.
    head = re.split(r"\s+[|·•]\s+", line, maxsplit=1)[0]
    if head != line and _DATE_ONLY.match(head):
        return parse_date(head)
    return _signed_date(line)


_TIME_OF_DAY = re.compile(
    r"\b\d{1,2}\s*:\s*\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:KST|UTC|GMT|ET|PT|CT|EST|PST|CST|JST)?", re.I)
_SHORT_US_DATE = re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<yy>\d{2})(?![\d/])")


def _signed_date(line: str) -> str:
    """A short line that is a date with a name or a word or two (`By Chris Doe - 01/13/19 at 09:14
    PM`, `Jane Doe, Dec. 3, 2013, 11:30 a.m.`, `Movie News 29/04/2019`, `장미 2006-08-01`), not a
    sentence: the page's date."""
    sentence = bool(re.search(r"[.!?]\s+[A-Z]|[.!?]$", line.rstrip(". ").rstrip())) and len(line.split()) > 8
    if len(line) > 90 or any(c in line for c in "(|\t") or sentence:
        return ""
    when = parse_date(line)
    rest = line
    if sum(1 for pattern in _PATTERNS[:6] for _ in pattern.finditer(line)) >= 2 and "updated" not in line.casefold():
        return ""  # "Box Office Review 2017.12.22 - 2017.12.24": a period, not the page's day
    if not when and (m := _SHORT_US_DATE.search(line)):
        when = _iso("20" + m.group("yy"), int(m.group("m")), int(m.group("d")))
    if not when:
        return ""
    for pattern in (*_PATTERNS, _SHORT_US_DATE, _TIME_OF_DAY):
        rest = pattern.sub(" ", rest)
    words = [w for w in re.split(r"[\s,|·•@\-–—/]+", rest) if w and w.casefold() not in {"by", "on", "at", "posted",
                                                                                    "updated", "and"}]
    if any(_NOT_SIGNED.match(w) or (w.isalpha() and w.islower() and len(w) > 3) for w in words):
        return ""  # "Released on May 3, 2019": a film's date, not the page's
    return when if len(words) <= 4 and not any(len(w) > 20 for w in words) else ""


_NOT_SIGNED = re.compile(r"^(?:release[ds]?|opens?|opening|premieres?|premiered|screenings?|in|theaters?|cinemas?|"
                         r"개봉\w*|公開\w*|上映\w*|sortie|born|died|since|until|from|to)$", re.I)


def is_updated_line(line: str) -> bool:
    return bool(_UPDATED.match(line)) and bool(parse_date(line)) and len(line) <= 120


# "SEOUL, Feb. 23 (Yonhap) --", "SEOUL, March 1, 2013 (AP) —". The year, when missing, is taken
# from another date the page gives.
DATELINE = re.compile(
    rf"^\s*(?P<place>[A-Z][A-Z .'-]{{1,30}}(?:,\s*[A-Z][A-Za-z .]{{1,20}})?),\s*"
    rf"(?P<M>{MONTH})\s+(?P<d>\d{{1,2}})(?:,\s*(?P<y>(?:19|20)\d{{2}}))?\s*"
    r"(?:\((?P<agency>[^)]{2,40})\))?\s*(?:--|—|–|-)\s*")


def dateline(line: str, year_hint: str = "") -> tuple[str, str]:
    """(ISO date, agency) of a dateline opening `line`; the date is "" when no year is known."""
    m = DATELINE.match(line)
    if not m:
        return "", ""
    year = m.group("y") or year_hint
    month = month_number(m.group("M"))
    iso = _iso(year, month, int(m.group("d"))) if year else ""
    return iso, (m.group("agency") or "").strip()


_MONTH_WORD = r"(?P<M>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_URL_DATES = (
    # /2013/02/23/ (the day a whole path segment: "/2024/02/12-12-the-day" is a title), 2013-02-23, 2013_02_23
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=/|$|\.[a-z]{2,5}$)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<s>[_-])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?!\d)"),
    # /2009/mar/22/, la-xpm-1998-mar-24-, /01-Mar-2019/
    re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})[/_-]{_MONTH_WORD}[/_-](?P<d>[0-3]?\d)(?!\d)", re.I),
    re.compile(rf"(?<!\d)(?P<d>[0-3]?\d)[/_-]{_MONTH_WORD}[/_-](?P<y>(?:19|20)\d{{2}})(?!\d)", re.I),
    # a page named by its day: /August_19,_2024
    re.compile(rf"(?<![a-z]){_MONTH_WORD}[_ -](?P<d>[0-3]?\d)(?:,|%2C)?[_ -](?P<y>(?:19|20)\d{{2}})(?!\d)", re.I),
    # an article number that starts with its day: 20130223…, isp201907220040
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:\d{0,12})?(?!\d)"),
    # a month: /2013/02/, …-2019-11/
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)/(?![0-3]?\d(?:/|$))"),
    re.compile(r"[-_](?P<y>(?:19|20)\d{2})[-_](?P<m>[01]\d)/?$"),
)
# Two full dates in an address are a period the page covers ("…-2017-12-22--2017-12-24-…"), not its day.
_URL_PERIOD = re.compile(r"(?:19|20)\d{2}[-_.]\d{2}[-_.]\d{2}\D{1,3}(?:19|20)\d{2}[-_.]\d{2}[-_.]\d{2}")
# A year alone as the address's first segment: variety.com/2001/film/…
_URL_YEAR = re.compile(r"^/(?P<y>(?:19|20)\d{2})/[^/]+")


def date_in_url(url: str) -> str:
    """A date written in a URL: /2013/02/23/, 2013-02-23, /2009/mar/22/, a 20130223… article number,
    /2013/02/ (a month) or /2001/film/… (a year); "" when there is none, it is not a real date, or
    the address names a period."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.I)
    if _URL_PERIOD.search(path):
        return ""
    found: list[tuple[int, int, str]] = []  # the date written first in the address wins
    for order, pattern in enumerate(_URL_DATES):
        for m in pattern.finditer(path):
            parts = m.groupdict()
            month = month_number(parts["M"]) if parts.get("M") else int(parts["m"])
            if iso := _iso(parts["y"], month, int(parts.get("d") or 0)):
                found.append((m.start(), order, iso))
                break
    if found:
        return min(found)[2]
    year = _URL_YEAR.match(path)
    return year.group("y") if year else ""


def title_in_url(url: str) -> str:
    """The page title a wiki's address carries (`/wiki/The_Wailing_(film)`, `…/Sunny_(2011-South_Korean_Movie)`,
    `?title=Intouchables_%28film%29`), without its disambiguation: "The Wailing", "Sunny"; "" when the
    address names no page that way."""
    from urllib.parse import parse_qs, unquote, urlsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    query = parse_qs(parts.query)
    name = ""
    if m := re.search(r"/wiki/([^/?#]+)", parts.path):
        name = m.group(1)
    elif q := (query.get("title") or query.get("q")):
        name = q[0]
    elif (last := parts.path.rstrip("/").rsplit("/", 1)[-1]) and "_" in last and "." not in last:
        name = last
    name = unquote(name).replace("_", " ").strip()
    if not name or ":" in name.split(" ")[0] or not (name[0].isupper() or name[0].isdigit() or not name[0].isascii()):
        return ""  # "Wikipedia:Today's featured list", a lower-case slug
    name = re.sub(r"\s*\([^()]*\)$", "", name).strip()
    return name if 0 < len(name) <= 100 else ""


# "By Kim Hyun-jin", "By KIM HYUN-JIN [kim@joins.com]", "Posted on 2024-03-04 by admin",
# "Written by Lee", "Reporter: Park", "Kim Hyun-jin 기자".
_NAME = r"[^\W\d_][\w.'’-]*(?:\s+(?:[^\W\d_][\w.'’-]*|and|&))*"
_BYLINES = (
    re.compile(rf"^\s*(?:written\s+|posted\s+|story\s+|words\s+|text\s+)?by\s*[:：]?\s+(?P<who>{_NAME})", re.I),
    re.compile(rf"\bposted\b.*?\bby\s+(?P<who>{_NAME})", re.I),
    re.compile(rf"^\s*(?:reporter|author|writer|correspondent|기자)\s*[:：]\s*(?P<who>{_NAME})", re.I),
    re.compile(r"^\s*(?P<who>[가-힣]{2,4})\s*(?:기자|특파원)\b"),
)
_NOT_A_NAME = re.compile(r"^(?:the|a|an|this|our|staff)$", re.I)


def byline_in_line(line: str) -> str:
    """The author a short line names, without e-mail, brackets or a trailing date; or ""."""
    if len(line) > 160:
        return ""
    for pattern in _BYLINES:
        if m := pattern.search(line):
            who = re.sub(r"\s+(?:on|at|in|\||-|—|·)\s*$", "", m.group("who")).strip(" ,")
            words = who.split()
            # Dates and times after the name ("by admin on March 4") are not part of it.
            for i, word in enumerate(words):
                if word.casefold() in {"on", "at", "in", "updated", "published", "posted", "|"} or \
                        (re.match(MONTH + r"$", word, re.I) and i):
                    words = words[:i]
                    break
            who = " ".join(words).strip(" ,")
            # a full stop ends an initial ("Hana K."), not a name
            who = who if re.search(r"(?:^|\s)[A-Z]\.$", who) else who.rstrip(". ")
            if who and len(words) <= 6 and not _NOT_A_NAME.match(who):
                return who
    return ""


__all__ = ["DATELINE", "MONTH", "byline_in_line", "date_in_url", "dateline", "is_updated_line",
           "month_number", "parse_date", "published_in_line", "title_in_url"]
