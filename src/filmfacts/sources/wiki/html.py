"""Rendered HTML of wiki pages (Wikipedia, Fandom wikis such as Drama Wiki) → Document.

The article is turned into text shaped like a Wikipedia plain-text extract —
lead paragraphs, then `== Heading ==` / `=== Sub ===` lines — so the sentence
extractors read it unchanged. Tables become pipe rows (`html_tables`), the
infobox becomes an `== Infobox ==` section at the end with lines like
`Directed by: Ventura Pons`, and reference markers (`[12]`) leave the text
but anchor the matching entries of the reference list as citations.
Navigation, edit links, hatnotes, navboxes, ads, cookie banners and other
page furniture are dropped.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ...errors import UnreadableDocument, UnsupportedFormat
from ...model import Citation, Document, Field, Link, Table, document_id, unique
from ..html_tables import is_data_table, render_infobox, render_table
from ..html_text import (
    BLOCK_TAGS,
    SKIP_TAGS,
    TextBuilder,
    classes,
    clean,
    drop_code,
    inline_node,
    is_hidden,
)
from ..layout import Heading, main_language, sections_from_headings
from .html_refs import Reference, external_id, iso_date, last_edited, parse_reference

FORMAT = "html"

_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype html|<html|<head\b|<body\b)", re.I | re.S)
_TAG = re.compile(r"</?(?:p|div|span|table|tr|td|th|a|h[1-6]|ul|ol|li|b|i|br|sup|img)\b[^>]*>", re.I)
_WIKI_MARKUP = re.compile(r"\[\[|\{\{|'''|^=+ .+ =+$", re.M)
_FETCHED = re.compile(r"^\s*<!--\s*\S+\s+(\d{4})-(\d{2})-(\d{2})-\d{2}-\d{2}-\d{2}\s*-->")
_COPY_BANNER = re.compile(
    r"uses (?:some )?content from (?:an|the) article (?:at|on|from) "
    r"(?:the (?:English )?)?([A-Z][\w.' ]{1,40}?)\s*(?:\.|,|\(|\bas\b|$)", re.I)
_LICENCES = (
    (re.compile(r"CC[- ]BY[- ]SA(?: (\d\.\d))?", re.I), "CC BY-SA"),
    (re.compile(r"Creative Commons Attribution[- ]Share ?Alike(?: License)?(?: (\d\.\d))?", re.I),
     "CC BY-SA"),
    (re.compile(r"GNU Free Documentation License()", re.I), "GFDL"),
)

BOILERPLATE = ", ".join((
    "script", "style", "noscript", "template", "link", "meta", "iframe",
    "#toc", ".toc", ".mw-editsection", ".navbox", ".vertical-navbox", ".hatnote", ".dablink", ".rellink",
    ".metadata", ".ambox", ".mbox-small", ".persondata", "#persondata", ".noprint", ".sortkey", ".thumb",
    ".mw-jump-link", "#siteSub", "#contentSub", "#jump-to-nav", ".printfooter", "#catlinks", ".catlinks",
    "#mw-navigation", "#mw-head", "#mw-panel", ".mw-indicators", ".navbar", ".shortdescription",
    ".mw-empty-elt", ".sistersitebox", "#footer", ".mw-footer", "#mw-page-base", "#mw-head-base",
    ".vector-header-container", ".vector-column-start", ".vector-page-toolbar", ".mw-portlet",
    "#onetrust-consent-sdk", "#onetrust-banner-sdk", "[class*=cookie]", "[id*=cookie]",
    "#WikiaRail", ".WikiaRail", ".right-rail-wrapper", ".page__right-rail", ".global-navigation",
    ".wds-global-navigation", ".fandom-community-header", ".community-header-wrapper", ".page-side-tools",
    ".page-header__actions", ".page-header__categories", ".ad-slot", ".ad-slot-placeholder",
    ".top-ads-container", ".bottom-ads-container", "[id^=ad-]", ".global-footer", ".wds-global-footer",
    ".notifications-placeholder", ".page-footer", ".mcf-wrapper", ".fandom-sticky-header",
    "#mixed-content-footer", ".article-categories", ".wikia-bar", ".rail-module", ".license-description",
    "nav", "[role=navigation]", "[role=banner]",
))
_ROOTS = (".mw-parser-output", "#mw-content-text", "#content", "main", "article")
_WIKI_SIGNS = ("span.mw-headline", "sup.reference", "table.infobox", "aside.portable-infobox",
               "table.wikitable", ".mw-parser-output", "#mw-content-text", "ol.references")
_EXTERNAL_SECTIONS = {"external links", "external link", "links"}


def sniff(text: str) -> bool:
    """HTML documents: `<!DOCTYPE html>`, `<html>`, or a body of HTML tags (not wikitext)."""
    head = text[:20000]
    if _START.match(head):
        return True
    stripped = head.lstrip()
    if not stripped.startswith("<"):
        return False
    return len(_TAG.findall(head)) >= 5 and len(_TAG.findall(head)) > 3 * len(_WIKI_MARKUP.findall(head))


class _Walker:
    """Walks the article, writing lines to a TextBuilder and collecting headings, tables, infoboxes."""

    def __init__(self) -> None:
        self.out = TextBuilder()
        self.headings: list[Heading] = []
        self.path: list[tuple[int, str]] = []
        self.tables: list[Table] = []
        self.infoboxes: list[LexborNode] = []
        self.reference_lists: list[tuple[int, LexborNode]] = []
        self.external: list[LexborNode] = []

    def section(self) -> tuple[str, ...]:
        return tuple(title for _, title in self.path)

    def walk(self, node: LexborNode) -> None:
        for child in node.iter(include_text=True):
            self.visit(child)

    def visit(self, node: LexborNode) -> None:
        tag = node.tag
        if tag in SKIP_TAGS or tag == "-comment" or (tag != "-text" and is_hidden(node)):
            return
        cls = classes(node) if tag != "-text" else set()
        if tag in {"h2", "h3", "h4", "h5", "h6"}:
            self.heading(int(tag[1]), clean(node.text()).strip())
        elif (tag == "table" and "infobox" in cls) or (tag == "aside" and "portable-infobox" in cls):
            self.infoboxes.append(node)
        elif tag == "table":
            self.out.end_line()
            if is_data_table(node):
                table = render_table(node, self.out, self.section())
                if table is not None:
                    self.tables.append(table)
            else:
                self.walk(node)
            self.out.end_line()
        elif tag == "ol" and "references" in cls:
            self.out.end_line()
            self.reference_lists.append((self.out.offset, node))
        elif tag in BLOCK_TAGS:
            self.out.end_line()
            if self.path and self.path[-1][1].casefold() in _EXTERNAL_SECTIONS:
                self.external.append(node)
            self.walk(node)
            self.out.end_line()
        elif tag == "br":
            self.out.end_line()
        else:
            inline_node(node, self.out)

    def heading(self, level: int, title: str) -> None:
        if not title:
            return
        self.out.blank()
        marks = "=" * level
        self.out.add(f"{marks} {title} {marks}")
        span = self.out.end_line()
        if span:
            self.headings.append(Heading(span[0], span[1], level - 1, title))
        while self.path and self.path[-1][0] >= level:
            self.path.pop()
        self.path.append((level, title))


def _meta(tree: LexborHTMLParser, prop: str) -> str:
    node = tree.css_first(f'meta[property="{prop}"]') or tree.css_first(f'meta[name="{prop}"]')
    return (node.attributes.get("content") or "").strip() if node is not None else ""


def _title(tree: LexborHTMLParser) -> str:
    """The page heading, else `<title>` without its site suffix (" - Wikipedia", " | X Wiki | Fandom")."""
    for selector in ("h1#firstHeading", "h1.page-header__title", "#firstHeading"):
        if (node := tree.css_first(selector)) is not None and clean(node.text()).strip():
            return clean(node.text()).strip()
    node = tree.css_first("title")
    title = clean(node.text()).strip() if node is not None else ""
    return re.sub(r"\s+(?:-\s+Wikipedia|\|\s+[^|]*\|\s+Fandom|\|\s+Fandom)\b.*$", "", title).strip()


def _licence(text: str, default: str) -> str:
    for pattern, short in _LICENCES:
        if m := pattern.search(text):
            return f"{short} {m.group(1)}".strip() if m.group(1) else short
    return default


def read(text: str, source: str) -> Document:
    """Read a saved wiki page; raises UnsupportedFormat for HTML that holds no wiki article."""
    try:
        tree = LexborHTMLParser(text)
    except Exception as err:  # lexbor rejects very little, but say so in one line when it does
        raise UnreadableDocument(f"{source}: cannot parse HTML ({err})",
                                 hint="check that it is a saved web page") from None
    if tree.body is None or not any(tree.css_first(s) is not None for s in _WIKI_SIGNS):
        raise UnsupportedFormat(
            f"{source}: HTML page with no wiki article in it",
            hint="save an article page of Wikipedia or a Fandom wiki (not a search or menu page)",
        )
    drop_code(tree)
    site_name = _meta(tree, "og:site_name")
    raw_lower = text[:200000].lower()
    fandom = "fandom" in site_name.lower() or "fandom.com" in raw_lower or "wikia" in raw_lower
    wikipedia = not fandom and (site_name in {"", "Wikipedia"})
    page_text = clean(tree.body.text(separator=" "))
    site = "Wikipedia" if wikipedia else (re.sub(r"\s*\|\s*Fandom$", "", site_name) or "Fandom")
    title = _title(tree)
    copies = tuple(m.group(1).strip() for m in _COPY_BANNER.finditer(page_text))
    licence = _licence(page_text, "CC BY-SA 4.0" if wikipedia else "")
    published = last_edited(page_text)
    retrieved = ""
    if m := _FETCHED.match(text):
        retrieved = iso_date("-".join(m.groups()))
    lang = ""
    if (html_node := tree.css_first("html")) is not None:
        lang = (html_node.attributes.get("lang") or "").split("-")[0]

    references: dict[str, Reference] = {}
    for item in tree.css("ol.references > li"):
        if note := item.attributes.get("id") or "":
            references[note] = parse_reference(item)
    official = [a for a in tree.css(".official-website a, span.official-website a")]

    for node in tree.css(BOILERPLATE):
        if node.tag == "html":  # `<html class="noprint">`: lexbor will not remove the root (found by Atheris)
            root = None
            break
        node.decompose()
    else:
        root = next((n for s in _ROOTS if (n := tree.css_first(s)) is not None), tree.body)
    if root is None:  # the body itself was page furniture (`<body class="noprint">`): found by Atheris
        raise UnreadableDocument(f"{source}: nothing to read: the page's body is marked as page furniture "
                                 "(navigation, noprint)", hint="save the article's page as the site shows it")
    walker = _Walker()
    fields: list[Field] = []
    try:
        walker.walk(root)
        if walker.infoboxes:
            walker.heading(2, "Infobox")
            for box in walker.infoboxes:
                box_title, box_fields = render_infobox(box, walker.out)
                title = title or box_title
                fields.extend(box_fields)
    except RecursionError:
        raise UnreadableDocument(f"{source}: HTML nested too deeply to read (thousands of levels)",
                                 hint="this is not a saved wiki page; save the article page again") from None
    body = walker.out.text()
    if not body.strip():
        raise UnsupportedFormat(f"{source}: the wiki page holds no article text",
                                hint="save the article page itself, not an empty or edit page")

    citations = [Citation(at, r.title, r.url, r.publisher, r.date, r.access_date)
                 for at, note in walker.out.markers if (r := references.get(note))]
    cited = {note for _, note in walker.out.markers}
    for at, ol in walker.reference_lists:
        for item in ol.css("li"):
            note = item.attributes.get("id") or ""
            if note in references and note not in cited:
                r = references[note]
                citations.append(Citation(at, r.title, r.url, r.publisher, r.date, r.access_date))
    ids: list[tuple[str, str]] = []
    for node in [*walker.infoboxes, *walker.external]:
        for a in node.css("a[href]"):
            if found := external_id(a.attributes.get("href") or "", clean(a.text())):
                ids.append(found)
    for a in official:
        if href := a.attributes.get("href") or "":
            ids.append(("official_website", href))

    return Document(
        id=document_id(text), source=source, format=FORMAT,
        kind="fan_wiki" if not wikipedia else "encyclopedia", site=site, text=body,
        language=lang or main_language(body), title=title, published=published, retrieved=retrieved,
        licence=licence, declared_copies=unique(copies),
        sections=sections_from_headings(body, walker.headings), tables=tuple(walker.tables),
        fields=tuple(fields), citations=tuple(sorted(citations, key=lambda c: c.anchor)),
        links=tuple(Link(s, e, t) for s, e, t in walker.out.links),
        external_ids=tuple(dict.fromkeys(ids)),
    )
