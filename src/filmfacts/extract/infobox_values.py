"""Reading an infobox value as saved pages write it: items, names, dates, places, amounts.

A field's value is the text as it stands on the page (see `sources.labels`), so one value may be

    Kim Min-hee, Kim Tae-ri, Ha Jung-woo             items separated by commas
    Kim Ho-sik⏎Kwak Jae-yong                          … by lines, pipes, bullets or "; "
    Song Kang-ho Thomas Kretschmann                  … by nothing, where a copy lost the line breaks
    송강호(박두만 역), 김상경(서태윤 역)                  a cast member and the role in brackets
    • 18 May 2000 (2000-05-18) (Cannes)              a date, its ISO echo and where
    日本の旗 1954年4月26日 / 대한민국 2006년 7월 27일     a flag or a country before a CJK date
    2億1,000万円[1] / 약 28억 원(추정)                   amounts written with CJK units

Every piece keeps its offsets in the document, so a claim quotes what it reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Quantity
from ..sources.wiki.wikicite import iso_date, ymd
from .vocab import COUNTRIES, LANGUAGES, country_named

Piece = tuple[str, int, int]  # text, start, end (document offsets)

# A separator's leading whitespace starts only where a run of it starts: from each place inside a long
# run (an infobox value of ideographic spaces) `\s*` would read the rest of the run again. Optional, so
# a separator right after the run the one before took ("A ; ; B") is still one
_ITEM_SEP = re.compile(r"(?:(?<!\s)\s+)?(?:;\s|\n|\s\|\s?|\|\s|\||•|·|\u2022)\s*")
_CITATION = re.compile(r"(?<!\s)(?:\s*\[(?:\d{1,3}|[a-z]|note \d+|citation needed|注釈 \d+|注 \d+|주 \d+)\])+\s*$",
                       re.I)
_LEAD_JUNK = re.compile(r"^[\s\-*•·|:,]+")


def _trim(text: str, start: int) -> Piece:
    """A piece without leading bullets or trailing citation marks (`Bong Joon Ho[1]` → `Bong Joon Ho`)."""
    lead = _LEAD_JUNK.match(text)
    cut = lead.end() if lead else 0
    body = text[cut:]
    body = _CITATION.sub("", body).rstrip(" ,;|")
    return body, start + cut, start + cut + len(body)


def split(text: str, start: int, pattern: re.Pattern[str]) -> Iterator[Piece]:
    """The parts of `text` between matches of `pattern`, trimmed, with their offsets."""
    pos = 0
    for m in pattern.finditer(text):
        if m.start() > pos or m.start() == pos:
            piece = _trim(text[pos:m.start()], start + pos)
            if piece[0]:
                yield piece
        pos = m.end()
    piece = _trim(text[pos:], start + pos)
    if piece[0]:
        yield piece


def items(value: str, start: int) -> list[Piece]:
    """The items of a field value: split at "; ", line breaks, pipes and bullets; an item that is
    only a bracket (`(Screenplay)`, `(North America)`) belongs to the item before it."""
    out: list[Piece] = []
    for text, s, e in split(value, start, _ITEM_SEP):
        if out and re.fullmatch(r"\([^()]*\)?", text):
            prev_text, prev_start, _ = out[-1]
            out[-1] = (prev_text + " " + text, prev_start, e)
            continue
        out.append((text, s, e))
    return out


# ---------------------------------------------------------------- names

_SUFFIX = re.compile(r"^(?:jr\.?|sr\.?|ii|iii|iv|inc\.?|ltd\.?|llc|co\.?|corp\.?|s\.a\.|gmbh|plc|l\.p\.)$", re.I)
_NAME_SEP = re.compile(r"(?:(?<!\s)\s+)?(?:,\s*(?:and\s+|&\s*)?|\s&\s|\band\b|、|，|／|\s/\s|\bet\b|\bund\b)\s*")
_NOT_NAME_WORD = re.compile(r"^(?:with|and|others|uncredited|various|n/a|tba|tbd|none|et al\.?)$", re.I)
# "劉偉強 HKSC", "Roger Deakins, ASC": a cinematographers' or editors' society after the name
_SOCIETY = re.compile(r",?(?<!\s)\s+(?:A\.?S\.?C|B\.?S\.?C|HKSC|CSC|ACS|KSC|JSC|GSC|AFC|ISC|AIC|AMC|SBC|NZCS|FNF|DFF|"
                      r"A\.?C\.?E|BFE|CCE)\.?$")
# "Name (note)": the name ends where a run of whitespace before the bracket starts, so the run is read
# once (from each of its places the lazy name would read the rest of the run again)
_NOTE_AFTER = re.compile(r"^(.*?)(?<!\s)\s*+[(（]([^()（）]*)[)）]?\s*$")
_ROLE_NOTE = re.compile(r"(?:(?<!\s)\s+)?(?:역|役|役\s*)$")
_SUB_LABEL = re.compile(r"^(?:uncredited|credited|additional|co-?\w+|original|english|japanese|dub)\s*:\s*", re.I)


_INITIAL = re.compile(r"[A-Z]\.")


def _glued_names(text: str, start: int) -> Iterator[Piece]:
    """`Song Kang-ho Thomas Kretschmann` (a list whose line breaks were lost) → two names: a
    hyphenated given name ends a name, else the words go in pairs, a middle initial inside its pair
    ("Charles Brackett Richard L. Breen Walter Reisch")."""
    words = [(m.group(0), m.start()) for m in re.finditer(r"\S+", text)]
    if len(words) < 4 or not all(w[0][0].isupper() for w, _ in words if w[0].isalpha()) or \
            any(not re.fullmatch(r"[A-Z][\w'’.-]*", w) for w, _ in words):
        yield text, start, start + len(text)
        return
    runs: list[list[tuple[str, int]]] = [[]]
    for word, pos in words:
        runs[-1].append((word, pos))
        if len(runs[-1]) >= 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", word):
            runs.append([])
    runs = [r for r in runs if r]
    out: list[list[tuple[str, int]]] = []
    for run in runs:
        full = [w for w in run if not _INITIAL.fullmatch(w[0])]
        if len(full) >= 4 and len(full) % 2 == 0 and not _INITIAL.fullmatch(run[0][0]):
            name: list[tuple[str, int]] = []
            for w in run:
                name.append(w)
                if len([x for x in name if not _INITIAL.fullmatch(x[0])]) == 2:
                    out.append(name)
                    name = []
            if name:
                out.append(name)
        else:
            out.append(run)
    if any(len(r) < 2 or _INITIAL.fullmatch(r[-1][0]) for r in out):
        yield text, start, start + len(text)
        return
    for run in out:
        s = run[0][1]
        e = run[-1][1] + len(run[-1][0])
        yield text[s:e], start + s, start + e


@dataclass(frozen=True)
class Person:
    name: str
    start: int
    end: int
    note: str  # the bracket after the name: a role for a cast member, a part ("novel") for a writer


_TWO_SCRIPTS = re.compile(r"(?P<cjk>[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3・ ]{1,60}?)\s++"
                          r"(?P<latin>[A-Z][^\W\d_]+(?:[ -][A-Za-z][^\W\d_]*){1,3})")


def people(value: str, start: int, glued: bool = True) -> Iterator[Person]:
    """The people a value lists, each with the note in brackets after them."""
    for text, s, _ in items(value, start):
        if re.fullmatch(r"[(（][^()（）]*[)）]", text):
            continue  # "(Voice)" over a cast list
        text, s = _strip_sub_label(text, s)
        # "Jiaozi. China. 2025. 144mins": a review's capsule goes on after the name
        if cut := re.search(r"(?<=[a-z]{3})\.\s+(?=[A-Z0-9])", text):
            text = text[:cut.start()]
        for part, ps, _pe in _name_parts(text, s):
            note = ""
            m = _NOTE_AFTER.match(part)
            if m and m.group(1):
                part, note = m.group(1), _ROLE_NOTE.sub("", m.group(2)).strip()
            part = _SOCIETY.sub("", part)
            part = part.strip(" ,;:\"'“”")
            if not part or _NOT_NAME_WORD.match(part):
                continue
            if not _looks_like_name(part):
                # a long run of capitalised words: names whose separators were lost
                glued_parts = list(_glued_names(part, ps)) if glued and len(part) <= 300 else []
                for name, ns, ne in glued_parts if len(glued_parts) > 1 else []:
                    yield Person(name, ns, ne, note)
                continue
            if both := _TWO_SCRIPTS.fullmatch(part):
                # "神木隆之介 Kamiki Ryūnosuke": one person in two scripts
                yield Person(both.group("cjk"), ps, ps + both.end("cjk"), note)
                yield Person(both.group("latin"), ps + both.start("latin"), ps + both.end("latin"), note)
                continue
            pieces = list(_glued_names(part, ps)) if glued else [(part, ps, ps + len(part))]
            for name, ns, ne in pieces:
                yield Person(name, ns, ne, note)


def _strip_sub_label(text: str, start: int) -> tuple[str, int]:
    m = _SUB_LABEL.match(text)
    return (text[m.end():], start + m.end()) if m else (text, start)


def _name_parts(text: str, start: int) -> Iterator[Piece]:
    """`A, B and C` → three names, unless a part is a suffix (`John Roe, Jr.`, `Warner Bros., Inc.`)."""
    parts: list[Piece] = []
    pos = 0
    depth_text = re.sub(r"[(（][^()（）]*[)）]", lambda m: "_" * len(m.group(0)), text)  # no split inside brackets
    for m in _NAME_SEP.finditer(depth_text):
        parts.append((text[pos:m.start()], start + pos, start + m.start()))
        pos = m.end()
    parts.append((text[pos:], start + pos, start + len(text)))
    parts = [(p.strip(), s + len(p) - len(p.lstrip()), e) for p, s, e in parts if p.strip()]
    if len(parts) > 1 and any(_SUFFIX.match(p) for p, _, _ in parts):
        yield text, start, start + len(text)
        return
    yield from parts


def _looks_like_name(text: str) -> bool:
    """A name, not a phrase: a few words, no sentence, not lower-case Latin throughout."""
    if len(text) > 60 or re.search(r"[.!?]\s+[a-z]|\d{3,}", text):
        return False
    words = text.split()
    if len(words) > 6:
        return False
    latin = [w for w in words if re.match(r"[A-Za-z]", w)]
    return not latin or any(w[0].isupper() for w in latin)


def organizations(value: str, start: int) -> Iterator[Person]:
    """Companies a value lists (`Moho Film, Yong Film`), each with its bracketed note (`(France)`);
    a CJK credit word after a name (`寰亞電影 出品`) is not part of it."""
    for text, s, _ in items(value, start):
        text, s = _strip_flags(text, s)
        for part, ps, _pe in _name_parts(text, s):
            note = ""
            m = _NOTE_AFTER.match(part)
            if m and m.group(1):
                part, note = m.group(1), m.group(2).strip()
            part = re.sub(r"\s*(?:出品|攝製|摄制|製作|制作|提供|제공|배급|제작)$", "", part).strip(" ,;")
            if part and len(part) <= 80 and not _NOT_NAME_WORD.match(part):
                yield Person(part, ps, ps + len(part), note)


# ---------------------------------------------------------------- places and flags

# "日本の旗", "대한민국의 국기", "Drapeau de la France", "Flag of Japan": a flag icon's alt text.
_FLAG = re.compile(r"(?P<name>[^\s()]{1,12}?)の旗|(?P<name2>[^\s()]{1,12}?)의\s*국기|"
                   r"Drapeau (?:de la |de l'|du |des |d'|de )(?P<name3>[^\s]+)|Flag of (?:the )?(?P<name4>[A-Z][\w ]+?)"
                   r"(?=\s|$)|틀:나라자료\s*(?P<name5>\S+)")
# Country names in other scripts and languages, as flags and brackets write them.
NATIVE_COUNTRIES: dict[str, str] = {
    "대한민국": "South Korea", "한국": "South Korea", "남한": "South Korea", "韓国": "South Korea",
    "韩国": "South Korea", "南韓": "South Korea", "南韩": "South Korea", "日本": "Japan", "일본": "Japan",
    "中国": "China", "中國": "China", "중국": "China", "香港": "Hong Kong", "홍콩": "Hong Kong",
    "台湾": "Taiwan", "台灣": "Taiwan", "中華民國": "Taiwan", "중화민국": "Taiwan", "대만": "Taiwan",
    "澳門": "Macau", "澳门": "Macau", "미국": "United States", "美國": "United States", "美国": "United States",
    "アメリカ合衆国": "United States", "アメリカ": "United States", "북미": "North America",
    "北美": "North America", "영국": "United Kingdom", "イギリス": "United Kingdom", "英國": "United Kingdom",
    "프랑스": "France", "フランス": "France", "法國": "France", "イタリア": "Italy", "이탈리아": "Italy",
    "ドイツ": "Germany", "독일": "Germany", "에스파냐": "Spain", "스페인": "Spain", "スペイン": "Spain",
    "타이": "Thailand", "태국": "Thailand", "싱가포르": "Singapore", "新加坡": "Singapore",
    "馬來西亞": "Malaysia", "马来西亚": "Malaysia", "서울": "Seoul", "캐나다": "Canada", "カナダ": "Canada",
    "france": "France", "allemagne": "Germany", "belgique": "Belgium", "états-unis": "United States",
    "japon": "Japan", "corée du sud": "South Korea", "zuid-korea": "South Korea", "südkorea": "South Korea",
    "frankreich": "France", "deutschland": "Germany", "vereinigte staaten": "United States",
}


def place(text: str) -> str:
    """The country (or region) a short text names, in English where it is known; else ""."""
    t = text.strip(" ()（）,、")
    if not t:
        return ""
    return country_named(t) or NATIVE_COUNTRIES.get(t) or NATIVE_COUNTRIES.get(t.casefold()) or ""


def _strip_flags(text: str, start: int) -> tuple[str, int]:
    """A value without the flags before it (`日本の旗 東宝` → `東宝`)."""
    m = re.match(rf"^\s*(?:(?:{_FLAG.pattern})\s*)+", text)
    if not m:
        return text, start
    return text[m.end():], start + m.end()


def flag_country(text: str) -> str:
    """The country of the flags at the start of `text` (`日本の旗 …` → Japan), or ""."""
    m = _FLAG.match(text.strip())
    if not m:
        return ""
    name = next(g for g in m.groups() if g)
    return place(name) or name


_VOCAB_WORDS = {w.casefold(): w for w in (*LANGUAGES, *COUNTRIES)}


def texts(value: str, start: int, vocabulary: bool = True) -> Iterator[Piece]:
    """Countries, languages or genres a value lists: split at commas, slashes, bullets and lines; a
    run of known names with no separator (`Korean English German`) split word by word; flags and a
    country written after its own flag (`日本の旗 日本`) read once."""
    for text, s, _ in items(value, start):
        text, s = _strip_flags(text, s)
        for part, ps, pe in split(text, s, re.compile(r"(?:(?<!\s)\s+)?(?:,|/|、|，|\band\b|\bet\b|\bund\b)\s*")):
            part = re.sub(r"(?:(?<!\s)\s+)?[(（][^()（）]*[)）]\s*$", "", part)
            pe = ps + len(part)
            words = part.split()
            if vocabulary and len(words) >= 2 and all(w.casefold() in _VOCAB_WORDS for w in words) and \
                    not _VOCAB_WORDS.get(part.casefold()):
                for m in re.finditer(r"\S+", part):
                    yield m.group(0), ps + m.start(), ps + m.end()
            elif part:
                yield part, ps, pe


# ---------------------------------------------------------------- dates

_CJK_DATE = re.compile(
    r"(?P<y>(?:1[89]|20)\d\d)\s*[年년]\s*(?:(?P<m>\d{1,2})\s*[月월]\s*(?:(?P<d>\d{1,2})\s*[日일])?)?")
_ISO_ECHO = re.compile(r"(?:(?<!\s)\s+)?\((?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2})\)")
_DATE_LATIN = re.compile(
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{4}[./]\d{1,2}[./]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.](?:1[89]|20)\d\d|[A-Z][a-z]+\.?\s+\d{4}|"
    r"(?<![\d-])(?:1[89]|20)\d\d(?![\d-]))")


_RE_RELEASE = re.compile(r"重映|重新上映|재개봉|재상영|re-?release|re-?issue|再上映|リバイバル|remaster", re.I)


@dataclass(frozen=True)
class Dated:
    iso: str
    start: int
    end: int
    where: str  # the bracket after the date or the place before it, as written


def dates(value: str, start: int) -> Iterator[Dated]:
    """Each date a release value gives, with the place it is for: `July 27, 2001 (2001-07-27)`,
    `• 18 May 2000 (2000-05-18) (Cannes)`, `日本の旗 1954年4月26日`, `2003년 4월 25일(한국)`."""
    for text, s, _ in items(value, start):
        if _RE_RELEASE.search(text):
            return  # "重映", "(CGV … 재개봉)", "re-release": the dates from here on are later runs
        cleaned = _ISO_ECHO.sub(lambda m: " " * len(m.group(0)), text)
        found: list[tuple[int, int, str]] = []
        for m in _CJK_DATE.finditer(cleaned):
            iso = ymd(int(m.group("y")), int(m.group("m") or 0), int(m.group("d") or 0))
            if iso:
                found.append((m.start(), m.end(), iso))
        if not found:
            for m in _DATE_LATIN.finditer(cleaned):
                raw = m.group(0)
                if us := re.fullmatch(r"(\d{1,2})([/.])(\d{1,2})\2(\d{4})", raw):
                    # 06/16/2006 is month first; 16.06.2006 (or a first number above 12) day first
                    a, b = int(us.group(1)), int(us.group(3))
                    day_first = us.group(2) == "." or a > 12
                    iso = ymd(int(us.group(4)), b if day_first else a, a if day_first else b)
                elif re.fullmatch(r"\d{4}[./]\d{1,2}[./]\d{1,2}", raw):
                    iso = re.sub(r"[./]", "-", raw)
                else:
                    iso = iso_date(raw)
                if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", iso):
                    y, mo, d = (int(x) for x in iso.split("-"))
                    iso = ymd(y, mo, d)
                if iso:
                    found.append((m.start(), m.end(), iso))
        for n, (ds, de, iso) in enumerate(found):
            after_end = found[n + 1][0] if n + 1 < len(found) else len(cleaned)
            after = cleaned[de:after_end]
            where = ""
            if bracket := re.match(r"\s*[(（]([^()（）]*)[)）]?", after):
                where = bracket.group(1).strip()
            if not where:
                before = cleaned[found[n - 1][1] if n else 0:ds]
                before_text, _ = _strip_flags(before, 0)
                where = flag_country(before) or before_text.strip(" ,:;-")
            yield Dated(iso, s + ds, s + de, where)


# ---------------------------------------------------------------- amounts

_CJK_UNITS = {"兆": 1e12, "조": 1e12, "億": 1e8, "亿": 1e8, "억": 1e8, "万": 1e4, "萬": 1e4, "만": 1e4}
_CJK_AMOUNT = re.compile(
    r"(?P<num>(?:\d[\d,]*(?:\.\d+)?\s*[兆조億亿억万萬만]\s*)+(?:\d[\d,]*(?:\.\d+)?)?)\s*(?P<cur>円|엔|원|元|圓|港元|美元|人民币|人民幣|ドル|달러)?")
_CJK_CURRENCY = {"円": "JPY", "엔": "JPY", "원": "KRW", "元": "CNY", "圓": "CNY", "人民币": "CNY", "人民幣": "CNY",
                 "港元": "HKD", "美元": "USD", "ドル": "USD", "달러": "USD"}
_CJK_ABOUT = re.compile(r"(?:약|約|约|대략|추정|推定|估计|估計)")


def cjk_amount(text: str) -> tuple[float, int, int, str, bool] | None:
    """`2億1,000万円` → 210,000,000 JPY; `약 28억 원` → 2,800,000,000 KRW: (amount, start, end,
    unit, rounded), rounded when the figure ends on a unit word (`1,281만` counts ten thousands)."""
    for m in _CJK_AMOUNT.finditer(text):
        total = 0.0
        rest = m.group("num")
        unit_last = False
        for part in re.finditer(r"(\d[\d,]*(?:\.\d+)?)\s*([兆조億亿억万萬만])?", rest):
            number = float(part.group(1).replace(",", ""))
            total += number * _CJK_UNITS.get(part.group(2) or "", 1.0)
            unit_last = bool(part.group(2))
        if total:
            return total, m.start(), m.end(), _CJK_CURRENCY.get(m.group("cur") or "", ""), unit_last
    return None


def about(text: str) -> bool:
    return bool(_CJK_ABOUT.search(text))


def cjk_quantity(text: str, unit_hint: str = "") -> tuple[Quantity, int, int] | None:
    """A CJK amount as a `Quantity` (unit from its currency word, else `unit_hint`)."""
    found = cjk_amount(text)
    if found is None:
        return None
    amount, s, e, unit, rounded = found
    return Quantity(amount, unit or unit_hint, approx=rounded or about(text)), s, e


__all__ = ["NATIVE_COUNTRIES", "Dated", "Person", "Piece", "about", "cjk_amount", "cjk_quantity", "dates",
           "flag_country", "items", "organizations", "people", "place", "split", "texts"]
