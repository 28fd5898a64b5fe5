"""Wikipedia plain-text extracts (the TextExtracts API) → Document.

Reads text whose headings are lines like `== Box office ==` or `=== Reception ===`;
the text before the first heading is the lead.
"""

from __future__ import annotations

import re

from ..model import Document, document_id, normalize_text
from .layout import Heading, lines_with_offsets, main_language, sections_from_headings

FORMAT = "wikipedia_extract"

_HEADING = re.compile(r"^(={2,6})\s*(.+?)\s*\1\s*$")


def sniff(text: str) -> bool:
    return any(_HEADING.match(line) for line in text.split("\n")[:4000])


def read(text: str, source: str) -> Document:
    text = normalize_text(text)
    headings = [
        Heading(start, end, len(m.group(1)) - 1, m.group(2))
        for start, end, line in lines_with_offsets(text)
        if (m := _HEADING.match(line))
    ]
    return Document(
        id=document_id(text),
        source=source,
        format=FORMAT,
        kind="encyclopedia",
        site="Wikipedia",
        text=text,
        language=main_language(text),
        licence="CC BY-SA 4.0",
        sections=sections_from_headings(text, headings),
    )
