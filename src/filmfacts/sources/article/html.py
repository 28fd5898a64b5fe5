"""HTML article pages (news, box-office reports, blogs, forum threads, wiki mirrors) → lines and metadata.

selectolax, not trafilatura: the text must keep every table cell's offset (a box-office chart is the
figures), which trafilatura's output does not give; the walk shares `html_text.TextBuilder` and
`html_tables.render_table` with the wiki HTML reader instead.

The page's metadata comes from what publishers put in `<head>` (`og:site_name`, `og:url`, the
canonical link, `article:published_time`, JSON-LD `NewsArticle`/`BlogPosting`/
`DiscussionForumPosting`, `<meta name="author">`) and from the article's own `<time>` and byline
elements. Furniture (menus, share bars, related stories, comment widgets, cookie banners, footers)
is removed by tag, role and class; the main text is the article element, else the element holding
most paragraph text. A forum thread's posts are written as header lines,
`Post 3 by moviefan, 2013-02-25`, followed by the post's text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ...errors import UnreadableDocument
from ...model import Cell, Table
from ..html_tables import render_table, table_rows
from ..html_text import BLOCK_TAGS, SKIP_TAGS, TextBuilder, clean, drop_code, inline_node, is_hidden
from ..layout import Heading
from ..page_meta import byline_in_line, parse_date

_FURNITURE = ", ".join((
    "script", "style", "noscript", "template", "iframe", "form", "button", "svg", "nav", "footer",
    "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]", "[aria-hidden=true]",
    "header:not(article header)", "aside",
))
# Class or id words of page furniture. Matched as whole words of the class/id, so "share" takes
# "share-bar" and "article-share" but not "shared".
_FURNITURE_WORDS = re.compile(
    r"(?:^|[-_\s])(?:share|sharing|social|sns|related|recommend(?:ed|ations)?|popular|most-?read|trending|"
    r"newsletter|subscribe|subscription|cookie|consent|gdpr|banner|advert(?:isement)?|ads?|ad-slot|sponsor(?:ed)?|"
    r"promo|sidebar|side-?bar|rail|widget|breadcrumbs?|menu|navbar|nav|gnb|lnb|footer|masthead|toolbar|"
    r"comments?|disqus|reply-form|tags?|tag-list|keywords|pagination|pager|print|font-?size|copyright|"
    r"author-bio|more-stories|read-more|outbrain|taboola|modal|popup|skip-link)(?:$|[-_\s])", re.I)
_KEEP_WORDS = re.compile(r"(?:^|[-_\s])(?:article|content|body|post|entry|story|main|text)(?:$|[-_\s])", re.I)
_ROOTS = ("[itemprop=articleBody]", ".article-body", ".article_body", "#articleBody", "#article-body",
          ".story-body", ".entry-content", ".post-content", ".post-body", "#article_txt", ".news_body",
          ".view_con", "article", "main", "[role=main]", "#content", ".content")
_POST_CONTAINERS = ("[itemtype*=DiscussionForumPosting]", "[itemtype*=Comment]", ".post", ".message",
                    ".forum-post", ".postcontainer", "[class*=postcontainer]", "article", "li.comment", ".comment",
                    "[id^=post]", "[data-post-id]", ".Comment", "shreddit-comment")
_AUTHOR = ("[itemprop=author]", ".author", ".username", ".user-name", ".poster", ".post-author", ".nickname",
           ".writer", "[rel=author]")
_DATE = ("time", "[itemprop=datePublished]", ".date", ".post-date", ".timestamp", ".time", ".posted")


@dataclass
class HtmlPage:
    """What the HTML says about the page, and its main text as lines with tables and headings."""

    lines: list[str] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    headline: str = ""
    byline: str = ""
    site_name: str = ""
    urls: list[str] = field(default_factory=list)
    published: str = ""
    language: str = ""
    types: set[str] = field(default_factory=set)  # JSON-LD @types: NewsArticle, BlogPosting, …
    thread: bool = False
    page_text: str = ""  # all visible text before furniture was removed, for cues like "From Wikipedia"
    title_tag: str = ""


def _meta(tree: LexborHTMLParser, *names: str) -> str:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attr}="{name}"]')
            if node is not None and (value := (node.attributes.get("content") or "").strip()):
                return value
    return ""


def _json_ld(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page (`@graph` lists flattened); broken JSON is skipped."""
    found: list[dict[str, Any]] = []

    def visit(item: Any) -> None:
        if isinstance(item, list):
            for x in item:
                visit(x)
        elif isinstance(item, dict):
            found.append(item)
            visit(item.get("@graph", []))

    for node in tree.css('script[type="application/ld+json"]'):
        try:
            visit(json.loads(node.text() or "null"))
        except (ValueError, RecursionError):
            continue
    return found


