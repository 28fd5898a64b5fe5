"""Who made the film and who is in it, from prose: the lead and the production sections.

"… film directed by Bong Joon-ho, who wrote the screenplay with Han Jin-won. It stars Song
Kang-ho, …" gives a director, two screenwriters and cast members; "The screenplay was written
by Park Joo-suk." a screenwriter. Sections about remakes are left out: their directors are
someone else's.

News, reports, blogs and forums name several films and spell credits their own way ("directed
by JANG Jae-hyun", "director Jang Jae-hyun's occult thriller", "Cast: Choi Min-sik, Kim
Go-eun"): there every sentence is read, and each credit goes to the film of its clause
(`mentions.film_for`). A surname in capitals (the KoBiz and festival style) is shown in title
case; the evidence keeps the page's spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Name, claim
from . import extractor
from .kinds import ARTICLE_KINDS
from .mentions import film_for
from .text import Sentence, prose_sentences, split_list

VERSION = "1.0"
NAME = "crew"
# Production sections name other films' directors and stars ("… as Buñuel did, directed by …");
# there only the roles a production section states about the film itself are read.
PRODUCTION_ROLES = frozenset({"screenwriter", "music"})
CREW_SECTIONS = ("production", "development", "filming", "casting", "crew", "music", "soundtrack", "writing")
_NAME = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
_NAMES = rf"{_NAME}(?:(?:,\s*|,?\s+and\s+){_NAME})*"
PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("director", re.compile(rf"\b[Dd]irected by (?P<who>{_NAMES})"), "who"),
    ("screenwriter", re.compile(rf"\bdirected by (?P<who>{_NAME}), who (?:also )?(?:co-)?wrote the "
                                rf"(?:screenplay|script) with (?P<with>{_NAMES})"), "who+with"),
    ("screenwriter", re.compile(rf"\b(?:screenplay|script) (?:was |is )?(?:co-)?written by (?P<who>{_NAMES})"),
     "who"),
    ("screenwriter", re.compile(rf"(?:^|\.\s+)(?P<who>{_NAMES}) (?:co-)?wrote the (?:screenplay|script)"
                                rf"(?: with (?P<with>{_NAMES}))?"), "who+with"),
    ("screenwriter", re.compile(rf"\bwritten by (?P<who>{_NAMES})"), "who"),
    ("screenwriter", re.compile(rf"\bwritten and directed by (?P<who>{_NAMES})"), "who"),
    ("producer", re.compile(rf"\bproduced by (?P<who>{_NAMES})"), "who"),
    ("music", re.compile(rf"\b(?:music|score) (?:was |is )?(?:composed )?by (?P<who>{_NAMES})"), "who"),
    ("cast_member", re.compile(rf"\bstarring (?P<who>{_NAMES})"), "who"),
    ("cast_member", re.compile(rf"^(?:It|The film|The movie) (?:also )?(?:stars|starred|features) "
                               rf"(?P<who>{_NAMES})"), "who"),
)
# Only on articles: in an encyclopedia these name the directors of other films.
_FILM_NOUN = r"(?:film|movie|comedy|thriller|drama|feature|debut|sequel|blockbuster|horror|melodrama|epic|hit|"\
             r"animation|documentary|romance|mystery|noir|actioner|tearjerker|biopic)"
ARTICLE_PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("director", re.compile(rf"\b(?:[Dd]irector|[Ff]ilmmaker|[Hh]elmer)\s+(?P<who>{_NAME})"
                            r"(?:['’]s\b|,|\s+(?:and|who|said|has|had|is|was|made|directed|returns|helmed))"), "who"),
    ("director", re.compile(rf"(?:^|[^\w\s]\s*|\b(?:from|in|of|by|with|on|and)\s+)(?P<who>{_NAME})['’]s\s+"
                            rf"(?:[\w-]+\s+){{0,3}}?{_FILM_NOUN}\b"), "own"),
    ("director", re.compile(rf"^(?:Director|Directed by|Directors|감독)\s*[:：]\s*(?P<who>{_NAMES})", re.M), "who"),
    ("screenwriter", re.compile(rf"^(?:Screenplay|Writer|Writers|Written by|각본)\s*[:：]\s*(?P<who>{_NAMES})", re.M),
     "who"),
    ("cast_member", re.compile(rf"^(?:Cast|Starring|Stars|출연)\s*[:：]\s*(?P<who>{_NAMES})", re.M), "who"),
    ("cast_member", re.compile(rf"\b(?:stars|starred|co-stars|co-starring|featuring|features)\s+(?P<who>{_NAMES})"),
     "who"),
    ("cast_member", re.compile(rf"\b(?:[Aa]ctor|[Aa]ctress|[Ss]tar|[Ll]ead)\s+(?P<who>{_NAME})"), "who"),
    # "Hyun Bin plays An, with Park Jeong-min, Jo Woo-jin and Jeon Yeo-been in supporting roles"
    ("cast_member", re.compile(rf"(?:^|[,;]\s+|\band\s+)(?P<who>{_NAME})\s+(?:plays|played|portrays|portrayed|"
                               rf"stars as|starred as|is cast as|was cast as)\s+(?P<role>{_NAME})"), "who"),
    # "Song Kang-ho, Lee Sun-kyun and Cho Yeo-jeong play the family"
    ("cast_member", re.compile(rf"(?:^|[,;]\s+)(?P<who>{_NAME}(?:(?:,\s*|,?\s+and\s+){_NAME})+)\s+(?:play|played|"
                               r"portray|portrayed)\s"), "who"),
    # "stars SONG Kang-ho as a driver …, Yoo Hae-jin as a student and Thomas Kretschmann as …"
    ("cast_member", re.compile(rf"\b(?:stars|starring|starred|features|featuring)\s+(?P<who>{_NAME}\s+as\s+[^,;.]+"
                               rf"(?:(?:,\s*|,?\s+and\s+){_NAME}\s+as\s+[^,;.]+)*)"), "as"),
    ("cast_member", re.compile(rf"\bwith\s+(?P<who>{_NAMES})\s+in\s+(?:the\s+)?(?:supporting|lead|leading|key|"
                               r"main|starring|major)\s+roles?\b"), "who"),
)
_AS_NAME = re.compile(rf"(?:^|,\s*|\band\s+)({_NAME})\s+as\b")
_NOT_PEOPLE = re.compile(r"^(?:The|A|An|It|He|She|They|His|Her|In|On|At|Director|Filmmaker|Actor|Actress|Star)\b")


def _people(chunk: str) -> list[str]:
    return [p for p in split_list(chunk) if not _NOT_PEOPLE.match(p) and len(p.split()) <= 4]


def _full_name(text: str, role: str) -> str:
    """A role named by one word ("Hyun Bin plays An") is the full name the page gives that starts
    with it ("independence fighter An Jung-geun"), if it gives one."""
    if " " in role:
        return role
    m = re.search(rf"\b{re.escape(role)}\s+[A-Z][a-z]+(?:-[a-z]+)?\b", text)
    return m.group(0) if m else role


def display_name(name: str) -> str:
    """"CHOI Min-sik" → "Choi Min-sik": a word in capitals beside mixed-case ones is a
    surname written the KoBiz way. A name all in capitals ("IU", "T.O.P") is left as it is."""
    words = name.split()
    if not any(re.search(r"[a-z]", w) for w in words):
        return name
    return " ".join(w[0] + w[1:].lower() if len(w) > 1 and w.isalpha() and w.isupper() else w for w in words)


def _sentences(doc: Document) -> Iterator[Sentence]:
    """The lead and the production sections; every sentence of an article."""
    if doc.kind in ARTICLE_KINDS:
        yield from prose_sentences(doc)
        return
    for s in prose_sentences(doc):
        if not s.section or any(p.casefold().startswith(CREW_SECTIONS) for p in s.section):
            yield s


@extractor(NAME, VERSION, requires=("sections",))
def extract_crew(doc: Document, subject: str) -> Iterator[Claim]:
    article = doc.kind in ARTICLE_KINDS
    patterns = PATTERNS + ARTICLE_PATTERNS if article else PATTERNS
    for sentence in _sentences(doc):
        seen: set[tuple[str, str, str]] = set()
        for prop, pattern, groups in patterns:
            if sentence.section and prop not in PRODUCTION_ROLES and not article:
                continue
            for m in pattern.finditer(sentence.text):
                for group in groups.split("+"):
                    chunk = m.group("who" if group in {"own", "as"} else group)
                    if not chunk:
                        continue
                    named = "who" if group in {"own", "as"} else group
                    offset = sentence.start + m.start(named)
                    # a possessive credit ("Lee's comedy X") is about the film named after it
                    at_film = sentence.start + (m.end() if group == "own" else m.start(named))
                    film = film_for(doc, at_film, subject) if article else subject
                    people = _AS_NAME.findall(chunk) if group == "as" else _people(chunk)
                    for person in people:
                        name = display_name(person) if article else person
                        if (film, prop, name) in seen:
                            continue
                        seen.add((film, prop, name))
                        at = chunk.find(person)
                        role = m.groupdict().get("role")
                        yield claim(film, prop, Name(name, "person"),
                                    doc.span(offset + at, offset + at + len(person)), NAME, VERSION,
                                    {"character": _full_name(doc.text, role)} if role else None)
