"""Hostile, huge and unlucky input through the commands: one line saying what was wrong, a non-zero
exit, and the store exactly as it was; nothing that is not a document is stored as one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLES, FILMS
from hostile_inputs import KEYWORDS, NOT_DOCUMENTS, RATINGS

SEEDS = sorted(EXAMPLES.glob("*.txt"))


def snapshot(cli) -> str:  # type: ignore[no-untyped-def]
    return cli("export").output + cli("sources", "--json").output


def one_error_line(result) -> str:  # type: ignore[no-untyped-def]
    """The single line a refused command prints (and that it printed nothing else, no traceback)."""
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), result.output
    assert "Traceback" not in result.output
    return " ".join(lines[0].split())


@pytest.fixture
def built(cli):  # type: ignore[no-untyped-def]
    assert cli("build", *map(str, SEEDS)).exit_code == 0
    return snapshot(cli)


def test_a_300000_character_line_is_refused_naming_max_line(cli, built: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    long = tmp_path / "long.txt"
    long.write_text("Parasite (film)\n\n" + "Parasite is a 2019 South Korean film. " * 7895 + "\n")
    result = cli("build", str(long))
    assert result.exit_code == 2
    line = one_error_line(result)
    assert line.startswith(f"error: {long}: line 3 has 300,010 characters, over the limit of 100,000 (--max-line)")
    assert snapshot(cli) == built


def test_the_line_limit_is_the_flag_s(cli, built: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "parasite.txt"
    shutil.copy(FILMS / "parasite" / "wikipedia.txt", page)
    longest = max(map(len, page.read_text().splitlines()))
    result = cli("build", "--max-line", str(longest - 1), str(page))
    assert result.exit_code == 2 and f"over the limit of {longest - 1:,} (--max-line)" in one_error_line(result)
    assert snapshot(cli) == built
    assert cli("build", "--max-line", str(longest), str(page)).exit_code == 0


def test_a_word_of_thousands_of_letters_is_refused_naming_max_word(cli, built: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "mangled.txt"
    text = (FILMS / "parasite" / "wikipedia.txt").read_text()
    page.write_text(text + "\nIt was mangled " + "Parasi" * 500 + ".\n")
    result = cli("build", str(page))
    assert result.exit_code == 2
    assert f"line {text.count(chr(10)) + 2:,} has a word of 3,001 characters" in one_error_line(result)
    assert "over the limit of 1,000 (--max-word)" in one_error_line(result)
    assert snapshot(cli) == built
    assert cli("build", "--max-word", "3001", str(page)).exit_code == 0


@pytest.mark.parametrize(("name", "text", "what"), [
    ("ratings.csv", RATINGS, "a CSV table (4 columns: userId, movieId, rating, timestamp)"),
    ("keywords.csv", KEYWORDS, "a CSV table (2 columns: id, keywords)"),
    ("dump.txt", NOT_DOCUMENTS["base64"][0], "encoded data"),
    ("server.log", NOT_DOCUMENTS["log"][0], "a log")])
def test_tables_logs_and_encoded_data_are_never_stored(cli, built: str, tmp_path: Path, name: str, text: str,  # type: ignore[no-untyped-def]
                                                       what: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    result = cli("build", str(path))
    assert result.exit_code == 2
    assert one_error_line(result).startswith(f"error: {path}: not a document: it looks like {what}")
    assert snapshot(cli) == built
    # among other files with --skip-bad: skipped and said, the others stored, no news story made of it
    shutil.copy(FILMS / "parasite" / "wikipedia.txt", tmp_path / "parasite.txt")
    result = cli("build", "--skip-bad", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert f"skipped {path}: {path}: not a document" in " ".join(result.output.split())
    sources = json.loads(cli("sources", "--json").output)
    assert not [s for s in sources if s["source"] == str(path)]
    assert {s["kind"] for s in sources} == {"encyclopedia", "fan_wiki"}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-16-le"])
def test_utf16_and_a_byte_order_mark_read_as_the_same_document(cli, built: str, tmp_path: Path, encoding: str) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEEDS[0].read_text(encoding="utf-8").encode(encoding))
    result = cli("build", str(copy))
    assert result.exit_code == 0, result.output
    assert "0 new, 0 re-extracted, 1 unchanged" in result.output  # the same text, so the same document


def test_another_encoding_is_refused_by_name(cli, built: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = tmp_path / "old.txt"
    old.write_bytes("기생충 (영화)\n\n기생충은 2019년 개봉한 대한민국의 영화이다. 봉준호가 감독했다.\n".encode("cp949"))
    result = cli("build", str(old))
    assert result.exit_code == 2
    assert "looks like cp949 (Korean) text, not UTF-8" in one_error_line(result)
    assert "iconv -f cp949 -t utf-8" in result.output
    assert snapshot(cli) == built


DEEP = "[" * 50_000 + "]" * 50_000


@pytest.mark.parametrize("skip_bad", [False, True])
def test_a_deeply_nested_film_row_is_a_clear_error(cli, built: str, tmp_path: Path, skip_bad: bool) -> None:  # type: ignore[no-untyped-def]
    rows = tmp_path / "films.json"
    rows.write_text('[{"title": "Deep", "year": 2001, "cast": ' + DEEP + "}]")
    result = cli("build", *(["--skip-bad"] if skip_bad else []), str(rows))
    assert result.exit_code == 2
    line = one_error_line(result)
    assert f"{rows}: row 0 (line 1): nested more than 200 levels deep (--max-depth)" in line
    assert "RecursionError" not in result.output
    assert snapshot(cli) == built


def test_with_skip_bad_a_deep_row_is_skipped_and_the_others_kept(cli, built: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = tmp_path / "films.json"
    good = {"title": "Parasite", "year": 2019, "cast": ["Song Kang-ho"],
            "extract": "Parasite is a 2019 South Korean black comedy thriller film directed by Bong Joon-ho."}
    rows.write_text(json.dumps([good])[:-1] + ',\n{"title": "Deep", "cast": ' + DEEP + "}]")
    assert cli("build", str(rows)).exit_code == 2
    result = cli("build", "--skip-bad", str(rows))
    assert result.exit_code == 0, result.output
    assert f"skipped {rows}#row=1: {rows}: row 1 (line 2): nested more than 200" in " ".join(result.output.split())
    assert cli("show", "Parasite").exit_code == 0
    # past --max-depth's reach but deeper than Python's own: still a message, not a RecursionError
    result = cli("build", "--max-depth", "100000", str(rows))
    assert result.exit_code == 2 and "nested too deeply to read (--max-depth)" in one_error_line(result)


@pytest.mark.parametrize(("args", "message"), [
    (["--published", "notadate"], "--published 'notadate' is not a date; write it as YYYY-MM-DD"),
    (["--published", "2024-02-30"], "--published '2024-02-30' is not a date"),
    (["--workers", "-3"], "--workers -3 is out of range; give a number from 1 to"),
    (["--kind", "nonsense"], "unknown document kind 'nonsense'; use one of: encyclopedia, fan_wiki, news"),
    (["--batch", "0"], "--batch 0 is out of range"),
    (["--max-line", "0"], "--max-line must be a number of at least 100, not 0"),
    (["--max-document-mb", "-1"], "--max-document-mb must be a number of at least"),
    (["--site", " "], "--site ' ' is not a site name")])
def test_options_are_checked_before_anything_is_read(cli, tmp_path: Path, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("build", *args, str(SEEDS[0]))
    assert result.exit_code == 2
    assert message in one_error_line(result)
    assert not cli.db.exists()  # nothing was made


def test_a_folder_with_nothing_readable_exits_non_zero(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "README.md").write_text("# Films\nNotes about the data.\n")
    (notes / "LICENSE").write_text("MIT License\n")
    result = cli("build", str(notes))
    assert result.exit_code == 2
    assert one_error_line(result).startswith("error: nothing to read: the 2 file(s) found are not documents")

    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "ratings.csv").write_text(RATINGS)
    (junk / "data.txt").write_text(NOT_DOCUMENTS["base64"][0])
    result = cli("build", "--skip-bad", str(junk))
    assert result.exit_code == 2
    assert one_error_line(result).startswith("error: none of the 2 files could be read; the first:")


@pytest.mark.parametrize("command", [["show", "Parasite"], ["sources"], ["export"], ["conflicts"], ["people"]])
def test_a_mistyped_db_path_is_refused_not_created(runner, tmp_path: Path, command: list[str]) -> None:  # type: ignore[no-untyped-def]
    from filmfacts.cli import app

    typo = tmp_path / "flims.db"
    result = runner.invoke(app, ["--db", str(typo), *command])
    assert result.exit_code == 3
    assert one_error_line(result).startswith(f"error: no database at {typo}; check --db / FILMFACTS_DB")
    assert not typo.exists()


def test_an_impossible_kobis_date_names_file_and_line(cli, built: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (FILMS.parent / "kobis" / "top500_sample.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    lines[2] = lines[2].replace("2019-01-23", "20191399")
    path = tmp_path / "top500.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("build", str(path))
    assert result.exit_code == 2
    assert one_error_line(result).startswith(
        f"error: {path}: line 3: release_date '20191399', read as '2019-13-99' is not a date")
    assert snapshot(cli) == built


def test_an_internal_error_is_one_line_and_the_traceback_is_behind_debug(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import filmfacts.pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(filmfacts.pipeline, "build", broken)
    result = cli("build", str(SEEDS[0]))
    assert result.exit_code == 70
    line = one_error_line(result)
    assert line.startswith("error: internal error: ZeroDivisionError: division by zero (at test_hostile.py:")
    assert "this is a bug in filmfacts: please report it" in line and "filmfacts --debug" in line
    debug = cli("--debug", "build", str(SEEDS[0]))
    assert debug.exit_code == 70 and "Traceback" in debug.output and "raise ZeroDivisionError" in debug.output


NEWS_PAGE = """<!DOCTYPE html><html><head><title>Parasite tops box office<script>var t="TITLE CODE"</script></title>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-06-03"}</script></head>
<body><article><h1>Parasite <script>document.write("HEADLINE CODE")</script>tops box office<style>.a{color:red}
</style></h1>
<p>"Parasite," directed by Bong Joon-ho, drew 3 million viewers in its first week<script>alert("QUOTE CODE")</script>,
according to the Korean Film Council on Monday. <a href="javascript:alert(1)" onclick="steal()">More</a></p>
<p>The film opened on May 30 and stars Song Kang-ho.</p></article></body></html>"""
WIKI_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Parasite (2019 film) - Wikipedia</title></head><body>
<h1 id="firstHeading" class="firstHeading">Parasite<script>alert("HEADING CODE")</script> (2019 film)</h1>
<div id="mw-content-text"><div class="mw-parser-output"><p><b>Parasite</b> (Korean: 기생충) is a 2019 South Korean
black comedy thriller film directed by Bong Joon-ho<style>.x{color:red}</style>, starring Song Kang-ho<script>
document.write("LEAD CODE")</script>.</p></div></div></body></html>"""


