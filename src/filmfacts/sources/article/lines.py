"""Lines of an article page, plain text or from HTML, sorted into what the page is and what is furniture.

Both article readers end here: the text reader with the page's own lines, the HTML reader with the
lines its walk wrote. A page line is one of

- furniture: menus (`Home | News | Movies`), share and print buttons, "Advertisement", copyright
  lines, "Related articles" and the headlines listed under it, and everything after a comments
  widget ("Comments (12)", "Leave a reply") unless the page is itself a thread;
- metadata: "Published : March 1, 2013 - 17:32", "By Kim Hyun-jin", "Source: https://…";
- a post header in a thread: "Post 3 by moviefan » 2013-02-25 14:02", "moviefan wrote on 2013-02-25:";
- or text, kept. Lines hard-wrapped inside a paragraph are joined, so one paragraph is one line and
  sentences are split right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..page_meta import byline_in_line, is_updated_line, parse_date, published_in_line
from ..sites import Site, names_in

_SHARE = re.compile(
    r"^\s*(?:share(?: this(?: article| story| post)?)?|tweet|facebook|twitter|x|kakao(?:talk|story)?|line|"
    r"pinterest|linkedin|reddit|whatsapp|telegram|e-?mail|print|copy(?: link| url)?|font ?size|"
    r"[-+]|a\+?|a-|listen|save|bookmark|subscribe|sign (?:in|up)|log ?in|register|menu|search|close|"
    r"advertisement|sponsored|ad|top|back to top|go to top|more|read more|continue reading|"
    r"like|reply|quote|report|permalink|공유|기사\s*공유|스크랩|인쇄|글자\s*크기|구독|광고)\s*+[:.!]?\s*+$", re.I)
_SHARE_ROW = re.compile(r"^(?:\s*+(?:share|tweet|facebook|twitter|kakao\w*|e-?mail|print|pinterest|linkedin|"
                        r"whatsapp|reddit|copy link)\s*+[|·•/,]?)+\s*+$", re.I)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b|all rights reserved|무단\s*전재|저작권자)", re.I)
_RELATED = re.compile(
    r"^\s*(?:related(?: articles?| stories| posts| news| links| coverage)?|more (?:from|stories|news|on)\b.*|"
    r"most (?:read|popular|viewed)(?: articles?| stories)?|popular (?:articles?|stories|posts)|"
    r"recommended(?: articles?| stories| for you)?|you (?:may|might) also like|read (?:also|next)|"
    r"see also|trending(?: now)?|latest (?:news|stories|articles)|top stories|관련\s*기사|많이\s*본\s*기사|"
    r"tags?\s*:.*|categories\s*:.*|filed under\s*:?.*)\s*+:?\s*+$", re.I)
_COMMENTS = re.compile(
    r"^\s*(?:\d+\s+)?(?:comments?|responses?|replies)\s*+(?:\(\d+\)|\d+)?\s*+:?\s*+$|^\s*leave a (?:reply|comment)\b|"
    r"^\s*(?:add|post|write) a comment\b|^\s*댓글\s*(?:\(?\d+\)?)?\s*$", re.I)
_URL_LINE = re.compile(r"^\s*(?:(?:source|url|link|original(?: article)?|canonical|from)\s*[:：]\s*)?"
                       r"(?P<url>(?:https?://|www\.)\S+)\s*$", re.I)
_MENU_SPLIT = re.compile(r"(?<!\s)\s*+(?:\||·|•|›|»|>|/)\s*+")
_SENTENCE_END = re.compile(r"[.!?。\"'”’)\]:;]\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\d{1,3}[.)])\s+")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:KST|UTC|GMT)\b", re.I)
_POST_NOISE = re.compile(r"^(?:post|posted|#\d+|no\.?\s*\d+|re:?|on|at|by|wrote|said|says|replied|»|\||-|—|–|·|,|:|"
                         r"\d+|[a-z]{3}|mon|tue|wed|thu|fri|sat|sun)$", re.I)


@dataclass
class PageLines:
    """What the sorting found: the kept lines (one paragraph each), and the page's own metadata."""

    kept: list[str] = field(default_factory=list)
    origin: list[int] = field(default_factory=list)  # per kept line: its index in the input, -1 if joined
    posts: dict[int, tuple[str, str]] = field(default_factory=dict)  # kept index → (user, ISO date or text)
    headline: str = ""
    byline: str = ""
    published: str = ""
    published_late: str = ""  # a publication date found only after the page's first paragraphs
    url: str = ""
    site: Site | None = None
    blog_cue: bool = False
    masthead: str = ""


def is_menu(line: str) -> bool:
    """`Home | News | Entertainment | Movies`: three or more short items, no figures."""
    parts = [p for p in _MENU_SPLIT.split(line.strip()) if p]
    # "Entertainment > Film", "Entertainment | Film": a breadcrumb of short items.
    crumbs = bool(re.search(r"\s[>›»]\s", line)) or (len(line) <= 40 and all(len(p.split()) <= 2 for p in parts))
    return len(parts) >= (2 if crumbs else 3) and all(len(p.split()) <= 3 for p in parts) and not re.search(r"\d", line)


def is_furniture(line: str) -> bool:
    return bool(_SHARE.match(line) or _SHARE_ROW.match(line)) or (
        bool(_COPYRIGHT.search(line)) and len(line) < 200)


