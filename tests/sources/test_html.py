"""The HTML reader: golden pages, the WikiTableQuestions tables cell for cell, and small pages."""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path

import pytest

from conftest import SHARED
from filmfacts.errors import UnreadableDocument, UnsupportedFormat
from filmfacts.model import Document
from filmfacts.sources.wiki import html
from filmfacts.sources.wiki.html_refs import external_id, iso_date

GOLDEN = Path(__file__).parent.parent / "golden" / "html"
WTQ = SHARED / "data" / "wikitablequestions_film_subset"
REGEN = os.environ.get("FILMFACTS_REGEN_GOLDEN") == "1"


def read(path: Path) -> Document:
    return html.read(path.read_text(encoding="utf-8"), path.name)


def check_offsets(doc: Document) -> None:
    """Every span a Document gives points at the text it claims."""
    text = doc.text
    for table in doc.tables:
        assert 0 <= table.start <= table.end <= len(text)
        for row in table.rows:
            for cell in row:
                assert text[cell.start:cell.end] == cell.text, cell
    for f in doc.fields:
        assert text[f.start:f.end] == f.value, f
    for link in doc.links:
        assert 0 <= link.start < link.end <= len(text)
    for c in doc.citations:
        assert 0 <= c.anchor <= len(text)
    for s in doc.sections:
        assert 0 <= s.start <= s.end <= len(text)
    assert text == text.strip() and "\n\n\n" not in text
    assert all(line == line.rstrip() for line in text.split("\n"))


# ---------------------------------------------------------------- golden pages


def golden_pages() -> list[Path]:
    return sorted(GOLDEN.glob("*.html"))


def without_text(doc: Document) -> dict[str, object]:
    data = dataclasses.asdict(doc)
    data.pop("text")
    return json.loads(json.dumps(data))


@pytest.mark.parametrize("page", golden_pages(), ids=lambda p: p.stem)
def test_golden(page: Path) -> None:
    doc = read(page)
    check_offsets(doc)
    expected_json = page.with_suffix(".expected.json")
    expected_txt = page.with_suffix(".expected.txt")
    if REGEN or not expected_json.exists():
        expected_json.write_text(json.dumps(without_text(doc), ensure_ascii=False, indent=1) + "\n")
        expected_txt.write_text(doc.text + "\n", encoding="utf-8")
    assert doc.text == expected_txt.read_text(encoding="utf-8").removesuffix("\n")
    assert without_text(doc) == json.loads(expected_json.read_text(encoding="utf-8"))


def tsv_rows(path: Path) -> list[list[str]]:
    """WikiTableQuestions TSV: `\\n`, `\\\\` and `\\p` escaped; a line break in a cell is our `; `."""
    def unescape(cell: str) -> str:
        return re.sub(r"\\(.)", lambda m: {"n": "\n", "p": "|", "\\": "\\"}.get(m.group(1), m.group(0)), cell)

    return [[normal(unescape(c)) for c in line.rstrip("\n").split("\t")]
            for line in path.read_text(encoding="utf-8").splitlines()]


def normal(cell: str) -> str:
    return re.sub(r"\s+", " ", cell.replace("\n", "; ")).strip()


def drop_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    """WikiTableQuestions leaves out columns with nothing in any body row (a `Notes` column of
    reference markers only); do the same on both sides before comparing."""
    if not rows:
        return rows
    width = max(len(r) for r in rows)
    keep = [c for c in range(width) if any(c < len(r) and r[c] for r in rows[1:])]
    return [[r[c] if c < len(r) else "" for c in keep] for r in rows]


def table_as_rows(doc: Document, index: int) -> list[list[str]]:
    table = doc.tables[index]
    return [[normal(h) for h in table.header]] + [[normal(c.text) for c in row] for row in table.rows]


