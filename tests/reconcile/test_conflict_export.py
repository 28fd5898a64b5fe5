"""A conflict's evidence in the export says which property each source stated when that is another of the
kindred properties the conflict sets side by side. Our own figures."""

from __future__ import annotations

from filmfacts.export.json_export import conflict_json
from filmfacts.model import Fact, FactValue, Quantity, Span, claim


def test_a_milestone_among_admissions_says_it_is_a_milestone() -> None:
    count = claim("Blue Harbor", "admissions", Quantity(10_120_000), Span("a", 0, 9, "10,120,000"), "t", "1")
    mark = claim("Blue Harbor", "admissions_milestone", Quantity(10_000_000), Span("b", 0, 10, "10 million"), "t",
                 "1")
    fact = Fact("film", "admissions", (), "conflict",
                (FactValue(Quantity(10_120_000), (count,), ("a",), 1),
                 FactValue(Quantity(10_000_000), (mark,), ("b",), 1)), "", "different_time")
    evidence = conflict_json(fact)["evidence"]
    assert [e.get("property") for e in evidence] == [None, "admissions_milestone"]
