"""The buffer wikitext is rendered into, and the whitespace pass that makes it readable text.

Rendering writes raw text (markup already gone, whitespace as the wikitext had
it) and notes where links, references, fields, headings and table cells fall
in it. `Raw.finish` then lays the text out like a Wikipedia plain-text extract:

    prose lines of one paragraph    →  joined with spaces, one line per paragraph
    list items, table rows, fields  →  one line each (they are "hard" lines)
    headings                        →  two blank lines before `== Heading ==`
    item breaks (`<br>`, list items inside a value)  →  "; "

and maps every noted position through that pass, so each span points at the
same words in the final text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Citation

SEP = "\x1f"  # an item break inside one line: becomes "; " between items
# every horizontal space (ideographic, em, thin, …): a run of them is one space in the text, as a run of
# ASCII spaces is, so no pattern meets a long run of one kind the pass left
_SPACES = frozenset(" \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b"
                    "\u202f\u205f\u3000\r\f\v")
_RANK = {"": 0, " ": 1, "; ": 2, "\n": 3, "\n\n\n": 4}


@dataclass
class RawCell:
    """A table cell: its text and where it sits (raw offsets until `finish` maps them)."""

    text: str
    start: int
    end: int
    header: bool = False
    spanned: bool = False


@dataclass
class RawTable:
    rows: list[list[RawCell]]
    header_rows: int
    start: int
    end: int
    caption: str = ""


@dataclass
class Fragment:
    """Finished text with everything noted in it, at offsets into `text`."""

    text: str
    links: list[tuple[int, int, str]] = field(default_factory=list)
    cites: list[tuple[int, str, Citation | None]] = field(default_factory=list)
    fields: list[tuple[str, int, int]] = field(default_factory=list)
    ids: list[tuple[str, str]] = field(default_factory=list)
    headings: list[tuple[int, int, int, str]] = field(default_factory=list)
    tables: list[RawTable] = field(default_factory=list)


class Raw:
    """Raw rendered text plus what was noted in it, at raw offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.last = "\n"
        self.hard: set[int] = set()
        self.frag = Fragment("")

    def write(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.size += len(text)
            self.last = text[-1]

    def newline(self) -> None:
        if self.last != "\n":
            self.write("\n")

    def hard_line(self) -> None:
        """Start a line that stays a line of its own (a list item, a table row, a field)."""
        self.newline()
        self.hard.add(self.size)

    def heading(self, level: int, title: str) -> None:
        self.newline()
        start = self.size
        marks = "=" * (level + 1)
        self.write(f"{marks} {title} {marks}")
        self.frag.headings.append((start, self.size, level, title))
        self.write("\n")

    def cite(self, name: str, citation: Citation | None) -> None:
        self.frag.cites.append((self.size, name, citation))

    def splice(self, frag: Fragment) -> tuple[int, int]:
        """Write finished text, keeping what was noted in it; returns its raw span."""
        base = self.size
        self.write(frag.text)
        mine = self.frag
        mine.links.extend((s + base, e + base, t) for s, e, t in frag.links)
        mine.cites.extend((a + base, n, c) for a, n, c in frag.cites)
        mine.fields.extend((n, s + base, e + base) for n, s, e in frag.fields)
        mine.ids.extend(frag.ids)
        return base, self.size

    def text(self) -> str:
        return "".join(self.parts)

    def finish(self, inline: bool) -> Fragment:
        """Lay the text out (one line when `inline`) and map everything noted onto it."""
        raw = self.text()
        out, landed = layout(raw, self.hard, {h[0] for h in self.frag.headings}, inline)
        size = len(raw)
        ends = [0] * (size + 1)
        run = 0
        for i in range(size):
            ends[i] = run
            if landed[i] >= 0:
                run = landed[i] + 1
        ends[size] = run
        starts = [0] * (size + 1)
        nxt = len(out)
        starts[size] = nxt
        for i in range(size - 1, -1, -1):
            if landed[i] >= 0:
                nxt = landed[i]
            starts[i] = nxt

        def span(a: int, b: int) -> tuple[int, int]:
            s, e = starts[a], ends[b]
            return (s, e) if s < e else (ends[b], ends[b])

        f = self.frag
        result = Fragment(out, ids=list(f.ids))
        for a, b, target in f.links:
            s, e = span(a, b)
            if s < e:
                result.links.append((s, e, target))
        result.cites = [(ends[a], n, c) for a, n, c in f.cites]
        result.fields = [(n, *span(a, b)) for n, a, b in f.fields]
        result.headings = [(*span(a, b), level, title) for a, b, level, title in f.headings]
        for table in f.tables:
            rows = [[RawCell(c.text, *span(c.start, c.end), c.header, c.spanned) for c in row]
                    for row in table.rows]
            result.tables.append(RawTable(rows, table.header_rows, *span(table.start, table.end),
                                          table.caption))
        return result


def layout(raw: str, hard: set[int], headings: set[int], inline: bool) -> tuple[str, list[int]]:
    """The laid-out text and, for each raw character, where it landed (-1: dropped)."""
    out: list[str] = []
    size = 0
    landed = [-1] * len(raw)
    pending = ""
    previous = ""  # kind of the last non-blank line: prose, hard or heading

    pos = 0
    for line in raw.split("\n"):
        start = pos
        pos += len(line) + 1
        kind = "prose"
        if inline:
            if _RANK[pending] < 1:
                pending = " "
        else:
            if not line.strip("".join(_SPACES) + SEP):
                if previous == "prose":
                    previous = "blank"
                continue
            if start in headings:
                kind, want = "heading", "\n\n\n"
            elif start in hard:
                kind, want = "hard", "\n"
            else:
                want = " " if previous == "prose" else "\n"
            if _RANK[want] > _RANK[pending]:
                pending = want
        for i, ch in enumerate(line, start):
            if ch in _SPACES or ch == SEP:
                want = "; " if ch == SEP else " "
                if _RANK[want] > _RANK[pending]:
                    pending = want
                continue
            if pending:
                if size:
                    if pending == "; " and out[-1] in ";:,(":
                        pending = " "
                    out.append(pending)
                    size += len(pending)
                pending = ""
            landed[i] = size
            out.append(ch)
            size += 1
        if kind == "heading":
            pending = "\n"
        previous = kind
    return "".join(out), landed