def _names(value: Any) -> list[str]:
    """Names of JSON-LD authors/publishers: a string, {"name": …}, or a list of them."""
    if isinstance(value, str):
        return [] if value.startswith("http") else [value]
    if isinstance(value, dict):
        return _names(value.get("name", ""))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _text(node: LexborNode | None) -> str:
    return clean(node.text(separator=" ")).strip() if node is not None else ""


def _drop(node: LexborNode) -> None:
    """Take page furniture out of the tree; the page's own <html> and <body> stay whatever their attributes
    say ("no-js sidebar-open", `aria-hidden`): those describe the page, not a part of it, and lexbor refuses
    to remove the root (a traceback, found by Atheris: an unclosed `<html` tag took the next tag's class)."""
    if node.tag not in ("html", "body"):
        node.decompose()


def _is_furniture(node: LexborNode) -> bool:
    words = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    return bool(_FURNITURE_WORDS.search(words)) and not (
        node.tag in {"article", "main", "body"} or (_KEEP_WORDS.search(words) and not _FURNITURE_WORDS.search(
            " ".join(w for w in words.split() if not _KEEP_WORDS.search(w)))))


def read_meta(tree: LexborHTMLParser, page: HtmlPage) -> None:
    """Fill the page's metadata from `<head>`, JSON-LD and the byline and time elements."""
    ld = _json_ld(tree)
    for item in ld:
        types = item.get("@type", [])
        page.types.update([types] if isinstance(types, str) else [t for t in types if isinstance(t, str)])
    articles = [x for x in ld if x.get("datePublished") or x.get("headline")]
    page.published = next((iso for x in articles if (iso := parse_date(str(x.get("datePublished", ""))))), "")
    page.published = page.published or parse_date(_meta(
        tree, "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
        "publish-date", "article.published", "parsely-pub-date", "sailthru.date", "DC.date.issued", "dc.date",
        "date", "Date"))
    if not page.published:
        for node in tree.css("time[datetime], [itemprop=datePublished]"):
            if any(_FURNITURE_WORDS.search(p.attributes.get("class") or "") for p in _ancestors(node)):
                continue
            cls = (node.attributes.get("class") or "") + " " + (node.attributes.get("itemprop") or "")
            if re.search(r"updat|modif", cls, re.I):
                continue
            raw = node.attributes.get("datetime") or node.attributes.get("content") or node.text()
            page.published = parse_date(raw or "")
            if page.published:
                break
    page.site_name = _meta(tree, "og:site_name", "application-name") or next(
        (n for x in articles for n in _names(x.get("publisher"))), "")
    page.headline = _headline(tree, articles, page.site_name)
    page.title_tag = _text(tree.css_first("title"))
    if not page.published:
        page.published = _date_element(tree)
    authors = [n for x in articles for n in _names(x.get("author"))]
    page.byline = ", ".join(dict.fromkeys(a.strip() for a in authors if a.strip()))
    if not page.byline and not (author := _meta(tree, "author", "article:author", "byl")).startswith("http"):
        page.byline = re.sub(r"^by\s+", "", author, flags=re.I)
    if not page.byline:
        for selector in ("[rel=author]", ".byline", "[itemprop=author]", ".author", ".writer", ".reporter",
                         ".post-author", ".vcard .fn"):
            author_node = tree.css_first(selector)
            if author_node is not None and 0 < len(byline := _text(author_node)) <= 80:
                # "by jinnie Feb 24, 2013": the name without the date beside it.
                page.byline = byline_in_line(byline if re.search(r"(?i)\bby\b", byline) else f"By {byline}")
                break
    canonical = tree.css_first('link[rel="canonical"]')
    page.urls = [u for u in (_meta(tree, "og:url", "twitter:url"),
                             canonical.attributes.get("href") if canonical is not None else "",
                             *(str(x.get("url", "")) for x in articles)) if u and isinstance(u, str)]
    if (html_node := tree.css_first("html")) is not None:
        page.language = (html_node.attributes.get("lang") or "").split("-")[0].lower()


