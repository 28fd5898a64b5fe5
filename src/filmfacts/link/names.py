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

from rapidfuzz import fuzz

_HANGUL = re.compile(r"[\uac00-\ud7a3]")

# Applied in order to the lower-case letters of a name, spaces and hyphens removed.
FOLDS: tuple[tuple[str, str, str], ...] = (
    ("shi", "si", "sh/s"),
    ("sh", "s", "sh/s"),
    ("ck", "k", "ck/k"),
    ("oo", "u", "oo/u"),
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
    "cho": ("jo", "joe", "chough"), "jang": ("chang",), "yoon": ("yun",), "lim": ("im", "rim"),
    "shin": ("sin", "shinn"), "oh": ("o",), "han": (), "seo": ("suh",), "kwon": ("gwon",),
    "hwang": (), "ahn": ("an",), "song": (), "jeon": ("jun",), "hong": (), "ko": ("go", "koh"),
    "moon": ("mun",), "son": ("sohn",), "yang": (), "bae": ("pae",), "baek": ("paek", "baik", "paik"),
    "heo": ("hur", "huh"), "noh": ("no", "roh"), "nam": (), "ha": (), "koo": ("gu", "ku", "goo"),
    "byun": ("byeon", "pyun", "pyeon"), "yoo": ("yu",), "ryu": ("ryoo", "yoo"), "chun": ("cheon",),
    "min": (), "na": ("ra",), "jin": (), "um": ("eom",), "won": (), "woo": ("u",),
}
_SURNAME_OF = {v: k for k, vs in SURNAMES.items() for v in (k, *vs)}
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


def plain(text: str) -> str:
    """Lower-case ASCII letters and digits with spaces kept between words."""
    text = unicodedata.normalize("NFKD", romanize(text)).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’`]", "", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _fold(text: str) -> str:
    for old, new, _ in FOLDS:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The key two spellings of one name share: "Ma Dong-seok", "Ma Dong Suk", "MA DONG SEOK" → "madongsug";
    "Cho Yeo-jeong" and "Jo Yeo Jeong" → "choyujung". A known family name written as the first of
    several words (Korean order) is first respelled the one way it is listed under."""
    words = plain(re.sub(r"[-‐‑]", "", text)).split()
    if len(words) >= 2 and words[0] in _SURNAME_OF:
        words[0] = _SURNAME_OF[words[0]]
    return _fold("".join(words))


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
    return float(fuzz.ratio(plain(a).replace(" ", ""), plain(b).replace(" ", "")))


def explain_match(a: str, b: str) -> str:
    if a == b:
        return "identical"
    if name_key(a) != name_key(b):
        return (f"{a!r} and {b!r} name the same actor's role in one film and look alike "
                f"(similarity {similarity(a, b):.0f})")
    diffs = ", ".join(differences(a, b)) or "romanization"
    return f"{a!r} and {b!r} share the key {name_key(a)!r} (differ in {diffs}; similarity {similarity(a, b):.0f})"
