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
