"""A romanization-aware key for names, and an explanation of why two spellings match.

Korean names reach English text in several romanizations: Revised Romanization
(Kim Su-an), older or fan spellings (Kim Soo Ahn), McCune–Reischauer. The
differences are regular: hyphens and spaces, case, vowel spellings (eo/u, eu/u,
oo/u, ee/i), voiced or unvoiced consonants (k/g, t/d, p/b), r/l and sh/s. `name_key`
folds those away, so two spellings of one name get one key while names that differ
in a syllable (Min-ki and Min-guk) keep different keys. Hangul is romanized first,
so 송강호 and Song Kang-ho meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HANGUL = re.compile(r"[\uac00-\ud7a3]")

# Applied in order to the lower-case letters of a name, spaces and hyphens removed.
FOLDS: tuple[tuple[str, str, str], ...] = (
    ("shi", "si", "sh/s"),
    ("sh", "s", "sh/s"),
    ("ck", "k", "ck/k"),
    ("oo", "u", "oo/u"),
    ("wu", "u", "wu/u"),
    ("ou", "u", "ou/u"),
    ("eo", "u", "eo/u"),
    ("eu", "u", "eu/u"),
    ("ee", "i", "ee/i"),
    ("yae", "ye", "yae/ye"),
    ("ahn", "an", "ahn/an"),
    ("k", "g", "k/g"),
    ("t", "d", "t/d"),
    ("p", "b", "p/b"),
    ("l", "r", "l/r"),
)


# Korean family names and the spellings each goes by in English text; a family name is
# matched as a whole word, so "Cho" and "Jo" meet while "cho" inside a given name is untouched.
SURNAMES: dict[str, tuple[str, ...]] = {
    "kim": ("gim",), "lee": ("yi", "rhee", "i", "ri", "li", "rhie"), "park": ("pak", "bak", "bahk"),
    "choi": ("choe", "chey"), "jung": ("jeong", "chung", "cheong", "joung"), "kang": ("gang",),
    "cho": ("jo", "joe", "chough"), "jang": ("chang",), "yoon": ("yun",), "lim": ("im", "rim", "yim"),
    "shin": ("sin", "shinn"), "oh": ("o",), "han": (), "seo": ("suh",), "kwon": ("gwon",),
    "hwang": (), "ahn": ("an",), "song": (), "jeon": ("jun",), "hong": (), "ko": ("go", "koh"),
    "moon": ("mun",), "son": ("sohn",), "yang": (), "bae": ("pae",), "baek": ("paek", "baik", "paik"),
    "heo": ("hur", "huh"), "noh": ("no", "roh"), "nam": (), "ha": (), "koo": ("gu", "ku", "goo"),
    "byun": ("byeon", "pyun", "pyeon"), "yoo": ("yu",), "ryu": ("ryoo", "yoo"), "chun": ("cheon",),
    "min": (), "na": ("ra",), "jin": (), "um": ("eom",), "won": (), "woo": ("u",),
}
SURNAMES.update({"shim": ("sim",), "kwak": ("gwak",), "do": ("doh",), "yeo": ("yoh",), "chae": ("chai",)})
_SURNAME_OF = {v: k for k, vs in SURNAMES.items() for v in (k, *vs)}
# A Hangul family-name syllable → the family it is listed under above, so 박 meets Park/Pak/Bak and
# 이 meets Lee/Yi/Rhee; a syllable not listed is romanized like the rest of the name.
HANGUL_SURNAMES: dict[str, str] = {
    "김": "kim", "이": "lee", "리": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang",
    "조": "cho", "장": "jang", "윤": "yoon", "임": "lim", "림": "lim", "신": "shin", "오": "oh", "한": "han",
    "서": "seo", "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "전": "jeon", "홍": "hong", "고": "ko",
    "문": "moon", "손": "son", "양": "yang", "배": "bae", "백": "baek", "허": "heo", "노": "noh", "로": "noh",
    "남": "nam", "하": "ha", "구": "koo", "변": "byun", "유": "yoo", "류": "ryu", "천": "chun", "민": "min",
    "나": "na", "라": "na", "진": "jin", "엄": "um", "원": "won", "우": "woo", "심": "shim", "곽": "kwak",
    "도": "do", "여": "yeo", "채": "chae",
}
# A Korean name written in Hangul is one word: the family name, then the given name. Four syllables are
# a two-syllable family name (남궁, 선우, 제갈) and a two-syllable given name.
_KOREAN_NAME = re.compile(r"^[\uac00-\ud7a3]{2,4}$")
# "Yoo" is the spelling of two family names (유 and 류); it keys as 유, the commoner.
_SURNAME_OF["yoo"] = "yoo"


@lru_cache(maxsize=1)
def _transliter():  # type: ignore[no-untyped-def]
    from hangul_romanize import Transliter
    from hangul_romanize.rule import academic

    return Transliter(academic)


def romanize(text: str) -> str:
    """Hangul → Latin letters (Revised Romanization, letter for letter); other text unchanged."""
    if not _HANGUL.search(text):
        return text
    return str(_transliter().translit(text))


# Keys a part of the store's linking asks for again and again are kept, as many as a records part
# (1,000 documents) asks for and not many more: the caches are memory a build holds to its end.
KEYS_CACHED = 20_000


@lru_cache(maxsize=KEYS_CACHED)  # a store's titles and names are asked for again and again when linking
def plain(text: str) -> str:
    """Lower-case ASCII letters and digits with spaces kept between words."""
    text = unicodedata.normalize("NFKD", romanize(text)).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’`]", "", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _fold(text: str) -> str:
    for old, new, _ in FOLDS:
        text = text.replace(old, new)
    return text


def _hangul_name_words(text: str) -> list[str]:
    """A Korean name in Hangul as [family name, given name] in Latin letters, the family name spelled
    the way it is listed in SURNAMES: 박신혜 → ["park", "sinhye"]; [] for anything else."""
    text = text.strip()
    if not _KOREAN_NAME.match(text):
        return []
    split = 2 if len(text) == 4 else 1
    family, given = text[:split], text[split:]
    family_latin = HANGUL_SURNAMES.get(family) or romanize(family)
    return [family_latin, romanize(given).replace("-", "")]


@lru_cache(maxsize=KEYS_CACHED)
def name_key(text: str) -> str:
    """The key two spellings of one name share: "Ma Dong-seok", "Ma Dong Suk", "MA DONG SEOK" → "madongsug";
    "Cho Yeo-jeong" and "Jo Yeo Jeong" → "choyujung". A known family name written as the first of
    several words (Korean order) is first respelled the one way it is listed under."""
    words = _hangul_name_words(text) or plain(re.sub(r"[-‐‑]", "", text)).split()
    if len(words) >= 2 and words[0] in _SURNAME_OF:
        words[0] = _SURNAME_OF[words[0]]
    return "".join(_fold(w) for w in words)


@lru_cache(maxsize=KEYS_CACHED)  # asked for each claim's subject, several times over, when linking a store
def film_key(title: str) -> str:
    """Titles that differ only in punctuation, case or "No. 7"/"No.7" spacing are one title; a title
    written only in kanji, kana or hanzi (which `plain` cannot spell) is keyed by its characters, and
    one made of punctuation alone (the Indonesian film "?") by its
    punctuation, so it is a film and not an empty key that drops its claims."""
    key = re.sub(r"[^0-9a-z\uac00-\ud7a3\u4e00-\u9fff]+", "", plain(title).replace("no ", "no"))
    if not key:
        key = re.sub(r"[^0-9\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+", "", unicodedata.normalize("NFKC", title))
    if not key:
        key = "".join(ch for ch in unicodedata.normalize("NFKC", title)
                      if unicodedata.category(ch)[0] in "PS")[:40]  # punctuation, symbols: no controls
    return key


# A syllable of romanized Korean (Revised, McCune–Reischauer and the spellings fans use): an onset, a
# vowel, a final. A name every word of which is made of such syllables may be a romanized Korean name
# (Bong Joon-ho, Ma Dong-seok), where sh/s, l/r, k/g, … are spellings of one sound; elsewhere they are
# letters that tell names apart ("Walsh" is not "Wars", "Marsh" not "Mars").
_SYLLABLE = (r"(?:kk|tt|pp|ss|jj|ch|sh|g|k|n|d|t|r|l|m|b|p|s|j|h|w|y)?"
             r"(?:yae|yeo|wae|ae|ya|eo|ye|yo|yu|wa|oe|wo|we|wi|ui|eu|oo|ee|ou|a|e|i|o|u)"
             r"(?:ng|rk|lk|hn|nn|k|g|n|t|d|l|r|m|p|b|h)?")  # Park, Ahn, Shinn
_ROMANIZED_WORD = re.compile(rf"(?:{_SYLLABLE})+")


def romanized_korean(text: str) -> bool:
    """Whether a name may be Korean as written: in Hangul, or every word romanized Korean syllables."""
    if _HANGUL.search(text):
        return True
    words = plain(re.sub(r"[-‐‑]", "", text)).split()
    return bool(words) and all(w in _SURNAME_OF or _ROMANIZED_WORD.fullmatch(w) for w in words)


def strict_key(text: str) -> str:
    """A name's letters alone (case, accents, spaces, hyphens gone), no folds: the key of a name that
    cannot be romanized Korean."""
    return plain(re.sub(r"[-‐‑]", "", text)).replace(" ", "")


def differences(a: str, b: str) -> list[str]:
    """Which folds make two spellings meet, for an explanation: ["hyphen/space", "oo/u"]."""
    out = []
    if a != b and a.casefold() == b.casefold():
        out.append("case")
    joined_a, joined_b = (re.sub(r"[\s\-‐‑]+", "", x.casefold()) for x in (a, b))
    if joined_a == joined_b and a.casefold() != b.casefold():
        out.append("hyphen/space")
    pa, pb = plain(a).replace(" ", ""), plain(b).replace(" ", "")
    for old, new, label in FOLDS:
        if (old in pa) != (old in pb) and label not in out:
            out.append(label)
        pa, pb = pa.replace(old, new), pb.replace(old, new)
    if not out and a != b:
        out.append("spacing" if plain(a).replace(" ", "") == plain(b).replace(" ", "") else "romanization")
    return out


def similarity(a: str, b: str) -> float:
    """0..100: how alike two spellings look once case, accents and separators are gone."""
    from rapidfuzz import fuzz  # imported where names are compared: reading a record compares none

    return float(fuzz.ratio(plain(a).replace(" ", ""), plain(b).replace(" ", "")))


def explain_match(a: str, b: str) -> str:
    if a == b:
        return "identical"
    if name_key(a) != name_key(b):
        return (f"{a!r} and {b!r} name the same actor's role in one film and look alike "
                f"(similarity {similarity(a, b):.0f})")
    diffs = ", ".join(differences(a, b)) or "romanization"
    return f"{a!r} and {b!r} share the key {name_key(a)!r} (differ in {diffs}; similarity {similarity(a, b):.0f})"
