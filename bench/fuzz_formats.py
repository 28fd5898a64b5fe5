"""Generated inputs for every reader, and the one path that reads and extracts them as a build does.

Shared by `tests/test_fuzz.py` (a few hundred inputs through the whole build, store included) and
`bench/fuzz_bench.py` (a million, through `read_and_extract`, which is the build without the store).
The strategies build inputs out of the pieces each reader looks for (headings, infobox templates,
HTML tags and attributes, CSV cells, KOBIS headers, film-row keys, dump pages) mixed with arbitrary
text, so the generated files reach past the readers' recognition into the readers and the
extractors they feed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from hypothesis import strategies as st

from filmfacts import FilmfactsError
from filmfacts.model import Document

WORDS = ["Parasite", "is", "a", "2019", "South", "Korean", "film", "directed", "by", "Bong", "Joon-ho", "starring",
         "Song Kang-ho", "as", "the", "grossed", "$258", "million", "on", "March", "1,", "11.09", "viewers", "days",
         "after", "its", "release", "ranked", "seventh", "기생충", "봉준호", "映画", "の", "年", "(", ")", "—", ":",
         "[1]", "|", "won", "Best", "Picture", "Academy", "Awards", "Cast", "Plot", "\n", "\n\n", ".", ","]
ODD = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
prose = st.lists(st.sampled_from(WORDS) | ODD, max_size=120).map(" ".join)
heading = st.builds(lambda level, title: f"\n{'=' * level} {title} {'=' * level}\n", st.integers(1, 4),
                    st.sampled_from(["Cast", "Plot", "Box office", "Accolades", "Production", "Release"]) | ODD)
# a defining sentence, most of the time, so that generated pages get past "which film" into the extractors
LEAD = st.sampled_from(["Parasite (Korean: 기생충) is a 2019 South Korean black comedy thriller film directed by "
                        "Bong Joon-ho, starring Song Kang-ho.\n", ""])
plain_text = st.tuples(LEAD, st.lists(prose | heading, min_size=1, max_size=8)).map(lambda t: t[0] + "".join(t[1]))

rendered = st.lists(  # a wiki page rendered to text: headings ending in [], pipe tables, a copy banner
    st.sampled_from(["Cast[]\n", "Box office[]\n", "| Year | Award | Result |\n", "| 2019 | Best Picture | Won |\n",
                     "This article uses material from Wikipedia.\n", "Trivia[edit]\n"]) | prose,
    min_size=1, max_size=10).map(lambda parts: "Parasite\n" + "\n".join(parts)).flatmap(
    lambda page: LEAD.map(lambda lead: page.replace("\n", "\n" + lead, 1)))

value = st.sampled_from(["Parasite", "2019", "[[Bong Joon-ho]]", "{{Plainlist|\n* [[Song Kang-ho]]\n}}",
                         "$258 million<ref>{{cite web|url=http://x|title=y}}</ref>", "{{Film date|2019|5|21}}",
                         "{{{{{{", "]]]]", "<ref name=a/>", "{{nowrap|" * 3]) | prose
infobox = st.lists(st.tuples(st.sampled_from(["name", "director", "starring", "gross", "released", "budget",
                                              "country", "language"]) | ODD, value), max_size=8).map(
    lambda fields: "{{Infobox film\n" + "".join(f"| {k} = {v}\n" for k, v in fields) + "}}\n")
wikitext = st.lists(infobox | prose | heading | st.just("{| class=wikitable\n|-\n! A !! B\n|-\n| x || y\n|}\n"),
                    min_size=1, max_size=6).map(lambda parts: "'''Parasite''' is a film.\n" + "".join(parts))

TAGS = ["div", "p", "span", "h1", "h2", "table", "tr", "td", "th", "a", "script", "style", "title", "article",
        "time", "meta", "br", "li", "ul", "b", "i", "noscript", "iframe", "img", "svg", "template", "object"]
ATTRIBUTES = ["class", "href", "content", "property", "datetime", "onclick", "onerror", "onload", "id", "name",
              "src", "alt", "title", "itemprop"]
attribute_value = ODD | st.sampled_from(["javascript:alert(1)", "JaVaScRiPt:void(0)", "alert(document.cookie)",
                                         "https://example.com/a", "2024-03-01T09:00:00+09:00", "headline"])
attributes = st.lists(st.tuples(st.sampled_from(ATTRIBUTES), attribute_value), max_size=3).map(
    lambda pairs: "".join(f' {k}="{v}"' for k, v in pairs))
html_node = st.recursive(
    prose.map(lambda t: t.replace("<", "&lt;")) | ODD,
    lambda inner: st.builds(lambda tag, attrs, kids, close: f"<{tag}{attrs}>{''.join(kids)}" + (
        f"</{tag}>" if close else ""), st.sampled_from(TAGS), attributes, st.lists(inner, max_size=4), st.booleans()),
    max_leaves=30)
html = st.lists(html_node, max_size=6).map(
    lambda body: "<!DOCTYPE html><html><head><title>Parasite (2019 film)</title></head><body>"
                 + "".join(body) + "</body></html>")
news_html = st.tuples(prose, st.lists(html_node, max_size=6), st.lists(prose, min_size=1, max_size=5)).map(
    lambda t: '<!DOCTYPE html><html><head><meta property="og:site_name" content="Korea Herald">'
              f'<meta property="article:published_time" content="2024-03-01T09:00:00+09:00">'
              f"<title>{t[0].replace('<', '')}</title></head><body><article><h1>{t[0].replace('<', '')}</h1>"
              + "".join(t[1]) + "".join(f"<p>{p.replace('<', '')}</p>" for p in t[2]) + "</article></body></html>")
NEWS_LEAD = ('"Parasite," the black comedy by Bong Joon-ho, has drawn 3.2 million viewers in 12 days, according to '
             "the Korean Film Council on Saturday.")
news_text = st.tuples(prose, st.lists(prose | st.just(NEWS_LEAD), min_size=1, max_size=6)).map(
    lambda t: f"'Parasite' tops the box office {t[0]}\n\nBy Kim Min-ji\n\nPublished : March 2, 2013 - 15:20\n\n"
              + NEWS_LEAD + "\n\n" + "\n\n".join(t[1]) + "\n")

cell = st.sampled_from(["Parasite", "2019", "Bong Joon-ho", "", "10,000,000", "2019-05-30", '"a, b"', "NA"]) | ODD
csv_text = st.tuples(st.sampled_from([",", "\t", ";", "|"]), st.lists(st.lists(cell, min_size=1, max_size=6),
                                                                       min_size=1, max_size=12)).map(
    lambda t: "\n".join(t[0].join(row) for row in t[1]) + "\n")

KOBIS_HEADERS = [  # one header of each KOBIS export sources/kobis.py recognises
    "movieCd,movieNm,openDt,audiCnt,audiAcc,salesAmt,salesAcc,scrnCnt,showCnt,dt,multiMovieYn,repNationCd,rank",
    '"","rank","film_title","film_title_en","genre","release_date","tenmillion_days","sales","audience","screens"',
    '"","rank","film_title","release_date","sales","audience_seoul","audience","screens"',
    ",Movie,Screen,Sales,Audience,장르,Rate,month,year,개봉일,감독,배우",
    ",Movie,Audience,Open,Screen,watchGradeNm,genres",
    "순번,영화명,개봉일,전국,전국,전국,장르,등급\n,,,스크린수,매출액,관객수,,",
    "movieCd,multiMovieYn,repNationCd",
    '"","year","kr_audience","ovs_audience","total_audience"',
]
kobis_cell = st.sampled_from(["명량", "기생충", "2014-07-30", "20240301", "20241399", "1,587", "17613682", "NA", "",
                              "김한민", '"최민식,류승룡"', "N", "Y", "K", "F", "0", "-5", "1e9"]) | ODD.map(
    lambda t: t.replace("\n", " ").replace(",", " "))


def _kobis_file(header: str) -> st.SearchStrategy[str]:
    """Rows as wide as the header mostly (a row of another width is refused by its line, also tried)."""
    width = len(header.splitlines()[-1].split(","))
    row = st.lists(kobis_cell, min_size=width, max_size=width) | st.lists(kobis_cell, min_size=1, max_size=14)
    return st.lists(row, max_size=10).map(lambda rows: header + "\n" + "".join(",".join(
        f'"{c}"' if "," in c and not c.startswith('"') else c for c in r) + "\n" for r in rows))


kobis = st.sampled_from(KOBIS_HEADERS).flatmap(_kobis_file)

json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | prose | ODD,
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ODD, inner, max_size=3),
                          max_leaves=10)
film_row = st.fixed_dictionaries(  # title, year and cast first: what tells a file of film rows
    {"title": st.one_of(st.sampled_from(["Parasite", "Oldboy", "기생충"]), prose, json_value),
     "year": st.one_of(st.sampled_from([2019, "2019", None]), st.integers(1800, 2100), json_value),
     "cast": st.lists(st.sampled_from(["Song Kang-ho", "and", ")"]) | ODD, max_size=4) | json_value},
    optional={"genres": json_value, "extract": prose | json_value})
film_rows = st.lists(film_row, min_size=1, max_size=5).map(lambda rows: json.dumps(rows))
deep_rows = st.tuples(st.integers(1, 3000), st.sampled_from(["[", "{\"a\":"])).map(  # nesting past every limit
    lambda t: '[{"title": "Parasite", "year": 2019, "cast": ' + t[1] * t[0] + "1" + ("]" if t[1] == "[" else "}")
    * t[0] + "}]")

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

# file name → the bytes of one generated file; the name only keeps a failure's file recognisable:
# filmfacts recognises formats by content
FORMATS = {
    "page.txt": plain_text.map(str.encode),
    "rendered.txt": rendered.map(str.encode),
    "page.wiki": wikitext.map(str.encode),
    "page.html": html.map(str.encode),
    "news.html": news_html.map(str.encode),
    "news.txt": news_text.map(str.encode),
    "table.csv": csv_text.map(str.encode),
    "kobis.csv": kobis.map(str.encode),
    "films.json": (film_rows | deep_rows).map(str.encode),
    "pages.xml": dump.map(str.encode),
    "unknown": st.binary(max_size=2000) | plain_text.map(lambda t: t.encode("utf-16")) | st.text().map(str.encode),
}


def check_refusal(error: FilmfactsError, path: Path) -> str:
    """A refusal's message, which must be one line and no traceback; returns what is wrong with it or ""."""
    message = str(error)
    if not message:
        return "an empty message"
    if "\n" in message.replace(str(path), ""):
        return f"a message of several lines: {message!r}"
    if "Traceback" in message or "RecursionError" in message:
        return f"a traceback in the message: {message!r}"
    return ""


