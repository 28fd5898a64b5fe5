"""Score filmfacts on the real-page corpus (bench/corpus): recall, precision, attribution, dates,
disagreements and name groups, overall and per kind of site.

Builds every cached page into a fresh SQLite store, exports it and compares the export with the
hand annotations in bench/corpus/pages and bench/corpus/films. The summary line is printed last;
`--verbose` lists each miss and each extra with the page text it comes from.

    .venv/bin/python bench/real_pages.py [--verbose] [--split dev|check] [--only PAGE_ID ...] [--json FILE]

The pages are split by their main film into a development set (about 80%) and a check set (the
films whose name hashes to 0 mod 5): develop on `--split dev --verbose`, and read the check set's
line only to see whether what was learnt on the development set holds on films never looked at.

The page text is not in the repository: fill bench/corpus/cache first (bench/corpus/README.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / "corpus"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(CORPUS))

from annotate import anchor, cached_text, load_pages, sha256  # noqa: E402

from filmfacts.export import export_json  # noqa: E402
from filmfacts.link.entities import film_key  # noqa: E402
from filmfacts.link.people import person_key  # noqa: E402
from filmfacts.pipeline import build, reconciled  # noqa: E402
from filmfacts.store import Store  # noqa: E402

TIMED = frozenset({"admissions", "gross", "screens", "market_share", "box_office_rank", "admissions_milestone"})
PEOPLE = frozenset({"director", "screenwriter", "producer", "music", "cinematography", "editing", "cast_member"})
# what filmfacts names differently from the annotation vocabulary
SAME_PROPERTY = {"writer": "screenwriter"}
# A film's year as pages give it: a festival premiere, the home release and a release abroad may be
# two years apart (The Upside: Toronto 2017, cinemas 2019); films sharing a title are further apart.
YEAR_SLACK = 2
DATES = frozenset({"release_date", "premiere_date", "filming_start", "filming_end"})
STRINGS_BY_WORDS = frozenset({"genre", "based_on", "production_company", "distributor", "filming_location",
                              "country_of_origin", "original_language"})


# ---------------------------------------------------------------- films and names


@dataclass
class FilmGroup:
    name: str
    year: int | None
    keys: set[str]
    titles: list[str]
    same_person: list[list[str]] = field(default_factory=list)
    different_people: list[list[str]] = field(default_factory=list)
    disagreements: list[dict[str, Any]] = field(default_factory=list)


def load_groups() -> dict[str, FilmGroup]:
    groups: dict[str, FilmGroup] = {}
    for path in sorted((CORPUS / "films").glob("*.json")):
        f = json.loads(path.read_text(encoding="utf-8"))
        titles = [f["film"], *f.get("titles", [])]
        groups[f["film"]] = FilmGroup(f["film"], f.get("year"), {k for t in titles if (k := _title_key(t))},
                                      titles, f.get("same_person", []), f.get("different_people", []),
                                      f.get("disagreements", []))
    return groups


def _title_key(title: str) -> str:
    return film_key(re.sub(r"\s*\((?:\d{4})(?: film)?\)$", "", title))


def _year_of(title: str) -> int | None:
    m = re.search(r"\((\d{4})(?: film)?\)$", title)
    return int(m.group(1)) if m else None


class Films:
    """The annotation's films (films/ entries, else bare titles) and the export records each matches."""

    def __init__(self, groups: dict[str, FilmGroup], export: dict[str, Any]) -> None:
        self.groups = groups
        self.by_key: dict[str, list[FilmGroup]] = defaultdict(list)
        for g in groups.values():
            for k in g.keys:
                self.by_key[k].append(g)
        self.records = export["films"]
        self.record_keys = [{_title_key(t) for t in r["titles"]} for r in self.records]
        self.record_years = [_record_years(r) for r in self.records]

    def group(self, film: str, year: int | None = None) -> FilmGroup:
        if film in self.groups:
            return self.groups[film]
        key, year = _title_key(film), year or _year_of(film)
        found = self.by_key.get(key, [])
        if year is not None:
            found = [g for g in found if g.year is None or abs(g.year - year) <= YEAR_SLACK] or found
        if found:
            return found[0]
        group = FilmGroup(film, year, {key}, [film])
        self.groups[film] = group
        self.by_key[key].append(group)
        return group

    def records_of(self, group: FilmGroup) -> list[int]:
        """Indexes of the export records that are this film: a title of it, and no other year."""
        found = [i for i, keys in enumerate(self.record_keys) if keys & group.keys]
        if group.year is None:
            return found
        return [i for i in found if not self.record_years[i] or any(abs(y - group.year) <= YEAR_SLACK
                                                                    for y in self.record_years[i])]


