"""Article pages (news, box-office reports, blogs, forum threads, wiki mirrors) read into Documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared
from filmfacts.errors import EmptyInput, UnreadableDocument
from filmfacts.model import Document
from filmfacts.sources import detect, read_file, read_text
from filmfacts.sources.article import reader as article
from filmfacts.sources.page_meta import date_in_url, parse_date, published_in_line
from filmfacts.sources.wiki import plain_extract, rendered_wiki

PAGES = Path(__file__).parent.parent / "fixtures" / "articles"

# file → (title, byline, site, kind, published)
EXPECTED = {
    "herald-miracle-ten-million.txt": ("'Miracle in Cell No. 7' joins the 10 million club", "Park Ji-won",
                                       "The Korea Herald", "news", "2013-02-24"),
    "yonhap-exhuma-dateline.txt": ("Occult thriller 'Exhuma' draws 10 millionth viewer", "",
                                   "Yonhap News Agency", "news", "2024-03-24"),
    "forum-miracle-thread.txt": ("Miracle in Cell No. 7 - admissions tracker", "", "Korean Movies Forum", "forum",
                                 "2013-02-23"),
    "blog-exhuma-posted-on.txt": ("Exhuma: finally saw it", "admin", "Reel Thoughts from Busan", "blog",
                                  "2024-03-04"),
    "no-date-exhuma.txt": ("Why 'Exhuma' worked", "", "", "news", ""),
    "kobiz-alltime-chart.html": ("Korean films with the most admissions of all time", "",
                                 "KoBiz", "box_office_report", "2013-07-01"),
    "soompi-exhuma-url-date.html": ('"Exhuma" Becomes First 2024 Film To Surpass 10 Million Viewers', "", "Soompi",
                                    "news", "2024-03-24"),
    "wikizero-miracle-mirror.html": ("Miracle in Cell No. 7", "", "WikiZero", "wiki_mirror", ""),
}


def read(name: str) -> Document:
    return read_file(PAGES / name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_metadata(name: str) -> None:
    doc = read(name)
    assert doc.format == "article"
    assert (doc.title, doc.byline, doc.site, doc.kind, doc.published) == EXPECTED[name]
    for table in doc.tables:
        for row in table.rows:
            for cell in row:
                assert doc.text[cell.start:cell.end] == cell.text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_furniture_is_dropped(name: str) -> None:
    text = read(name).text
    for furniture in ("Tweet", "Related Articles", "Related stories", "Weekend box office: local films",
                      "cookies", "Copy link", "All rights reserved", "Comments (12)", "Congrats",
                      "Great review", "Leave a Reply", "Updated :", "Privacy", "Source: https"):
        assert furniture not in text, furniture


def test_paragraphs_are_lines_and_wrapped_lines_are_joined() -> None:
    doc = read("herald-miracle-ten-million.txt")
    assert ("passed 10 million admissions on Saturday, its 32nd day in theaters, according to the Korean Film "
            "Council on Sunday.") in doc.text.split("\n")[2]
    assert doc.text.split("\n")[0] == doc.title


def test_chart_table_keeps_its_header_rows_and_offsets() -> None:
    doc = read("kobiz-alltime-chart.html")
    (table,) = doc.tables
    assert table.header == ("Rank", "Title", "Release date", "Admissions")
    assert [[c.text for c in row] for row in table.rows][1] == ["2", "Miracle in Cell No. 7", "2013-01-23",
                                                                "12,811,206"]
    assert table.section == ("All-time chart",)
    assert "12,811,206" in doc.text


def test_text_chart_becomes_a_table() -> None:
    page = ("Weekend box office: Exhuma stays on top\n\nBy Lee Min-ji\n\nPublished : March 4, 2024\n\n"
            "Exhuma led the weekend chart again, the Korean Film Council said on Monday, a week after opening.\n\n"
            "| Rank | Title | Release date |\n|---|---|---|\n| 1 | Exhuma | 2024-02-22 |\n"
            "| 2 | Dune: Part Two | 2024-02-28 |\n")
    doc = read_text(page, "chart.txt")
    (table,) = doc.tables
    assert table.header == ("Rank", "Title", "Release date")
    assert [c.text for c in table.rows[0]] == ["1", "Exhuma", "2024-02-22"]
    assert all(doc.text[c.start:c.end] == c.text for row in table.rows for c in row)
    assert doc.kind == "box_office_report" and doc.published == "2024-03-04" and doc.byline == "Lee Min-ji"


def test_forum_posts_are_dated_sections() -> None:
    doc = read("forum-miracle-thread.txt")
    posts = [s for s in doc.sections if s.path]
    assert [s.path[0] for s in posts] == ["Post 1 by cinephile88, 2013-02-23", "Post 2 by seoulsearcher, 2013-02-24",
                                          "Post 3 by cinephile88, 2013-03-04"]
    assert "day 32" in doc.text[posts[0].start:posts[0].end]
    assert "selling well on weekdays" in doc.text[posts[2].start:posts[2].end]


def test_wiki_mirror_declares_its_copy_and_a_quoting_blog_stays_a_blog() -> None:
    assert read("wikizero-miracle-mirror.html").declared_copies == ("Wikipedia",)
    page = ("Notes on a rewatch\n\nPosted on 2014-05-18 by Hana\n\nHere is the box office part, text from the "
            "English Wikipedia article:\n\nThe film passed 10 million admissions on 23 February 2013, 32 days after "
            "its release.\n")
    doc = read_text(page, "blog.txt")
    assert doc.kind == "blog" and doc.declared_copies == ("Wikipedia",)


def test_seed_and_wiki_pages_are_left_to_their_readers() -> None:
    for path in sorted(shared("seeds").iterdir()):
        assert detect(path.read_text(encoding="utf-8")) in (plain_extract, rendered_wiki)
    csv = "title,year,admissions,screens\nA,2013,100,20\nB,2014,200,30\nC,2015,300,40\n"
    assert not article.sniff(csv)
    assert not article.sniff('{"title": "A film", "year": 2013}')


def test_empty_and_textless_pages_are_refused_clearly() -> None:
    with pytest.raises(EmptyInput):
        article.read("   \n", "empty.txt")
    with pytest.raises(UnreadableDocument, match="no article text"):
        article.read("<html><body><nav><a>Home</a> <a>News</a></nav><footer>© Site</footer></body></html>",
                     "menu.html")


@pytest.mark.parametrize(("text", "iso"), [
    ("Published : March 1, 2013 - 17:32", "2013-03-01"), ("2013.02.23 14:05", "2013-02-23"),
    ("Posted on 2024-03-04 by admin", "2024-03-04"), ("입력 2013.02.23 14:05", "2013-02-23"),
    ("Updated : March 2, 2013", ""), ("Sunday, May 18, 2014", "2014-05-18"),
])
def test_published_lines(text: str, iso: str) -> None:
    assert published_in_line(text) == iso


def test_dates_in_urls_and_impossible_dates() -> None:
    assert date_in_url("https://example.com/2013/02/23/story") == "2013-02-23"
    assert date_in_url("https://www.example.com/view.php?ud=20130223000123") == "2013-02-23"
    assert date_in_url("https://blog.example.com/2014/05/a-post.html") == "2014-05"
    assert date_in_url("https://example.com/article/20131399") == ""
    assert parse_date("February 30, 2013") == ""


def test_separator_lines_alone_are_no_table() -> None:
    """Atheris (fuzz run on 79e1e6d): two `|---|` lines and nothing else in a run of pipe rows ended
    in an IndexError traceback; they are no table, and the rows after them still are one."""
    from filmfacts.sources.article.text import text_tables

    assert text_tables([(0, 9, "|---|---|"), (10, 17, "| --- |")]) == []
    (table,) = text_tables([(0, 5, "|---|"), (6, 11, "|---|"), (12, 13, "\n"),
                            (14, 27, "| Film | Year |"), (28, 45, "| Parasite | 2019 |")])
    assert table.header == ("Film", "Year") and [c.text for c in table.rows[0]] == ["Parasite", "2019"]
