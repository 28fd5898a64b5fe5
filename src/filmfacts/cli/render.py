"""Rich output for people: the film card, conflicts, people, sources, build reports.

What documents say is data, never markup: the consoles are made with `markup=False` (a title like
`[red]x[/]` prints as written) and every styled piece is a `Text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..link.names import name_key, similarity

if TYPE_CHECKING:  # the pipeline and the store: imported by the commands that need them
    from ..pipeline import BuildReport
    from ..reconcile.timeline import Timeline
    from ..store import Store

BOX_OFFICE = ("admissions", "gross", "admissions_milestone", "box_office_rank", "seat_booking_rate",
              "break_even_admissions", "budget")
PRODUCTION = ("filming_start", "filming_end", "filming_location", "release_date", "running_time",
              "premiere_date", "director", "producer", "screenwriter", "writer", "music", "cinematography",
              "editing", "production_company", "distributor")
STATUS_STYLE = {"agreed": "green", "single_source": "yellow", "derived": "cyan", "conflict": "bold red"}


STATUS_WORDS = {"agreed": "agreed", "single_source": "one source", "derived": "derived", "conflict": "conflict",
                "superseded": "superseded", "suspect": "suspect"}
# qualifier names a person reads better otherwise
QUALIFIER_WORDS = {"days_since_release": "day", "point_in_time": "on", "ranked_among": "among",
                   "time_from": "dated from", "unit_as_written": "written as"}
YEAR_PROPERTIES = ("publication_year", "remake_year", "year")


def _code(value: Any) -> str:
    """An internal code ("korean_films", "box_office_report") as words; other text as it is."""
    text = str(value)
    return text.replace("_", " ") if re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)+", text) else text


COUNTS = frozenset({*BOX_OFFICE, "screens", "market_share"}) - {"box_office_rank", "seat_booking_rate"}
PERIOD_WORDS = {"day": "that day", "week": "that week", "weekend": "that weekend", "cumulative": "so far",
                "total": "in total", "opening_day": "opening day", "opening_weekend": "opening weekend"}
CARD_FIGURES = 30  # box-office rows a card shows before it keeps to the running totals


def _shown(value: Any, prop: str = "") -> str:
    if isinstance(value, dict) and "amount" in value:
        bound = "≥ " if value.get("bound") == "lower" else ""
        amount = value["amount"]
        amount = int(amount) if isinstance(amount, float) and amount.is_integer() else amount
        return f"{bound}{amount:,} {value['unit']}".strip()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int) and not isinstance(value, bool) and prop in COUNTS:
        return f"{value:,}"  # a count: 5,173 beside 330,118
    if isinstance(value, int) and (prop in YEAR_PROPERTIES or prop.endswith("_year") or 1800 <= value <= 2100):
        return str(value)  # a year is no count: 2022, not 2,022
    if isinstance(value, float) and value < 1:
        return f"{value:.1%}"
    if isinstance(value, int) and value > 9999:
        return f"{value:,}"
    return "—" if value is None else _code(value)


def _labels(record: dict[str, Any]) -> dict[str, str]:
    return {d: s["label"] for d, s in record.get("sources", {}).items()}


def _srcs(sources: Sequence[str], labels: dict[str, str]) -> str:
    return "; ".join(labels.get(s, s) for s in sources)


def _facts(record: dict[str, Any], *props: str) -> list[dict[str, Any]]:
    return [f for f in record["facts"] if f["property"] in props]


def _q(fact: dict[str, Any], *skip: str) -> str:
    parts = []
    for k, v in fact.get("qualifiers", {}).items():
        if k in skip or v in (None, "", [], False):
            continue
        shown = ", ".join(_code(x) for x in v) if isinstance(v, list) else "yes" if v is True else _shown(v, k)
        parts.append(f"{QUALIFIER_WORDS.get(k, k.replace('_', ' '))}: {shown}")
    return "; ".join(parts)


def _status(status: str) -> Text:
    return Text(STATUS_WORDS.get(status, _code(status)), style=STATUS_STYLE.get(status, ""))


def _table(title: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> Table | None:
    """A table of `rows`, or None when there are none: an empty table says nothing."""
    if not rows:
        return None
    table = Table(title=title, title_justify="left")
    for col in columns:
        # the source column wraps rather than vanish on a narrow terminal
        table.add_column(col, overflow="fold", min_width=10 if col == "Sources" else None)
    for row in rows:
        table.add_row(*row)
    return table


def film_card(console: Console, record: dict[str, Any]) -> None:
    labels = _labels(record)
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold", no_wrap=True)
    head.add_column(overflow="fold")
    for prop, label in (("title", "Title"), ("native_title", "Native title"), ("romanized_title", "Romanized"),
                        ("literal_title", "Literally"), ("working_title", "Working title"),
                        ("publication_year", "Year"), ("country_of_origin", "Country"), ("genre", "Genre"),
                        ("original_language", "Language")):
        for f in _facts(record, prop):
            q = f.get("qualifiers", {})
            script = q.get("script") or q.get("language") or ""
            head.add_row(label, Text(f"{_shown(f['value'], prop)}{f'  ({script})' if script else ''}  "
                                     f"[{_srcs(f['sources'], labels)}]"))
    console.print(Panel(head, title=Text(record["title"], style="bold"), expand=False))
    identity(console, record)

    people = {p["name"]: p for p in record.get("people", [])}
    rows: list[tuple[Any, ...]] = []
    for f in _facts(record, "cast_member"):
        name = str(f["value"])
        spellings = ", ".join(people[name]["names"]) if name in people else name
        q = f.get("qualifiers", {})
        note = q.get("note")
        note = f"{note[:57]}…" if note and len(note) > 60 else note
        rows.append((name, f"{q.get('character') or ''}{f' ({note})' if note else ''}", spellings,
                     _srcs(f["sources"], labels), _status(f["status"])))
    _print(console, _table("Cast", ("Actor", "Role", "Spellings", "Sources", "Status"), rows))

    def when(f: dict[str, Any]) -> tuple[int, str]:
        q = f.get("qualifiers", {})
        days, week = q.get("days_since_release"), q.get("week")
        return (int(days) if days else int(week) * 7 if week else 10_000, str(q.get("point_in_time") or ""))

    figures = sorted(_facts(record, *BOX_OFFICE), key=when)
    shown = _card_figures(figures)
    rows = []
    for f in shown:
        q = f.get("qualifiers", {})
        days, week, pit, period = (q.get("days_since_release"), q.get("week"), q.get("point_in_time"),
                                   q.get("period"))
        label = " · ".join(x for x in (f"day {days}" if days else "", f"week {week}" if week else "",
                                       str(pit or ""), PERIOD_WORDS.get(str(period or ""), _code(period or "")))
                           if x) or "—"
        extra = _q(f, "days_since_release", "week", "point_in_time", "period", "time_from", "derived_time")
        rows.append((label, f["property"].replace("_", " ") + (f" ({extra})" if extra else ""),
                     _shown(f["value"], f["property"]), _srcs(f["sources"], labels)))
    _print(console, _table("Box office timeline", ("When", "Figure", "Value", "Sources"), rows))
    if len(shown) < len(figures):
        console.print(f"Showing {len(shown)} of {len(figures)} box-office figures: the running totals, without the "
                      f"daily ones; `filmfacts timeline {record['title']}` has every source's admissions by day, "
                      "`show --json` everything.", highlight=False)

    rows = []
    last = None
    order = {c: i for i, c in reversed(list(enumerate(a["ceremony"] for a in record.get("awards", []))))}
    for a in sorted(record.get("awards", []), key=lambda a: order[a["ceremony"]]):
        outcome = Text(a["outcome"], style="green" if a["outcome"] == "won" else "")
        if a.get("suspect"):
            outcome.append(" (suspect)", style="red")
        rows.append((a["ceremony"] if a["ceremony"] != last else "", a["category"], ", ".join(a["recipients"]),
                     outcome, _srcs(a["sources"], labels)))
        last = a["ceremony"]
    _print(console, _table("Awards", ("Ceremony", "Category", "Recipients", "Outcome", "Sources"), rows))

    for title, props in (("Remakes", ("remake", "planned_remake")), ("Production", PRODUCTION),
                         ("Based on", ("based_on", "based_on_event", "based_on_event_date",
                                       "based_on_event_exoneration")), ("See also", ("see_also",))):
        rows = [(f["property"].replace("_", " "), _shown(f["value"], f["property"]), _q(f),
                 _srcs(f["sources"], labels), _status(f["status"])) for f in _facts(record, *props)]
        _print(console, _table(title, ("Property", "Value", "Details", "Sources", "Status"), rows))
    conflicts(console, [record], heading=False)
    if record.get("other_films"):
        others = "; ".join(f"{o['title']} ({o['year']})" if o.get("year") else o["title"]
                           for o in record["other_films"])
        console.print(f"Other films of this title: {others} (pick one with --year)", highlight=False)


def _daily(f: dict[str, Any]) -> bool:
    """A figure of one day of a series (a daily count, a daily chart's rank), not a running total."""
    q = f.get("qualifiers", {})
    return str(q.get("period") or "") == "day" or "daily" in str(q.get("scope") or "")


def _card_figures(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What a card shows of a long box-office run (KOBIS's daily series): the figures that are not one
    day's, and of each running total a dozen points spread over the run, its first and last included."""
    if len(figures) <= CARD_FIGURES:
        return figures
    kept = [f for f in figures if not _daily(f)]
    series: dict[str, list[int]] = {}
    for i, f in enumerate(kept):
        series.setdefault(f["property"], []).append(i)
    keep: set[int] = set()
    for indexes in series.values():
        step = max(1, len(indexes) // 11)
        keep.update(indexes[::step])
        keep.add(indexes[-1])
    return [f for i, f in enumerate(kept) if i in keep]


def _print(console: Console, table: Table | None) -> None:
    if table is not None:
        console.print(table)


def conflicts(console: Console, records: Iterable[dict[str, Any]], heading: bool = True) -> None:
    """Each conflict as wrapped lines (never cropped): what, each source's value and quote, the verdict
    and its explanation."""
    total = 0
    for record in records:
        found = record.get("conflicts", [])
        if not found:
            continue
        total += len(found)
        labels = _labels(record)
        console.print(Text(f"Conflicts — {record['title']}", style="bold"), soft_wrap=False)
        for f in found:
            line = Text("• ")
            line.append(f["property"].replace("_", " "), style="bold")
            if q := _q(f):
                line.append(f" ({q})")
            line.append(f" — verdict: {_code(f.get('kind') or 'conflict')}", style="red")
            console.print(line, soft_wrap=False)
            for e in f.get("evidence", []):
                quote = e["quote"] if len(e["quote"]) <= 200 else e["quote"][:199] + "…"
                piece = Text("    ")
                piece.append(f"{labels.get(e['document'], e['document'])}: ", style="bold")
                piece.append(_shown(e["value"], e.get("property", f["property"])))
                piece.append(f"  “{' '.join(quote.split())}”", style="dim")
                console.print(piece, soft_wrap=False)
            console.print(Text(f"    {f['explanation']}", style="italic"), soft_wrap=False)
    if heading and not total:
        console.print("No conflicts: the documents agree wherever they say the same thing.")


def identity(console: Console, record: dict[str, Any]) -> None:
    """The id, the external ids and the decisions that made an identity; a curator's decision says that
    it overrides linking's own."""
    line = Text.assemble(("Identity ", "bold"), record["id"])
    if record.get("external_ids"):
        line.append("  " + ", ".join(f"{ns}:{ident}" for ns, ident in record["external_ids"]))
    console.print(line, highlight=False)
    for decision in record.get("identity_decisions", {}).get("decisions", []):
        curated = decision["by"] == "curator"
        console.print(Text.assemble(("  curated, overrides the automatic decision: " if curated else "  ",
                                     "bold yellow" if curated else ""), decision["decision"]), highlight=False)


def select_entities(entities: Iterable[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    everyone = list(entities)
    if not name:
        return everyone
    key = name_key(name)
    exact = [e for e in everyone if any(name_key(n) == key for n in e["names"])]
    if exact:
        return exact
    return [e for e in everyone if any(key in name_key(n) or similarity(name, n) >= 85 for n in e["names"])]


def people(console: Console, entities: Sequence[dict[str, Any]], everyone: Sequence[dict[str, Any]] = ()) -> None:
    """`entities` as a table, and which of them look like someone among `everyone` but were kept apart."""
    rows = [(e["name"], e.get("kind", ""), "; ".join(f"{n['text']} ({'; '.join(n.get('sources') or n['documents'])})"
                                                     for n in e["spellings"]), e.get("explanation", ""))
            for e in entities]
    _print(console, _table("People and roles", ("Name", "Kind", "Spellings (where seen)", "Why one entity"), rows))
    from ..link.entities import look_alikes  # linking: only `people` compares names
    from ..model import Entity, EntityName

    shown = {e["id"] for e in entities}
    persons = [Entity(e["id"], "person", e["name"], tuple(EntityName(n["text"]) for n in e["spellings"]))
               for e in everyone or entities if e.get("kind", "person") == "person"]
    apart = [(a, b, score) for a, b, score in look_alikes(persons) if a.id in shown or b.id in shown]
    for a, b, score in apart:
        console.print(f"kept apart: {a.name} / {b.name} look alike (similarity {score:.0f}) but their "
                      f"romanization keys differ ({name_key(a.name)} / {name_key(b.name)})", highlight=False)


def sources(console: Console, rows: Sequence[dict[str, Any]]) -> None:
    table = Table(title="Documents read")
    for col in ("Id", "Source", "Format", "Kind", "Site", "Lang", "Film", "Published", "Claims"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["id"], r["source"], r["format"], r["kind"], r["site"], r["language"], r["film"],
                      r["published"] or "—", str(r["claims"]))
    console.print(table)
    if not rows:
        console.print("The store is empty: run `filmfacts build PATH`.")


def build_report(console: Console, report: BuildReport, store: Store) -> None:
    counts = store.counts()
    breakdown = ", ".join(f"{n} {name}" for name, n in report.dump_counts.items() if n)
    dumps = f" and {report.dump_pages} dump page(s) ({breakdown})" if report.dump_pages else ""
    dumps += f" and {report.dataset_rows} dataset row(s)" if report.dataset_rows else ""
    console.print(
        f"Read {report.documents} document(s) from {report.files} file(s){dumps}: "
        f"{report.added} new, {report.replaced} re-extracted, {report.unchanged} unchanged; "
        f"{report.claims} claims stored. Store: {counts['documents']} documents, {counts['claims']} claims "
        f"({store.url}).{f' Film records updated: {report.films_reconciled}.' if report.films_reconciled else ''}",
        highlight=False)
    for path, message in report.skipped:
        console.print(Text.assemble(("skipped", "yellow"), f" {path}: {message}"), highlight=False)
    if report.ignored:
        console.print(f"not read: {len(report.ignored)} file(s) in the folders that are not documents "
                      f"({'; '.join(f'{Path(p).name}: {why}' for p, why in report.ignored[:4])}"
                      f"{'; …' if len(report.ignored) > 4 else ''})", highlight=False)
    if report.linked_in_parts:
        from ..sources.limits import current

        console.print(f"identities linked a part at a time: the store's {report.linked_in_parts:,} documents are more "
                      f"than the {current().link:,} linked at once (--link-at-once); memory stays that of a part",
                      highlight=False)
    for path in report.no_film:
        console.print(Text.assemble(("kept without a film", "yellow"), f" {path}: it names no film filmfacts can "
                                    "tell, so it is stored with no claims (nothing is guessed)"), highlight=False)


def timeline(console: Console, line: Timeline) -> None:
    """Every source's cumulative admissions figure by day since release; figures in a disagreement in red."""
    released = f", released {line.released}" if line.released else ""
    table = Table(title=f"{line.title}: cumulative admissions{released}")
    for col in ("Day", "Date", "Admissions", "Source", "Kind", "Dated from", "Verdict"):
        # the source's name wraps rather than vanish on a narrow terminal
        table.add_column(col, no_wrap=col != "Source", min_width=12 if col == "Source" else None)
    for p in line.points:
        shown = f"≥ {p.admissions:,.0f}" if p.milestone else f"{p.admissions:,.0f}"
        style = "red" if p.verdict else ""
        table.add_row("—" if p.days is None else str(p.days), p.date or "—", shown, p.site,
                      p.kind.replace("_", " "), p.time_from or "—", p.verdict.replace("_", " "), style=style)
    console.print(table)
