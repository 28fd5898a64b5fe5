"""Infobox fields (`Document.fields`) → claims.

Readers give each infobox parameter as a field whose value is the text of the page: rendered
markup with items separated by "; " (`starring = Jane Doe; Richard Miles`), or a saved page's
labelled lines with items on lines, after pipes or bullets, or between commas
(`sources.labels`, read by `infobox_values`). Each item becomes one claim whose evidence is that
item's span, about the film the field's page (or, on a page naming several films, its stretch of
the page) is about:

    director: John Roe                      → director = Name("John Roe")
    starring: A; B                          → cast_member = A, cast_member = B
    released: 17 January 1997 (Spain)       → release_date = Time("1997-01-17"), country = Spain
    runtime: 100 minutes                    → running_time = Quantity(100, "minute")
    gross: more than US$30 million[ref]     → gross = Quantity(30e6, "USD", approx, bound="lower"),
                                              point_in_time = the cited work's date
    hangul: 영화                             → native_title = Text(…, "ko", "Hangul")
    監督 黒澤明 / 製作費 2億1,000万円           → director, budget = Quantity(2.1e8, "JPY")
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..model import Claim, Document, Field, Name, Quantity, Text, Time, Value, claim
from ..sources.wiki.wikicite import iso_date
from ..writing_systems import script_of
from . import extractor
from . import infobox_values as iv
from .citations import citation_for
from .kinds import SUBJECT_KINDS
from .titles import japanese_romanization

VERSION = "2.0"

PEOPLE = {
    "director": "director", "directed_by": "director", "directors": "director",
    "producer": "producer", "producers": "producer", "produced_by": "producer",
    "writer": "writer", "writers": "writer", "written_by": "writer",
    "screenplay": "screenwriter", "screenplay_by": "screenwriter", "story": "writer", "story_by": "writer",
    "music": "music", "music_by": "music", "composer": "music",
    "cinematography": "cinematography", "editing": "editing", "edited_by": "editing", "editor": "editing",
    "narrator": "narrator", "narrated_by": "narrator",
    "starring": "cast_member", "cast": "cast_member",
    "executive_producer": "executive_producer",
}
ORGANIZATIONS = {
    "studio": "production_company", "studios": "production_company",
    "production_company": "production_company", "production_companies": "production_company",
    "distributor": "distributor", "distributors": "distributor", "distributed_by": "distributor",
}
RELEASE = frozenset(("released", "release_date", "release_dates", "release"))
RUNTIME = frozenset(("runtime", "running_time"))
TEXTS = {"country": "country_of_origin", "countries": "country_of_origin",
         "language": "original_language", "languages": "original_language", "genre": "genre", "genres": "genre"}
MONEY = {"budget": "budget", "gross": "gross", "box_office": "gross", "rentals": "gross"}
NATIVE = frozenset(("hangul", "hanja", "kanji", "traditional", "simplified", "original_title"))
# field → (language, romanization system) of a romanized title
ROMANIZED = {"rr": ("ko-Latn", "Revised Romanization"), "mr": ("ko-Latn", "McCune–Reischauer"),
             "hepburn": ("ja-Latn", "Hepburn"), "pinyin": ("zh-Latn", "Hanyu Pinyin"),
             "jyutping": ("yue-Latn", "Jyutping")}
TITLES = frozenset(("title", "title_alt", "english_title", "also_known_as"))
COUNTS = {"admissions": "admissions", "attendance": "admissions", "audience": "admissions"}
TIME_SENSITIVE = frozenset(("gross", "budget", "admissions"))

_PAREN_TAIL = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
_PAREN_HEAD = re.compile(r"^\s*\(([^()]*)\)\s*(.*)$")
_EVENT = re.compile(r"festival|premiere|fest\b|screening|market", re.I)
_CURRENCY_CODES = {
    "us$": "USD", "$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD",
    "₩": "KRW", "krw": "KRW", "won": "KRW", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "yen": "JPY", "cn¥": "CNY", "cny": "CNY",
    "rmb": "CNY", "yuan": "CNY", "₹": "INR", "inr": "INR", "rupees": "INR", "rs": "INR", "rs.": "INR",
    "rp": "IDR", "rp.": "IDR", "idr": "IDR", "rupiah": "IDR", "hk$": "HKD", "hkd": "HKD", "nt$": "TWD",
    "twd": "TWD", "a$": "AUD", "aud": "AUD", "ca$": "CAD", "c$": "CAD", "cad": "CAD", "nz$": "NZD",
    "s$": "SGD", "r$": "BRL", "mex$": "MXN", "₱": "PHP", "php": "PHP", "₽": "RUB", "rub": "RUB",
    "฿": "THB", "thb": "THB", "₺": "TRY", "try": "TRY", "rm": "MYR", "myr": "MYR", "chf": "CHF", "원": "KRW",
}
_PREFIX = r"(?P<pre>US\$|HK\$|CN¥|NT\$|A\$|CA\$|C\$|NZ\$|S\$|R\$|Mex\$|\$|₩|€|£|¥|₹|₱|₽|฿|₺|Rp\.?|Rs\.?|RM|" \
          r"KRW|USD|EUR|GBP|JPY|INR|IDR|CNY|HKD|CHF)"
_MONEY = re.compile(
    _PREFIX + r"?\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s*[–-]\s*(?P<num2>\d[\d,]*(?:\.\d+)?))?"
    r"(?:\s*(?P<mult>(?:thousand|million|billion|trillion|bn|mn|m|k)\b|억|만|조))?"
    r"(?:\s*(?P<post>(?:USD|KRW|EUR|GBP|JPY|won|dollars|euros?|yen|yuan|rupees|rupiah)\b|원))?(?P<plus>\+)?",
    re.I,
)
_MULTIPLIERS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
                "bn": 1e9, "trillion": 1e12, "만": 1e4, "억": 1e8, "조": 1e12}
_LOWER = re.compile(r"(?:more than|over|at least|in excess of|exceeding|above|upwards of)\s*$", re.I)
_UPPER = re.compile(r"(?:less than|under|below|up to|nearly|almost)\s*$", re.I)
_ABOUT = re.compile(r"(?:about|approximately|approx\.?|around|roughly|est\.?|estimated|~|c\.)\s*$", re.I)
_COUNT = re.compile(
    r"(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<mult>(?:thousand|million|billion)\b|만|억))?(?P<plus>\+)?", re.I)
_MINUTES = re.compile(r"(\d+(?:\.\d+)?)\s*(?:(?:minutes?|mins?\.?|m)\b|분|分)", re.I)
_HOURS = re.compile(r"(\d+(?:\.\d+)?)\s*(?:(?:hours?|hrs?\.?|h)\b|시간|時間|小时|小時)", re.I)


def items(field: Field) -> Iterator[tuple[str, int, int]]:
    """The items of a field value with their offsets in the document (see `infobox_values.items`)."""
    yield from iv.items(field.value, field.start)


def money(text: str) -> list[tuple[Quantity, bool, int, int]]:
    """Amounts in `text` with a currency: each with whether it is a parenthetical equivalent and
    where it is written."""
    found: list[tuple[Quantity, bool, int, int]] = []
    for m in _MONEY.finditer(text):
        sign = (m.group("pre") or m.group("post") or "").lower()
        unit = _CURRENCY_CODES.get(sign, "")
        if not unit:
            continue
        amount = float(m.group("num").replace(",", ""))
        mult = (m.group("mult") or "").lower()
        amount *= _MULTIPLIERS.get(mult, 1.0)
        before = text[:m.start()]
        bound: Any = ""
        if _LOWER.search(before) or m.group("plus"):
            bound = "lower"
        elif _UPPER.search(before):
            bound = "upper"
        approx = bool(mult) or bool(m.group("num2")) or bool(_ABOUT.search(before))
        inside = before.count("(") > before.count(")")
        found.append((Quantity(amount, unit, approx, bound), inside, m.start(), m.end()))
    return found


def count(text: str) -> Quantity | None:
    """`12.32 million` → 12,320,000 (approx); `1,281만 명` → 12,810,000; `more than 10,000,000` →
    a lower bound."""
    m = _COUNT.search(text)
    if not m:
        return None
    mult = (m.group("mult") or "").lower()
    amount = float(m.group("num").replace(",", "")) * _MULTIPLIERS.get(mult, 1.0)
    before = text[:m.start()]
    bound: Any = "lower" if m.group("plus") or _LOWER.search(before) else ""
    return Quantity(amount, "", approx=bool(mult) or bool(_ABOUT.search(before)), bound=bound)


def minutes(text: str) -> float | None:
    hours = _HOURS.search(text)
    mins = _MINUTES.search(text)
    if hours or mins:
        return (float(hours.group(1)) * 60 if hours else 0.0) + (float(mins.group(1)) if mins else 0.0)
    bare = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*", text)
    return float(bare.group(1)) if bare else None


def _time(iso: str) -> Time:
    return Time(iso, "day" if len(iso) == 10 else "month" if len(iso) == 7 else "year")


@extractor("infobox", VERSION, requires=("fields",))
def extract_infobox(doc: Document, subject: str) -> Iterator[Claim]:
    """Claims of every field, about the document's film; on a page that names several films (a news
    story with a film's data card), about the film of the stretch the field is in."""
    seen: set[tuple[str, str, Value, tuple[Any, ...]]] = set()
    films = _card_films(doc, subject)
    for field, film in zip(doc.fields, films, strict=True):
        for prop, value, start, end, qualifiers in _field_claims(doc, field):
            key = (film, prop, value, tuple(sorted(qualifiers.items())))
            if key in seen:
                continue
            seen.add(key)
            yield claim(film, prop, value, doc.span(start, end), "infobox", VERSION, qualifiers)


