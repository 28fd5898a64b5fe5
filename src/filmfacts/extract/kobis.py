"""Claims from KOBIS documents (sources/dataset/kobis.py): every field and daily row, dated.

Reads the `Label: value` fields and the daily table a KOBIS document renders, never its prose.
Figures are dated as docs/dated-figures.md says: an all-time list's totals at the day the list was
taken (`point_in_time`, with `days_since_release`), a film export's totals no earlier than its
latest release (`earliest`: the export does not say when it was taken), a daily row at its day.
`time_from` is `dataset` throughout. A daily document gives, per day, the cumulative admissions,
that day's admissions and rank, and once, on its last day, the cumulative sales: the table keeps
the rest (daily sales, screens, shows) without making ~9,000 film-days into 50,000 claims.

KOBIS counts previews: a daily row may come before the opening day; it keeps its negative
`days_since_release` (the opening day is day 1) and says so in a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from ..model import Claim, Document, Field, Name, Quantity, Span, Text, Time, claim
from ..sources.dataset.kobis import FORMAT
from ..writing_systems import script_of
from . import extractor

NAME, VERSION = "kobis", "2"
COUNTRY = "South Korea"
ALLTIME_SCOPE = "all-time box office in South Korea"
# The list a daily rank is in → ranked_among; ranks among commercial or diversity films are left in the table.
RANKED_AMONG = {"all films": "all_films", "Korean films": "korean_films", "foreign films": "foreign_films"}
# The production countries the all-time lists name, as the other extractors name countries.
COUNTRIES = {"Korea": "South Korea", "US": "United States", "UK": "United Kingdom", "Japan": "Japan",
             "China": "China", "France": "France"}
TEN_MILLION = 10_000_000
# "장준녕(장남부)": a name with another name (a former one, or the credited one) in brackets.
_BRACKETED = re.compile(r"(?:(?<!\s)\s+)?[(（][^)）]*[)）]\s*")


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def _days_since(released: str, day: str) -> int | None:
    start, end = _day(released), _day(day)
    return (end - start).days + 1 if start and end else None


def _amount(value: str) -> float:
    return float(value.replace(",", ""))


class _Doc:
    """A KOBIS document's fields by name, and evidence: the whole `Label: value` line of a field."""

    def __init__(self, doc: Document, subject: str) -> None:
        self.doc, self.subject = doc, subject or doc.title
        self.fields: dict[str, Field] = {f.name: f for f in doc.fields}
        self.kind = self.fields["list"].value if "list" in self.fields else ""

    def value(self, name: str) -> str:
        f = self.fields.get(name)
        return f.value if f else ""

    def line(self, name: str) -> Span:
        f = self.fields[name]
        start = self.doc.text.rfind("\n", 0, f.start) + 1
        return self.doc.span(start, f.end)

    def say(self, prop: str, value: Any, evidence: Span, q: dict[str, Any] | None = None) -> Claim:
        return claim(self.subject, prop, value, evidence, NAME, VERSION, q)

    def as_of(self) -> dict[str, Any]:
        """When a list's totals were true: the day an all-time list was taken; no earlier than the
        export's latest release for the film exports; undated when the document has no date."""
        published = self.doc.published
        if not published:
            return {"undated": True, "time_from": "dataset"}
        if self.kind in {"top500", "tenmillion"}:
            return {"point_in_time": published, "time_from": "dataset",
                    "days_since_release": _days_since(self.value("release_date"), published)}
        return {"earliest": published, "time_from": "dataset"}


@extractor(NAME, VERSION, requires=("fields",), formats=(FORMAT,))
def extract_kobis(doc: Document, subject: str) -> Iterator[Claim]:
    d = _Doc(doc, subject)
    yield from _titles(d)
    if code := d.value("movie_code"):  # KOBIS's own id of the film, as the other datasets give theirs
        yield d.say("external_id", Text(code), d.line("movie_code"), {"namespace": "kobis"})
    yield from _release(d)
    yield from _people_and_genre(d)
    if d.kind == "daily":
        yield from _daily(d)
    else:
        yield from _totals(d)


