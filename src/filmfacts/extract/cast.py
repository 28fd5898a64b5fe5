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

from ..model import Claim, Document, Name, claim
from . import extractor
from .crew import display_name
from .kinds import ARTICLE_KINDS
from .mentions import film_for
from .text import own_range, sections_matching

VERSION = "1.0"
NAME = "cast"
CAST_SECTIONS = ("cast", "starring", "characters", "main cast", "supporting cast")
_LINE = re.compile(r"^\s*(?:[-*•·]\s*)?(?P<actor>[^()\n]+?)\s+(?:as|–|—|:)\s+(?P<role>.+?)\s*$")
_BARE = re.compile(r"^\s*(?:[-*•·]\s*)(?P<actor>[A-Z][^()\n,]{2,60}?)\s*(?:\((?P<note>[^)]*)\))?\s*$")
_NOTE = re.compile(r"\s*\((?P<note>[^)]*)\)\s*$")
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


@extractor(NAME, VERSION, requires=("sections",))
def extract_cast(doc: Document, subject: str) -> Iterator[Claim]:
    article = doc.kind in ARTICLE_KINDS
    for section in sections_matching(doc, *CAST_SECTIONS):
        start, end = own_range(doc, section)
        pos = start
        for line in doc.text[start:end].split("\n"):
            line_start = pos
            pos += len(line) + 1
            if not line.strip() or line.lstrip().startswith("|"):
                continue
            film = film_for(doc, line_start, subject) if article else subject
            m = _LINE.match(line)
            if m and len(m.group("actor").split()) <= 5:
                actor = m.group("actor").strip()
                actor = display_name(actor) if article else actor
                role_raw = m.group("role")
                character, _, notes = parse_role(role_raw)
                a_start = line_start + m.start("actor")
                span = doc.span(a_start, line_start + len(line.rstrip()))
                yield claim(film, "cast_member", Name(actor, "person"), span, NAME, VERSION,
                            {"character": character, "note": "; ".join(notes)})
            elif (b := _BARE.match(line)) and len(b.group("actor").split()) <= 5:
                actor = b.group("actor").strip()
                actor = display_name(actor) if article else actor
                a_start = line_start + b.start("actor")
                yield claim(film, "cast_member", Name(actor, "person"),
                            doc.span(a_start, line_start + len(line.rstrip())), NAME, VERSION,
                            {"note": b.group("note") or ""})
