"""Each figure's own time: the words right after it, its clause's, its sentence's, its report's.
Our own sentences."""

from __future__ import annotations

from filmfacts.extract.box_office import extract_box_office
from filmfacts.model import Document, Section, document_id


def page(text: str, published: str = "2024-03-04", kind: str = "news") -> Document:
    return Document(document_id(text), "test", "article", kind, "Test Daily", text, published=published,
                    sections=(Section((), 0, len(text)),))


def test_a_run_of_milestones_each_with_its_day() -> None:
    text = "Exhuma reached 1 million on the 4th day, 2 million on the 6th day and 3 million on the 10th day."
    found = [(c.value.amount, c.q("days_since_release")) for c in extract_box_office(page(text), "Exhuma")]
    assert found == [(1e6, 4), (2e6, 6), (3e6, 10)]


def test_a_weekly_reports_figures_are_its_weekends() -> None:
    # a report out on Wednesday: the weekend over the frame is the one before, and the story's other
    # figures are as of that Sunday
    text = ("Exhuma opened in first place with 1.83 million viewers over the frame. "
            "Dune: Part Two came in second with 226,181 spectators.")
    found = {(c.property, c.value.amount): c for c in extract_box_office(page(text, "2024-03-06",
                                                                          "box_office_report"), "Exhuma")}
    weekend = found[("admissions", 1.83e6)]
    assert (weekend.q("period"), weekend.q("point_in_time"), weekend.q("earliest")) == (
        "weekend", "2024-03-03", "2024-03-01")
    assert found[("admissions", 226_181)].q("point_in_time") == "2024-03-03"


def test_a_korean_figure_takes_the_date_written_nearest_before_it() -> None:
    # the report's own date first ("according to KOBIS on the 4th"), then each figure's day
    text = "4일 영화관입장권 통합전산망에 따르면 '파묘'는 지난 3일 하루 동안 전국 81만 2,000명을 모았다."
    (found,) = [c for c in extract_box_office(page(text), "파묘") if c.property == "admissions"]
    assert found.q("point_in_time") == "2024-03-03"


def test_a_day_the_month_of_publication_lacks_is_last_months() -> None:
    # "31일" in a story of April 2: March 31
    text = "이후 31일 40만 1,234명에 이어 1일에는 52만 3,456명을 모았다."
    found = {c.value.amount: c.q("point_in_time") for c in extract_box_office(page(text, "2024-04-02"), "파묘")
             if c.property == "admissions"}
    assert found == {401_234: "2024-03-31", 523_456: "2024-04-01"}


def test_a_korean_total_without_a_date_takes_the_last_day_named_before_it() -> None:
    text = ("이후 31일 40만 1,234명에 이어 1일에는 52만 3,456명을 모아 "
            "누적 관객수 150만 2,000명(2일 집계 기준)을 기록했다.")
    found = {c.value.amount: c.q("point_in_time") for c in extract_box_office(page(text, "2024-04-02"), "파묘")
             if c.property == "admissions"}
    assert found[1_502_000] == "2024-04-01"


def test_a_titles_number_is_no_date() -> None:
    text = "\"1987: When the Day Comes\" made a strong debut with 1.35 million viewers over the weekend."
    (found,) = [c for c in extract_box_office(page(text), "1987: When the Day Comes") if c.property == "admissions"]
    assert (found.q("period"), found.q("point_in_time")) == ("weekend", "2024-03-03")


def test_a_weekday_bow_in_a_weekly_report_is_before_the_weekend_it_reports() -> None:
    # out on Wednesday 2024-03-06: the weekend is March 1-3 and the film opened Wednesday February 28
    text = ("With 1.2 million viewers over the frame and 1.5 million admissions since its Wednesday bow, "
            "Exhuma posted a strong opening weekend.")
    found = {c.value.amount: c for c in extract_box_office(page(text, "2024-03-06", "box_office_report"), "Exhuma")
             if c.property == "admissions"}
    assert found[1.5e6].q("point_in_time") == "2024-03-03"


def test_a_count_on_its_release_day_is_the_opening_days() -> None:
    for text in ("Exhuma attracted about 330,000 viewers on its release day.",
                 "Exhuma earned 330,000 viewers upon its debut, a record for the year.",
                 "Exhuma drew 330,000 viewers on the day of its release."):
        (found,) = [c for c in extract_box_office(page(text), "Exhuma") if c.property == "admissions"]
        assert (found.q("period"), found.q("days_since_release")) == ("opening_day", 1), text


def test_a_day_or_week_count_past_the_calendar_dates_nothing() -> None:
    # found by bench/fuzz_bench.py: "in 29991231 days" after a stated release was an OverflowError
    from datetime import date

    from filmfacts.extract.when import Clock, resolve

    clock = Clock(date(2024, 3, 4), date(2013, 1, 23), True)
    assert resolve("It has drawn 11.2 million viewers in 38 days.", clock)["point_in_time"] == "2013-03-01"
    far = resolve("It has drawn 11.2 million viewers in 29991231 days.", clock)
    assert far["days_since_release"] == 29991231 and "point_in_time" not in far
    weeks = resolve("It sold 2 million tickets in its 99999999999th week.", clock)
    assert "earliest" not in weeks and "latest" not in weeks
