"""What a text that is not a document looks like: a table, a log, JSON data, text with no sentences.

The article reader takes whatever prose the wiki readers leave, so before a text reaches it this
says when the text is plainly something else, and the refusal names it:

    >>> looks_like("movieId,title,genres\\n1,Toy Story (1995),Animation|Children\\n2,Jumanji (1995),…")
    'a CSV table (3 columns: movieId, title, genres)'

A table is a text whose lines nearly all split into the same number of cells (two or more) as its
first line, with short header cells; a log is lines that start with a timestamp or carry a log
level; encoded data (base64, hex) is text whose characters are mostly in long runs with no space;
text with no sentences is text whose words hold none of the commonest words of the languages
filmfacts reads (and no CJK or Hangul prose), as random characters do.
Every test is one pass over at most the first 200 KB.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter

SAMPLE = 200_000
_DELIMITERS = ((",", "CSV"), ("\t", "TSV"), (";", "semicolon-separated"), ("|", "pipe-separated"))
_LOG_LINE = re.compile(
    r"^\s*\[?(?:\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?|\d\d:\d\d:\d\d[.,]\d+|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d|\d{1,3}(?:\.\d{1,3}){3} - )"
    r"|\b(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL|CRITICAL)\b[:\] ]")
# The commonest short words of the languages with spaces between words that pages about films are
# written in (English, French, German, Spanish, Italian, Portuguese, Dutch, Indonesian, Vietnamese,
# Turkish, Russian); prose of any length holds some, random characters and encoded data almost never.
_COMMON_WORDS = """
the of and to in is was for on that with as by at from his her it an are be this which or has had
le la les des et un une du est en dans pour qui que sur au par pas avec il elle
der die das und ist ein eine den dem des nicht mit von zu im auf sich für
el los las del y que por con una para es se su al lo como
il di che non per della una sono gli le
o os da do em para com um uma não se que
de het een van en is dat op te zijn met voor niet
dan yang di dari untuk ini itu dengan dalam
và của là có được trong cho những một không
bir ve bu için ile da de çok olarak
и в на не что с по это как он она из за
"""
_COMMON = frozenset(_COMMON_WORDS.split())
_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]")
_LETTERS = re.compile(r"[^\W\d_]+")


def looks_like(text: str) -> str:
    """What `text` is when it is not a document ("" when it may be one)."""
    sample = text[:SAMPLE]
    stripped = sample.lstrip("\ufeff \t\r\n")
    if stripped[:1] in ("{", "["):
        return _json(text) or ""
    lines = [line for line in sample.split("\n") if line.strip()]
    if len(text) > SAMPLE and "\n" in sample:
        lines = lines[:-1]  # the sample cut the last line
    return _table(lines) or _log(lines) or _encoded(sample) or _no_sentences(sample)


def _json(text: str) -> str:
    try:
        data = json.loads(text) if len(text) <= SAMPLE else None
    except (ValueError, RecursionError):
        return ""
    if isinstance(data, list):
        keys = Counter(k for row in data[:100] if isinstance(row, dict) for k in row)
        named = f" with keys {', '.join(k for k, _ in keys.most_common(6))}" if keys else ""
        return f"JSON data (an array of {len(data):,} items{named})"
    if isinstance(data, dict):
        return f"JSON data (an object with keys {', '.join(list(data)[:6])})"
    return "JSON data" if data is not None else ""


def _table(lines: list[str]) -> str:
    if len(lines) < 3 or _LOG_LINE.search(lines[0]):  # a first line with a time is a log's, not a header
        return ""
    for delimiter, name in _DELIMITERS:
        if delimiter not in lines[0]:
            continue
        sample = lines[:300]
        if delimiter == "|":  # an ASCII table: `| Year | Film |`
            sample = [line.strip().removeprefix("|").removesuffix("|") for line in sample]
            if sum(1 for line in sample if set(line.strip()) <= set("-+=:| ")) > 2:
                continue
        try:
            rows = list(csv.reader(sample, delimiter=delimiter))
        except csv.Error:
            continue
        header = [c.strip() for c in rows[0]]
        if len(header) < 2 or sum(1 for c in header if 0 < len(c) <= 40) < len(header) * 0.8:
            continue
        same = sum(1 for row in rows if len(row) == len(header))
        if same >= len(rows) * 0.9:
            shown = ", ".join(header[:6]) + (", …" if len(header) > 6 else "")
            return f"a {name} table ({len(header)} columns: {shown})"
    return ""


def _log(lines: list[str]) -> str:
    if len(lines) < 5:
        return ""
    stamped = sum(1 for line in lines[:500] if _LOG_LINE.search(line))
    return "a log (lines that start with a time or a log level)" if stamped >= min(len(lines), 500) * 0.6 else ""


def _encoded(sample: str) -> str:
    """Base64, hex or minified data: most of its characters in runs with no space, which prose in a
    language written with spaces never has (CJK prose, written without them, is left to the readers)."""
    runs = sample.split()
    solid = sum(len(r) for r in runs if len(r) >= 40)
    if solid < 2000 or solid < sum(map(len, runs)) * 0.5 or len(_CJK.findall(sample)) >= solid * 0.2:
        return ""
    return (f"encoded data ({solid / sum(map(len, runs)):.0%} of it in runs of 40 or more characters with no "
            "space: base64, hex or minified text)")


def _no_sentences(sample: str) -> str:
    words = _LETTERS.findall(sample)
    if len(words) < 50:
        return ""  # too short to tell; the readers decide
    letters = sum(map(len, words))
    if len(_CJK.findall(sample)) >= letters * 0.2:
        return ""
    common = sum(1 for w in words if w.casefold() in _COMMON)
    if common >= len(words) * 0.02:
        return ""
    return (f"text with no sentences ({len(words):,} words, none of them the common words of a language "
            "filmfacts reads: random characters, encoded data or a list)")


__all__ = ["looks_like"]
