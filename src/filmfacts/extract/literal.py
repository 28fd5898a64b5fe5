"""Where a title or a name a page gave occurs in its text, without compiling a pattern for it.

`re.finditer(rf"(?<![\\w'’]){re.escape(title)}(?![\\w])", text)` compiles a new pattern for every
title of every page (Python's cache of 512 patterns does not hold them: each page brings new ones),
and compiling was 40% of extracting a dataset row, more than matching. These find the same spans in
the same order with `str.find` and the same boundary tests (`\\w` is `str.isalnum()` or `_` in
`re`'s Unicode mode):

    word_spans(text, "Steel Rain")                   # (?<![\\w'’])Steel Rain(?![\\w])
    followed_by(text, "Ne Zha", TAIL)                # (?<![\\w'’])Ne Zha + TAIL, TAIL precompiled
    whole_lines(text, "Exhuma")                      # (?m)^[ \\t]*Exhuma[ \\t]*$
"""

from __future__ import annotations

import re
from collections.abc import Iterator

NAME_MARKS = "'’"  # a name's own characters beside word characters: "O'Brien", "Schindler’s"


def _wordish(ch: str, extra: str) -> bool:
    return ch.isalnum() or ch == "_" or ch in extra


def word_spans(text: str, word: str, *, not_before: str = NAME_MARKS) -> Iterator[tuple[int, int]]:
    """The spans `re.finditer(rf"(?<![\\w{not_before}]){re.escape(word)}(?![\\w])", text)` gives."""
    if not word:
        yield from ((m.start(), m.end()) for m in
                    re.finditer(rf"(?<![\w{re.escape(not_before)}]){re.escape(word)}(?![\w])", text))
        return
    size, pos = len(word), 0
    while (start := text.find(word, pos)) >= 0:
        end = start + size
        if (start and _wordish(text[start - 1], not_before)) or (end < len(text) and _wordish(text[end], "")):
            pos = start + 1
            continue
        yield start, end
        pos = end


def followed_by(text: str, word: str, tail: re.Pattern[str], *, ignore_case: bool = False
                ) -> Iterator[tuple[int, re.Match[str]]]:
    """The matches of `(?<![\\w'’])WORD` + `tail.pattern` (`(?i:WORD)` with `ignore_case`), as
    `re.finditer` gives them: each as its start and the tail's match (whose end is the match's)."""
    own = re.compile(rf"(?<![\w{NAME_MARKS}])(?i:{re.escape(word)})") if ignore_case or not word else None
    pos = 0
    while True:
        if own is not None:
            found = own.search(text, pos)
            if found is None:
                return
            start, end = found.start(), found.end()
        else:
            start = text.find(word, pos)
            if start < 0:
                return
            end = start + len(word)
            if start and _wordish(text[start - 1], NAME_MARKS):
                pos = start + 1
                continue
        m = tail.match(text, end)
        if m is None:
            pos = start + 1
            continue
        yield start, m
        pos = m.end() if m.end() > start else start + 1


def whole_lines(text: str, line: str) -> Iterator[tuple[int, int]]:
    """The spans `re.finditer(rf"(?m)^[ \\t]*{re.escape(line)}[ \\t]*$", text)` gives, for a `line`
    with no space or tab at either end (a stripped title)."""
    if not line or "\n" in line or line != line.strip(" \t") or line not in text:
        yield from ((m.start(), m.end()) for m in re.finditer(rf"(?m)^[ \t]*{re.escape(line)}[ \t]*$", text))
        return
    start = 0
    for row in text.split("\n"):
        if row.strip(" \t") == line:
            yield start, start + len(row)
        start += len(row) + 1
