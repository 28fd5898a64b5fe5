"""Rich output for people: the film card, conflicts, people, sources, build reports.

What documents say is data, never markup: the consoles are made with `markup=False` (a title like
`[red]x[/]` prints as written) and every styled piece is a `Text`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..export.json_export import export_value
from ..link.entities import look_alikes
from ..link.names import name_key, similarity
from ..model import Entity, Fact, FilmRecord, Reconciliation

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


def _sites(recon: Reconciliation) -> dict[str, str]:
    return {d.id: d.site for d in recon.documents}


def _shown(value: Any) -> str:
    if isinstance(value, dict) and "amount" in value:
        bound = "≥ " if value.get("bound") == "lower" else ""
        return f"{bound}{value['amount']:,} {value['unit']}"
    if isinstance(value, float) and value < 1:
        return f"{value:.1%}"
    if isinstance(value, int) and value > 9999:
        return f"{value:,}"
    return "—" if value is None else str(value)


def _srcs(sources: Sequence[str], sites: dict[str, str]) -> str:
    return ", ".join(sites.get(s, s) for s in sources)


def _facts(film: FilmRecord, *props: str) -> list[Fact]:
    return [f for f in film.facts if f.property in props and f.status != "conflict"]


def _q(fact: Fact, *skip: str) -> str:
    parts = []
    for k, v in fact.qualifiers:
        if k in skip:
            continue
        parts.append(f"{k.replace('_', ' ')}: {', '.join(v) if isinstance(v, tuple) else v}")
    return "; ".join(parts)


def film_card(console: Console, film: FilmRecord, recon: Reconciliation) -> None:
    sites = _sites(recon)
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    for prop, label in (("title", "Title"), ("native_title", "Native title"), ("romanized_title", "Romanized"),
                        ("literal_title", "Literally"), ("working_title", "Working title"),
                        ("publication_year", "Year"), ("country_of_origin", "Country"), ("genre", "Genre"),
                        ("original_language", "Language")):
        for f in _facts(film, prop):
            script = f.q("script") or f.q("language") or ""
            head.add_row(label, Text(f"{_shown(export_value(f.values[0].value))}"
                                     f"{f'  ({script})' if script else ''}  [{_srcs(f.sources, sites)}]"))
    console.print(Panel(head, title=Text(film.title, style="bold"), expand=False))

    cast = Table(title="Cast", show_lines=False)
    for col in ("Actor", "Role", "Spellings", "Sources", "Status"):
        cast.add_column(col)
    people = {p.name: p for p in recon.people}
    for f in _facts(film, "cast_member"):
        name = str(export_value(f.values[0].value))
        spellings = ", ".join(people[name].spellings()) if name in people else name
        role = str(f.q("character") or "")
        note = f.q("note")
        note = f"{note[:57]}…" if note and len(note) > 60 else note
        cast.add_row(name, f"{role}{f' ({note})' if note else ''}", spellings, _srcs(f.sources, sites),
                     Text(f.status, style=STATUS_STYLE.get(f.status, "")))
    console.print(cast)

    box = Table(title="Box office timeline")
    for col in ("When", "Figure", "Value", "Sources"):
        box.add_column(col)
    rows = _facts(film, *BOX_OFFICE)

    def when(f: Fact) -> tuple[int, str]:
        days = f.q("days_since_release")
        week = f.q("week")
        return (int(days) if days else int(week) * 7 if week else 10_000, str(f.q("point_in_time") or ""))

    for f in sorted(rows, key=when):
        days, week, pit, period = (f.q("days_since_release"), f.q("week"), f.q("point_in_time"), f.q("period"))
        label = " · ".join(x for x in (f"day {days}" if days else "", f"week {week}" if week else "",
                                       str(pit or ""), str(period or "")) if x) or "—"
        extra = _q(f, "days_since_release", "week", "point_in_time", "period")
        box.add_row(label, f.property.replace("_", " ") + (f" ({extra})" if extra else ""),
                    _shown(export_value(f.values[0].value)), _srcs(f.sources, sites))
    console.print(box)

    if film.awards:
        awards = Table(title="Awards")
        for col in ("Ceremony", "Category", "Recipients", "Outcome", "Sources"):
            awards.add_column(col)
        by_ceremony: dict[str, list[Any]] = defaultdict(list)
        for a in film.awards:
            by_ceremony[a.ceremony].append(a)
        for ceremony, rows_ in by_ceremony.items():
            for i, a in enumerate(rows_):
                outcome = Text(a.outcome, style="green" if a.outcome == "won" else "")
                if a.suspect:
                    outcome.append(" (suspect)", style="red")
                awards.add_row(ceremony if i == 0 else "", a.category, ", ".join(a.recipients), outcome,
                               _srcs(a.sources, sites))
        console.print(awards)

    for title, props in (("Remakes", ("remake", "planned_remake")), ("Production", PRODUCTION),
                         ("Based on", ("based_on", "based_on_event", "based_on_event_date",
                                       "based_on_event_exoneration")), ("See also", ("see_also",))):
        facts = _facts(film, *props)
        if not facts:
            continue
        table = Table(title=title)
        for col in ("Property", "Value", "Details", "Sources", "Status"):
            table.add_column(col)
        for f in facts:
            table.add_row(f.property.replace("_", " "), _shown(export_value(f.values[0].value)), _q(f),
                          _srcs(f.sources, sites), Text(f.status, style=STATUS_STYLE.get(f.status, "")))
        console.print(table)
    conflicts(console, [film], recon, heading=False)


def conflicts(console: Console, films: Sequence[FilmRecord], recon: Reconciliation, heading: bool = True) -> None:
    sites = _sites(recon)
    total = 0
    for film in films:
        found = [f for f in film.facts if f.status == "conflict"]
        total += len(found)
        if not found:
            continue
        parts = []
        for f in found:
            lines = Text()
            lines.append(f"{f.property}", style="bold")
            if f.qualifiers:
                lines.append(f"  ({_q(f)})")
            lines.append(f"  kind: {f.kind}\n", style="red")
            for fv in f.values:
                for c in fv.claims:
                    lines.append(f"  {sites.get(c.document, c.document)}: ", style="bold")
                    lines.append(f"{_shown(export_value(fv.value))}")
                    lines.append(f"   “{c.evidence.quote[:160]}”\n", style="dim")
            lines.append(f"  {f.explanation}\n", style="italic")
            parts.append(lines)
        console.print(Panel(Group(*parts), title=Text(f"Conflicts — {film.title}"), expand=False))
    if heading and not total:
        console.print("No conflicts: the documents agree wherever they say the same thing.")


def select_entities(recon: Reconciliation, name: str) -> list[Entity]:
    everyone = list(recon.people) + list(recon.characters)
    if not name:
        return everyone
    key = name_key(name)
    exact = [e for e in everyone if any(name_key(n) == key for n in e.spellings())]
    if exact:
        return exact
    return [e for e in everyone if any(key in name_key(n) or similarity(name, n) >= 85 for n in e.spellings())]


def people(console: Console, entities: Sequence[Entity], recon: Reconciliation) -> None:
    sites = _sites(recon)
    table = Table(title="People and roles")
    for col in ("Name", "Kind", "Spellings (where seen)", "Why one entity"):
        table.add_column(col)
    for e in entities:
        spellings = "; ".join(f"{n.text} ({_srcs(n.documents, sites)})" for n in e.names)
        table.add_row(e.name, e.kind, spellings, e.explanation)
    console.print(table)
    shown = {e.id for e in entities}
    apart = [(a, b, score) for a, b, score in look_alikes(recon.people) if a.id in shown or b.id in shown]
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
        f"({store.url}).", highlight=False)
    for path, message in report.skipped:
        console.print(Text.assemble(("skipped", "yellow"), f" {path}: {message}"), highlight=False)
    if report.ignored:
        console.print(f"not read: {len(report.ignored)} file(s) in the folders that are not documents "
                      f"({'; '.join(f'{Path(p).name}: {why}' for p, why in report.ignored[:4])}"
                      f"{'; …' if len(report.ignored) > 4 else ''})", highlight=False)
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
