"""Wikidata's JSON entity dump (one entity a line, inside `[` … `]`, plain or gzip) → one `dataset`
document a film.

    [
    {"type":"item","id":"Q25188","labels":{"en":{"language":"en","value":"Inception"}},
     "claims":{"P31":[…Q11424…],"P345":[…"tt1375666"…],"P57":[…Q25191…],"P577":[…"+2010-07-08T00:00:00Z"…]}},
    …
    ]

Recognised by its first entity line. An item is a film when it is an instance (P31) of a film or
television class, or has an IMDb title id (P345 `tt…`). Its English label (else its first) is its
title, P1476 in another script a native title; P577 gives its dates (the earliest is its year),
P2047 its running time, P2130 and P2142 its budget and box office in the currency their unit names;
P57, P161, P58, P86, P344, P1040 its people, P272 and P750 its companies, P136, P495, P364 its genres,
countries and languages, named by the labels of those entities in the same dump; P345, P4947 and its
own Q id are its external ids (`imdb`, `tmdb`, `wikidata`). The dump is read three times as a
stream (the entities films name, their labels, then the films): memory holds the labels of the
entities the films name, never the dump. A line that is not JSON, an item without an id, an IMDb id
not shaped `tt` + digits is reported with the file and line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

from ...errors import InvalidValue, UnreadableDocument
from ...model import Document
from ...writing_systems import script_of
from ..datafile import open_binary
from ..registry import Peek
from .card import Card, Line, OnBad, check_id, day, documents, external

FORMAT = "wikidata"
SITE = "Wikidata"
LICENCE = "CC0 (Wikidata)"
TRUST = 0.6  # sourced statements, edited by many
CARDS = True

FILM_CLASSES = frozenset({"Q11424", "Q24869", "Q202866", "Q506240", "Q229390", "Q17123180", "Q93204",
                          "Q5398426", "Q21191270", "Q1261214"})
PEOPLE = {"P57": "director", "P161": "cast_member", "P58": "screenwriter", "P86": "music",
          "P344": "cinematography", "P1040": "editing", "P162": "producer"}
NAMED = {"P272": "production_company", "P750": "distributor", "P136": "genre", "P495": "country_of_origin",
         "P364": "original_language", **PEOPLE}
CURRENCIES = {"Q4917": "USD", "Q4916": "EUR", "Q25224": "GBP", "Q8146": "JPY", "Q202040": "KRW", "Q39099": "CNY",
              "Q80524": "INR", "Q31015": "HKD", "Q259502": "AUD", "Q1104069": "CAD"}
MINUTE = "Q7727"
_ENTITY = re.compile(r'^\s*\{\s*"(?:type|id)"\s*:\s*"(?:item|Q\d+)"')


def recognise(peek: Peek) -> bool:
    lines = [line for line in peek.lines[:3] if line.strip() not in ("", "[")]
    return bool(lines) and bool(_ENTITY.match(lines[0])) and '"claims"' in peek.text


def _entities(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line, entity) for each entity line; a line that is not JSON comes as its problem (a str)."""
    with open_binary(path) as stream:
        for number, line in enumerate(stream, 1):
            try:  # each line decoded here, so that bytes that are not UTF-8 are named by their line
                raw = line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as err:
                raise UnreadableDocument(f"{path}: line {number}: not UTF-8 ({err.reason})",
                                         hint="the dump may be damaged: download it again") from None
            text = raw.strip().rstrip(",")
            if text in ("", "[", "]"):
                continue
            try:
                entity = json.loads(text)
            except json.JSONDecodeError as err:
                yield number, f"not valid JSON ({err.msg} at character {err.pos})"
                continue
            yield number, entity if isinstance(entity, dict) else "not an entity object"


def _values(entity: dict[str, Any], prop: str) -> list[Any]:
    out = []
    for statement in (entity.get("claims") or {}).get(prop, []) or []:
        snak = statement.get("mainsnak", {}) if isinstance(statement, dict) else {}
        if snak.get("snaktype") == "value":
            out.append((snak.get("datavalue") or {}).get("value"))
    return out


def _qids(entity: dict[str, Any], prop: str) -> list[str]:
    return [v["id"] for v in _values(entity, prop) if isinstance(v, dict) and isinstance(v.get("id"), str)]