def read_and_extract(path: Path, refused: list[FilmfactsError] | None = None, *,
                     extract: bool = True) -> Iterator[tuple[Document, int]]:
    """Every document a build would read from `path`, with its claim count: the build's read and
    extract steps in its order (dump, dataset, document), without the store. A refusal of the file
    propagates as a FilmfactsError; a dump page's refusal, which a build records and passes, goes to
    `refused`. `extract=False` runs the readers alone (claims 0). A dump page is read directly here,
    not through `read_films`, which turns any exception into a bad page's message and would hide a
    crash behind it."""
    from filmfacts import sources
    from filmfacts.errors import NoFilmFound
    from filmfacts.pipeline import extract_document
    from filmfacts.sources.dump import mediawiki
    from filmfacts.sources.limits import check_size
    from filmfacts.sources.registry import reader_for
    from filmfacts.sources.wiki import wikitext

    def extracted(doc: Document) -> Iterator[tuple[Document, int]]:
        if not extract:
            yield doc, 0
            return
        try:
            yield doc, len(extract_document(doc).claims)
        except NoFilmFound as err:  # a build skips and reports it
            if refused is None:
                raise
            refused.append(err)

    reader = reader_for(path)  # as a build asks: a dump, a dataset, or else one document
    if reader.mode == "dump":
        for page in mediawiki.iter_films(path):
            try:
                doc = wikitext.read(page.text, mediawiki.page_source(path, page), title=page.title)
                check_size(len(doc.text), doc.source, "the page")
                yield from extracted(doc)
            except FilmfactsError as err:
                if refused is None:
                    raise
                refused.append(err)
        return
    if reader.mode == "rows":
        for doc in reader.documents(path):
            yield from extracted(doc)
        return
    yield from extracted(sources.read_file(path))


