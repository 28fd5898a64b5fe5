"""Where a box-office figure was counted: worldwide, overseas, at home, or in a country.

The press says it next to the figure ("$713.4 million internationally", "$191.8 million at the North
American box office", "In China, it opened with 195 million yuan", "전 세계 흥행 수입", "北米興収"),
or once for a whole report ("Korean box office: …", "weekend box office in North America"). Each
figure takes the market said nearest to it between its neighbours; a figure whose words say none takes
its sentence's earlier figure's ("Overseas it added $72 million, bringing its total to $226 million":
both overseas), else the market the page reports on.

Markets are `worldwide`, `international` (overseas, outside the home market), `domestic` (the
film's home market, as the page says "domestic"), `North America` and country names as `vocab`
spells them ("South Korea", "United States", "China").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document
from .vocab import COUNTRIES, country_named, country_of_adjective

WORLDWIDE, INTERNATIONAL, DOMESTIC = "worldwide", "international", "domestic"

_NOT_A_MARKET_AFTER = (r"(?!\s+(?:film|movie|picture|title|release|production|star|hit|co-production|premiere|"
                       r"distribut|festival|audiences?\s+(?:and|award)|acclaim|fame|sensation|phenomenon|superstar))")
_WORDS = (
    (WORLDWIDE, rf"\b(?:worldwide|world-wide|globally|global|around the (?:world|globe)|across the (?:world|globe)|"
                rf"all over the world|world box office|planetwide){_NOT_A_MARKET_AFTER}|전\s?세계|전세계|글로벌|"
                r"全球|全世界|世界興収|世界累計|\b(?:dans le monde(?: entier)?|weltweit)\b"),
    (INTERNATIONAL, rf"\b(?:overseas|internationally|international{_NOT_A_MARKET_AFTER}|offshore|"
                    r"foreign (?:markets?|territories|box[- ]offices?|grosses?|totals?|hauls?|cumes?|sales|takings)|"
                    r"outside (?:of )?(?:North America|the U\.?S\.?|the United States|China|Korea|Japan|India|"
                    r"its home (?:market|country)))\b|해외|海外|\b(?:à|a) l['’]international\b|\bim Ausland\b"),
    ("North America", r"\b(?:North America|North American|U\.?S\.? and Canad(?:a|ian)|US/Canada|Nordamerika|"
                      r"(?:en |d['’])Amérique du Nord)\b|북미|北米|北美"),
    (DOMESTIC, r"\b(?:domestically|domestic(?!\s+(?:films?|movies?|pictures?|titles?|releases?|productions?|"
               r"distributors?|works?|features?|animations?|hits?|blockbusters?|cinema|film industry)\b)|at home|"
               r"(?:its|their|the film's) home (?:market|turf|soil|country|box[- ]office)|"
               r"local(?:ly)? (?:box[- ]office|market|theaters|theatres|cinemas)|stateside|nationwide)\b|"
               r"국내|전국|国内|國內|全国"),
)
_CJK_COUNTRIES = {"한국": "South Korea", "미국": "United States", "중국": "China", "일본": "Japan", "프랑스": "France",
                  "서울": "Seoul", "韓国": "South Korea", "韩国": "South Korea", "中国": "China", "日本": "Japan",
                  "美国": "United States", "米国": "United States", "台湾": "Taiwan", "香港": "Hong Kong"}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_NAMES = _alternation([*COUNTRIES, "Korea", "America", "Britain", "U.S.", "US", "USA", "UK", "U.K."])
_ADJECTIVES = _alternation([a for adjs in COUNTRIES.values() for a in adjs])
_BOX = r"(?:box[- ]office|market|theaters|theatres|cinemas|screens|moviegoers|audiences|ticket sales|release|run|gross)"
_COUNTRY = re.compile(
    # "in China", "in South Korea", "from the U.S."; not "in Korean"
    rf"\b(?:[Ii]n|from|across|throughout|[Ii]nside|[Ee]n|[Aa]u)\s+(?:the\s+)?(?P<in>{_NAMES})(?![-\w])"
    # "the Korean box office", "U.S. gross", "China box office", "Japan's box office"
    rf"|(?<![\w.])(?P<adj>{_ADJECTIVES}|{_NAMES})(?:['’]s)?\s+(?:(?:weekend|daily|weekly|opening|total|all-time)\s+)?{_BOX}\b"
    # "box office in Japan" is "in Japan" above; a country listed with its figure: "Mexico ($43 million)"
    rf"|(?<![\w.])(?P<listed>{_NAMES})\s*\((?=[^()]*\d)"
    # a country and what the film did there: "(which didn't include China, where it made $330 million)"
    rf"|(?<![\w.])(?P<where>{_NAMES}),?\s+where\b"
    rf"|(?:在)?(?P<cjk>{_alternation(list(_CJK_COUNTRIES))})(?=\s?(?:における|で|での|市場|国内|の興行|興行|興収|票房|市场|"
    r"上映|에서|내|박스\s?오피스|극장|시장|관객|\d))",
)
_MARKET_RE = re.compile("|".join(f"(?P<m{i}>{pattern})" for i, (_, pattern) in enumerate(_WORDS)), re.I)


@dataclass(frozen=True)
class Said:
    start: int
    end: int
    market: str


def _country(m: re.Match[str]) -> str:
    if m.group("cjk"):
        return _CJK_COUNTRIES[m.group("cjk")]
    name = m.group("in") or m.group("adj") or m.group("listed") or m.group("where") or ""
    if re.fullmatch(r"U\.?S\.?A?|America|American", name):
        return "United States"
    return country_named(name) or country_of_adjective(name) or ""


@lru_cache(maxsize=2048)
def markets_said(text: str) -> tuple[Said, ...]:
    """Every market `text` names, in order."""
    found: list[Said] = []
    for m in _MARKET_RE.finditer(text):
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        found.append(Said(m.start(), m.end(), _WORDS[i][0]))
    for m in _COUNTRY.finditer(text):
        if any(s.start < m.end() and m.start() < s.end for s in found):
            continue
        if country := _country(m):
            found.append(Said(m.start(), m.end(), country))
    return tuple(sorted(found, key=lambda s: s.start))


def market_near(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The market said nearest a figure at [start, end) of `text`, looking no further back than `lo`
    (the previous figure's end) nor further on than `hi` (the next figure's start)."""
    best: tuple[int, str] | None = None
    for s in markets_said(text):
        if s.start >= start and s.end <= end:
            gap = 0  # in the words of the figure itself: "the highest-grossing film in China"
        elif s.end <= start and s.start >= lo:
            gap = start - s.end
            if s.start > lo and re.search(r"[,;]", text[s.end:start]):
                # said before a break after the figure before ("5 million in the world, 3.4 million in France"):
                # that figure's, unless nothing after this one says a market
                gap += len(text)
        elif s.start >= end and s.end <= hi:
            gap = s.start - end
        else:
            continue
        if best is None or gap < best[0]:
            best = (gap, s.market)
    return best[1] if best else ""