def matching_table(doc: Document, expected: list[list[str]]) -> int | None:
    want = drop_empty_columns(expected)
    for i in range(len(doc.tables)):
        if drop_empty_columns(table_as_rows(doc, i)) == want:
            return i
    return None


@pytest.mark.parametrize("page", golden_pages(), ids=lambda p: p.stem)
def test_golden_table_matches_dataset(page: Path) -> None:
    doc = read(page)
    expected = tsv_rows(page.with_suffix(".table.tsv"))
    assert matching_table(doc, expected) is not None


def test_french_connection_awards_rowspans_and_infobox() -> None:
    doc = read(GOLDEN / "wtq-200-11.html")
    assert (doc.kind, doc.site, doc.licence, doc.format) == ("encyclopedia", "Wikipedia", "CC BY-SA 4.0", "html")
    assert doc.title == "The French Connection"
    assert doc.retrieved == "2014-06-08"
    awards = doc.tables[0]
    assert awards.header == ("Award", "Category", "Nominee", "Result")
    assert awards.section == ("Awards and nominations",)
    first, second = awards.rows[0], awards.rows[1]
    assert first[0].text == "Academy Awards, 1972" and not first[0].spanned
    assert second[0].text == "Academy Awards, 1972" and second[0].spanned
    assert (second[0].start, second[0].end) == (first[0].start, first[0].end)
    sound = next(r for r in awards.rows if r[1].text == "Best Sound")
    assert sound[2].text == "Theodore Soderberg; Christopher Newman"
    fields = {f.name: f.value for f in doc.fields}
    assert fields["director"] == "William Friedkin"
    assert fields["starring"].startswith("Gene Hackman; Fernando Rey; Roy Scheider")
    assert fields["editing"] == "Gerald B. Greenberg"
    assert fields["distributor"] == "20th Century Fox"
    assert fields["released"] == "October 9, 1971 (USA)"
    assert fields["gross"].startswith("$51,700,000")
    assert "\n== Infobox ==\nDirected by: William Friedkin\n" in doc.text
    assert doc.text.startswith("The French Connection is a 1971 American")
    assert "[edit]" not in doc.text and "[20]" not in doc.text and "Retrieved from" not in doc.text
    assert ("imdb", "tt0067116") in doc.external_ids
    assert [s.path for s in doc.sections][:3] == [(), ("Plot",), ("Cast",)]
    assert ("Production", "Casting") in [s.path for s in doc.sections]


def test_french_connection_citations_anchor_at_markers() -> None:
    doc = read(GOLDEN / "wtq-200-11.html")
    mojo = [c for c in doc.citations if "boxofficemojo.com/movies/?id=frenchconnection" in c.url]
    assert mojo and mojo[0].publisher == "Box Office Mojo" and mojo[0].access_date == "2012-01-29"
    # The marker stood after the box office figure in the infobox.
    assert doc.text[: mojo[0].anchor].endswith("$51,700,000")
    oscars = [c for c in doc.citations if doc.text[: c.anchor].endswith("Academy Awards, 1972")]
    assert len(oscars) == 2  # [20] and [21] both follow the rowspanned ceremony cell


def test_box_office_table() -> None:
    doc = read(GOLDEN / "wtq-203-762.html")
    weekends = doc.tables[0]
    assert weekends.header == ("#", "Date", "Film", "Gross", "Notes")
    first = weekends.rows[0]
    assert [c.text for c in first[:4]] == [
        "1", "January 6, 2002", "The Lord of the Rings: The Fellowship of the Ring", "$23,006,447"]
    assert doc.tables[1].caption == "Highest-grossing films of 2002"
    line = doc.text[doc.text.rfind("\n", 0, first[0].start) + 1: first[-1].end + 2]
    assert line.startswith("| 1 | January 6, 2002 | The Lord of the Rings")


