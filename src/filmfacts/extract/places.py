"""Places in a ranking, as the press writes them in English, Korean, Japanese and Chinese.

Two kinds of place:

- a place in a **list** a sentence names: "the 16th highest-grossing film of all time", "2023's
  third-highest money-maker", "Korea's highest-grossing film of the year", "the eighth-biggest
  opening of all time", "sits fourth on the list of all-time highest-grossing films", "to rank 16th
  in the history of the box office", "the all-time, worldwide box-office champ", "역대 흥행 22위",
  "올해 최고 흥행작", "邦画歴代3位", "歴代首位";
- a place on a **chart** (a day's, a weekend's, a week's box office): "opened in second place",
  "bowed in fourth", "debuted at No. 2", "topped the weekend box office", "held the top spot",
  "Opening in fourth was X", "Rounding out the top five was X", "박스오피스 1위", "2주 연속 주말
  박스오피스 1위", "週末興行ランキング1位".

A place in a set ("one of the highest-grossing films", "among the biggest hits") is no place; an
ordinal that counts something else ("its second weekend", "the first film to …", "the third
installment") is none either. `places` returns each place with the words that say what it counts:
the list's words, the chart's period, the year a list is of, which films it ranks and by what.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .text import YEAR_RE, count_value, ordinal_value
from .vocab import COUNTRIES, country_named, country_of_adjective

ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
           r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,3}(?:st|nd|rd|th))")
_NUMBER = r"(?:No\.|no\.|number|Number|#)\s?(?:\d{1,3}|one|two|three|four|five)\b"
# what an ordinal counts when it is no place: "its second weekend", "the third installment"
_NOT_A_PLACE_AFTER = re.compile(r"^[\s-]*(?:straight\s+|consecutive\s+|successive\s+)?(?:weeks?|weekends?|days?|"
                                r"frames?|times?|installments?|instalments?|sequels?|parts?|chapters?|seasons?|"
                                r"years?|films?\s+to|movies?\s+to|titles?\s+to|round|half|quarter|episode|"
                                r"anniversary|edition|outing|entry|feature|film in the|consecutive|"
                                r"(?:[\w-]+\s+){0,3}?(?:films?|movies?|titles?|releases?)\s+(?:[\w-]+\s+){0,4}?to)\b",
                                re.I)

# ---------------------------------------------------------------- lists

_NOUNS = (r"(?:films?|movies?|pictures?|pics?|titles?|releases?|grossers?|hits?|earners?|openings?|debuts?|"
          r"money-?makers?|successes|blockbusters?|performers?|launch(?:es)?|starts?|animes?|animations?|"
          r"features?|productions?|flicks?)")
_LIST_TAIL = (r"(?:\s+(?:of all[- ]time|all[- ]time|ever(?: made| released)?|(?:in|of)\s+(?:[\w'’-]+\s+){0,5}?"
              r"history|of (?:the year|\d{4})|(?:of |in )?(?:this|last) year|so far this year|"
              r"released in [\w ]+?|worldwide|globally|domestically|in (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)?|"
              r"at the (?:[\w-]+\s+){0,2}box[- ]office|here))*")
_LIST = re.compile(
    rf"(?:\bthe\s+|(?P<poss>\b(?:[A-Z][\w.]*|\d{{4}})['’]s\s+)|\b(?=(?:{ORDINAL}|No\.\s?\d+)[- ]))"
    rf"(?:(?P<ord>{ORDINAL}|No\.\s?\d+)[- ])?"
    r"(?P<how>highest|most|top|best|biggest|largest|greatest)"
    r"(?:[- ](?P<what>grossing|attended|watched|viewed|successful|popular|seen|selling|sold|earning|profitable|"
    r"lucrative))?"
    rf"\s+(?P<scope>(?:[\w'’-]+\s+){{0,4}}?{_NOUNS}{_LIST_TAIL}|(?:in|of)\s+(?:[\w'’-]+\s+){{0,5}}?history|"
    r"of all time)(?=[,.;:)]|$|\s)", re.I)
_ANY_FILM = re.compile(rf"\bthe (?:(?P<ord>{ORDINAL})[- ])?(?:highest|largest|biggest) (?:total|gross|grossing|"
                       r"attendance|opening) of any (?P<scope>(?:film|movie)[\w\s]*?)(?=[,.;]|$)", re.I)
_CHAMP = re.compile(r"\b(?P<scope>(?:the\s+)?(?:all-time,?\s+)?(?:worldwide\s+|global\s+|domestic\s+)?box[- ]office\s+"
                    r"(?:champ|champion|king|queen|crown))\b", re.I)
# a place against a list named after it: "sits fourth on the list of all-time highest-grossing films",
# "to rank 16th in the history of the box office", "took the 16th position in the top … list"
_ON_A_LIST = re.compile(
    rf"\b(?P<ord>{ORDINAL})(?:[- ](?:ranked|place|position|spot))?\s+(?:on|in|among)\s+(?P<scope>(?:the\s+)?"
    r"(?:list|history|ranks?|ranking|chart)\s+of\s+(?:[\w'’-]+\s+){0,6}?" + _NOUNS + r"(?:\s+of all time)?"
    r"|the\s+history\s+of\s+the\s+box[- ]office|(?:the\s+)?all-time\s+(?:list|chart|ranking)|"
    r"(?:the\s+)?(?:top\s+)?(?:[\w'’-]+\s+){0,4}?" + _NOUNS + r"\s+of all time(?:\s+list)?)"
    rf"|\b(?:rank|ranks|ranked|ranking)\s+(?P<ord2>{ORDINAL})\s+(?:in|on|among)\s+(?P<scope2>(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,6}?(?:history|list|chart|ranking)(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:box[- ]office|cinema|films?|movies?))?)"
    rf"|\b(?P<ord3>{ORDINAL})[- ]ranked\s+(?P<scope3>{_NOUNS}{_LIST_TAIL})", re.I)
# "In the all-time list … places it 11th": the list a previous sentence named
PLACES_IT = re.compile(rf"\b(?:places|placed|puts|put|ranks|ranked|leaves|left|makes|made)\s+it\s+(?:at\s+|in\s+)?"
                       rf"(?:No\.\s?(?P<n>\d+)|(?P<ord>{ORDINAL}))\b", re.I)
_IN_A_SET = re.compile(r"\b(?:list|ranks|ranking|club|league|one|company|some|two|three|four|five|several|many) of"
                       r"\s*$|\bamong\s*$|\bjoin(?:s|ed|ing)?\s*$", re.I)
# "the highest grossers … are": a set of films, not one (after the phrase, in place: no copy of the rest)
_A_SET_IS = re.compile(r"\s*+(?:(?:ever|of all time)\s*+)?(?:is|was|has been|remains)\b")


def _in_a_set_before(text: str, end: int) -> bool:
    """`_IN_A_SET` over the words just before `end` (at most "several of"), not over all the text
    before them: searched from a later position, a pattern still sees the letter before it for `\\b`."""
    start = end
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return bool(_IN_A_SET.search(text, max(0, start - len("several of") - 2), end))


# ---------------------------------------------------------------- charts

_CHART_VERBS = (r"(?:ranked|ranks|placed|came in|came|coming in|finished|finishing|opened|opening|opens|debuted|"
                r"debuting|debuts|bowed|bowing|started|entered|launched|landed|stayed|remained|remains|sat|sits|stands|stood|"
                r"was|is|held|holds|took|take|takes|taking|claimed|grabbed|secured|settled? for|settling for|"
                r"maintained|kept|retained|fell|falls|dropped|drops|slid|slides|slipped|slips|climbed|climbs|rose|"
                r"rises|moved|moving|jumped|jumps|knocked down|tumbled|tumbles|went|goes|ended up|wound up|"
                r"(?:fell|dropped|slipped|slid) (?:a notch|one spot|two spots|one place|back)|held on|hanging on|"
                r"made (?:a|its) (?:\w+ )?debut)")
_CHART = re.compile(
    # the spaces after the verb are read once (possessive): split between `\s+` and `\s*` every way, a
    # line of spaces after "was" took minutes
    rf"(?:\b{_CHART_VERBS}\s++(?:up\s++|down\s++|back\s++)?(?:to|into|at|in|for|on)?\s*+(?:the\s++)?(?:a\s++)?"
    r"(?:distant\s+|dismal\s+|strong\s+|close\s+|solid\s+|respectable\s+|lowly\s+|healthy\s+)?"
    rf"(?:(?P<num>{_NUMBER})|(?P<ord>{ORDINAL}))(?:\s+(?:place|spot|position))?"
    rf"|\b(?:in|at|into)\s+(?:a\s+)?(?:distant\s+|close\s+)?(?P<ord2>{ORDINAL})\s+place\b"
    rf"|\b(?P<ord3>{ORDINAL})\s+place\b"
    rf"|\b(?P<num2>{_NUMBER})\s+(?:spot|position|film|movie|pic|title|release|slot)\b"
    rf"|(?:^|[,;]\s*)(?P<ord4>{ORDINAL})(?:\s+place)?\s+(?:was|went to)\b"
    rf"|\bopening\s+(?:in|at)\s+(?P<ord5>{ORDINAL})(?:\s+place)?\s+(?:was|were|is)\b"
    # the film named after its place: "In second was Real", "At No. 3 was Transformers", "in fifth was …"
    rf"|(?:^|[,;:—–]\s*|\b(?:and|while|but|then)\s+)(?:in|at)\s+(?:(?P<num3>{_NUMBER})|(?P<ord6>{ORDINAL}))"
    r"(?:\s+place)?,?\s+(?:was|were|is|came|sat|stood)\b"
    r"|\brounding out the top (?P<top_n>three|five|ten|3|5|10)\b"
    r"|\b(?P<top>(?:topped|tops|top|topping|led|leads|leading|"
    r"(?:stayed|remained|was|is|sat|sits|held|holds|stays|remains|landed|opened|debuted) (?:on |at )?(?:the )?top of|"
    r"(?:stayed|remained|was|is|sat|held|opened|debuted|landed) atop|"
    r"(?:on|at) (?:the )?top of|(?:claimed|took|held|kept|keeping|keeps|retained|retaining|holds|holding|"
    r"hanging on to|hung on to|clinched|reclaimed|regained|grabbed|seized|took over) (?:the )?top "
    r"(?:spot|place|position)|"
    r"(?:the )?(?:current )?box[- ]office (?:leader|champ|champion|winner)|number one film|No\. 1 film|"
    r"(?:weekend|week|weekly|daily|day)['’]s number one|"
    r"(?:weekend|week|weekly|daily)['’]s (?:top|No\. 1) (?:film|title))))"
    r"(?=(?P<rest>[^.;]{0,70}))", re.I)
# what a film tops or leads: "topped the weekend box office", "led the charts", "topping ticket sales"
_TOPPED_WHAT = re.compile(r"^\s*(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:box[- ]?office|charts?|ticket sales|"
                          r"rankings?|weekend|week|daily|pack|field|competition|admissions|sales|frame|newcomers|"
                          r"openers)\b", re.I)
# an ordinal that names something else: "the 59th Cannes Film Festival", "20th Century Fox", "the third-cheapest"
_NOT_A_CHART = re.compile(r"^(?:\s+[A-Z]|-[a-z]+est\b|\s+(?:feature|installment|part|film festival))")
_OTHER_CHARTS = re.compile(r"\b(?:Billboard|album|single|song|playlist|streaming chart|iTunes)\b|예매|予約", re.I)
_CHART_CONTEXT = re.compile(r"box[- ]?office|chart|ticket sales|admissions|tickets|viewers|moviegoers|\bgross|views|"
                            r"attendance|spectators|audiences?|\bwith\s+[\d$₩]|"
                            r"\bweekend|\bweek\b|\bweeks\b|daily|\bday\b|\bdebut|\bopen|\bspot\b|\bplace\b|"
                            r"\bposition\b|straight|consecutive|\$\s?\d|₩|\bfor the (?:frame|session)|frame\b", re.I)

# ---------------------------------------------------------------- Korean, Japanese, Chinese

_CJK_LIST = re.compile(r"(?P<scope>(?:역대|歴代|历代|사상)\s?(?:[^\s\d]{0,12}\s?){0,2}?)\s?"
                       r"(?:(?P<n>\d{1,3})\s?(?:위|位)|"
                       r"(?P<first>1위|首位|トップ|冠军|榜首|최고\s?흥행작|최고의\s?흥행작))"
                       r"|(?P<year>올해|올|지난해|작년|今年|昨年|去年)\s?(?:[^\s\d]{0,8}\s?){0,2}?"
                       r"(?:최고(?:의)?\s?흥행작|1위|首位|トップ|冠军)")
_CJK_CHART = re.compile(r"(?P<where>(?:주말|일일|주간|전체|평일)?\s?박스\s?오피스|예매율?|週末興行ランキング|"
                        r"興行ランキング|ランキング|票房榜|单日票房|周末票房)\s?(?:에서\s?)?(?:정상|(?P<n>\d{1,3})\s?(?:위|位|名))"
                        r"|(?P<n2>\d{1,3})\s?(?:주|週)\s?연속\s?(?:주말\s?)?(?:박스\s?오피스\s?)?(?P<n3>\d)\s?위"
                        r"|(?P<n4>\d{1,3})위인\s")


@dataclass(frozen=True)
class Place:
    """A place at [start, end) of a sentence."""

    start: int
    end: int
    position: int
    kind: str  # "list", "chart", or "same_list" (against the list a previous sentence named)
    words: str = ""  # the list as the sentence names it
    period: str = ""  # a chart's: day, weekend, week; a list of openings: opening_weekend, opening_day
    year: int | str | None = None  # a list's year: 2019, or "this" / "last" for the page's year
    ranked_among: str = ""
    measure: str = ""
    film_after: bool = False  # the film is named after the place ("Opening in fourth was X")


# ---------------------------------------------------------------- which films, by what

_ADJECTIVES = sorted({a for adjs in COUNTRIES.values() for a in adjs if a[0].isupper() and "." not in a}, key=len,
                     reverse=True)
_NATION_FILMS = re.compile(rf"\b(?P<adj>{'|'.join(_ADJECTIVES)})(?:-made|-language)?\s+(?:[\w'-]+\s+)?"
                           r"(?:films?|movies?|pictures?|titles?|cinema|releases?|film history|movie history|"
                           r"animated films?|animations?)\b(?!\s+(?:council|commission|archive|academy|association|"
                           r"festival))")
_KOREAN_FILMS = re.compile(r"\b(?:domestic|local|homegrown|home-grown)\s+(?:[\w'-]+\s+)?"
                           r"(?:films?|movies?|pictures?|titles?|cinema|film history|movie history)\b|한국\s?영화|"
                           r"국산\s?영화|韓国映画|韩国电影", re.I)
_ALL_FILMS = re.compile(r"\b(?:including (?:foreign|imported|hollywood)|all (?:films|movies|titles)|of any nationality"
                        r"|(?:foreign|imported) (?:and|or) (?:domestic|local|korean)|overall"
                        r"|(?:films?|movies?) (?:shown|released|screened) in|"
                        r"(?:films?|movies?) in (?:south )?korean? (?:box office )?history)\b|전체", re.I)
_FOREIGN_FILMS = re.compile(r"\b(?:foreign|imported|overseas|hollywood|foreign-language|non-English(?:-language)?)"
                            r"\s+(?:[\w-]+\s+)?(?:films?|movies?|titles?|releases?|pictures?)\b|외화|外国映画|洋画",
                            re.I)
_GENRE_FILMS = re.compile(r"\b(?P<g>animated|anime|R-rated|horror|documentary|hand-drawn)\s+(?:[\w-]+\s+)?"
                          r"(?:films?|movies?|features?|titles?|releases?|pictures?)\b|\banimes?\b", re.I)
_JAPANESE = re.compile(r"邦画|日本映画")
_BY_GROSS = re.compile(r"\bgross|earning|revenue|money|\bsales\b|lucrative|\$|₩|興収|興行収入|票房|매출", re.I)
_BY_ADMISSIONS = re.compile(r"\battend|watched|viewed|\bseen\b|popular|selling|\bsold\b|admissions|viewers|audience|"
                            r"tickets?\b|관객|動員|观影", re.I)


def ranked_among(text: str) -> str:
    """Which films a list ranks, from its words: "korean_films", "foreign_films", "all_films",
    "japanese_films", "animated_films" …; "" when the words do not say."""
    if _ALL_FILMS.search(text):
        return "all_films"
    if m := _FOREIGN_FILMS.search(text):
        return "non_english_films" if re.search(r"non-English", m.group(0), re.I) else "foreign_films"
    if _KOREAN_FILMS.search(text):
        return "korean_films"
    if m := _NATION_FILMS.search(text):
        return f"{m.group('adj').casefold().replace(' ', '_')}_films".replace("south_korean", "korean")
    if _JAPANESE.search(text):
        return "japanese_films"
    if m := _GENRE_FILMS.search(text):
        g = (m.group("g") or "anime").casefold().replace("-", "_")
        return f"{g}_films"
    return ""


@lru_cache(maxsize=64)  # asked of one sentence for each of its places
def measure(text: str) -> str:
    """By gross or by admissions: what the words say, "" when they say both or neither."""
    gross, admissions = bool(_BY_GROSS.search(text)), bool(_BY_ADMISSIONS.search(text))
    return "" if gross == admissions else "gross" if gross else "admissions"


# a possessive that names no one whose films a list ranks: "the year's biggest hits"
_NOT_OWNERS = frozenset({"year", "week", "weekend", "month", "season", "summer", "winter", "today", "yesterday",
                         "world", "nation", "country", "industry", "market", "history", "decade", "film", "movie",
                         "studio", "franchise", "series", "this", "last", "that"})


def _year(text: str) -> int | str | None:
    if m := YEAR_RE.search(text):
        return int(m.group(0))
    if re.search(r"\b(?:of the year|this year|so far this year)\b|올해|올\s|今年", text, re.I):
        return "this"
    if re.search(r"\blast year\b|지난해|작년|昨年|去年", text, re.I):
        return "last"
    return None


def _chart_period(words: str) -> str:
    """The period of the chart a place is on: a day's, a weekend's (a film's opening weekend is on the
    weekend chart), a week's."""
    low = words.casefold()
    if re.search(r"\bdaily\b|\bday\b|일일|하루|单日", low):
        return "day"
    if re.search(r"weekend|\bframe\b|주말|週末|周末", low):
        return "weekend"
    if re.search(r"\bweek(?:ly)?\b|\bweeks\b|주간|주 연속|週", low):
        return "week"
    return ""


