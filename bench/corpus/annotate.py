"""The real-page corpus: add cached pages, turn quoted drafts into spans, check, count, agree.

    python bench/corpus/annotate.py add ID --url URL --query Q --excerpt FILE [--escaped]
    python bench/corpus/annotate.py missing                  # pages not cached, by the query that finds them
    python bench/corpus/annotate.py refill URL --excerpt FILE [--escaped]   # a fresh clone's cache
    python bench/corpus/annotate.py resolve ID [ID ...]      # cache/drafts/ID.json → pages/ID.json
    python bench/corpus/annotate.py show ID
    python bench/corpus/annotate.py check
    python bench/corpus/annotate.py stats
    python bench/corpus/annotate.py agree [--verbose]          # review/ against pages/

See bench/corpus/README.md for the formats. Page text lives only in cache/ (git-ignored).
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
DRAFTS = CACHE / "drafts"
PAGES = HERE / "pages"
FILMS = HERE / "films"
REVIEW = HERE / "review"
FETCH = HERE / "fetch.tsv"

KINDS = ("encyclopedia", "wiki_mirror", "fan_wiki", "news", "box_office_report", "blog", "forum", "dataset")
PROPERTIES = frozenset((
    "title", "native_title", "romanized_title", "release_date", "premiere_date", "publication_year",
    "country_of_origin", "original_language", "genre", "running_time", "director", "screenwriter",
    "producer", "music", "cinematography", "editing", "cast_member", "production_company", "distributor",
    "based_on", "filming_location", "filming_start", "filming_end", "budget", "admissions", "gross",
    "screens", "market_share", "box_office_rank", "admissions_milestone", "break_even_admissions",
    "award", "remake", "forecast",
))
HELD_OUT = ("miracle in cell", "ode to my father", "roaring currents", "the admiral", "masquerade",
            "extreme job", "train to busan")


class CorpusError(Exception):
    pass


# ---------------------------------------------------------------- cache


def cache_path(page_id: str) -> Path:
    return CACHE / f"{page_id}.txt"


def cached_text(page_id: str) -> str | None:
    path = cache_path(page_id)
    return path.read_text(encoding="utf-8") if path.exists() else None


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def anchor(text: str, span: list[int], fp: str) -> tuple[int, int] | None:
    """The span in `text` whose fingerprint is `fp`: where it was, else the nearest place of its length."""
    start, end = span
    if text[start:end] and fingerprint(text[start:end]) == fp:
        return start, end
    length = end - start
    for delta in range(1, 400):
        for s in (start - delta, start + delta):
            if s >= 0 and s + length <= len(text) and fingerprint(text[s:s + length]) == fp:
                return s, s + length
    return None


def fetch_rows() -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    if FETCH.exists():
        for line in FETCH.read_text(encoding="utf-8").splitlines()[1:]:
            if line.strip():
                page_id, url, query, digest = line.split("\t")
                rows[page_id] = {"url": url, "query": query, "sha256": digest}
    return rows


def write_fetch(rows: dict[str, dict[str, str]]) -> None:
    lines = ["id\turl\tquery\tsha256"]
    lines += [f"{k}\t{v['url']}\t{v['query']}\t{v['sha256']}" for k, v in sorted(rows.items())]
    FETCH.write_text("\n".join(lines) + "\n", encoding="utf-8")


def add(page_id: str, url: str, query: str, excerpt: str, escaped: bool) -> Path:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{2,80}", page_id):
        raise CorpusError(f"page id {page_id!r}: use lower-case letters, digits and hyphens")
    if escaped:
        raw = excerpt.strip("\n")
        excerpt = json.loads(raw if raw.startswith('"') and raw.endswith('"') and not raw.endswith('\\"')
                             else '"' + raw + '"')
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / ".lock", "w") as lock:  # helpers add pages at once; fetch.tsv is rewritten whole
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _add(page_id, url, query, excerpt)


def _add(page_id: str, url: str, query: str, excerpt: str) -> Path:
    text = f"URL: {url}\n\n{excerpt}"
    rows = fetch_rows()
    if page_id in rows and rows[page_id]["url"] != url:
        raise CorpusError(f"page id {page_id!r} is already used for {rows[page_id]['url']}")
    known = {v["url"]: k for k, v in rows.items()}
    if url in known and known[url] != page_id:
        raise CorpusError(f"{url} is already in the corpus as {known[url]!r}")
    DRAFTS.mkdir(parents=True, exist_ok=True)
    cache_path(page_id).write_text(text, encoding="utf-8")
    rows[page_id] = {"url": url, "query": " ".join(query.split()), "sha256": sha256(text)}
    write_fetch(rows)
    draft = DRAFTS / f"{page_id}.json"
    if not draft.exists():
        draft.write_text(json.dumps({"id": page_id, "url": url, "query": query, "site": "", "kind": "",
                                     "published": "", "published_quote": "", "films": [], "claims": [],
                                     "notes": ""}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return cache_path(page_id)


def _decode(excerpt: str, escaped: bool) -> str:
    if not escaped:
        return excerpt
    raw = excerpt.strip("\n")
    return json.loads(raw if raw.startswith('"') and raw.endswith('"') and not raw.endswith('\\"')
                      else '"' + raw + '"')


def missing() -> None:
    """The committed pages with no cached text, grouped under the query that finds them."""
    by_query: dict[str, list[str]] = {}
    for page_id, row in fetch_rows().items():
        if cached_text(page_id) is None:
            by_query.setdefault(row["query"], []).append(f"{page_id}\t{row['url']}")
    for query, lines in sorted(by_query.items()):
        print(f"QUERY\t{query}")
        for line in lines:
            print(f"  {line}")
    print(f"{sum(map(len, by_query.values()))} pages missing under {len(by_query)} queries")


def refill(url: str, excerpt: str, escaped: bool) -> str:
    """Cache a committed page's text again (a fresh clone); fetch.tsv and the annotations stay as they are."""
    rows = fetch_rows()
    ids = [k for k, v in rows.items() if v["url"] == url]
    if not ids:
        raise CorpusError(f"{url} is not in fetch.tsv; use add for a new page")
    text = f"URL: {url}\n\n{_decode(excerpt, escaped)}"
    CACHE.mkdir(parents=True, exist_ok=True)
    cache_path(ids[0]).write_text(text, encoding="utf-8")
    same = sha256(text) == rows[ids[0]]["sha256"]
    return f"{ids[0]}: {'identical' if same else 'differs from the annotated text (check re-anchors spans)'}"