def test_filmography_bold_header_and_spanned_years() -> None:
    doc = read(GOLDEN / "wtq-204-647.html")
    films = doc.tables[0]
    assert films.header[:4] == ("Year", "Film", "Role", "Language")
    years = [(row[0].text, row[0].spanned) for row in films.rows]
    assert years[1:3] == [("2005", False), ("2005", True)]
    assert films.section == ("Filmography",)


# ---------------------------------------------------------------- the whole dataset


def wtq_pages() -> list[Path]:
    return sorted(WTQ.glob("page/*/*.html")) if WTQ.exists() else []


def dataset_or_skip() -> None:
    if not WTQ.exists():
        pytest.skip(f"{WTQ} is not present")


# Pages whose dataset table differs from what the page shows, each for a reason in
# the dataset's extraction, not ours.
WTQ_QUIRKS = {
    "200-24": "drops rows that are one heading cell spanning the table",
    "202-74": "drops a mid-table heading row (`Television`) that spans the table",
    "203-402": "drops a row that is one cell spanning the table",
    "203-709": "drops a row that is one cell spanning the table",
    "203-17": "its table is the first of two tables joined under one header",
    "203-782": "keeps a column the page shows only as a reference column (`Ref.`)",
    "203-485": "merges a two-column `Notes` heading into one column",
    "203-818": "keeps the hidden `[disambiguation needed]` maintenance tag",
    "204-18": "reads a decade navigation table whose header is links only",
}


@pytest.mark.parametrize("page", wtq_pages(), ids=lambda p: f"{p.parent.name[:3]}-{p.stem}")
def test_every_dataset_page_reads_with_a_table(page: Path) -> None:
    dataset_or_skip()
    doc = read(page)
    assert doc.tables, page
    check_offsets(doc)


def test_dataset_tables_match_cell_for_cell() -> None:
    dataset_or_skip()
    matched, failed = 0, []
    for page in wtq_pages():
        key = f"{page.parent.name[:3]}-{page.stem}"
        tsv = WTQ / "csv" / f"{page.parent.name[:3]}-csv" / f"{page.stem}.tsv"
        found = matching_table(read(page), tsv_rows(tsv))
        if found is not None:
            matched += 1
        elif key not in WTQ_QUIRKS:
            failed.append(key)
    assert not failed, f"tables differing from the dataset: {failed}"
    assert matched >= 80


# ---------------------------------------------------------------- small pages

