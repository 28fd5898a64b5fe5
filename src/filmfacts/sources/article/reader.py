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

from ...errors import EmptyInput, UnreadableDocument
from ...model import Document, Section, Table, document_id, normalize_text
from ..labels import block_lines, find_fields
from ..layout import Heading, carve, lines_with_offsets, main_language, sections_from_headings
from ..page_meta import date_in_url, dateline, title_in_url
from ..saved_page import split_saved
from ..sites import WIKIPEDIA_BANNER, Site, host_of, names_in, site_for_name, site_for_url
from ..wiki import html, plain_extract, rendered_wiki, wikitext
from .html import HtmlPage, moved_tables, read_html
from .lines import PageLines, sort_lines
from .text import body_of

FORMAT = "article"

_WIKI_HTML = re.compile(r"mw-parser-output|id=\"mw-content-text\"|class=\"[^\"]*\b(?:portable-infobox|"
                        r"mw-headline|infobox vevent|wikitable)\b|fandom\.com|wikia\.nocookie", re.I)
# A page that is Wikipedia's text (its banner) is a mirror; one that says it quotes Wikipedia ("Text from
# the English Wikipedia article …", a blog) declares a copy but stays what it is.
_MIRROR = WIKIPEDIA_BANNER
# A copy of an encyclopedia's film article: its infobox's labels, written as Wikipedia writes them …
_WIKI_LABELS = re.compile(
    r"^[ \t|•*-]*(?P<label>Directed by|Produced by|Written by|Screenplay by|Story by|Based on|Starring|Music by|"
    r"Cinematography|Edited by|Production\s+compan(?:y|ies)|Distributed by|Release dates?|Running time|Countries|"
    r"Country|Languages?|Budget|Box office|Hangul|Hanja|Revised Romanization|Traditional Chinese|Kanji)"
    r"(?![a-z])", re.M)
# … or its defining sentence opening a paragraph: "Parasite (Korean: 기생충) is a 2019 South Korean … film".
_DEFINING = re.compile(r"^(?:[^\n.!?()\"“]|\.(?!\s)|\([^()\n]*\)){1,200}?\s(?:is|was)\san?\s(?:19|20)\d\d\s"
                       r"(?:[^\s.!?]+\s){0,10}?(?:film|movie)\b", re.M)
# An address that says it is a blog: a blog host (`blog.example.com`, `wp.example.com`), a /blog/ path,
# a blog platform's post address on a site of its own (`/entry/…`: Tistory), or a review on a site that
# is not a known publication (`/reviews/…`, `…review.co.uk`, `…-리뷰`).
_BLOG_URL = re.compile(r"^[a-z]+://(?:[^/]*\.)?(?:blog|blogs|wp)\.|^[a-z]+://[^/]*(?:blog|review)[^/]*/|/blogs?/|"
                       r"/user[_ ]blog:|^[a-z]+://[^/]+/entry/|"
                       r"/reviews?/|%EB%A6%AC%EB%B7%B0|%ED%9B%84%EA%B8%B0", re.I)
# An address that says it is a discussion: a community, board or thread.
_FORUM_URL = re.compile(r"/(?:community|forums?|boards?|bbs|threads?|topics?|comments?|discussions?|cafe)(?=[/?#.]|$)|"
                        r"showthread\.php|viewtopic\.php|[?&](?:boardseq|bo_table|threadid|topicid)=", re.I)
# The writer speaking of themselves, outside quotations: a post, not a report.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|myself)\b")
_DEFINING_CJK = re.compile(r"^[^\n]{1,60}?[』》」]\s*(?:[（(][^）)\n]*[）)])?\s*(?:は|是|은|는)"
                           r"[^\n]{0,80}?(?:19|20)\d\d\s*[年년][^\n]{0,60}?(?:映画|電影|电影|영화)", re.M)
_WIKI_URL = re.compile(r"/wiki/|[./]wiki[^/]*\.|wikipedia|\bwiki\b", re.I)
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
    # a CSV row has three commas or tabs that are not thousands separators ("2,260,191")
    delimited = sum(1 for line in lines if (re.sub(r"(?<=\d),(?=\d{3})", "", line).count(",") >= 3
                                            and not re.search(r"[.!?]\s", line)) or line.count("\t") >= 3)
    if delimited > len(lines) / 2:
        return False
    # Prose: at least one sentence of some length, and more words than a note. Chinese and Japanese
    # put no spaces between words: two of their characters count as a word.
    words = sum(_words(line) for line in lines)
    return words >= 15 and any(_words(line) >= 8 and re.search(r"[.!?。！？”」』\"']\s*$|[.!?。！？]\s?", line)
                               for line in lines)