def _list_words(how: str, what: str | None, rest: str) -> str:
    rest = re.sub(r"\b(film|movie|release|hit|grosser|opening|title|picture)\b", r"\1s", rest.strip(), count=1)
    return f"{how.casefold()}-{what.casefold()} {rest}" if what else f"{how.casefold()} {rest}"


def places(text: str) -> list[Place]:
    """Every place in a ranking `text` states, in order."""
    found: list[Place] = []

    covered: set[int] = set()  # where the places found so far are: a lookup, not a pass over them for each
    indexed = [0]

    def taken(start: int, end: int) -> bool:
        for p in found[indexed[0]:]:
            covered.update(range(p.start, p.end))
        indexed[0] = len(found)
        return any(i in covered for i in range(start, end))

    # what the whole text says, looked at once and only when asked: each place asking again took time
    # in the square of a text of many places (a 64 KB page over 10 CPU seconds, found by bench/fuzz_bench.py)
    @cache
    def other_charts() -> bool:
        return _OTHER_CHARTS.search(text) is not None

    @cache
    def chart_context() -> bool:
        return _CHART_CONTEXT.search(text) is not None

    @cache
    def text_period() -> str:
        return _chart_period(text)

    @cache
    def text_measure() -> str:
        return measure(text)

    for m in _LIST.finditer(text):
        written = m.group("ord")
        if not written and _in_a_set_before(text, m.start()):
            continue  # "one of the highest-grossing films": a set, not a place in it
        after = re.split(r"[,;.]", text[m.end():m.end() + 40])[0]
        if not m.group("what") and m.group("how").casefold() in {"highest", "most", "best"} and not re.search(
                r"gross|earn|money|opening|debut|launch|start|hit\b|hits\b|success|sell|attend|watch|view|box",
                m.group("scope") + " " + [*after.split(" "), ""][1] if after.strip() else m.group("scope"), re.I):
            continue  # "the highest among the films" is no rank
        noun = re.search(_NOUNS, m.group("scope"), re.I)
        if not written and noun is not None and noun.group(0).casefold().endswith("s") and \
                not _A_SET_IS.match(text, m.end()):
            continue  # "the year's biggest hits", "the highest grossers of 2023 so far are …": a set
        position = (ordinal_value(written) or count_value(re.sub(r"\D", "", written)) if written else 1)
        if not position:
            continue
        words = _list_words(m.group("how"), m.group("what"), m.group("scope")).rstrip(".,;:")
        among = ranked_among(m.group(0) + after)
        if (poss := (m.group("poss") or "")[:-3].strip()) and not re.fullmatch(r"\d{4}", poss) and not (
                country_named(poss) or country_of_adjective(poss)) and poss.casefold() not in _NOT_OWNERS:
            continue  # "Bong's second most-watched film", "the studio's biggest opening": a filmography, no chart
        period = ("opening_day" if re.search(r"\bopening\s+day|\bfirst\s+day", m.group("scope") + " " + after, re.I)
                  else "opening_weekend" if re.search(r"\bopening|\bdebut|\blaunch|\bstart", m.group("scope"), re.I)
                  else "")
        found.append(Place(m.start(), m.end(), position, "list", words, period,
                           _year(m.group(0) + after), among or "all_films",
                           measure(m.group(0))))
    for m in _ANY_FILM.finditer(text):
        if taken(m.start(), m.end()):
            continue
        position = ordinal_value(m.group("ord")) if m.group("ord") else 1
        if position:
            words = re.sub(r"^(film|movie)\b", r"\1s", m.group("scope").strip())
            found.append(Place(m.start(), m.end(), position, "list", words, "", _year(m.group(0)),
                               ranked_among(m.group(0)) or "all_films", measure(m.group(0))))
    for m in _CHAMP.finditer(text):
        if not taken(m.start(), m.end()):
            found.append(Place(m.start(), m.end(), 1, "list", m.group("scope"), "", None, "all_films", "gross"))
    for m in _ON_A_LIST.finditer(text):
        written = m.group("ord") or m.group("ord2") or m.group("ord3")
        words = m.group("scope") or m.group("scope2") or m.group("scope3")
        if taken(m.start(), m.end()) or not (position := ordinal_value(written) or 0):
            continue
        found.append(Place(m.start(), m.end(), position, "list", words.strip(), "", _year(words),
                           ranked_among(m.group(0)) or "all_films", measure(m.group(0))))
    for m in _CJK_LIST.finditer(text):
        if taken(m.start(), m.end()):
            continue
        position = int(m.group("n")) if m.group("n") else 1
        near = text[max(0, m.start() - 20):m.end()]
        found.append(Place(m.start(), m.end(), position, "list", m.group(0).strip(), "", _year(m.group(0)),
                           ranked_among(near) or "all_films", measure(near) or "admissions"))
    for m in _CHART.finditer(text):
        if taken(m.start(), m.end()):
            continue
        if m.group("top") and not re.search(r"spot|place|position|leader|champ|winner|number one|No\. 1",
                                             m.group("top"), re.I) and not _TOPPED_WHAT.match(m.group("rest") or ""):
            continue  # "led into the river": topping needs a chart to top
        if m.group("top") or m.group("top_n"):
            position = 1 if m.group("top") else count_value(m.group("top_n")) or 0
        elif num := m.group("num") or m.group("num2") or m.group("num3"):
            position = count_value(re.sub(r"^(?:No\.|no\.|number|Number|#)\s?", "", num)) or 0
        else:
            written = (m.group("ord") or m.group("ord2") or m.group("ord3") or m.group("ord4") or m.group("ord5")
                       or m.group("ord6"))
            position = ordinal_value(written) or 0
        end = m.start("rest")
        after = text[end:end + 40]
        inverted = bool(m.group("ord4") or m.group("ord5") or m.group("ord6") or m.group("num3"))
        if not position or (not m.group("top") and (_NOT_A_PLACE_AFTER.match(after) or (
                _NOT_A_CHART.match(after) and not inverted))):
            continue
        if m.group("top") and re.match(r"\s*(?:[\d$₩€£¥]|to\b)", m.group("rest") or ""):
            continue  # "tops 10 million": a milestone; "led to": no chart
        if other_charts():
            continue  # "debuted at No. 2 on the Billboard 200", "예매율 … 3위"
        # a chart's place needs a box-office sentence, or the place's own words ("in fifth place", "No. 2 spot")
        own = re.search(r"\bplace\b|\bspot\b|\bposition\b|\bNo\.|#|\btop\b|\bleader\b|number one", m.group(0), re.I)
        if not own and not chart_context():
            continue
        if m.group("ord4") and _in_a_set_before(text, m.start()):
            continue
        words = m.group(0) + " " + text[max(0, m.start() - 60):m.start()]
        period = _chart_period(m.group(0)) or text_period()
        if re.search(r"\bof the year\b|\bthis year\b|\bof \d{4}\b", m.group("rest") or "", re.I):
            found.append(Place(m.start(), m.end(), position, "list", m.group(0).strip(), "", _year(m.group(0)),
                               "all_films", text_measure()))
            continue
        after_it = inverted or bool(m.group("top_n") and re.match(r"\s*(?:was|were|is)\b", m.group("rest") or ""))
        found.append(Place(m.start(), m.end(), position, "chart", "", period, None,
                           ranked_among(m.group(0)) or "all_films", measure(words), after_it))
    for m in _CJK_CHART.finditer(text):
        if taken(m.start(), m.end()):
            continue
        position = int(m.group("n") or m.group("n3") or m.group("n4") or 1)
        period = _chart_period(m.group(0)) or text_period() or ("week" if m.group("n2") else "day")
        found.append(Place(m.start(), m.end(), position, "chart", "", period, None,
                           ranked_among(m.group(0)) or "all_films", text_measure() or "admissions"))
    return sorted(found, key=lambda p: p.start)


