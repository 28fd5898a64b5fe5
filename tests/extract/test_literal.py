"""`literal` finds a title or a name exactly where the one-off pattern it replaces would (`re`), in
the same order, for any text: words, names in several scripts, the boundary characters, case."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from filmfacts.extract import mentions
from filmfacts.extract.literal import followed_by, whole_lines, word_spans

WORDS = ["Ne Zha", "Ne", "Zha", "NE ZHA", "ne zha", "2", "II", "11", ": The Sequel", " - Part", "파묘", "파묘는", "는",
         "O'", "’", "'s", "_", "é", "1", "x", "Steel Rain", "STEEL RAIN", "\n", "\t", " ", "  ", ".", ",5", "Ⅱ",
         "ß", "ſ", "K", "Exhuma", "the", "The Roundup"]
TEXTS = st.lists(st.sampled_from(WORDS), max_size=30).map("".join)
TITLES = st.sampled_from(["Ne Zha", "NE ZHA", "Steel Rain", "STEEL RAIN", "파묘", "Exhuma", "ne", "K", "ß",
                          "O'", "2", "The Roundup", "Ne Zha 2"])


@settings(max_examples=400, deadline=None)
@given(TEXTS, TITLES)
def test_word_spans_are_the_patterns(text: str, title: str) -> None:
    want = [m.span() for m in re.finditer(rf"(?<![\w'’]){re.escape(title)}(?![\w])", text)]
    assert list(word_spans(text, title)) == want


@settings(max_examples=400, deadline=None)
@given(TEXTS, TITLES)
def test_followed_by_is_the_pattern_with_its_tail(text: str, title: str) -> None:
    """The pattern `_again` compiled for each title, against the title found and the tail compiled once."""
    for hangul, tail in ((False, mentions._AGAIN), (True, mentions._AGAIN_HANGUL)):
        after = rf"(?={mentions._PARTICLE}|[^\uac00-\ud7a3])" if hangul else r"(?![\w'’]*\w)"
        for upper in (False, True):
            own = rf"(?i:{re.escape(title)})" if upper else re.escape(title)
            whole = re.compile(rf"(?<![\w'’]){own}{mentions._AGAIN_MORE}{after}")
            want = [(m.span(), m.groupdict()) for m in whole.finditer(text)]
            got = [((s, m.end()), m.groupdict()) for s, m in followed_by(text, title, tail, ignore_case=upper)]
            assert got == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Exhuma", "  ", "\t", "\n", "x", "Exhuma 2", "\r"]), max_size=20).map("".join),
       st.sampled_from(["Exhuma", "Exhuma 2", "x", "Exhuma\nx"]))
def test_whole_lines_are_the_pattern(text: str, line: str) -> None:
    want = [m.span() for m in re.finditer(rf"(?m)^[ \t]*{re.escape(line)}[ \t]*$", text)]
    assert list(whole_lines(text, line)) == want


def test_a_title_named_again_in_a_page() -> None:
    text = "STEEL RAIN opened. Steel Rain: The Second beat it, and Steel Rainy did not. Steel Rain 2 too."
    found = [(text[s:m.end()], m.group("more"), m.group("num"))
             for s, m in followed_by(text, "STEEL RAIN", mentions._AGAIN, ignore_case=True)]
    assert found == [("STEEL RAIN", None, None), ("Steel Rain: The Second", "The Second", None),
                     ("Steel Rain 2", None, " 2")]