def test_script_and_style_in_a_page_are_never_its_text(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "news.html").write_text(NEWS_PAGE)
    (tmp_path / "wiki.html").write_text(WIKI_PAGE)
    result = cli("build", str(tmp_path / "news.html"), str(tmp_path / "wiki.html"))
    assert result.exit_code == 0, result.output
    stored = cli("export").output + cli("sources", "--json").output
    assert "CODE" not in stored and "color:red" not in stored and "alert" not in stored
    titles = {s["format"]: s["title"] for s in json.loads(cli("sources", "--json").output)}
    assert titles == {"article": "Parasite tops box office", "html": "Parasite (2019 film)"}
    assert json.loads(cli("sources", "--json").output)[0]["published"] == "2019-06-03"  # JSON-LD is still read


def test_a_document_with_more_claims_than_the_limit_is_refused(cli, built: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("build", "--max-claims", "5", str(FILMS / "parasite" / "wikipedia.txt"))
    assert result.exit_code == 2
    assert "claims, over the limit of 5 for one document (--max-claims)" in one_error_line(result)
    assert snapshot(cli) == built


def test_a_dump_page_past_the_size_limit_is_a_bad_page_not_the_dump(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lead = "'''{0}''' is a 2019 South Korean film directed by Bong Joon-ho, starring Song Kang-ho.\n" \
           "[[Category:2019 films]]\n"
    pages = [("Parasite (film)", lead.format("Parasite")),
             ("Huge (film)", lead.format("Huge") + "\n== Plot ==\n" + "The family lives in a basement.\n" * 100)]
    dump = tmp_path / "pages.xml"
    dump.write_text('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="en">\n'
                    + "".join(f"<page><title>{title}</title><ns>0</ns><id>{i}</id><revision><id>{i}0</id>"
                              f'<text xml:space="preserve">{text}</text></revision></page>\n'
                              for i, (title, text) in enumerate(pages, 1)) + "</mediawiki>\n")
    result = cli("build", "--max-document-mb", "0.002", str(dump))
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "skipped" in out and "#page=2 (Huge (film))" in out and "(--max-document-mb)" in out
    assert [s["title"] for s in json.loads(cli("sources", "--json").output)] == ["Parasite (film)"]


def test_an_address_no_url_parser_takes_is_no_crash(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # urlsplit raises ValueError ("Invalid IPv6 URL") on an unclosed bracket in the host: found by Atheris
    # in a page's og:url, and read the same way from a link's href in wiki HTML and a KMDb link
    news = NEWS_PAGE.replace("<head>", '<head><meta property="og:url" content="https://www.k]x.com/parasite-tops">')
    wiki = WIKI_PAGE.replace("starring Song Kang-ho", 'starring <a href="//[oops/wiki/Song_Kang-ho">Song Kang-ho</a> '
                             '<a href="http://[kmdb.or.kr/db/kor/detail?movieId=1">KMDb</a>')
    assert news != NEWS_PAGE and wiki != WIKI_PAGE
    (tmp_path / "news.html").write_text(news)
    (tmp_path / "wiki.html").write_text(wiki)
    result = cli("build", str(tmp_path / "news.html"), str(tmp_path / "wiki.html"))
    assert result.exit_code == 0, result.output
    assert {s["format"] for s in json.loads(cli("sources", "--json").output)} == {"article", "html"}


@pytest.mark.parametrize(("tag", "marked"), [
    # found by Atheris: the furniture classes on <body> removed the body itself, then the reader walked None
    ("<body>", '<body class="mediawiki noprint">'),
    # found by Atheris: an unclosed <html> tag took the next tag's class="noprint", and lexbor refuses to
    # remove the root node ("Decomposing the root node is not allowed": a traceback)
    ("<html", '<html class="client-nojs noprint"'),
])
def test_a_wiki_page_whose_root_or_body_is_page_furniture_is_refused_in_one_line(  # type: ignore[no-untyped-def]
        cli, tmp_path: Path, tag: str, marked: str) -> None:
    page = WIKI_PAGE.replace(tag, marked, 1)
    assert page != WIKI_PAGE
    (tmp_path / "wiki.html").write_text(page)
    result = cli("build", str(tmp_path / "wiki.html"))
    assert result.exit_code == 2
    assert "nothing to read: the page's body is marked as page furniture" in one_error_line(result)


def test_a_news_page_whose_root_has_a_furniture_class_is_read(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # found by Atheris: the article reader removed furniture by class, and the root <html> (whose unclosed
    # tag had taken the next tag's class="gnb") ended in lexbor's "Decomposing the root node" traceback. A
    # class on <html> or <body> describes the page ("no-js sidebar-open"); the page is read
    page = NEWS_PAGE.replace("<html>", '<html class="no-js sidebar-open" aria-hidden="true">', 1)
    assert page != NEWS_PAGE
    (tmp_path / "news.html").write_text(page)
    result = cli("build", str(tmp_path / "news.html"))
    assert result.exit_code == 0, result.output
    assert [s["format"] for s in json.loads(cli("sources", "--json").output)] == ["article"]


def test_a_first_build_past_link_at_once_says_it_linked_a_part_at_a_time(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("build", "--link-at-once", "1", str(FILMS / "parasite"))
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "identities linked a part at a time: the store's 2 documents are more than the 1 linked at once " \
           "(--link-at-once)" in out
    assert "Parasite" in cli("show", "Parasite").output
    again = cli("build", "--link-at-once", "-1", str(FILMS / "the-host"))
    assert again.exit_code == 2 and "--link-at-once must be a number of at least 0" in one_error_line(again)