# ---------------------------------------------------------------- places given in turn

_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# A list of places given in turn ("15 and 14, respectively") is tried for its "respectively" from each of
# its numbers; bounded, a long run of numbers ("May 13, 23, 23, …") costs its length, not its square.
_LISTED_AT_MOST = 20
_IN_TURN = re.compile(
    # "Thor, Gravity, and Turbo that respectively took the top three spots"
    rf"\b(?:respectively\s+)?(?:took|take|takes|claimed|claim|occupied|occupy|held|hold|filled|made up|were in|"
    rf"rounded out)\s+(?:up\s+)?the\s+top\s+(?P<top>{_COUNT})\s+(?:spots|places|positions|slots)\b"
    # "which hold position at number 15 and 14, respectively", "second, third and fourth respectively"
    r"|(?:(?:which|that|who)\s+)?(?:(?:hold|holds|held|sit|sits|sat|are|were|ranked|rank|placed|came|come|finished|"
    r"took|take)\s+(?:in\s+)?(?:(?:the\s+)?(?:positions?|places?|spots?)\s+)?)?"
    r"(?:(?:at|in)\s+)?(?:(?:number|No\.|#)\s?)?(?P<nums>(?<![\d,])\d{1,3}(?:\s*(?:,|and|&)\s*(?:(?:number|No\.|#)\s?)?"
    rf"\d{{1,3}}){{1,{_LISTED_AT_MOST - 1}}})"
    r"(?:\s+(?:places|spots|positions))?(?=[^.;]{0,40}?\brespectively\b)"
    r"|(?:(?:which|that|who)\s+)?(?:(?:ranked|rank|placed|came|come|finished|took|take|were|are|sat|sit|landed)\s+"
    r"(?:in\s+)?(?:at\s+)?)?"
    rf"(?P<ords>{ORDINAL}(?:\s*,\s*{ORDINAL}){{0,{_LISTED_AT_MOST - 2}}},?\s+and\s+{ORDINAL})"
    r"(?:\s+(?:places?|spots?|positions?))?"
    r"(?=[^.;]{0,40}?\brespectively\b)"
    # "The first 5 positions are taken by A, B, C, D and E"
    rf"|\bthe\s+(?:first|top)\s+(?P<first>{_COUNT})\s+(?:positions|places|spots|slots)\s+(?:are|were|is)\s+"
    r"(?:taken|occupied|held|filled)\s+by\b"
    # "Escape Room and Spider-Man finished off the top five": the last places
    rf"|\b(?:finished|finish|finishing|rounded|rounding|round)\s+(?:off|out)\s+the\s+top\s+(?P<last>{_COUNT})\b"
    # "'곡성', '미비포 유', '앵그리버드'가 각각 3, 4, 5위", "それぞれ2位、3位"
    r"|(?:각각|나란히|それぞれ|分别|分別)\s*(?P<cjk>\d{1,3}\s*(?:위|位)?(?:\s*(?:[,，、]|와|과|및|と)\s*\d{1,3}\s*(?:위|位)?)+)"
    r"(?<=[위位\d])(?:\s*(?:위|位))?", re.I)