def _titles(d: _Doc) -> Iterator[Claim]:
    title = d.doc.title
    evidence = d.doc.span(0, len(title))
    korean_film = d.kind in {"films", "films_raw"} or d.value("nation") in {"Korea", "Korean"}
    # a Korean film's KOBIS title is its own ("해무(海霧)", "1987"); a foreign film's is its Korean release title
    yield d.say("native_title" if korean_film else "title", Text(title, "ko", script_of(title)), evidence)
    if d.value("title_en"):
        yield d.say("title", Text(d.value("title_en"), "en", "Latin"), d.line("title_en"))


def _release(d: _Doc) -> Iterator[Claim]:
    released = d.value("release_date")
    if released:
        span = d.line("release_date")
        yield d.say("release_date", Time(released), span, {"country": COUNTRY})
        yield d.say("publication_year", Time(released[:4], "year"), span)
    nation = d.value("nation")
    country = COUNTRIES.get(nation) or (COUNTRY if nation == "Korean" else "")
    if country:
        yield d.say("country_of_origin", Text(country, "en"), d.line("nation"))


def _people_and_genre(d: _Doc) -> Iterator[Claim]:
    if d.value("director"):
        for name in _names(d.value("director")):
            yield d.say("director", Name(name, "person"), d.line("director"))
    if d.value("cast"):
        span = d.line("cast")
        for name in _names(d.value("cast")):
            yield d.say("cast_member", Name(name, "person"), span)
    genre = d.value("genre")
    if genre:
        for item in (g.strip() for g in genre.split(",")):
            if item:
                script = script_of(item)
                yield d.say("genre", Text(item, "ko" if script == "Hangul" else "en", script), d.line("genre"))


def _names(cell: str) -> list[str]:
    """A comma-separated cast cell as names, once each, without a bracketed second name."""
    names = (_BRACKETED.sub("", n).strip() for n in cell.split(","))
    return list(dict.fromkeys(n for n in names if n))


def _totals(d: _Doc) -> Iterator[Claim]:
    when = d.as_of()
    if d.value("admissions"):
        yield d.say("admissions", Quantity(_amount(d.value("admissions"))), d.line("admissions"), when)
    if d.value("sales") and _amount(d.value("sales")) > 0:  # 0: KOBIS has no sales for the film (before 2004)
        yield d.say("gross", Quantity(_amount(d.value("sales")), "KRW"), d.line("sales"), when)
    if d.value("screens"):
        # a list's screen count is the film's widest release, not a count on the list's day
        yield d.say("screens", Quantity(_amount(d.value("screens"))), d.line("screens"),
                    {"time_from": "dataset", "period": "total"})
    if d.value("rank") and d.kind in {"top500", "tenmillion"}:
        yield d.say("box_office_rank", Quantity(_amount(d.value("rank"))), d.line("rank"),
                    {**when, "scope": ALLTIME_SCOPE, "ranked_among": "all_films", "measure": "admissions"})
    days = d.value("tenmillion_days")
    released = _day(d.value("release_date"))
    if days and released:
        reached = date.fromordinal(released.toordinal() + int(days) - 1)
        yield d.say("admissions_milestone", Quantity(TEN_MILLION), d.line("tenmillion_days"),
                    {"days_since_release": int(days), "point_in_time": reached.isoformat(), "time_from": "dataset"})


def _daily(d: _Doc) -> Iterator[Claim]:
    if not d.doc.tables:
        return
    table = d.doc.tables[0]
    col = {name: i for i, name in enumerate(table.header)}
    released = d.value("release_date")
    for n, row in enumerate(table.rows):
        day = row[col["date"]].text
        evidence = d.doc.span(row[0].start, row[-1].end)
        since = _days_since(released, day)
        when: dict[str, Any] = {"point_in_time": day, "days_since_release": since, "time_from": "dataset"}
        if since is not None and since < 1:
            when["note"] = "preview before the opening day"
        yield d.say("admissions", Quantity(_amount(row[col["cumulative admissions"]].text)), evidence, when)
        yield d.say("admissions", Quantity(_amount(row[col["admissions"]].text)), evidence,
                    {**when, "period": "day"})
        among = RANKED_AMONG.get(row[col["ranked among"]].text)
        if among:
            yield d.say("box_office_rank", Quantity(_amount(row[col["rank"]].text)), evidence,
                        {**when, "period": "day", "ranked_among": among, "measure": "admissions",
                         "scope": "daily box office in South Korea"})
        if n == len(table.rows) - 1:
            yield d.say("gross", Quantity(_amount(row[col["cumulative sales"]].text), "KRW"), evidence, when)
