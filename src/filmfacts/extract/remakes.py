"""Remakes, sequels of remakes and planned remakes, read clause by clause.

"It was also adapted in 2019 in Turkey as Yeni Film starring Ali Veli in the lead role." gives a
remake with its country, year, title and stars; "remakes are being planned in Spain, and the
United States" gives one planned remake per country; "… was supposed to produce … but
eventually was not made" gives a remake whose status is "not made"; "in 2021 X was announced as
the director of the American remake, titled Y" gives a planned remake.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..link.entities import film_key
from ..model import Claim, Document, Name, Nothing, Value, claim
from . import extractor
from .film_phrases import PHRASE, cut_phrase, is_person, not_a_film, strip_leading
from .kinds import ARTICLE_KINDS, ENCYCLOPEDIC_KINDS
from .mentions import film_for, films_named
from .people import PLACE_WORDS
from .text import YEAR_RE, Sentence, prose_sentences, section_sentences, split_list
from .vocab import COUNTRIES, COUNTRY_ALIASES, LANGUAGES, country_from_adjective, country_named, language_named

VERSION = "1.0"
NAME = "remakes"

_COUNTRY_WORDS = sorted([*COUNTRIES, *(a.title() if a.islower() else a for a in COUNTRY_ALIASES)],
                        key=len, reverse=True)
_COUNTRY = "|".join(re.escape(c) for c in _COUNTRY_WORDS)
_IN_COUNTRY = re.compile(rf"\bin (?:the )?(?P<c>{_COUNTRY})\b")
_COUNTRY_SUBJECT = re.compile(rf"^(?:In \d{{4}},\s*)?(?P<c>(?:the )?(?:{_COUNTRY}))\s+(?:adapted|remade|made)\b")
_LANGUAGE = re.compile(rf"\b(?P<l>{'|'.join(LANGUAGES)})(?:-language)?\s+(?:[\w-]+\s+)?(?:movie|film|remake|"
                       r"version|adaptation|series)\b")
_ADJECTIVE = re.compile(r"\b(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:remake|version|adaptation)\b")
_APPOSITIVE = re.compile(r"\b(?:remake|version|adaptation),\s+(?P<t>[A-Z0-9][^,]*?)(?=,|\.$|$)")
_TITLE = re.compile(r"\b(?:titled|entitled|called|named|as)\s+(?P<t>[A-Z0-9].*?)(?=\s+starring\b|\s+in the lead\b|"
                    r"\s+with\b|\s+directed\b|,|\.$|$)")
_SAME_TITLE = re.compile(r"\bwith the same title\b|\bsame name\b|\bunder the same title\b", re.I)
_STARRING = re.compile(r"\bstarring\s+(?P<s>.+?)(?=\s+in the lead\b|\s+in the (?:main|title) role|\.$|$)")
_PRODUCERS = re.compile(r"\b(?:with (?P<a>[A-Z][\w.' -]+?) as (?:executive |co-)?producers?|(?:executive |co-)?"
                        r"produced by (?P<b>[A-Z][\w.'-]*(?:(?:\s+|,\s*|\s+and\s+)[A-Z][\w.'-]*){0,7}))")
_PRODUCER = re.compile(r"(?P<p>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})\s++(?:(?:were|was|is|are)\s*+)?"
                       r"(?:(?:supposed to|set to|to|will|would)\s*+)?(?:produce|co-produce)\b")
_DIRECTOR = re.compile(r"\bdirected by\s+(?P<d>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})|(?P<e>[A-Z][\w.'-]*"
                       r"(?:\s+[A-Z][\w.'-]*){0,3}) was (?:announced|named|hired|set|attached) (?:as|to direct)")
_NOT_MADE = re.compile(r"\b(?:was|were|is) (?:eventually |ultimately |never )?(?:not made|never made|"
                       r"cancel+ed|shelved|abandoned|scrapped)\b|\bnever (?:got )?made\b", re.I)
_PLANNED = re.compile(r"\b(?:being planned|are planned|is planned|in development|plans? (?:for|to)|"
                      r"supposed to|set to|announced|developing|acquired|scheduled|to be)\b", re.I)
_REMAKE_WORD = re.compile(r"\b(?:remake|remade|adapted|adaptation|version|series based on)\b", re.I)
_SEQUEL = re.compile(r"\bsequel\b", re.I)
_CLAUSE_SPLIT = re.compile(r",\s+(?:and\s+)?(?=(?:spawned|while|which|whereas|followed)\b)|;\s+|(?<!\s)\s+while\s+|"
                           r",\s+and\s+(?=(?:in|on|by)\s+\d{4}\b|then\b)")


def _clauses(sentence: Sentence) -> Iterator[tuple[str, int]]:
    pos = 0
    for m in _CLAUSE_SPLIT.finditer(sentence.text):
        yield sentence.text[pos:m.start()], sentence.start + pos
        pos = m.end()
    yield sentence.text[pos:], sentence.start + pos


def _read_clause(text: str, subject: str) -> dict[str, Any] | None:
    if not (_REMAKE_WORD.search(text) or _SEQUEL.search(text)):
        return None
    item: dict[str, Any] = {"title": None}
    if (m := _COUNTRY_SUBJECT.search(text)) or (m := _IN_COUNTRY.search(text)):
        item["country"] = country_named(m.group("c"))
    if m := _LANGUAGE.search(text):
        item["language"] = language_named(m.group("l"))
    if not item.get("country"):
        for am in _ADJECTIVE.finditer(text):
            if country := country_from_adjective(am.group("a")):
                item["country"] = country
                break
    years = YEAR_RE.findall(text)
    if years:
        item["year"] = int(years[0])
    if _SAME_TITLE.search(text):
        item["title"] = subject
    else:
        for m in (_TITLE.search(text), _APPOSITIVE.search(text)):
            title = m.group("t").strip() if m else ""
            if title and not re.match(rf"^(?:the )?(?:{_COUNTRY})$|^\d{{4}}$|^(?:too|also)$", title):
                item["title"] = title
                break
    if m := _STARRING.search(text):
        item["starring"] = tuple(split_list(m.group("s")))
    if m := _PRODUCERS.search(text):
        names = split_list((m.group("a") or m.group("b") or "").split(" for ")[0])
        item["producer"] = tuple(names) if len(names) > 1 else names[0] if names else None
    elif m := _PRODUCER.search(text):
        item["producer"] = m.group("p").strip()
    if m := _DIRECTOR.search(text):
        item["director"] = (m.group("d") or m.group("e")).strip().rstrip(".")
    if _NOT_MADE.search(text):
        item["status"] = "not made"
    elif _PLANNED.search(text) and not re.search(r"\bwas (?:directed|released|made)\b", text):
        item["status"] = "planned"
    else:
        item["status"] = "made"
    if _SEQUEL.search(text):
        item["sequel"] = True
    if not (item.get("country") or item.get("language") or item.get("title")):
        return None
    return item


@extractor(NAME, VERSION, requires=("sections",), kinds=ENCYCLOPEDIC_KINDS)
def extract_remakes(doc: Document, subject: str) -> Iterator[Claim]:
    for sentence in section_sentences(doc, "remake", "adaptation", "remakes and adaptations", "legacy"):
        previous_country = None
        for text, start in _clauses(sentence):
            planned_countries = []
            if _PLANNED.search(text) and re.search(r"\bremakes are\b|\bplanned in\b", text):
                tail = text[text.find(" in ") + 4:] if " in " in text else ""
                planned_countries = [c for c in (country_named(p) for p in split_list(tail)) if c]
            if planned_countries:
                for country in planned_countries:
                    at = text.find(country)
                    yield claim(subject, "planned_remake", Nothing(),
                                doc.span(start + max(at, 0), start + max(at, 0) + len(country)), NAME,
                                VERSION, {"country": country, "status": "planned"})
                continue
            item = _read_clause(text, subject)
            if item is None:
                continue
            if item.pop("sequel", False):
                item.setdefault("country", previous_country)
                item["note"] = "sequel of the remake"
            previous_country = item.get("country") or previous_country
            title = item.pop("title")
            value: Value = Name(title, "film") if title else Nothing()
            prop = "planned_remake" if item.get("status") == "planned" else "remake"
            yield claim(subject, prop, value, doc.span(start, start + len(text.rstrip(" ."))), NAME,
                        VERSION, item)


# ---------------------------------------------------------------- remakes stated in any prose

PROSE_NAME = "remake_prose"
_KIND = r"(?:remake|re-make|reboot|reimagining|re-imagining)"
# "X is a remake of Y", "X, director Z's remake of the Hong Kong movie Y", "A remake of Y, X …"
_REMAKE_OF = re.compile(rf"\b(?P<kind>{_KIND})s?\s+of\s+")
# "Y remake X" ("Bryan Cranston's Intouchables remake The Upside"), "the hit American remake, X"
_Y_REMAKE_X = re.compile(rf"\b(?P<kind>{_KIND})\s*+,?\s*+(?:titled\s+|called\s+)?(?=[\"“'‘«《]|[A-Z0-9])")
# "was remade in 1960 as an American western, X", "translated … back into … a Western as X"
_REMADE_AS = re.compile(r"\b(?:remade|re-made|adapted|translated)\b[^.;]{0,60}?\bas\s+(?:an?\s+(?:[\w-]+\s+){0,3}"
                        r"(?:western|film|movie|remake|version)\s*,\s*)?(?:(?:[A-Z][\w.-]*\s+){0,3}[\w.-]+['’]s\s+)?")
_SEE = re.compile(rf"\bFor the (?:(?P<y>\d{{4}})\s+)?(?P<adj>[\w-]+(?:\s+[\w-]+)?\s+)?(?:film\s+)?{_KIND},\s+see\s+")
_TITLE_AT = re.compile(rf"[\"“'‘«《]?(?P<t>{PHRASE})")
_QUOTED_AT = re.compile(r"[\"“«《](?P<t>[^\"”»》\n]{1,80})[\"”»》]|(?<![\w])[‘'](?P<s>[^’'\n]{1,80})[’'](?![\w])")
_ORIGINAL_YEAR = re.compile(r"\b(?P<y>(?:19|20)\d\d)(?:['’]s)?\b")
_NOT_TITLE = re.compile(r"^(?:The|A|An|Its|His|Her|Their|This|That|It|Hollywood|Korean|American|French|Japanese|"
                        r"Chinese|Hong Kong|Bollywood|Un|Une|Le|La|Les|El|Der|Die|Das|Ein|Eine|Il|Lo)$")


# What stands between "a remake of" and the title: "the 2000 South Korean film", "2002's award-winning Hong
# Kong blockbuster", "Akira Kurosawa's classic".
_DESCRIPTOR = re.compile(r"(?:(?:the|a|an|his|her|their|its)\s+|(?:19|20)\d\d(?:['’]s)?\s+|[a-z][\w-]*\s+|"
                         r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+|(?:[A-Z][\w-]*\s+){1,2}(?=(?:[a-z][\w-]*\s+)*"
                         r"(?:film|movie|blockbuster|hit|thriller|drama|comedy|classic|original|masterpiece|western|"
                         r"horror|version|feature|picture)\b))*")


def _title_past_words(text: str, at: int) -> tuple[str, int, int] | None:
    """The title after the words that describe it ("the 2000 South Korean film Il Mare")."""
    d = _DESCRIPTOR.match(text, at)
    return _title_after(text, d.end() if d else at)


def _title_after(text: str, at: int) -> tuple[str, int, int] | None:
    """The title that starts at `at` (in quotes, or a capitalised phrase), cut at a comma or a full stop."""
    if q := _QUOTED_AT.match(text, at):
        group = "t" if q.group("t") is not None else "s"
        title = q.group(group).strip(" ,.")
        return (title, q.start(group), q.start(group) + len(title)) if title else None
    if m := _TITLE_AT.match(text, at):
        title = strip_leading(cut_phrase(m.group("t"))).rstrip(",:")
        title = re.split(r"\s+(?:by|from|in|at|with|starring|and)\s+", title)[0]
        owned = re.match(r"^(?P<o>.+?)['’]s\s+(?P<t>\S.*)$", title)
        if owned and (is_person(owned.group("o")) or len(owned.group("o").split()) >= 2):
            title = owned.group("t")  # "John Sturges's The Magnificent Seven"
        title = re.sub(r"['’]s$", "", title)
        if not title or _NOT_TITLE.match(title) or is_person(title) or not_a_film(title):
            return None
        start = m.start("t") + m.group("t").find(title)
        return title, start, start + len(title)
    return None


def _title_before(text: str, end: int) -> tuple[str, int, int] | None:
    """The title that ends right before `end` ("… Hong Kong movie Infernal Affairs remake …")."""
    head = text[:end].rstrip(" ,\"”’'»》")
    m = re.search(rf"(?:[\"“'‘«《])?(?P<t>{PHRASE})$", head)
    if not m:
        return None
    title = strip_leading(cut_phrase(m.group("t")))
    title = re.sub(r"^.*?['’]s\s+", "", title)  # "Bryan Cranston's Intouchables" → "Intouchables"
    if not title or _NOT_TITLE.match(title) or is_person(title) or not_a_film(title):
        return None
    start = m.start("t") + m.group("t").rfind(title)
    return title, start, start + len(title)


_NATIONAL_KIND = re.compile(r"\b(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ -](?:[\w-]+ )?(?:remake|version|adaptation|"
                            r"western|film|movie|take)\b")


def _remake_qualifiers(text: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for am in _NATIONAL_KIND.finditer(text):
        if country := country_from_adjective(am.group("a")):
            out["country"] = country
            break
    if m := _LANGUAGE.search(text):
        out["language"] = language_named(m.group("l"))
    return out


@extractor(PROSE_NAME, VERSION, requires=("sections",))
def extract_remake_prose(doc: Document, subject: str) -> Iterator[Claim]:
    """Remakes as any page states them: "X is a remake of Y", "Y remake X", "remade in 1960 as X",
    "For the English-language remake, see X". Each gives the original its remake and the remake what
    it is based on."""
    article = doc.kind in ARTICLE_KINDS
    seen: set[tuple[str, str, str]] = set()
    named = {t.casefold() for t in films_named(doc)} | {subject.casefold()}

    def a_film(text: str, found: tuple[str, int, int], at: int) -> bool:
        """A title the page names as a film, quoted, or called a film right before it."""
        return (found[0].casefold() in named or text[max(0, found[1] - 1):found[1]] in "\"“'‘«《"
                or bool(re.search(r"\b(?:film|movie|blockbuster|hit|thriller|drama|classic|original|masterpiece)\s+$",
                                  text[at:found[1]])))

    def pair(original: str, remake: str, span: tuple[int, int], qualifiers: dict[str, Any]) -> Iterator[Claim]:
        if not original or not remake or film_key(original) == film_key(remake):
            return
        if any(re.search(r"-language$|^(?:U\.S\.|US|UK)$", t) or t.casefold() in PLACE_WORDS
               for t in (original, remake)):
            return  # "the hit French-language film" names no film
        for film, prop, value in ((original, "remake", remake), (remake, "based_on", original)):
            if (film, prop, value.casefold()) in seen:
                continue
            seen.add((film, prop, value.casefold()))
            kind: Value = Name(value, "film" if prop == "remake" else "work")
            yield claim(film, prop, kind, doc.span(*span), PROSE_NAME, VERSION,
                        {**qualifiers, "status": "made"} if prop == "remake" else {"form": "film"})

    for sentence in prose_sentences(doc):
        text, base = sentence.text, sentence.start
        if not re.search(rf"{_KIND}|remade|re-made", text, re.I):
            continue
        if not article and any(p.casefold().startswith(("remake", "adaptation", "legacy")) for p in sentence.section):
            continue  # the section reader's (extract_remakes)

        def film_at(at: int, sentence: Sentence = sentence) -> str:
            return film_for(doc, sentence.start + at, subject) if article else subject

        for m in _REMAKE_OF.finditer(text):
            original = _title_past_words(text, m.end())
            if original is None or not a_film(text, original, m.end()) or re.search(
                    r"\bof the same (?:name|title)\b", text[m.end():m.end() + 40]):
                continue
            # the remake: named after the original ("A remake of Y, X …"), in an appositive ("X, director
            # Z's remake of Y"), as the subject ("X is a remake of Y"), else the clause's film
            head = text[:m.start()]
            remake_title = ""
            if re.fullmatch(r"\s*(?:(?:A|An|The)\s*)?", head):
                x = re.match(r"[\"”’'»》]?,\s*", text[original[2]:])
                following = _title_after(text, original[2] + x.end()) if x else None
                remake_title = following[0] if following else ""
            elif ap := re.search(r",\s+(?:(?:director|filmmaker)\s+[\w'’ .-]+?['’]s\s+|(?:a|an|the)\s+"
                                 r"(?:[\w'’-]+\s+){0,5})$", head):
                before = _title_before(head, ap.start())
                remake_title = before[0] if before else film_at(m.start())
            elif cop := re.search(r"\s+(?:is|was|are|were)\s+(?:also\s+)?(?:an?|the)\s+(?:[\w'’-]+\s+){0,6}$", head):
                before = _title_before(head, cop.start())
                remake_title = before[0] if before else film_at(m.start())
            else:
                remake_title = film_at(m.start())
            if not remake_title:
                continue
            remake = (remake_title, 0, 0)
            quals = _remake_qualifiers(text[max(0, m.start() - 40):m.end()])
            yield from pair(original[0], remake[0], (base + original[1], base + original[2]), quals)
        for m in _Y_REMAKE_X.finditer(text):
            later = _title_after(text, m.end())
            earlier = _title_before(text, m.start())
            if later is None or earlier is None or not a_film(text, earlier, earlier[1]):
                continue
            if not re.fullmatch(r"[\s\"”’'»》]*", text[earlier[2]:m.start()]):
                continue
            quals = _remake_qualifiers(text[max(0, earlier[1] - 10):m.end()])
            yield from pair(earlier[0], later[0], (base + later[1], base + later[2]), quals)
        for m in _REMADE_AS.finditer(text):
            later = _title_after(text, m.end())
            if later is None:
                continue
            source = film_at(m.start())
            quals = _remake_qualifiers(text[m.start():m.end()])
            if y := re.search(r"\bin\s+(?P<y>(?:19|20)\d\d)\b", text[m.start():m.end()]):
                quals["year"] = int(y.group("y"))
            yield from pair(source, later[0], (base + later[1], base + later[2]), quals)
        for m in _SEE.finditer(text):
            later = _title_after(text, m.end())
            if later is None:
                continue
            quals = _remake_qualifiers(m.group(0))
            if m.group("y"):
                quals["year"] = int(m.group("y"))
            title = re.sub(r"\s*\((?:\d{4}\s+)?film\)$", "", later[0])
            yield from pair(subject, title, (base + later[1], base + later[2]), quals)