def _record_years(record: dict[str, Any]) -> set[int]:
    years = set()
    for fact in record["facts"]:
        if fact["property"] in ("publication_year", "release_date") and fact["status"] != "derived":
            m = re.match(r"(\d{4})", str(fact["value"]))
            if m:
                years.add(int(m.group(1)))
    return years


def _people_groups(groups: Iterable[FilmGroup]) -> list[set[str]]:
    return [{person_key(n) for n in g} for f in groups for g in f.same_person]


# ---------------------------------------------------------------- values


def _number(value: Any) -> tuple[float, str] | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value), ""
    if isinstance(value, dict) and "amount" in value:
        amount, unit = float(value["amount"]), str(value.get("unit", ""))
        if unit == "%":
            return amount / 100, ""
        return amount, "minute" if unit in ("min", "minutes") else unit
    return None


def _words(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


def value_matches(prop: str, want: Any, got: Any, people: list[set[str]]) -> bool:
    a, b = _number(want), _number(got)
    if a is not None or b is not None:
        if a is None or b is None or a[1] != b[1]:
            return False
        return abs(a[0] - b[0]) <= 1e-6 * max(1.0, abs(a[0])) + 1e-9
    if prop in DATES and str(want) and str(want) == str(got):
        return True  # a year-only date is exported as a number
    if not isinstance(want, str) or not isinstance(got, str):
        return want == got
    if prop in PEOPLE:
        ka, kb = person_key(want), person_key(got)
        return ka == kb or any(ka in g and kb in g for g in people)
    if prop in ("title", "native_title", "romanized_title", "remake"):
        return film_key(want) == film_key(got) or _words(want) == _words(got)
    if prop in STRINGS_BY_WORDS:
        wa, wb = _words(want), _words(got)
        return wa == wb or (bool(wa) and bool(wb) and (f" {wa} " in f" {wb} " or f" {wb} " in f" {wa} "))
    return _words(want) == _words(got)


# ---------------------------------------------------------------- what filmfacts exported


@dataclass(frozen=True, eq=False)  # items are deduplicated on building; identity is equality
class Item:
    """One value filmfacts exported for one film from one page."""

    page: str
    record: int
    property: str
    value: Any
    qualifiers: tuple[tuple[str, Any], ...]
    status: str
    quote: str = ""

    @property
    def q(self) -> dict[str, Any]:
        return dict(self.qualifiers)


def _freeze(q: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in q.items()))


def exported_items(export: dict[str, Any], page_of: dict[str, str]) -> list[Item]:
    items: dict[tuple[Any, ...], Item] = {}

    def add(doc: str, i: int, prop: str, value: Any, q: dict[str, Any], status: str, quote: str) -> None:
        page = page_of.get(doc)
        if page is None:
            return
        prop = SAME_PROPERTY.get(prop, prop)
        item = Item(page, i, prop, value, _freeze(q), status, quote)
        items.setdefault((page, i, prop, json.dumps(value, sort_keys=True), item.qualifiers), item)

    for i, film in enumerate(export["films"]):
        for fact in film["facts"]:
            if fact["status"] == "derived":
                continue
            quotes = {e["document"]: e["quote"] for e in fact["evidence"]}
            for doc in fact["sources"]:
                add(doc, i, fact["property"], fact["value"], fact["qualifiers"], fact["status"], quotes.get(doc, ""))
            for v in fact.get("values", [])[1:]:
                for doc in v["sources"]:
                    add(doc, i, fact["property"], v["value"], fact["qualifiers"], fact["status"], "")
        for c in film["conflicts"]:
            for e in c["evidence"]:
                add(e["document"], i, e.get("property", c["property"]), e["value"], c["qualifiers"], "conflict",
                    e["quote"])
        for a in film["awards"]:
            q = {"ceremony": a["ceremony"], "outcome": a["outcome"], "recipients": a["recipients"]}
            for doc in a["sources"]:
                add(doc, i, "award", a["category"], q, "award", "; ".join(a["evidence"]))
    return list(items.values())


