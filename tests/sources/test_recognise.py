"""Recognising before reading: tables, logs, JSON data, encoded data and random text are named and
refused; every real document the tests hold is not. And the encodings a document file may be in."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from filmfacts.errors import EmptyInput, UnreadableDocument, UnsupportedFormat
from filmfacts.sources import read_text
from filmfacts.sources.encoding import decode, guess_encoding
from filmfacts.sources.recognise import looks_like
from hostile_inputs import NOT_DOCUMENTS, random_words

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"

@pytest.mark.parametrize("name", list(NOT_DOCUMENTS))
def test_what_is_not_a_document_is_named(name: str) -> None:
    text, expected = NOT_DOCUMENTS[name]
    assert looks_like(text) == expected
    with pytest.raises(UnsupportedFormat, match=re.escape(f"x: not a document: it looks like {expected}")):
        read_text(text, "x")


def test_random_words_are_text_with_no_sentences() -> None:
    assert looks_like(random_words()).startswith("text with no sentences (720 words, none of them the common words")


def test_the_docstring_example() -> None:
    assert looks_like("movieId,title,genres\n1,Toy Story (1995),Animation|Children\n2,Jumanji (1995),…") == \
        "a CSV table (3 columns: movieId, title, genres)"


def real_documents() -> list[Path]:
    paths = [*FIXTURES.glob("news/*.txt"), *FIXTURES.glob("news/*.html"), *FIXTURES.glob("articles/*"),
             *FIXTURES.glob("films/*/*.txt"), *(ROOT / "src" / "filmfacts" / "examples").glob("*.txt")]
    cache = ROOT / "bench" / "corpus" / "cache"  # the real pages, where this checkout has them
    return sorted(paths) + sorted(cache.glob("*.txt"))[:400]


def test_no_real_document_looks_like_anything_else() -> None:
    documents = real_documents()
    assert len(documents) > 20
    wrong = {p.name: what for p in documents if (what := looks_like(p.read_text(encoding="utf-8")))}
    assert wrong == {}


def test_prose_in_scripts_without_spaces_is_not_encoded_data() -> None:
    assert looks_like("映画『七人の侍』は黒澤明監督の作品で、一九五四年に公開された。" * 200) == ""
    assert looks_like("영화 기생충은 봉준호 감독의 2019년 작품이다. " * 200) == ""


# ---------------------------------------------------------------- encodings


SEED = (ROOT / "src" / "filmfacts" / "examples" / "000_49b771be7695b533.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("encoded", [
    SEED.encode("utf-8-sig"), SEED.encode("utf-16"), codecs.BOM_UTF16_BE + SEED.encode("utf-16-be"),
    SEED.encode("utf-16-le"), SEED.encode("utf-32")], ids=["utf-8 bom", "utf-16", "utf-16 be", "utf-16 no bom",
                                                           "utf-32"])
def test_unicode_encodings_read_as_the_same_text(encoded: bytes) -> None:
    assert decode(encoded, "x") == SEED


@pytest.mark.parametrize(("text", "codec", "name"), [
    ("영화 기생충은 봉준호 감독의 2019년 작품이다. " * 20, "cp949", "cp949 (Korean)"),
    ("映画『七人の侍』は黒澤明監督の作品です。" * 20, "shift_jis", "Shift-JIS (Japanese)"),
    ("映画『七人の侍』は黒澤明監督の作品です。" * 20, "euc_jp", "EUC-JP (Japanese)"),
    ("电影《寄生虫》是奉俊昊导演的作品。" * 20, "gb18030", "GB18030 (simplified Chinese)"),
    ("電影《寄生上流》是奉俊昊導演的作品。" * 20, "big5", "Big5 (traditional Chinese)"),
    ("Всё о фильме Паразит, который получил Оскар. " * 20, "cp1251", "cp1251 (Cyrillic)"),
    ("Le film a été présenté à Cannes, où il a reçu la Palme d'or. " * 20, "cp1252", "cp1252 (Western European)"),
])
def test_other_encodings_are_refused_by_name(text: str, codec: str, name: str) -> None:
    assert guess_encoding(text.encode(codec)) == (codec, name)
    with pytest.raises(UnreadableDocument) as caught:
        decode(text.encode(codec), "old.txt")
    assert str(caught.value).startswith(f"old.txt: looks like {name} text, not UTF-8 (bad byte at offset")
    assert f"iconv -f {codec} -t utf-8" in str(caught.value)


def test_binary_empty_and_control_characters() -> None:
    with pytest.raises(UnreadableDocument, match="binary file"):
        decode(b"\x00\x01\x02PK\x03\x04" * 50, "x.bin")
    for empty in (b"", b" \n", codecs.BOM_UTF8 + b"\n", "\n".encode("utf-16")):
        with pytest.raises(EmptyInput, match="the file is empty"):
            decode(empty, "x")
    assert decode(b"Title\x1b[2J line\x07\n", "x") == "Title[2J line\n"  # a terminal escape cannot ride along
