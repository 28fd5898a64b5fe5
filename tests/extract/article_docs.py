"""Article Documents built in tests: text one paragraph a line, tables as `| a | b |` lines."""

from __future__ import annotations

from filmfacts.model import Cell, Document, Table, document_id
from filmfacts.sources.layout import sections_from_headings


def article(text: str, kind: str = "news", title: str = "", published: str = "",
            tables: tuple[tuple[str, list[list[str]]], ...] = (), language: str = "en") -> Document:
    """A document of `kind` whose text is `text` followed by each (caption, rows) table, the first
    row the header."""
    built: list[Table] = []
    for caption, rows in tables:
        start = len(text) + 1
        lines, cells = [], []
        pos = start
        for r, row in enumerate(rows):
            line, row_cells = "|", []
            for value in row:
                line += " "
                row_cells.append(Cell(value, pos + len(line), pos + len(line) + len(value), header=r == 0))
                line += value + " |"
            lines.append(line)
            cells.append(tuple(row_cells))
            pos += len(line) + 1
        text = text + "\n" + "\n".join(lines)
        built.append(Table((), tuple(rows[0]), tuple(cells[1:]), start, len(text), caption))
    return Document(id=document_id(text), source="test", format="article", kind=kind, site="test site",
                    text=text, title=title, published=published, language=language,
                    sections=sections_from_headings(text, []), tables=tuple(built))


def at(doc: Document, needle: str, nth: int = 0) -> int:
    """The offset of the `nth` occurrence of `needle` in the document's text."""
    pos = -1
    for _ in range(nth + 1):
        pos = doc.text.index(needle, pos + 1)
    return pos
