"""A figure counted in the film's own country is its home-market figure, whatever words said so."""

from __future__ import annotations

from verdict_docs import count, doc, released, said

from filmfacts.model import Quantity, Text
from filmfacts.reconcile import reconcile
from filmfacts.reconcile.timeline import at_home, home_markets

KOBIS = doc("The Attorney (변호인), released 2013-12-18: 11,374,610 admissions.", "KOBIS", "dataset", "2020-03-20")
HERALD = doc("The Attorney has drawn 11.09 million viewers at the Korean box office as of Saturday, January 25.",
             "Korea Herald", "news", "2014-01-26")
FINAL = said(KOBIS, "admissions", count(11_374_610), point_in_time="2020-03-20", period="total", time_from="dataset")
NEWS = said(HERALD, "admissions", count(11_090_000, approx=True), point_in_time="2014-01-25", scope="South Korea")
KOREAN = said(KOBIS, "country_of_origin", Text("South Korea", "en"))


def test_the_country_of_origin_is_the_domestic_market() -> None:
    (news,) = [c for c in at_home([KOREAN, NEWS]) if c.property == "admissions"]
    assert news.q("scope") == "domestic"
    assert home_markets([KOREAN, NEWS]) == {"domestic", "South Korea"}


def test_without_a_country_of_origin_most_of_its_markets_is_home() -> None:
    abroad = said(HERALD, "admissions", count(90_000), scope="Vietnam")
    assert home_markets([NEWS, NEWS, abroad]) == {"domestic", "South Korea"}
    assert home_markets([NEWS, abroad]) == {"domestic"}
    assert at_home([NEWS]) == [NEWS]  # the page's words stay when nothing says where the film is from


def test_a_ranks_list_words_do_not_outvote_the_figures_markets() -> None:
    """A chart's rows may carry their list's words as the rank's market ("daily box office in South Korea"
    on every KOBIS row): the figures' markets decide which is home."""
    charted = [said(KOBIS, "box_office_rank", Quantity(float(n)), point_in_time=f"2014-01-{n:02d}",
                    scope="daily box office in South Korea") for n in range(1, 6)]
    assert home_markets([*charted, NEWS]) == {"domestic", "South Korea"}


def test_a_figure_at_home_and_one_naming_no_market_are_one_series() -> None:
    (film,) = reconcile([KOBIS, HERALD], [released(KOBIS), KOREAN, FINAL, NEWS]).films
    (fact,) = [f for f in film.facts if f.property == "admissions" and f.status == "conflict"]
    assert fact.kind == "different_time"
