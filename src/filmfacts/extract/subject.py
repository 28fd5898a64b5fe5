"""Which film a document is about, read from its defining sentence.

Encyclopedic pages open with "TITLE (native titles) is a YEAR COUNTRY GENRE film …";
that sentence names the subject every claim of the document is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import NoFilmFound
from ..model import Document
from .kinds import SUBJECT_KINDS
from .text import Sentence, section_text_sentences

LEAD_RE = re.compile(
    r"^(?P<title>[^()\n]+?)\s*(?:\((?P<paren>(?:[^()]|\([^()]*\))*)\))?\s*,?\s+(?:is|was)\s+(?:an?|the)\s+"
    r"(?P<desc>(?:[^.,;()\s]+\s+){0,10}?(?:film|movie|documentary|animation|feature)s?\b)",
)
# A defining sentence whose "film" goes on into another noun is about something else: "an English
# film and television actress", "a film director", "a list of films", "a film festival".
NOT_A_FILM_AFTER = re.compile(
    r"^\s*(?:,\s*(?:television|tv|stage|theatre|theater|radio|video|music)\b|and|or|actor|actress|director|producer|critic|maker|series|festival|studio|company|awards?|"
    r"franchise|editor|composer|score|industry|scholar|historian|distributor|character|star|personality|"
    r"music|format|camera|stock|genre|award-winning)\b", re.I)
NOT_A_FILM_DESC = re.compile(r"\b(?:list|lists|series|filmography|franchise|festival|award|company|who|which|that|"
                             r"actor|actress|singer|director|producer|writer|model|brand|band)\b", re.I)
# A film infobox names a director and at least one of these; a person's or an album's does not.
FILM_FIELDS = frozenset({"starring", "running_time", "runtime", "cinematography", "editing", "distributor"})
# A data card (`sources.labels`) is a film's when it names a director and one of these.
CARD_FIELDS = frozenset({"starring", "runtime", "cinematography", "editing", "distributor", "writer", "screenplay",
                         "producer", "released", "genre", "music", "studio"})


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


def lead_sentences(doc: Document) -> list[Sentence]:
    """Sentences of the lead: the text before the first heading, every part of it (an infobox
    carved out of the lead leaves a part before it and a part after it)."""
    return [sentence for section in doc.sections if section.path == ()
            for sentence in section_text_sentences(doc, section)]


def find_lead(doc: Document) -> Lead | None:
    """The defining sentence among the lead's first six sentences; lines of a few words (a title
    repeated, a poster's caption, a copy's leftovers) are not counted."""
    sentences = [s for s in lead_sentences(doc) if len(s.text.split()) >= 5 or LEAD_RE.match(s.text)]
    for sentence in sentences[:6]:
        m = LEAD_RE.match(sentence.text)
        if m and (NOT_A_FILM_AFTER.match(sentence.text[m.end():]) or NOT_A_FILM_DESC.search(m.group("desc"))):
            continue
        if m:
            base = sentence.start
            return Lead(sentence, m.group("title").strip(), base + m.start("title"),
                        m.group("paren") or "", base + (m.start("paren") if m.group("paren") else 0),
                        m.group("desc"), base + m.start("desc"))
    return None


def card_title(doc: Document) -> str:
    """The title a film's data card gives (`| Parasite | |` over its labelled lines, `Movie: The
    Host`), when the page has one card and it is a film's (a director and another film field)."""
    names = {f.name for f in doc.fields}
    titles = {f.value.strip() for f in doc.fields if f.name == "title"}
    if len(titles) == 1 and "director" in names and names & CARD_FIELDS:
        title = titles.pop()
        return title if 0 < len(title) <= 120 else ""
    return ""


def find_subject(doc: Document) -> str:
    """The film's title as the document gives it; NoFilmFound when the document is about no film."""
    if card := card_title(doc):
        return card
    if doc.kind in SUBJECT_KINDS and (lead := find_lead(doc)):
        return lead.title  # an encyclopedia page (or a copy of one) is about its defining sentence's film
    if doc.format == "article":
        # a story names its film in its headline and its sentences; a page copying an encyclopedia
        # article by its defining sentence, which `primary_film` reads among the page's first lines
        from .mentions import primary_film

        if film := primary_film(doc):
            return film
    lead = find_lead(doc)
    if lead:
        return lead.title
    names = {f.name for f in doc.fields}
    if doc.title and doc.kind == "dataset":
        return doc.title  # a row of a film dataset names its film, whatever its extract says
    if doc.title and {"director", "directed_by"} & names and names & FILM_FIELDS:
        return doc.title
    raise NoFilmFound(
        f"{doc.source}: this document does not say which film it is about "
        "(no sentence like 'TITLE is a 2013 South Korean film' and no film infobox)",
        hint="give a document about a film, or remove this file from the build",
    )
