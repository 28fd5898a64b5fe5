"""Turns the article part of a rendered wiki page into text shaped like a Wikipedia extract.

Paragraphs and list items become lines, `<h2>Cast</h2>` becomes `== Cast ==`
(one more `=` per level), and every link and reference marker keeps the offset
it has in the final text. Reference markers like `[12]` leave the text but are
remembered as (offset, note id) so citations can be anchored where they stood.

    >>> b = TextBuilder()
    >>> b.add("Directed by ")
    >>> b.add("Ventura Pons", link="Ventura Pons")
    >>> b.end_line()
    (0, 24)
    >>> b.text(), b.links
    ('Directed by Ventura Pons', [(12, 24, 'Ventura Pons')])
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

_SPACE = re.compile(r"\s+")

BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "blockquote", "center", "ul", "ol", "li", "dl", "dt", "dd",
    "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figure", "figcaption", "aside", "header",
    "footer", "nav", "form", "hr", "body", "tbody", "tr", "td", "th", "thead", "tfoot", "caption",
})
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "img", "iframe", "button",
                       "input", "select", "textarea", "link", "meta", "head", "video", "audio"})
# What a page runs or draws, never what it says (JSON-LD is the page's metadata, read as such)
_CODE = "script:not([type='application/ld+json']), style, template"


def drop_code(tree: LexborHTMLParser) -> None:
    """Take scripts, styles and templates out of a parsed page, so no text of theirs reaches a title,
    a headline or a quote (`<h1>Parasite<script>…</script></h1>` is "Parasite")."""
    for node in tree.css(_CODE):
        node.decompose()


_BREAKING = frozenset({"p", "div", "dd", "dt", "dl", "ul", "ol", "li", "tr", "td", "th", "table"})
_HIDDEN = re.compile(r"display\s*:\s*none", re.I)
_NOTE_HREF = re.compile(r"#(cite_note-.+)$")
_SKIP_NAMESPACES = ("File:", "Image:", "Special:", "Help:", "Template:", "Template talk:", "Talk:",
                    "Category:", "Wikipedia:", "Portal:", "User:", "MediaWiki:")


def clean(text: str) -> str:
    """NFC text with every run of whitespace (also non-breaking) as one space."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text.replace("\xa0", " ")))


def is_hidden(node: LexborNode) -> bool:
    style = node.attributes.get("style") or ""
    return bool(style) and bool(_HIDDEN.search(style))


def classes(node: LexborNode) -> set[str]:
    return set((node.attributes.get("class") or "").split())


def wiki_target(href: str) -> str:
    """The page a wiki link points to (`//en.wikipedia.org/wiki/Gene_Hackman` → `Gene Hackman`), or ""."""
    if not href or href.startswith("#"):
        return ""
    try:
        parts = urlsplit(href)
    except ValueError:  # "//[oops/wiki/X": not an address
        return ""
    path = parts.path
    if "/wiki/" not in path or (parts.query and "action=" in parts.query):
        return ""
    title = unquote(path.split("/wiki/", 1)[1]).replace("_", " ").strip()
    if not title or title.startswith(_SKIP_NAMESPACES):
        return ""
    return title


