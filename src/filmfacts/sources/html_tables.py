"""HTML tables and infoboxes → `Table`s and `Field`s whose cells point into the text.

A table is rendered as pipe rows, `| Academy Awards, 1972 | Best Picture | Won |`,
one line per `<tr>`. `rowspan`/`colspan` are resolved on a grid first: a cell
that spans rows or columns is written once, and its copies in later rows or
columns are `Cell(spanned=True)` pointing at the original's text, while the
pipe row keeps an empty slot so columns stay aligned.

An infobox (`table.infobox`, Fandom `aside.portable-infobox`) is rendered as
lines like `Directed by: Ventura Pons` and read into fields named after the
infobox film parameters (`director`, `released`, `gross`, …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from ..model import Cell, Field, Table
from .html_text import TextBuilder, clean, inline

_MAX_SPAN = 1000


@dataclass(frozen=True)
class _Slot:
    node: LexborNode | None
    header: bool
    origin: tuple[int, int]  # (row, column) of the cell it was written in
    spanned: bool = False


def table_rows(table: LexborNode) -> list[LexborNode]:
    """The `<tr>`s of this table, not of tables nested in it."""
    rows: list[LexborNode] = []
    for child in table.iter():
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in {"thead", "tbody", "tfoot"}:
            rows.extend(c for c in child.iter() if c.tag == "tr")
    return rows


def _span(node: LexborNode, name: str) -> int:
    raw = re.sub(r"\D", "", node.attributes.get(name) or "")
    return min(max(int(raw), 1), _MAX_SPAN) if raw else 1


def grid(table: LexborNode) -> list[list[_Slot]]:
    """Rows of slots with row and column spans spread out; short rows padded with empty slots."""
    pending: dict[int, tuple[int, _Slot]] = {}
    out: list[list[_Slot]] = []
    for r, tr in enumerate(table_rows(table)):
        cells = [c for c in tr.iter() if c.tag in {"td", "th"}]
        row: list[_Slot] = []
        col = 0
        i = 0
        while i < len(cells) or any(c >= col for c in pending):
            if col in pending:
                left, slot = pending[col]
                row.append(slot)
                if left > 1:
                    pending[col] = (left - 1, slot)
                else:
                    del pending[col]
                col += 1
                continue
            if i >= len(cells):
                col += 1
                row.append(_Slot(None, False, (r, col - 1)))
                continue
            cell = cells[i]
            i += 1
            rowspan, colspan = _span(cell, "rowspan"), min(_span(cell, "colspan"), 100)
            for k in range(colspan):
                slot = _Slot(cell, cell.tag == "th", (r, col - k) if k else (r, col), spanned=k > 0)
                row.append(slot)
                if rowspan > 1:
                    pending[col] = (rowspan - 1, _Slot(cell, slot.header, slot.origin, spanned=True))
                col += 1
        out.append(row)
    # A row with nothing in it (a spacer `<tr><td></td></tr>`) is not a row of data.
    out = [row for row in out if any(s.spanned or _has_text(s.node) for s in row)]
    width = max((len(r) for r in out), default=0)
    # A trailing column with nothing in any row (a stray empty `<td>`) is not a column.
    while width and all(len(row) < width or not _has_text(row[width - 1].node) for row in out):
        width -= 1
        for row in out:
            del row[width:]
    for r, padded in enumerate(out):
        padded.extend(_Slot(None, False, (r, c)) for c in range(len(padded), width))
    return out


def _has_text(node: LexborNode | None) -> bool:
    return node is not None and bool(node.text().strip())


def is_data_table(table: LexborNode) -> bool:
    """A table of data (not page layout): a wikitable, or rows with headers and no nested tables."""
    cls = set((table.attributes.get("class") or "").split())
    if "wikitable" in cls:
        return True
    if cls & {"infobox", "navbox", "metadata", "ambox", "mbox-small", "persondata", "toc", "multicol",
              "vertical-navbox", "sidebar", "plainlinks", "collapsible"}:
        return False
    if table.css_first("table") is not None and table.css("table")[0].mem_id != table.mem_id:
        return False
    rows = table_rows(table)
    return len(rows) >= 2 and table.css_first("th") is not None


def render_table(table: LexborNode, out: TextBuilder, section: tuple[str, ...]) -> Table | None:
    """Write a table as pipe rows into `out` and return it with every cell's offsets."""
    slots = grid(table)
    if not slots or not slots[0]:
        return None
    caption = ""
    if (cap := table.css_first("caption")) is not None:
        out.end_line()
        run = TextBuilder()
        inline(cap, run, breaks="; ")
        caption = out.append_run(run)[2]
        out.end_line()
    written: dict[tuple[int, int], tuple[str, int, int]] = {}
    lines: list[list[Cell]] = []
    first_start = last_end = -1
    for row in slots:
        out.end_line()
        rel: list[tuple[str, int, int, bool, bool]] = []
        for slot in row:
            out.add("| ")
            if slot.spanned or slot.node is None:
                rel.append(("", 0, 0, slot.header, slot.spanned))
                out.add(" ")
                continue
            run = TextBuilder()
            inline(slot.node, run, breaks="; ")
            begin, end, text = out.append_run(run)
            rel.append((text, begin, end, slot.header, False))
            out.add(" ")
        out.add("|")
        span = out.end_line()
        line_start = span[0] if span else out.pos
        cells: list[Cell] = []
        for c, (text, s, e, is_header, spanned) in enumerate(rel):
            if spanned or (row[c].node is None):
                origin = written.get(row[c].origin, ("", line_start, line_start))
                cells.append(Cell(origin[0], origin[1], origin[2], is_header, spanned=row[c].spanned))
                continue
            cell = Cell(text, line_start + s, line_start + e, is_header)
            written[row[c].origin] = (cell.text, cell.start, cell.end)
            cells.append(cell)
        lines.append(cells)
        first_start = line_start if first_start < 0 else first_start
        last_end = span[1] if span else line_start
    header_rows = _header_rows(slots)
    title_rows = 0
    while title_rows < header_rows and len({s.origin for s in slots[title_rows]}) == 1 and len(slots[0]) > 1:
        # A heading cell spanning the whole table ("Film") is its title, not a column name.
        caption = caption or lines[title_rows][0].text
        title_rows += 1
    header = tuple(
        " ".join(dict.fromkeys(lines[r][c].text for r in range(title_rows, header_rows) if lines[r][c].text))
        for c in range(len(slots[0]))
    )
    return Table(section=section, header=header, rows=tuple(tuple(r) for r in lines[header_rows:]),
                 start=first_start, end=last_end, caption=caption)


