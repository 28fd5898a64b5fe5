"""Titles in every script: the lead's parenthesis and "working title was …" sentences.

Reads `부산행; 釜山行; Busanhaeng; lit. Bound for Busan`
into a native title per script, a romanized title and a literal translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Claim, Document, Text, claim
from ..writing_systems import script_of
from . import extractor
from .kinds import ENCYCLOPEDIC_KINDS
from .text import prose_sentences
from .vocab import LANGUAGE_CODES

VERSION = "2.0"
# A segment's label: a language, a script or a romanization, glued to its text or not ("Hanja: 寄生蟲",
# "Hanja哭聲", "RRGokseong", "英語:Infernal Affairs", "lit. Bound for Busan").
_KNOWN_LABELS = (
    "Revised Romanization", "McCune–Reischauer", "McCune-Reischauer", "Revised Hepburn", "Hanyu Pinyin",
    "Traditional Chinese", "Simplified Chinese", "Standard Mandarin", "Also known as", "also known as",
    "literally", "lit.", "RR", "MR", "Hangul", "Hanja", "Hepburn", "Kanji", "Pinyin", "Jyutping", "Romaji",
    "Korean", "Japanese", "Chinese", "Mandarin", "Cantonese", "Traditional", "Simplified", "English", "French",
    "German", "Spanish", "Swedish", "Italian", "Portuguese", "Danish", "Norwegian", "Hindi", "Telugu", "Tamil",
    "Thai", "Russian", "Turkish", "Persian", "Indonesian", "Filipino", "Tagalog", "Vietnamese", "Dutch",
    "英語", "英语", "英題", "英文", "英文名", "원제", "영어", "原題", "原名", "直訳", "直譯", "拼音", "粵拼",
)
_LABEL = re.compile(
    r"^(?P<label>" + "|".join(re.escape(k) for k in sorted(_KNOWN_LABELS, key=len, reverse=True)) +
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?P<colon>[:：])?\s*(?=\S)",
)
_GLUE_OK = re.compile(r"[^a-z\s]")  # a glued label's text starts with no lower-case Latin letter
_QUOTES = "\"'“”‘’「」"
_ROMANIZATIONS = {"rr": "Revised Romanization", "revised romanization": "Revised Romanization",
                  "mr": "McCune–Reischauer", "mccune–reischauer": "McCune–Reischauer",
                  "mccune-reischauer": "McCune–Reischauer", "hepburn": "Hepburn", "revised hepburn": "Hepburn",
                  "romaji": "Hepburn", "hanyu pinyin": "Hanyu Pinyin", "pinyin": "Hanyu Pinyin",
                  "拼音": "Hanyu Pinyin", "jyutping": "Jyutping", "粵拼": "Jyutping"}
_ENGLISH = frozenset({"english", "英語", "英语", "英題", "英文", "英文名", "영어"})
_LITERAL = frozenset({"lit.", "literally", "直訳", "直譯"})
_IPA = re.compile(r"[əɛɔʁʃʒŋθðɐɪʊʏøœæɑɒʌ‿ːˈˌ̃]|^/")
# A comma starts a new segment when a label follows it: "Japanese: 千と千尋の神隠し, Hepburn: Sen to …"
_SPLIT = re.compile(r";|,\s*(?=(?:" + "|".join(re.escape(k) for k in sorted(_KNOWN_LABELS, key=len, reverse=True))
                    + r")\s*+[:：.]?\s*+\S)")


def segments(paren: str, base: int) -> Iterator[tuple[str, str, int]]:
    """(label, text, offset) for each part of a title parenthesis, parts split at ";" and at a comma
    that a label follows."""
    pos = 0
    for m in [*_SPLIT.finditer(paren), None]:
        stop = m.start() if m else len(paren)
        raw = paren[pos:stop]
        next_pos = m.end() if m else len(paren)
        stripped = raw.strip()
        start = base + pos + (len(raw) - len(raw.lstrip()))
        pos = next_pos
        label = ""
        lm = _LABEL.match(stripped)
        if lm:
            name = lm.group("label")
            known = name in _KNOWN_LABELS or name.casefold() in {k.casefold() for k in _KNOWN_LABELS}
            rest = stripped[lm.end("label"):]
            glued = known and bool(rest) and not rest[0].isspace() and not lm.group("colon") and \
                bool(_GLUE_OK.match(rest[0])) and not name[-1].isspace()
            if lm.group("colon") or name.endswith(".") or name.casefold() in {"literally", "also known as"} or glued:
                label = name
                start += lm.end()
                stripped = stripped[lm.end():]
        text = stripped.strip(_QUOTES + " ")
        start += len(stripped) - len(stripped.lstrip(_QUOTES + " "))
        if text:
            yield label, text, start


_JA_PARTICLES = frozenset({"no", "wa", "ga", "ni", "wo", "de", "to", "ka", "mo", "kara", "made", "yo"})
_EN_WORDS = frozenset({"the", "of", "and", "a", "an", "in", "on", "for", "with", "my", "your", "is"})


def japanese_romanization(text: str) -> str:
    """A title that reads as romanized Japanese, by its particles ("Shichinin no Samurai", "Kimi no Na
    wa."), without its brackets; "" for anything else."""
    bare = text.strip("()（） ")
    tokens = re.findall(r"[^\W\d_]+", bare.casefold())
    words = set(tokens)
    japanese = all(_JA_WORD.fullmatch(t) for t in tokens)
    return bare if japanese and len(tokens) >= 2 and words & _JA_PARTICLES and not words & _EN_WORDS \
        and len(words) <= 8 else ""


# A word spelt in Japanese syllables (Hepburn): "shichinin", "kamikakushi", "chihiro", "kimi".
_JA_WORD = re.compile(r"(?:(?:[kgsztdnhbpmrfj]|ky|gy|sh|ch|ny|hy|by|py|my|ry|ts|w|y)?[aiueoāīūēō]|n|"
                      r"(?<=[aiueoāīūēō])(?:kk|tt|ss|pp|tch))+")


def latin_language(text: str) -> str:
    """en for an English title, fr/de/es/… for one in another language (its common words), else ""."""
    words = set(re.findall(r"[^\W\d_]+", text.casefold()))
    common = {"en": {"the", "of", "and", "a", "an", "in", "to", "my", "with"},
              "fr": {"le", "la", "les", "de", "du", "des", "d", "l", "un", "une", "et"},
              "de": {"der", "die", "das", "und", "ein", "eine", "im", "von"},
              "es": {"el", "los", "las", "del", "y", "un", "una"},
              "sv": {"den", "det", "och", "att", "som", "en"}}
    scores = {lang: len(words & ws) for lang, ws in common.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] else ""


def title_claims(doc: Document, subject: str, paren: str, base: int, prop_native: str,
                 prop_romanized: str, prop_literal: str, name: str, prop_title: str = "title",
                 reading_of: str = "") -> Iterator[Claim]:
    """Claims for the titles in a parenthesis; `prop_*` say which property each kind becomes: titles
    in their own script (and a Latin title labelled with its language), romanizations (labelled, or
    unlabelled after a native title), a literal translation, and another English title. A part all in
    hiragana after a title with kanji (`reading_of`) is its reading, not a title."""
    has_korean = any(script_of(t) == "Hangul" for _, t, _ in segments(paren, base))
    seen_native = False
    for label, text, start in segments(paren, base):
        if reading_of and re.search(r"[\u4e00-\u9fff]", reading_of) and re.fullmatch(r"[\u3040-\u309f・ ー]+", text):
            continue
        span = doc.span(start, start + len(text))
        script = script_of(text)
        low = label.casefold()
        if low in _LITERAL:
            yield claim(subject, prop_literal, Text(text, "en", "Latin"), span, name, VERSION,
                        {"language": "en"})
        elif script in {"Hangul", "Hanja", "Kana"}:
            language = LANGUAGE_CODES.get(low, "ko" if (has_korean or script == "Hangul") else
                                          "ja" if script == "Kana" or low in {"kanji", "japanese"} else "zh")
            seen_native = True
            yield claim(subject, prop_native, Text(text, language, script), span, name, VERSION,
                        {"language": language, "script": script})
        elif script == "Latin" and not _IPA.search(text) and len(text) <= 100:
            if low in _ROMANIZATIONS or (seen_native and not label) or (not label and japanese_romanization(text)):
                system = _ROMANIZATIONS.get(low, label)
                language = "ko-Latn" if has_korean else ("ja-Latn" if system == "Hepburn" or (
                    not system and japanese_romanization(text)) else "zh-Latn" if "Pinyin" in system else "")
                yield claim(subject, prop_romanized, Text(text, language, "Latin"), span, name, VERSION,
                            {"language": language, "system": system})
            elif low in _ENGLISH or (low in ("", "also known as") and latin_language(text) == "en"):
                if prop_title:
                    yield claim(subject, prop_title, Text(text, "en", "Latin"), span, name, VERSION,
                                {"language": "en"})
            elif (language := LANGUAGE_CODES.get(low) or (latin_language(text) if low in ("", "also known as")
                                                          else "")):
                yield claim(subject, prop_native, Text(text, language, "Latin"), span, name, VERSION,
                            {"language": language, "script": "Latin"})


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
                                    "working_title", "working_title_literal", "working_title", "")
