"""Limits on what one input may hold, so no file can make a build take hours or all the memory.

    document   bytes of one document: a file, a dump page, a dataset row      --max-document-mb
    line       characters in one line of a document's text                    --max-line
    word       letters in one word (a run of Latin letters, digits and joiners) --max-word
    depth      nesting of arrays and objects in a film row (JSON)             --max-depth
    claims     claims one document may give                                   --max-claims
    link       documents a build links at once to record identities           --link-at-once

The extractors' cost grows with a line's length (they look at whole sentences and lines), so the
line limit is what keeps a build's time in proportion to its input, and the word limit what keeps it
so inside a line: a name or a title is read word by word from each capital, so a "word" of 40,000
letters ("ParasiParasi…", an encoded blob) is read again from each of its capitals; the defaults are far above
anything a real page holds (the 345 pages of `bench/corpus` have lines under 2,000 characters, a
whole Wikipedia article about 1 MB of HTML). A build sets them with `limited(Limits(...))`; readers
ask `current()`. Each refusal is a `LimitExceeded` naming the limit and its flag. (HTML and wikitext
nested thousands of levels deep are refused by their readers, whatever the limits.)

`link` refuses nothing: it is the most documents the first build of a store (or one after documents
were read again, or another filmfacts built it) links in one piece, in memory, to record every
identity (`identity.record`; 265 MB for the 16,202 documents of the shared KOBIS and awards folders
with the team's pages, which grows with the store). A larger store is linked a part at a time, as
every later build is (`identity.record_part`: 170 MB for the same, which stays that of a part), and
the build says so. The two give the same films, and the same people but one of 13,794 (see
docs/architecture.md). Past the limit, a build that read stored documents again records every identity
again a part at a time, so a name a document no longer gives is dropped as one link drops it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from ..errors import InvalidValue, LimitExceeded


@dataclass(frozen=True)
class Limits:
    document_mb: float = 10.0
    line: int = 100_000
    depth: int = 200
    claims: int = 20_000
    word: int = 1_000
    link: int = 2_000

    def __post_init__(self) -> None:
        for name, flag, low in (("document_mb", "--max-document-mb", 0.001), ("line", "--max-line", 100),
                                ("word", "--max-word", 40), ("depth", "--max-depth", 2), ("claims", "--max-claims", 1),
                                ("link", "--link-at-once", 0)):
            value = getattr(self, name)
            if not isinstance(value, int | float) or value != value or value < low:  # value != value: NaN
                raise InvalidValue(f"{flag} must be a number of at least {low}, not {value!r}",
                                   hint=f"pass {flag} with a positive number")

    @property
    def document_bytes(self) -> int:
        return int(self.document_mb * 1024 * 1024)


_current = [Limits()]


def current() -> Limits:
    """The limits in force (the defaults unless a build set others)."""
    return _current[-1]


@contextmanager
def limited(limits: Limits) -> Iterator[Limits]:
    """Apply `limits` to the readers and the pipeline while the block runs."""
    _current.append(limits)
    try:
        yield limits
    finally:
        _current.pop()


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def check_size(size: int, source: str, what: str = "the file") -> None:
    """Refuse a document of more bytes than the document limit."""
    limit = current().document_bytes
    if size > limit:
        raise LimitExceeded(f"{source}: {what} is {_mb(size)}, over the limit of {_mb(limit)} for one document "
                            "(--max-document-mb)", flag="--max-document-mb")


@cache
def _long_line(limit: int) -> re.Pattern[str]:
    # anchored at line starts, so each character is looked at about once: linear in the text
    return re.compile(r"(?m)^[^\n]{" + str(limit + 1) + "}")


def check_lines(text: str, source: str) -> None:
    """Refuse text with a line longer than the line limit."""
    limit = current().line
    if len(text) <= limit or not (m := _long_line(limit).search(text)):
        return
    end = text.find("\n", m.start())
    length = (len(text) if end < 0 else end) - m.start()
    number = text.count("\n", 0, m.start()) + 1
    raise LimitExceeded(f"{source}: line {number:,} has {length:,} characters, over the limit of {limit:,} "
                        "(--max-line)", flag="--max-line",
                        hint="a document's lines are its paragraphs; if this one is genuine, raise the limit "
                             "with --max-line")


# what a Latin-script word holds: letters, digits and what joins them in names, addresses and codes
_WORD_CHARS = r"A-Za-z0-9\u00C0-\u024F_.'’&+/\-"


@cache
def _long_word(limit: int) -> re.Pattern[str]:
    # tried only where a word starts (the lookbehind), so each character is looked at about once
    return re.compile(rf"(?<![{_WORD_CHARS}])[{_WORD_CHARS}]{{{limit + 1}}}")


def check_words(text: str, source: str) -> None:
    """Refuse text with a word longer than the word limit: no language writes one, and the
    extractors read a word again from each capital in it."""
    limit = current().word
    if len(text) <= limit or not (m := _long_word(limit).search(text)):
        return
    after = re.compile(rf"[^{_WORD_CHARS}]").search(text, m.end())
    end = after.start() if after else len(text)
    number = text.count("\n", 0, m.start()) + 1
    raise LimitExceeded(f"{source}: line {number:,} has a word of {end - m.start():,} characters "
                        f"({text[m.start():m.start() + 24]!r}…), over the limit of {limit:,} (--max-word)",
                        flag="--max-word",
                        hint="a word that long is most often an encoded or mangled stretch of a file; if this "
                             "one is genuine, raise the limit with --max-word")


def check_claims(count: int, source: str) -> None:
    limit = current().claims
    if count > limit:
        raise LimitExceeded(f"{source}: gives {count:,} claims, over the limit of {limit:,} for one document "
                            "(--max-claims)", flag="--max-claims")


__all__ = ["Limits", "check_claims", "check_lines", "check_size", "check_words", "current", "limited"]
