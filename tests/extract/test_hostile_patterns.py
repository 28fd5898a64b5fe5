"""Text made to make a pattern try the rest of a line again from each place: a long run of spaces after
a title, of digits, of a headline's repeated phrase. bench/fuzz_bench.py found each of these as a hang
(10 s to well over 90 s on 27-60 KB pages) and bench/regex_bench.py lists the patterns of that shape.
Each test reads such text under a CPU cap (`cpu_cap`) hundreds of times what the reading now takes, so
it cannot pass by luck on the old patterns (minutes or hours on these lengths) and is not a timing
test of the new ones; each also checks what the pattern still finds on ordinary text."""

from __future__ import annotations

import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import pytest

from filmfacts.extract import award_prose, descriptors, figures, mentions, places, remakes
from filmfacts.extract.amounts import find_amounts
from filmfacts.extract.mentions import _defined
from filmfacts.extract.subject import APPOSITION_RE, CJK_LEADS, LEAD_RE, find_lead
from filmfacts.extract.text import split_list
from filmfacts.model import Document, Section, document_id
from filmfacts.sources.article.lines import is_menu

SPACES = 20_000


class OverCap(Exception):
    pass


@contextmanager
def cpu_cap(seconds: float = 3.0) -> Iterator[None]:
    """Raises OverCap when the block takes more than `seconds` of CPU time."""

    def over(signum: int, frame: FrameType | None) -> None:
        raise OverCap(f"over {seconds} CPU seconds")

    previous = signal.signal(signal.SIGPROF, over)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _page(text: str, kind: str = "encyclopedia", title: str = "") -> Document:
    return Document(document_id(text + title), "test", "article", kind, "Test", text, title=title,
                    published="2024-03-04", sections=(Section((), 0, len(text)),))


def test_a_run_of_digits_is_read_once_for_korean_figures() -> None:
    with cpu_cap():
        assert find_amounts("1" * 40_000) == []
        assert find_amounts("1," * 20_000) == []
    assert [a.quantity.amount for a in find_amounts("관객 1,237만 8366명, 제작비 1억2000만 원")] == [12_378_366,
                                                                                            120_000_000]


def test_spaces_after_a_title_are_not_split_every_way_by_a_defining_sentence() -> None:
    hostile = "Parasite" + " " * SPACES + "x"
    with cpu_cap():
        for pattern in (LEAD_RE, APPOSITION_RE, mentions._DEFINING, *CJK_LEADS):
            assert pattern.match(hostile) is None
        assert find_lead(_page(hostile)) is None
        assert _defined(hostile, 0) is None
    lead = LEAD_RE.match("Parasite (Korean: 기생충) , is a 2019 South Korean black comedy thriller film by Bong")
    assert lead is not None and (lead["title"], lead["paren"]) == ("Parasite", "Korean: 기생충")
    assert APPOSITION_RE.match("Drive My Car (2021) , a 2021 Japanese drama film, won") is not None
    assert CJK_LEADS[2].match("기생충 (영화)  은 2019년 개봉한 한국 영화이다") is not None


@pytest.mark.parametrize(("pattern", "ordinary"), [
    (descriptors._FROM_COUNTRY, ", from Denmark"),
    (descriptors._IS_A, '" (2019) , is a black comedy film'),
    (award_prose._FOR_FILM, " award , for her role in "),
    (remakes._PRODUCER, "Lee Chang-dong  was set to  produce"),
    (figures._MARK_AFTER, " 관객 을  돌파"),
    (mentions._BARE_LINE_AT, " | $ 1,200,000 million  |"),
    (places._A_SET_IS, " of all time  is"),
])
def test_whitespace_between_optional_words_is_matched_one_way(pattern: re.Pattern[str], ordinary: str) -> None:
    # `\s*,?\s*` over a run of spaces tries every split of it: the square or the cube of its length. Each is
    # matched at one place (after a title, a figure, a name), as the extractors use them; _PRODUCER is searched
    with cpu_cap():
        assert pattern.match(" " * SPACES + "x") is None
        assert pattern.match("Lee" + " " * SPACES + "x") is None
        if pattern is remakes._PRODUCER:
            assert pattern.search("Parasite" + " " * SPACES + "x") is None
    assert pattern.match(ordinary) is not None


def test_runs_of_spaces_in_a_line_split_once() -> None:
    with cpu_cap():
        assert split_list("Song Kang-ho" + " " * SPACES + "x") == ["Song Kang-ho" + " " * SPACES + "x"]
        assert not is_menu("Home" + " " * SPACES + "x")
        assert len(figures._RUN_OF_MILESTONES.findall("1," * SPACES + " " * SPACES)) == 0
    assert split_list("Song Kang-ho , Lee Sun-kyun and Cho Yeo-jeong & Choi Woo-shik; Park So-dam") == [
        "Song Kang-ho", "Lee Sun-kyun", "Cho Yeo-jeong", "Choi Woo-shik", "Park So-dam"]
    assert is_menu("Home | News  ›  Movies / Reviews")
    assert len(figures._RUN_OF_MILESTONES.findall("3 million on the 5th day, 4,000,000 viewers on its 7th day")) == 2


