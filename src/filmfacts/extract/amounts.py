"""Figures as the press writes them, in English, Korean, Japanese and Chinese.

Money and counts with their scale, currency, approximation and bound:

- "$52.4M", "$1.2 billion", "US$8.1 million", "USD 1.006 billion", "₩7.5 billion", "W77.5b",
  "7.5 billion won", "1.2 billion yuan", "860 million yen", "28.84 million Taiwanese dollars",
  "Rs 2,000 crore", "1,810 crore" (crore and lakh are Indian rupees), "$200-million budget";
- Korean, Japanese and Chinese counting units, read as one number whatever their order or spacing:
  "1,109만 명", "1237만 8366명", "56만 8천여명", "4백만명", "천만 관객", "1000만 270명", "265억원",
  "1650만달러" (US dollars), "194億円", "90億6800万円", "82万40人", "5.76億元", "2.13億美元";
- ranges ("$3–4 million", "$89–97 million"): two figures, the lower and the upper bound;
- approximations and bounds from the words around: "about", "nearly", "more than", "over", "~",
  "약", "여" / "이상" after the number, "約", "近", "超", "以上";
- thousands written with thin or no-break spaces ("8 135 000"), and the Indian grouping
  ("1,00,000");
- French and German figures: "2,2 millions d'entrées", "20,9 Mio. Dollar", "9,6 millions d'euros",
  "1,3 Milliarden", a decimal comma before the scale word, thousands apart by plain spaces before
  the words that count or name a currency ("600 000 spectateurs").

A bracketed sum in another currency right after a figure ("Rp 5 billion ($600,000)",
"₩71.3 billion (~US$61 million)") converts it: it is no figure of its own.
"""

from __future__ import annotations

import math
import re
import unicodedata

from ..model import Quantity
from .text import YEAR_RE, Amount

# ---------------------------------------------------------------- currencies

# A sign or code written before the number.
_BEFORE = {
    "us$": "USD", "$": "USD", "usd": "USD", "₩": "KRW", "krw": "KRW", "w": "KRW", "€": "EUR", "eur": "EUR",
    "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR",
    "rp": "IDR", "idr": "IDR", "₱": "PHP", "php": "PHP", "cn¥": "CNY", "rmb": "CNY", "cny": "CNY",
    "hk$": "HKD", "hkd": "HKD", "nt$": "TWD", "twd": "TWD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "s$": "SGD", "r$": "BRL",
}
# A word written after the number (and its scale).
_AFTER = {
    "won": "KRW", "krw": "KRW", "usd": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "american dollars": "USD", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY",
    "euros": "EUR", "euro": "EUR", "eur": "EUR", "rupees": "INR", "inr": "INR", "pounds": "GBP",
    "taiwanese dollars": "TWD", "taiwan dollars": "TWD", "new taiwan dollars": "TWD", "hong kong dollars": "HKD",
    "hk dollars": "HKD", "australian dollars": "AUD", "canadian dollars": "CAD", "singapore dollars": "SGD",
    "jpy": "JPY", "gbp": "GBP",
    # French and German: "9,6 millions d'euros", "20,9 Mio. Dollar", "Millionen US-Dollar"
    "dollar": "USD", "us-dollar": "USD", "dollars américains": "USD",
}
_AFTER_RE = "|".join(sorted((re.escape(w) for w in _AFTER), key=len, reverse=True))
# Every currency sign Unicode knows: a sign with no code here is kept as written, never read as another
# currency ("NT$" is not US dollars, "R$" is not either).
_SIGNS = "".join(c for c in map(chr, range(0x24, 0x10000)) if unicodedata.category(c) == "Sc")
_CURRENCY = (rf"(?:(?<![A-Za-z])[A-Z]{{1,3}}\$|CN¥|[{re.escape(_SIGNS)}]|(?<![\w.])W(?=\d)"
             r"|(?<![A-Za-z])(?:KRW|USD|EUR|GBP|JPY|INR|IDR|CNY|RMB|HKD|TWD|Rs\.?|Rp)(?![A-Za-z]))")

# ---------------------------------------------------------------- western numbers

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "crore": 1e7, "crores": 1e7,
          "lakh": 1e5, "lakhs": 1e5}
