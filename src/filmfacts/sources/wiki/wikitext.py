"""MediaWiki wikitext (a page's source, as in XML dumps) → Document.

The text is laid out like a Wikipedia plain-text extract so the sentence
extractors read it unchanged:

    Some Film (Korean: 영화; RR: Yeonghwa) is a 2013 South Korean drama film …


    == Cast ==
    Jane Doe as The Heroine
    …


    == Infobox ==
    Directed by: John Roe
    Starring: Jane Doe; Richard Miles

`<ref>`s leave the text and become `Citation`s anchored where they stood;
infobox parameters become `Field`s whose spans point at their values in the
`== Infobox ==` section; wikitables become pipe rows and `Table`s with spans
resolved; `{{IMDb title|…}}` and friends become external ids.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import mwparserfromhell
from mwparserfromhell.nodes import Template, Text
from mwparserfromhell.parser import ParserError
from mwparserfromhell.wikicode import Wikicode

from ...errors import EmptyInput, UnreadableDocument
from ...model import Cell, Citation, Document, Field, Link, Table, document_id, unique
from ..layout import Heading, main_language, sections_from_headings
from .wikibuffer import Raw, RawTable
from .wikirender import Context, Renderer
from .wikitemplates import FILM_INFOBOXES, KOREAN_LABELS, template_name

FORMAT = "wikitext"

MAX_DEPTH = 100  # nesting of {{ }} / [[ ]] beyond any real page
MAX_COST = 50_000_000  # unclosed markup × length: the parser's work grows with their product
# a tag never finished ("<ref name= x", "<$z" and no ">") costs the parser as much as four to six unclosed
# templates: it reads the rest of the page for each (mwparserfromhell issue 364, quadratic tokenizing of
# what is left open; 2,000 "<ref name= x" in 26 KB: 11.8 s, 1,500 "<$z" in 10 KB: 5.5 s, 2,000 "{{x|" 2.8 s)
UNFINISHED_TAG_COST = 6
# tables left open nest in each other's last cell; mwparserfromhell's work grows faster than their number
# times the length (804 left open in 47 KB: 29 s; as many closed: 0.3 s), and a real page leaves one or two
MAX_OPEN_TABLES = 20

LABELS = {
    "director": "Directed by", "producer": "Produced by", "writer": "Written by",
    "screenplay": "Screenplay by", "story": "Story by", "based_on": "Based on", "narrator": "Narrated by",
    "starring": "Starring", "music": "Music by", "cinematography": "Cinematography",
    "editing": "Edited by", "studio": "Production company", "production_companies": "Production companies",
    "production_company": "Production company", "distributor": "Distributed by",
    "released": "Release date", "runtime": "Running time", "country": "Country",
    "language": "Language", "budget": "Budget", "gross": "Box office", "film_name": "Film name",
    **{key: label for key, label in KOREAN_LABELS},
}
KOREAN_PARAMS = {  # Korean Wikipedia's {{영화 정보}} → the {{Infobox film}} names
    "제목": "name", "원제": "film_name", "감독": "director", "제작": "producer", "제작자": "producer",
    "각본": "screenplay", "원작": "based_on", "출연": "starring", "음악": "music", "촬영": "cinematography",
    "편집": "editing", "제작사": "studio", "배급사": "distributor", "개봉일": "released", "시간": "runtime",
    "상영시간": "runtime", "국가": "country", "언어": "language", "제작비": "budget", "흥행수입": "gross",
    "관객수": "admissions",
    "그림": "image", "그림크기": "image_size", "설명": "caption",
}
SKIP_FIELDS = frozenset(("image", "image_size", "imagesize", "image_upright", "alt", "border",
                         "italic_title", "caption", "module", "child", "embed"))

_TEMPLATE = re.compile(r"\{\{\s*[^{}|\n]{1,80}?\s*(?:\||\}\})")
_LINK = re.compile(r"\[\[[^\[\]\n|]{1,200}(?:\|[^\[\]\n]*)?\]\]")
_REF = re.compile(r"<ref[\s>/]", re.I)
_BOLD_LEAD = re.compile(r"^'''[^'\n]", re.M)
_NOT_WIKI = re.compile(r"\s*<(?:!doctype|html|\?xml|mediawiki)", re.I)
_NESTING = re.compile(r"\{\{|\}\}|\[\[|\]\]")
_OPEN_TAG = re.compile(r"<(?!(?:br|hr|img|wbr|references)\b)[a-zA-Z][\w-]*\b[^<>]*(?<!/)>")
_TABLE_OPEN = re.compile(r"^[ \t]*\{\|", re.M)  # [ \t], not \s: a run of blank lines is not read from each line
_TABLE_CLOSE = re.compile(r"^[ \t]*\|\}", re.M)
_TABLE_EDGE = re.compile(r"^[ \t]*(\{\||\|\})", re.M)
_CLOSE_TAG = re.compile(r"</[a-zA-Z][\w-]*\s*>")
# what the parser tries as a tag: "<" and anything but a space, "-", "/", "!", "=", "'", "&", "|", "{", "["
_TAG_START = re.compile(r"<(?=[^\s\-/!='&|{\[<>])")
_WHOLE_TAG = re.compile(r"<(?=[^\s\-/!='&|{\[<>])[^<>]*>")


def sniff(text: str) -> bool:
    """Wikitext: a page opening with `{{…}}` or `'''Title'''`, or one with several templates,
    `[[links]]` and `<ref>`s. Plain extracts (headings only) and HTML are not."""
    head = text[:50000]
    if _NOT_WIKI.match(head):
        return False
    if re.match(r"\s*(?:\{\{[^{}\n]|'''[^'\n])", head):
        return True
    hits = (len(_TEMPLATE.findall(head)) + len(_LINK.findall(head)) + len(_REF.findall(head))
            + len(_BOLD_LEAD.findall(head)))
    return hits >= 3


def check_shape(text: str, source: str) -> None:
    """Refuse markup nested or left open so much that parsing it would recurse too deep or take
    minutes: real pages nest a few levels and close what they open."""
    depth = deepest = 0
    for m in _NESTING.finditer(text):
        if m.group()[0] in "{[":
            depth += 1
            deepest = max(deepest, depth)
        elif depth:
            depth -= 1
    if deepest > MAX_DEPTH:
        raise UnreadableDocument(
            f"{source}: wikitext nests templates or links {deepest} levels deep (real pages use a few)",
            hint="the page is corrupt or hostile; fix its markup or leave it out",
        )
    tables = 0  # open at the end: each `|}` closes the table opened last
    for m in _TABLE_EDGE.finditer(text):
        tables += 1 if m.group(1) == "{|" else -1 if tables else 0
    if tables > MAX_OPEN_TABLES:
        raise UnreadableDocument(
            f"{source}: wikitext leaves {tables} tables open, one inside the other, never closed with |}} "
            "(real pages leave one or two)",
            hint="the page is corrupt or hostile; close its tables or leave it out",
        )
    unclosed = depth
    unclosed += max(0, len(_OPEN_TAG.findall(text)) - len(_CLOSE_TAG.findall(text)))
    unclosed += max(0, text.count("[") - text.count("]"))
    unclosed += max(0, len(_TABLE_OPEN.findall(text)) - len(_TABLE_CLOSE.findall(text)))
    unclosed += max(0, text.count("<!--") - text.count("-->"))
    unfinished = len(_TAG_START.findall(text)) - len(_WHOLE_TAG.findall(text))  # "<ref name=x", no ">"
    if (unclosed + UNFINISHED_TAG_COST * unfinished) * len(text) > MAX_COST:
        raise UnreadableDocument(
            f"{source}: wikitext leaves {unclosed} brackets, templates, comments or tags unclosed and "
            f"{unfinished} tags unfinished (no '>')",
            hint="the page is corrupt; fix its markup or leave it out",
        )


def read(text: str, source: str, title: str = "") -> Document:
    """Read one page's wikitext; `title` is the page title when the caller knows it (dumps do)."""
    if not text.strip():
        raise EmptyInput(f"{source}: the wikitext is empty", hint="give a page's wikitext")
    page = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    check_shape(page, source)
    context = Context(title=title)
    renderer = Renderer(context)
    raw = Raw()
    try:
        renderer.body(mwparserfromhell.parse(page), raw)
        if context.infoboxes:
            raw.heading(1, "Infobox")
            for box in context.infoboxes:
                write_infobox(renderer, box, raw)
    except RecursionError:
        raise UnreadableDocument(
            f"{source}: wikitext nested too deeply to read", hint="fix the page's markup or leave it out",
        ) from None
    except ParserError as err:
        raise UnreadableDocument(f"{source}: wikitext parser failed ({err})",
                                 hint="report the page; leave it out meanwhile") from None
    done = raw.finish(inline=False)
    out = done.text
    headings = [Heading(s, e, level, title) for s, e, level, title in done.headings]
    sections = sections_from_headings(out, headings)
    doc = Document(
        id=document_id(text), source=source, format=FORMAT, kind="encyclopedia", site="Wikipedia",
        text=out, language=main_language(out), title=title, licence="CC BY-SA 4.0", sections=sections,
    )
    return replace(
        doc,
        tables=tuple(_table(doc, t) for t in done.tables),
        fields=tuple(Field(name, out[s:e], s, e) for name, s, e in done.fields if e > s),
        citations=_citations(done.cites, context),
        links=tuple(Link(s, e, target) for s, e, target in done.links),
        external_ids=tuple(dict.fromkeys(done.ids)),
    )


