"""What a saved page says about itself: its publication date in a short signed line or in its
address, and its kind from its address and its cues. Our own example lines and addresses."""

from __future__ import annotations

import pytest

from filmfacts.sources import read_text
from filmfacts.sources.page_meta import date_in_url, published_in_line, title_in_url


@pytest.mark.parametrize(("line", "iso"), [
    ("By Jane Doe - 01/13/31 at 09:14 PM CT", "2031-01-13"),
    ("Jane Doe, Dec. 3, 2031, 11:30 a.m.", "2031-12-03"),
    ("Movie News 29/04/2031", "2031-04-29"),
    ("jd22.01.2031 16:25", "2031-01-22"),
    ("홍길동 2031-08-01", "2031-08-01"),
    ("발행 2031.06.07 06: 56", "2031-06-07"),
    ("發佈時間:00:00 2031-02-27", "2031-02-27"),
    ("February 2nd, 2031", "2031-02-02"),
    ("Released on May 3, 2031", ""),
    ("May 3, 2031 (South Korea)", ""),
    ("Weekend Review 2031.12.22 - 2031.12.24", ""),
    ("The film opened on May 3, 2031 in Seoul.", ""),
    ("| 1 | Lantern Road | 2031-02-22 |", ""),
    ("更新時間:11:29 2031-06-15", ""),
])
def test_a_signed_date_line(line: str, iso: str) -> None:
    assert published_in_line(line) == iso


@pytest.mark.parametrize(("url", "iso"), [
    ("https://news.example.com/film/2031/mar/22/lantern-road", "2031-03-22"),
    ("https://news.example.com/archives/la-xpm-2031-mar-24-mn-1-story.html", "2031-03-24"),
    ("https://news.example.com/01-Mar-2031/past", "2031-03-01"),
    ("https://news.example.com/view/isp203107220040", "2031-07-22"),
    ("https://news.example.com/2031/film/news/lantern-road-1117851481/", "2031"),
    ("https://blog.example.com/2031/02/12-12-the-day-record/", "2031-02"),
    ("https://news.example.com/review-2031-12-22--2031-12-24-113736.html", ""),
    ("https://news.example.com/movies/2031/lantern-road/", ""),
    ("https://blog.example.com/2031/11/happy-birthday-lantern-26-nov-1942.html", "2031-11"),
    ("https://wiki.example.org/wiki/Featured_list/August_19,_2031", "2031-08-19"),
])
def test_a_date_in_an_address(url: str, iso: str) -> None:
    assert date_in_url(url) == iso


PROSE = ("Lantern Road drew 120,000 moviegoers on its opening day, the distributor said on Sunday, topping the "
         "chart ahead of River Gate.\n")


@pytest.mark.parametrize(("url", "body", "kind"), [
    ("https://forum.example.org/community/showthread.php?t=12", PROSE, "forum"),
    ("https://example.org/reviews/lantern-road", PROSE, "blog"),
    ("https://wp.example.org/lantern-road", PROSE, "blog"),
    ("https://lanterns.example.com/entry/lantern-road-review", PROSE, "blog"),
    ("https://example.org/2031/05/lantern-road",
     "I saw Lantern Road last night and I loved it; my friends did too, and I will see it again.\n", "blog"),
    ("https://copies.example.net/wiki/Lantern_Road",
     "Lantern Road\nLantern Road is a 2031 South Korean drama film directed by Jane Roe. It follows two sisters.\n",
     "wiki_mirror"),
    ("https://example.net/page/Lantern_Road",
     "Lantern Road\nLantern Road (Korean: 등불길) is a 2031 South Korean drama film directed by Jane Roe.\n",
     "wiki_mirror"),
    ("https://news.example.com/2031/05/04/lantern-road", PROSE, "news"),
])
def test_the_kind_of_a_page_from_its_address_and_cues(url: str, body: str, kind: str) -> None:
    assert read_text(f"URL: {url}\n\n{body}", "p.txt").kind == kind


def test_a_comment_date_under_the_text_does_not_beat_the_address() -> None:
    page = ("URL: https://example.org/2031/05/lantern-road-breaks-2-million/\n\nLantern Road breaks 2 million\n"
            f"{PROSE}Comments\nMay 21, 2031 at 5:29 AM\nGreat news!\n")
    assert read_text(page, "p.txt").published == "2031-05"


@pytest.mark.parametrize(("url", "title"), [
    ("https://copies.example.net/wiki/Lantern_Road_(film)", "Lantern Road"),
    ("https://fans.example.com/Lantern_Road_(2031-South_Korean_Movie)", "Lantern Road"),
    ("https://copies.example.net/view.php?lang=en&q=Lantern_Road%2C_River_Gate", "Lantern Road, River Gate"),
    ("https://wiki.example.org/wiki/%EB%93%B1%EB%B6%88%EA%B8%B8", "등불길"),
    ("https://copies.example.net/lantern_road/reception", ""),
    ("https://wiki.example.org/wiki/Wikipedia:Featured_list", ""),
])
def test_a_wiki_page_title_in_its_address(url: str, title: str) -> None:
    assert title_in_url(url) == title


def test_a_user_blog_on_a_wiki_is_a_blog() -> None:
    page = f"URL: https://lanterns.fandom.com/wiki/User_blog:Fan/My_first_viewing\n\n{PROSE}"
    assert read_text(page, "p.txt").kind == "blog"
