"""Parsed wikitext (mwparserfromhell nodes) → text in a `Raw` buffer.

Links become their text (`[[Jane Doe (director)|Doe]]` → `Doe`, noted as a link to
"Jane Doe (director)"), bold and italic marks go, `<ref>`s leave the text but are
noted as citations where they stood, list items (`* [[Actor]] as Role`)
become lines of their own, wikitables become pipe rows (`| 1999 | … |`)
with their grid noted, and templates are rendered by `wikitemplates` (unknown
ones are dropped). Infobox templates are kept aside for the `== Infobox ==`
section the reader writes at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import mwparserfromhell
from mwparserfromhell.nodes import (
    Argument,
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

from ...model import Citation
from . import wikitemplates
from .wikibuffer import SEP, Fragment, Raw, RawCell, RawTable
from .wikicite import CITE_TEMPLATES, cite_fields
from .wikitables import MAX_COLSPAN, MAX_ROWSPAN, resolve, span_value
from .wikitemplates import template_name

_SKIP_TAGS = frozenset((
    "references", "gallery", "imagemap", "math", "chem", "ce", "score", "timeline", "graph",
    "templatestyles", "mapframe", "maplink", "includeonly", "syntaxhighlight", "source", "hr",
    "hiero", "categorytree", "indicator", "section", "inputbox", "charinsert",
))
_LIST_TAGS = frozenset(("li", "dt", "dd"))
_HIDDEN_NAMESPACES = re.compile(
    r"^\s*(?:file|image|category|media|template|wp|wikipedia|파일|분류|그림)\s*:", re.I)
_INTERWIKI = re.compile(r"^\s*[a-z]{2,3}(?:-[a-z]{2,8})*\s*:", )
_MAGIC = re.compile(r"__[A-Z]+__")
_QUOTES = re.compile(r"'{2,}")
_URL = re.compile(r"https?://\S+")
_ATTR = re.compile(r"""([a-zA-Z-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'{|]+)""")
# an unquoted value is taken whole (possessive): "ass=wikiass=wikiass=…" with no template after it was
# split between keys and values every way before failing (a fuzz input of 226 bytes: over 10 CPU s)
_LEADING_ATTRS = re.compile(r"""\s*((?:[a-zA-Z-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'{|]++)\s*)+)(?=\{\{)""")


@dataclass
class Context:
    """What one page's rendering shares: named references, infoboxes kept aside, the title."""

    title: str = ""
    named: dict[str, Citation] = field(default_factory=dict)
    infoboxes: list[Template] = field(default_factory=list)


class Renderer:
    def __init__(self, context: Context) -> None:
        self.context = context

    # ------------------------------------------------------------ entry points

    def body(self, code: Wikicode, out: Raw) -> None:
        """Render page-level wikitext: paragraphs, headings, lists and tables as blocks."""
        self.nodes(code, out, block=True)

    def inline(self, code: Wikicode | None) -> Fragment:
        """Render wikitext that sits inside one line (a cell, a field value, a template argument)."""
        raw = Raw()
        if code is not None:
            self.nodes(code, raw, block=False)
        return raw.finish(inline=True)

    def plain(self, code: Wikicode | None) -> str:
        return self.inline(code).text

    # ------------------------------------------------------------ nodes

    def nodes(self, code: Wikicode, out: Raw, block: bool) -> None:
        for node in code.nodes:
            self.node(node, out, block)

    def node(self, node: Node, out: Raw, block: bool) -> None:
        if isinstance(node, Text):
            out.write(_QUOTES.sub("", _MAGIC.sub("", node.value)))
        elif isinstance(node, Wikilink):
            self.wikilink(node, out)
        elif isinstance(node, Template):
            wikitemplates.render(self, node, out, block)
        elif isinstance(node, Tag):
            self.tag(node, out, block)
        elif isinstance(node, ExternalLink):
            if node.title is not None:
                self.nodes(node.title, out, block=False)
            elif not node.brackets:
                out.write(str(node.url))
        elif isinstance(node, HTMLEntity):
            out.write(node.normalize())
        elif isinstance(node, Heading):
            title = self.plain(node.title)
            if block:
                out.heading(max(1, node.level - 1), title)
            else:
                out.write(title)
        elif isinstance(node, Argument):
            if node.default is not None:
                self.nodes(node.default, out, block)
        elif isinstance(node, Comment):
            return

    def wikilink(self, node: Wikilink, out: Raw) -> None:
        target = str(node.title).strip()
        if _HIDDEN_NAMESPACES.match(target.lstrip(":")) and not target.startswith(":"):
            return
        if _INTERWIKI.match(target) and not target.startswith(":"):
            return
        target = re.sub(r"[\s_]+", " ", target.lstrip(":")).strip()
        start = out.size
        if node.text is not None:
            out.splice(self.inline(node.text))
        else:
            out.write(target.split("#", 1)[0] if not target.startswith("#") else target[1:])
        page = target.split("#", 1)[0].strip()
        if page and out.size > start:
            out.frag.links.append((start, out.size, page[0].upper() + page[1:]))

    # ------------------------------------------------------------ tags

    def tag(self, node: Tag, out: Raw, block: bool) -> None:
        name = str(node.tag).strip().lower()
        if name == "ref":
            self.ref(node, out)
        elif name in _LIST_TAGS and node.wiki_markup:
            if block:
                out.hard_line()
            else:
                out.write(SEP)
        elif name == "br":
            out.write(SEP)
        elif name == "table":
            if block:
                self.table(node, out)
            else:
                self.flat_table(node, out)
        elif name in _SKIP_TAGS:
            return
        elif name == "nowiki" or name == "pre":
            if node.contents is not None:
                out.write(str(node.contents))
        elif node.contents is not None and not node.self_closing:
            self.nodes(node.contents, out, block)

    def ref(self, node: Tag, out: Raw) -> None:
        name = ""
        for attr in node.attributes:
            if str(attr.name).strip().lower() == "name" and attr.value is not None:
                name = str(attr.value).strip().strip("\"'")
        if node.self_closing or node.contents is None or not str(node.contents).strip():
            out.cite(name, None)
            return
        citation = self.citation(node.contents)
        if name:
            self.context.named.setdefault(name, citation)
        out.cite(name, citation)

    def citation(self, code: Wikicode) -> Citation:
        """A reference's content → Citation: a cite template's parts, or its text and first URL."""
        for tmpl in code.filter_templates(recursive=False):
            tname = template_name(tmpl)
            if tname.startswith("cite") or tname in CITE_TEMPLATES:
                params = {str(p.name).strip().lower(): self.plain(p.value)
                          for p in tmpl.params if p.showkey}
                return Citation(0, **cite_fields(params))
        text = self.plain(code)
        links = code.filter_external_links(recursive=True)
        url = str(links[0].url) if links else (m.group() if (m := _URL.search(str(code))) else "")
        fields = cite_fields({"title": text})
        return Citation(0, title=text, url=url, date=fields["date"] if fields["date"] != text else "")

    # ------------------------------------------------------------ tables

    def _rows(self, node: Tag) -> tuple[list[list[Tag]], str]:
        rows: list[list[Tag]] = []
        caption = ""
        loose: list[Tag] = []
        for child in (node.contents.nodes if node.contents is not None else []):
            if not isinstance(child, Tag):
                continue
            kind = str(child.tag).lower()
            if kind in ("td", "th"):
                text = str(child.contents or "").lstrip()
                if kind == "td" and text.startswith("+") and not rows and not loose:
                    caption = self.plain(child.contents).lstrip("+ ").strip()
                else:
                    loose.append(child)
            elif kind == "tr":
                if loose:
                    rows.append(loose)
                    loose = []
                cells = [c for c in (child.contents.nodes if child.contents is not None else [])
                         if isinstance(c, Tag) and str(c.tag).lower() in ("td", "th")]
                if cells:
                    rows.append(cells)
        if loose:
            rows.append(loose)
        return rows, caption

    def table(self, node: Tag, out: Raw) -> None:
        """Write a wikitable as pipe rows and note its grid, spans resolved."""
        rows, caption = self._rows(node)
        if not rows:
            return
        frags = [[self.inline(_cell_contents(cell)) for cell in row] for row in rows]
        heads = [[str(cell.tag).lower() == "th" for cell in row] for row in rows]
        shapes = [[(span_value(_attr(cell, "rowspan"), MAX_ROWSPAN), span_value(_attr(cell, "colspan"),
                                                                             MAX_COLSPAN))
                   for cell in row] for row in rows]
        grid = resolve(shapes)
        if caption:
            out.hard_line()
            out.write(caption)
        placed: dict[tuple[int, int], RawCell] = {}
        table_rows: list[list[RawCell]] = []
        start = -1
        for line in grid:
            out.hard_line()
            start = out.size if start < 0 else start
            out.write("|")
            cells: list[RawCell] = []
            for slot in line:
                out.write(" ")
                if slot is None:
                    cells.append(RawCell("", out.size, out.size))
                elif slot.spanned:
                    origin = placed[(slot.row, slot.index)]
                    cells.append(RawCell(origin.text, origin.start, origin.end, origin.header, True))
                else:
                    frag = frags[slot.row][slot.index]
                    s, e = out.splice(frag)
                    cell = RawCell(frag.text, s, e, heads[slot.row][slot.index])
                    placed[(slot.row, slot.index)] = cell
                    cells.append(cell)
                out.write(" |")
            table_rows.append(cells)
        end = out.size
        out.write("\n")
        header_rows = 0
        while header_rows < len(table_rows) and all(
            c.header for c in table_rows[header_rows] if c.text
        ) and any(c.text for c in table_rows[header_rows]):
            header_rows += 1
        out.frag.tables.append(RawTable(table_rows, header_rows, start, end, caption))

    def flat_table(self, node: Tag, out: Raw) -> None:
        """A table inside a line (a nested table): its cells' text as items."""
        rows, _ = self._rows(node)
        for row in rows:
            for cell in row:
                out.write(SEP)
                out.splice(self.inline(cell.contents))


def _attr(node: Tag, name: str) -> str:
    """A cell attribute's value; the last one wins, as in MediaWiki. Attributes written before a
    template that supplies the `|` (`| colspan="5" {{CMain}}`) count too."""
    value = ""
    for attr in node.attributes:
        if str(attr.name).strip().lower() == name and attr.value is not None:
            value = str(attr.value)
    if m := _LEADING_ATTRS.match(str(node.contents or "")):
        for key, val in _ATTR.findall(m.group(1)):
            if key.lower() == name:
                value = val.strip("\"'")
    return value


def _cell_contents(node: Tag) -> Wikicode | None:
    """A cell's content, without attributes written before a template (see `_attr`)."""
    if node.contents is not None and (m := _LEADING_ATTRS.match(str(node.contents))):
        return mwparserfromhell.parse(str(node.contents)[m.end(1):])
    return node.contents