# French and German scale words ("2,2 millions", "20,9 Mio.", "1,3 Milliarden", "9,6 millons"): a million
# or a thousand million, whatever the spelling
_EUROPEAN_SCALE = r"mill?i?on(?:s|es|en)?|mio\.?|milliards?|milliarden|mrd\.?"
_EUROPEAN_FACTOR = (re.compile(r"milliard|mrd", re.I), 1e9)
SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
# "1,234,567", "1,00,000", "8 135 000" (thin or no-break spaces), "1.234.567", "52.4"
# a count or sum whose words after it are French or German: its thousands may be apart by plain spaces
# ("600 000 spectateurs", "8 135 000 entrées")
_EUROPEAN_AFTER = (r"(?=[ \t]*(?:(?:de |d'|d’)?(?:entrées|spectateurs|billets|euros|dollars)|€|Zuschauer|Besucher|"
                   r"Kinobesucher|Euro\b|Dollar\b|salles\b|écrans\b|copies\b))")
_NUMBER = (rf"\d{{1,3}}(?: \d{{3}})+(?!\d){_EUROPEAN_AFTER}"
           r"|\d{1,3}(?:[\u202f\u00a0\u2009]\d{3})+(?!\d)"
           r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.])"
           r"|\d(?:[\d,]*\d)?(?:\.\d+)?")
_WESTERN = re.compile(
    rf"(?P<cur>{_CURRENCY})?[ \t]?(?P<num>{_NUMBER})"
    rf"(?:(?:[-–][ \t]?|[ \t]?(?:to|-|–)[ \t]?)(?P<cur_hi>{_CURRENCY})?(?P<hi>{_NUMBER})(?=[ \t-]*(?:thousand|million|"
    rf"billion|trillion|crores?|lakhs?)\b|(?<=\d)(?:bn|b|mn|m|k)\b))?"
    r"(?:[ \t-]*(?P<scale>thousand|million|billion|trillion|crores?|lakhs?)\b|(?<=\d)(?P<short>bn|b|mn|mil|m|tn|k)\b"
    rf"|[ \t]*(?P<euro>{_EUROPEAN_SCALE})(?!\w))?"
    rf"(?:[ \t]*(?(euro)(?:de[ \t]+|d'|d’)?|)(?P<cur2>{_AFTER_RE})\b)?",
    re.I,
)

# ---------------------------------------------------------------- east Asian counting units

EAST_UNITS = {"조": 1e12, "兆": 1e12, "억": 1e8, "億": 1e8, "亿": 1e8, "만": 1e4, "万": 1e4, "萬": 1e4,
              "천": 1e3, "千": 1e3, "백": 1e2, "百": 1e2}
_UNIT = "[조兆억億亿만万萬천千백百]"
_EAST_NUM = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
# a run of (number? unit) groups; it starts with a digit, or with 천만/백만 ("천만 관객": ten million). The
# lead starts where a run of digits does: tried inside the run, each digit would scan the rest of it again
_EAST = re.compile(
    rf"(?:(?<![\d,])(?P<lead>{_EAST_NUM})[ \t]?{_UNIT}|(?<![\uac00-\ud7a3])(?:천만|백만|千万|百万)(?!에요|에\s?말씀))"
    rf"(?:[ \t]?(?:{_EAST_NUM})?[ \t]?{_UNIT})*"
    # what is left under ten thousand: "1237만 8366명", "82万40人"
    r"(?:[ \t]?(?P<rest>\d{1,4}|\d,\d{3})(?![\d,.]|[ \t]?[위일년월번개주시분초회편%년차호]))?"
    r"(?P<more>[ \t]?(?:여|余|多))?"
    r"(?:[ \t]?(?P<cur>원|달러|위안|엔|円|元|人民币|美元|ドル|韩元|韓元|港元|新台币|台幣))?"
)
_EAST_GROUP = re.compile(rf"(?P<n>{_EAST_NUM})?[ \t]?(?P<u>{_UNIT})")
_EAST_CURRENCY = {"원": "KRW", "달러": "USD", "위안": "CNY", "엔": "JPY", "円": "JPY", "元": "CNY",
                  "人民币": "CNY", "美元": "USD", "ドル": "USD", "韩元": "KRW", "韓元": "KRW", "港元": "HKD",
                  "新台币": "TWD", "台幣": "TWD"}

# ---------------------------------------------------------------- words around a figure

_APPROX_BEFORE = re.compile(r"(?:~|≈|\b(?:about|around|approximately|approx\.|roughly|an estimated|estimated|some|"
                            r"nearly|almost|close to|just under|just over|just shy of|upwards of|north of|"
                            r"in the region of|environ|près de|presque|rund|etwa|ungefähr|knapp|fast)|약|대략|約|约|近|"
                            r"逾)[ \t]*$", re.I)
