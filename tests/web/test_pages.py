"""The web pages, rendered by the server: what a film researcher reads, and nothing a document says runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from filmfacts.api import create_app
from filmfacts.web.marks import pieces

MIRACLE = "fbcc4ce1fabe"


@pytest.fixture(scope="module")
def client(served_db: Path) -> TestClient:
    return TestClient(create_app(served_db))


def page(client: TestClient, url: str, status: int = 200) -> HTMLParser:
    answer = client.get(url)
    assert answer.status_code == status, answer.text[:300]
    assert answer.headers["content-type"].startswith("text/html")
    return HTMLParser(answer.text)


def texts(tree: HTMLParser, selector: str) -> list[str]:
    return [" ".join(n.text().split()) for n in tree.css(selector)]


def test_every_page_is_for_a_phone_and_loads_nothing_from_elsewhere(client: TestClient) -> None:
    for url in ("/", f"/films/{MIRACLE}", "/?q=ryu"):
        tree = page(client, url)
        assert tree.css_first('meta[name="viewport"]').attributes["content"] == "width=device-width, initial-scale=1"
        assert not tree.css("script")
        loads = [n.attributes.get("src") or n.attributes.get("href") for n in tree.css("link, img, iframe, source")]
        assert loads == ["/static/style.css"]
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "@media (max-width" in css.text and "url(" not in css.text


def test_search_finds_a_film_by_its_hangul_title_and_people_by_name(client: TestClient) -> None:
    tree = page(client, "/?q=7번방의+선물")
    assert texts(tree, "#films li a") == ["Miracle in Cell No. 7"]
    assert "directed by Lee Hwan-kyung" in texts(tree, "#films li")[0]
    assert texts(page(client, "/?q=Ryoo+Seung-ryong"), "#people li a") == ["Ryu Seung-ryong"]
    assert texts(page(client, "/?q=Miracle&year=2012"), "#films li") == []


def test_the_film_card(client: TestClient) -> None:
    tree = page(client, f"/films/{MIRACLE}")
    assert texts(tree, "h1") == ["Miracle in Cell No. 7 (2013)"]
    titles = texts(tree, "#titles ul.titles li")
    assert "7번방의 선물 Hangul" in titles and "Miracle in Cell No. 7 Latin" in titles
    # a fact beside its sources, each quoting its words and linking to them in its document
    row = next(r for r in tree.css("#facts tbody tr") if r.css_first("th").text().strip() == "director")
    assert row.css_first("td.value").text() == "Lee Hwan-kyung"
    link = row.css_first("ul.sources a").attributes["href"]
    assert re.fullmatch(r"/documents/\w+\?at=\d+-\d+#focus", link or "")
    assert "Lee Hwan-kyung" in row.css_first("blockquote").text()
    # disagreements with their verdicts and explanations
    conflicts = tree.css("#conflicts .conflict")
    assert len(conflicts) == 11
    role = next(c for c in conflicts if "cast member: Kim Ki-cheon" in c.css_first("h3").text())
    assert role.css_first(".verdict").text() == "genuine disagreement"
    assert "backs 'Old man Da-do'" in role.css_first(".explanation").text()


def test_the_timeline_is_an_svg_chart_and_a_table(client: TestClient) -> None:
    tree = page(client, f"/films/{MIRACLE}")
    svg = tree.css_first("#timeline svg")
    dots = svg.css("circle.dot")
    titles = [d.css_first("title").text() for d in dots]
    assert "day 14: 4,600,000 · Drama Wiki" in titles
    assert any(t.startswith("day 38: 11,090,000") for t in titles)
    assert len(dots) == len([r for r in texts(tree, "#timeline tbody tr") if not r.startswith("—")])


def test_a_followed_quote_is_highlighted_in_its_document(client: TestClient) -> None:
    film = page(client, f"/films/{MIRACLE}")
    row = next(r for r in film.css("#facts tbody tr") if r.css_first("th").text().strip() == "director")
    href = row.css_first("ul.sources a").attributes["href"] or ""
    quote = row.css_first("blockquote").text()
    doc = page(client, href.split("#")[0])
    focus = doc.css(".doc-text mark.focus")
    assert focus and focus[0].attributes.get("id") == "focus"
    assert "".join(m.text() for m in focus) == quote
    marked = {m.text() for m in doc.css(".doc-text mark.claim")}
    claims = client.get(f"/api/documents/{href.split('/')[2].split('?')[0]}").json()["claims"]
    assert all(any(m in c["quote"] for m in marked) for c in claims)  # every claim's words are marked
    assert texts(doc, "#claims tbody tr")


def test_the_person_page(client: TestClient) -> None:
    person_id = client.get("/api/people", params={"q": "Ryu Seung-ryong"}).json()["items"][0]["id"]
    tree = page(client, f"/people/{person_id}")
    assert {t.rsplit(" in ", 1)[0] for t in texts(tree, "ul.spellings li")} == {
        "Ryu Seung-ryong Latin", "Ryu Seung Ryong Latin", "Ryoo Seung-ryong Latin"}
    assert texts(tree, "#person ul.results li a") == ["Miracle in Cell No. 7"]


def test_errors_are_pages_too(client: TestClient) -> None:
    tree = page(client, "/films/nope", 404)
    assert texts(tree, "h1") == ["404: no film with id 'nope' in the store"]
    page(client, "/documents/x?at=javascript:alert(1)", 422)


def test_claims_are_cut_into_pieces_that_nest() -> None:
    claims = [{"start": 0, "end": 3}, {"start": 0, "end": 17}, {"start": 40, "end": 99}]  # past the end: cut
    cut = pieces("Ryu plays Yong-gu, a man with a mind of six.", claims, focus=(0, 3))
    assert [(p.text, p.claims, p.focus) for p in cut] == [
        ("Ryu", (0, 1), True), (" plays Yong-gu", (1,), False), (", a man with a mind of ", (), False),
        ("six.", (2,), False)]
    assert cut[0].first_of_focus


# ---------------------------------------------------------------- hostile documents


@pytest.fixture(scope="module")
def hostile(hostile_db: Path) -> TestClient:
    return TestClient(create_app(hostile_db))


def hostile_pages(client: TestClient) -> list[str]:
    films = client.get("/api/films", params={"limit": 200}).json()["items"]
    docs = client.get("/api/documents", params={"limit": 200}).json()["items"]
    people = client.get("/api/people", params={"limit": 200}).json()["items"]
    urls = ["/", "/?q=<script>alert(1)</script>", "/?q=Miracle&director=\"><svg onload=alert(1)>"]
    urls += [f"/films/{f['id']}" for f in films] + [f"/documents/{d['id']}" for d in docs]
    urls += [f"/people/{p['id']}" for p in people]
    urls += [f"/documents/{d['id']}?at=0-400#focus" for d in docs]
    return urls


def test_what_documents_say_reaches_the_pages_as_text_only(hostile: TestClient) -> None:
    shown = []
    for url in hostile_pages(hostile):
        html = hostile.get(url).text
        tree = HTMLParser(html)
        assert not tree.css("script, iframe, style, svg [onload], img"), url
        for node in tree.css("*"):
            for name, value in node.attributes.items():
                assert not name.startswith("on"), (url, name)
                assert not (value or "").strip().casefold().startswith("javascript:"), (url, name, value)
        shown.append(tree.body.text() if tree.body else "")
    everything = "\n".join(shown)
    # the hostile words are there, as words, in the title, site, byline, text and values
    for words in ("<script>alert('title')</script>", "<img src=x onerror=alert('site')>",
                  "<svg onload=alert('byline')>",
                  "<script>fetch('http://127.0.0.9/leak')</script>", "7번방의 선물 <script>alert('native')</script>",
                  "Ye-seung \"><svg onload=alert('role2')>", "news-<img src=x onerror=alert('file')>.html"):
        assert words in everything, words
    # an address that runs code is no address: dropped when the page was read (model.safe_url), so
    # neither a link nor words on the document's page
    assert "alert('url')" not in everything
