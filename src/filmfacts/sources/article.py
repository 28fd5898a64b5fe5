"""Article-like pages → Document: news stories, box-office reports, blog posts, forum threads, wiki mirrors.

Plain text (a page saved as text) or HTML that is not a Wikipedia/Fandom page. The document's text
is the page without its furniture, one paragraph a line; `title` is the headline, `byline` the
author, `site` the site's name, `kind` one of news / box_office_report / blog / forum / wiki_mirror,
`published` the ISO day the page came out ("" when nothing says it). A thread's posts are sections
titled `Post 3 by moviefan, 2013-02-25`, so a figure can be dated by its post.

Where `published` comes from, first found wins: the page's metadata (HTML), a labelled line
("Published : March 1, 2013", "Posted on 2024-03-04", "입력 2013.02.23 14:05"; never "Updated"), a
line that is only a date and time, the first post of a thread, a dateline ("SEOUL, Feb. 23
(Yonhap) --", its year from another date of the page), a date in the page's URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import EmptyInput, UnreadableDocument
from ..model import Document, Section, Table, document_id, normalize_text
from . import html, plain_extract, rendered_wiki, wikitext
from .article_html import HtmlPage, moved_tables, read_html
from .article_lines import PageLines, sort_lines
from .article_meta import date_in_url, dateline
from .article_text import body_of
from .layout import Heading, lines_with_offsets, main_language, sections_from_headings
from .sites import Site, host_of, names_in, site_for_name, site_for_url

FORMAT = "article"

_WIKI_HTML = re.compile(r"mw-parser-output|id=\"mw-content-text\"|class=\"[^\"]*\b(?:portable-infobox|"
                        r"mw-headline|infobox vevent|wikitable)\b|fandom\.com|wikia\.nocookie", re.I)
# A page that is Wikipedia's text ("From Wikipedia, the free encyclopedia", "This article is issued
# from Wikipedia") is a mirror; one that says it quotes Wikipedia ("Text from the English Wikipedia
# article …", a blog) declares a copy but stays what it is.
_MIRROR = re.compile(
    r"from wikipedia, the free encyclopedia|(?:this|the) (?:article|page) (?:is|was) (?:issued|taken|"
    r"copied|sourced|retrieved) from wikipedia|(?:all |the )?content (?:is )?(?:from|of) wikipedia\b", re.I)
_QUOTES_WIKIPEDIA = re.compile(
    r"(?:text|content|part|section|passage|article|excerpt)s? (?:\w+ ){0,3}(?:from|of|on) (?:the )?(?:english )?"
    r"wikipedia|wikipedia(?:®)? (?:article|contributors)|source\s*:\s*wikipedia|via wikipedia", re.I)
_BOX_OFFICE = re.compile(r"box[- ]office|박스\s*오피스|관객|admissions|ticket sales|weekend chart", re.I)
_BLOG_PLATFORMS = re.compile(r"wordpress|blogspot|blogger|tumblr|medium\.com|tistory|ghost\.io|substack", re.I)


def sniff(text: str) -> bool:
    """HTML that is not a wiki article page; or prose text none of the wiki text readers takes, not
    a table of data (CSV, JSON)."""
    if html.sniff(text):
        head = text[:300000]
        if _WIKI_HTML.search(head):
            # A mirror of Wikipedia keeps its markup; its own URL says it is a mirror.
            canonical = re.search(r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)", head, re.I) or \
                re.search(r"property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)", head, re.I)
            found = site_for_url(canonical.group(1)) if canonical else None
            return found is not None and found.kind == "wiki_mirror"
        return True
    stripped = text.lstrip()
    if not stripped or stripped[0] in "{[<" or wikitext.sniff(text) or plain_extract.sniff(text) \
            or rendered_wiki.sniff(text):
        return False
    lines = [line for line in text[:50000].split("\n") if line.strip()]
    if not lines:
        return False
    delimited = sum(1 for line in lines if (line.count(",") >= 3 and not re.search(r"[.!?]\s", line))
                    or line.count("\t") >= 3)
    if delimited > len(lines) / 2:
        return False
    # Prose: at least one sentence of some length, and more words than a note.
    words = sum(len(line.split()) for line in lines)
    return words >= 15 and any(len(line.split()) >= 8 and re.search(r"[.!?。”\"']\s*$|[.!?]\s", line)
                               for line in lines)


@dataclass(frozen=True)
class _Found:
    """Metadata as found on the page, before kind and site are settled."""

    headline: str
    byline: str
    published: str
    site_name: str
    urls: tuple[str, ...]
    language: str
    thread: bool
    blog_cue: bool
    all_text: str


def read(text: str, source: str) -> Document:
    if not text.strip():
        raise EmptyInput(f"{source}: the page is empty", hint="give a file that holds the page's text or HTML")
    if html.sniff(text):
        page_html = _html_page(text, source)
        sorted_lines = sort_lines(page_html.lines, thread_ok=page_html.thread, hard_wrapped=False)
        body_text, headings, tables = _html_body(page_html, sorted_lines)
        found = _Found(
            headline=page_html.headline or sorted_lines.headline, byline=page_html.byline or sorted_lines.byline,
            published=page_html.published or sorted_lines.published,
            site_name=page_html.site_name or (sorted_lines.site.name if sorted_lines.site else ""),
            urls=tuple(page_html.urls) + ((sorted_lines.url,) if sorted_lines.url else ()),
            language=page_html.language, thread=page_html.thread or len(sorted_lines.posts) >= 2,
            blog_cue=sorted_lines.blog_cue or "BlogPosting" in page_html.types
            or bool(_BLOG_PLATFORMS.search(text[:20000])),
            all_text=page_html.page_text)
    else:
        sorted_lines = sort_lines(normalize_text(text).split("\n"))
        body = body_of(sorted_lines)
        body_text, headings, tables = body.text, list(body.headings), list(body.tables)
        found = _Found(
            headline=sorted_lines.headline, byline=sorted_lines.byline, published=sorted_lines.published,
            site_name=sorted_lines.site.name if sorted_lines.site else sorted_lines.masthead,
            urls=(sorted_lines.url,) if sorted_lines.url else (), language="",
            thread=len(sorted_lines.posts) >= 2, blog_cue=sorted_lines.blog_cue, all_text=text)
    if source.startswith(("http://", "https://")):
        found = _with_url(found, source)
    if not body_text.strip() or not re.search(r"\w{2,}", body_text):
        raise UnreadableDocument(f"{source}: the page holds no article text",
                                 hint="save the article itself (not a menu, search or login page), as HTML or text")
    return _document(text, source, body_text, headings, tables, found, sorted_lines)


def _with_url(found: _Found, url: str) -> _Found:
    return _Found(found.headline, found.byline, found.published, found.site_name, (*found.urls, url),
                  found.language, found.thread, found.blog_cue, found.all_text)


def _html_page(text: str, source: str) -> HtmlPage:
    try:
        return read_html(text)
    except UnreadableDocument as err:
        raise UnreadableDocument(f"{source}: {err.message}", hint=err.hint) from None


def _html_body(page: HtmlPage, lines: PageLines) -> tuple[str, list[Heading], list[Table]]:
    """Text of the kept lines, with the walk's tables and headings moved to where their lines went."""
    body = body_of(lines)
    new_starts = [start for start, _, _ in lines_with_offsets(body.text)]
    tables = moved_tables(page, lines.origin, new_starts)
    at_line = {o: k for k, o in enumerate(lines.origin) if o >= 0}
    starts = page.line_starts
    headings = list(body.headings)
    for h in page.headings:
        line = next((i for i, s in enumerate(starts) if s == h.start), -1)
        if line in at_line and at_line[line] not in lines.posts:
            k = at_line[line]
            headings.append(Heading(new_starts[k], new_starts[k] + len(lines.kept[k]), h.level, h.title))
    return body.text, sorted(headings, key=lambda h: h.start), tables


