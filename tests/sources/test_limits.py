"""The limits on one input (size, line, nesting, claims), the streaming JSON row scan they guard, and
the checks on dates and years in data files."""

from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filmfacts.errors import InvalidValue, LimitExceeded
from filmfacts.sources.checks import check_date, check_year
from filmfacts.sources.dataset import film_rows, kobis
from filmfacts.sources.dataset.film_rows import json_items
from filmfacts.sources.limits import Limits, check_claims, check_lines, check_size, check_words, current, limited

KOBIS = Path(__file__).resolve().parents[1] / "fixtures" / "kobis"


@pytest.mark.parametrize(("field", "value", "flag"), [
    ("line", 5, "--max-line"), ("document_mb", 0, "--max-document-mb"), ("depth", 1, "--max-depth"),
    ("claims", 0, "--max-claims"), ("document_mb", math.nan, "--max-document-mb"), ("word", 39, "--max-word")])
def test_a_limit_too_small_names_its_flag(field: str, value: float, flag: str) -> None:
    with pytest.raises(InvalidValue, match=flag):
        Limits(**{field: value})


def test_limits_apply_inside_the_block_only() -> None:
    assert current() == Limits()
    with limited(Limits(line=1_000)):
        assert current().line == 1_000
        with limited(Limits(line=2_000)):
            assert current().line == 2_000
        assert current().line == 1_000
    assert current() == Limits()


def test_a_long_line_is_refused_with_its_number_length_and_flag() -> None:
    text = "A short first line.\nAnother.\n" + "x" * 300_000 + "\nlast\n"
    with pytest.raises(LimitExceeded) as caught:
        check_lines(text, "long.txt")
    assert str(caught.value) == ("long.txt: line 3 has 300,000 characters, over the limit of 100,000 (--max-line); "
                                 "a document's lines are its paragraphs; if this one is genuine, raise the limit "
                                 "with --max-line")
    assert caught.value.flag == "--max-line" and caught.value.exit_code == 2
    with limited(Limits(line=300_000)):
        check_lines(text, "long.txt")  # at the limit is allowed
    check_lines("y" * 100_000, "edge.txt")


def test_a_long_word_is_refused_with_its_line_length_and_flag() -> None:
    # "ParasiParasi…" of 41 KB: read again from each capital by the name and title patterns
    text = "Parasite (film)\n\nParasite is a 2019 film. " + "Parasi" * 300 + " was a hit.\n"
    with pytest.raises(LimitExceeded) as caught:
        check_words(text, "word.txt")
    assert str(caught.value).startswith(
        "word.txt: line 3 has a word of 1,800 characters ('ParasiParasiParasiParasi'…), over the limit of 1,000 "
        "(--max-word); ")
    assert caught.value.flag == "--max-word" and caught.value.exit_code == 2
    with limited(Limits(word=1_800)):
        check_words(text, "word.txt")
    # what real pages hold: an address, a hyphenated run, Chinese and Japanese written without spaces
    check_words("See https://www.example.com/" + "news/2024/03/exhuma-crosses-ten-million-" * 20 + " for more.", "url")
    check_words("破墓" * 3_000 + "。", "cjk.txt")


def test_size_and_claims() -> None:
    check_size(10 * 1024 * 1024, "ok.txt")
    with pytest.raises(LimitExceeded, match=r"big.txt: the file is 10.0 MB, over the limit of 10.0 MB .*--max-doc"):
        check_size(10 * 1024 * 1024 + 1, "big.txt")
    with limited(Limits(claims=3)):
        check_claims(3, "x")
        with pytest.raises(LimitExceeded, match=r"x: gives 4 claims, over the limit of 3 .*--max-claims"):
            check_claims(4, "x")


# ---------------------------------------------------------------- the streaming scan of a JSON array


def chunked(text: str, sizes: list[int]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        out.append(text[pos:pos + size])
        pos += size
    return [*out, text[pos:]]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(json_values, max_size=6), st.lists(st.integers(1, 9), max_size=40), st.booleans())
def test_the_scan_finds_every_item_whatever_the_chunks(items: list[object], sizes: list[int], pretty: bool) -> None:
    text = json.dumps(items, indent=1 if pretty else None, ensure_ascii=False)
    found = list(json_items(iter(chunked(text, sizes)), "x.json"))
    assert [json.loads(t) for _, t, problem in found if not problem] == items
    assert all(not problem for _, _, problem in found)
    lines = [line for line, _, _ in found]
    assert lines == sorted(lines) and all(line >= 1 for line in lines)