# ---------------------------------------------------------------- scoring


@dataclass
class Tally:
    found: int = 0
    wanted: int = 0
    right: int = 0  # items that match an annotated claim of their page and film
    items: int = 0
    misattributed: int = 0

    def recall(self) -> float:
        return self.found / self.wanted if self.wanted else 1.0

    def precision(self) -> float:
        return self.right / self.items if self.items else 1.0


@dataclass
class Result:
    pages: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)
    total: Tally = field(default_factory=Tally)
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    dated: list[int] = field(default_factory=lambda: [0, 0])
    forecasts: list[int] = field(default_factory=lambda: [0, 0])  # stored as facts, annotated
    disagreements: list[int] = field(default_factory=lambda: [0, 0, 0])  # found, right kind, annotated
    names: list[int] = field(default_factory=lambda: [0, 0])
    meta: list[int] = field(default_factory=lambda: [0, 0])  # kind, site, published right / checked
    log: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def summary(self) -> str:
        t = self.total
        d = self.disagreements
        return (f"REAL: pages {self.pages} ({len(self.refused)} refused), recall {t.found}/{t.wanted} "
                f"({t.recall():.1%}), precision {t.right}/{t.items} ({t.precision():.1%}), "
                f"misattributed {t.misattributed}, dated {self.dated[0]}/{self.dated[1]}, "
                f"forecasts stored {self.forecasts[0]}/{self.forecasts[1]}, disagreements {d[0]}/{d[2]} "
                f"(kind right {d[1]}), name groups {self.names[0]}/{self.names[1]}, "
                f"page metadata {self.meta[0]}/{self.meta[1]}")


def _award_matches(claim: dict[str, Any], item: Item) -> bool:
    if item.property != "award":
        return False
    q = claim.get("qualifiers") or {}
    if _words(str(claim["value"])) not in _words(str(item.value)) and _words(str(item.value)) not in _words(
            str(claim["value"])):
        return False
    want_ceremony, got_ceremony = _ceremony(str(q.get("ceremony", ""))), _ceremony(str(item.q.get("ceremony", "")))
    if want_ceremony and got_ceremony and not (set(want_ceremony.split()) & set(got_ceremony.split()) - {
            "the", "of", "film", "awards", "festival", "international"}):
        return False
    return not q.get("outcome") or item.q.get("outcome") == q["outcome"]


def _ceremony(name: str) -> str:
    """Ceremony words, the Oscars named as the Academy Awards."""
    return re.sub(r"\boscars?\b", "academy awards", _words(name))


def claim_matches(claim: dict[str, Any], item: Item, people: list[set[str]]) -> bool:
    prop = claim["property"]
    if prop == "award":
        return _award_matches(claim, item)
    if prop == "forecast":
        return item.property in TIMED and value_matches(item.property, claim["value"], item.value, people)
    if item.property != prop:
        # a year-only release is the film's publication year
        if {prop, item.property} == {"title", "native_title"}:  # a CJK page's own title is both
            return value_matches(prop, claim["value"], item.value, people)
        if {prop, item.property} == {"release_date", "publication_year"}:
            return str(claim["value"])[:4] == str(item.value)[:4] and len(str(claim["value"])) == 4
        return False
    if not value_matches(prop, claim["value"], item.value, people):
        return False
    want = claim.get("qualifiers") or {}
    if prop == "cast_member" or prop in ("title", "native_title"):
        return True
    for key in ("scope",):  # domestic vs worldwide figures are different claims
        if key in want and want[key] not in ("domestic",):
            got = str(item.q.get("scope") or item.q.get("market") or item.q.get("country") or "")
            if _market(str(want[key])) not in _market(got):
                return False
    return True


_NORTH_AMERICA = re.compile(r"\b(?:united states(?: and canada)?|north america|u ?s a?|america|us canada)\b")


def _market(name: str) -> str:
    """A market's words; the US box office is reported as North America's (the annotations say both)."""
    return _NORTH_AMERICA.sub("north america", _words(name))