def _headline(tree: LexborHTMLParser, articles: list[dict[str, Any]], site_name: str) -> str:
    """The article's headline: marked up as such, the article's `<h1>`, JSON-LD, `og:title`, then
    the page's `<h1>` unless it is the site's name (a blog's masthead)."""
    for selector in ("[itemprop=headline]", "article h1", ".entry-title", ".post-title", ".article-title",
                     ".headline", ".threadtitle"):
        if text := _text(tree.css_first(selector)):
            return text
    for x in articles:
        if x.get("headline"):
            return str(x["headline"]).strip()
    if og := _meta(tree, "og:title", "twitter:title"):
        return og
    h1 = _text(tree.css_first("h1"))
    if h1 and h1.casefold() != site_name.casefold():
        return h1
    title = _text(tree.css_first("title"))
    return re.sub(r"\s+[|@–—-]\s+[^|@–—-]+$", "", title) if site_name else title


def _date_element(tree: LexborHTMLParser) -> str:
    """A date shown in an element whose class says so (`date-header`, `post-date`, `published`),
    outside furniture and not an update."""
    for node in tree.css("[class*=date], [class*=publish], [class*=time], [class*=posted]"):
        cls = node.attributes.get("class") or ""
        if re.search(r"updat|modif", cls, re.I) or any(
                _FURNITURE_WORDS.search(p.attributes.get("class") or "") for p in _ancestors(node)):
            continue
        text = _text(node)
        if 0 < len(text) <= 60 and (iso := parse_date(text)):
            return iso
    return ""


def _ancestors(node: LexborNode) -> list[LexborNode]:
    out: list[LexborNode] = []
    parent = node.parent
    while parent is not None and len(out) < 40:
        out.append(parent)
        parent = parent.parent
    return out


def _posts(tree: LexborHTMLParser) -> list[tuple[LexborNode, str, str]]:
    """The posts of a thread: the largest group of like elements (same tag and class) of which two or
    more each name a user and a date; (node, user, ISO date or date text) each."""
    best: list[tuple[LexborNode, str, str]] = []
    for selector in _POST_CONTAINERS:
        group: list[tuple[LexborNode, str, str]] = []
        for node in tree.css(selector):
            author = next((a for s in _AUTHOR if (a := node.css_first(s)) is not None), None)
            stamp = next((d for s in _DATE if (d := node.css_first(s)) is not None), None)
            if author is None or stamp is None:
                continue
            raw = stamp.attributes.get("datetime") or stamp.attributes.get("content") or stamp.text()
            user = _text(author)
            if user and len(user) <= 40:
                group.append((node, user, parse_date(raw or "") or clean(raw or "").strip()))
        # Posts nested in posts (a quote) are part of their post.
        ids = {n.mem_id for n, _, _ in group}
        group = [g for g in group if not any(a.mem_id in ids for a in _ancestors(g[0]))]
        if len(group) >= 2 and len(group) > len(best):
            best = group
    return best


class _Walker:
    """Writes the main text as lines: paragraphs, headings (recorded), and tables as pipe rows."""

    def __init__(self) -> None:
        self.out = TextBuilder()
        self.headings: list[Heading] = []
        self.tables: list[Table] = []
        self.skip: set[int] = set()  # mem_ids of author/date elements already written in a post header

    def walk(self, node: LexborNode) -> None:
        for child in node.iter(include_text=True):
            self.visit(child)

    def line(self, text: str, level: int = 0) -> None:
        self.out.end_line()
        self.out.add(text)
        span = self.out.end_line()
        if span and level:
            self.headings.append(Heading(span[0], span[1], level, text))

    def visit(self, node: LexborNode) -> None:
        tag = node.tag
        if tag in SKIP_TAGS or tag == "-comment" or (tag != "-text" and (is_hidden(node) or node.mem_id in self.skip)):
            return
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            if title := _text(node):
                # The h1 is the headline, which heads the page rather than a section of it.
                self.line(title, int(tag[1]) - 1)
        elif tag == "table":
            self.out.end_line()
            if _is_chart(node):
                table = render_table(node, self.out, ())
                if table is not None:
                    self.tables.append(_with_header(table))
            else:
                self.walk(node)
            self.out.end_line()
        elif tag in BLOCK_TAGS:
            self.out.end_line()
            self.walk(node)
            self.out.end_line()
        elif tag == "br":
            self.out.end_line()
        else:
            inline_node(node, self.out)


def _is_chart(table: LexborNode) -> bool:
    """A table of data rather than layout: two or more rows of two or more cells, no table inside."""
    if any(n.mem_id != table.mem_id for n in table.css("table")):
        return False
    rows = table_rows(table)
    return len(rows) >= 2 and sum(1 for r in rows if len(r.css("td, th")) >= 2) >= 2


