"""Infobox fields (`Document.fields`) → claims.

Readers give each infobox parameter as a field whose value is rendered text,
items separated by "; " (`starring = Jane Doe; Richard Miles`). Each
item becomes one claim whose evidence is that item's span:

    director: John Roe                      → director = Name("John Roe")
    starring: A; B                          → cast_member = A, cast_member = B
    released: 17 January 1997 (Spain)       → release_date = Time("1997-01-17"), country = Spain
    runtime: 100 minutes                    → running_time = Quantity(100, "minute")
    gross: more than US$30 million[ref]     → gross = Quantity(30e6, "USD", approx, bound="lower"),
                                              point_in_time = the cited work's date
    hangul: 영화                             → native_title = Text(…, "ko", "Hangul")
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..model import Claim, Document, Field, Name, Quantity, Text, Time, Value, claim
from ..sources.layout import script_of
from ..sources.wikicite import iso_date
from . import extractor
from .citations import citation_for
from .kinds import ENCYCLOPEDIC_KINDS
from .vocab import country_named

VERSION = "1.0"

PEOPLE = {
    "director": "director", "directed_by": "director", "directors": "director",
    "producer": "producer", "producers": "producer", "produced_by": "producer",
    "writer": "writer", "writers": "writer", "written_by": "writer",
    "screenplay": "screenwriter", "screenplay_by": "screenwriter", "story": "story", "story_by": "story",
    "music": "music", "music_by": "music", "composer": "music",
    "cinematography": "cinematography", "editing": "editing", "edited_by": "editing", "editor": "editing",
    "narrator": "narrator", "narrated_by": "narrator",
    "starring": "cast_member", "cast": "cast_member",
}
ORGANIZATIONS = {
    "studio": "production_company", "studios": "production_company",
    "production_company": "production_company", "production_companies": "production_company",
    "distributor": "distributor", "distributors": "distributor", "distributed_by": "distributor",
}
RELEASE = frozenset(("released", "release_date", "release_dates", "release"))
RUNTIME = frozenset(("runtime", "running_time"))
TEXTS = {"country": "country_of_origin", "countries": "country_of_origin",
         "language": "original_language", "languages": "original_language", "genre": "genre", "genres": "genre"}
MONEY = {"budget": "budget", "gross": "gross", "box_office": "gross"}
NATIVE = frozenset(("hangul", "hanja"))
COUNTS = {"admissions": "admissions", "attendance": "admissions", "audience": "admissions"}
TIME_SENSITIVE = frozenset(("gross", "budget", "admissions"))

_NAME_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|&|\band\b)\s*")
_PAREN_TAIL = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
_PAREN_HEAD = re.compile(r"^\s*\(([^()]*)\)\s*(.*)$")
_EVENT = re.compile(r"festival|premiere|fest\b|screening|market", re.I)
_CURRENCY_CODES = {
    "us$": "USD", "$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD",
    "₩": "KRW", "krw": "KRW", "won": "KRW", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "yen": "JPY", "cn¥": "CNY", "cny": "CNY",
    "rmb": "CNY", "yuan": "CNY", "₹": "INR", "inr": "INR", "rupees": "INR", "rs": "INR", "rs.": "INR",
    "rp": "IDR", "rp.": "IDR", "idr": "IDR", "rupiah": "IDR", "hk$": "HKD", "hkd": "HKD", "nt$": "TWD",
    "twd": "TWD", "a$": "AUD", "aud": "AUD", "ca$": "CAD", "c$": "CAD", "cad": "CAD", "nz$": "NZD",
    "s$": "SGD", "r$": "BRL", "mex$": "MXN", "₱": "PHP", "php": "PHP", "₽": "RUB", "rub": "RUB",
    "฿": "THB", "thb": "THB", "₺": "TRY", "try": "TRY", "rm": "MYR", "myr": "MYR", "chf": "CHF", "원": "KRW",
}
_PREFIX = r"(?P<pre>US\$|HK\$|CN¥|NT\$|A\$|CA\$|C\$|NZ\$|S\$|R\$|Mex\$|\$|₩|€|£|¥|₹|₱|₽|฿|₺|Rp\.?|Rs\.?|RM|" \
          r"KRW|USD|EUR|GBP|JPY|INR|IDR|CNY|HKD|CHF)"
_MONEY = re.compile(
    _PREFIX + r"?\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s*[–-]\s*(?P<num2>\d[\d,]*(?:\.\d+)?))?"
    r"(?:\s*(?P<mult>(?:thousand|million|billion|trillion|bn|mn|m|k)\b|억|만|조))?"
    r"(?:\s*(?P<post>(?:USD|KRW|EUR|GBP|JPY|won|dollars|euros?|yen|yuan|rupees|rupiah)\b|원))?(?P<plus>\+)?",
    re.I,
)
_MULTIPLIERS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
                "bn": 1e9, "trillion": 1e12, "만": 1e4, "억": 1e8, "조": 1e12}
_LOWER = re.compile(r"(?:more than|over|at least|in excess of|exceeding|above|upwards of)\s*$", re.I)
_UPPER = re.compile(r"(?:less than|under|below|up to|nearly|almost)\s*$", re.I)
_ABOUT = re.compile(r"(?:about|approximately|approx\.?|around|roughly|est\.?|estimated|~|c\.)\s*$", re.I)
_COUNT = re.compile(
    r"(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<mult>(?:thousand|million|billion)\b|만|억))?(?P<plus>\+)?", re.I)
_MINUTES = re.compile(r"(\d+(?:\.\d+)?)\s*(?:(?:minutes?|mins?\.?|m)\b|분)", re.I)
_HOURS = re.compile(r"(\d+(?:\.\d+)?)\s*(?:(?:hours?|hrs?\.?|h)\b|시간)", re.I)


def items(field: Field) -> Iterator[tuple[str, int, int]]:
    """The "; "-separated items of a field value with their offsets in the document."""
    pos = 0
    for part in field.value.split("; "):
        lead = len(part) - len(part.lstrip())
        text = part.strip()
        if text:
            start = field.start + pos + lead
            yield text, start, start + len(text)
        pos += len(part) + 2


def split_names(text: str, start: int, full_names: bool = True) -> Iterator[tuple[str, int, int]]:
    """`A, B and C` → the three parts; with `full_names`, only when every part has a space (so
    `John Roe, Jr.` stays one name)."""
    pieces: list[tuple[int, str]] = []
    pos = 0
    for m in _NAME_SEP.finditer(text):
        pieces.append((pos, text[pos:m.start()]))
        pos = m.end()
    pieces.append((pos, text[pos:]))
    pieces = [(i, p) for i, p in pieces if p.strip()]
    if len(pieces) > 1 and (not full_names or all(" " in p.strip() for _, p in pieces)):
        for i, p in pieces:
            yield p.strip(), start + i, start + i + len(p.strip())
    else:
        yield text, start, start + len(text)


def money(text: str) -> list[tuple[Quantity, bool, int, int]]:
    """Amounts in `text` with a currency: each with whether it is a parenthetical equivalent and
    where it is written."""
    found: list[tuple[Quantity, bool, int, int]] = []
    for m in _MONEY.finditer(text):
        sign = (m.group("pre") or m.group("post") or "").lower()
        unit = _CURRENCY_CODES.get(sign, "")
        if not unit:
            continue
        amount = float(m.group("num").replace(",", ""))
        mult = (m.group("mult") or "").lower()
        amount *= _MULTIPLIERS.get(mult, 1.0)
        before = text[:m.start()]
        bound: Any = ""
        if _LOWER.search(before) or m.group("plus"):
            bound = "lower"
        elif _UPPER.search(before):
            bound = "upper"
        approx = bool(mult) or bool(m.group("num2")) or bool(_ABOUT.search(before))
        inside = before.count("(") > before.count(")")
        found.append((Quantity(amount, unit, approx, bound), inside, m.start(), m.end()))
    return found


def count(text: str) -> Quantity | None:
    """`12.32 million` → 12,320,000 (approx); `1,281만 명` → 12,810,000; `more than 10,000,000` →
    a lower bound."""
    m = _COUNT.search(text)
    if not m:
        return None
    mult = (m.group("mult") or "").lower()
    amount = float(m.group("num").replace(",", "")) * _MULTIPLIERS.get(mult, 1.0)
    before = text[:m.start()]
    bound: Any = "lower" if m.group("plus") or _LOWER.search(before) else ""
    return Quantity(amount, "", approx=bool(mult) or bool(_ABOUT.search(before)), bound=bound)


def minutes(text: str) -> float | None:
    hours = _HOURS.search(text)
    mins = _MINUTES.search(text)
    if hours or mins:
        return (float(hours.group(1)) * 60 if hours else 0.0) + (float(mins.group(1)) if mins else 0.0)
    bare = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*", text)
    return float(bare.group(1)) if bare else None


def _time(iso: str) -> Time:
    return Time(iso, "day" if len(iso) == 10 else "month" if len(iso) == 7 else "year")


@extractor("infobox", VERSION, requires=("fields",), kinds=ENCYCLOPEDIC_KINDS)
def extract_infobox(doc: Document, subject: str) -> Iterator[Claim]:
    seen: set[tuple[str, Value, tuple[Any, ...]]] = set()
    for field in doc.fields:
        for prop, value, start, end, qualifiers in _field_claims(doc, field):
            key = (prop, value, tuple(sorted(qualifiers.items())))
            if key in seen:
                continue
            seen.add(key)
            yield claim(subject, prop, value, doc.span(start, end), "infobox", VERSION, qualifiers)


Found = tuple[str, Value, int, int, dict[str, Any]]


def _field_claims(doc: Document, field: Field) -> Iterator[Found]:
    name = field.name
    if name in PEOPLE:
        for text, start, _ in items(field):
            for person, s, e in split_names(text, start):
                note = ""
                if m := _PAREN_TAIL.match(person):
                    person, note = m.group(1), m.group(2)
                    e = s + len(person)
                if person:
                    yield PEOPLE[name], Name(person, "person"), s, e, {"note": note}
    elif name in ORGANIZATIONS:
        for text, start, end in items(field):
            yield ORGANIZATIONS[name], Name(text, "organization"), start, end, {}
    elif name == "based_on":
        yield from _based_on(field)
    elif name in RELEASE:
        for text, start, end in items(field):
            iso = iso_date(text)
            if not iso:
                continue
            where = m.group(2).strip() if (m := _PAREN_TAIL.match(text)) else ""
            country = country_named(where) if where else ""
            if where and not country:
                # "May 21, 2019 (Cannes)": a festival or a city, so a premiere there, not a release
                yield "premiere_date", _time(iso), start, end, {"place": where}
                continue
            # "USA" → "United States", as the text extractors say
            yield "release_date", _time(iso), start, end, {"country": country or where}
    elif name == "year":
        for text, start, end in items(field):
            if re.fullmatch(r"1[89]\d\d|20\d\d", text):
                yield "publication_year", Time(text, "year"), start, end, {}
    elif name in RUNTIME:
        for text, start, end in items(field):
            if (length := minutes(text)) is not None:
                yield "running_time", Quantity(length, "minute"), start, end, {}
    elif name in TEXTS:
        for text, start, _ in items(field):
            for part, s, e in split_names(text, start, full_names=False):
                yield TEXTS[name], Text(part, doc.language or "en"), s, e, {}
    elif name in MONEY:
        prop = MONEY[name]
        when = _cited_date(doc, field) if prop in TIME_SENSITIVE else ""
        for text, start, _ in items(field):
            for amount, equivalent, s, e in money(text):
                if equivalent:
                    continue  # "Rp 5 billion ($600,000)": the same sum in another currency
                yield prop, amount, start + s, start + e, {"point_in_time": when}
    elif name in COUNTS:
        when = _cited_date(doc, field)
        for text, start, end in items(field):
            if (quantity := count(text)) is not None:
                yield COUNTS[name], quantity, start, end, {"point_in_time": when}
    elif name in NATIVE:
        for text, start, end in items(field):
            script = script_of(text)
            yield "native_title", Text(text, "ko", script), start, end, {"language": "ko", "script": script}
    elif name == "rr":
        for text, start, end in items(field):
            yield "romanized_title", Text(text, "ko-Latn", "Latin"), start, end, {
                "language": "ko-Latn", "system": "Revised Romanization"}


def _cited_date(doc: Document, field: Field) -> str:
    """The date of the work a reference inside the field's value cites (else when it was read)."""
    cited = citation_for(doc, field.start)
    if cited is None or not field.start <= cited.anchor <= field.end:
        return ""
    return iso_date(cited.date) or iso_date(cited.access_date)


def _based_on(field: Field) -> Iterator[Found]:
    """`(stage play) The Play by Jane Doe` → work "The Play", author and form qualifiers; a line
    of its own `by Jane Doe` (a `<br>` in the infobox) is the author of the line before."""
    parts = list(items(field))
    for i, (text, start, end) in enumerate(parts):
        if text.casefold().startswith("by "):
            continue
        form, work, s = "", text, start
        if m := _PAREN_HEAD.match(work):
            form, work = m.group(1).strip(), m.group(2)
            s = start + m.start(2)
        author = ""
        if " by " in work:
            work, author = work.rsplit(" by ", 1)
        elif i + 1 < len(parts) and parts[i + 1][0].casefold().startswith("by "):
            author = parts[i + 1][0][3:]
            end = parts[i + 1][2]
        work = work.strip()
        if work:
            yield "based_on", Name(work, "work"), s, end, {"author": author.strip(), "form": form}
