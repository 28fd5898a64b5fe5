"""Time words of news stories resolved against the page's publication and the film's release."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from filmfacts.extract.when import Clock, resolve, stated_release
from filmfacts.model import Document, Section, document_id

# Monday 2013-03-04; Miracle in Cell No. 7 opened on Wednesday 2013-01-23
NEWS = Clock(date(2013, 3, 4), date(2013, 1, 23), True)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("It sold 120,000 tickets on Saturday night.", {"point_in_time": "2013-03-02", "time_from": "sentence"}),
    ("As of Sunday, it had drawn 11.3 million viewers.", {"point_in_time": "2013-03-03", "time_from": "sentence"}),
    ("It sold 80,000 tickets yesterday.", {"point_in_time": "2013-03-03", "time_from": "sentence"}),
    ("It drew 700,000 viewers this weekend.",  # a count over a weekend that is over: true at its Sunday
     {"earliest": "2013-03-01", "latest": "2013-03-03", "point_in_time": "2013-03-03", "time_from": "sentence"}),
    ("It has drawn 11.09 million viewers 38 days after its release.",
     {"days_since_release": 38, "point_in_time": "2013-03-01", "time_from": "release"}),
    ("In its first two weeks it drew 4.6 million viewers.",
     {"days_since_release": 14, "point_in_time": "2013-02-05", "time_from": "release"}),
    ("It held on in its third and fourth weeks.",
     {"weeks": "3-4", "earliest": "2013-02-06", "latest": "2013-02-19", "time_from": "release"}),
    ("It crossed 10 million on Feb. 23.", {"point_in_time": "2013-02-23", "time_from": "sentence"}),
    ("It reached 12.32 million on March 15, 2013.", {"point_in_time": "2013-03-15", "time_from": "sentence"}),
    ("It has sold 11 million tickets since its Jan. 23 release.",
     {"point_in_time": "2013-03-04", "time_from": "published"}),
    ("The film has sold 11.2 million tickets.", {"point_in_time": "2013-03-04", "time_from": "published"}),
    ("It opened with 1.5 million viewers over its opening weekend.",
     {"period": "opening_weekend", "earliest": "2013-01-23", "latest": "2013-01-27", "point_in_time": "2013-01-27",
      "time_from": "release"}),
    ("It drew 2.3 million moviegoers from Friday to Sunday.",
     {"earliest": "2013-03-01", "latest": "2013-03-03", "point_in_time": "2013-03-03", "time_from": "sentence"}),
    ("It added 1,292,131 admissions from Feb. 18 through Sunday.",  # a span: its first and last days
     {"earliest": "2013-02-18", "point_in_time": "2013-03-03", "time_from": "sentence"}),
    ("It drew 903,847 viewers this weekend, according to the Korean Film Council on Monday.",
     {"earliest": "2013-03-01", "latest": "2013-03-03", "point_in_time": "2013-03-03", "time_from": "sentence"}),
    ("It opened on Christmas Eve and drew 1.2 million by Sunday.", {"point_in_time": "2013-03-03",
                                                                     "time_from": "sentence"}),
    # French and German day counts
    ("Le film totalise 4 millions de spectateurs, 40 jours après sa sortie.",
     {"days_since_release": 40, "point_in_time": "2013-03-03", "time_from": "release"}),
    ("Der Film lockte in 10 Tagen 2 Millionen Zuschauer.",
     {"days_since_release": 10, "point_in_time": "2013-02-01", "time_from": "release"}),
])
def test_news_time_words(sentence: str, expected: dict[str, Any]) -> None:
    assert resolve(sentence, NEWS) == expected


def test_a_weekend_story_written_on_saturday_ends_its_range_that_day() -> None:
    clock = Clock(date(2024, 3, 2), None, True)
    assert resolve("It led the box office this weekend.", clock) == {
        "earliest": "2024-03-01", "latest": "2024-03-02", "time_from": "sentence"}
    assert resolve("It led the box office last weekend.", clock)["latest"] == "2024-02-25"


def test_a_year_less_date_in_january_is_last_december() -> None:
    clock = Clock(date(2024, 1, 3), None, True)
    assert resolve("It passed 13 million on Dec. 24.", clock)["point_in_time"] == "2023-12-24"


def test_no_year_is_guessed_without_a_publication_date() -> None:
    undated = Clock(None, None, True)
    assert resolve("It passed 10 million on Saturday.", undated) == {"undated": True}
    assert resolve("It crossed 10 million on Feb. 23.", undated) == {"undated": True}
    assert resolve("It passed 10 million 32 days after its release.", undated) == {"days_since_release": 32,
                                                                                   "undated": True}


def test_days_since_release_without_a_release_date_keep_no_day() -> None:
    clock = Clock(date(2023, 12, 24), None, True)
    assert resolve("It has drawn 10 million viewers in 33 days.", clock) == {"days_since_release": 33}


def test_the_release_date_a_story_states() -> None:
    text = "Exhuma tops again\n\nThe occult thriller, which opened on Feb. 22, stayed at No. 1.\n"
    doc = Document(document_id(text), "t", "article", "news", "Test", text, published="2024-03-04",
                   sections=(Section((), 0, len(text)),))
    assert stated_release(doc) == date(2024, 2, 22)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In August, it passed $574 million.", {"point_in_time": "2012-08", "time_from": "sentence"}),
    ("In 2011, the re-release pushed its total to $2.1 billion.", {"point_in_time": "2011", "time_from": "sentence"}),
    ("It had grossed only $250,000 by the end of 2011.", {"point_in_time": "2011-12-31", "time_from": "sentence"}),
    ("As of May 2012, it is the third most-viewed film.", {"point_in_time": "2012-05", "time_from": "sentence"}),
    # a year inside a clause often times something else
    ("It drew 467,000 on its debut, the most since the pandemic began in 2010.",
     {"days_since_release": 1, "period": "opening_day", "point_in_time": "2012-08-20", "time_from": "release"}),
    ("Within just three days, it surpassed 1 million moviegoers.",
     {"days_since_release": 3, "point_in_time": "2012-08-22", "time_from": "release"}),
    ("It attracted more than 1 million in less than two days of release.",
     {"days_since_release": 2, "point_in_time": "2012-08-21", "time_from": "release"}),
])
def test_a_month_or_year_the_sentence_opens_with(sentence: str, expected: dict[str, Any]) -> None:
    assert resolve(sentence, Clock(date(2012, 9, 3), date(2012, 8, 20), True)) == expected


def test_a_report_with_no_date_is_read_at_the_end_of_the_period_its_headline_names() -> None:
    text = ("Box Office Review 2017.12.22 - 2017.12.24\n\n\"Moon Bay\" claimed 61.84% of the box office. Last "
            "weekend's number one, \"Red Hills\", added 779,688 admissions, and to date has 3.5 million admissions.\n")
    doc = Document(document_id(text), "t", "article", "box_office_report", "Test", text,
                   title="Box Office Review 2017.12.22 - 2017.12.24", sections=(Section((), 0, len(text)),))
    from filmfacts.extract.box_office import extract_box_office
    claims = {(c.subject, c.property, c.value.amount): c  # type: ignore[union-attr]
              for c in extract_box_office(doc, "Moon Bay")}
    assert claims[("Moon Bay", "market_share", 0.6184)].q("point_in_time") == "2017-12-24"
    assert claims[("Red Hills", "admissions", 3_500_000)].q("point_in_time") == "2017-12-24"
    assert claims[("Red Hills", "box_office_rank", 1)].q("point_in_time") == "2017-12-17"  # last weekend's chart