# ---------------------------------------------------------------- resolve


def _find(text: str, quote: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            break
    if start < 0:
        # a quote copied with straight quotes or collapsed spaces: match loosely, keep the page's text
        pattern = re.escape(quote)
        for a, b in (("'", "['‘’]"), ('"', '["“”]'), (r"\ ", r"\s+")):
            pattern = pattern.replace(re.escape(a) if a != r"\ " else a, b)
        found = list(re.finditer(pattern, text))
        if len(found) >= occurrence:
            return found[occurrence - 1].span()
        raise CorpusError(f"quote not found in the cached text: {quote!r}")
    return start, start + len(quote)


def resolve(page_id: str, review: bool = False) -> Path:
    """A draft's quotes → spans; `review` reads a second reader's draft (cache/review-drafts) into review/."""
    draft_path = (CACHE / "review-drafts" if review else DRAFTS) / f"{page_id}.json"
    if not draft_path.exists():
        raise CorpusError(f"no draft {draft_path}")
    text = cached_text(page_id)
    if text is None:
        raise CorpusError(f"no cached text for {page_id}; add it first")
    draft = json.loads(draft_path.read_text(encoding="utf-8"))
    page: dict[str, Any] = {k: draft.get(k, "") for k in ("id", "url", "query", "site", "kind", "published")}
    page["sha256"] = sha256(text)
    if draft.get("published_quote"):
        s, e = _find(text, draft["published_quote"], 1)
        page["published_span"] = [s, e]
        page["published_fp"] = fingerprint(text[s:e])
    page["films"] = draft.get("films", [])
    claims = []
    for i, c in enumerate(draft.get("claims", [])):
        c = dict(c)
        quote = c.pop("quote", "")
        occurrence = int(c.pop("occurrence", 1))
        if not quote:
            raise CorpusError(f"{page_id} claim {i}: no quote")
        s, e = _find(text, quote, occurrence)
        c["span"] = [s, e]
        c["fp"] = fingerprint(text[s:e])
        claims.append(c)
    page["claims"] = claims
    for key in ("notes", "annotator"):
        if draft.get(key):
            page[key] = draft[key]
    problems = validate(page)
    if problems:
        raise CorpusError(f"{page_id}: " + "; ".join(problems))
    folder = REVIEW if review else PAGES
    folder.mkdir(exist_ok=True)
    out = folder / f"{page_id}.json"
    out.write_text(dump_page(page), encoding="utf-8")
    return out


def dump_page(page: dict[str, Any]) -> str:
    """A page's JSON with one claim a line, so a diff shows which claim changed."""
    head = {k: v for k, v in page.items() if k != "claims"}
    lines = json.dumps(head, indent=1, ensure_ascii=False)[:-2]
    claims = ",\n  ".join(json.dumps(c, ensure_ascii=False) for c in page.get("claims", []))
    return f"{lines},\n \"claims\": [\n  {claims}\n ]\n}}\n"



# ---------------------------------------------------------------- validate


def _is_date(v: Any) -> bool:
    return isinstance(v, str) and bool(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v))


