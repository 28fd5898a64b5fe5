"""Sentence, number and date reading shared by the sentence-level extractors.

Everything here works on offsets into `Document.text`, so a claim can quote
the sentence that states it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..model import Document, Quantity, Section, Time
from .caches import per_document

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({name[:3]: num for name, num in list(MONTHS.items())})
MONTHS["sept"] = 9

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}
CARDINALS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
CURRENCIES = {
    "us$": "USD", "$": "USD", "usd": "USD", "₩": "KRW", "krw": "KRW", "won": "KRW", "€": "EUR",
    "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "₹": "INR", "inr": "INR",
    "rp": "IDR", "idr": "IDR", "₱": "PHP", "php": "PHP", "cn¥": "CNY", "rmb": "CNY", "hk$": "HKD",
    "w": "KRW",  # Korean English-language papers: "W77.5b"
}
# Headline abbreviations of a scale, read only after a currency: "W77.5b", "$61m".
SHORT_MULTIPLIERS = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}

# Sections that narrate the story: their dates and names belong to the story world.
NARRATIVE_SECTIONS = {"plot", "synopsis", "story", "summary", "plot summary"}
# The infobox section a markup reader renders is read field by field by the infobox extractor.
NON_PROSE_SECTIONS = {"references", "external links", "notes", "further reading", "sources", "infobox"}


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    section: tuple[str, ...]


_ABBREV = re.compile(
    r"(?:\b(?:No|Nos|lit|St|Mr|Mrs|Ms|Dr|Jr|Sr|vs|Vol|approx|ca|c|U\.S|Co|Inc|Ltd|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
    r"\d[\d,.]* Mio|\d[\d,.]* Mrd)|\b\d{1,2}|\b[A-Z])$")  # "Feb. 22", "20,9 Mio. Dollar" are one sentence
# a Japanese or Chinese full stop ends a sentence with or without a space, unless a quote closes
# after it (「君の名は。」 is a title)
_BOUNDARY = re.compile(r"[.!?](?=[\"')\]]*\s+[\"'(\[]?[A-Z0-9\u00C0-\uFFFF])|[。！？](?![」』）)\"”’]|$)")


def split_sentences(text: str, offset: int = 0, section: tuple[str, ...] = ()) -> Iterator[Sentence]:
    """Sentences of a prose block, one line at a time (lines never join)."""
    pos = 0
    for line in text.split("\n"):
        start = 0
        for m in _BOUNDARY.finditer(line):
            if _abbreviation_before(line, start, m.start()):
                continue
            yield from _emit(line, start, m.end(), pos + offset, section)
            start = m.end()
        yield from _emit(line, start, len(line), pos + offset, section)
        pos += len(line) + 1


def _abbreviation_before(line: str, start: int, end: int) -> bool:
    """Whether `line[start:end]` ends with an abbreviation (`_ABBREV`), reading only its end: every
    abbreviation is a few letters but "1,234.5 Mio", whose figure is read back to its first digit."""
    lo = end - 8
    if line.endswith((" Mio", " Mrd"), start, end):
        lo = end - 4
        while lo > start and (line[lo - 1] in ",." or line[lo - 1].isdecimal()):
            lo -= 1
    # `line[start - 1]` ends a sentence, no word character: `\b` reads the same as at the slice's start
    return _ABBREV.search(line, max(start, lo - 1), end) is not None


def _emit(line: str, a: int, b: int, base: int, section: tuple[str, ...]) -> Iterator[Sentence]:
    chunk = line[a:b]
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    if chunk:
        yield Sentence(base + a + lead, base + a + lead + len(chunk), chunk, section)


def sections_matching(doc: Document, *names: str) -> list[Section]:
    """Sections whose heading path contains one of `names` (case-insensitive, prefix match:
    "Cast" finds "Cast and characters")."""
    wanted = tuple(n.casefold() for n in names)
    return [s for s in doc.sections
            if any(p.casefold().startswith(wanted) for p in s.path)]


_BY_START: list[tuple[tuple[Section, ...], list[int], list[Section]]] = []
per_document(_BY_START.clear)


def own_range(doc: Document, section: Section) -> tuple[int, int]:
    """The part of a section before its first subsection's heading (a section's range holds its
    subsections too, so reading every section whole would read them twice). The page's sections are
    sorted once and the first deeper one after the section's start found from there, not every
    section looked at for each (a page of thousands of headings took their square)."""
    if not _BY_START or _BY_START[0][0] is not doc.sections:
        ordered = sorted(doc.sections, key=lambda s: s.start)
        _BY_START[:] = [(doc.sections, [s.start for s in ordered], ordered)]
    _, starts, ordered = _BY_START[0]
    end = section.end
    # the first deeper section starting after it within its range: the one whose heading ends its own part
    for i in range(bisect_right(starts, section.start), len(ordered)):  # no copy of the rest for each section
        other = ordered[i]
        if other.start > end:
            break
        if len(other.path) > len(section.path):
            end = min(end, doc.text.rfind("\n", 0, max(other.start - 1, 0)) + 1)
            break
    return section.start, max(end, section.start)


def merged_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`ranges` sorted and joined where they overlap, so a place is looked up by bisection."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def in_ranges(ranges: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` is in one of the merged `ranges`: bisected, not a pass over them for each line."""
    i = bisect_right(ranges, (at, 1 << 62)) - 1
    return i >= 0 and ranges[i][0] <= at < ranges[i][1]


