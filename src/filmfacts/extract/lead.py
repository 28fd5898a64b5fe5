"""The defining sentence: title, titles in other scripts, year, country, genre.

Also in Japanese, Chinese and Korean ("七人の侍』(しちにんのさむらい)は、1954年に公開された日本時代劇映画である"
gives the title in its script, 1954 and 時代劇), and the year of a short description line above it.

"Parasite (Korean: 기생충) is a 2019 South Korean black comedy thriller film directed by …"
gives the English title, the Hangul title, 2019, South Korea and "black comedy thriller"; the
people it names are read by `crew`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Text, Time, claim
from ..writing_systems import script_of
from . import extractor
from .kinds import ENCYCLOPEDIC_KINDS
from .subject import Lead, find_lead, lead_sentences
from .titles import title_claims
from .vocab import CJK_GENRE_WORDS, GENRE_WORDS, country_from_adjective

VERSION = "2.0"
NAME = "lead"
def _describe(desc: str, base: int) -> Iterator[tuple[str, str, int, int]]:
    """(property, value, start, end) for year, countries and genre in "2013 South Korean comedy drama film"."""
    words = [(m.group(0), m.start()) for m in re.finditer(r"[\w'-]+", desc)]
    genre: list[tuple[str, int]] = []
    i = 0
    while i < len(words):
        word, start = words[i]
        if re.fullmatch(r"1[89]\d\d|20\d\d", word):
            yield "publication_year", word, base + start, base + start + 4
            i += 1
            continue
        two = f"{word} {words[i + 1][0]}" if i + 1 < len(words) else ""
        country = country_from_adjective(two) if two else None
        width = 2
        if not country:
            country, width = country_from_adjective(word), 1
        if country:
            end = words[i + width - 1][1] + len(words[i + width - 1][0])
            yield "country_of_origin", country, base + start, base + end
            i += width
            continue
        if word.casefold() in GENRE_WORDS or word.casefold().endswith("-drama"):
            genre.append((word, start))
        i += 1
    if genre:
        start = genre[0][1]
        end = genre[-1][1] + len(genre[-1][0])
        yield "genre", desc[start:end], base + start, base + end


_CJK_YEAR = re.compile(r"((?:19|20)\d\d)\s*[年년]")
# A short description under the page's title: "2003년 대한민국의 영화", "2006 film directed by Martin Scorsese".
_SHORT_DESCRIPTION = re.compile(r"^((?:19|20)\d\d)(?:년|年)?\s*[^.\n]{0,50}?(?:film|movie|영화|映画|電影|电影)\b",
                                re.I)


def _describe_cjk(desc: str, base: int) -> Iterator[tuple[str, str, int, int]]:
    """Year and genres of "1954年に公開された日本時代劇映画", "2002年上映的香港電影", "SF 영화"."""
    if m := _CJK_YEAR.search(desc):
        yield "publication_year", m.group(1), base + m.start(1), base + m.end(1)
    taken: list[tuple[int, int]] = []
    for word in sorted(CJK_GENRE_WORDS, key=len, reverse=True):
        for m in re.finditer(re.escape(word), desc):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
    for a, b in sorted(taken):
        yield "genre", desc[a:b], base + a, base + b


@extractor(NAME, VERSION, requires=("sections",), kinds=ENCYCLOPEDIC_KINDS)
def extract_lead(doc: Document, subject: str) -> Iterator[Claim]:
    lead = find_lead(doc)
    if lead is None:
        return
    span = doc.span(lead.title_start, lead.title_start + len(lead.title))
    script = script_of(lead.title)
    if script in ("Hangul", "Hanja", "Kana"):
        language = "ko" if script == "Hangul" else "ja" if script == "Kana" or doc.language == "ja" else (
            doc.language if doc.language in ("zh", "ko") else "zh")
        yield claim(subject, "native_title", Text(lead.title, language, script), span, NAME, VERSION,
                    {"language": language, "script": script})
    else:
        yield claim(subject, "title", Text(lead.title, doc.language, "Latin"), span, NAME, VERSION,
                    {"language": doc.language})
    if lead.paren:
        yield from title_claims(doc, subject, lead.paren, lead.paren_start, "native_title",
                                "romanized_title", "literal_title", NAME, reading_of=lead.title)
    yield from _short_description(doc, subject, lead)
    described = _describe_cjk(lead.desc, lead.desc_start) if lead.cjk else _describe(lead.desc, lead.desc_start)
    for prop, value, start, end in described:
        span = doc.span(start, end)
        if prop == "publication_year":
            yield claim(subject, prop, Time(value, "year"), span, NAME, VERSION)
        else:
            yield claim(subject, prop, Text(value, "en"), span, NAME, VERSION)


def _short_description(doc: Document, subject: str, lead: Lead) -> Iterator[Claim]:
    """The year of a short description line above the defining sentence."""
    for sentence in lead_sentences(doc):
        if sentence.start >= lead.sentence.start:
            return
        if len(sentence.text) <= 60 and (m := _SHORT_DESCRIPTION.match(sentence.text)):
            base = sentence.start
            yield claim(subject, "publication_year", Time(m.group(1), "year"),
                        doc.span(base + m.start(1), base + m.end(1)), NAME, VERSION)
            return