def test_a_headline_repeating_a_phrase_names_its_places_once() -> None:
    # a 58 KB headline repeating its runs made 374,122 mentions at 1,736 places (each run found every place again)
    n = 300
    head = "why the URLs are placeholders and " * n
    text = head + "\n" + "The URLs are placeholders. " * n
    found = mentions.mentions(_page(text, "box_office_report", head.strip()))
    assert {m.title for m in found} == {"URLs"}
    assert len(found) == len({(m.start, m.how) for m in found}) <= 2 * n + 2


class _Counting:
    """A pattern that counts the searches made with it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def __getattr__(self, name: str) -> object:
        found = getattr(self.pattern, name)
        if not callable(found):
            return found

        def counted(*args: object, **kwargs: object) -> object:
            self.calls += 1
            return found(*args, **kwargs)

        return counted


def test_what_a_sentence_of_many_figures_says_is_looked_for_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # each figure searched the whole sentence again (a 57 KB page of 1,081 figures: 17 CPU s)
    run = _Counting(figures._RUN_OF_MILESTONES)
    monkeypatch.setattr(figures, "_RUN_OF_MILESTONES", run)
    text = ", ".join(f"{n},000,000 on the {n}th day" for n in range(2, 200))
    kinds = [figures.kind_of(text, a) for a in find_amounts(text)]
    assert kinds.count("admissions_milestone") >= 100  # the round ones
    assert run.calls == 1


def test_runs_of_spaces_and_dashes_in_labelled_lines_are_read_once() -> None:
    from filmfacts.sources import labels

    with cpu_cap():
        assert labels._UNKNOWN_LABEL.match(" \t" * SPACES + "x") is None
        assert labels._SEPARATOR_LINE.match("-" * 2 * SPACES + "x") is None
        assert mentions._title_lines("Parasite" + " \t" * SPACES + "x\nParasite is a film.", -1, [], []) == []
    assert labels._UNKNOWN_LABEL.match("  -  Running time :  132 minutes")
    assert labels._SEPARATOR_LINE.match("| --- | :---: |") and not labels._SEPARATOR_LINE.match("| -- | x |")


def test_a_clause_of_many_figures_is_asked_once_whether_it_says_now(monkeypatch: pytest.MonkeyPatch) -> None:
    # each figure of a clause searched the whole clause for "to date"/"now" (62 KB page, 4,936 figures: 26 s)
    from filmfacts.extract import when
    from filmfacts.extract.box_office import extract_box_office

    now = _Counting(when._NOW)
    monkeypatch.setattr(when, "_NOW", now)
    text = ("Exhuma drew " + ", ".join(f"{n},000 viewers in Busan" for n in range(2, 200))
            + ", but Dune drew 5,000 viewers in Seoul.")
    doc = Document(document_id(text), "test", "article", "news", "Test Daily", text, published="2024-03-04",
                   sections=(Section((), 0, len(text)),))
    assert len([c for c in extract_box_office(doc, "Exhuma") if c.property == "admissions"]) >= 150
    assert now.calls <= 2


def test_a_run_of_capitalised_words_before_a_cue_is_read_a_title_s_length_from_each_word() -> None:
    # a title phrase read to the end of a run of "1 1 1 …" from each of its words, then no cue after it
    with cpu_cap():
        assert mentions._HEADLINE_CUE.search("1 " * SPACES) is None
        assert mentions._BODY_CUE.search("Parasite1 " * (SPACES // 5)) is None
        assert places._IN_TURN.search("1," * SPACES) is None
    cue = mentions._BODY_CUE.search("On Sunday Decision to Leave drew 1.2 million viewers")
    assert cue is not None and cue["t"] == "On Sunday Decision to Leave"
    turn = places._IN_TURN.search("which hold position at number 15 and 14, respectively")
    assert turn is not None and turn["nums"] == "15 and 14"


def test_a_line_of_whitespace_as_long_as_a_line_may_be_is_read_once_for_a_but() -> None:
    # "\\s+but" tried from each space of a run: a 100,000-character line of spaces, tabs or no-break spaces
    # (the --max-line default) took 9-13 CPU s to read; bench/regex_bench.py's 2,000 pieces did not show it
    from filmfacts.extract import box_office
    from filmfacts.sources.limits import Limits

    with cpu_cap():
        for space in (" ", "\t", "\u00a0", "\u3000"):
            assert list(box_office._TIME_CLAUSE_BREAK.finditer(space * Limits().line + "x")) == []
    breaks = [m.group() for m in box_office._TIME_CLAUSE_BREAK.finditer("Exhuma led on Sunday but fell, and Dune; x")]
    assert breaks == [" but", ", and", ";"]


def test_a_long_word_is_read_once_for_a_studio_s_possessive() -> None:
    # "1만1만…" on a line of 100,000 characters in a page of enough prose to be read: each digit started
    # a studio name read to the word's end (companies._STUDIO_OWNS; 4 s at 20,000, over 30 s at 99,000)
    from filmfacts.extract import companies
    from filmfacts.sources.limits import Limits

    with cpu_cap():
        assert list(companies._STUDIO_OWNS.finditer(("1만" * Limits().line)[:Limits().line])) == []
    found = [(m["org"], m["t"]) for m in companies._STUDIO_OWNS.finditer(
        "It is CJ ENM's Night Harbor, after Warner Bros.' Dune (and Paramount's Top Gun).")]
    assert found == [("CJ ENM", "Night Harbor"), ("Warner Bros.", "Dune"), ("Paramount", "Top Gun")]


def test_a_long_list_of_numbers_or_ordinals_is_tried_for_respectively_a_list_s_length_from_each() -> None:
    # fuzz run on 8aa28ff: "on May 13, 23, 23, …" (3,224 numbers, no "respectively") took 13 CPU s
    with cpu_cap():
        assert places._IN_TURN.search("on May 13, " + "23, " * SPACES) is None
        assert places._IN_TURN.search("ranked " + "1st, " * SPACES) is None
    turn = places._IN_TURN.search("Exhuma, Dune and Wonka, which came 1, 2 and 3, respectively")
    assert turn is not None and turn["nums"] == "1, 2 and 3"
    turn = places._IN_TURN.search("Exhuma and Dune ranked first and second respectively")
    assert turn is not None and turn["ords"] == "first and second"


def test_a_sentence_of_many_cast_lists_finds_where_each_ends_without_reading_its_rest_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # each cue searched the rest of its sentence for the list's end (fuzz input 72246d8ccd52, 65 KB: 13 s)
    from filmfacts.extract import crew

    stop = _Counting(crew._LIST_STOP)
    monkeypatch.setattr(crew, "_LIST_STOP", stop)
    text = "".join(f"Parasite stars Song Kang-ho and Lee Sun-kyun{i % 10}, " for i in range(500)) + "."
    list(crew.extract_crew(_page(text, "news"), "Parasite"))
    assert stop.calls <= 4
    text = "Parasite stars Song Kang-ho and Lee Sun-kyun, who play two fathers. It was directed by Bong Joon-ho."
    credits = {(c.property, str(c.value.text)) for c in crew.extract_crew(_page(text, "news"), "Parasite")}
    assert credits == {("cast_member", "Song Kang-ho"), ("cast_member", "Lee Sun-kyun"),
                       ("director", "Bong Joon-ho")}


def test_a_run_of_auxiliaries_after_a_title_is_read_once() -> None:
    """Fuzz run on 79e1e6d (57 KB, 53 CPU s): "Parasite has has has …" made the verb cue read the
    auxiliaries from each of them to the run's end, every count of them; now at most four are read,
    each once (no verb is an auxiliary or starts with one). Over the 2 s cap before."""
    from filmfacts.extract.runs import finditer

    with cpu_cap(2.0):
        assert list(finditer(mentions._BODY_CUE, "Parasite" + " has" * 12_000 + ".", mentions._PHRASE_RUNS)) == []
    found = [m.group("t") for m in finditer(mentions._BODY_CUE, "Exhuma has now topped the chart.",
                                             mentions._PHRASE_RUNS)]
    assert found == ["Exhuma"]


def test_a_sentence_of_many_ranks_is_asked_once_what_it_ranks_by(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fuzz run on 79e1e6d (62 KB, 25 CPU s): each of a sentence's thousand places asked whether the
    whole sentence speaks of gross or admissions; the answer is kept for the sentence."""
    searched = _Counting(places._BY_GROSS)
    monkeypatch.setattr(places, "_BY_GROSS", searched)
    places.measure.cache_clear()
    sentence = "It ranked first in admissions, " + "2nd in Seoul, " * 500 + "and drew 1.2 million viewers."
    assert [places.measure(sentence) for _ in range(500)] == ["admissions"] * 500
    assert searched.calls == 1


