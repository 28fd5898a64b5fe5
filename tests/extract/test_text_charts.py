"""Charts printed as text (a header of column names, then rows a line, a cell a line, or run
together) → the same claims as a chart table."""

from __future__ import annotations

from article_docs import article

from filmfacts.extract.charts import extract_charts
from filmfacts.extract.text_charts import text_tables
from filmfacts.model import Quantity

# a chart flattened into one paragraph by a reader; places the header does not name
FLAT = ("Even better news was a strong local share this weekend.\n\n"
        "Title Release Date Market Share Weekend Total Screens 1 Winter Train 19/05/29 48.20% 1,204,377 "
        "2,310,022 1190 2 Red Hills 2 (us) 19/05/22 21.10% 530,118 4,004,550 801 3 Paper Moon 19/05/15 "
        "9.40% 236,001 1,870,412 512\n\nWinter Train led the frame.")

# one cell a line, the caption above it names the weekend
BY_CELL = ("Weekend Box Office (Estimates): Mar. 6 - 8, 2015\n\nRank\n\nFilm\n\nWeekend Gross\n\nScreens\n\n"
           "1\n\nThe Long Road\n\n$21,400,000\n\n3,050\n\n$7,016\n\n"
           "2\n\nCity of Glass: Part One\n\n$9,250,000\n\n2,911\n\n$3,177\n\n"
           "3\n\nMoonrise 3-D\n\n$4,100,000\n\n1,204\n\n$3,405\n\nThe Long Road opened strongly.")

# cells run together, last week's place beside this week's
RUN_TOGETHER = ("This Week\n\nLast WeekTitleWknd GrossOverallWeek in release\n"
                "1NThe Quiet Harbor$30,112,500$30,112,5001\n"
                "21Stone Garden$12,004,310$81,330,2092 3NLittle Lights$9,870,004$9,870,0041\n\n"
                "More next week.")


def _claims(doc):  # type: ignore[no-untyped-def]
    return sorted(extract_charts(doc, ""), key=lambda c: c.evidence.start)


def test_a_flattened_chart_is_read_row_by_row_from_its_places() -> None:
    doc = article(FLAT, kind="box_office_report", title="Korean Box Office: Winter Train Leads",
                  published="2019-06-03")
    (table,) = text_tables(doc)
    assert table.header == ("Rank", "Title", "Release Date", "Market Share", "Weekend", "Total", "Screens")
    assert [[c.text for c in row][:2] for row in table.rows] == [["1", "Winter Train"], ["2", "Red Hills 2 (us)"],
                                                               ["3", "Paper Moon"]]
    claims = _claims(doc)
    for c in claims:
        assert doc.text[c.evidence.start:c.evidence.end] == c.evidence.quote
    red = {(c.property, c.q("period", "")): c for c in claims if c.subject == "Red Hills 2"}
    assert red[("admissions", "weekend")].value == Quantity(530_118)
    assert red[("admissions", "cumulative")].value == Quantity(4_004_550)
    assert red[("screens", "")].value == Quantity(801)
    assert red[("box_office_rank", "weekend")].value == Quantity(2)
    assert red[("release_date", "")].value.iso == "2019-05-22"  # type: ignore[union-attr]
    assert red[("admissions", "weekend")].q("scope") == "South Korea"


def test_a_chart_a_cell_a_line_keeps_its_columns_even_when_a_header_is_lost() -> None:
    doc = article(BY_CELL, kind="news")
    claims = _claims(doc)
    glass = {c.property: c for c in claims if c.subject == "City of Glass: Part One"}
    assert glass["gross"].value == Quantity(9_250_000, "USD")
    assert glass["gross"].q("period") == "weekend"
    assert glass["gross"].q("point_in_time") == "2015-03-08"
    assert glass["screens"].value == Quantity(2_911)
    assert glass["box_office_rank"].value == Quantity(2)
    # the unnamed last column ($3,177 a screen) is no figure of the chart
    assert not any(c.value == Quantity(3_177, "USD") for c in claims)


def test_cells_run_together_are_told_apart_by_their_shapes() -> None:
    doc = article(RUN_TOGETHER, kind="box_office_report", title="Box Office Update for 6/16-6/18",
                  published="2006-06-20")
    claims = _claims(doc)
    stone = {(c.property, c.q("period", "")): c for c in claims if c.subject == "Stone Garden"}
    assert stone[("gross", "weekend")].value == Quantity(12_004_310, "USD")
    assert stone[("gross", "cumulative")].value == Quantity(81_330_209, "USD")
    assert stone[("box_office_rank", "weekend")].value == Quantity(2)
    assert stone[("gross", "weekend")].q("point_in_time") == "2006-06-18"
    assert {c.subject for c in claims} == {"The Quiet Harbor", "Stone Garden", "Little Lights"}
    assert not any(c.property == "admissions" for c in claims)  # weeks in release are no admissions


def test_prose_and_a_lone_list_of_names_are_no_chart() -> None:
    doc = article("Rank and title aside, the film's gross was strong.\nTitle\nDirector\nGross\n", kind="news")
    assert text_tables(doc) == ()
