"""Publication dates of the real pages: filmfacts' readers against htmldate and dateparser.

For every cached page of bench/corpus with an annotated publication date (and every page without
one, where the right answer is "no date"), each method's date is compared with the annotation:

    filmfacts   the article/encyclopedia readers (`sources.read_file`), as a build reads the page
    htmldate    htmldate.find_date on the page text wrapped as HTML, with the page's URL
                (its URL patterns, then its text heuristics; original date, not the last update)
    dateparser  the first date dateparser.search.search_dates finds in the page's first 600 characters

A date is right when it equals the annotation at the annotation's precision (a page known only to
"2019-06" is right with any day of that month); "no date" is right only where none is annotated.
Also prints each method's time per page and the ratio to filmfacts'. Needs the `bench` extra:
`pip install -e '.[bench]'`.

    .venv/bin/python bench/date_libraries.py [--verbose]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench" / "corpus"))

from annotate import cached_text, load_pages  # noqa: E402

from filmfacts.errors import FilmfactsError  # noqa: E402
from filmfacts.sources import read_text  # noqa: E402


def _url(text: str) -> str:
    m = re.match(r"URL: (\S+)", text)
    return m.group(1) if m else ""


def by_filmfacts(text: str, source: str) -> str:
    try:
        return read_text(text, source).published or ""
    except FilmfactsError:
        return ""


def by_htmldate(text: str, source: str) -> str:
    from html import escape

    from htmldate import find_date

    body = "".join(f"<p>{escape(line)}</p>" for line in text.split("\n")[2:] if line.strip())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = find_date(f"<html><body>{body}</body></html>", url=_url(text), original_date=True,
                          extensive_search=True)
    return found or ""


def by_dateparser(text: str, source: str) -> str:
    from dateparser.search import search_dates

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text.split("\n", 2)[-1][:600], settings={"REQUIRE_PARTS": ["year"]})
    return found[0][1].date().isoformat() if found else ""


METHODS: dict[str, Callable[[str, str], str]] = {
    "filmfacts": by_filmfacts, "htmldate": by_htmldate, "dateparser": by_dateparser,
}


def right(want: str, got: str) -> bool:
    return got[:len(want)] == want if want else not got


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="list each page a method gets wrong")
    args = parser.parse_args()
    pages = {k: (p, t) for k, p in load_pages().items() if (t := cached_text(k)) is not None}
    if not pages:
        print("bench/date_libraries.py: bench/corpus/cache is empty; fill it as bench/corpus/README.md says",
              file=sys.stderr)
        return 2
    try:
        import dateparser  # noqa: F401
        import htmldate  # noqa: F401
    except ImportError as err:
        print(f"bench/date_libraries.py: {err.name} is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    seconds: dict[str, float] = {}
    for name, method in METHODS.items():
        ok = dated_ok = dated = 0
        start = time.perf_counter()
        for page_id, (page, text) in pages.items():
            got = method(text, f"{page_id}.txt")
            want = page.get("published") or ""
            good = right(want, got)
            ok += good
            dated += bool(want)
            dated_ok += bool(want) and good
            if args.verbose and not good:
                print(f"  {name}: {page_id}: want {want!r}, got {got!r}")
        seconds[name] = time.perf_counter() - start
        ratio = seconds[name] / seconds["filmfacts"]
        print(f"{name:<11} right {ok}/{len(pages)} ({ok / len(pages):.1%}); pages with a date: {dated_ok}/{dated}; "
              f"{1000 * seconds[name] / len(pages):.1f} ms a page ({ratio:.1f}x filmfacts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