_LOWER_BEFORE = re.compile(r"(?:\b(?:more than|over|at least|in excess of|exceeding|above|upwards of|north of|"
                           r"just over|a little over|better than|surpassing|plus de|au moins|über|mehr als)|超过|超過|"
                           r"超|逾)[ \t]*$", re.I)
_UPPER_BEFORE = re.compile(r"(?:\b(?:less than|under|below|up to|nearly|almost|close to|just under|just shy of|"
                           r"shy of|fewer than|moins de|près de|presque|knapp|fast|weniger als)|近)[ \t]*$", re.I)
_COUNTER = r"(?:명|관객|원|달러|人次|人|円|元)?[ \t]*"
_LOWER_AFTER = re.compile(rf"^[ \t]*{_COUNTER}(?:이상|以上|超|plus\b|\+)")
_UPPER_AFTER = re.compile(rf"^[ \t]*{_COUNTER}(?:미만|未満|以下|不到)")
# a bracketed sum in another currency right after a figure converts it
_CONVERSION_GAP = re.compile(r"^\s*(?:\(|（|,\s*(?:or|about|roughly|around)\b|\bor\b)\s*(?:~|≈|약|about|approximately|"
                             r"approx\.|around|roughly|c\.|ca\.|some|or|the equivalent of|equivalent to|US)?\s*$",
                             re.I)


# what a scaled count counts when no currency says it is money: "2.79M admissions"
_COUNTED_AFTER = re.compile(r"\s*(?:admissions|viewers|tickets|moviegoers|spectators|attendance|entries)\b", re.I)
# a count written in words with its scale: "four million tickets", "two billion dollars"
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50, "hundred": 100, "a hundred": 100}
_WORD_SCALE = re.compile(rf"\b(?P<w>{'|'.join(sorted(_WORDS, key=len, reverse=True))})[ -](?P<scale>thousand|million|"
                         r"billion)\b(?:\s+(?P<cur>dollars|won|yen|yuan))?", re.I)


def _words(text: str) -> list[Amount]:
    out = []
    for m in _WORD_SCALE.finditer(text):
        value = _WORDS[m.group("w").casefold()] * SCALES[m.group("scale").casefold()]
        unit = _AFTER.get((m.group("cur") or "").casefold(), "")
        bound = _bounds(text, m.start(), m.end())[1]
        out.append(Amount(m.start(), m.end(), Quantity(value, unit, True, bound), False, ""))  # type: ignore[arg-type]
    return out