def validate(page: dict[str, Any]) -> list[str]:
    problems = []
    if page.get("kind") not in KINDS:
        problems.append(f"kind {page.get('kind')!r} is not one of {', '.join(KINDS)}")
    if not page.get("site"):
        problems.append("no site")
    if page.get("published") and not _is_date(page["published"]):
        problems.append(f"published {page['published']!r} is not YYYY[-MM[-DD]]")
    for i, c in enumerate(page.get("claims", [])):
        where = f"claim {i} ({c.get('property')} {c.get('value')!r})"
        if c.get("property") not in PROPERTIES:
            problems.append(f"{where}: unknown property")
        if not c.get("film"):
            problems.append(f"{where}: no film")
        value = c.get("value")
        if value is None or value == "":
            problems.append(f"{where}: no value")
        if c.get("property") in ("gross", "budget", "running_time", "market_share") and not (
                isinstance(value, dict) and "amount" in value and "unit" in value):
            problems.append(f"{where}: value must be {{amount, unit}}")
        if c.get("property") in ("admissions", "screens", "box_office_rank", "admissions_milestone",
                                 "break_even_admissions") and not isinstance(value, int | float):
            problems.append(f"{where}: value must be a number")
        dated = ("release_date", "premiere_date", "filming_start", "filming_end")
        if c.get("property") in dated and not _is_date(value):
            problems.append(f"{where}: value must be a date")
        for key in ("point_in_time", "earliest", "latest"):
            q = (c.get("qualifiers") or {}).get(key)
            if q is not None and not _is_date(q):
                problems.append(f"{where}: {key} {q!r} is not a date")
    return problems


def load_pages(folder: Path = PAGES) -> dict[str, dict[str, Any]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}


def load_films() -> dict[str, dict[str, Any]]:
    return {f["film"]: f for p in sorted(FILMS.glob("*.json")) if (f := json.loads(p.read_text(encoding="utf-8")))}


def check() -> int:
    pages, rows = load_pages(), fetch_rows()
    bad = 0
    for page_id, page in pages.items():
        problems = validate(page)
        if page_id not in rows:
            problems.append("not in fetch.tsv")
        text = cached_text(page_id)
        if text is None:
            problems.append("not cached")
        else:
            moved = 0
            for c in page["claims"]:
                found = anchor(text, c["span"], c["fp"])
                if found is None:
                    problems.append(f"span of {c['property']} {c['value']!r} not found in the cached text")
                moved += found is not None and list(found) != c["span"]
            if sha256(text) != page["sha256"]:
                problems.append(f"cached text differs from the annotated one ({moved} spans re-anchored)")
        for title in page["films"]:
            if any(h in title.lower() for h in HELD_OUT) and "(" not in title:
                problems.append(f"held-out film {title!r} listed as a subject")
        if problems:
            bad += 1
            print(f"{page_id}: " + "; ".join(problems))
    print(f"{len(pages)} pages, {bad} with problems")
    return 1 if bad else 0


def show(page_id: str) -> None:
    page = json.loads((PAGES / f"{page_id}.json").read_text(encoding="utf-8"))
    text = cached_text(page_id) or ""
    print(f"{page['id']}  {page['kind']}  {page['site']}  published={page['published']!r}  films={page['films']}")
    for c in page["claims"]:
        found = anchor(text, c["span"], c["fp"]) if text else None
        quote = text[found[0]:found[1]] if found else "(not cached)"
        print(f"  {c['film']:<28} {c['property']:<22} {json.dumps(c['value'], ensure_ascii=False):<24} "
              f"{json.dumps(c.get('qualifiers') or {}, ensure_ascii=False)}  «{quote}»")


