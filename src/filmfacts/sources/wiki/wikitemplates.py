"""Templates → text, as Wikipedia shows them; unknown templates are dropped.

    {{US$|30 million}}                      → US$30 million
    {{Film date|2013|01|23|South Korea}}    → January 23, 2013 (South Korea)
    {{As of|2013|3|15}}                     → As of March 15, 2013
    {{Korean|hangul=…|hanja=…|rr=…}}        → Korean: …; Hanja: …; RR: …   (and fields hangul, hanja, rr)
    {{ubl|a|b}}, {{plainlist|* a * b}}      → a; b
    {{IMDb title|0000001|Some Film}}        → Some Film at IMDb              (and external id imdb tt0000001)

Infobox templates at page level are kept aside (`Context.infoboxes`) for the
`== Infobox ==` section; `<ref>`-like templates (`{{sfn}}`, `{{r}}`) become
citations.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from mwparserfromhell.nodes import Template
from mwparserfromhell.wikicode import Wikicode

from ...model import Citation
from .wikibuffer import SEP, Raw
from .wikicite import spoken_date

if TYPE_CHECKING:
    from .wikirender import Renderer

FILM_INFOBOXES = frozenset(("infobox film", "infobox movie", "infobox korean film", "infobox korean name",
                            "infobox name module", "infobox chinese", "infobox japanese name", "영화 정보"))
KOREAN_LABELS = (("hangul", "Hangul"), ("hanja", "Hanja"), ("rr", "Revised Romanization"),
                 ("mr", "McCune–Reischauer"), ("lit", "Literally"))
_KOREAN_SHORT = {"hangul": "Korean", "hanja": "Hanja", "rr": "RR", "mr": "MR", "lit": "lit."}

CURRENCIES = {
    "us$": "US$", "usd": "US$", "krw": "₩", "won": "₩", "₩": "₩", "gbp": "£", "£": "£", "eur": "€",
    "€": "€", "euro": "€", "jpy": "¥", "yen": "¥", "¥": "¥", "inr": "₹", "₹": "₹", "cny": "CN¥",
    "rmb": "CN¥", "idr": "Rp ", "hk$": "HK$", "hkd": "HK$", "a$": "A$", "aud": "A$", "c$": "CA$",
    "cad": "CA$", "nt$": "NT$", "twd": "NT$", "php": "₱", "₱": "₱", "rub": "₽", "brl": "R$", "r$": "R$",
    "mxn": "Mex$", "thb": "฿", "try": "₺", "myr": "RM", "sgd": "S$", "nzd": "NZ$", "chf": "CHF ",
}
LANGUAGES = {
    "ko": "Korean", "ja": "Japanese", "zh": "Chinese", "ca": "Catalan", "es": "Spanish", "fr": "French",
    "de": "German", "it": "Italian", "id": "Indonesian", "pt": "Portuguese", "ru": "Russian",
    "hi": "Hindi", "kn": "Kannada", "tr": "Turkish", "tl": "Tagalog", "fil": "Filipino", "en": "English",
    "nl": "Dutch", "sv": "Swedish", "th": "Thai", "vi": "Vietnamese", "ar": "Arabic", "pl": "Polish",
}
_KMDB = ("kmdb", "the Korean Movie Database", "")
EXTERNAL = {  # template name → (database, site shown, id prefix)
    "imdb title": ("imdb", "IMDb", "tt"), "imdb film": ("imdb", "IMDb", "tt"),
    "kmdb title": _KMDB, "kmdb": _KMDB, "kmdb film": _KMDB,
    "hancinema film": ("hancinema", "HanCinema", ""), "hancinema": ("hancinema", "HanCinema", ""),
    "rotten tomatoes": ("rotten_tomatoes", "Rotten Tomatoes", ""),
    "allmovie title": ("allmovie", "AllMovie", ""), "mojo title": ("box_office_mojo", "Box Office Mojo", ""),
    "tcmdb title": ("tcmdb", "the TCM Movie Database", ""),
    "metacritic film": ("metacritic", "Metacritic", ""),
}
WEBSITES = frozenset(("official website", "official site", "official url"))
LISTS = frozenset(("ubl", "unbulleted list", "ublist", "hlist", "bulleted list", "ordered list",
                   "flatlist", "flat list", "plainlist", "plain list", "collapsible list", "bulleted",
                   "unordered list", "pl"))
FIRST = frozenset((
    "small", "big", "nowrap", "nobr", "smaller", "larger", "midsize", "center", "em", "strong", "sic",
    "not a typo", "proper name", "noitalic", "nobold", "small caps", "smallcaps", "sc", "abbr", "tooltip",
    "ill", "interlanguage link", "interlanguage link multi", "flagcountry", "flag", "formatnum", "url",
    "date", "nihongo2", "lang-rtl", "vanchor", "visible anchor", "linktext", "keypress", "sup", "sub",
    "quote", "blockquote", "cquote", "nowrap begin", "text", "tq", "ubli", "lit", "literal translation",
    "gloss", "nastaliq", "script/hangul", "script/hanja", "font", "color", "colored link",
))
LAST = frozenset(("lang", "transl", "transliteration", "script", "resize", "zh-lang"))
LITERALS = {
    "'": "'", "\"": "\"", "'s": "'s", "snd": " – ", "spaced ndash": " – ", "spaced en dash": " – ",
    "ndash": "–", "en dash": "–", "mdash": "—", "em dash": "—", "nbsp": " ", "·": " · ", "dot": " · ",
    "middot": "·", "=": "=", "!": "|", "pipe": "|", "bull": " • ", "-": "", "clear": "", "shy": "",
}
DATES = frozenset(("start date", "end date", "start date and age", "end date and age", "release date",
                   "birth date", "death date", "dts", "film release date"))
CITATION_TEMPLATES = frozenset(("sfn", "sfnp", "sfnm", "harvnb", "harv", "harvp", "harvtxt"))
NAMED_REF_TEMPLATES = frozenset(("r", "rp", "ref label"))
CELL_WORDS = {
    "won": "Won", "win": "Won", "yes": "Yes", "no": "No", "nom": "Nominated", "nominated": "Nominated",
    "pending": "Pending", "tba": "TBA", "n/a": "N/A", "na": "N/A", "dunno": "?", "runner-up": "Runner-up",
    "shortlisted": "Shortlisted", "partial": "Partial", "included": "Included", "draw": "Draw",
    "honorable mention": "Honorable mention", "cmain": "Main", "crecurring": "Recurring", "cguest": "Guest",
    "sort": "",
}
FLAG_COUNTRIES = {  # {{KOR}}-style flag templates show the country's name
    "kor": "South Korea", "prk": "North Korea", "usa": "United States", "jpn": "Japan", "chn": "China",
    "hkg": "Hong Kong", "twn": "Taiwan", "fra": "France", "gbr": "United Kingdom", "uk": "United Kingdom",
    "deu": "Germany", "ger": "Germany", "ita": "Italy", "esp": "Spain", "ind": "India", "idn": "Indonesia",
    "phi": "Philippines", "phl": "Philippines", "tha": "Thailand", "can": "Canada", "aus": "Australia",
    "tur": "Turkey", "vnm": "Vietnam", "vie": "Vietnam", "rus": "Russia", "bra": "Brazil", "mex": "Mexico",
}
REFLISTS = frozenset(("reflist", "references", "refs", "notelist", "notes"))

Handler = Callable[["Renderer", Template, Raw, bool], None]


def template_name(node: Template) -> str:
    """`{{ Infobox_film }}` → `infobox film`."""
    name = re.sub(r"[\s_]+", " ", str(node.name)).strip().lower()
    name = re.sub(r"<!--.*?-->", "", name, flags=re.S).strip()
    return name[9:].strip() if name.startswith("template:") else name


def positional(node: Template) -> list[Wikicode]:
    return [p.value for p in node.params if not p.showkey]


def named(node: Template) -> dict[str, Wikicode]:
    return {re.sub(r"[\s_]+", " ", str(p.name)).strip().lower(): p.value for p in node.params if p.showkey}


def _text(r: Renderer, code: Wikicode | None) -> str:
    return r.plain(code) if code is not None else ""


def _yes(value: str) -> bool:
    return value.strip().lower() in ("y", "yes", "true", "1", "on")


def render(r: Renderer, node: Template, out: Raw, block: bool) -> None:
    """Write what Wikipedia shows for `node` (nothing for templates not known here)."""
    name = template_name(node)
    if name in FILM_INFOBOXES and block:
        r.context.infoboxes.append(node)
    elif name in ("infobox korean name", "infobox name module"):
        korean_infobox(r, node, out)
    elif name in ("korean", "ko"):
        korean(r, node, out)
    elif name.startswith("lang-"):
        args = positional(node)
        language = LANGUAGES.get(name[5:], "")
        if args:
            out.write(f"{language}: " if language else "")
            s, e = out.splice(r.inline(args[-1]))
            if name == "lang-ko":
                out.frag.fields.append(("hangul", s, e))
    elif name in CELL_WORDS and not (name == "won" and _numeric_first(r, node)):
        args = positional(node)
        if name == "sort" and len(args) > 1:
            out.splice(r.inline(args[1]))
        elif args and (frag := r.inline(args[0])).text:
            out.splice(frag)
        else:
            out.write(CELL_WORDS[name])
    elif name in CURRENCIES:
        args = positional(node)
        if args:
            out.write(CURRENCIES[name])
            out.splice(r.inline(args[0]))
    elif name == "convert" or name == "cvt":
        convert(r, node, out)
    elif name == "film date":
        film_date(r, node, out)
    elif name in DATES:
        out.write(_date(r, node))
    elif name == "as of":
        if when := _date(r, node):
            out.write(("as of " if _yes(_text(r, named(node).get("lc"))) else "As of ") + when)
    elif name in LISTS:
        for item in positional(node):
            out.write(SEP)
            out.splice(r.inline(item))
        out.write(SEP)
    elif name == "based on":
        args = positional(node)
        if args:
            out.splice(r.inline(args[0]))
            authors = [t for a in args[1:] if (t := _text(r, a))]
            if authors:
                out.write(" by " + " and ".join(authors))
    elif name in EXTERNAL or name in WEBSITES:
        external(r, node, name, out)
    elif name in CITATION_TEMPLATES:
        out.cite("", Citation(0, title=" ".join(a for a in _texts(r, node) if a)))
    elif name in NAMED_REF_TEMPLATES:
        for arg in positional(node):
            out.cite(_text(r, arg), None)
    elif name in REFLISTS:
        refs = named(node).get("refs")
        if refs is not None:
            r.inline(refs)  # only to learn the named references defined there
    elif name == "nihongo":
        if words := _texts(r, node):
            out.write(words[0] + (f" ({', '.join(a for a in words[1:3] if a)})" if any(words[1:3]) else ""))
    elif name in FLAG_COUNTRIES and not positional(node):
        out.write(FLAG_COUNTRIES[name])
    elif name in LITERALS:
        out.write(LITERALS[name])
    elif name in FIRST:
        args = positional(node)
        value = named(node).get("text") or named(node).get("quote") or (args[0] if args else None)
        if value is not None:
            out.splice(r.inline(value))
    elif name in LAST:
        args = positional(node)
        if args:
            out.splice(r.inline(args[-1]))


def _texts(r: Renderer, node: Template) -> list[str]:
    return [_text(r, a) for a in positional(node)]


def _date(r: Renderer, node: Template) -> str:
    """`{{Start date|2013|1|23}}` → `January 23, 2013` (`23 January 2013` with `df=y`)."""
    parts = [*_texts(r, node), "", "", ""]
    if not parts[0]:
        return ""
    return spoken_date(parts[0], parts[1], parts[2], day_first=_yes(_text(r, named(node).get("df"))))


def _numeric_first(r: Renderer, node: Template) -> bool:
    args = positional(node)
    return bool(args) and bool(re.match(r"\s*[\d.,]", _text(r, args[0])))


def korean(r: Renderer, node: Template, out: Raw) -> None:
    """`{{Korean|hangul=영화|rr=…}}` → `Korean: 영화; RR: …`, noting each part as a field."""
    params = named(node)
    args = positional(node)
    if "hangul" not in params and args:
        params["hangul"] = args[0]
    labels = _text(r, params.get("labels")).strip().lower() not in ("no", "n", "false")
    first = True
    for key, _ in KOREAN_LABELS:
        if key not in params:
            continue
        frag = r.inline(params[key])
        if not frag.text:
            continue
        out.write("" if first else "; ")
        first = False
        if labels:
            out.write(_KOREAN_SHORT[key] + ("" if key == "lit" else ":") + " ")
        s, e = out.splice(frag)
        out.frag.fields.append((key, s, e))


def korean_infobox(r: Renderer, node: Template, out: Raw) -> None:
    """An `{{Infobox Korean name}}` met inside a line: `Hangul: …; Hanja: …` with fields."""
    params = named(node)
    for key, label in KOREAN_LABELS:
        if key in params and (frag := r.inline(params[key])).text:
            out.write(SEP + label + ": ")
            s, e = out.splice(frag)
            out.frag.fields.append((key, s, e))
    out.write(SEP)


def convert(r: Renderer, node: Template, out: Raw) -> None:
    """`{{convert|100|km|mi}}` → `100 km`; `{{convert|1|to|2|km}}` → `1–2 km`."""
    args = _texts(r, node)
    if not args:
        return
    if len(args) >= 4 and args[1] in ("-", "–", "to", "and", "or", "by", "x", "×", "&"):
        joiner = "–" if args[1] in ("-", "–") else f" {args[1]} "
        out.write(f"{args[0]}{joiner}{args[2]} {args[3]}")
    else:
        out.write(" ".join(a for a in args[:2] if a))


def film_date(r: Renderer, node: Template, out: Raw) -> None:
    """`{{Film date|2013|01|23|South Korea|2013|03|15|Japan}}` → `January 23, 2013 (South Korea); …`."""
    args = positional(node)
    params = named(node)
    day_first = _yes(_text(r, params.get("df")))
    for group in range(0, len(args), 4):
        year, month, day = [*(_text(r, a) for a in args[group:group + 3]), "", ""][:3]
        if not year:
            continue
        out.write(SEP + spoken_date(year, month, day, day_first=day_first))
        if group + 3 < len(args) and (place := r.inline(args[group + 3])).text:
            out.write(" (")
            out.splice(place)
            out.write(")")
        ref = params.get(f"ref{group // 4 + 1}")
        if ref is not None:
            out.splice(r.inline(ref))
    out.write(SEP)


def external(r: Renderer, node: Template, name: str, out: Raw) -> None:
    """`{{IMDb title|0000001|Some Film}}` → `Some Film at IMDb` and the id ("imdb", "tt0000001")."""
    args = _texts(r, node)
    params = {k: _text(r, v) for k, v in named(node).items()}
    if name in WEBSITES:
        url = params.get("url") or params.get("1") or (args[0] if args else "")
        if url:
            out.frag.ids.append(("official_website", url.strip()))
        out.write("Official website")
        return
    database, site, prefix = EXTERNAL[name]
    ident = params.get("id") or (args[0] if args else "")
    ident = ident.strip()
    if prefix and ident.isdigit():
        ident = prefix + ident.zfill(7)
    if ident:
        out.frag.ids.append((database, ident))
    title = params.get("title") or (args[1] if len(args) > 1 else "") or r.context.title
    out.write(f"{title} at {site}" if title else site)
