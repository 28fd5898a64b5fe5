"""Generated documents of every format through the public build path: a build either succeeds or
raises a FilmfactsError with a one-line message, and a refused build leaves the store as it was.

The strategies build inputs out of the pieces each reader looks for (headings, infobox templates,
HTML tags, CSV cells, film-row keys, dump pages) mixed with arbitrary text, so the generated files
reach past the readers' recognition into the readers and extractors. The example counts are kept
small for the suite's time (350 inputs in all); `FILMFACTS_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py`
runs a longer hunt.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from filmfacts import FilmfactsError, Store, build

EXAMPLES = int(os.environ.get("FILMFACTS_FUZZ_EXAMPLES", "50"))  # per format; more for a longer hunt
FUZZ = settings(max_examples=EXAMPLES, deadline=timedelta(seconds=30),  # a hang, not a slow machine, fails
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = ["Parasite", "is", "a", "2019", "South", "Korean", "film", "directed", "by", "Bong", "Joon-ho", "starring",
         "Song Kang-ho", "as", "the", "grossed", "$258", "million", "on", "March", "1,", "11.09", "viewers", "days",
         "after", "its", "release", "ranked", "seventh", "기생충", "봉준호", "映画", "の", "年", "(", ")", "—", ":",
         "[1]", "|", "won", "Best", "Picture", "Academy", "Awards", "Cast", "Plot", "\n", "\n\n", ".", ","]
ODD = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
prose = st.lists(st.sampled_from(WORDS) | ODD, max_size=120).map(" ".join)
heading = st.builds(lambda level, title: f"\n{'=' * level} {title} {'=' * level}\n", st.integers(1, 4),
                    st.sampled_from(["Cast", "Plot", "Box office", "Accolades", "Production", "Release"]) | ODD)
plain_text = st.lists(prose | heading, min_size=1, max_size=8).map("".join)

value = st.sampled_from(["Parasite", "2019", "[[Bong Joon-ho]]", "{{Plainlist|\n* [[Song Kang-ho]]\n}}",
                         "$258 million<ref>{{cite web|url=http://x|title=y}}</ref>", "{{Film date|2019|5|21}}",
                         "{{{{{{", "]]]]", "<ref name=a/>", "{{nowrap|" * 3]) | prose
infobox = st.lists(st.tuples(st.sampled_from(["name", "director", "starring", "gross", "released", "budget",
                                              "country", "language"]) | ODD, value), max_size=8).map(
    lambda fields: "{{Infobox film\n" + "".join(f"| {k} = {v}\n" for k, v in fields) + "}}\n")
wikitext = st.lists(infobox | prose | heading | st.just("{| class=wikitable\n|-\n! A !! B\n|-\n| x || y\n|}\n"),
                    min_size=1, max_size=6).map(lambda parts: "'''Parasite''' is a film.\n" + "".join(parts))

TAGS = ["div", "p", "span", "h1", "h2", "table", "tr", "td", "th", "a", "script", "style", "title", "article",
        "time", "meta", "br", "li", "ul", "b", "i", "noscript", "iframe"]
attributes = st.lists(st.tuples(st.sampled_from(["class", "href", "content", "property", "datetime", "onclick",
                                                 "id", "name"]), ODD), max_size=3).map(
    lambda pairs: "".join(f' {k}="{v}"' for k, v in pairs))
html_node = st.recursive(
    prose.map(lambda t: t.replace("<", "&lt;")) | ODD,
    lambda inner: st.builds(lambda tag, attrs, kids, close: f"<{tag}{attrs}>{''.join(kids)}" + (
        f"</{tag}>" if close else ""), st.sampled_from(TAGS), attributes, st.lists(inner, max_size=4), st.booleans()),
    max_leaves=30)
html = st.lists(html_node, max_size=6).map(
    lambda body: "<!DOCTYPE html><html><head><title>Parasite (2019 film)</title></head><body>"
                 + "".join(body) + "</body></html>")

cell = st.sampled_from(["Parasite", "2019", "Bong Joon-ho", "", "10,000,000", "2019-05-30", '"a, b"', "NA"]) | ODD
csv_text = st.tuples(st.sampled_from([",", "\t", ";", "|"]), st.lists(st.lists(cell, min_size=1, max_size=6),
                                                                       min_size=1, max_size=12)).map(
    lambda t: "\n".join(t[0].join(row) for row in t[1]) + "\n")

json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | prose | ODD,
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ODD, inner, max_size=3),
                          max_leaves=10)
film_row = st.fixed_dictionaries(  # title, year and cast first: what tells a file of film rows
    {"title": st.one_of(st.sampled_from(["Parasite", "Oldboy", "기생충"]), prose, json_value),
     "year": st.one_of(st.sampled_from([2019, "2019", None]), st.integers(1800, 2100), json_value),
     "cast": st.lists(st.sampled_from(["Song Kang-ho", "and", ")"]) | ODD, max_size=4) | json_value},
    optional={"genres": json_value, "extract": prose | json_value})
film_rows = st.lists(film_row, min_size=1, max_size=5).map(lambda rows: json.dumps(rows))

HEADER = ('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="en">\n'
          "<siteinfo><sitename>Wikipedia</sitename></siteinfo>\n")


def _escape(text: str) -> str:
    """Text as XML holds it: control characters, which no XML may hold, left out."""
    text = "".join(ch for ch in text if ch in "\n\t" or not (ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


dump = st.lists(st.tuples(ODD, wikitext), min_size=1, max_size=3).map(lambda pages: HEADER + "".join(
    f"<page><title>{_escape(title) or 'x'}</title><ns>0</ns><id>{i + 1}</id><revision><id>{i + 10}</id>"
    f"<text xml:space=\"preserve\">{_escape(text)}</text></revision></page>\n"
    for i, (title, text) in enumerate(pages)) + "</mediawiki>\n")


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as folder:
        s = Store(Path(folder) / "fuzz.db")
        yield s
        s.close()


def build_one(store: Store, name: str, data: bytes, *, skip_bad: bool = False) -> None:
    """Build one generated file; only success or a clean FilmfactsError may come out of it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        before = store.counts()
        try:
            report = build([path], store, skip_bad=skip_bad)
            event(f"stored {report.documents} document(s)" if report.documents else "nothing stored")
        except FilmfactsError as error:
            event(type(error).__name__)
            message = str(error)
            assert message and "\n" not in message.replace(str(path), ""), message
            assert "Traceback" not in message and "RecursionError" not in message
            assert store.counts() == before  # a refused file keeps nothing


FORMATS = {  # file name → the bytes of one generated file
    "page.txt": plain_text.map(str.encode),
    "page.wiki": wikitext.map(str.encode),
    "page.html": html.map(str.encode),
    "table.csv": csv_text.map(str.encode),
    "films.json": film_rows.map(str.encode),
    "pages.xml": dump.map(str.encode),
    "unknown": st.binary(max_size=2000) | plain_text.map(lambda t: t.encode("utf-16")) | st.text().map(str.encode),
}


@pytest.mark.parametrize("name", list(FORMATS))
@FUZZ
@given(data=st.data())
def test_a_build_stores_or_refuses_cleanly(store: Store, name: str, data: st.DataObject) -> None:
    # a dataset is also built with --skip-bad, which skips a bad row rather than the file
    build_one(store, name, data.draw(FORMATS[name]), skip_bad=name == "films.json" and data.draw(st.booleans()))