def write_infobox(r: Renderer, box: Template, out: Raw) -> None:
    """`| director = [[John Roe]]` → a line `Directed by: John Roe` and a field `director`.
    An infobox given as a parameter's whole value (`| module = {{Infobox Korean name|…}}`) adds
    its own lines."""
    for param in box.params:
        if not param.showkey:
            continue
        name = re.sub(r"[\s_]+", "_", str(param.name).strip().lower())
        name = KOREAN_PARAMS.get(name, name)
        inner = _only_infobox(param.value)
        if inner is not None:
            write_infobox(r, inner, out)
            continue
        if name in SKIP_FIELDS or re.fullmatch(r"image\w*|caption\w*|alt\w*", name):
            continue
        frag = r.inline(param.value)
        if not frag.text:
            continue
        out.hard_line()
        out.write(LABELS.get(name, name.replace("_", " ").capitalize()) + ": ")
        start, end = out.splice(frag)
        out.frag.fields.append((name, start, end))


def _only_infobox(code: Wikicode) -> Template | None:
    nodes = [n for n in code.nodes if not (isinstance(n, Text) and not n.value.strip())]
    if len(nodes) == 1 and isinstance(nodes[0], Template) and template_name(nodes[0]) in FILM_INFOBOXES:
        return nodes[0]
    return None


def _table(doc: Document, raw: RawTable) -> Table:
    section = doc.section_at(raw.start)
    heads = raw.rows[:raw.header_rows]
    header = tuple(" ".join(unique(row[c].text for row in heads if row[c].text))
                   for c in range(len(heads[0]))) if heads else ()
    rows = tuple(
        tuple(Cell(c.text, c.start, c.end, c.header, c.spanned) for c in row)
        for row in raw.rows[raw.header_rows:]
    )
    return Table(section=section.path if section else (), header=header, rows=rows,
                 start=raw.start, end=raw.end, caption=raw.caption)


def _citations(cites: list[tuple[int, str, Citation | None]], context: Context) -> tuple[Citation, ...]:
    """Each reference where it stood; `<ref name=x/>` takes the content defined elsewhere."""
    out = []
    for anchor, name, citation in cites:
        found = citation or context.named.get(name) or Citation(0, title=name)
        out.append(replace(found, anchor=anchor))
    return tuple(sorted(out, key=lambda c: c.anchor))