_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _words(line: str) -> int:
    cjk = len(_CJK_CHAR.findall(line))
    return len(line.split()) + cjk // 2


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
        saved = split_saved(normalize_text(text))
        lines = saved.text.split("\n")
        sorted_lines = sort_lines(lines, keep=block_lines(lines))
        body = body_of(sorted_lines)
        body_text, headings, tables = body.text, list(body.headings), list(body.tables)
        found = _Found(
            headline=sorted_lines.headline, byline=sorted_lines.byline,
            published=saved.published or sorted_lines.published,
            site_name=sorted_lines.site.name if sorted_lines.site else sorted_lines.masthead,
            urls=tuple(u for u in (saved.url, sorted_lines.url) if u), language="",
            thread=len(sorted_lines.posts) >= 2, blog_cue=sorted_lines.blog_cue, all_text=saved.text)
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


def _copies_an_encyclopedia(found: _Found, body: str) -> bool:
    """Whether a page on a site we do not know is an encyclopedia's film article copied: an
    encyclopedia's banner, a wiki's address, its infobox labels (five or more), or its defining
    sentence opening one of the first paragraphs of a page that names no author and no date."""
    if _MIRROR.search(found.all_text[:5000]) or _MIRROR.search(found.all_text[-5000:]):
        return True
    if any(_WIKI_URL.search(u) for u in found.urls):
        return True
    if len({re.sub(r"\s+", " ", m.group("label")).casefold() for m in _WIKI_LABELS.finditer(body[:8000])}) >= 5:
        return True
    head = "\n".join([p for p in body.split("\n") if p.strip()][:6])
    return bool(_DEFINING.search(head) or _DEFINING_CJK.search(head)) and not found.byline and not found.published


def _kind(site: Site | None, found: _Found, tables: list[Table], body: str) -> str:
    """The site's kind, a news page about box office refined to a report; else the page's cues."""
    if any(re.search(r"/user[_ ]blog:", u, re.I) for u in found.urls):
        return "blog"  # a user's blog post on a wiki
    if site is None and any(_FORUM_URL.search(u) for u in found.urls):
        return "forum"
    if site is None and any(_BLOG_URL.search(u) for u in found.urls):
        return "blog"
    if (site is None or site.kind == "wiki_mirror") and _copies_an_encyclopedia(found, body):
        return "wiki_mirror"
    chart = any(len(t.rows) >= 3 and any(_BOX_OFFICE.search(h) or re.search(r"(?i)rank|순위", h) for h in t.header)
                for t in tables)
    report = chart or bool(_BOX_OFFICE.search(found.headline))
    if site is not None:
        return "box_office_report" if site.kind == "news" and report else site.kind
    if found.thread:
        return "forum"
    if found.blog_cue or len(_FIRST_PERSON.findall(re.sub(r"[\"“][^\"”\n]{0,400}[\"”]", " ", body))) >= 3:
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
    if not published and lines.posts and found.thread:
        published = lines.posts[min(lines.posts)][1] if re.match(r"\d{4}-\d{2}", lines.posts[min(lines.posts)][1]) \
            else ""
    if not published:
        published = next((d for u in found.urls if (d := date_in_url(u))), "") or lines.published_late
    fields, blocks = find_fields(body)
    # a film's labelled lines written as pipe rows are its infobox, not a table of figures
    tables = [t for t in tables if not any(s <= t.start < e for s, e in blocks)]
    sections = carve(sections_from_headings(body, headings), blocks)
    with_sections = tuple(_in_section(t, sections) for t in tables)
    # "Exhuma - Wikiwand": a page title ends with its site's name, a headline does not. A wiki page's
    # address names it where its saved text lost its title ("User Rating" heads an AsianWiki profile).
    title = found.headline
    if kind in ("encyclopedia", "wiki_mirror", "fan_wiki") and (
            named := next((t for u in found.urls if (t := title_in_url(u))), "")):
        title = named
    elif kind in ("encyclopedia", "wiki_mirror", "fan_wiki") and (m := re.match(
            r"^(?P<page>.+?)\s+[-–—:]\s+(?P<part>[^-–—:]{2,40})$", lines.masthead or title)) and \
            re.search(rf"(?m)^\s*{re.escape(m.group('part'))}\s*$", body[:3000]):
        title = m.group("page")  # "Memories of Murder - Reception" over its "Reception" section: the page's film
    for name in {n for n in (site_name, found.site_name, site.name if site else "") if n}:
        title = re.sub(rf"\s+[-|–—:@]\s+{re.escape(name)}\s*$", "", title, flags=re.I)
    return Document(
        id=document_id(raw), source=source, format=FORMAT, kind=kind, site=site_name, text=body,
        language=found.language or main_language(body), title=title, published=published,
        byline=found.byline, url=next(iter(found.urls), ""),
        declared_copies=("Wikipedia",) if kind == "wiki_mirror" or _QUOTES_WIKIPEDIA.search(body) else (),
        sections=sections, tables=with_sections, fields=tuple(fields),
    )


def _in_section(table: Table, sections: tuple[Section, ...]) -> Table:
    inner = max((s for s in sections if s.start <= table.start < s.end or (s.start == s.end == table.start)),
                key=lambda s: len(s.path), default=None)
    if inner is None or not inner.path:
        return table
    return Table(inner.path, table.header, table.rows, table.start, table.end, table.caption)


__all__ = ["FORMAT", "read", "sniff"]
