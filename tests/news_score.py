"""Score filmfacts on the team's news pages (tests/fixtures/news/expected.json).

Builds the pages, the encyclopedia page two of them copy (the bundled example) and KOBIS files
into a fresh SQLite store, exports it, and checks each section of the expected file: page
metadata, facts per film, verdicts on disagreements, pages kept without claims / undated /
with an unknown unit. Run as a script to see every miss:

    .venv/bin/python tests/news_score.py [--kobis DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
NEWS = HERE / "fixtures" / "news"
KOBIS_SAMPLE = HERE / "fixtures" / "kobis"
KOBIS_SHARED = HERE.parents[1] / "shared" / "data" / "kobis_korean_box_office"
SEED = HERE.parents[0] / "src" / "filmfacts" / "examples"

sys.path.insert(0, str(HERE.parent / "src"))

from filmfacts.export import export_json  # noqa: E402
from filmfacts.link.entities import film_key  # noqa: E402
from filmfacts.link.names import name_key  # noqa: E402
from filmfacts.pipeline import build, reconciled  # noqa: E402
from filmfacts.store import Store  # noqa: E402


@dataclass
class Section:
    name: str
    passed: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def check(self, ok: bool, what: str) -> None:
        self.total += 1
        self.passed += ok
        if not ok:
            self.misses.append(what)

    def line(self) -> str:
        return f"{self.name} {self.passed}/{self.total}"


@dataclass
class Score:
    sections: dict[str, Section]

    def summary(self) -> str:
        return "NEWS: " + ", ".join(s.line() for s in self.sections.values())


def seed_path() -> Path:
    return next(p for p in sorted(SEED.glob("*.txt")) if "49b771be" in p.name)


def build_store(db: Path, kobis: Path | None) -> Store:
    store = Store(db)
    paths = [p for p in sorted(NEWS.iterdir()) if p.suffix in {".html", ".txt"}]
    build([*paths, seed_path()], store)
    if kobis is not None:
        build([kobis], store)
    return store


# ---------------------------------------------------------------- matching


def _any(expected: Any) -> list[Any]:
    return expected["any"] if isinstance(expected, dict) and set(expected) == {"any"} else [expected]


def _number(value: Any) -> tuple[float, str] | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value), ""
    if isinstance(value, dict) and "amount" in value:
        amount, unit = float(value["amount"]), str(value.get("unit", ""))
        return (amount / 100, "") if unit == "%" else (amount, unit)
    return None


def value_matches(expected: Any, got: Any, people: list[set[str]]) -> bool:
    for want in _any(expected):
        a, b = _number(want), _number(got)
        if a is not None and b is not None:
            if a[1] == b[1] and abs(a[0] - b[0]) <= 1e-6 * max(1.0, abs(a[0])) + 1e-9:
                return True
            if isinstance(want, dict) and want.get("bound") and (got or {}).get("bound") != want["bound"]:
                continue
            continue
        if isinstance(want, str) and isinstance(got, str):
            if want == got or name_key(want) == name_key(got):
                return True
            if any(name_key(want) in g and name_key(got) in g for g in people):
                return True
    return False


def qualifiers_match(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    for key, want in expected.items():
        have = got.get(key)
        options = _any(want)
        if None in options and have is None:
            continue
        if key in ("scope", "list") and isinstance(have, str):
            if not any(isinstance(o, str) and film_key(o) == film_key(have) for o in options):
                return False
            continue
        if have not in options and not any(_number(o) is not None and _number(o) == _number(have) for o in options):
            return False
    return True


# ---------------------------------------------------------------- scoring


def score(store: Store) -> Score:
    expected = json.loads((NEWS / "expected.json").read_text(encoding="utf-8"))
    export = export_json(reconciled(store))
    rows = {Path(r["source"]).name: r for r in store.summary()}
    docs_by_file = {Path(d["file"]).name: d for d in export["documents"]}
    people = [{name_key(n) for n in group} for group in expected["same_person"]]
    ids: dict[str, set[str]] = {}
    for name, meta in expected["documents"].items():
        if name == "kobis":
            ids[name] = {d["id"] for d in export["documents"] if d["format"] == "kobis"}
        elif name == "wikipedia":
            ids[name] = {d["id"] for d in export["documents"] if Path(d["file"]).name == seed_path().name}
        else:
            doc = docs_by_file.get(meta["file"])
            ids[name] = {doc["id"]} if doc else set()

    sections = {n: Section(n) for n in ("documents", "facts", "verdicts", "kept")}
    _documents(expected, docs_by_file, sections["documents"])
    films = _films(expected, export)
    for title, want in expected["films"].items():
        film = films.get(title)
        for row in want["facts"]:
            if row.get("optional"):
                continue
            what = f"{title}: {row['property']} {row['value']} {row.get('qualifiers') or ''} from {row['sources']}"
            ok = film is not None and _has_fact(film, row, ids, people)
            if not ok and film is not None:
                what += _why_not(film, row, ids, people)
            sections["facts"].check(ok, what)
        for verdict in want.get("verdicts", []):
            if verdict.get("optional"):
                continue
            what = f"{title}: {verdict['property']} {verdict['verdict']} {verdict['values']}"
            sections["verdicts"].check(film is not None and _has_verdict(film, verdict, ids, people), what)
    kept = expected["kept"]
    for name in kept["no_claims"]:
        row = rows.get(expected["documents"][name]["file"])
        sections["kept"].check(row is not None and row["claims"] == 0, f"{name} stored with no claims")
    claims_of: dict[str, list[Any]] = {}
    for c in store.claims():
        claims_of.setdefault(c.document, []).append(c)
    for name in kept["undated"]:
        doc_ids = ids[name]
        ok = bool(doc_ids) and any(c.q("undated") for d in doc_ids for c in claims_of.get(d, []))
        sections["kept"].check(ok, f"{name} has undated claims")
    for name in kept["unknown_unit"]:
        doc_ids = ids[name]
        ok = any(getattr(c.value, "unit", "") == "unknown" and c.q("unit_as_written")
                 for d in doc_ids for c in claims_of.get(d, []))
        sections["kept"].check(ok, f"{name} has a figure in an unknown unit")
    return Score(sections)


def _documents(expected: dict[str, Any], docs: dict[str, dict[str, Any]], section: Section) -> None:
    for name, meta in expected["documents"].items():
        if meta.get("reference_only"):
            continue
        doc = docs.get(meta["file"])
        for key, field_name in (("kind", "kind"), ("site", "site"), ("published", "published"),
                                ("headline", "title"), ("byline", "byline")):
            if key not in meta:
                continue
            got = (doc or {}).get(field_name) or ""
            section.check(doc is not None and got in _any(meta[key]), f"{name}.{key}: want {meta[key]!r}, got {got!r}")


def _films(expected: dict[str, Any], export: dict[str, Any]) -> dict[str, dict[str, Any]]:
    aliases = {film_key(t): {film_key(x) for x in group} for group in expected["same_film"] for t in group}
    out = {}
    for title, want in expected["films"].items():
        keys = aliases.get(film_key(title), {film_key(title)}) | {film_key(want.get("native_title", ""))} - {""}
        found = [f for f in export["films"] if keys & {film_key(t) for t in f["titles"]}]
        if found:  # the record the pages' own title names, else one an alias names
            out[title] = max(found, key=lambda f: (film_key(title) in {film_key(t) for t in f["titles"]},
                                                   len(f["facts"])))
    return out


def _facts(film: dict[str, Any]) -> Iterable[dict[str, Any]]:
    yield from film["facts"]
    for c in film["conflicts"]:  # a value inside a disagreement is still stated
        for ev in c["evidence"]:
            yield {"property": c["property"], "value": ev["value"], "qualifiers": c["qualifiers"],
                   "sources": [ev["document"]], "values": []}


def _has_fact(film: dict[str, Any], row: dict[str, Any], ids: dict[str, set[str]], people: list[set[str]]) -> bool:
    want_sources = [ids.get(s, set()) for s in row["sources"]]
    for fact in _facts(film):
        if fact["property"] != row["property"]:
            continue
        values = [fact["value"], *(v["value"] for v in fact.get("values", []))]
        if not any(value_matches(row["value"], v, people) for v in values):
            continue
        if not qualifiers_match(row.get("qualifiers") or {}, fact["qualifiers"]):
            continue
        sources = set(fact["sources"]) | {s for v in fact.get("values", []) for s in v["sources"]}
        if all(w & sources for w in want_sources):
            return True
    return False


def _why_not(film: dict[str, Any], row: dict[str, Any], ids: dict[str, set[str]], people: list[set[str]]) -> str:
    """Which wanted sources state the value (any qualifiers), and what the film holds for the property."""
    names = {d: n for n, docs in ids.items() for d in docs}
    same_value, holding = set(), []
    for fact in _facts(film):
        if fact["property"] != row["property"]:
            continue
        values = [fact["value"], *(v["value"] for v in fact.get("values", []))]
        sources = set(fact["sources"]) | {s for v in fact.get("values", []) for s in v["sources"]}
        if any(value_matches(row["value"], v, people) for v in values):
            same_value |= {names.get(s, s[:8]) for s in sources}
            holding.append(f"{fact['qualifiers']} from {sorted({names.get(s, s[:8]) for s in sources})}")
    if not holding:
        return "\n      film has no such value"
    return "\n      value held as: " + "; ".join(holding[:4])


def _has_verdict(film: dict[str, Any], verdict: dict[str, Any], ids: dict[str, set[str]],
                 people: list[set[str]]) -> bool:
    kind = verdict["verdict"]
    candidates = [(c["kind"], c["evidence"], c["property"]) for c in film["conflicts"]]
    candidates += [("suspect", [{"document": s, "value": f["value"]} for s in f["sources"]]
                    + [{"document": s, "value": v["value"]} for v in f.get("values", []) for s in v["sources"]],
                    f["property"]) for f in film["facts"] if f["status"] == "suspect"]
    for got_kind, evidence, prop in candidates:
        if prop != verdict["property"] and not prop.startswith(verdict["property"]):
            continue
        if got_kind != kind:
            continue
        ok = True
        for name, want in verdict["values"].items():
            doc_ids = ids.get(name.split("#")[0], set())
            value = want.get("value", want.get("order")) if isinstance(want, dict) else want
            if value is None:
                continue
            if not any(ev["document"] in doc_ids and value_matches(value, ev["value"], people) for ev in evidence):
                ok = False
                break
        if ok:
            return True
    return False


def kobis_dir(explicit: str = "") -> Path | None:
    if explicit:
        return Path(explicit)
    if KOBIS_SHARED.exists():
        return KOBIS_SHARED
    return KOBIS_SAMPLE if KOBIS_SAMPLE.exists() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kobis", default="", help="KOBIS folder (default: ../shared's, else the test sample)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = build_store(Path(tmp) / "news.db", kobis_dir(args.kobis))
        result = score(store)
        store.close()
    for section in result.sections.values():
        if args.verbose:
            for miss in section.misses:
                print(f"  MISS {section.name}: {miss}")
    print(result.summary())


if __name__ == "__main__":
    main()