def _number(raw: str, decimal_comma: bool = False) -> float:
    """A written number as a float: grouped by commas, points or spaces; with `decimal_comma` (a French
    or German scaled figure, "2,2 millions") the comma is the decimal point."""
    raw = re.sub(r"[\u202f\u00a0\u2009 ]", "", raw)
    if decimal_comma and re.fullmatch(r"\d+,\d{1,2}", raw):
        return float(raw.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", raw):
        raw = raw.replace(".", "")
    return float(raw.replace(",", ""))


def _currency_before(written: str) -> str:
    return _BEFORE.get(written.strip().casefold(), "unknown" if written.strip() else "")


def _bounds(text: str, start: int, end: int) -> tuple[bool, str]:
    """(approx, bound) from the words just before and after a figure."""
    before, after = text[max(0, start - 24):start], text[end:end + 10]
    approx = bool(_APPROX_BEFORE.search(before))
    bound = ("lower" if _LOWER_BEFORE.search(before) or _LOWER_AFTER.match(after)
             else "upper" if _UPPER_BEFORE.search(before) or _UPPER_AFTER.match(after) else "")
    return approx, bound


def _western(text: str) -> list[Amount]:
    out: list[Amount] = []
    for m in _WESTERN.finditer(text):
        raw = m.group("num")
        scale, short = m.group("scale"), m.group("short")
        cur, cur2 = (m.group("cur") or "").strip(), (m.group("cur2") or "").strip()
        if YEAR_RE.fullmatch(raw) and not cur and not scale and not m.group("hi"):
            continue  # a bare year is not an amount ("in 1997 won the prize" is not ₩1,997)
        if cur2.casefold() == "won" and not scale and not short:
            cur2 = ""  # "won" names the currency only after a scale word: "5.2 billion won", not "1997 won"
        end = m.end() if (cur2 or not m.group("cur2")) else m.start("cur2")
        factor, approx = 1.0, False
        euro = m.group("euro")
        if euro:
            factor, approx = (1e9 if _EUROPEAN_FACTOR[0].match(euro) else 1e6), True
        if scale:
            factor, approx = SCALES[scale.casefold()], True
        elif short:
            if cur or cur2:
                factor, approx = SHORT_SCALES[short.casefold()], True
            elif short.casefold() in ("m", "mn", "mil", "k") and _COUNTED_AFTER.match(text[m.end():]):
                factor, approx = SHORT_SCALES[short.casefold()], True  # "2.79M admissions"
            else:
                end = m.start("short")  # "7b" with no currency is not a sum
        percent = text[end:end + 1] in ("%", "％") or text[end:end + 9].casefold().startswith(" percent")
        unit = (_AFTER[cur2.casefold()] if cur2 else _currency_before(cur) if cur else
                "INR" if scale and scale.casefold().startswith(("crore", "lakh")) else "")
        written = cur if unit == "unknown" else ""
        if percent:
            end += 1 if text[end] in ("%", "％") else 8
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        approx_words, bound = _bounds(text, start, end)
        if m.group("hi"):
            low, high = _number(raw, bool(euro or scale)) * factor, _number(m.group("hi"), bool(euro or scale)) * factor
            if low < high:
                for value, side in ((low, "lower"), (high, "upper")):
                    q = Quantity(round(value / (100 if percent else 1), 6), unit, True, side)  # type: ignore[arg-type]
                    out.append(Amount(start, end, q, percent, written))
                continue
            end = m.start("hi")  # "2019-20": no range of money
        value = _number(raw, bool(euro or scale)) * factor
        if percent:
            value /= 100
        out.append(Amount(start, end, Quantity(round(value, 6), unit, approx or approx_words, bound),  # type: ignore[arg-type]
                          percent, written))
    return out


def east_value(written: str) -> float:
    """The number a run of counting units writes: "1237만 8366" → 12,378,366; "56만 8천" → 568,000;
    "천만" → 10,000,000; "1억2000만" → 120,000,000; "4백만" → 4,000,000."""
    total, section = 0.0, 0.0
    last = 0
    for g in _EAST_GROUP.finditer(written):
        n = _number(g.group("n")) if g.group("n") else None
        unit = EAST_UNITS[g.group("u")]
        if unit < 1e4:
            section += (n if n is not None else 1) * unit
        else:
            total += (section + (n if n is not None else (0 if section else 1))) * unit
            section = 0
        last = g.end()
    rest = written[last:].strip()
    if rest and re.fullmatch(r"\d[\d,]*", rest):
        section += _number(rest)
    return total + section


def _east(text: str) -> list[Amount]:
    out: list[Amount] = []
    for m in _EAST.finditer(text):
        body_end = m.start("more") if m.group("more") else m.start("cur") if m.group("cur") else m.end()
        value = east_value(text[m.start():body_end])
        if not value:
            continue
        unit = _EAST_CURRENCY.get(m.group("cur") or "", "")
        approx, bound = _bounds(text, m.start(), m.end())
        if m.group("more"):  # "56만 8천여명": some more than that
            approx, bound = True, bound or "lower"
        out.append(Amount(m.start(), m.end(), Quantity(round(value, 6), unit, True if not m.group("rest") else approx,
                                                       bound), False, ""))  # type: ignore[arg-type]
    return out


def find_amounts(text: str) -> list[Amount]:
    """The figures of `text` in order: "5.31 million" → 5,310,000 (approx), "more than US$38 million" →
    ≥ 38,000,000 USD, "64.2%" → 0.642, "1,109만 명" → 11,090,000, "194億円" → 19,400,000,000 JPY."""
    if not re.search(r"\d|천만|백만|千万|百万|\b(?:thousand|million|billion)\b", text):
        return []
    east = _east(text) + _words(text)
    out = [a for a in _western(text) if not any(e.start < a.end and a.start < e.end for e in east)]
    # a run of hundreds of digits reads as infinity: no figure
    out = sorted([a for a in (*out, *east) if math.isfinite(a.quantity.amount)],
                 key=lambda a: (a.start, a.quantity.bound != "lower"))
    return _without_conversions(text, out)


def _without_conversions(text: str, amounts: list[Amount]) -> list[Amount]:
    """"Rp 5 billion ($600,000)": the bracketed sum is the first in another currency, not a figure of
    its own."""
    out: list[Amount] = []
    for amount in amounts:
        prev = out[-1] if out else None
        if (prev is not None and prev.quantity.unit and amount.quantity.unit
                and prev.quantity.unit != amount.quantity.unit and prev.end <= amount.start
                and _CONVERSION_GAP.match(text[prev.end:amount.start])):
            continue
        out.append(amount)
    return out


__all__ = ["Amount", "east_value", "find_amounts"]