Found = tuple[str, Value, int, int, dict[str, Any]]


def _card_films(doc: Document, subject: str) -> list[str]:
    """The film of each field: the document's, unless the page holds the cards of several films
    (each opening with its title), when a field is about the film of the card it is in."""
    titles = [f.value.strip() for f in doc.fields if f.name == "title"]
    if doc.kind in SUBJECT_KINDS or len(set(titles)) < 2:
        return [subject] * len(doc.fields)
    films: list[str] = []
    film = subject
    for field in doc.fields:
        if field.name == "title":
            film = field.value.strip()
        films.append(film)
    return films


def _field_claims(doc: Document, field: Field) -> Iterator[Found]:
    name = field.name
    if name in PEOPLE:
        prop = PEOPLE[name]
        for person in iv.people(field.value, field.start):
            key = "character" if prop == "cast_member" and _role(person.note) else "note"
            credit = {"credit": "story"} if name in ("story", "story_by") else {}
            yield prop, Name(person.name, "person"), person.start, person.end, {key: person.note, **credit}
    elif name in ORGANIZATIONS:
        for org in iv.organizations(field.value, field.start):
            country = iv.place(org.note)
            yield ORGANIZATIONS[name], Name(org.name, "organization"), org.start, org.end, \
                {"country": country or org.note}
    elif name == "based_on":
        yield from _based_on(field)
    elif name in RELEASE:
        for dated in iv.dates(field.value, field.start):
            where = dated.where
            country = iv.place(where) if where else ""
            if where and not country and (_EVENT.search(where) or _festival_like(where)):
                # "May 21, 2019 (Cannes)": a festival or a city, so a premiere there, not a release
                yield "premiere_date", _time(dated.iso), dated.start, dated.end, {"place": where}
                continue
            yield "release_date", _time(dated.iso), dated.start, dated.end, {"country": country or where}
    elif name == "year":
        for text, start, _ in items(field):
            if m := re.search(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", text):
                yield "publication_year", Time(m.group(1), "year"), start + m.start(1), start + m.end(1), {}
    elif name in RUNTIME:
        for text, start, _ in items(field):
            for part, s, e in iv.split(text, start, re.compile(r"\s*,\s*|\s/\s")):
                if (length := minutes(part)) is not None and 1 <= length <= 1000:
                    cut = m.group(1).strip() if (m := re.search(r"\(([^()]*)\)", part)) else ""
                    yield "running_time", Quantity(length, "minute"), s, e, {"cut": cut if _CUT.search(cut) else ""}
    elif name in TEXTS:
        for part, s, e in iv.texts(field.value, field.start, vocabulary=name != "genre"):
            yield TEXTS[name], Text(part, _language_of(part, doc)), s, e, {}
    elif name in MONEY:
        yield from _money_claims(doc, field)
    elif name in COUNTS:
        when = _cited_date(doc, field)
        for text, start, end in items(field):
            if (quantity := _count(text)) is not None:
                yield COUNTS[name], quantity, start, end, _dated(when)
    elif name in NATIVE:
        yield from _native_titles(doc, field)
    elif name in ROMANIZED:
        language, system = ROMANIZED[name]
        for text, start, end in items(field):
            if script_of(text) == "Latin" and len(text) <= 80:
                yield "romanized_title", Text(text, language, "Latin"), start, end, {
                    "language": language, "system": system}
    elif name == "literal":
        for text, start, end in items(field):
            text = text.strip("'\"‘’“”")
            yield "literal_title", Text(text, "en", "Latin"), start, end, {"language": "en"}
    elif name in TITLES:
        for text, start, end in items(field):
            if len(text) > 120:
                continue
            if (m := re.fullmatch(r"[《「『〈<\"“'‘](.+?)[》」』〉>\"”'’]", text)):  # "《괴물》"
                text, start, end = m.group(1), start + 1, end - 1
            if m := re.match(r"^(.*?)\s*[(（](?:[^()（）]{1,40},\s*)?((?:19|20)\d\d)[)）]$", text):  # "X (2003)"
                yield "publication_year", Time(m.group(2), "year"), start + m.start(2), start + m.end(2), {}
                text, end = m.group(1), start + len(m.group(1))
            if (both := re.fullmatch(r"(?P<native>[^A-Za-z]{1,100}?)\s++(?P<latin>[A-Z][\w .,'’:!?-]+)", text)) and \
                    script_of(both.group("native")) in ("Hangul", "Hanja", "Kana"):
                # "君の名は。 Kimi no Na wa.": the title in its script, then its romanization
                native, latin = both.group("native"), both.group("latin")
                language = _cjk_language(native, doc)
                yield "native_title", Text(native, language, script_of(native)), start, start + len(native), {
                    "language": language, "script": script_of(native)}
                at = start + both.start("latin")
                yield "romanized_title", Text(latin, f"{language}-Latn", "Latin"), at, at + len(latin), {
                    "language": f"{language}-Latn"}
                continue
            script = script_of(text)
            if script == "Latin" and name == "title_alt" and (romanized := japanese_romanization(text)):
                # "(Shichinin no Samurai)" under "Seven Samurai (1954)": the title in Japanese, romanized
                yield "romanized_title", Text(romanized, "ja-Latn", "Latin"), start, end, {"language": "ja-Latn"}
            elif script == "Latin":
                yield "title", Text(text, doc.language, script), start, end, {"language": doc.language}
            elif script in ("Hangul", "Hanja", "Kana"):
                language = _cjk_language(text, doc)
                yield "native_title", Text(text, language, script), start, end, {"language": language,
                                                                                "script": script}


_CUT = re.compile(r"cut|version|edition|release|theatrical|extended|director", re.I)
_ROLE_WORDS = re.compile(r"^(?:voice|uncredited|cameo|special appearance|narrator|archive footage)$", re.I)


def _role(note: str) -> bool:
    """Whether a cast member's bracket names a role (`(박강두)`, `(Ben)`), not a remark (`(voice)`)."""
    return bool(note) and not _ROLE_WORDS.match(note)


def _festival_like(where: str) -> bool:
    """A place that is not a country: a city or a festival's short name (`Cannes`, `VIFF`)."""
    return bool(re.fullmatch(r"[A-Z]{3,6}|[A-Z][a-z]+(?: [A-Z][a-z]+)?", where)) and not iv.place(where)


def _dated(when: str, prop: str = "gross") -> dict[str, Any]:
    """An infobox figure is undated unless a reference in its value dates it (a budget is not a
    figure of a run: it is only dated when a reference dates it)."""
    return {"point_in_time": when} if when else {} if prop == "budget" else {"undated": True}


def _language_of(text: str, doc: Document) -> str:
    script = script_of(text)
    return "en" if script == "Latin" and doc.language in ("", "en") else (
        doc.language if script == "Latin" else _cjk_language(text, doc))


def _cjk_language(text: str, doc: Document) -> str:
    script = script_of(text)
    if script == "Hangul":
        return "ko"
    if script == "Kana":
        return "ja"
    return doc.language if doc.language in ("ja", "zh", "ko") else "zh"


def _money_claims(doc: Document, field: Field) -> Iterator[Found]:
    prop = MONEY[field.name]
    when = _cited_date(doc, field) if prop in TIME_SENSITIVE else ""
    extra: dict[str, Any] = {"measure": "distributor_rentals"} if field.name == "rentals" else {}
    label = _label_before(doc, field)
    if prop == "gross" and not extra:
        extra = _label_scope(label)
        if not extra and _english_label(doc, field):
            extra = {"scope": "worldwide"}  # an English-language infobox's box office is the worldwide total
    for text, start, _ in items(field):
        if re.search(r"\(rentals?\)|rentals", text, re.I) and prop == "gross":
            extra = {"measure": "distributor_rentals"}
        found = False
        for amount, equivalent, s, e in money(text):
            if equivalent:
                continue  # "Rp 5 billion ($600,000)": the same sum in another currency
            found = True
            if upper := _range_top(text, s, e, amount):
                amount = upper  # "$878,000–$1 million", "$3.7–6.9 million": at most the higher figure
            yield prop, amount, start + s, start + e, {**_dated(when, prop), **extra}
            break  # the first sum of an item; what follows restates it or qualifies it
        if not found and (cjk := iv.cjk_quantity(text, _unit_hint(doc))) is not None and cjk[0].unit:
            quantity, s, e = cjk
            yield prop, quantity, start + s, start + e, {**_dated(when, prop), **extra}


_RANGE = re.compile(r"\s*[–—-]\s*")


def _range_top(text: str, s: int, e: int, amount: Quantity) -> Quantity | None:
    """The higher end of a range an amount opens (`$878,000–$1 million`, `$3.7–6.9 million`), as an
    upper bound; None when the amount is no range's start."""
    m = re.match(r"(?P<pre>[^\d]*?)(?P<num>\d[\d,]*(?:\.\d+)?)\s*[–—-]\s*(?P<rest>.*)$", text[s:])
    if not m:
        return None
    rest = m.group("rest")
    if not re.match(r"[^\d]{0,4}\d", rest):
        return None
    second = money(rest)
    if second and second[0][2] <= 4:
        top = second[0][0]
    else:
        # "$3.7–6.9 million": the second number shares the first one's currency and scale
        n = re.match(r"(\d[\d,]*(?:\.\d+)?)", rest.lstrip("$₩€£¥ "))
        if not n:
            return None
        scale = amount.amount / float(m.group("num").replace(",", "")) if float(m.group("num").replace(",", "")) else 1
        top = Quantity(float(n.group(1).replace(",", "")) * scale, amount.unit, True, "upper")
    if top.unit != amount.unit or top.amount <= amount.amount:
        return None
    return Quantity(top.amount, top.unit, True, "upper")


def _label_before(doc: Document, field: Field) -> str:
    """The label written before a field's value on its line (`Gross USA` in `Gross USA: $19.7 million`)."""
    line_start = doc.text.rfind("\n", 0, field.start) + 1
    return re.split(r"[:：|]\s*(?=[^:：|]*$)", doc.text[line_start:field.start].strip(" \t:：|"))[-1]


def _label_scope(label: str) -> dict[str, Any]:
    """What a box-office label says about its figure: its market and its period."""
    low = label.casefold()
    out: dict[str, Any] = {}
    if re.search(r"\b(?:usa|us|u\.s\.|north america|domestic)\b", low):
        out["scope"] = "United States" if "domestic" not in low else "domestic"
    elif "worldwide" in low or "world" in low:
        out["scope"] = "worldwide"
    if "opening" in low:
        out["period"] = "opening_weekend" if "weekend" in low else "opening_day" if "day" in low else "opening"
    return out


def _english_label(doc: Document, field: Field) -> bool:
    """Whether a saved page's label, before the value on its line, is English (`Box office`, `Gross`).
    (Markup readers render their own labels; their infobox is left as it was.)"""
    if doc.format in ("wikitext", "html", "dump"):
        return False
    line_start = doc.text.rfind("\n", 0, field.start) + 1
    return bool(re.search(r"box[- ]?office|gross", doc.text[line_start:field.start], re.I))


def _unit_hint(doc: Document) -> str:
    return {"ko": "KRW", "ja": "JPY", "zh": "CNY"}.get(doc.language, "")


def _count(text: str) -> Quantity | None:
    if (cjk := iv.cjk_amount(text)) is not None:
        amount, _, _, _, rounded = cjk
        return Quantity(amount, "", approx=rounded or iv.about(text))
    return count(text)


def _native_titles(doc: Document, field: Field) -> Iterator[Found]:
    """Titles in their own script: Hangul, Hanja, kanji, Chinese characters, or the original title
    of a film from another language (`Titre original Intouchables`)."""
    for text, start, end in items(field):
        script = script_of(text)
        if field.name == "original_title":
            language = doc.language if script == "Latin" else _cjk_language(text, doc)
        elif script not in ("Hangul", "Hanja", "Kana"):
            continue  # a transcription's label or a caption, not the title in its script
        elif field.name == "hanja" and script != "Hanja":
            continue  # a garbled Hanja line (Hangul left over)
        else:
            language = "ko" if field.name in ("hangul", "hanja") else (
                "ja" if field.name == "kanji" else _cjk_language(text, doc) if script != "Hanja" else
                ("zh" if field.name in ("traditional", "simplified") else "ko"))
        if len(text) <= 80:
            yield "native_title", Text(text, language, script), start, end, {"language": language, "script": script}


def _cited_date(doc: Document, field: Field) -> str:
    """The date of the work a reference inside the field's value cites (else when it was read)."""
    cited = citation_for(doc, field.start)
    if cited is None or not field.start <= cited.anchor <= field.end:
        return ""
    return iso_date(cited.date) or iso_date(cited.access_date)


def _based_on(field: Field) -> Iterator[Found]:
    """`(stage play) The Play by Jane Doe` → work "The Play", author and form qualifiers; a line
    of its own `by Jane Doe` (a `<br>` in the infobox) is the author of the line before."""
    parts = list(items(field))
    for i, (text, start, end) in enumerate(parts):
        if text.casefold().startswith("by "):
            continue
        form, work, s = "", text, start
        if m := _PAREN_HEAD.match(work):
            form, work = m.group(1).strip(), m.group(2)
            s = start + m.start(2)
        author = ""
        if m := re.search(r"\s+by\s*(?=[A-Z\u3040-\u9fff\uac00-\ud7a3])", work):
            work, author = work[:m.start()], work[m.end():]
        elif i + 1 < len(parts) and parts[i + 1][0].casefold().startswith("by "):
            author = parts[i + 1][0][3:]
            end = parts[i + 1][2]
        stripped = work.strip().strip("\"“”'‘’")
        s += work.find(stripped) if stripped else 0
        work = stripped
        if work:
            yield "based_on", Name(work, "work"), s, end, {"author": author.strip(), "form": form}