def _header_rows(slots: list[list[_Slot]]) -> int:
    """How many rows at the top are headings: all `<th>`, or (in a table with no `<th>` at all)
    a first row whose every cell is wholly bold."""
    count = 0
    for row in slots:
        if all(s.header or s.node is None for s in row) and any(s.node is not None for s in row):
            count += 1
        else:
            break
    if count or any(s.header for row in slots for s in row):
        return count
    first = [s.node for s in slots[0] if s.node is not None and s.node.text().strip()]
    bold = all(
        (b := node.css_first("b")) is not None and b.text().strip() == node.text().strip() for node in first)
    return 1 if first and bold and len(slots) > 1 else 0


# ---------------------------------------------------------------- infoboxes

FIELD_NAMES = {
    "directed by": "director", "director": "director", "directors": "director",
    "produced by": "producer", "producer": "producer", "producers": "producer",
    "written by": "writer", "writer": "writer", "writers": "writer",
    "screenplay by": "screenplay", "screenplay": "screenplay", "story by": "story",
    "based on": "based_on", "narrated by": "narrator",
    "starring": "starring", "cast": "starring",
    "music by": "music", "music": "music",
    "cinematography": "cinematography",
    "edited by": "editing", "editing by": "editing", "editing": "editing", "editor": "editing",
    "production company": "studio", "production companies": "studio", "production company(s)": "studio",
    "studio": "studio",
    "distributed by": "distributor", "distributor": "distributor",
    "release date": "released", "release dates": "released", "release date(s)": "released",
    "released": "released",
    "running time": "runtime", "runtime": "runtime",
    "country": "country", "countries": "country",
    "language": "language", "languages": "language",
    "budget": "budget", "box office": "gross", "gross": "gross",
}


def field_name(label: str) -> str:
    """`Directed by` → `director`; other labels lowercased with underscores (`Years active` →
    `years_active`)."""
    key = clean(label).strip().rstrip(":").casefold()
    return FIELD_NAMES.get(key) or re.sub(r"[^\w]+", "_", key).strip("_")


def infobox_items(box: LexborNode) -> tuple[str, list[tuple[str, str, LexborNode]]]:
    """An infobox's title and its (label, fallback name, value node) items."""
    items: list[tuple[str, str, LexborNode]] = []
    title = ""
    if box.tag == "aside":
        if (t := box.css_first(".pi-title")) is not None:
            title = clean(t.text()).strip()
        for item in box.css(".pi-data"):
            label = item.css_first(".pi-data-label")
            value = item.css_first(".pi-data-value")
            if value is not None:
                name = item.attributes.get("data-source") or ""
                items.append((clean(label.text(separator=" ")).strip() if label is not None else name, name, value))
        return title, items
    for tr in table_rows(box):
        cells = [c for c in tr.iter() if c.tag in {"td", "th"}]
        if len(cells) == 2 and cells[0].tag == "th":
            items.append((clean(cells[0].text(separator=" ")).strip(), "", cells[1]))
        elif not title and len(cells) == 1 and cells[0].tag == "th":
            title = clean(cells[0].text()).strip()
    if not title and (cap := box.css_first("caption")) is not None:
        title = clean(cap.text()).strip()
    return title, items


def render_infobox(box: LexborNode, out: TextBuilder) -> tuple[str, list[Field]]:
    """Write `Label: value` lines for an infobox and return its title and fields."""
    title, items = infobox_items(box)
    fields: list[Field] = []
    for label, fallback, value in items:
        name = field_name(label) if label else field_name(fallback)
        if not name:
            continue
        out.end_line()
        out.add(f"{label or fallback}: ")
        run = TextBuilder()
        inline(value, run, breaks="; ")
        begin, end, text = out.append_run(run)
        span = out.end_line()
        if span and text:
            fields.append(Field(name, text, span[0] + begin, span[0] + end))
    return title, fields
