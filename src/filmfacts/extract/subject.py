"""Which film a document is about, read from its defining sentence.

Encyclopedic pages open with "TITLE (native titles) is a YEAR COUNTRY GENRE film …";
that sentence names the subject every claim of the document is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from ..errors import NoFilmFound
from ..model import Document
from .film_phrases import not_a_film
from .kinds import SUBJECT_KINDS
from .text import Sentence, section_text_sentences

LEAD_RE = re.compile(
    r"^(?P<title>[^()\n]{1,300}?)(?:\s*+\((?P<paren>(?:[^()]|\([^()]*\))*)\))?(?:\s*+,)?\s++(?:is|was)\s+(?:an?|the)\s+"
    r"(?P<desc>(?:[^.,;()\s]+\s+){0,10}?(?:film|movie|documentary|animation|feature)s?\b)",
)
# The same sentence with its description as an apposition: "Drive My Car, a 2021 Japanese drama film, won …"
APPOSITION_RE = re.compile(
    r"^(?P<title>[^()\n,]{1,80}?)(?:\s*+\((?P<paren>(?:[^()]|\([^()]*\))*)\))?\s*+,\s+an?\s+"
    r"(?P<desc>(?:19|20)\d\d\s+(?:[^.,;()\s]+\s+){0,8}?(?:film|movie|documentary|animation)s?\b),",
)
# The defining sentence of a Japanese, Chinese or Korean encyclopedia, its title's opening bracket often
# lost with the link it was: "七人の侍』(しちにんのさむらい)は、1954年に公開された日本時代劇映画である",
# "無間道》(英語:Infernal Affairs)是2002年上映的香港電影", "살인의 추억》은 … 두 번째 장편 영화다".
CJK_LEADS = (
    re.compile(r"^[『「《]?(?P<title>[^』」》（(。、，\n]{1,60}?)[』」》]?(?:\s*+[（(](?P<paren>[^）)]*)[）)])?\s*+は、?\s*"
               r"(?P<desc>[^。]{0,80}?(?:映画|アニメーション|アニメ|ドキュメンタリー)(?:作品)?)(?=である|です|。|で、|作品)"),
    re.compile(r"^[《「『]?(?P<title>[^》」』（(。，,\n]{1,60}?)[》」』]?(?:\s*+[（(](?P<paren>[^）)]*)[）)])?\s*+(?:是|為|为)\s*"
               r"(?P<desc>[^。]{0,80}?(?:電影|电影|影片|動畫|动画|紀錄片|纪录片))"),
    re.compile(r"^[《「『]?(?P<title>[^》」』(\n]{1,60}?)[》」』]?(?:\s*+\((?P<paren>[^)]*)\))?\s*+(?:은|는)\s+"
               r"(?P<desc>[^.。\n]{0,100}?영화)(?=이다|다|입니다|로|으로|이며|이고|이자)"),
)
# A defining sentence whose "film" goes on into another noun is about something else: "an English
# film and television actress", "a film director", "a list of films", "a film festival".
NOT_A_FILM_AFTER = re.compile(
    r"^\s*(?:,\s*(?:television|tv|stage|theatre|theater|radio|video|music)\b|and|or|actor|actress|director|producer|critic|maker|series|festival|studio|company|awards?|"
    r"franchise|editor|composer|score|industry|scholar|historian|distributor|character|star|personality|"
    r"music|format|camera|stock|genre|award-winning)\b", re.I)
NOT_A_FILM_DESC = re.compile(r"\b(?:list|lists|series|filmography|franchise|festival|award|company|who|which|that|"
                             r"actor|actress|singer|director|producer|writer|model|brand|band)\b", re.I)
# "It was the first Japanese film to …": a sentence about the film, not its definition.
_PRONOUN = re.compile(r"^(?:it|this|that|he|she|they|its|the film|the movie|which|who)$", re.I)
# A film infobox names a director and at least one of these; a person's or an album's does not.
FILM_FIELDS = frozenset({"starring", "running_time", "runtime", "cinematography", "editing", "distributor"})
# A data card (`sources.labels`) is a film's when it names a director and one of these.
CARD_FIELDS = frozenset({"starring", "runtime", "cinematography", "editing", "distributor", "writer", "screenplay",
                         "producer", "released", "genre", "music", "studio", "country", "language", "year"})


@dataclass(frozen=True)
class Lead:
    """The defining sentence, split into its parts, each with its offset in the document."""

    sentence: Sentence
    title: str
    title_start: int
    paren: str
    paren_start: int
    desc: str
    desc_start: int
    cjk: bool = False  # a Japanese, Chinese or Korean defining sentence (`CJK_LEADS`)


def lead_sentences(doc: Document) -> list[Sentence]:
    """Sentences of the lead: the text before the first heading, every part of it (an infobox
    carved out of the lead leaves a part before it and a part after it)."""
    return [sentence for section in doc.sections if section.path == ()
            for sentence in section_text_sentences(doc, section)]


def find_lead(doc: Document) -> Lead | None:
    """The defining sentence among the lead's first six sentences; lines of a few words (a title
    repeated, a poster's caption, a copy's leftovers) are not counted."""
    sentences = (s for s in lead_sentences(doc)
                 if len(s.text.split()) >= 5 or LEAD_RE.match(s.text) or any(p.match(s.text) for p in CJK_LEADS))
    for sentence in islice(sentences, 6):
        cjk = next((m for p in CJK_LEADS if (m := p.match(sentence.text))), None)
        if cjk:
            base = sentence.start
            return Lead(sentence, cjk.group("title").strip(), base + cjk.start("title"), cjk.group("paren") or "",
                        base + (cjk.start("paren") if cjk.group("paren") else 0), cjk.group("desc"),
                        base + cjk.start("desc"), cjk=True)
        m = LEAD_RE.match(sentence.text) or APPOSITION_RE.match(sentence.text)
        if m and (NOT_A_FILM_AFTER.match(sentence.text[m.end():]) or NOT_A_FILM_DESC.search(m.group("desc"))
                  or _PRONOUN.match(m.group("title"))):
            continue
        if m:
            base = sentence.start
            # "Crouching Tiger, Hidden Dragon[4] is a 2000 …": the reference mark is not the title's
            title = re.sub(r"(?:\[(?:\d{1,3}|[a-z])\])+$", "", m.group("title").strip()).strip()
            return Lead(sentence, title, base + m.start("title"),
                        m.group("paren") or "", base + (m.start("paren") if m.group("paren") else 0),
                        m.group("desc"), base + m.start("desc"))
    return None


def card_title(doc: Document) -> str:
    """The title a film's data card gives (`| Parasite | |` over its labelled lines, `Movie: The
    Host`), when the page has one card and it is a film's (a director and another film field)."""
    names = {f.name for f in doc.fields}
    titles = {_bare(f.value) for f in doc.fields if f.name == "title"}
    if len(titles) == 1 and (("director" in names and names & CARD_FIELDS) or len(names & CARD_FIELDS) >= 3):
        title = titles.pop()
        # the card's title in Latin letters, where it gives one beside the title in its own script
        latin = next((t for f in doc.fields if f.name in ("english_title", "title_alt")
                      and (t := _bare(f.value.split("\n")[0].strip(" •-*"))).isascii()), "")
        title = latin if latin and not title.isascii() else title
        if title.isupper() and len(title) > 4:
            title = title.title()  # "INFERNAL AFFAIRS (Hong Kong, 2002)": a card's title in capitals
        if not_a_film(title) in ("a venue", "an organisation or event", "a place"):
            return ""  # the screening's venue over a festival's card ("Silverspot Cinema" above "DIRECTED BY …")
        return title if 0 < len(title) <= 120 else ""
    return ""


def _bare(title: str) -> str:
    """A card's title without its brackets and year: `《괴물》` → `괴물`, `장화, 홍련 (2003)` → `장화, 홍련`."""
    title = re.sub(r"\s*[(（](?:[^()（）]{1,40},\s*)?(?:19|20)\d\d[)）]$", "", title.strip())
    return re.sub(r"^[《「『〈<\"“'‘](.+?)[》」』〉>\"”'’]$", r"\1", title).strip()


def find_subject(doc: Document) -> str:
    """The film's title as the document gives it; NoFilmFound when the document is about no film."""
    if card := card_title(doc):
        return card
    if doc.format == "article":
        # a story names its film in its headline and its sentences; a page copying an encyclopedia
        # article by its defining sentence, which `primary_film` reads first among the page's lines
        from .mentions import primary_film

        if film := primary_film(doc):
            return film
    if doc.kind in SUBJECT_KINDS and (lead := find_lead(doc)):
        return lead.title  # an encyclopedia page (or a copy of one) is about its defining sentence's film
    lead = find_lead(doc)
    if lead:
        return lead.title
    names = {f.name for f in doc.fields}
    if doc.title and doc.kind == "dataset":
        return doc.title  # a row of a film dataset names its film, whatever its extract says
    if doc.title and {"director", "directed_by"} & names and names & FILM_FIELDS \
            and not re.match(r"\d{1,2}[.)]\s", doc.title):  # "1. 기본정보": a numbered section, not a title
        return doc.title
    raise NoFilmFound(
        f"{doc.source}: this document does not say which film it is about "
        "(no sentence like 'TITLE is a 2013 South Korean film' and no film infobox)",
        hint="give a document about a film, or remove this file from the build",
    )
