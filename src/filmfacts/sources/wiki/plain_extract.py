"""Wikipedia plain-text extracts (the TextExtracts API) and Wikipedia pages saved as text → Document.

Reads text whose headings are lines like `== Box office ==` or `=== Reception ===`; the text
before the first heading is the lead. A page saved as text may open with its address and its
title as a top-level heading, and keep its infobox as labelled lines before the lead:

    URL: https://en.wikipedia.org/wiki/The_Handmaiden

    = The Handmaiden =

    The Handmaiden
    - Director: Park Chan-wook
    - Starring: Kim Min-hee, Kim Tae-ri
    …
    The Handmaiden () is a 2016 South Korean erotic historical psychological thriller film …

    ==Plot==

The labelled lines become the document's fields and an `Infobox` section of their own
(`labels`); the address says which site the text is from (Wikipedia, or a mirror of it).
"""

from __future__ import annotations

import re

from ...model import Document, document_id, normalize_text
from ..labels import find_fields
from ..layout import Heading, carve, lines_with_offsets, main_language, sections_from_headings
from ..page_meta import title_in_url
from ..saved_page import split_saved
from ..sites import site_for_url

FORMAT = "wikipedia_extract"

_HEADING = re.compile(r"^(={2,6})\s*(.+?)\s*\1\s*$")
_PAGE_TITLE = re.compile(r"^=\s*([^=].*?)\s*=\s*$")


def sniff(text: str) -> bool:
    return any(_HEADING.match(line) for line in text.split("\n")[:4000]) or any(
        _PAGE_TITLE.match(line) for line in split_saved(text).text.split("\n")[:3])


def read(text: str, source: str) -> Document:
    raw = normalize_text(text)
    saved = split_saved(raw)
    text = saved.text
    headings = [
        Heading(start, end, len(m.group(1)) - 1, m.group(2))
        for start, end, line in lines_with_offsets(text)
        if (m := _HEADING.match(line))
    ]
    title = next((m.group(1) for _, _, line in list(lines_with_offsets(text))[:3] if (m := _PAGE_TITLE.match(line))),
                 "")
    title = title or title_in_url(saved.url)
    fields, blocks = find_fields(text)
    site = site_for_url(saved.url) if saved.url else None
    if site is None and saved.url:
        kind, name = "wiki_mirror", ""  # Wikipedia's text on a site that is not Wikipedia
    else:
        kind, name = (site.kind, site.name) if site else ("encyclopedia", "Wikipedia")
    return Document(
        id=document_id(raw),
        source=source,
        format=FORMAT,
        kind=kind,
        site=name or _host(saved.url),
        text=text,
        language=main_language(text),
        title=title,
        url=saved.url,
        published=saved.published,
        licence="CC BY-SA 4.0",
        declared_copies=("Wikipedia",) if kind == "wiki_mirror" else (),
        sections=carve(sections_from_headings(text, headings), blocks),
        fields=tuple(fields),
    )


def _host(url: str) -> str:
    m = re.match(r"[a-z]+://(?:www\.)?([^/]+)", url, re.I)
    return m.group(1) if m else ""