# what a report on one market says of itself: "the Korean box office", "North American box office",
# "box office in China", "weekend box office (South Korea)"
_PAGE = re.compile(rf"(?:(?P<adj>{_ADJECTIVES}|{_NAMES}|North American?|global|worldwide|domestic|local)(?:['’]s)?\s+"
                   rf"(?:(?:weekend|daily|weekly|holiday|opening|total|all-time)\s+)?box[- ]office"
                   rf"|box[- ]office\s+(?:in|of)\s+(?:the\s+)?(?P<in>{_NAMES}|North America))\b", re.I)


# a sentence about takings, in which a market said is the page's: "'The Handmaiden' prospers in North America"
_BOX_OFFICE_CUE = re.compile(r"box[- ]?office|\bgross|\bopen(?:s|ed|ing)\b|\bdebut|admissions|tickets|viewers|"
                             r"moviegoers|\brecord|\bNo\. ?1\b|\btops?\b|\btopped\b|\bprospers?\b|\bhit\b|\bearn|"
                             r"\$\s?\d|₩|million|billion|crore|흥행|관객|興収|興行|票房", re.I)
# the market a page in this language reports on when it names none
_LANGUAGE_MARKETS = {"ko": "South Korea", "ja": "Japan", "zh": "China"}


def page_market(doc: Document) -> str:
    """The market a page reports on: the one box office its headline or first lines name ("the Korean
    box office", "box office in China"), else the market its headline or its first sentences about
    takings name ("'The Handmaiden' prospers in North America"), else its language's (a Korean
    report counts Korea's box office)."""
    head = doc.title + "\n" + doc.text[:600]
    for m in _PAGE.finditer(head):
        name = m.group("adj") or m.group("in") or ""
        low = name.casefold()
        if low in ("global", "worldwide"):
            return WORLDWIDE
        if low in ("domestic", "local"):
            return DOMESTIC
        if low.startswith("north americ"):
            return "North America"
        if re.fullmatch(r"U\.?S\.?A?|America|American", name):
            return "United States"
        if country := country_named(name) or country_of_adjective(name):
            return country
    lead = [doc.title, *re.split(r"(?<=[.!?。])\s+", doc.text[:400])[:3]]
    for sentence in lead:
        said = {m.market for m in markets_said(sentence)} - {DOMESTIC}
        if len(said) == 1 and _BOX_OFFICE_CUE.search(sentence):
            return said.pop()
    # a report giving the share of one country's films counts that country's market: "2.85 million
    # spectators visited multiplexes, with 75% of those opting for Korean films", "the Korean share of the
    # market rose to 63%"
    for m in _LOCAL_SHARE.finditer(doc.text[:1500]):
        if country := country_of_adjective(m.group("adj") or m.group("adj2")):
            return country
    return _LANGUAGE_MARKETS.get(doc.language, "")


_LOCAL_SHARE = re.compile(
    rf"\d+(?:\.\d+)?\s?(?:%|percent)[^.;]{{0,50}}?\b(?P<adj>{_ADJECTIVES})\s+(?:films|movies|titles|pictures|features)\b"
    rf"|\b(?P<adj2>{_ADJECTIVES})\s+(?:films'?\s+)?(?:share|market share)\b[^.;]{{0,40}}?\d+(?:\.\d+)?\s?(?:%|percent)")


__all__ = ["DOMESTIC", "INTERNATIONAL", "WORLDWIDE", "Said", "market_near", "markets_said", "page_market"]