@dataclass(frozen=True)
class InTurn:
    """Places a sentence gives in turn to the films it lists: before it ("A, B and C took the top three
    spots respectively", "'A', 'B'가 각각 3, 4위"), or after it ("the first five positions are taken by
    A, B, …"). `last` is set instead of `positions` for "finished off the top five" (the last places, as
    many as the films listed)."""

    start: int
    end: int
    positions: tuple[int, ...]
    films_after: bool
    last: int = 0


def places_in_turn(text: str) -> list[InTurn]:
    """Every list of places `text` gives in turn to a list of films."""
    out = []
    for m in _IN_TURN.finditer(text):
        last = 0
        if n := m.group("top") or m.group("first"):
            count = count_value(n) or 0
            positions = tuple(range(1, count + 1))
        elif m.group("nums") or m.group("cjk"):
            positions = tuple(int(d) for d in re.findall(r"\d{1,3}", m.group("nums") or m.group("cjk")))
        elif m.group("ords"):
            positions = tuple(ordinal_value(o) or 0 for o in re.findall(ORDINAL, m.group("ords"), re.I))
        else:
            positions, last = (), count_value(m.group("last")) or 0
        if (positions and (len(positions) < 2 or 0 in positions)) or (not positions and not last):
            continue
        out.append(InTurn(m.start(), m.end(), positions, bool(m.group("first")), last))
    return out


# a list of titles written out: "Thor: The Dark World, Gravity, and Turbo"
_ITEM = r"(?:[A-Z0-9][\w'’:.!-]*)(?:\s+(?:[A-Z0-9][\w'’:.!-]*|of|the|in|on|a|an|to|for|from|with|at))*"
_LISTED = re.compile(rf"(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+(?:and|&)\s+{_ITEM})"
                     r"\s*+,?\s*+(?:which|that|who)?\s*+$")


def listed_titles(text: str) -> list[str]:
    """The titles a list ending `text` names, in order ("Avatar and Chris Pratt's Jurassic World" →
    Avatar, Jurassic World)."""
    m = _LISTED.search(re.sub(r"\s*\([^()]*\)", "", text))  # figures in brackets beside the titles
    if m is None:
        return []
    items = re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", m.group("list"))
    return [re.sub(r"^[\w.\s-]+['’]s\s+(?=[A-Z0-9])", "", item).strip() for item in items if item.strip()]


__all__ = ["ORDINAL", "PLACES_IT", "InTurn", "Place", "listed_titles", "measure", "places", "places_in_turn",
           "ranked_among"]
