"""Series by date: which figures form one series, how they are ordered, and trust between sources."""

from __future__ import annotations

from verdict_docs import count, doc, said

from filmfacts.model import FactValue, Quantity
from filmfacts.reconcile.conflicts import figure, within_rounding
from filmfacts.reconcile.series import before, same_time, series_of
from filmfacts.reconcile.trust import most_trusted, trust

NEWS = doc("The Attorney box office.", "Korea Herald", "news", "2014-02-01")


def test_milestones_join_cumulative_admissions_and_other_periods_and_scopes_stay_apart() -> None:
    claims = [said(NEWS, "admissions", count(11_090_000, approx=True), point_in_time="2014-01-25"),
              said(NEWS, "admissions_milestone", count(10_000_000), point_in_time="2014-01-19"),
              said(NEWS, "admissions", count(1_300_000), point_in_time="2014-01-26", period="weekend"),
              said(NEWS, "box_office_rank", Quantity(2.0), point_in_time="2014-01-26", ranked_among="korean_films"),
              said(NEWS, "box_office_rank", Quantity(4.0), point_in_time="2014-01-26", ranked_among="all_films")]
    found = {(s.property, s.period, s.scope): s for s in series_of(claims)}
    assert len(found) == 4
    cumulative = found[("admissions", "", ())]
    assert cumulative.grows and [p.quantity.amount for p in cumulative.points] == [10_000_000, 11_090_000]
    assert cumulative.points[0].quantity.bound == "lower"  # "crossed 10 million": at least that many
    assert not found[("admissions", "weekend", ())].grows


def test_a_range_is_before_a_later_day_but_not_the_same_time() -> None:
    weekend = said(NEWS, "admissions", count(9_000_000, approx=True), earliest="2014-01-10", latest="2014-01-12")
    monday = said(NEWS, "admissions", count(9_200_000, approx=True), point_in_time="2014-01-13")
    (s,) = series_of([monday, weekend])
    first, second = s.points
    assert first.when() == "between 2014-01-10 and 2014-01-12"
    assert before(first, second) and not before(second, first) and not same_time(first, second)


def test_rounding_and_bounds() -> None:
    assert within_rounding(Quantity(11_090_000, approx=True), Quantity(11_093_820))
    assert not within_rounding(Quantity(11_090_000, approx=True), Quantity(11_150_000))
    assert not within_rounding(Quantity(11_090_000), Quantity(11_093_820))  # two exact counts
    assert within_rounding(Quantity(10_000_000, bound="lower"), Quantity(10_010_000))
    assert figure(Quantity(11_090_000, approx=True)) == "11.09 million"
    assert figure(Quantity(11_374_610)) == "11,374,610"


def test_trust_orders_the_kinds_of_source() -> None:
    order = ["dataset", "box_office_report", "news", "encyclopedia", "fan_wiki", "blog", "forum"]
    assert [trust(k) for k in order] == sorted((trust(k) for k in order), reverse=True)
    assert trust("wiki_mirror") == trust("fan_wiki") and trust("someone's zine") < trust("forum")
    kinds = {"a": "forum", "b": "dataset", "c": "news", "d": "news"}
    values = [FactValue(Quantity(1.0), (), ("a",), 1), FactValue(Quantity(2.0), (), ("b",), 1)]
    assert most_trusted(values, kinds) is values[1]
    tie = [FactValue(Quantity(1.0), (), ("c",), 1), FactValue(Quantity(2.0), (), ("d",), 1)]
    assert most_trusted(tie, kinds) is None