def test_a_page_of_many_paragraphs_without_article_markup_counts_each_parent_once() -> None:
    """Fuzz run on 79e1e6d (57 KB, 20 CPU s): with no <article> or content class, the reader found the
    element holding the most paragraph text by summing, for each paragraph, every paragraph of its
    parent; each parent is now counted once, and the same one is chosen."""
    from filmfacts.sources.article.html import read_html

    page = ("<html><head><title>Exhuma tops</title></head><body><div class='menu'><p>Home</p></div><div>"
            + "<p>Exhuma drew 1.2 million viewers on Saturday in Seoul.</p>" * 3_000 + "</div></body></html>")
    with cpu_cap(3.0):
        read = read_html(page)
    text = "\n".join(read.lines)
    assert text.count("Exhuma drew 1.2 million viewers") == 3_000 and "Home" not in text


def test_a_sentence_of_many_titles_and_cast_lists_asks_once_per_title_whether_it_is_another_film(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Fuzz run on 732ac5d (50 KB, 17.8 CPU s): for each cast list, every title named before it in the
    sentence was asked again whether it is named as another film ("a remake of X", "(X)"); the answer
    does not depend on the list, so each title is asked once (600 titles: 540,900 asks before, 33 CPU s)."""
    from filmfacts.extract import crew

    asked = _Counting(crew._OTHER_FILM_BEFORE)
    monkeypatch.setattr(crew, "_OTHER_FILM_BEFORE", asked)
    text = "".join(f'the drama "Cold Harbor {i}" in 2016 stars Song Kang-ho, ' for i in range(600)) + "."
    credits = list(crew.extract_crew(_page(text, "news"), "Parasite"))
    assert asked.calls <= 600
    assert {(c.subject, str(c.value.text)) for c in credits} == {("Cold Harbor 0", "Song Kang-ho")}
    text = 'After "Snow Road", the new film "Cold Harbor" from 2016 stars Song Kang-ho and Lee Sun-kyun.'
    credits = list(crew.extract_crew(_page(text, "news"), "Parasite"))
    assert {(c.subject, str(c.value.text)) for c in credits} == {("Cold Harbor", "Song Kang-ho"),
                                                                 ("Cold Harbor", "Lee Sun-kyun")}


def test_a_run_of_ideographic_spaces_in_an_infobox_value_is_read_once() -> None:
    from filmfacts.extract.infobox_values import items, people

    # an HTML or text infobox keeps such a run (wikitext makes it one space): the value's separators, a
    # society after a name and the "(note)" after one were each tried from every place of the run
    value = "Kwak" + "\u3000" * 50_000 + "Sin-ae (producer); Roger Deakins ASC; Bong Joon-ho"
    with cpu_cap():
        assert [p.name for p in people(value, 0)][-2:] == ["Roger Deakins", "Bong Joon-ho"]
    assert [(p.name, p.note) for p in people("Song Kang-ho  (voice) ; Lee Sun-kyun; Roger Deakins ASC", 0)] == [
        ("Song Kang-ho", "voice"), ("Lee Sun-kyun", ""), ("Roger Deakins", "")]
    assert [text for text, _, _ in items("Song Kang-ho ; ; Lee Sun-kyun | | Park So-dam", 0)] == [
        "Song Kang-ho", "Lee Sun-kyun", "Park So-dam"]  # a separator right after another's run


def test_a_bracket_or_a_clause_word_after_a_run_is_looked_for_from_the_run_s_start_only() -> None:
    # `\s*(note)`, `\s+while\s+`, … searched, split or replaced over a value: from each place of a long run
    # the pattern read the rest of the run again (0.1-0.5 s at 10,000 characters, the square of it at a
    # line's length); a run now starts a match only where it starts, and what each finds is unchanged
    from filmfacts.extract import basis, cast, charts, infobox_values, kobis, remakes
    from filmfacts.link import films, matching

    run = "Kim" + " " * SPACES * 2 + "x"
    searched = [cast._NOTE, basis._CLAUSE_END, remakes._CLAUSE_SPLIT, charts._TITLE_NOTE, matching._YEAR_SUFFIX,
                films.EDITION, infobox_values._ROLE_NOTE, infobox_values._ISO_ECHO, kobis._BRACKETED]
    with cpu_cap():
        for pattern in searched:
            assert pattern.sub("", run) == run
    assert cast._NOTE.search("Kim Ki-taek  (voice)").group("note") == "voice"
    assert matching._YEAR_SUFFIX.search("Parasite (2019) ").group(1) == "2019"
    assert kobis._BRACKETED.sub("", "송강호 (기택) (특별출연)") == "송강호"
    assert charts._TITLE_NOTE.sub("", "Parasite [1] (2019)") == "Parasite [1]"
    assert films.EDITION.search("Parasite (Black and White Edition)") is None
    assert films.EDITION.search("Blade Runner: The Final Cut").group("edition") == "The Final Cut"
    assert [m.group(0) for m in remakes._CLAUSE_SPLIT.finditer("a remake  while  it was")] == ["  while  "]
