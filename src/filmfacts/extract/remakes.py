"""Remakes, sequels of remakes and planned remakes, read clause by clause.

"It was also adapted in 2019 in Turkey as 7. Koğuştaki Mucize starring Aras Bulut İynemli
in the lead role." gives a remake with its country, year, title and stars; "remakes are
being planned in Spain, and the United States" gives one planned remake per country;
"… was supposed to produce … but eventually was not made" gives a remake whose status is
"not made".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..model import Claim, Document, Name, Nothing, Value, claim
from . import extractor
from .text import YEAR_RE, Sentence, section_sentences, split_list
from .vocab import COUNTRIES, COUNTRY_ALIASES, LANGUAGES, country_named, language_named

VERSION = "1.0"
NAME = "remakes"

_COUNTRY_WORDS = sorted([*COUNTRIES, *(a.title() if a.islower() else a for a in COUNTRY_ALIASES)],
                        key=len, reverse=True)
_COUNTRY = "|".join(re.escape(c) for c in _COUNTRY_WORDS)
_IN_COUNTRY = re.compile(rf"\bin (?:the )?(?P<c>{_COUNTRY})\b")
_COUNTRY_SUBJECT = re.compile(rf"^(?:In \d{{4}},\s*)?(?P<c>(?:the )?(?:{_COUNTRY}))\s+(?:adapted|remade|made)\b")
_LANGUAGE = re.compile(rf"\b(?P<l>{'|'.join(LANGUAGES)})(?:-language)?\s+(?:movie|film|remake|version|"
                       r"adaptation)\b")
_TITLE = re.compile(r"\b(?:titled|entitled|called|named|as)\s+(?P<t>.+?)(?=\s+starring\b|\s+in the lead\b|"
                    r"\s+with\b|\s+directed\b|,|\.$|$)")
_SAME_TITLE = re.compile(r"\bwith the same title\b|\bsame name\b|\bunder the same title\b", re.I)
_STARRING = re.compile(r"\bstarring\s+(?P<s>.+?)(?=\s+in the lead\b|\s+in the (?:main|title) role|\.$|$)")
_PRODUCER = re.compile(r"(?P<p>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})\s+(?:were|was|is|are)?\s*"
                       r"(?:supposed to|set to|to|will|would)?\s*(?:produce|co-produce)\b")
_DIRECTOR = re.compile(r"\bdirected by\s+(?P<d>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})")
_NOT_MADE = re.compile(r"\b(?:was|were|is) (?:eventually |ultimately |never )?(?:not made|never made|"
                       r"cancel+ed|shelved|abandoned|scrapped)\b|\bnever (?:got )?made\b", re.I)
_PLANNED = re.compile(r"\b(?:being planned|are planned|is planned|in development|plans? (?:for|to)|"
                      r"supposed to|set to)\b", re.I)
_REMAKE_WORD = re.compile(r"\b(?:remake|remade|adapted|adaptation|version)\b", re.I)
_SEQUEL = re.compile(r"\bsequel\b", re.I)
_CLAUSE_SPLIT = re.compile(r",\s+(?:and\s+)?(?=(?:spawned|while|which|whereas|followed)\b)|;\s+|\s+while\s+")


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
    if m := _COUNTRY_SUBJECT.search(text):
        item["country"] = country_named(m.group("c"))
    elif m := _IN_COUNTRY.search(text):
        item["country"] = country_named(m.group("c"))
    if m := _LANGUAGE.search(text):
        item["language"] = language_named(m.group("l"))
    years = YEAR_RE.findall(text)
    if years:
        item["year"] = int(years[0])
    if _SAME_TITLE.search(text):
        item["title"] = subject
    elif m := _TITLE.search(text):
        title = m.group("t").strip()
        if not re.match(rf"^(?:the )?(?:{_COUNTRY})$|^\d{{4}}$", title):
            item["title"] = title
    if m := _STARRING.search(text):
        item["starring"] = tuple(split_list(m.group("s")))
    if m := _PRODUCER.search(text):
        item["producer"] = m.group("p").strip()
    if m := _DIRECTOR.search(text):
        item["director"] = m.group("d").strip().rstrip(".")
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


@extractor(NAME, VERSION, requires=("sections",))
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
            yield claim(subject, "remake", value, doc.span(start, start + len(text.rstrip(" ."))), NAME,
                        VERSION, item)