def _site(found: _Found) -> Site | None:
    """The known site: from the page's URLs, then its stated name, then a name in its first lines."""
    for url in found.urls:
        if site := site_for_url(url):
            return site
    if found.site_name and (site := site_for_name(found.site_name)):
        return site
    return None


def _kind(site: Site | None, found: _Found, tables: list[Table], body: str) -> str:
    """The site's kind, a news page about box office refined to a report; else the page's cues."""
    if (site is None or site.kind == "wiki_mirror") and (
            _MIRROR.search(found.all_text[:5000]) or _MIRROR.search(found.all_text[-5000:])):
        return "wiki_mirror"
    chart = any(len(t.rows) >= 3 and any(_BOX_OFFICE.search(h) or re.search(r"(?i)rank|순위", h) for h in t.header)
                for t in tables)
    report = chart or bool(_BOX_OFFICE.search(found.headline))
    if site is not None:
        return "box_office_report" if site.kind == "news" and report else site.kind
    if found.thread:
        return "forum"
    if found.blog_cue:
        return "blog"
    return "box_office_report" if report else "news"


def _document(raw: str, source: str, body: str, headings: list[Heading], tables: list[Table], found: _Found,
              lines: PageLines) -> Document:
    site = _site(found)
    kind = _kind(site, found, tables, body)
    site_name = (site.name if site and (site.kind not in {"blog", "wiki_mirror"} or not found.site_name)
                 else found.site_name)
    if not site_name:
        host = next((h for u in found.urls if (h := host_of(u))), "")
        site_name = host.removeprefix("www.") if host else ""
    published = found.published
    agency = ""
    year_hint = next((d[:4] for u in found.urls if (d := date_in_url(u))), "")
    for line in body.split("\n")[:12]:
        when, agency = dateline(line, year_hint)
        if when or agency:
            published = published or when
            break
    if not site_name and agency and (by_agency := names_in(agency)):
        site_name = by_agency.name
    if not published and lines.posts:
        published = lines.posts[min(lines.posts)][1] if re.match(r"\d{4}-\d{2}", lines.posts[min(lines.posts)][1]) \
            else ""
    if not published:
        published = next((d for u in found.urls if (d := date_in_url(u))), "")
    sections = sections_from_headings(body, headings)
    with_sections = tuple(_in_section(t, sections) for t in tables)
    # "Exhuma - Wikiwand": a page title ends with its site's name, a headline does not.
    title = found.headline
    for name in {n for n in (site_name, found.site_name, site.name if site else "") if n}:
        title = re.sub(rf"\s+[-|–—:@]\s+{re.escape(name)}\s*$", "", title, flags=re.I)
    return Document(
        id=document_id(raw), source=source, format=FORMAT, kind=kind, site=site_name, text=body,
        language=found.language or main_language(body), title=title, published=published,
        byline=found.byline,
        declared_copies=("Wikipedia",) if kind == "wiki_mirror" or _QUOTES_WIKIPEDIA.search(body) else (),
        sections=sections, tables=with_sections,
    )


def _in_section(table: Table, sections: tuple[Section, ...]) -> Table:
    inner = max((s for s in sections if s.start <= table.start < s.end or (s.start == s.end == table.start)),
                key=lambda s: len(s.path), default=None)
    if inner is None or not inner.path:
        return table
    return Table(inner.path, table.header, table.rows, table.start, table.end, table.caption)


__all__ = ["FORMAT", "read", "sniff"]
