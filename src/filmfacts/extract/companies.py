"""Who released and who made a film, as prose and the trade press say it: `distributor` and
`production_company`.

The trade names a distributor around a few words of its own:

- a verb of release or distribution with "by": "released in France by Hill Films on 3 May", "distributed
  internationally by Northway", "picked up by Lumen in the U.S.", and each "and (in Spain on …) by X"
  that continues it;
- the word distributor (or its Korean, Japanese, German and French words) before or after the name:
  "its distributor Bluebird Entertainment said", "according to the distributor Harbor", "Northway Co., the
  film's distributor", "배급사 OO엔터테인먼트에 따르면", "sein US-Verleih X", "X qui distribue le film";
- the company as the subject of distributing: "Lumen distributed in Japan", "Northway acquired the
  distribution rights", "X, which is distributing the film in French territories";
- a studio owning a title, the way box-office reports write it: "Sony's Glass Harbor", "Paramount's horror
  movie, Paper Moons", "Salt Road from A24", "The Warner Bros. release", "released in 90 countries via
  Netflix", "넷플릭스를 통해 공개".

A production company: "produced by Pine Films and Tidewater Productions", "produced under the banners of
X Pictures and …", "animated by X Studio", "Created at X Studio", "X Films and Y are the production
companies", "one of its production companies, X Pictures", "(제작 OO필름)".

Where the words say only that a company stands there ("distributor X", "released by X") any capitalised
name is read; where they could as well name a person or a place ("produced by X", "X's Title", "from
X") only a name shaped like a company is: one with a word companies carry (Films, Pictures,
Entertainment, Co., E&M, …) or a studio the trade names alone (A24, Neon, Sony, Toho). Brands that
make films a studio releases ("Pixar's …", "Marvel's …") name no distributor. The country is the one
the clause names ("in Japan", "U.S. distributor", "North American rights"); "internationally" is the
scope `international`. Each claim goes to the film of its clause (`mentions.film_for`), or to the title
a studio owns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Claim, Document, Name, claim
from . import extractor
from .film_phrases import PHRASE, STUDIOS, cut_phrase, is_person, not_a_film, strip_leading
from .kinds import ARTICLE_KINDS
from .mentions import Mention, film_for, mentions
from .people import HANGUL_NAME, PLACE_WORDS, looks_like_name, page_people
from .release import country_of
from .text import MONTHS, Sentence, prose_sentences

VERSION = "1.0"
NAME = "companies"

# Words a company's name carries ("Pine Films", "CJ E&M Pictures", "Tidewater Cartoon Co.").
_COMPANY_WORDS = frozenset(w.casefold() for w in (
    "Film", "Films", "Filmes", "Picture", "Pictures", "Production", "Productions", "Entertainment", "Studio",
    "Studios", "Company", "Co", "Co.", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "LLC",
    "Media", "MediaCorp", "Animation", "Distribution", "Distributors", "Releasing", "Features", "Cinema",
    "Filmverleih", "Verleih", "Television", "TV", "Works", "Classics", "Attractions", "ENM", "E&M", "Bros.",
    "Bros", "Brothers", "Films.", "Arthouse", "Filmproduktion", "Productora", "Cartoon", "Group",
))
# Studios the trade names by their name alone ("Sony's Glass Harbor", "Salt Road from A24").
_STUDIO_NAMES = frozenset((
    *STUDIOS, "Warners", "Warner Brothers", "Walt Disney", "FilmDistrict", "Film District", "STX", "STXfilms",
    "Mubi", "MUBI", "GKIDS", "Funimation", "FUNimation", "Well Go USA", "Magnolia", "IFC", "Bleecker Street",
    "Roadside Attractions", "Open Road", "Studiocanal", "StudioCanal", "Gaumont", "Pathé", "Toei", "Shochiku",
    "Kadokawa", "Aniplex", "CJ ENM", "CJ E&M", "CJ Entertainment", "Megabox", "Plus M", "Megabox Plus M",
    "Lotte Entertainment", "NEW", "Next Entertainment World", "ABO Entertainment", "Amazon Studios", "Trafalgar",
    "Fathom Events", "Weinstein", "The Weinstein Company", "Lantern", "Focus", "Summit", "Relativity", "Orion",
    "Screen Gems", "TriStar", "New Line", "Dimension", "Universal Pictures", "Columbia Pictures", "Hybe",
))
KNOWN_STUDIOS = frozenset(s.casefold() for s in _STUDIO_NAMES)
# Names in capitals that are words too ("NEW", "CJ", "DC"): known only as written.
_CAPITALS = frozenset(s for s in _STUDIO_NAMES if s.isupper() and len(s) <= 4)


def known_studio(name: str) -> bool:
    """A studio the trade names alone, by its name or the first word or two of it ("Warner Bros. Pictures")."""
    words = name.split()
    for candidate in (name, " ".join(words[:2]), words[0] if words else ""):
        if candidate.casefold() in KNOWN_STUDIOS and (candidate.upper() not in _CAPITALS or candidate.isupper()):
            return True
    return False
# A capitalised word of a company's name: "A24", "UGC-Fox", "E&M", "Le Pacte/Wild Side", "STXfilms".
_TOK = r"(?:[A-Z0-9\u00C0-\u00DE][\w.&+/'’-]*|&)"
ORG = rf"{_TOK}(?:[ \t]+{_TOK}){{0,5}}"
# a list of at most nine companies: an unbounded one read a long run of names to its end from every word
_ORGS = rf"{ORG}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){ORG}){{0,8}}"
# Korean and Japanese names: a run of Hangul, kana, kanji or Latin letters ("OO엔터테인먼트", "OO㈜ 미디어").
_CJK_ORG = (r"[A-Za-z\uac00-\ud7a3\u30a0-\u30ff\u4e00-\u9fff][A-Za-z0-9\uac00-\ud7a3\u30a0-\u30ff\u4e00-\u9fff&㈜]*"
            r"(?:\s[A-Z][\w&]*)?")
# What never is a company: a time, a holiday, a place.
_NOT_COMPANY = frozenset(w.casefold() for w in (
    *(m for m in MONTHS if len(m) > 3), "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Christmas", "Chuseok", "Easter", "Thanksgiving", "New Year", "Lunar New Year", "Diwali", "Eid",
    "The", "A", "An", "It", "Its", "This", "That", "He", "She", "They", "Director", "Producer", "Bong", "Oscar",
    "Oscars", "Academy", "Cannes", "Sundance", "Berlinale", "Festival", "Film", "Films", "Company",
))
# Words of an institution's name: a council that counts tickets releases figures, not films.
_INSTITUTION_WORDS = frozenset(w.casefold() for w in (
    "Council", "Institute", "Association", "Commission", "Agency", "Foundation", "Ministry", "University",
    "Festival", "Academy", "Awards", "Museum", "Society", "Office", "Committee", "Board", "Government",
))
# Brands that make films under a studio that distributes them ("Marvel's …", "Pixar's …"), and a studio's
# name alone as the owner of its franchise ("Disney's …"): no distributor said.
_MAKERS = frozenset(w.casefold() for w in (
    "Marvel", "Pixar", "Lucasfilm", "DC", "Illumination", "Ghibli", "Studio Ghibli", "Blumhouse", "Legendary",
    "DreamWorks", "Disney", "Amblin", "Aardman", "Laika", "Marvel Studios", "DC Films",
))
_ABBREVIATION_END = re.compile(r"(?:\b(?:Co|Inc|Corp|Ltd|Bros|Jr)\.)$")


@dataclass(frozen=True)
class Found:
    prop: str
    name: str
    start: int  # of the name, in the document
    end: int
    at: int  # where the film of its clause is looked up
    country: str = ""
    film: str = ""  # a title the company owns ("Sony's Glass Harbor")


def _trim(raw: str) -> tuple[str, int]:
    """(the company a captured run names, its offset in the run): a possessive owner before it dropped
    ("KIM Ha-na's Pine Films"), a trailing full stop dropped unless it ends an abbreviation."""
    offset = 0
    if m := list(re.finditer(r"['’]s\s+", raw)):
        cut = m[-1].end()
        if cut < len(raw):
            offset, raw = cut, raw[cut:]
    for stop in re.finditer(r"(\w*)\.\s", raw):
        if stop.group(1) not in ("Co", "Inc", "Corp", "Ltd", "Bros", "Jr", "St") and len(stop.group(1)) > 1:
            raw = raw[:stop.start() + len(stop.group(1))]
            break  # "Harbor World. The …": a sentence ended inside the run
    raw = raw.rstrip(",;:'’\"”)")
    if raw.endswith(".") and not _ABBREVIATION_END.search(raw):
        raw = raw[:-1]
    raw = re.sub(r"\[\d+\]$", "", raw)
    return raw, offset


def is_company(name: str, strict: bool) -> bool:
    """`name` can be a company's: not a time, a place or a sentence's first word; `strict`: it is shaped
    like one (a word companies carry, a studio named alone, letters and digits like "A24")."""
    low = name.casefold()
    words = name.split()
    if not name or low in _NOT_COMPANY or low in PLACE_WORDS or re.fullmatch(r"[\d\s.,'’-]+", name):
        return False
    if words[0].casefold() in _NOT_COMPANY | PLACE_WORDS and len(words) == 1:
        return False
    if any(w.casefold() in _INSTITUTION_WORDS for w in words):
        return False
    if not strict:
        return True
    if known_studio(name):
        return True
    return any(w.casefold().strip(",") in _COMPANY_WORDS for w in words) or bool(
        re.search(r"[A-Z][a-z]*\d|\d[A-Z]|&", name))


_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*/\s*")


def _companies(text: str, base: int, at: int, strict: bool, prop: str, country: str = "",
               film: str = "") -> Iterator[Found]:
    """Each company of a list that starts at `text`: "Pine Films and Tidewater Productions"."""
    pos = 0
    for i, m in enumerate(re.finditer(ORG, text)):
        gap = text[pos:m.start()]
        if (i == 0 and gap) or (i and not _LIST_SEP.fullmatch(gap)):
            return
        pos = m.end()
        name, offset = _trim(m.group(0))
        if not is_company(name, strict):
            if i == 0:
                return
            continue
        start = base + m.start() + offset
        yield Found(prop, name, start, start + len(name), at, country, film)


# "released in France by Hill Films", "distributed internationally by Northway", "picked up by X".
_BY_VERB = re.compile(r"\b(?P<verb>(?:re-?)?released|distributed|handled|picked up|acquired|bought|sold|"
                      r"animated|produced|co-produced|co-financed|financed)\b(?P<gap>[^.;:!?]{0,80}?)\s+by\s+"
                      r"(?=[A-Z0-9])", re.I)
# Words that may stand between the verb and "by": where and when ("in France on 3 May 2019",
# "internationally", "in theaters", "in select territories").
# What else is released by someone: a still, a statement, figures.
_OTHER_THING = re.compile(r"\b(?:stills?|photos?|images?|posters?|trailers?|teasers?|footage|clips?|statements?|data|"
                          r"figures|reports?|soundtracks?|albums?|singles?|songs?|books?|novels?|DVDs?|Blu-rays?)\s+"
                          r"(?:\w+\s+)?$", re.I)
_GAP_WORD = re.compile(r"[a-z]+ly|in|on|at|across|into|to|through|throughout|for|the|a|an|its|their|select|limited|"
                       r"wide|theaters|theatres|cinemas|screens|territories|countries|markets|cities|[A-Z][\w.'’-]*|"
                       r"\d[\w,.]*|[(),]")
_AND_BY = re.compile(r"[^.;:!?]{0,70}?\band\s+(?P<where>(?:in|on|for)\s+[^.;:!?]{0,50}?\s+)?by\s+(?=[A-Z0-9])")
# "its distributor X", "the film's local investor-distributor X", "distributor X USA".
_DISTRIBUTOR_BEFORE = re.compile(r"\b(?:(?:the|its|their)\s+)?(?:(?:film|movie)['’]s\s+)?"
                                 r"(?P<where>(?:[\w.-]{1,40}\s+){0,2}?)(?:investor[-/]|producer[-/]|co-)?"
                                 r"(?:distributor|distributer|distribution company),?\s+\(?(?=[A-Z0-9])", re.I)
_DISTRIBUTOR_AFTER = re.compile(rf"(?P<org>{ORG}),?\s+(?:the|its|which is the|which was the|a|the film['’]s)\s+"
                                r"(?:film['’]s\s+|movie['’]s\s+)?(?P<where>(?:[\w.-]{1,40}\s+){0,3}?)(?:distributor|"
                                r"distributer)\b")
# "X distributed in Japan", "X acquired the distribution rights", "X, which partnered … to distribute".
_DISTRIBUTES = re.compile(rf"(?P<org>{ORG}),?\s+(?:(?:that|which)\s+(?:is|was|are|were)\s+distributing|"
                          r"(?:is|was|will be)\s+distributing|distributed\s+(?:it|the film|the movie|in)\b|"
                          r"distributes\s+(?:it|the film|the movie)|(?:has\s+|have\s+)?acquired\s+(?:the\s+)?"
                          r"(?:[\w.-]+\s+){0,2}?(?:distribution\s+)?rights|handled\s+the\s+(?:[\w.-]+\s+){0,2}?"
                          r"distribution|(?:who|which)\s+(?:partnered|teamed)[^.;]{0,40}?\bto\s+distribute|"
                          r"qui\s+distribue)")
# "released … via Netflix", "on 800 screens via X Entertainment"
_VIA = re.compile(rf"\b(?:via|through)\s+(?P<org>{ORG})")
_RELEASE_WORD = re.compile(r"\b(?:releas\w*|open\w*|debut\w*|screen\w*|show\w*|stream\w*|launch\w*|distribut\w*)\b",
                           re.I)
# German, French: "sein US-Verleih X", "le distributeur X"
_VERLEIH = re.compile(r"\b(?P<where>[A-Z][\w.]*-)?(?:Verleih|Verleiher|distributeur)\s+(?=[A-Z0-9])")
# Production: "X Films and Y are the production companies", "one of its production companies, X".
_PRODUCTION_AFTER = re.compile(rf"(?P<org>{_ORGS})\s+(?:are|is|were|was)\s+the\s+(?:film['’]s\s+)?production\s+"
                               r"compan(?:y|ies)\b")
_PRODUCTION_BEFORE = re.compile(r"\bproduction\s+compan(?:y|ies),?\s+(?:(?:is|was|are|were)\s+)?(?=[A-Z0-9])", re.I)
_PRODUCED_UNDER = re.compile(r"\b(?:produced|made)\s+(?:under\s+the\s+banners?\s+of|in\s+collaboration\s+with|at)\s+"
                             r"(?=[A-Z0-9])|\b(?:[Cc]reated|[Aa]nimated|[Mm]ade)\s+at\s+(?=[A-Z0-9])")
# Korean and Japanese: "배급사 OO에 따르면", "(제작 OO필름)", "配給:OO", "넷플릭스를 통해 공개".
_KO_DISTRIBUTOR = re.compile(rf"(?:배급사(?:인)?\s*[:：]?|배급을 맡은|配給\s*[:：]|配給は)\s*(?P<org>{_CJK_ORG})")
_KO_PRODUCTION = re.compile(rf"[(（]\s*(?:제작|製作|制作)\s*+[:：]?\s*+(?P<org>{_CJK_ORG})\s*[)）]")
_KO_VIA = re.compile(r"['‘’\"“”]?(?P<org>[\uac00-\ud7a3A-Za-z]{2,12})['‘’\"“”]?(?:를|을|와|과)?\s?통해\s?"
                     r"(?:[^.]{0,30}?)(?:공개|개봉|배급|스트리밍)")
# Streaming services as Korean pages write them: "'넷플릭스'를 통해 … 개봉했다".
_KO_STREAMERS = frozenset({"넷플릭스", "왓챠", "티빙", "웨이브", "쿠팡플레이", "디즈니플러스", "디즈니+", "애플TV+"})
_KO_NOT_COMPANY = frozenset({"예정", "중", "당시", "완료", "발표", "보고회", "발표회", "사", "국가"})
_KO_PARTICLES = re.compile(r"(?:에\s?따르면|에서|에게|으로|로|에|은|는|이|가|을|를|의|와|과|도|만)$")
# A studio owning the title after it: "Sony's Glass Harbor", "Paramount's horror movie, Paper Moons".
_OWNER_GAP = re.compile(r"^['’´`]s?\s+(?:[$\d][\w.,$-]*\s+)?(?:[\w-]+\s+){0,5}?(?:(?:movie|film|flick|picture|"
                        r"drama|comedy|thriller|feature|tale|hit|romancer|actioner|epic|release|sequel),\s+)?"
                        r"[\"“'‘]?$")
# What follows a studio's possessive that is not a film: its people, its channels, its promotion.
_NOT_A_TITLE = re.compile(r"\b(?:Trailer|Teaser|Poster|Official|YouTube|Twitter|Instagram|Facebook|TikTok|CEO|Chief|"
                          r"Chairman|President|Executive|Head|Stock|Shares|Studio|Studios|Pictures|Entertainment)\b")
# from a word's start: tried from inside a long word ("1만1만…", 99,000 characters), each start read the
# word to its end looking for the possessive (the square of the word: over 30 CPU s)
_STUDIO_OWNS = re.compile(rf"(?<![\w.&+/'’-])(?P<org>{ORG})['’´`]s?\s+(?P<t>{PHRASE})")
_FROM_STUDIO = re.compile(rf"[\"”’']?,?\s+(?:from|by|via)\s+(?P<org>{ORG})")


def _sentence(doc: Document, sentence: Sentence) -> Iterator[Found]:
    text, base = sentence.text, sentence.start
    for m in _BY_VERB.finditer(text):
        if _OTHER_THING.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "This still released by X Entertainment"
        if not all(_GAP_WORD.fullmatch(w) for w in re.findall(r"[(),]|[^\s(),]+", m.group("gap"))):
            continue
        verb = m.group("verb").casefold()
        produced = verb in ("produced", "co-produced", "animated", "co-financed", "financed")
        prop = "production_company" if produced else "distributor"
        at = m.end()
        country = "" if produced else _country(text[m.start():m.end() + 60], m.group("gap"))
        found = list(_companies(text[at:], base + at, base + m.start(), produced, prop, country))
        yield from found
        while found and not produced and (more := _AND_BY.match(text, found[-1].end - base)):
            at = more.end()
            where = more.group("where") or ""
            found = list(_companies(text[at:], base + at, base + at, False, prop, _country(where + text[at:at + 40],
                                                                                          where)))
            yield from found
    for m in _DISTRIBUTOR_BEFORE.finditer(text):
        where = m.group("where")
        yield from _companies(text[m.end():], base + m.end(), base + m.start(), False, "distributor",
                              _country(where, where))
    for m in _DISTRIBUTOR_AFTER.finditer(text):
        name, offset = _trim(m.group("org"))
        if is_company(name, False):
            start = base + m.start("org") + offset
            yield Found("distributor", name, start, start + len(name), base + m.start(),
                        _country(m.group("where"), m.group("where")))
    for m in _DISTRIBUTES.finditer(text):
        name, offset = _trim(m.group("org"))
        if is_company(name, not re.search(r"distribut", m.group(0)[len(m.group("org")):])):
            start = base + m.start("org") + offset
            yield Found("distributor", name, start, start + len(name), base + m.start(),
                        _country(text[m.end("org"):m.end() + 50], ""))
    for m in _VIA.finditer(text):
        if not _RELEASE_WORD.search(text[max(0, m.start() - 80):m.start()]):
            continue
        name, offset = _trim(m.group("org"))
        if is_company(name, True):
            start = base + m.start("org") + offset
            yield Found("distributor", name, start, start + len(name), base + m.start())
    for m in _VERLEIH.finditer(text):
        where = (m.group("where") or "").rstrip("-")
        yield from _companies(text[m.end():], base + m.end(), base + m.start(), False, "distributor",
                              _country(where, where))
    for m in _PRODUCTION_AFTER.finditer(text):
        yield from _companies(m.group("org"), base + m.start("org"), base + m.start(), False, "production_company")
    for m in _PRODUCTION_BEFORE.finditer(text):
        yield from _companies(text[m.end():], base + m.end(), base + m.start(), False, "production_company")
    for m in _PRODUCED_UNDER.finditer(text):
        yield from _companies(text[m.end():], base + m.end(), base + m.start(), True, "production_company")
    for pattern, prop in ((_KO_DISTRIBUTOR, "distributor"), (_KO_PRODUCTION, "production_company"),
                          (_KO_VIA, "distributor")):
        for m in pattern.finditer(text):
            name = _KO_PARTICLES.sub("", m.group("org").strip())
            if len(name) < 2 or name in _KO_NOT_COMPANY or re.fullmatch(HANGUL_NAME, name) or (
                    pattern is _KO_VIA and not known_studio(name) and name not in _KO_STREAMERS):
                continue  # a person ("(제작 김하나)"), a plan ("제작 예정"), a theatre ("극장을 통해")
            start = base + m.start("org") + m.group("org").find(name)
            country = "South Korea" if prop == "distributor" and "배급" in m.group(0) else ""
            yield Found(prop, name, start, start + len(name), base + m.start(), country)


def _country(text: str, where: str) -> str:
    """The country a clause names ("in Japan", "U.S. distributor", "North American rights"); "international"
    for a distribution abroad."""
    if re.search(r"\binternational(?:ly)?\b", where or text[:40], re.I):
        return "international"
    return country_of(where) or country_of(text)


def _not_owned(title: str) -> bool:
    """A phrase after a studio's possessive that names no film of it: its stars ("Ann Roe-Bo Lin supernatural
    romancer"), its places ("A24's Sundance and Berlin hit"), its people and promotion."""
    words = [w for w in re.split(r"[\s-]+", title) if w[:1].isupper()]
    return is_person(title) or bool(_NOT_A_TITLE.search(title)) or bool(
        re.fullmatch(r"[A-Z][\w'’]+ [A-Z][\w'’]+-[A-Z][\w'’]+ [A-Z][\w'’]+", title)) or (
        bool(words) and all(w.casefold() in PLACE_WORDS for w in words))


