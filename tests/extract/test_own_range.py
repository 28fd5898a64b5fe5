"""A section's own part (before its first subsection) found from the page's sections sorted once: the
same as looking at every section for each (which took the square of a page of thousands of headings,
bench/fuzz_bench.py's 63 KB rendered page: 29 CPU s in cast lines)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from filmfacts.extract.text import in_ranges, merged_ranges, own_range
from filmfacts.model import Document, Section, document_id


def _every_section(doc: Document, section: Section) -> tuple[int, int]:
    end = section.end
    for other in doc.sections:
        if section.start < other.start <= end and len(other.path) > len(section.path):
            end = min(end, doc.text.rfind("\n", 0, max(other.start - 1, 0)) + 1)
    return section.start, max(end, section.start)


@settings(max_examples=300)
@given(st.text(alphabet="ab\n", min_size=1, max_size=200), st.lists(
    st.tuples(st.integers(0, 200), st.integers(0, 200), st.integers(1, 4)), min_size=1, max_size=30))
def test_own_range_is_the_one_every_section_gives(text: str, raw: list[tuple[int, int, int]]) -> None:
    sections = tuple(Section(tuple("h" * depth), min(a, b, len(text)), min(max(a, b), len(text)))
                     for a, b, depth in raw)
    doc = Document(document_id(text), "test", "text", "encyclopedia", "Wiki", text, sections=sections)
    assert [own_range(doc, s) for s in sections] == [_every_section(doc, s) for s in sections]


@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 100)), max_size=20), st.integers(-5, 105))
def test_a_place_in_merged_ranges_is_in_one_of_them(ranges: list[tuple[int, int]], at: int) -> None:
    ranges = [(min(a, b), max(a, b)) for a, b in ranges]
    assert in_ranges(merged_ranges(ranges), at) == any(a <= at < b for a, b in ranges)