FANDOM = """<!DOCTYPE html>
<html lang="en"><head><title>Miracle Cell | Drama Wiki | Fandom</title>
<meta property="og:site_name" content="Drama Wiki"/></head>
<body>
<div class="global-navigation">Fandom Games Movies TV</div>
<div id="onetrust-banner-sdk">We use cookies. Accept all</div>
<div class="fandom-community-header">Drama Wiki Explore</div>
<main class="page__main">
<h1 class="page-header__title">Miracle Cell</h1>
<div id="mw-content-text"><div class="mw-parser-output">
<table class="notice"><tr><td>This page uses content from an article at Wikipedia. The original article
was at Miracle Cell. As with Drama Wiki, the text of Wikipedia is available under the
Creative Commons Attribution-Share Alike License 3.0.</td></tr></table>
<aside class="portable-infobox">
<h2 class="pi-item pi-title">Miracle Cell</h2>
<div class="pi-item pi-data" data-source="director"><h3 class="pi-data-label">Director</h3>
<div class="pi-data-value">Lee Hwan-kyung</div></div>
<div class="pi-item pi-data" data-source="release"><h3 class="pi-data-label">Release date</h3>
<div class="pi-data-value">January 23, 2013</div></div>
<div class="pi-item pi-data" data-source="cast"><div class="pi-data-value">Ryu Seung-ryong<br>Park Shin-hye</div></div>
</aside>
<p><b>Miracle Cell</b> is a 2013 <a href="/wiki/South_Korea">South Korean</a> film.<sup class="reference">
<a href="#cite_note-1">[1]</a></sup></p>
<h2><span class="mw-headline" id="Cast">Cast</span><span class="mw-editsection">[<a href="/edit">edit</a>]</span></h2>
<ul><li><a href="/wiki/Ryu_Seung-ryong">Ryu Seung-ryong</a> as Lee Yong-gu</li></ul>
<h2><span class="mw-headline" id="Awards">Awards</span></h2>
<table class="wikitable"><tr><th>Year</th><th>Award</th><th>Category</th><th>Result</th></tr>
<tr><td rowspan="2">2013</td><td colspan="2">Blue Dragon Film Awards</td><td>Won</td></tr>
<tr><td>Baeksang</td><td>Best Actor</td><td>Nominated</td></tr></table>
<h2><span class="mw-headline" id="External_links">External links</span></h2>
<ul><li><a class="external text" href="http://www.imdb.com/title/tt2555736/">Miracle Cell</a> at IMDb</li>
<li><a class="external text" href="http://www.hancinema.net/korean_movie_Miracle_in_Cell_No_7.php">HanCinema</a></li>
<li><a class="external text" href="https://www.kmdb.or.kr/db/kor/detail/movie/K/09999">KMDb</a></li>
<li><a class="external text" href="http://www.7room.co.kr/">Official website</a></li></ul>
<div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink">^</span>
<span class="reference-text"><a class="external text" href="http://example.org/a">"Cell tops box office"</a>.
Korea Herald. 4 February 2013. Retrieved 15 March 2013.</span></li></ol></div>
</div></div>
<div class="page-footer">Community content is available under CC-BY-SA unless otherwise noted.</div>
</main>
<div id="WikiaRail">Popular pages Ad</div>
<div class="ad-slot">Advertisement</div>
</body></html>"""


def test_fandom_page() -> None:
    doc = html.read(FANDOM, "miracle.html")
    check_offsets(doc)
    assert (doc.kind, doc.site, doc.title, doc.language) == ("fan_wiki", "Drama Wiki", "Miracle Cell", "en")
    assert doc.declared_copies == ("Wikipedia",)
    assert doc.licence.startswith("CC BY-SA")
    for junk in ("cookies", "Explore", "Advertisement", "Popular pages", "[edit]", "Fandom Games"):
        assert junk not in doc.text
    assert "== Cast ==\nRyu Seung-ryong as Lee Yong-gu" in doc.text
    fields = {f.name: f.value for f in doc.fields}
    assert fields == {"director": "Lee Hwan-kyung", "released": "January 23, 2013",
                      "starring": "Ryu Seung-ryong; Park Shin-hye"}
    table = doc.tables[0]
    assert table.header == ("Year", "Award", "Category", "Result")
    assert [c.text for c in table.rows[0]] == ["2013", "Blue Dragon Film Awards", "Blue Dragon Film Awards", "Won"]
    assert [c.spanned for c in table.rows[0]] == [False, False, True, False]
    assert (table.rows[1][0].text, table.rows[1][0].spanned) == ("2013", True)
    (cite,) = doc.citations
    assert doc.text[: cite.anchor].endswith("South Korean film.")
    assert (cite.title, cite.publisher, cite.date, cite.access_date) == (
        "Cell tops box office", "", "2013-02-04", "2013-03-15")
    assert dict(doc.external_ids) == {
        "imdb": "tt2555736", "hancinema": "korean_movie_Miracle_in_Cell_No_7", "kmdb": "K/09999",
        "official_website": "http://www.7room.co.kr/"}
    assert [(doc.text[link.start:link.end], link.target) for link in doc.links][:2] == [
        ("South Korean", "South Korea"), ("Ryu Seung-ryong", "Ryu Seung-ryong")]