def dated_right(claim: dict[str, Any], item: Item) -> bool:
    want = claim.get("qualifiers") or {}
    got = item.q
    if want.get("undated"):
        return bool(got.get("undated"))
    if "point_in_time" in want:
        return got.get("point_in_time") == want["point_in_time"] or (
            "latest" in got and got.get("latest") == want["point_in_time"] and "point_in_time" not in got)
    if "days_since_release" in want:
        return got.get("days_since_release") == want["days_since_release"]
    return True


def score(pages: dict[str, dict[str, Any]], export: dict[str, Any], page_of: dict[str, str],
          groups: dict[str, FilmGroup], texts: dict[str, str], part: bool = False) -> Result:
    """The scores of `pages`; a `part` of the corpus scores the films/ entries of its pages' films only."""
    result = Result(pages=len(pages))
    if part:
        named = {f for p in pages.values() for f in p["films"]}
        groups = {k: g for k, g in groups.items() if k in named}
    films = Films(groups, export)
    people = _people_groups(groups.values())
    items = exported_items(export, page_of)
    by_page: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_page[item.page].append(item)
    records_for: dict[str, set[int]] = {}

    def records(film: str, year: int | None) -> set[int]:
        g = films.group(film, year)
        if g.name not in records_for:
            records_for[g.name] = set(films.records_of(g))
        return records_for[g.name]

    def quote(page: str, claim: dict[str, Any]) -> str:
        text = texts.get(page, "")
        span = anchor(text, claim["span"], claim["fp"]) if text else None
        return text[span[0]:span[1]] if span else ""

    doc_of = {page: doc for doc, page in page_of.items()}
    # a fact shows a person under the entity's display name: that name and the page's document say who
    by_display: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for person in export["people"]:
        by_display[person["name"]].append(person)

    def person_of(shown: Any, doc: str) -> str:
        found = by_display.get(str(shown), [])
        here = [p for p in found if any(doc in s["documents"] for s in p["spellings"])]
        return (here or found)[0]["id"] if len(here or found) == 1 else ""
    people_found: dict[str, set[str]] = defaultdict(set)  # name key of an annotated spelling → people found
    for page_id, page in pages.items():
        kind = result.by_kind[page["kind"]]
        own = by_page.get(page_id, [])
        used: set[Item] = set()
        for claim in page["claims"]:
            mine = records(claim["film"], claim.get("film_year"))
            hits = [it for it in own if claim_matches(claim, it, people)]
            right = [it for it in hits if it.record in mine]
            if claim["property"] == "forecast":
                result.forecasts[1] += 1
                if hits:
                    result.forecasts[0] += 1
                    used.update(hits)
                    result.log["forecast stored"].append(f"{page_id}: {claim['film']} {claim['value']} "
                                                         f"«{quote(page_id, claim)}»")
                continue
            used.update(right)
            if claim["property"] in PEOPLE and isinstance(claim["value"], str):
                found = people_found[person_key(claim["value"])]
                found.update(pid for it in right if (pid := person_of(it.value, doc_of.get(page_id, ""))))
            if claim.get("optional"):
                continue
            for tally in (result.total, kind):
                tally.wanted += 1
                tally.found += bool(right)
            what = (f"{page_id}: {claim['film']} {claim['property']} {json.dumps(claim['value'], ensure_ascii=False)}"
                    f" {json.dumps(claim.get('qualifiers') or {}, ensure_ascii=False)} «{quote(page_id, claim)}»")
            if not right:
                wrong = [it for it in hits if it.record not in mine]
                if wrong:
                    names = sorted({export["films"][it.record]["title"] for it in wrong})
                    result.log["miss (given to another film)"].append(f"{what} → {names}")
                else:
                    result.log["miss"].append(what)
            elif claim["property"] in TIMED and set(claim.get("qualifiers") or {}) & {
                    "point_in_time", "days_since_release", "undated"}:
                result.dated[1] += 1
                if any(dated_right(claim, it) for it in right):
                    result.dated[0] += 1
                else:
                    result.log["dated wrong"].append(f"{what} → {[it.q for it in right][:2]}")
        # precision counts each value a film got from the page once, whatever qualifiers its copies carry
        values: dict[tuple[int, str, str], list[Item]] = defaultdict(list)
        for item in own:
            values[(item.record, item.property, json.dumps(item.value, sort_keys=True))].append(item)
        for copies in values.values():
            item = next((it for it in copies if it in used), copies[0])
            for tally in (result.total, kind):
                tally.items += 1
                tally.right += item in used
            if item in used:
                continue
            title = export["films"][item.record]["title"]
            line = (f"{page_id}: [{title}] {item.property} {json.dumps(item.value, ensure_ascii=False)} "
                    f"{json.dumps(item.q, ensure_ascii=False)} «{item.quote[:120]}»")
            # the value is annotated on this page for another film: a misattribution
            if any(claim_matches(c, item, people) for c in page["claims"]):
                result.total.misattributed += 1
                kind.misattributed += 1
                result.log["misattributed"].append(line)
            else:
                result.log["extra"].append(line)
    _score_meta(pages, export, page_of, result)
    _score_disagreements(films, export, page_of, people, result)
    _score_names(films, pages, export, people_found, result)
    return result