def _with_header(table: Table) -> Table:
    """A chart written with `<td>`s only: its first row is the header when it holds no figures and
    the rows under it do."""
    if any(table.header) or not table.rows:
        return table
    first = table.rows[0]
    if any(re.search(r"\d", c.text) for c in first) or not any(
            re.search(r"\d", c.text) for row in table.rows[1:] for c in row):
        return table
    return Table(table.section, tuple(c.text for c in first), table.rows[1:], table.start, table.end, table.caption)


def _root(tree: LexborHTMLParser) -> LexborNode:
    for selector in _ROOTS:
        nodes = [n for n in tree.css(selector) if len(_text(n)) >= 80]
        if nodes:
            return max(nodes, key=lambda n: len(_text(n))) if selector in {"article", ".content"} else nodes[0]
    # No marked-up article: the element whose own paragraphs hold the most text, each parent counted
    # once (counted again for each of its paragraphs, a page of thousands was read thousands of times)
    best, best_len = tree.body, 0
    counted: set[int] = set()
    for p in tree.css("p"):
        parent = p.parent
        if parent is None or parent.mem_id in counted:
            continue
        counted.add(parent.mem_id)
        length = sum(len(_text(c)) for c in parent.iter() if c.tag == "p")
        if length > best_len:
            best, best_len = parent, length
    if best is None:
        raise UnreadableDocument("HTML page with no body", hint="save the whole web page")
    return best


def read_html(text: str) -> HtmlPage:
    """Metadata and main text of an article page."""
    try:
        tree = LexborHTMLParser(text)
    except Exception as err:  # lexbor rejects very little; say so in one line when it does
        raise UnreadableDocument(f"cannot parse HTML ({err})", hint="check that it is a saved web page") from None
    if tree.body is None:
        raise UnreadableDocument("HTML page with no body", hint="save the whole web page")
    drop_code(tree)
    page = HtmlPage()
    read_meta(tree, page)
    page.page_text = clean(tree.body.text(separator=" "))
    posts = _posts(tree) if not page.types & {"NewsArticle", "ReportageNewsArticle", "BlogPosting"} else []
    page.thread = len(posts) >= 2 or "DiscussionForumPosting" in page.types
    walker = _Walker()
    try:
        if len(posts) >= 2:
            for node in tree.css(_FURNITURE):
                if not any(node.mem_id == p.mem_id for p, _, _ in posts):
                    _drop(node)
            for n, (node, user, when) in enumerate(posts, start=1):
                for s in (*_AUTHOR, *_DATE):
                    walker.skip.update(x.mem_id for x in node.css(s))
                walker.line(f"Post {n} by {user}, {when}")
                walker.walk(node)
        else:
            for node in tree.css(_FURNITURE):
                _drop(node)
            for node in tree.css("[class], [id]"):
                if _is_furniture(node):
                    _drop(node)
            root = _root(tree)
            if page.headline and page.headline not in _text(root)[:400]:
                walker.line(page.headline)
            walker.walk(root)
    except RecursionError:
        raise UnreadableDocument("HTML nested too deeply to read (thousands of levels)",
                                 hint="save the article page again") from None
    body = walker.out.text()
    page.lines = body.split("\n") if body else []
    pos = 0
    for line in page.lines:
        page.line_starts.append(pos)
        pos += len(line) + 1
    page.tables, page.headings = walker.tables, walker.headings
    return page


def _shifted(cell: Cell, move: dict[int, int], starts: list[int]) -> Cell | None:
    line = _line_of(cell.start, starts)
    return None if line not in move else Cell(cell.text, cell.start + move[line], cell.end + move[line],
                                              cell.header, cell.spanned)


def _line_of(offset: int, starts: list[int]) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def moved_tables(page: HtmlPage, origin: list[int], new_starts: list[int]) -> list[Table]:
    """The tables of the walk, their offsets moved to where their lines sit in the kept text; a table
    that lost a line to the sorting is dropped."""
    move = {o: new_starts[k] - page.line_starts[o] for k, o in enumerate(origin) if o >= 0}
    out: list[Table] = []
    for table in page.tables:
        rows = [[_shifted(c, move, page.line_starts) for c in row] for row in table.rows]
        first, last = _line_of(table.start, page.line_starts), _line_of(max(table.end - 1, table.start),
                                                                       page.line_starts)
        if first not in move or last not in move or any(c is None for row in rows for c in row):
            continue
        out.append(Table(table.section, table.header,
                         tuple(tuple(c for c in row if c is not None) for row in rows),
                         table.start + move[first], table.end + move[last], table.caption))
    return out


__all__ = ["HtmlPage", "moved_tables", "read_html"]