def section_text_sentences(doc: Document, section: Section) -> Iterator[Sentence]:
    start, end = own_range(doc, section)
    pos = start
    for line in doc.text[start:end].split("\n"):
        if line.strip() and not line.lstrip().startswith("|"):
            yield from split_sentences(line, pos, section.path)
        pos += len(line) + 1


_PROSE_CACHE: OrderedDict[tuple[str, str, bool], tuple[Sentence, ...]] = OrderedDict()
per_document(_PROSE_CACHE.clear)


def prose_sentences(doc: Document, skip_narrative: bool = True) -> tuple[Sentence, ...]:
    """Sentences of every section that states facts about the film (not the plot, not the
    reference list), table rows excluded. Split once per document: every extractor reads them."""
    key = (doc.id, doc.format, skip_narrative)
    if key in _PROSE_CACHE:
        _PROSE_CACHE.move_to_end(key)
        return _PROSE_CACHE[key]
    out: list[Sentence] = []
    for section in doc.sections:
        names = {p.casefold() for p in section.path}
        if names & NON_PROSE_SECTIONS or (skip_narrative and names & NARRATIVE_SECTIONS):
            continue
        out.extend(section_text_sentences(doc, section))
    _PROSE_CACHE[key] = result = tuple(out)
    if len(_PROSE_CACHE) > 32:
        _PROSE_CACHE.popitem(last=False)
    return result


def section_sentences(doc: Document, *names: str) -> Iterator[Sentence]:
    for section in sections_matching(doc, *names):
        yield from section_text_sentences(doc, section)


# ---------------------------------------------------------------- dates

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_NAMES})\.?(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<m3>{_MONTH_NAMES})\.?\s+(?P<y3>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<hol>Christmas Eve|Christmas Day|New Year'?s Eve|New Year'?s Day|Valentine'?s Day|Halloween))\b",
    re.I,
)
# Days named by a fixed-date holiday ("opened on Christmas Eve"); lunar ones (Chuseok) move every year.
HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "new years eve": (12, 31),
            "new years day": (1, 1), "valentines day": (2, 14), "halloween": (10, 31)}


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    time: Time | None  # None: a day and month with no year to anchor it
    month: int = 0
    day: int = 0


def find_dates(text: str) -> list[FoundDate]:
    """Dates written out in `text`: "July 20, 2016", "20 July 2016", "August 2016",
    "2013-03-15"; "October 10" with no year comes back with `time=None` for the caller to anchor."""
    out = []
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        if g["iso"]:
            out.append(FoundDate(m.start(), m.end(), Time(g["iso"], "day")))
            continue
        if g["hol"]:
            month, day = HOLIDAYS[g["hol"].casefold().replace("'", "")]
            out.append(FoundDate(m.start(), m.end(), None, month, day))
            continue
        month_name = g["m1"] or g["m2"] or g["m3"]
        month = MONTHS[month_name.casefold()]
        if g["m3"]:
            out.append(FoundDate(m.start(), m.end(), Time(f"{int(g['y3']):04d}-{month:02d}", "month"), month))
            continue
        day = int(g["d1"] or g["d2"])
        year = g["y1"] or g["y2"]
        if not 1 <= day <= 31:
            continue
        if year:
            out.append(FoundDate(m.start(), m.end(), Time(f"{int(year):04d}-{month:02d}-{day:02d}", "day"),
                                 month, day))
        else:
            out.append(FoundDate(m.start(), m.end(), None, month, day))
    return out