def _score_meta(pages: dict[str, dict[str, Any]], export: dict[str, Any], page_of: dict[str, str],
                result: Result) -> None:
    docs = {page_of[d["id"]]: d for d in export["documents"] if d["id"] in page_of}
    for page_id, page in pages.items():
        doc = docs.get(page_id)
        if doc is None:
            continue
        for key in ("kind", "published"):
            want, got = page.get(key) or "", doc.get(key) or ""
            result.meta[1] += 1
            ok = want == got or (key == "kind" and {want, got} <= {"news", "box_office_report"})
            result.meta[0] += ok
            if not ok:
                result.log[f"page {key}"].append(f"{page_id}: want {want!r}, got {got!r}")


def _score_disagreements(films: Films, export: dict[str, Any], page_of: dict[str, str], people: list[set[str]],
                         result: Result) -> None:
    for group in [films.groups[k] for k in list(films.groups)]:
        for d in group.disagreements:
            result.disagreements[2] += 1
            want = [(k.split("#")[0], _plain(v)) for k, v in d["values"].items()]
            best = ""
            for i in films.records_of(group):
                for c in export["films"][i]["conflicts"]:
                    prop = SAME_PROPERTY.get(c["property"], c["property"])
                    if prop != d["property"] and not prop.startswith(d["property"]):
                        continue
                    covered = {(page, json.dumps(v)) for page, v in want for e in c["evidence"]
                               if page_of.get(e["document"]) == page
                               and value_matches(d["property"], v, e["value"], people)}
                    if len(covered) >= min(2, len(want)):
                        best = c["kind"] if c["kind"] == d["kind"] or not best else best
            what = f"{group.name}: {d['property']} {d['kind']} {d['values']}"
            if best:
                result.disagreements[0] += 1
                result.disagreements[1] += best == d["kind"]
                if best != d["kind"]:
                    result.log["disagreement kind"].append(f"{what} → {best}")
            else:
                result.log["disagreement missed"].append(what)


def _plain(value: Any) -> Any:
    return value.get("value", value) if isinstance(value, dict) and "value" in value else value


def _score_names(films: Films, pages: dict[str, dict[str, Any]], export: dict[str, Any],
                 people_found: dict[str, set[str]], result: Result) -> None:
    """A group of spellings is kept right when the claims of at least two of its spellings were found and
    all of them landed on one person; names that must stay apart never share one."""
    for group in list(films.groups.values()):
        for same in group.same_person:
            keys = sorted({person_key(n) for n in same} & set(people_found))
            if len(keys) < 2:
                continue  # the pages give claims under one spelling only: nothing to join
            result.names[1] += 1
            ids = [people_found[k] for k in keys]
            ok = all(ids) and len(set.union(*ids)) == 1
            result.names[0] += ok
            if not ok:
                result.log["name group split"].append(f"{group.name}: {same} → {[sorted(i) for i in ids]}")
        for apart in group.different_people:
            result.names[1] += 1
            ids = [people_found.get(person_key(n), set()) for n in apart]
            ok = not set.intersection(*ids)
            result.names[0] += ok
            if not ok:
                result.log["names merged"].append(f"{group.name}: {apart}")
        if len(group.titles) > 1 and group.name in {c for p in pages.values() for c in p["films"]}:
            result.names[1] += 1
            found = films.records_of(group)
            ok = len(found) == 1 and all(_title_key(t) in films.record_keys[found[0]] for t in group.titles[1:]
                                         if _title_used(t, pages))
            result.names[0] += ok
            if not ok:
                result.log["film titles split"].append(
                    f"{group.name}: {group.titles} → {[export['films'][i]['titles'] for i in found]}")


