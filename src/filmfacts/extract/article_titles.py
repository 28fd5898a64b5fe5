"""A film's Hangul title as news gives it beside the English one: "Exhuma (파묘)", a chart cell
"THE ROUNDUP : PUNISHMENT (범죄도시4)", "12.12: The Day (Korean title: 서울의 봄)".

The claim is the film's `native_title`; linking then joins the film to the documents that name
it only in Hangul (KOBIS rows), so a story and the official series meet on one timeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Text, claim
from . import extractor
from .kinds import ARTICLE_KINDS
from .mentions import mentions

VERSION = "1.1"
NAME = "article_titles"
# Right after the title (closing quotes and spaces between: a few, not a run read to its end again from
# each of a page's mentions, 18,636 before one run in a fuzz input), or inside its chart cell.
_HANGUL_PAREN = re.compile(r"[\"”’'»》」』>\s]{0,8}[(（]\s*(?:(?:Korean|Hangul|original)(?: title)?\s*[:：]\s*)?"
                           r"(?P<t>[\uac00-\ud7a3][\uac00-\ud7a3\d\s:·,.!?-]*?)\s*(?:[;,][^()）]*)?[)）]", re.I)


_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Words of a credit, not a title: "(감독 장재현)", "(제작 하이브미디어코프)", "(박두만 역)".
_CREDIT = re.compile(r"(?:^|\s)(?:감독|제작|배급|주연|출연|각본|연출|원작|제공|촬영|음악)(?:\s|$)|\s역$"
                     r"|\d+\s*(?:만|명|억|원)")


@extractor(NAME, VERSION, requires=("text",), kinds=tuple(sorted(ARTICLE_KINDS)))
def extract_article_titles(doc: Document, subject: str) -> Iterator[Claim]:
    seen: set[tuple[str, str]] = set()
    for m in mentions(doc):
        if m.start < 0 or m.how == "anaphor" or _HANGUL.search(m.title):
            continue  # Korean prose writes a name's role or a credit in brackets: "하얼빈(제작 …)"
        found = _HANGUL_PAREN.match(doc.text, m.end) or _in_cell(doc, m.start, m.end)
        if found is None:
            continue
        title = found.group("t").strip()
        if (m.title, title) in seen or _CREDIT.search(title) or len(title.split()) > 5:
            continue
        seen.add((m.title, title))
        yield claim(m.title, "native_title", Text(title, "ko", "Hangul"),
                    doc.span(m.start, found.end("t") + 1), NAME, VERSION, {"language": "ko", "script": "Hangul"})


def _in_cell(doc: Document, start: int, end: int) -> re.Match[str] | None:
    """A chart cell's mention covers the whole cell; the Hangul title is its trailing note."""
    cell = doc.text[start:end]
    paren = cell.rfind("(")
    return _HANGUL_PAREN.match(doc.text, start + paren) if paren > 0 else None