def post_header(line: str) -> tuple[str, str] | None:
    """(user, date) when a short line heads a post: a date (or date and time) and a user name, and
    little else."""
    if len(line) > 110 or (_SENTENCE_END.search(line.rstrip(":")) and not line.rstrip().endswith(":")):
        return None
    when = parse_date(line)
    if not when or (published_in_line(line) and re.match(r"\s*\w+\s*[:：]", line)) or is_updated_line(line):
        return None  # "Published : …", "Updated : …" label the page, not a post
    if m := re.search(r"\bby\s+([\w.-]{2,30})", line, re.I):
        return m.group(1), when
    if m := re.match(r"^\s*(?:#\d+\s*)?([\w.-]{2,30})\s+(?:wrote|said|posted|replied|says)\b", line, re.I):
        return m.group(1), when
    rest = _TIME.sub(" ", line)
    rest = re.sub(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?|\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일|"
                  r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}",
                  " ", rest)
    words = [w for w in re.split(r"[\s|»·—–,]+", rest) if w and not _POST_NOISE.match(w)]
    if 1 <= len(words) <= 2 and all(re.fullmatch(r"[\w.@-]{2,30}", w) for w in words):
        return words[0], when
    return None


def _wrapped(line: str, following: str) -> bool:
    """Whether `line` was hard-wrapped and goes on in `following`."""
    return (len(line) >= 50 and not _SENTENCE_END.search(line) and bool(following)
            and not _LIST_ITEM.match(following) and not any(x.lstrip().startswith("|") for x in (line, following))
            and "\t" not in line and "\t" not in following)


def sort_lines(lines: list[str], *, thread_ok: bool = True, hard_wrapped: bool = True,
               keep: frozenset[int] | set[int] = frozenset()) -> PageLines:
    """Sort a page's lines (see the module doc). `thread_ok=False` when the page is known not to be a
    thread, so dated short lines are never taken for posts; `hard_wrapped=False` when each line is a
    block of an HTML page, never a paragraph broken by a saved text's line length (an HTML headline
    has no full stop and must not swallow the paragraph under it). The lines in `keep` (a film's
    labelled lines, `labels.block_lines`) are kept as they are: not furniture, headline, date or post."""
    def wrapped(line: str, following: str) -> bool:
        return hard_wrapped and _wrapped(line, following)

    page = PageLines()
    headers = {i: h for i, line in enumerate(lines) if thread_ok and i not in keep and (h := post_header(line))}
    thread = len(headers) >= 2
    kept: list[str] = []
    origin: list[int] = []
    in_related = False
    prose_seen = False
    headline_done = False
    seen_text = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            in_related = False
            if kept and kept[-1]:
                kept.append("")
                origin.append(i)
            continue
        if i in keep:
            in_related = False
            kept.append(line)
            origin.append(i)
            seen_text = True
            continue
        if thread and i in headers:
            in_related = False
            page.posts[len(kept)] = headers[i]
            kept.append(line)
            origin.append(i)
            seen_text = True
            continue
        if m := _URL_LINE.match(line):
            page.url = page.url or m.group("url")
            continue
        if _COMMENTS.match(line) and not thread:
            break  # a comments widget: what follows is readers' comments, not the page
        if _RELATED.match(line):
            in_related = True
            continue
        if in_related and ((len(line) < 140 and not _SENTENCE_END.search(line)) or len(line.split()) <= 14):
            continue  # a headline listed under "Related articles"
        in_related = False
        if is_furniture(line):
            if _COPYRIGHT.search(line) and (site := names_in(line)):
                page.site = page.site or site
            continue
        if not line.startswith("|") and "\t" not in line and is_menu(line):
            continue
        if len(line) <= 160:
            if when := published_in_line(line):
                headline_done = headline_done or bool(page.headline)
                if prose_seen:
                    # a date under the text (a footer, a comment's time) is weaker than the address's
                    page.published_late = page.published_late or when
                else:
                    page.published = page.published or when
                if re.match(r"\s*posted\b", line, re.I):
                    page.blog_cue = True
                if who := byline_in_line(line):
                    page.byline = page.byline or who
                continue
            if is_updated_line(line):
                continue
            if not page.byline and not prose_seen and len(line) <= 80 and (who := byline_in_line(line)):
                page.byline = who
                headline_done = headline_done or bool(page.headline)
                if re.search(r"\bposted\b", line, re.I):
                    page.blog_cue = True
                continue
        if not seen_text and not page.site and len(line.split()) <= 5 and (site := names_in(line)) \
                and len(line) <= len(site.name) + 12:
            page.site = site  # a masthead line naming the site
            continue
        # The headline is the last title-like line before the byline, the date or the first paragraph;
        # a short one above it is the site's masthead.
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if not headline_done and not _SENTENCE_END.search(line.rstrip("'\"”’")) and len(line) <= 200 \
                and not wrapped(line, following):
            if page.headline and len(page.headline.split()) <= 6:
                page.masthead = page.headline
            page.headline = re.sub(r"(?i)^(?:thread|topic|subject|re)\s*:\s*", "", line)
        else:
            headline_done = True
        seen_text = True
        prose_seen = prose_seen or len(line) > 160 or (len(line.split()) > 12 and bool(_SENTENCE_END.search(line)))
        if (kept and kept[-1] and len(kept) - 1 not in page.posts and origin[-1] not in keep
                and wrapped(kept[-1], line)):
            kept[-1] = kept[-1].rstrip() + " " + line
            origin[-1] = -1  # no longer a line of the input as it was
            continue
        kept.append(line)
        origin.append(i)
    while kept and not kept[-1]:
        kept.pop()
        origin.pop()
    page.kept, page.origin = kept, origin
    return page


__all__ = ["PageLines", "is_furniture", "is_menu", "post_header", "sort_lines"]
