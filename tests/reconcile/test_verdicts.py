"""Every disagreement on a dated figure carries a verdict with its reason (docs/dated-figures.md)."""

from __future__ import annotations

from verdict_docs import count, doc, released, said

from filmfacts.model import Claim, Document, Fact, Quantity, Time, value_to_json
from filmfacts.reconcile import reconcile


def verdicts(docs: list[Document], claims: list[Claim], prop: str = "admissions") -> list[Fact]:
    (film,) = reconcile(docs, claims).films
    return [f for f in film.facts if f.property == prop and f.status in ("conflict", "suspect")]


KOBIS = doc("The Attorney (변호인), released 2013-12-18: 11,374,610 admissions.", "KOBIS", "dataset", "2020-03-20")
TIMES = doc("The Attorney is now the 5th most watched film ever in Korea.", "Korea Times", "news", "2014-02-10")
HERALD = doc("The Attorney has drawn 11.09 million viewers as of Saturday, January 25.", "Korea Herald", "news",
             "2014-01-26")
FINAL = said(KOBIS, "admissions", count(11_374_610), point_in_time="2020-03-20", period="total", time_from="dataset")


def test_two_dates_are_a_different_time_with_both_sources_and_the_trusted_one() -> None:
    news = said(HERALD, "admissions", count(11_090_000, approx=True), point_in_time="2014-01-25")
    (fact,) = verdicts([KOBIS, HERALD], [released(KOBIS), FINAL, news])
    assert (fact.status, fact.kind) == ("conflict", "different_time")
    assert sorted(value_to_json(v.value) for v in fact.values) == [11_090_000, 11_374_610]
    assert fact.explanation.startswith("Korea Herald gives 11.09 million on 2014-01-25 (day 39); KOBIS gives "
                                       "11,374,610 on 2020-03-20")
    assert fact.explanation.endswith("the most trusted source, KOBIS (dataset), backs 11,374,610.")


def test_a_rounded_figure_agrees_with_the_count_it_rounds() -> None:
    daily = said(KOBIS, "admissions", count(11_093_820), point_in_time="2014-01-25", time_from="dataset")
    news = said(HERALD, "admissions", count(11_090_000, approx=True), point_in_time="2014-01-25")
    (film,) = reconcile([KOBIS, HERALD], [released(KOBIS), daily, news]).films
    (fact,) = [f for f in film.facts if f.property == "admissions"]
    assert fact.status == "agreed" and value_to_json(fact.values[0].value) == 11_093_820


def test_a_count_that_goes_down_is_suspect() -> None:
    blog = doc("Update: The Attorney is at 9.8 million now, on January 28.", "moviebuff blog", "blog", "2014-01-29")
    claims = [released(KOBIS),
              said(HERALD, "admissions", count(11_090_000, approx=True), point_in_time="2014-01-25"),
              said(blog, "admissions", count(9_800_000, approx=True), point_in_time="2014-01-28")]
    (fact,) = verdicts([KOBIS, HERALD, blog], claims)
    assert (fact.status, fact.kind) == ("suspect", "typo")
    assert "moviebuff blog gives 9.8 million on 2014-01-28" in fact.explanation
    assert "cannot go down" in fact.explanation and "Korea Herald" in fact.explanation


def test_a_figure_ten_times_the_series_is_a_typo_with_the_likely_value() -> None:
    forum = doc("It passed 113.7 million tickets by Feb 20!!", "DC forum", "forum", "2014-02-21")
    claims = [released(KOBIS), FINAL,
              said(HERALD, "admissions", count(11_090_000, approx=True), point_in_time="2014-01-25"),
              said(forum, "admissions", count(113_700_000, approx=True), point_in_time="2014-02-20")]
    found = verdicts([KOBIS, HERALD, forum], claims)
    assert sorted(f.kind for f in found) == ["different_time", "typo"]  # the herald's day 39 vs the final tally
    (fact,) = [f for f in found if f.kind == "typo"]
    assert fact.status == "conflict"
    assert "DC forum gives 113.7 million on 2014-02-20" in fact.explanation
    assert "likely 11.37 million" in fact.explanation


def test_a_date_after_publication_is_a_typo_naming_the_likely_year() -> None:
    forum = doc("The Attorney was on 8 million on January 12, 2104.", "DC forum", "forum", "2014-01-20")
    claims = [released(KOBIS), said(forum, "admissions", count(8_000_000, approx=True), point_in_time="2104-01-12",
                                    time_from="sentence")]
    (fact,) = verdicts([KOBIS, forum], claims)
    assert fact.kind == "typo" and "after DC forum was published on 2014-01-20" in fact.explanation
    assert "likely 2014-01-12" in fact.explanation


def test_a_date_before_the_release_is_a_typo() -> None:
    claims = [released(KOBIS), said(HERALD, "admissions", count(1_000_000, approx=True), point_in_time="2013-12-01",
                                    time_from="sentence")]
    (fact,) = verdicts([KOBIS, HERALD], claims)
    assert fact.kind == "typo" and "before the film's release on 2013-12-18" in fact.explanation


