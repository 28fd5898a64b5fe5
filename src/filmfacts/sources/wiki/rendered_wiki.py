"""Wiki pages rendered to text (Fandom wikis such as Drama Wiki) → Document.

Such text marks headings with the empty edit link they had on the page
(`Cast[]`), keeps tables as Markdown pipe rows (`| Award | Category | … |`),
lists as `- item`, and often opens with a banner row declaring where the text
came from (`| This page uses content from an article at Wikipedia. … |`).
Flattened tables get their spanned cells back through `flat_table`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ...model import Cell, Document, Table, document_id, normalize_text
from ..labels import find_fields
from ..layout import Heading, carve, lines_with_offsets, main_language, sections_from_headings
from ..page_meta import title_in_url
from ..saved_page import split_saved
from ..sites import WIKIPEDIA_BANNER, site_for_url
from .flat_table import resolve_rows

FORMAT = "rendered_wiki"

_HEADING = re.compile(r"^(\S.{0,120}?)\s*\[\]\s*$")
_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BANNER = re.compile(r"uses content from (?:an|the) article (?:at|on|from) ([^.|]+?)\s*[.|]", re.I)
_SITE = re.compile(r"As with ([A-Z][\w' ]{1,40}?), the text of", re.I)
_LICENCES = (
    ("GNU Free Documentation License", "GFDL"),
    ("Creative Commons Attribution-Share Alike", "CC BY-SA"),
    ("CC BY-SA", "CC BY-SA"),
)


def sniff(text: str) -> bool:
    lines = text.split("\n")[:4000]
    return sum(1 for line in lines if _HEADING.match(line.strip())) >= 1


def _cells(line: str, offset: int) -> list[Cell]:
    """Cells of a pipe row with their offsets; trailing empty cells dropped."""
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    cells = []
    for left, right in pairwise(bars):
        raw = line[left + 1:right]
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        start = offset + left + 1 + lead
        cells.append(Cell(stripped, start, start + len(stripped)))
    if bars and bars[-1] < len(line.rstrip()) - 1:
        raw = line[bars[-1] + 1:]
        stripped = raw.strip()
        start = offset + bars[-1] + 1 + (len(raw) - len(raw.lstrip()))
        cells.append(Cell(stripped, start, start + len(stripped)))
    while cells and not cells[-1].text:
        cells.pop()
    return cells


def read(text: str, source: str) -> Document:
    raw = normalize_text(text)
    saved = split_saved(raw)
    text = saved.text
    lines = list(lines_with_offsets(text))
    fields, blocks = find_fields(text)  # an infobox kept as labelled lines (`labels`)
    headings = [
        Heading(start, end, 1, m.group(1).strip())
        for start, end, line in lines
        if (m := _HEADING.match(line.strip())) and not line.lstrip().startswith(("|", "-", "*"))
    ]
    sections = carve(sections_from_headings(text, headings), blocks)
    doc = Document(
        id=document_id(raw), source=source, format=FORMAT, kind="fan_wiki", site="Fandom",
        text=text, language=main_language(text), sections=sections,
    )
    tables: list[Table] = []
    declared: list[str] = []
    site, licence = "", ""
    i = 0
    while i < len(lines):
        line = lines[i][2]
        if not line.lstrip().startswith("|") or any(s <= lines[i][0] < e for s, e in blocks):
            i += 1  # an infobox's pipe rows are its fields, not a table
            continue
        block = []
        while i < len(lines) and lines[i][2].lstrip().startswith("|"):
            block.append(lines[i])
            i += 1
        has_header = len(block) > 1 and _SEPARATOR.match(block[1][2].strip())
        if not has_header:
            # A one-row "table" with no header line is a notice, such as the copy banner.
            banner = " ".join(row[2] for row in block)
            if m := _BANNER.search(banner):
                declared.append(m.group(1).strip())
            if m := _SITE.search(banner):
                site = m.group(1).strip()
            for phrase, short in _LICENCES:
                if phrase.casefold() in banner.casefold() and not licence:
                    licence = short
            continue
        header = tuple(c.text for c in _cells(block[0][2], block[0][0]))
        body = [_cells(row_line, row_start) for row_start, _, row_line in block[2:]]
        section = doc.section_at(block[0][0])
        where = f"{source}: table in section {section.title!r}" if section and section.path else f"{source}: table"
        rows = resolve_rows([r for r in body if r], len(header), where)
        tables.append(Table(
            section=section.path if section else (), header=header, rows=tuple(rows),
            start=block[0][0], end=block[-1][1],
        ))
    known = site_for_url(saved.url) if saved.url else None
    if known is not None:
        kind, name = known.kind, site or known.name
    elif WIKIPEDIA_BANNER.search(text[:5000]):
        kind, name = "wiki_mirror", site or _host(saved.url) or "Wikipedia"  # Wikipedia's page on another site
    else:
        kind, name = "fan_wiki", site or _host(saved.url) or "Fandom"
    if kind == "wiki_mirror" and "Wikipedia" not in declared:
        declared.append("Wikipedia")
    return Document(
        id=doc.id, source=source, format=FORMAT, kind=kind, site=name, title=title_in_url(saved.url), url=saved.url,
        text=text, language=doc.language, published=saved.published, licence=licence,
        declared_copies=tuple(declared), sections=sections, tables=tuple(tables), fields=tuple(fields),
    )


def _host(url: str) -> str:
    m = re.match(r"[a-z]+://(?:www\.)?([^/]+)", url, re.I)
    return m.group(1) if m else ""