def stats() -> None:
    pages, films = load_pages(), load_films()
    sites = Counter(p["site"] for p in pages.values())
    kinds = Counter(p["kind"] for p in pages.values())
    subjects = Counter(f for p in pages.values() for f in p["films"][:1])
    claims = sum(len(p["claims"]) for p in pages.values())
    print(f"pages {len(pages)}, films (main subjects) {len(subjects)}, film entries {len(films)}, "
          f"sites {len(sites)}, claims {claims}")
    print("kinds: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print("sites: " + ", ".join(f"{k} {n}" for k, n in sites.most_common()))
    print("films: " + ", ".join(f"{k} {n}" for k, n in subjects.most_common()))


# ---------------------------------------------------------------- agreement


def _norm(value: Any) -> str:
    if isinstance(value, dict):
        amount = float(value.get("amount", 0))
        return f"{amount:.6g} {value.get('unit', '')}"
    if isinstance(value, int | float):
        return f"{float(value):.6g}"
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    return re.sub(r"[\s\-‐'’.]+", "", text)


def _film_resolver() -> Any:
    """A claim's film → its films/ entry when a title of one entry (of the claim's year) names it."""
    entries = load_films()
    by_key: dict[str, list[dict[str, Any]]] = {}
    for f in entries.values():
        for t in {f["film"], *f.get("titles", [])}:
            by_key.setdefault(_norm(re.sub(r"\s*\(\d{4}\)$", "", t)), []).append(f)

    def resolve(c: dict[str, Any]) -> str:
        if c["film"] in entries:
            return c["film"]
        year = c.get("film_year") or (int(m.group(1)) if (m := re.search(r"\((\d{4})\)$", c["film"])) else None)
        found = by_key.get(_norm(re.sub(r"\s*\(\d{4}\)$", "", c["film"])), [])
        if year:
            found = [f for f in found if not f.get("year") or abs(int(f["year"]) - int(year)) <= 1] or found
        return found[0]["film"] if len({f["film"] for f in found}) == 1 or (found and year) else c["film"]

    return resolve


def claim_key(c: dict[str, Any], film_of: Any = None) -> tuple[str, str, str]:
    return _norm(film_of(c) if film_of else c["film"]), c["property"], _norm(c["value"])


def agree(verbose: bool) -> None:
    first, second = load_pages(PAGES), load_pages(REVIEW)
    both = sorted(set(first) & set(second))
    if not both:
        print("no page has a second reading in review/")
        return
    film_of = _film_resolver()
    matched = only_first = only_second = 0
    meta_same = meta_total = 0
    for page_id in both:
        a = Counter(claim_key(c, film_of) for c in first[page_id]["claims"] if not c.get("optional"))
        b = Counter(claim_key(c, film_of) for c in second[page_id]["claims"] if not c.get("optional"))
        a_all = Counter(claim_key(c, film_of) for c in first[page_id]["claims"])
        b_all = Counter(claim_key(c, film_of) for c in second[page_id]["claims"])
        matched += sum((a & b_all).values())
        only_first += sum((a - b_all).values())
        only_second += sum((b - a_all).values())
        for key in ("kind", "published"):
            meta_total += 1
            meta_same += first[page_id].get(key) == second[page_id].get(key)
        if verbose:
            for k in (a - b_all):
                print(f"  {page_id}: only the first reader: {k}")
            for k in (b - a_all):
                print(f"  {page_id}: only the second reader: {k}")
    total = matched + only_first + only_second
    print(f"pages read twice: {len(both)}; claims: {matched} agreed, {only_first} only first, "
          f"{only_second} only second; agreement (matched / all) {matched / max(1, total):.1%}; "
          f"second reader's recall of the first {matched / max(1, matched + only_first):.1%}; "
          f"kind and published equal {meta_same}/{meta_total}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_add = sub.add_parser("add")
    p_add.add_argument("id")
    p_add.add_argument("--url", required=True)
    p_add.add_argument("--query", required=True)
    p_add.add_argument("--excerpt", required=True, help="file holding the excerpt ('-' for stdin)")
    p_add.add_argument("--escaped", action="store_true", help="the file holds the JSON-escaped string")
    sub.add_parser("missing")
    p_refill = sub.add_parser("refill")
    p_refill.add_argument("url")
    p_refill.add_argument("--excerpt", required=True, help="file holding the excerpt ('-' for stdin)")
    p_refill.add_argument("--escaped", action="store_true", help="the file holds the JSON-escaped string")
    p_res = sub.add_parser("resolve")
    p_res.add_argument("ids", nargs="+")
    p_res.add_argument("--review", action="store_true", help="a second reader's draft (cache/review-drafts → review/)")
    p_show = sub.add_parser("show")
    p_show.add_argument("id")
    sub.add_parser("check")
    sub.add_parser("stats")
    p_agree = sub.add_parser("agree")
    p_agree.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    try:
        if args.command == "add":
            raw = sys.stdin.read() if args.excerpt == "-" else Path(args.excerpt).read_text(encoding="utf-8")
            print(add(args.id, args.url, args.query, raw, args.escaped))
        elif args.command == "missing":
            missing()
        elif args.command == "refill":
            raw = sys.stdin.read() if args.excerpt == "-" else Path(args.excerpt).read_text(encoding="utf-8")
            print(refill(args.url, raw, args.escaped))
        elif args.command == "resolve":
            for page_id in args.ids:
                print(resolve(page_id, args.review))
        elif args.command == "show":
            show(args.id)
        elif args.command == "check":
            return check()
        elif args.command == "stats":
            stats()
        elif args.command == "agree":
            agree(args.verbose)
    except (CorpusError, json.JSONDecodeError, OSError) as e:
        print(f"annotate: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
