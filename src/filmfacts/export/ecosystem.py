"""Exports for other tools, each written a film at a time from the stored records.

- `write_jsonld`: schema.org `Movie`s in one JSON-LD document (`@graph`), with a context of its own
  (no fetch of schema.org's): name, alternateName, datePublished, director, actor, productionCompany,
  countryOfOrigin, duration, sameAs (IMDb, Wikidata, official site) and the sources as `citation`
  (`CreativeWork`s with their address, publisher and dates).
- `write_csv`: one row per fact (and per value of a conflict): film, year, property, value,
  qualifiers, status, sources (readable labels), their addresses, independent sources.
- `write_quickstatements`: Wikidata's QuickStatements v1 (tab-separated): a film's statements on its
  Q-id when a source gives one, else on a `CREATE`d item labelled with its title; only facts whose
  property maps to Wikidata and whose value can be written without guessing an item (titles, dates,
  durations, money, a few countries and languages), each with the source's address (S854) and the day
  it was retrieved (S813; the export's day when the page gives none). Facts in conflict, and facts no
  source with an address backs, are left out.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ..store import Store

SCHEMA = "https://schema.org/"
CONTEXT = {"@vocab": SCHEMA, "sameAs": {"@type": "@id"}, "url": {"@type": "@id"}}
_ID_URLS = {
    "imdb": "https://www.imdb.com/title/{}/", "wikidata": "https://www.wikidata.org/entity/{}",
    "kmdb": "https://www.kmdb.or.kr/db/kor/detail/movie/{}", "hancinema": "https://www.hancinema.net/{}.php",
    "official_website": "{}",
}
PERSON_ROLES = (("director", "director"), ("cast_member", "actor"), ("producer", "producer"),
                ("music", "musicBy"))


def _facts(record: dict[str, Any], prop: str) -> list[dict[str, Any]]:
    return [f for f in record["facts"] if f["property"] == prop]


def _external_ids(record: dict[str, Any]) -> dict[str, str]:
    """The film's ids in other databases: those its record gives, then those its sources carry."""
    found: dict[str, str] = {}
    for scheme, value in (record.get("external_ids") or {}).items():
        found.setdefault(scheme, value)
    for source in record.get("sources", {}).values():
        for scheme, value in (source.get("external_ids") or {}).items():
            if scheme == "imdb" and not str(value).startswith("tt"):
                continue  # a person's nm… id on the film's page
            found.setdefault(scheme, value)
    return found


def _date(record: dict[str, Any]) -> str:
    dates = sorted(str(f["value"]) for f in _facts(record, "release_date") if isinstance(f["value"], str))
    return dates[0] if dates else str(record["year"]) if record.get("year") else ""


def _minutes(record: dict[str, Any]) -> int | None:
    for f in _facts(record, "running_time"):
        value = f["value"]
        if isinstance(value, dict) and isinstance(value.get("amount"), int | float):
            unit = str(value.get("unit", "")).casefold()
            return round(value["amount"] * (60 if unit.startswith("h") else 1))
    return None


# ---------------------------------------------------------------- JSON-LD


def movie(record: dict[str, Any]) -> dict[str, Any]:
    """One record as a schema.org `Movie` node."""
    node: dict[str, Any] = {"@id": f"urn:filmfacts:film:{record['id']}", "@type": "Movie", "name": record["title"]}
    others = [t for t in record.get("titles", []) if t != record["title"]]
    if others:
        node["alternateName"] = others
    if date := _date(record):
        node["datePublished"] = date
    for prop, key in PERSON_ROLES:
        people = list(dict.fromkeys(str(f["value"]) for f in _facts(record, prop)))
        if people:
            node[key] = [{"@type": "Person", "name": p} for p in people]
    for prop, key, kind in (("production_company", "productionCompany", "Organization"),
                            ("distributor", "publisher", "Organization"), ("country_of_origin", "countryOfOrigin",
                                                                            "Country")):
        names = list(dict.fromkeys(str(f["value"]) for f in _facts(record, prop)))
        if names:
            node[key] = [{"@type": kind, "name": n} for n in names]
    genres = list(dict.fromkeys(str(f["value"]) for f in _facts(record, "genre")))
    if genres:
        node["genre"] = genres
    if (minutes := _minutes(record)) is not None:
        node["duration"] = f"PT{minutes}M"
    same = [_ID_URLS[k].format(v) for k, v in _external_ids(record).items() if k in _ID_URLS]
    if same:
        node["sameAs"] = same
    citations = []
    for doc_id, source in sorted(record.get("sources", {}).items()):
        work: dict[str, Any] = {"@id": f"urn:filmfacts:document:{doc_id}", "@type": "CreativeWork",
                                "name": source.get("title") or source["label"],
                                "publisher": {"@type": "Organization", "name": source["site"]}}
        if source.get("url", "").startswith(("http://", "https://")):
            work["url"] = source["url"]
        if source.get("published"):
            work["datePublished"] = source["published"]
        if source.get("language"):
            work["inLanguage"] = source["language"]
        citations.append(work)
    if citations:
        node["citation"] = citations
    return node