def test_escaped_quotes_and_brackets_inside_strings_are_not_structure() -> None:
    items = [{"title": 'a "]}[{" b \\', "cast": ["\\\"", "]"]}, "x,y", 3]
    text = json.dumps(items)
    for size in (1, 2, 3, 7):
        chunks = [text[i:i + size] for i in range(0, len(text), size)]
        assert [json.loads(t) for _, t, _ in json_items(iter(chunks), "x")] == items


def test_a_row_nested_past_the_limit_is_named_not_parsed() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    text = f'[{{"title": "A"}},\n{{"title": "B", "cast": {deep}}},\n{{"title": "C"}}]'
    found = list(json_items(iter([text]), "x.json"))
    assert [(line, bool(t), problem) for line, t, problem in found] == [
        (1, True, ""), (2, False, "nested more than 200 levels deep (--max-depth)"), (3, True, "")]


def test_a_row_past_the_size_limit_is_named_not_held() -> None:
    text = '[{"title": "A", "cast": [' + ",\n".join(['"x"'] * 1000) + ']},\n{"title": "B"}]'
    with limited(Limits(document_mb=0.001)):  # 1,048 bytes
        found = list(json_items(iter([text[i:i + 500] for i in range(0, len(text), 500)]), "x.json"))
    assert [(line, problem) for line, _, problem in found] == [
        (1, "larger than the limit of 0.001 MB for one document (--max-document-mb)"), (1001, "")]
    assert found[0][1] == "" and json.loads(found[1][1]) == {"title": "B"}


@pytest.mark.parametrize(("text", "message"), [
    ('{"title": "A"}', "not a JSON array"), ('[{"title": "A"}', "not closed"), ('[{"title": "A"}] x', "after the")])
def test_a_file_that_is_not_one_array(text: str, message: str) -> None:
    with pytest.raises(Exception, match=message):
        list(json_items(iter([text]), "x.json"))


def test_a_film_row_with_an_impossible_year_is_reported_with_its_row_and_line(tmp_path: Path) -> None:
    path = tmp_path / "films.json"
    path.write_text(json.dumps([{"title": "Good", "year": 2001}, {"title": "Bad", "year": 20011}], indent=1))
    with pytest.raises(InvalidValue, match=r"films.json: row 1 \(line 6\): year is 20011, not a possible year"):
        list(film_rows.iter_documents(path))
    bad: list[tuple[str, str]] = []
    assert [d.title for d in film_rows.iter_documents(path, on_bad=lambda *a: bad.append(a))] == ["Good"]
    assert bad[0][0].endswith("films.json#row=1")


# ---------------------------------------------------------------- dates and years


@pytest.mark.parametrize("value", ["2024-03-01", "2024-03", "1999", "2024-02-29"])
def test_possible_dates(value: str) -> None:
    assert check_date(value, "--published") == value


@pytest.mark.parametrize(("value", "message"), [
    ("notadate", "is not a date"), ("2024-13-99", "is not a date"), ("2023-02-29", "is not a date"),
    ("20240301", "is not a date"), ("1066-10-14", "is not a possible date"), ("2999-01-01", "is not a possible date")])
def test_impossible_dates(value: str, message: str) -> None:
    with pytest.raises(InvalidValue, match=f"--published '{value}' {message}"):
        check_date(value, "--published")


@pytest.mark.parametrize("value", [20011, "soon", 1066, True, "19 99"])
def test_impossible_years(value: object) -> None:
    with pytest.raises(InvalidValue, match="not a possible year"):
        check_year(value, "row 3: year")


def test_a_kobis_date_that_is_no_day_is_reported_with_file_and_line(tmp_path: Path) -> None:
    lines = gzip.decompress((KOBIS / "daily_boxoffice_2024_sample.csv.gz").read_bytes()).decode().splitlines()
    cells = lines[3].split(",")
    cells[-3] = "20241399"
    lines[3] = ",".join(cells)
    path = tmp_path / "daily_boxoffice_2024.csv"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(InvalidValue) as caught:
        list(kobis.iter_documents(path))
    assert str(caught.value).startswith(f"{path}: line 4: dt '20241399', read as '2024-13-99' is not a date")