def anchor(found: FoundDate, year: int) -> Time:
    """A year-less date placed in `year`."""
    return found.time or Time(f"{year:04d}-{found.month:02d}-{found.day:02d}", "day")


def iso_to_date(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DIGIT_RE = re.compile(r"\d")


# ---------------------------------------------------------------- numbers

_NUMBER = r"\d(?:[\d,]*\d)?(?:\.\d+)?"  # never ends on a comma: "March 15, 2013, ticket sales"
# Every currency sign Unicode knows: a sign filmfacts has no code for is kept as written, never read
# as another currency ("NT$5 million" is not US dollars).
_SIGNS = "".join(c for c in map(chr, range(0x24, 0x10000)) if unicodedata.category(c) == "Sc")
_CURRENCY = (rf"(?:(?<![A-Za-z])[A-Z]{{1,3}}\$|CN¥|[{re.escape(_SIGNS)}]|(?<![\w.])W(?=\d)"
             r"|(?<![A-Za-z])(?:KRW|USD|EUR|GBP|JPY|INR|IDR|Rp)(?![A-Za-z]))")
AMOUNT_RE = re.compile(
    rf"(?P<cur>{_CURRENCY})?\s?(?P<num>{_NUMBER})(?:\s*(?P<mult>thousand|million|billion|trillion)\b"
    rf"|(?<=\d)(?P<short>bn|b|mn|m|tn|k)\b)?"
    rf"(?:\s*(?P<cur2>won|KRW|USD|dollars))?",
    re.I,
)
# Korean counting units: "1,109만 명" (11.09 million people), "1천만" (10 million), "713억 원".
KOREAN_AMOUNT_RE = re.compile(r"(?P<num>\d(?:[\d,]*\d)?(?:\.\d+)?)\s?(?P<mult>천만|백만|만|억|조)"
                              r"(?:\s?(?P<num2>\d(?:[\d,]*\d)?)\s?(?P<mult2>천만|백만|만))?(?P<won>\s?원)?")
KOREAN_MULTIPLIERS = {"만": 1e4, "백만": 1e6, "천만": 1e7, "억": 1e8, "조": 1e12}
APPROX_RE = re.compile(r"(?:~|\b(?:about|around|approximately|approx\.|roughly|an estimated|some|nearly|almost))\s*$",
                       re.I)
LOWER_BOUND_RE = re.compile(r"\b(?:more than|over|at least|in excess of|exceeding|above|upwards of)\s*$", re.I)
UPPER_BOUND_RE = re.compile(r"\b(?:less than|under|below|up to|nearly|almost)\s*$", re.I)


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    quantity: Quantity
    percent: bool = False
    written: str = ""  # a currency filmfacts has no code for, as written (the unit is then "unknown")


def parse_number(raw: str) -> float:
    return float(raw.replace(",", ""))


def find_amounts(text: str) -> list[Amount]:
    """Numbers with their scale, currency and bound: "5.31 million" → 5,310,000 (approx),
    "more than US$38 million" → ≥ 38,000,000 USD, "64.2%" → 0.642."""
    out: list[Amount] = []
    if not DIGIT_RE.search(text):
        return out
    for m in AMOUNT_RE.finditer(text):
        raw = m.group("num")
        if YEAR_RE.fullmatch(raw) and not m.group("cur") and not m.group("mult"):
            continue  # a bare year is not an amount ("in 1997 won the prize" is not ₩1,997)
        value = parse_number(raw)
        mult = m.group("mult")
        approx = False
        end = m.end()
        if mult:
            value *= MULTIPLIERS[mult.casefold()]
            approx = True  # "5.31 million" is a rounded figure
        elif m.group("short"):
            if m.group("cur"):
                value *= SHORT_MULTIPLIERS[m.group("short").casefold()]
                approx = True
            else:
                end = m.start("short")  # "7b" with no currency is not a sum
        percent = text[end:end + 1] == "%" or text[end:end + 9].casefold().startswith(" percent")
        if percent:
            value /= 100
            end += 1 if text[end] == "%" else 8
        # "won" names the currency only after a scale word: "5.2 billion won", not "1997 won".
        cur2 = m.group("cur2") if m.group("mult") or (m.group("cur2") or "").casefold() != "won" else ""
        written = (m.group("cur") or cur2 or "").strip()
        cur = written.casefold()
        unit = "USD" if cur == "dollars" else CURRENCIES.get(cur, "unknown" if cur else "")
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        out.append(_amount(text, start, end, value, unit, approx, percent, written if unit == "unknown" else ""))
    for m in KOREAN_AMOUNT_RE.finditer(text):
        value = parse_number(m.group("num")) * KOREAN_MULTIPLIERS[m.group("mult")]
        if m.group("num2"):
            value += parse_number(m.group("num2")) * KOREAN_MULTIPLIERS[m.group("mult2")]
        out = [a for a in out if a.end <= m.start() or a.start >= m.end()]
        out.append(_amount(text, m.start(), m.end(), value, "KRW" if m.group("won") else "", True, False, ""))
    out.sort(key=lambda a: a.start)
    return _without_conversions(text, out)


def _amount(text: str, start: int, end: int, value: float, unit: str, approx: bool, percent: bool,
            written: str) -> Amount:
    """An amount with the bound and approximation the words before it give."""
    before = text[max(0, start - 24):start]
    bound = "lower" if LOWER_BOUND_RE.search(before) else "upper" if UPPER_BOUND_RE.search(before) else ""
    approx = approx or bool(APPROX_RE.search(before))
    return Amount(start, end, Quantity(round(value, 6), unit, approx, bound), percent, written)  # type: ignore[arg-type]


_CONVERSION_GAP = re.compile(r"^\s*(?:\(|,\s*(?:or|about|roughly|around)\b|\bor\b)\s*(?:~|about|approximately|"
                             r"approx\.|around|roughly|c\.|ca\.|some|or|the equivalent of|equivalent to)?\s*$",
                             re.I)


def _without_conversions(text: str, amounts: list[Amount]) -> list[Amount]:
    """"Rp 5 billion ($600,000)": the bracketed sum is the first in another currency, not a figure of
    its own."""
    out: list[Amount] = []
    for amount in amounts:
        prev = out[-1] if out else None
        if (prev is not None and prev.quantity.unit and amount.quantity.unit
                and prev.quantity.unit != amount.quantity.unit
                and _CONVERSION_GAP.match(text[prev.end:amount.start])):
            continue
        out.append(amount)
    return out


def ordinal_value(word: str) -> int | None:
    """7 for "seventh" or "7th"."""
    w = word.casefold()
    if w in ORDINALS:
        return ORDINALS[w]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", w)
    return int(m.group(1)) if m else None


def count_value(word: str) -> int | None:
    """2 for "two" or "2"."""
    w = word.casefold()
    if w.isdigit():
        return int(w)
    return CARDINALS.get(w)


def split_list(text: str) -> list[str]:
    """"A, B, and C" / "A, B and C" / "A; B" → ["A", "B", "C"]."""
    parts = re.split(r"(?<!\s)(?:\s*+(?:;|,\s*+and\s++|,|&)\s*+|\s++and\s++)", text.strip().rstrip("."))
    return [p.strip() for p in parts if p.strip()]


@lru_cache(maxsize=64)
def says(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` occurs in `text`: asked of a whole sentence or clause by each of its figures,
    looked for once (a sentence of thousands of figures searched itself again for each)."""
    return pattern.search(text) is not None


@lru_cache(maxsize=64)
def match_spans(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and ends of `pattern`'s matches in `text`, found once for a text that many figures or
    awards of one sentence ask about (searching it again for each is quadratic in the sentence)."""
    found = [(m.start(), m.end()) for m in pattern.finditer(text)]
    return tuple(a for a, _ in found), tuple(b for _, b in found)
