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

from ..model import Claim, Document, Name, Nothing, Value, claim
from . import extractor
from .kinds import ENCYCLOPEDIC_KINDS
from .text import YEAR_RE, Sentence, section_sentences, split_list
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
_PRODUCER = re.compile(r"(?P<p>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})\s+(?:were|was|is|are)?\s*"
                       r"(?:supposed to|set to|to|will|would)?\s*(?:produce|co-produce)\b")
_DIRECTOR = re.compile(r"\bdirected by\s+(?P<d>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})|(?P<e>[A-Z][\w.'-]*"
                       r"(?:\s+[A-Z][\w.'-]*){0,3}) was (?:announced|named|hired|set|attached) (?:as|to direct)")
_NOT_MADE = re.compile(r"\b(?:was|were|is) (?:eventually |ultimately |never )?(?:not made|never made|"
                       r"cancel+ed|shelved|abandoned|scrapped)\b|\bnever (?:got )?made\b", re.I)
_PLANNED = re.compile(r"\b(?:being planned|are planned|is planned|in development|plans? (?:for|to)|"
                      r"supposed to|set to|announced|developing|acquired|scheduled|to be)\b", re.I)
_REMAKE_WORD = re.compile(r"\b(?:remake|remade|adapted|adaptation|version|series based on)\b", re.I)
_SEQUEL = re.compile(r"\bsequel\b", re.I)
_CLAUSE_SPLIT = re.compile(r",\s+(?:and\s+)?(?=(?:spawned|while|which|whereas|followed)\b)|;\s+|\s+while\s+|"
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