def _owned_titles(doc: Document) -> Iterator[Found]:
    """"Sony's Glass Harbor", "Salt Road from A24", "The Warner Bros. release": a studio named with a title."""
    text = doc.text
    found: tuple[Mention, ...] = mentions(doc)
    people = page_people(doc, {m.title for m in found})
    for m in found:
        if m.how == "anaphor" or m.start < 0 or _not_owned(m.title) or (
                m.how != "quote" and looks_like_name(m.title, set())):
            continue  # "Warners' Ann Roe-Bo Lin romancer 'Paper Moons'": its stars (a quoted title is a title)
        line_start = text.rfind("\n", max(0, m.start - 80), m.start) + 1
        before = text[max(line_start, m.start - 80):m.start]
        for om in re.finditer(rf"(?P<org>{ORG})(?=['’´`])", before):
            if not _OWNER_GAP.match(before[om.end():]) or re.search(r"[.;!?]\s", before[om.end():]):
                continue
            name, offset = _trim(om.group("org"))
            words = name.split()
            if name.casefold() in _MAKERS or words[0] in ("The", "A", "An") or looks_like_name(
                    " ".join(words[-2:]), people.titles):
                continue  # "The Big Picture Ana Ferro's …": a person owns the title
            if is_company(name, True) and name.casefold() != m.title.casefold():
                start = m.start - len(before) + om.start("org") + offset
                yield Found("distributor", name, start, start + len(name), m.start, film=m.title)
                break
        if (fm := _FROM_STUDIO.match(text, m.end)) and is_company((name := _trim(fm.group("org"))[0]), True) and (
                known_studio(name)) and name.casefold() not in _MAKERS:
            start = fm.start("org") + _trim(fm.group("org"))[1]
            yield Found("distributor", name, start, start + len(name), m.start, film=m.title)
    # a known studio's title the page names nowhere else: "Paramount's Glass Harbor: Part Two in 2014"
    starts = {m.start for m in found}
    for om in _STUDIO_OWNS.finditer(text):
        name, offset = _trim(om.group("org"))
        title = re.sub(r"\s+(?:in|of|from|on)\s+(?:19|20)\d\d\.?$", "", strip_leading(cut_phrase(om.group("t"))))
        title = title.rstrip(",:.")
        at = om.start("t") + om.group("t").find(title)
        if not title or not title[0].isupper() or _NOT_A_TITLE.search(title) or at in starts or not known_studio(
                name) or name.casefold() in _MAKERS or not_a_film(title) or _not_owned(title) \
                or (len(title.split()) == 2 and looks_like_name(title, people.titles)):
            continue
        start = om.start("org") + offset
        yield Found("distributor", name, start, start + len(name), at, film=title)
    for rm in re.finditer(rf"\b[Tt]he\s+(?P<org>{ORG})\s+(?:release|pic|picture|film|title|production)\b", text):
        name, offset = _trim(rm.group("org"))
        if known_studio(name) and name.casefold() not in _MAKERS and rm.group("org")[offset:] == name:
            start = rm.start("org") + offset
            yield Found("distributor", name, start, start + len(name), rm.start())


@extractor(NAME, VERSION, requires=("sections",))
def extract_companies(doc: Document, subject: str) -> Iterator[Claim]:
    article = doc.kind in ARTICLE_KINDS
    titles = {m.title.casefold() for m in mentions(doc)}
    seen: set[tuple[str, str, str]] = set()
    found: list[Found] = []
    for sentence in prose_sentences(doc):
        if not re.search(r"(?i)distribu|releas|produc|by|via|through|verleih|compan|animated|created|made|"
                         r"배급|제작|製作|制作|配給|통해", sentence.text):
            continue
        found.extend(_sentence(doc, sentence))
    if article:
        found.extend(_owned_titles(doc))
    for f in found:
        if f.name.casefold() in titles:
            continue  # a film's title, not a company
        film = f.film or (film_for(doc, f.at, subject) if article else subject)
        key = (film, f.prop, f.name.casefold())
        if not film or key in seen:
            continue
        seen.add(key)
        yield claim(film, f.prop, Name(f.name, "organization"), doc.span(f.start, f.end), NAME, VERSION,
                    {"country": f.country} if f.country else None)


__all__ = ["KNOWN_STUDIOS", "ORG", "extract_companies", "is_company", "known_studio"]