def _tokens() -> dict[str, list[bytes]]:
    """The pieces each format's readers look for, as bytes: what `fuzz_mutate` inserts into a document
    of that format (and "*", all of them, into the repository's own documents)."""
    words = [*WORDS, "Parasite (Korean: 기생충) is a 2019 South Korean film", NEWS_LEAD]
    wiki = ["{{Infobox film\n", "}}\n", "| director = ", "| starring = ", "| gross = ", "| released = ", "[[", "]]",
            "{{Plainlist|\n", "<ref>", "</ref>", "<ref name=a/>", "{{cite web|url=http://x|title=y}}", "'''",
            "{{Film date|2019|5|21}}", "== Cast ==\n", "=== Box office ===\n", "{| class=wikitable\n", "|-\n", "! ",
            "|}\n", "[[Category:2019 films]]", "<!--", "-->", "<nowiki>", "</nowiki>", "__NOTOC__"]
    rendered_tokens = ["Cast[]\n", "Box office[]\n", "| Year | Award | Result |\n", "| 2019 | Best Picture | Won |\n",
                       "This article uses material from Wikipedia.\n", "Trivia[edit]\n", "Parasite\n"]
    tags = [f"<{t}>" for t in TAGS] + [f"</{t}>" for t in TAGS] + [f' {a}="' for a in ATTRIBUTES] + [
        '<meta property="og:site_name" content="Korea Herald">', '<table class="wikitable">', "<!DOCTYPE html>",
        '<meta property="article:published_time" content="2024-03-01T09:00:00+09:00">', "&amp;", "&#x1F3AC;",
        '<div class="noprint">', '<script type="application/ld+json">{"@type": "Movie", "name": "Parasite"}',
        "javascript:alert(1)", "<![CDATA[", "]]>", '<table class="infobox vevent">', "<th>Directed by</th>"]
    csv_tokens = [",", "\t", ";", "|", '"', '""', "\n", "\r\n", "NA", "10,000,000", "2019-05-30"]
    kobis_tokens = [*csv_tokens, *KOBIS_HEADERS, "명량", "기생충", "20240301", "17613682", '"최민식,류승룡"', "movieCd"]
    json_tokens = ["[", "]", "{", "}", ":", ",", '"title": ', '"year": ', '"cast": ', '"genres": ', '"extract": ',
                   "null", "true", "1e400", '"\\ud800"', '"\\u0000"', "[" * 50, "{\"a\":" * 50]
    dump_tokens = ["<page>", "</page>", "<title>", "</title>", "<ns>0</ns>", "<id>1</id>", "<revision>", "</revision>",
                   '<text xml:space="preserve">', "</text>", "</mediawiki>", "<redirect title=\"x\"/>",
                   "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "<siteinfo>", *wiki]
    news = [*words, "By Kim Min-ji\n", "Published : March 2, 2013 - 15:20\n", "according to the Korean Film Council",
            "million viewers", "tops the box office"]
    by_format = {"page.txt": words + wiki[:4], "rendered.txt": words + rendered_tokens, "page.wiki": words + wiki,
                 "page.html": words + tags, "news.html": news + tags, "news.txt": news, "table.csv": csv_tokens + words,
                 "kobis.csv": kobis_tokens, "films.json": json_tokens + words, "pages.xml": dump_tokens + words}
    out = {name: [t.encode() for t in tokens] for name, tokens in by_format.items()}
    out["*"] = sorted({t for tokens in out.values() for t in tokens})
    out["unknown"] = out["*"]
    return out


TOKENS = _tokens()
