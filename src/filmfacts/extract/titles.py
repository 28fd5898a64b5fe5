"""Titles in every script: the lead's parenthesis and "working title was …" sentences.

Reads `부산행; 釜山行; Busanhaeng; lit. Bound for Busan`
into a native title per script, a romanized title and a literal translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Text, claim
from ..sources.layout import script_of
from . import extractor
from .kinds import ENCYCLOPEDIC_KINDS
from .text import prose_sentences
from .vocab import LANGUAGE_CODES

VERSION = "1.0"
_LABEL = re.compile(
    r"^(?P<label>lit\.|literally|RR|MR|Revised Romanization|McCune[–-]Reischauer|Hangul|Hanja|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*:?\s+(?=\S)",
)
_QUOTES = "\"'“”‘’「」"


def segments(paren: str, base: int) -> Iterator[tuple[str, str, int]]:
    """(label, text, offset) for each `;`-separated part of a title parenthesis."""
    pos = 0
    for part in paren.split(";"):
        raw = part
        stripped = raw.strip()
        start = base + pos + (len(raw) - len(raw.lstrip()))
        pos += len(raw) + 1
        label = ""
        m = _LABEL.match(stripped)
        if m and (m.group("label").endswith(".") or stripped[m.end("label"):m.end("label") + 1] == ":"
                  or m.group("label").casefold() in {"literally", "lit."}):
            label = m.group("label")
            start += m.end()
            stripped = stripped[m.end():]
        text = stripped.strip(_QUOTES + " ")
        start += len(stripped) - len(stripped.lstrip(_QUOTES + " "))
        if text:
            yield label, text, start


def title_claims(doc: Document, subject: str, paren: str, base: int, prop_native: str,
                 prop_romanized: str, prop_literal: str, name: str) -> Iterator[Claim]:
    """Claims for the titles in a parenthesis; `prop_*` say which property each kind becomes."""
    has_korean = any(script_of(t) == "Hangul" for _, t, _ in segments(paren, base))
    seen_native = False
    for label, text, start in segments(paren, base):
        span = doc.span(start, start + len(text))
        script = script_of(text)
        low = label.casefold()
        if low in {"lit.", "literally"}:
            yield claim(subject, prop_literal, Text(text, "en", "Latin"), span, name, VERSION,
                        {"language": "en"})
        elif script in {"Hangul", "Hanja", "Kana"}:
            language = LANGUAGE_CODES.get(low, "ko" if (has_korean or script == "Hangul") else "zh")
            seen_native = True
            yield claim(subject, prop_native, Text(text, language, script), span, name, VERSION,
                        {"language": language, "script": script})
        elif script == "Latin" and (seen_native or low in {"rr", "mr", "revised romanization"}):
            system = {"rr": "Revised Romanization", "mr": "McCune–Reischauer"}.get(low, label)
            language = "ko-Latn" if has_korean else ""
            yield claim(subject, prop_romanized, Text(text, language, "Latin"), span, name, VERSION,
                        {"language": language, "system": system})


_WORKING = re.compile(
    r"working title (?:was|is|of)\s+[\"“]?(?P<t>[^(\"”.;]+?)[\"”]?\s*(?:\((?P<p>[^)]*)\))?\s*(?:[.;,]|$)", re.I)


@extractor("working_title", VERSION, requires=("sections",), kinds=ENCYCLOPEDIC_KINDS)
def extract_working_titles(doc: Document, subject: str) -> Iterator[Claim]:
    """"Its working title was Decalcomania (데칼코마니)." → one working title per script."""
    for sentence in prose_sentences(doc):
        m = _WORKING.search(sentence.text)
        if not m:
            continue
        base = sentence.start
        title = m.group("t").strip()
        span = doc.span(base + m.start("t"), base + m.start("t") + len(title))
        language = doc.language if script_of(title) == "Latin" else "ko"
        yield claim(subject, "working_title", Text(title, language, script_of(title)), span,
                    "working_title", VERSION, {"language": language})
        if m.group("p"):
            yield from title_claims(doc, subject, m.group("p"), base + m.start("p"), "working_title",
                                    "working_title", "working_title_literal", "working_title")
