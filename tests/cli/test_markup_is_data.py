"""Markup is data, never code: event-handler attributes and `javascript:` addresses in a document's
markup never reach what is stored (titles, quotes, cited and page addresses, external ids), whatever the
reader (news HTML, wiki HTML, wikitext). Checked on everything the store holds: the whole SQLite file
dumped as SQL, the export and `sources --json`."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from conftest import ROOT

MARKUP = ROOT / "tests" / "fixtures" / "markup" / "parasite"
CODE = re.compile(r"javascript|alert|onerror|onclick|onload|onmouseover|CODE\d", re.I)

NEWS = """<!DOCTYPE html><html><head><title onmouseover="alert('CODE1')">Parasite tops box office</title>
<link rel="canonical" href="javascript:alert('CODE2')"><meta property="og:url" content="javascript:alert('CODE3')">
<meta property="og:site_name" content="Korea Herald"></head>
<body onload="alert('CODE4')"><article><h1 onclick="alert('CODE5')">Parasite tops box office</h1>
<p><a href="javascript:alert('CODE6')" onclick="alert('CODE7')">"Parasite,"</a> directed by Bong Joon-ho, drew 3
million viewers in its first week<img src="x" onerror="alert('CODE8')">, according to the Korean Film Council on
Monday, June 3, 2019. <svg onload="alert('CODE9')"></svg></p>
<p>The film opened on May 30 and stars <span onmouseover="alert('CODE10')">Song Kang-ho</span>.</p>
<p>Source: <a href="JaVaScRiPt:alert('CODE11')">KOBIS</a></p></article></body></html>"""


def wiki_html() -> str:
    html = (MARKUP / "wikipedia.html").read_text(encoding="utf-8")
    hostile = (html.replace('href="https://example.org/kofic/parasite-5-million"',
                            'href="javascript:alert(\'CODE12\')"')
                   .replace('href="https://www.imdb.com/title/tt6751668/"',
                            'href="javascript:alert(\'CODE13\')//www.imdb.com/title/tt6751668/"')
                   .replace('<h1 id="firstHeading"', '<h1 onmouseover="alert(\'CODE14\')" id="firstHeading"')
                   .replace("<p><i>Parasite</i> sold", "<p onclick=\"alert('CODE15')\"><i>Parasite</i> sold")
                   .replace("<li>", "<li><a href=\"javascript:alert('CODE19')//kmdb.or.kr/x\">KMDb</a>", 1))
    assert hostile.count("CODE") == 5
    return hostile


def wikitext() -> str:
    text = (MARKUP / "wikipedia.wiki").read_text(encoding="utf-8")
    hostile = (text.replace("|url=https://example.org/kofic/parasite-5-million", "|url=javascript:alert('CODE16')")
                   .replace("|url=https://example.org/kobis/parasite", "|url=JAVASCRIPT:alert('CODE17')")
                   .replace("a record for a Korean film.", "a record for a Korean film. <span onclick=\"alert('CODE18')"
                            "\">x</span>"))
    assert hostile.count("CODE") == 3
    return hostile


def test_event_handlers_and_javascript_addresses_are_never_stored(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "news.html").write_text(NEWS, encoding="utf-8")
    (tmp_path / "wiki.html").write_text(wiki_html(), encoding="utf-8")
    (tmp_path / "page.wiki").write_text(wikitext(), encoding="utf-8")
    result = cli("build", *(str(tmp_path / n) for n in ("news.html", "wiki.html", "page.wiki")))
    assert result.exit_code == 0, result.output
    with sqlite3.connect(cli.db) as conn:
        stored = "\n".join(conn.iterdump())
    assert "Bong Joon-ho" in stored and "example.org/kofic/parasite-10-million" in stored  # the data is kept
    exported = cli("export").output + cli("sources", "--json").output
    assert "Parasite" in exported
    found = sorted({m.group() for m in CODE.finditer(stored + exported)})
    assert found == [], [line[:200] for line in stored.splitlines() if CODE.search(line)][:5]


def test_an_address_that_runs_code_is_dropped_and_the_others_kept() -> None:
    from filmfacts.model import Citation, safe_url

    for code in ("javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "\x01javascript:x",
                 "vbscript:msgbox", "data:text/html;base64,PHNjcmlwdD4="):
        assert safe_url(code) == "" and Citation(0, url=code).url == "", code
    for kept in ("https://example.org/a?b=c:d", "//en.wikipedia.org/wiki/Parasite", "/wiki/Parasite", "#cite-1",
                 "www.kobis.or.kr:8080/x", "mailto:desk@example.org", "http://[::1]/"):
        assert safe_url(kept) == kept and Citation(0, url=kept).url == kept, kept
