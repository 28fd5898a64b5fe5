"""Cast lists: `Song Kang-ho as Kim Ki-taek`, `- Kim Soo Ahn as Soo Ahn, Suk Woo's daughter`.

Each line gives a cast member (P161) with the character role (P453). Notes in
parentheses ("special appearance", "cameo"), age words before the role ("adult",
"young") and a description after a comma ("…, Suk Woo's daughter") become a
`note`, so the character itself is what is compared between sources.

On an article (a blog post's "Cast" section, a report's cast list) each line belongs to the
film of its place in the page (`mentions.film_for`), and a surname in capitals ("CHOI
Min-sik as Kim Sang-deok") is shown in title case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Claim, Document, Name, claim
from . import extractor
from .kinds import ARTICLE_KINDS
from .mentions import film_for, films_named
from .people import CAMEL, HANGUL_NAME, PagePeople, display_name, find_person, looks_like_name, page_people
from .text import in_ranges, merged_ranges, own_range, sections_matching

VERSION = "2.0"
NAME = "cast"
CAST_SECTIONS = ("cast", "starring", "characters", "main cast", "supporting cast")
_BARE = re.compile(r"^\s*(?:[-*•·]\s*)(?P<actor>[A-Z][^()\n,]{2,60}?)\s*(?:\((?P<note>[^)]*)\))?\s*$")
_NOTE = re.compile(r"(?:(?<!\s)\s+)?\((?P<note>[^)]*)\)\s*$")
_AGE = re.compile(r"^(?P<age>adult|young|younger|older|teenage|teen|child|little|grown-up)\s+"
                  r"(?=[A-Z])", re.I)


def parse_role(role: str) -> tuple[str, int, list[str]]:
    """(character, where the character starts inside `role`, notes)."""
    notes: list[str] = []
    while m := _NOTE.search(role):
        notes.insert(0, m.group("note").strip())
        role = role[:m.start()]
    offset = 0
    if m := _AGE.match(role):
        notes.insert(0, m.group("age").casefold())
        offset = m.end()
        role = role[m.end():]
    if ", " in role:
        role, desc = role.split(", ", 1)
        notes.append(desc.strip())
    return role.strip(), offset, notes


_SEP = r"(?:as|…|\.{3}|–|—|-{1,2}|:|\|)"
_ACTOR_ROLE = re.compile(rf"^(?P<actor>[^()\n|:…]+?)\s+{_SEP}\s+(?P<role>[^\n]+?)\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦●■□→>]|\d{1,2}[.)])\s*")
# A line that opens a cast list: "Cast", "Cast: (Voice)", "Who is in the cast of 'Barbie'?", "출연".
_HEADER = re.compile(r"^(?:[\w'’‘\s]{0,30}\b)?(?P<key>cast|starring|stars|characters|voice cast|출연진?|주연|배역|"
                     r"キャスト|出演者?|声の出演|演員|演员|主演)\b(?P<rest>[^.!\n]{0,200})$", re.I)
_CJK_THEN_LATIN = re.compile(r"^[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3・ 　]+\s+(?P<latin>[A-Z][^\n]+?)\s*$")
# A line of another credit or fact ends a cast list: "Music: Jo Yeong-wook", "Directed by …", "음악 이병우".
_OTHER_LABEL = re.compile(r"^(?:directors?|directed|music|score|cinematography|cinematographer|editing|edited|editor|"
                          r"produc\w*|screenplay|writers?|written|story|based on|release\w*|running time|country|"
                          r"language|budget|box office|distribut\w*|studio|crew|art direction|costume\w*|"
                          r"음악|감독|배급|제작|각본|촬영|편집|개봉|상영|원작|監督|脚本|音楽|撮影|編集|製作|配給|公開)\b",
                          re.I)
_ACTOR_BRACKET = re.compile(r"^(?P<actor>[^()\n]+?)\s*\((?P<role>[^()]+)\)\s*$")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


@dataclass(frozen=True)
class Line:
    start: int  # of the actor in the document
    actor: str  # as shown
    written: str
    role: str = ""  # as written, notes included
    end: int = 0  # of the whole item
    bare: bool = False  # a name alone on a line with no bullet: a list item only among others


def _actor(raw: str, people: PagePeople, article: bool, loose: bool,
           foreign: bool = False) -> tuple[str, int, int] | None:
    """The actor a cast line opens with: a person by shape (`people`), a Korean name in Hangul (a
    foreign one, two words, among other names only), or in a cast section of an encyclopedia any
    short capitalised stretch."""
    raw_stripped = raw.strip()
    if not raw_stripped or len(raw_stripped.split()) > 5 or _OTHER_LABEL.match(raw_stripped):
        return None
    found = find_person(raw_stripped, people)
    hangul = rf"{HANGUL_NAME}|[\uac00-\ud7a3]{{2,6}} [\uac00-\ud7a3]{{1,6}}" if foreign else HANGUL_NAME
    if found is None and re.fullmatch(hangul, raw_stripped):
        found = (raw_stripped, 0, len(raw_stripped))
    if found is None and loose and re.match(r"[A-Z]", raw_stripped) and not re.search(r"[.!?]$", raw_stripped):
        found = (raw_stripped, 0, len(raw_stripped))
    if found is None:
        return None
    shown, a, b = found
    offset = raw.find(raw_stripped)
    return (display_name(shown) if article else shown), offset + a, offset + b


def _items(line: str, base: int, people: PagePeople, article: bool, in_list: bool, loose: bool) -> list[Line]:
    """The cast members a line gives: "Song Kang-ho as Kim Ki-taek", "Yul Brynner … Chris Adams",
    "배두나 (박남주), 박해일 (박남일)", "神木隆之介 Kamiki Ryūnosuke", "- Vivan Bhatena" (a bare name
    only inside a cast list), "Margot Robbie ('Babylon'), Ryan Gosling (…), Dua Lipa"."""
    bullet = _BULLET.match(line)
    body_at = bullet.end() if bullet else len(line) - len(line.lstrip())
    body = line[body_at:].rstrip()
    if not body or body.startswith("|") or len(body) > (1500 if in_list else 200):
        return []
    if m := _ACTOR_ROLE.match(body):
        sep_as = re.match(r"\s+as\s+", body[m.end("actor"):])
        if in_list or sep_as or "…" in body or "..." in body:
            found = _actor(m.group("actor"), people, article, loose)
            word = m.group("actor").strip()
            if found is None and in_list and sep_as and looks_like_name(word, people.titles, words=1):
                found = (word, m.group("actor").find(word), m.group("actor").find(word) + len(word))  # "Ananya as …"
            if found and len(m.group("role").split()) <= 12:
                shown, a, b = found
                start = base + body_at + m.start("actor")
                return [Line(start + a, shown, m.group("actor")[a:b], m.group("role"), base + len(line.rstrip()))]
    if not in_list:
        return []
    if (m := _CJK_THEN_LATIN.match(body)) and (found := _actor(m.group("latin"), people, article, loose)):
        shown, a, b = found
        start = base + body_at + m.start("latin")
        return [Line(start + a, shown, m.group("latin")[a:b], "", base + len(line.rstrip()))]
    parts = [p for p in re.split(r"\s*[,、;]\s*(?![^()]*\))", body) if p]
    out = []
    pos = 0
    for part in parts:
        at = body.find(part, pos)
        pos = at + len(part)
        bm = _ACTOR_BRACKET.match(part)
        raw, role = (bm.group("actor"), bm.group("role")) if bm else (part, "")
        if not role and len(parts) == 1 and (joined := re.search(r"(?<=[a-z\u00DF-\u00FF])(?=[A-Z])", raw)) and \
                CAMEL.search(raw.split()[len(raw[:joined.start()].split()) - 1]):
            raw, role = raw[:joined.start()], raw[joined.start():]  # "Jamie BellEdgar": actor, then role
        found = _actor(raw, people, article, loose and len(parts) == 1, foreign=len(parts) > 1)
        if not found:
            continue
        shown, a, b = found
        if role and (re.search(r"[‘’'\"“”]", role) or role.casefold() in people.titles):
            role = ""  # a film the actor is known for ("Margot Robbie ('Babylon')"), not a role
        elif role and role[0].islower():
            role = f"({role})"  # a note: "(special appearance)"
        start = base + body_at + at
        out.append(Line(start + a, shown, raw[a:b], role, base + body_at + pos,
                        bare=len(parts) == 1 and not bullet and not role))
    if len(parts) > 1 and 3 * len(out) < 2 * len(parts):
        return []  # a sentence with commas, not a list of names
    return out


def cast_lines(doc: Document, people: PagePeople, subject: str) -> Iterator[tuple[Line, str]]:
    """(item, its film) for each cast line of the page: lines inside a cast section or after a line
    that opens a cast list (the film that line names, else the page's), and "Actor as Role" lines
    anywhere (the film of their place in the page)."""
    article = doc.kind in ARTICLE_KINDS
    sections = merged_ranges([own_range(doc, s) for s in sections_matching(doc, *CAST_SECTIONS)])
    block_film = ""  # the film of the cast list being read, "" outside one
    as_lines = 0  # "Actor as Role" lines read in a row
    implicit = False  # inside a list of such lines
    previous: list[Line] | None = None  # the items of the list's line before, None right after its header
    pos = 0
    for line in doc.text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        in_section = in_ranges(sections, line_start)
        header_text = _BULLET.sub("", stripped)
        head = _HEADER.match(header_text)
        if head and len(header_text) - len(head.group("rest")) <= 45:
            block_film = (film_for(doc, line_start, subject) if article else subject) or subject
            previous = None
            rest = head.group("rest").strip(" :：-–—")
            if rest and not re.fullmatch(r"\(.*\)|of .*|[?]", rest):
                rest_at = line.find(rest)
                previous = _items(line[rest_at:], line_start + rest_at, people, article, True, False)
                yield from ((i, block_film) for i in previous)
            continue
        loose = in_section and not article
        in_list = bool(block_film) or in_section or implicit
        items = _items(line, line_start, people, article, in_list, loose)
        if block_film and items and items[0].bare and previous is not None and not (
                len(previous) == 1 and previous[0].bare):
            items = []  # a heading after a list of names ("Initial Thoughts"), not one more name
        if block_film and (_OTHER_LABEL.match(_BULLET.sub("", stripped)) or (not in_section and not items)):
            block_film = ""
            items = _items(line, line_start, people, article, False, False)
        previous = items
        # lines of "Actor as Role" one after another are a cast list: the bare names that follow them too
        as_lines = as_lines + 1 if items and items[0].role and not items[0].bare else 0
        implicit = as_lines >= 2 or (implicit and bool(items))
        for item in items:
            film = block_film or (film_for(doc, item.start, subject) if article else subject)
            yield item, film


@extractor(NAME, VERSION, requires=("sections",))
def extract_cast(doc: Document, subject: str) -> Iterator[Claim]:
    titles = set(films_named(doc)) | ({subject} if subject else set())
    people = page_people(doc, titles)
    seen: set[tuple[str, str]] = set()
    for item, film in cast_lines(doc, people, subject):
        if not film or (film, item.actor.casefold()) in seen or item.actor.casefold() in people.titles:
            continue
        seen.add((film, item.actor.casefold()))
        character, _, notes = parse_role(item.role) if item.role else ("", 0, [])
        qualifiers = {"character": character, "note": "; ".join(notes)} if character else (
            {"note": "; ".join(notes)} if notes else {"note": ""})
        yield claim(film, "cast_member", Name(item.actor, "person"), doc.span(item.start, max(item.end, item.start)),
                    NAME, VERSION, qualifiers)