WIKIPEDIA = """<!DOCTYPE html><html class="client-nojs" lang="en"><head>
<title>Actrius - Wikipedia</title></head><body>
<div id="mw-navigation"><a href="/wiki/Main_Page">Main page</a></div>
<h1 id="firstHeading">Actrius</h1>
<div id="mw-content-text"><div class="mw-parser-output">
<div role="note" class="hatnote">For the play, see Actresses.</div>
<p><i><b>Actresses</b></i> (Catalan: <i lang="ca">Actrius</i>) is a 1997 Catalan film.</p>
<table class="infobox vevent"><tr><th colspan="2">Actresses</th></tr>
<tr><th scope="row">Directed by</th><td><a href="/wiki/Ventura_Pons">Ventura Pons</a></td></tr>
<tr><th scope="row">Release date</th><td>1997</td></tr></table>
<table class="navbox"><tr><td>Films directed by Ventura Pons</td></tr></table>
</div></div>
<div class="printfooter">Retrieved from "https://en.wikipedia.org/w/index.php?title=Actrius"</div>
<div id="footer"><ul><li id="footer-info-lastmod"> This page was last edited on 12 May 2014, at 10:11.</li></ul></div>
</body></html>"""


def test_wikipedia_full_page() -> None:
    doc = html.read(WIKIPEDIA, "actrius.html")
    check_offsets(doc)
    assert (doc.title, doc.site, doc.kind, doc.published) == ("Actrius", "Wikipedia", "encyclopedia", "2014-05-12")
    assert doc.text == (
        "Actresses (Catalan: Actrius) is a 1997 Catalan film.\n\n"
        "== Infobox ==\nDirected by: Ventura Pons\nRelease date: 1997")
    assert [(f.name, f.value) for f in doc.fields] == [("director", "Ventura Pons"), ("released", "1997")]


def test_sniff() -> None:
    assert html.sniff(WIKIPEDIA) and html.sniff(FANDOM)
    assert html.sniff((GOLDEN / "wtq-204-647.html").read_text(encoding="utf-8"))
    assert not html.sniff("'''Actrius''' is a [[1997]] film.\n{{Infobox film}}\n== Plot ==\n")
    assert not html.sniff("Actrius is a 1997 film.\n\n== Plot ==\nA story.")
    assert not html.sniff("{{Infobox film | name = <b>X</b> }}\n<ref>a</ref>")


def test_not_a_wiki_page() -> None:
    with pytest.raises(UnsupportedFormat, match=r"shop\.html: HTML page with no wiki article"):
        html.read("<html><head><title>Shop</title></head><body><p>Buy now</p></body></html>", "shop.html")


def test_hostile_html() -> None:
    deep = ('<html><body><div class="mw-parser-output">' + "<div>" * 5000 + "<p>Deep</p>" + "</div>" * 5000
            + "</div></body></html>")
    with pytest.raises(UnreadableDocument, match=r"deep\.html: HTML nested too deeply"):
        html.read(deep, "deep.html")
    huge_spans = ('<div class="mw-parser-output"><table class="wikitable"><tr><th>A</th><th colspan="99999">B</th>'
                  '</tr><tr><td rowspan="99999">x</td><td>y</td></tr></table></div>')
    doc = html.read(huge_spans, "spans.html")
    check_offsets(doc)
    assert len(doc.tables[0].rows) == 1 and len(doc.tables[0].header) <= 101


def test_dates_and_external_ids() -> None:
    assert iso_date("Retrieved 15 March 2013") == "2013-03-15"
    assert iso_date("March 15, 2013") == "2013-03-15"
    assert iso_date("2013-03-15") == "2013-03-15"
    assert iso_date("March 2013") == "2013-03"
    assert iso_date("no date") == ""
    assert external_id("http://www.imdb.com/title/tt0067116/") == ("imdb", "tt0067116")
    assert external_id("https://www.kmdb.or.kr/db/per/00001234?p_dataid=12345") == ("kmdb", "12345")
    assert external_id("http://example.com", "Official site") == ("official_website", "http://example.com")
    assert external_id("http://example.com", "a review") is None