WIKI_TEXT = ("The Attorney is a 2013 South Korean courtroom drama film directed by Yang Woo-suk. "
             "Released on 18 December 2013, it was the highest-grossing Korean film of its winter season. "
             "As of February 2014 the film had drawn {n} admissions in South Korea, among the highest ever.")


def test_a_mirror_repeating_an_old_version_is_a_stale_copy() -> None:
    wiki = doc(WIKI_TEXT.format(n="11.37 million"), "Wikipedia", "encyclopedia", "2014-03-01")
    mirror = doc(WIKI_TEXT.format(n="10 million"), "wikimirror.example", "wiki_mirror", "2014-03-05",
                 copies=("Wikipedia",))
    sentence = "As of February 2014 the film had drawn {n} admissions"
    claims = [released(wiki),
              said(HERALD, "admissions_milestone", count(10_000_000), point_in_time="2014-01-19"),
              said(wiki, "admissions", count(11_370_000, approx=True), sentence.format(n="11.37 million"),
                   point_in_time="2014-02-28"),
              said(mirror, "admissions", count(10_000_000, approx=True), sentence.format(n="10 million"),
                   point_in_time="2014-02-28")]
    (fact,) = verdicts([wiki, mirror, HERALD], claims)
    assert (fact.status, fact.kind) == ("conflict", "stale_copy")
    assert ("wikimirror.example repeats Wikipedia's sentence with 10 million, the figure of 2014-01-19 (day 33); "
            "Wikipedia now says 11.37 million") in fact.explanation


def test_the_same_date_in_two_rankings_is_a_different_scope() -> None:
    report = doc("Chart: The Attorney ranks 2nd among Korean films of all time.", "KoBiz report",
                 "box_office_report", "2014-02-10")
    claims = [released(KOBIS),
              said(report, "box_office_rank", Quantity(2.0), point_in_time="2014-02-09", ranked_among="korean_films",
                   measure="admissions"),
              said(TIMES, "box_office_rank", Quantity(5.0), point_in_time="2014-02-09", ranked_among="all_films",
                   measure="admissions")]
    (fact,) = verdicts([KOBIS, TIMES, report], claims, "box_office_rank")
    assert fact.kind == "different_scope" and "ranked among korean_films" in fact.explanation
    assert "the most trusted source, KoBiz report (box office report), backs 2" in fact.explanation


def test_the_same_date_and_scope_with_nothing_else_known_stays_genuine() -> None:
    other = doc("The Attorney is now the 7th most watched Korean film ever.", "Yonhap", "news", "2014-02-10")
    claims = [said(other, "box_office_rank", Quantity(7.0), point_in_time="2014-02-09", ranked_among="korean_films"),
              said(TIMES, "box_office_rank", Quantity(5.0), point_in_time="2014-02-09", ranked_among="korean_films")]
    (fact,) = verdicts([TIMES, other], claims, "box_office_rank")
    assert (fact.status, fact.kind) == ("conflict", "genuine")
    assert fact.explanation.endswith("no source is more trusted than the others.")


def test_release_dates_of_different_countries_are_a_difference_of_scope() -> None:
    wiki = doc("Released 2013-12-18 in South Korea and 2014-01-03 in the United States.", "Wikipedia",
               "encyclopedia")
    news = doc("The Attorney opened in American theaters on January 3, 2014.", "Variety", "news", "2014-01-05")
    claims = [said(wiki, "release_date", Time("2013-12-18"), country="South Korea"),
              said(wiki, "release_date", Time("2014-01-03"), country="United States"),
              said(news, "release_date", Time("2014-01-03"), country="United States")]
    (fact,) = verdicts([wiki, news], claims, "release_date")
    assert (fact.status, fact.kind) == ("conflict", "different_scope")
    assert [value_to_json(v.value) for v in fact.values] == ["2013-12-18", "2014-01-03"]
    assert fact.explanation.startswith("2013-12-18 in South Korea (Wikipedia); 2014-01-03 in United States (")
    assert fact.explanation.endswith("): values for different places, not a disagreement.")


def test_one_country_with_one_date_is_no_difference() -> None:
    news = doc("The Attorney opened in American theaters on January 3, 2014.", "Variety", "news", "2014-01-05")
    claims = [said(news, "release_date", Time("2014-01-03"), country="United States")]
    assert verdicts([news], claims, "release_date") == []


def test_a_year_in_an_explanation_is_written_as_a_year() -> None:
    from filmfacts.reconcile.conflicts import plain_value

    assert plain_value(Quantity(2022, "")) == "2022"  # a remake's year, not "2,022"
    assert plain_value(Quantity(5_310_000, "")) == "5,310,000"
    assert plain_value(Quantity(38_800_000, "USD")) == "38,800,000 USD"