def _is_film(entity: dict[str, Any]) -> bool:
    return bool(FILM_CLASSES & set(_qids(entity, "P31"))) or any(
        isinstance(v, str) and v.startswith("tt") for v in _values(entity, "P345"))


def _label(entity: dict[str, Any]) -> str:
    labels = entity.get("labels") or {}
    best = labels.get("en") or next(iter(labels.values()), None)
    return str(best.get("value", "")).strip() if isinstance(best, dict) else ""


def iter_documents(path: Path, on_bad: OnBad = None) -> Iterator[Document]:
    """A document per film; three streamed passes (named entities, their labels, the films)."""
    wanted: set[str] = set()
    for _, entity in _entities(path):
        if isinstance(entity, dict) and _is_film(entity):
            wanted.update(q for prop in NAMED for q in _qids(entity, prop))
    labels = {e["id"]: _label(e) for _, e in _entities(path) if isinstance(e, dict) and e.get("id") in wanted}
    made = ((f"{path}#line={line}", partial(_film, line, entity, path, labels))
            for line, entity in _entities(path) if not isinstance(entity, dict) or _is_film(entity))
    return documents(made, on_bad)


def _amount(value: Any, where: str, what: str) -> tuple[str, str]:
    if not isinstance(value, dict) or not isinstance(value.get("amount"), str):
        raise InvalidValue(f"{where}: {what} is not a quantity", hint="fix that line or remove it")
    amount = value["amount"].lstrip("+")
    unit = str(value.get("unit", "")).rpartition("/")[2]
    try:
        float(amount)
    except ValueError:
        raise InvalidValue(f"{where}: {what} is {amount!r}, not a number", hint="fix that line or remove it") from None
    return amount.removesuffix(".0"), unit


def _film(line: int, entity: dict[str, Any] | str, path: Path, labels: dict[str, str]) -> Card | None:
    where = f"{path}: line {line}"
    if isinstance(entity, str):
        raise InvalidValue(f"{where}: {entity}", hint="fix that line or remove it (--skip-bad skips it)")
    qid = entity.get("id")
    if not isinstance(qid, str):
        raise InvalidValue(f"{where}: an entity without an id", hint="fix that line or remove it (--skip-bad skips it)")
    check_id(qid, r"Q[1-9]\d*", where, "id")
    title = _label(entity)
    if not title:
        return None  # a film no one has named in any language: nothing to call it by
    lines = [Line("title", "Title", title)]
    for value in _values(entity, "P1476"):
        if isinstance(value, dict) and isinstance(value.get("text"), str) and script_of(value["text"]) != "Latin":
            lines.append(Line("native_title", "Original title", value["text"], {
                "language": str(value.get("language", "")), "script": script_of(value["text"])}))
    dates = sorted(day(v["time"].lstrip("+")[:10].replace("-00", ""), where, "P577") for v in _values(entity, "P577")
                   if isinstance(v, dict) and isinstance(v.get("time"), str))
    lines += [Line("release_date", "Publication date", d, {"country": ""}) for d in dates[:1]]
    lines += [Line("publication_year", "Year", d[:4]) for d in dates[:1]]
    for value in _values(entity, "P2047")[:1]:
        amount, unit = _amount(value, where, "P2047")
        if unit == MINUTE:
            lines.append(Line("running_time", "Duration (minutes)", amount, {"cut": ""}))
    for prop, label, money in (("P2130", "Cost", "budget"), ("P2142", "Box office", "gross")):
        for value in _values(entity, prop)[:1]:
            amount, unit = _amount(value, where, prop)
            if currency := CURRENCIES.get(unit):
                lines.append(Line(money, label, f"{amount} {currency}",
                                  {"undated": True} if money == "gross" else {}))
    for prop, claim_prop in NAMED.items():
        for q in _qids(entity, prop):
            if name := labels.get(q):
                lines.append(Line(claim_prop, claim_prop.replace("_", " ").capitalize(), name))
    for value in _values(entity, "P345"):
        if isinstance(value, str):
            lines.append(external("imdb", "IMDb id", check_id(value, r"tt\d{7,9}", where, "P345")))
    for value in _values(entity, "P4947"):
        if isinstance(value, str):
            lines.append(external("tmdb", "TMDB id", check_id(value, r"[1-9]\d{0,9}", where, "P4947")))
    lines.append(external("wikidata", "Wikidata item", qid))
    return Card(title, lines, f"{path}#line={line}", FORMAT, SITE, LICENCE)