@dataclass
class TextBuilder:
    """Accumulates lines with offsets; the current line is built from inline pieces.

    Whitespace is collapsed as pieces arrive, so offsets recorded while adding
    stay true in the final text.
    """

    parts: list[str] = field(default_factory=list)
    pos: int = 0
    line: list[str] = field(default_factory=list)
    line_len: int = 0
    links: list[tuple[int, int, str]] = field(default_factory=list)
    markers: list[tuple[int, str]] = field(default_factory=list)
    _pending_links: list[tuple[int, int, str]] = field(default_factory=list)
    _pending_markers: list[tuple[int, str]] = field(default_factory=list)
    _last_space: bool = True
    _sep: str = ""
    _mark: int | None = 0

    def add(self, text: str, link: str = "") -> None:
        text = clean(text)
        if not text.strip():
            if text and not self._last_space:
                self.line.append(" ")
                self.line_len += 1
                self._last_space = True
            return
        if self._sep:
            last = self.line[-1].rstrip(" ")
            self.line_len -= len(self.line[-1]) - len(last)
            self.line[-1] = last
            self.line.append(self._sep)
            self.line_len += len(self._sep)
            self._last_space = self._sep.endswith(" ")
            self._sep = ""
        if self._last_space:
            text = text.lstrip(" ")
        start = self.line_len
        if self._mark is None:
            self._mark = start
        self.line.append(text)
        self.line_len += len(text)
        self._last_space = text.endswith(" ")
        if link:
            end = self.line_len - (1 if self._last_space else 0)
            if end > start:
                self._pending_links.append((start, end, link))

    def sep(self, separator: str) -> None:
        """Separate what is added next from the line so far (`; ` between list items); dropped
        when nothing follows."""
        if self.line_len:
            self._sep = separator

    def append_run(self, run: TextBuilder) -> tuple[int, int, str]:
        """Append the current line of `run` (a cell or value rendered on its own) to this line,
        with its links and markers; returns its (start, end) in this line and its text."""
        text = "".join(run.line).rstrip(" ")
        if text and not self._last_space:
            self.add(" ")
        start = self.line_len
        if text:
            self.line.append(text)
            self.line_len += len(text)
            self._last_space = False
        for s, e, target in run._pending_links:
            if s < len(text):
                self._pending_links.append((start + s, start + min(e, len(text)), target))
        for at, note in run._pending_markers:
            self._pending_markers.append((start + min(at, len(text)), note))
        return start, start + len(text), text

    def open_link(self) -> None:
        self._mark = None

    def close_link(self, target: str) -> None:
        """Record a link over the text added since `open_link` (trailing space excluded)."""
        if self._mark is not None:
            end = self.line_len - (1 if self._last_space else 0)
            if end > self._mark:
                self._pending_links.append((self._mark, end, target))
        self._mark = 0

    def marker(self, note: str) -> None:
        """A reference marker at the current end of the line (trailing space excluded)."""
        self._pending_markers.append((self.line_len - (1 if self._last_space and self.line else 0), note))

    @property
    def offset(self) -> int:
        """Where the next piece added to the current line will start in the text."""
        return self.pos + (len("\n") if self.parts else 0) + self.line_len

    def end_line(self) -> tuple[int, int] | None:
        """Emit the current line (if any text) and return its (start, end) in the text."""
        line = "".join(self.line).rstrip(" ")
        span: tuple[int, int] | None = None
        if line:
            if self.parts:
                self.parts.append("\n")
                self.pos += 1
            start = self.pos
            self.parts.append(line)
            self.pos += len(line)
            span = (start, self.pos)
            for s, e, target in self._pending_links:
                if s < len(line):
                    self.links.append((start + s, start + min(e, len(line)), target))
            for at, note in self._pending_markers:
                self.markers.append((start + max(0, min(at, len(line))), note))
        elif self._pending_markers:
            for _, note in self._pending_markers:
                self.markers.append((self.pos, note))
        self.line, self.line_len, self._last_space, self._sep = [], 0, True, ""
        self._pending_links, self._pending_markers = [], []
        return span

    def blank(self) -> None:
        """A blank line before the next line (used before headings)."""
        self.end_line()
        if self.parts and self.parts[-1] != "\n":
            self.parts.append("\n")
            self.pos += 1

    def text(self) -> str:
        self.end_line()
        return "".join(self.parts)


def inline(node: LexborNode, out: TextBuilder, *, breaks: str = " ") -> None:
    """Add a node's visible text to the current line; `<br>` and list items become `breaks`."""
    for child in node.iter(include_text=True):
        inline_node(child, out, breaks=breaks)


def inline_node(node: LexborNode, out: TextBuilder, *, breaks: str = " ") -> None:
    """Add one node (element or text) to the current line, recording links and reference markers."""
    tag = node.tag
    if tag == "-text":
        out.add(node.text_content or "")
        return
    if tag in SKIP_TAGS or tag == "-comment" or is_hidden(node):
        return
    cls = classes(node)
    if tag == "sup" and "reference" in cls:
        link = node.css_first("a")
        m = _NOTE_HREF.search(link.attributes.get("href") or "") if link else None
        if m:
            out.marker(m.group(1))
        return
    if cls & {"mw-editsection", "noprint", "sortkey", "Z3988", "mw-cite-backlink"}:
        return
    if tag == "br":
        out.sep(breaks)
        return
    if tag in _BREAKING:
        out.sep(breaks)
    target = wiki_target(node.attributes.get("href") or "") if tag == "a" else ""
    if target:
        out.open_link()
    inline(node, out, breaks=breaks)
    if target:
        out.close_link(target)
    if tag in _BREAKING:
        out.sep(breaks)
