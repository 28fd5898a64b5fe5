"""Matches of a pattern that opens with an unbounded run of words, in time linear in the text.

A pattern such as `(?P<who>NAMES)\\s+(?:star|co-star)\\b` ("A, B and C star") or `(?P<t>PHRASE),
which opened` is tried by `re` at every place in the text, and from each it reads the run (a list of
names, a title's words) to its end before it finds that no `star` follows: a line of 10,000 names
costs 10,000 reads of the rest of the line, the square of its length.

`Opening` finds the same matches in the same order (`finditer`, exactly) by looking first for the
places where the rest of the pattern (its tail) matches: a match's run ends at one of them, and holds
only the run's characters, so a start is tried only in the stretch of run characters before such a
place, and each start at most once. A text with no tail anywhere costs one pass; the cost is still
the square of a run's length only when a run that long is followed by its tail and no start in it
matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

# A run of characters: (the pattern's opening group, what it can hold as a character class body,
# what its first character is).
Run = tuple[str, str, str]


class Opening:
    """`pattern`, written as `head` + tail, where `head` (a named group of a run) can hold only the
    characters of the character class body `chars` and starts with one matching `first`."""

    def __init__(self, pattern: re.Pattern[str], head: str, chars: str, first: str) -> None:
        if not pattern.pattern.startswith(head) or pattern.flags & re.IGNORECASE:
            raise ValueError(f"{pattern.pattern[:40]!r} does not start with its run, or ignores case")
        tail = pattern.pattern[len(head):]
        self.pattern = pattern
        # a run ends on a character of its own that is no space
        self._tails = re.compile(rf"(?<=[{chars}])(?<!\s)(?={tail})", pattern.flags)
        self._breaks = re.compile(rf"[^{chars}]")
        self._first = re.compile(first)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        tails = [m.start() for m in self._tails.finditer(text)]
        if not tails:
            return
        breaks = [m.start() for m in self._breaks.finditer(text)]
        pos = 0
        i = 0
        while i < len(tails):
            end = tails[i]
            if end <= pos:  # a match's run is not empty: it ends after where the search is
                i += 1
                continue
            # a run ending at `end` starts after the last character no run holds
            b = bisect_left(breaks, end) - 1
            start = max(pos, breaks[b] + 1 if b >= 0 else 0)
            for f in self._first.finditer(text, start, end):
                if m := self.pattern.match(text, f.start()):
                    yield m
                    pos = m.end()
                    break
            else:
                pos = end  # no start before `end` matches, whatever tail it would reach


def finditer(pattern: re.Pattern[str], text: str, runs: tuple[Run, ...]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, through `Opening` when the pattern starts with one of `runs`."""
    opening = _opening(pattern, runs)
    return opening.finditer(text) if opening else pattern.finditer(text)


@lru_cache(maxsize=512)
def _opening(pattern: re.Pattern[str], runs: tuple[Run, ...]) -> Opening | None:
    for head, chars, first in runs:
        if pattern.pattern.startswith(head) and not pattern.flags & re.IGNORECASE:
            return Opening(pattern, head, chars, first)
    return None