def write_jsonld(store: Store, stream: TextIO, *, ascii_only: bool = False) -> None:
    stream.write(f'{{"@context": {json.dumps(CONTEXT)},\n"@graph": [')
    first = True
    for record in store.records():
        stream.write(("\n" if first else ",\n") + json.dumps(movie(record), ensure_ascii=ascii_only))
        first = False
    stream.write("\n]}\n")


# ---------------------------------------------------------------- CSV

CSV_COLUMNS = ("film_id", "film", "year", "property", "value", "qualifiers", "status", "conflict_kind", "sources",
               "source_urls", "independent_sources", "wikidata_property")


def _text(value: Any) -> str:
    if isinstance(value, dict) and "amount" in value:
        amount = value["amount"]
        amount = int(amount) if isinstance(amount, float) and amount.is_integer() else amount
        return f"{'≥ ' if value.get('bound') == 'lower' else ''}{amount} {value.get('unit', '')}".strip()
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return "" if value is None else str(value)


def fact_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per fact; a conflict gives a row per value, each with the sources that state it."""
    sources = record.get("sources", {})

    def labels(ids: list[str]) -> tuple[str, str]:
        return ("; ".join(sources.get(d, {}).get("label", d) for d in ids),
                " ".join(u for d in ids if (u := sources.get(d, {}).get("url"))))

    base = {"film_id": record["id"], "film": record["title"], "year": record.get("year") or ""}
    for f in record["facts"]:
        names, urls = labels(f["sources"])
        yield base | {"property": f["property"], "value": _text(f["value"]),
                      "qualifiers": "; ".join(f"{k}={_text(v)}" for k, v in f.get("qualifiers", {}).items()),
                      "status": f["status"], "conflict_kind": "", "sources": names, "source_urls": urls,
                      "independent_sources": f.get("independent_sources", ""),
                      "wikidata_property": f.get("wikidata_property", "")}
    for c in record.get("conflicts", []):
        by_value: dict[str, list[str]] = {}
        for doc_id, value in c["values"].items():
            by_value.setdefault(_text(value), []).append(doc_id)
        for value, ids in by_value.items():
            names, urls = labels(ids)
            yield base | {"property": c["property"], "value": value,
                          "qualifiers": "; ".join(f"{k}={_text(v)}" for k, v in c.get("qualifiers", {}).items()),
                          "status": "conflict", "conflict_kind": c.get("kind", ""), "sources": names,
                          "source_urls": urls, "independent_sources": "", "wikidata_property": ""}


def write_csv(store: Store, stream: TextIO) -> None:
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in store.records():
        writer.writerows(fact_rows(record))


# ---------------------------------------------------------------- QuickStatements

# Items for values a film's facts name often, so their statements need no guess; others are left out.
COUNTRIES = {"south korea": "Q884", "korea": "Q884", "united states": "Q30", "japan": "Q17", "china": "Q148",
             "india": "Q668", "france": "Q142", "united kingdom": "Q145", "hong kong": "Q8646", "taiwan": "Q865",
             "germany": "Q183", "italy": "Q38", "spain": "Q29", "canada": "Q16", "indonesia": "Q252",
             "philippines": "Q928", "turkey": "Q43", "thailand": "Q869", "vietnam": "Q881"}
LANGUAGES = {"korean": "Q9176", "english": "Q1860", "japanese": "Q5287", "mandarin": "Q9192", "chinese": "Q7850",
             "cantonese": "Q9186", "hindi": "Q1568", "french": "Q150", "german": "Q188", "spanish": "Q1321",
             "italian": "Q652", "indonesian": "Q9240", "turkish": "Q256", "thai": "Q9217"}
CURRENCIES = {"USD": "Q4917", "$": "Q4917", "KRW": "Q202040", "₩": "Q202040", "won": "Q202040", "JPY": "Q8146",
              "¥": "Q8146", "EUR": "Q4916", "€": "Q4916", "GBP": "Q25224", "£": "Q25224", "INR": "Q80524",
              "₹": "Q80524", "CNY": "Q39099", "HKD": "Q31015"}
MINUTE = "Q7727"
_PRECISION = {4: 9, 7: 10, 10: 11}  # ISO date length → Wikidata precision (year, month, day)


def _qs_string(text: str) -> str:
    return '"' + text.replace('"', "'").replace("\t", " ").replace("\n", " ") + '"'


def _qs_time(iso: str) -> str:
    iso = iso.strip()
    if not re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", iso):
        return ""
    full = (iso + "-01-01")[:10] if len(iso) < 10 else iso
    if len(iso) == 7:
        full = iso + "-01"
    return f"+{full}T00:00:00Z/{_PRECISION[len(iso)]}"


def qs_value(prop: str, value: Any, qualifiers: dict[str, Any]) -> str:
    """A fact's value in QuickStatements' syntax, or "" when it cannot be written without guessing."""
    if prop in ("title", "native_title"):
        lang = str(qualifiers.get("language") or ("ko" if re.search(r"[\uac00-\ud7a3]", str(value)) else "en"))
        lang = lang.split("-")[0].casefold()
        return f"{lang}:{_qs_string(str(value))}" if re.fullmatch(r"[a-z]{2,3}", lang) else ""
    if prop in ("publication_year", "release_date", "premiere_date"):
        return _qs_time(str(value))
    if prop == "running_time" and isinstance(value, dict) and isinstance(value.get("amount"), int | float):
        unit = str(value.get("unit", "")).casefold()
        minutes = value["amount"] * (60 if unit.startswith("h") else 1)
        return f"{minutes:g}U{MINUTE[1:]}"
    if prop in ("gross", "budget") and isinstance(value, dict) and isinstance(value.get("amount"), int | float):
        currency = CURRENCIES.get(str(value.get("unit", "")))
        if not currency or value.get("bound") or value.get("approx"):
            return ""
        return f"{value['amount']:.0f}U{currency[1:]}"
    if prop == "country_of_origin":
        return COUNTRIES.get(str(value).casefold(), "")
    if prop == "original_language":
        return LANGUAGES.get(str(value).casefold(), "")
    return ""


def _reference(source: dict[str, Any], fallback_day: str) -> str:
    # the day the page was retrieved, else the export's: the day filmfacts vouches the page said it
    day = str(source.get("retrieved") or fallback_day)[:10]
    stamp = _qs_time(day) or _qs_time(fallback_day)
    return f"\tS854\t{_qs_string(source['url'])}" + (f"\tS813\t{stamp}" if stamp else "")


def quickstatements(record: dict[str, Any], today: str) -> list[str]:
    """A film's commands: each mapped fact with a source that has an address, referenced by it."""
    sources = record.get("sources", {})
    lines: list[str] = []
    dated = any(f["property"] == "release_date" for f in record["facts"])
    for f in record["facts"]:
        prop = f.get("wikidata_property")
        if f["property"] == "publication_year" and dated:  # P577 once, at the precision a date gives
            continue
        if not prop or f["status"] not in ("agreed", "single_source", "derived"):
            continue
        value = qs_value(f["property"], f["value"], f.get("qualifiers", {}))
        cited = [sources[d] for d in f["sources"] if str(sources.get(d, {}).get("url", "")).startswith("http")]
        if not value or not cited:
            continue
        qualifier = ""
        if f["property"] in ("gross", "budget") and (when := _qs_time(str(f["qualifiers"].get("point_in_time", "")))):
            qualifier = f"\tP585\t{when}"
        if f["property"] == "release_date" and f["qualifiers"].get("country"):
            country = COUNTRIES.get(str(f["qualifiers"]["country"]).casefold())
            if not country:
                continue
            qualifier = f"\tP291\t{country}"
        lines.append(f"{{item}}\t{prop}\t{value}{qualifier}{_reference(cited[0], today)}")
    if not lines:
        return []
    qid = next((v for k, v in _external_ids(record).items() if k == "wikidata" and re.fullmatch(r"Q\d+", v)), "")
    if qid:
        return [line.replace("{item}", qid) for line in lines]
    head = ["CREATE", f"LAST\tLen\t{_qs_string(record['title'])}"]
    if record.get("year"):
        head.append(f"LAST\tDen\t{_qs_string(str(record['year']) + ' film')}")
    return head + [line.replace("{item}", "LAST") for line in lines]


def write_quickstatements(store: Store, stream: TextIO) -> None:
    from datetime import UTC, datetime

    today = datetime.now(UTC).date().isoformat()
    for record in store.records():
        for line in quickstatements(record, today):
            stream.write(line + "\n")


__all__ = ["CSV_COLUMNS", "fact_rows", "movie", "quickstatements", "write_csv", "write_jsonld",
           "write_quickstatements"]
