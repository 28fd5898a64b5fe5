"""Box-office chart tables in articles → one claim per figure cell, about the row's film."""

from __future__ import annotations

from article_docs import article

from filmfacts.extract.charts import cell_amount, column_of, extract_charts
from filmfacts.extract.crew import extract_crew
from filmfacts.extract.mentions import film_for
from filmfacts.extract.release import extract_release
from filmfacts.model import Quantity

CHART = ("Weekend box office, South Korea, Feb. 23-25, 2024", [
    ["Rank", "Film", "Release date", "Share", "Weekend admissions", "Total admissions", "Screens"],
    ["1", "Exhuma (파묘)", "2024-02-22", "61.4%", "1,977,000", "2,291,000", "1,784"],
    ["2", "Wonka", "Jan. 31, 2024", "7.9%", "254,000", "3,180,000", "736"],
    ["3", "Citizen of a Kind", "2024-01-24", "4.3%", "138,000", "1,643,000", "652"],
])


def _claims(doc):  # type: ignore[no-untyped-def]
    return sorted(extract_charts(doc, "unused"), key=lambda c: c.evidence.start)


def test_a_weekend_chart_gives_each_cell_to_its_row_film_at_the_range_end() -> None:
    doc = article("Exhuma opened at the top of the chart.", kind="box_office_report", published="2024-02-26",
                  tables=(CHART,))
    claims = _claims(doc)
    for c in claims:
        assert doc.text[c.evidence.start:c.evidence.end] == c.evidence.quote
    exhuma = {c.property + ":" + str(c.q("period", "")): c for c in claims if c.subject == "Exhuma"}
    assert set(exhuma) == {"box_office_rank:weekend", "release_date:", "market_share:weekend",
                           "admissions:weekend", "admissions:cumulative", "screens:"}
    assert exhuma["admissions:cumulative"].value == Quantity(2_291_000)
    assert exhuma["admissions:cumulative"].q("point_in_time") == "2024-02-25"
    assert exhuma["market_share:weekend"].value.amount == 0.614  # type: ignore[union-attr]
    assert exhuma["release_date:"].q("country") == "South Korea"
    wonka_release = next(c for c in claims if c.subject == "Wonka" and c.property == "release_date")
    assert wonka_release.value.iso == "2024-01-31"  # type: ignore[union-attr]
    assert {c.subject for c in claims} == {"Exhuma", "Wonka", "Citizen of a Kind"}
    assert film_for(doc, next(c for c in claims if c.subject == "Wonka").evidence.start, "") == "Wonka"


def test_a_korean_chart_is_dated_by_publication_and_counts_in_won() -> None:
    table = ("일별 박스오피스", [
        ["순위", "영화명", "개봉일", "매출액", "관객수", "누적관객수", "스크린수"],
        ["1", "파묘", "2024-02-22", "2,503,419,000", "251,760", "3,345,420", "2,367"],
    ])
    doc = article("", kind="box_office_report", published="2024-02-28", tables=(table,), language="ko")
    claims = {(c.property, c.q("period")): c for c in _claims(doc)}
    assert claims[("gross", "day")].value == Quantity(2_503_419_000, "KRW")
    assert claims[("admissions", "cumulative")].value == Quantity(3_345_420)
    assert claims[("admissions", "day")].q("point_in_time") == "2024-02-28"
    assert claims[("admissions", "day")].q("time_from") == "published"
    assert {c.subject for c in claims.values()} == {"파묘"}


def test_a_table_with_no_figure_column_is_no_chart() -> None:
    doc = article("", kind="news", tables=(("Cast", [["Actor", "Film"], ["Choi Min-sik", "Exhuma"]]),))
    assert _claims(doc) == []


def test_columns_and_cells() -> None:
    assert column_of("Gross to date (US$)") == column_of("Total gross ($)")
    assert column_of("누적매출액").period == "cumulative"
    assert column_of("Change").role == ""
    assert cell_amount("1.23M", "") == Quantity(1_230_000, "", True)
    assert cell_amount("₩9.1 billion", "") == Quantity(9_100_000_000, "KRW", True)
    assert cell_amount("n/a", "") is None


CREDITS = (
    "Miracle in Cell No. 7, directed by LEE Hwan-kyung and starring RYU Seung-ryong and Park Shin-hye, "
    "drew 10 million viewers.\n"
    "Director Ryoo Seung-wan's action film The Berlin File, which opened on Jan. 30, came second."
)


def test_credits_as_news_spells_them_go_to_the_film_of_their_clause() -> None:
    doc = article(CREDITS, kind="news", published="2013-02-25")
    credits = {(c.subject, c.property, c.value.text) for c in extract_crew(doc, "")}  # type: ignore[union-attr]
    assert credits == {
        ("Miracle in Cell No. 7", "director", "Lee Hwan-kyung"),
        ("Miracle in Cell No. 7", "cast_member", "Ryu Seung-ryong"),
        ("Miracle in Cell No. 7", "cast_member", "Park Shin-hye"),
        ("The Berlin File", "director", "Ryoo Seung-wan"),
    }
    release = [(c.subject, c.value.iso) for c in extract_release(doc, "")]  # type: ignore[union-attr]
    assert release == [("The Berlin File", "2013-01-30")]
