"""Reference lists, dates and external identifiers of a rendered wiki page.

A reference list item such as

    "The French Connection, Box Office Information". Box Office Mojo. Retrieved January 29, 2012.

gives `Citation(title=…, url=…, publisher="Box Office Mojo", access_date="2012-01-29")`;
the structured COinS span (`span.Z3988`) MediaWiki adds to cite templates is
preferred where present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qs, urlsplit

from selectolax.lexbor import LexborNode

from ..html_text import clean

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTHS.update({name[:3]: i for name, i in list(_MONTHS.items())})
_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_PATTERNS = (
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    (re.compile(rf"\b(\d{{1,2}}) {_MONTH},? (\d{{4}})\b", re.I), ("d", "M", "y")),
    (re.compile(rf"\b{_MONTH} (\d{{1,2}}),? (\d{{4}})\b", re.I), ("M", "d", "y")),
    (re.compile(rf"\b{_MONTH},? (\d{{4}})\b", re.I), ("M", "y")),
    (re.compile(r"\b(\d{4})-(\d{2})\b"), ("y", "m")),
    (re.compile(r"^\s*(\d{4})\s*$"), ("y",)),
)
_RETRIEVED = re.compile(r"(?:Retrieved|Accessed|Archived from the original on)(?: on)? ([^.;]{4,40})", re.I)
_LAST_EDITED = re.compile(r"last (?:edited|modified) on ([^,.]+?\d{4})", re.I)


def iso_date(text: str) -> str:
    """`15 March 2013`, `March 15, 2013`, `2013-03-15` → `2013-03-15`; `March 2013` → `2013-03`;
    "" when no date is found."""
    text = clean(text)
    for pattern, order in _DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        year = int(parts["y"])
        month = (_MONTHS.get(parts["M"].casefold().rstrip(".")[:3], 0) if "M" in parts
                 else int(parts.get("m", 0)))
        day = int(parts.get("d", 0))
        try:
            if day:
                return date(year, month, day).isoformat()
            if month:
                return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else ""
        except ValueError:
            return ""
        return f"{year:04d}"
    return ""


def last_edited(text: str) -> str:
    """The date of `This page was last edited on 12 May 2014, at 10:00`, as ISO."""
    m = _LAST_EDITED.search(text)
    return iso_date(m.group(1)) if m else ""


@dataclass(frozen=True)
class Reference:
    title: str = ""
    url: str = ""
    publisher: str = ""
    date: str = ""
    access_date: str = ""


def _coins(item: LexborNode) -> dict[str, str]:
    span = item.css_first("span.Z3988")
    if span is None:
        return {}
    raw = span.attributes.get("title") or ""
    return {k: v[0] for k, v in parse_qs(raw).items()}


def parse_reference(item: LexborNode) -> Reference:
    """One `ol.references > li` → its title, url, publisher and dates."""
    body = item.css_first(".reference-text") or item
    coins = _coins(body)
    link = body.css_first("a.external")
    url = (link.attributes.get("href") or "") if link is not None else coins.get("rft_id", "")
    if url.startswith("//"):
        url = "https:" + url
    title = coins.get("rft.atitle") or coins.get("rft.btitle") or coins.get("rft.title") or ""
    if not title and link is not None:
        title = clean(link.text())
    title = clean(title).replace("''", "").strip(" \"'“”")
    publisher = clean(coins.get("rft.pub") or coins.get("rft.jtitle") or "").replace("''", "").strip()
    text = clean(body.text())
    published = iso_date(coins.get("rft.date", ""))
    accessed = ""
    if (m := _RETRIEVED.search(text)) and m.group(0).lower().startswith(("retrieved", "accessed")):
        accessed = iso_date(m.group(1))
    if not published:
        # A date in the reference text that is not the access date: "… Variety. 12 May 2013. Retrieved …"
        before = text[: m.start()] if m else text
        published = iso_date(before) if re.search(r"\d{4}", before) else ""
    if not title:
        title = text[:200]
    return Reference(title=title, url=url, publisher=publisher, date=published, access_date=accessed)


# ---------------------------------------------------------------- external ids

_ID_PATTERNS = (
    ("imdb", re.compile(r"imdb\.com/title/(tt\d+)")),
    ("imdb", re.compile(r"imdb\.com/name/(nm\d+)")),
    ("hancinema", re.compile(r"hancinema\.net/((?:korean_)?[\w-]+?)\.(?:php|html?)")),
)
_KMDB_PARAMS = ("p_dataid", "movieId", "movieSeq")


def external_id(href: str, text: str = "") -> tuple[str, str] | None:
    """An external-id link → (scheme, id): imdb tt…/nm…, kmdb, hancinema, official_website."""
    for scheme, pattern in _ID_PATTERNS:
        if m := pattern.search(href):
            return scheme, m.group(1)
    if "kmdb.or.kr" in href:
        try:
            query = parse_qs(urlsplit(href).query)
        except ValueError:  # a bracket no IPv6 address closes
            query = {}
        for key in _KMDB_PARAMS:
            if key in query:
                return "kmdb", query[key][0]
        if m := re.search(r"/([A-Z]/\d{5,})", href):
            return "kmdb", m.group(1)
        return "kmdb", href
    if re.search(r"\bofficial\b.*\b(?:site|website|page)\b", text, re.I) and href.startswith("http"):
        return "official_website", href
    return None