def _title_used(title: str, pages: dict[str, dict[str, Any]]) -> bool:
    """A title some page gives as a claim (a film entry may list titles no page states)."""
    key = film_key(title)
    return any(c["property"] in ("title", "native_title", "romanized_title") and film_key(str(c["value"])) == key
               for p in pages.values() for c in p["claims"])


# ---------------------------------------------------------------- running


def build_export(paths: list[Path]) -> tuple[dict[str, Any], list[tuple[str, str]], float]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "real.db")
        start = time.perf_counter()
        report = build(paths, store, skip_bad=True)
        export = export_json(reconciled(store))
        seconds = time.perf_counter() - start
        store.close()
    return export, list(report.skipped), seconds


def split_of(page: dict[str, Any]) -> str:
    film = page["films"][0] if page["films"] else ""
    return "check" if int(hashlib.sha1(film.encode("utf-8")).hexdigest(), 16) % 5 == 0 else "dev"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="list each miss and each extra")
    parser.add_argument("--only", nargs="*", default=[], help="score these page ids only")
    parser.add_argument("--split", choices=("dev", "check"), default="", help="list misses of this part only")
    parser.add_argument("--json", default="", help="also write the export here")
    args = parser.parse_args()
    pages = load_pages()
    if args.only:
        pages = {k: v for k, v in pages.items() if k in set(args.only)}
    if not pages:
        print("bench/real_pages.py: no annotated pages in bench/corpus/pages", file=sys.stderr)
        return 2
    texts = {k: t for k in pages if (t := cached_text(k)) is not None}
    missing = sorted(set(pages) - set(texts))
    if missing:
        print(f"bench/real_pages.py: {len(missing)} of {len(pages)} pages are not in bench/corpus/cache "
              f"(page text is kept out of the repository). Fill the cache as bench/corpus/README.md says: "
              f"`python bench/corpus/annotate.py missing` lists each page under the query that finds it; run the "
              f"query on the search tool's pages corpus and save the page's excerpt with `annotate.py refill URL "
              f"--excerpt FILE --escaped`; then `annotate.py check`.", file=sys.stderr)
        if len(missing) == len(pages):
            return 2
        pages = {k: v for k, v in pages.items() if k in texts}
    stale = [k for k in pages if sha256(texts[k]) != pages[k]["sha256"]]
    if stale:
        print(f"note: {len(stale)} cached pages differ from the annotated text; spans are re-anchored",
              file=sys.stderr)
    paths = [CORPUS / "cache" / f"{k}.txt" for k in pages]
    export, refused, seconds = build_export(paths)
    if args.json:
        Path(args.json).write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    page_of = {d["id"]: Path(d["file"]).stem for d in export["documents"]}
    result = score(pages, export, page_of, load_groups(), texts)
    parts = {name: score({k: v for k, v in pages.items() if split_of(v) == name}, export, page_of, load_groups(),
                         texts, part=True) for name in ("dev", "check")}
    if args.split:
        result.log = parts[args.split].log
    result.refused = [(Path(p).stem, why) for p, why in refused]
    for name, part in parts.items():
        part.refused = [r for r in result.refused if r[0] in pages and split_of(pages[r[0]]) == name]
    for page_id, why in result.refused:
        result.log["refused"].append(f"{page_id}: {why}")
    if args.verbose:
        for section, lines in result.log.items():
            for line in lines:
                print(f"  {section.upper()}: {line}")
    for kind, t in sorted(result.by_kind.items()):
        n = sum(1 for p in pages.values() if p["kind"] == kind)
        print(f"  {kind:<18} pages {n:>3}  recall {t.found:>4}/{t.wanted:<4} ({t.recall():6.1%})  precision "
              f"{t.right:>4}/{t.items:<4} ({t.precision():6.1%})  misattributed {t.misattributed}")
    if result.log:
        print("  logged: " + ", ".join(f"{k} {len(result.log[k])}" for k in sorted(result.log)))
    print(f"  build + export {seconds:.1f} s for {len(pages)} pages")
    for name, part in parts.items():
        print(f"  {name:<5} " + part.summary())
    print(result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
