"""Labelled lines in every shape a saved page keeps them → fields; the saved page's header; text
readers that carve the labelled lines into an `Infobox` section. Our own example lines."""

from __future__ import annotations

import pytest

from filmfacts.sources import read_text
from filmfacts.sources.labels import field_name, find_fields, read_label
from filmfacts.sources.layout import main_language
from filmfacts.sources.saved_page import split_saved
from filmfacts.sources.wiki import plain_extract


def fields_of(text: str) -> list[tuple[str, str]]:
    found, _ = find_fields(text)
    for f in found:
        assert text[f.start:f.end] == f.value
    return [(f.name, f.value) for f in found]


@pytest.mark.parametrize(("label", "name"), [
    ("Directed by", "director"), ("Director", "director"), ("Réalisation", "director"), ("Regie", "director"),
    ("감독", "director"), ("監督", "director"), ("导演", "director"), ("Release date(s)", "released"),
    ("Running time:", "runtime"), ("上映時間", "runtime"), ("Box office", "gross"), ("Revised Romanization", "rr"),
    ("Hometown", ""),
])
def test_one_vocabulary_of_labels(label: str, name: str) -> None:
    assert field_name(label) == name


def test_dash_lines_of_a_wikipedia_text_save() -> None:
    text = ("- Director: Jane Roe\n- Producer: Ann Lee, Bo Kim\n- Starring: Cy Park, Di Moon, Ed\n"
            "- Runtime: 101 minutes\n")
    assert fields_of(text) == [("director", "Jane Roe"), ("producer", "Ann Lee, Bo Kim"),
                               ("starring", "Cy Park, Di Moon, Ed"), ("runtime", "101 minutes")]


def test_pipe_rows_with_a_title_row_and_broken_rows() -> None:
    text = ("| Lantern Road | |\n|---|---|\nTheatrical release poster | |\n| Hangul | 등불길 |\n"
            "| Directed by | Jane Roe |\n| Starring |\n|\n| Produced by | Ann Lee Bo Kim |\n"
            "Running time | 101 minutes[1] | ||||\n")
    assert fields_of(text) == [("title", "Lantern Road"), ("hangul", "등불길"), ("director", "Jane Roe"),
                               ("producer", "Ann Lee Bo Kim"), ("runtime", "101 minutes[1]")]


def test_glued_labels_and_values_on_the_lines_under_them() -> None:
    text = "Directed byJane Roe\nWritten byJane Roe\nAnn Lee\nStarringCy Park\nDi Moon\nCountrySouth Korea\n"
    assert fields_of(text) == [("director", "Jane Roe"), ("writer", "Jane Roe\nAnn Lee"),
                               ("starring", "Cy Park\nDi Moon"), ("country", "South Korea")]


def test_space_separated_labels_count_only_in_a_run() -> None:
    run = "Directed by Jane Roe\nProduced by Ann Lee\nLanguage Korean\n"
    assert fields_of(run) == [("director", "Jane Roe"), ("producer", "Ann Lee"), ("language", "Korean")]
    # one such line in prose is a sentence, not a field
    assert fields_of("Directed by Jane Roe, the film follows two sisters who move to the coast.\n") == []
    assert read_label("Countryside life suits her.") is None


def test_cjk_labels_spaced_and_glued_and_a_label_broken_over_two_lines() -> None:
    text = "監督 山田太郎\n脚本 山田太郎\n佐藤花子\n出演者 鈴木一郎\n上映時間 98分\n"
    assert fields_of(text) == [("director", "山田太郎"), ("screenplay", "山田太郎\n佐藤花子"),
                               ("starring", "鈴木一郎"), ("runtime", "98分")]
    assert fields_of("导演李明\n主演王芳\n片长95 分鐘\n") == [("director", "李明"), ("starring", "王芳"),
                                                       ("runtime", "95 分鐘")]
    broken = "Directed by | Jane Roe |\nProduction\ncompany | Lamp Films |\nCountry | France |\n"
    assert ("studio", "Lamp Films") in fields_of(broken)


def test_an_unknown_label_ends_the_value_above_it() -> None:
    text = "장르: 드라마\n감독: 김하나\n상영시간: 120분\n관람등급: 12세 이상\n시놉시스:\n"
    assert fields_of(text) == [("genre", "드라마"), ("director", "김하나"), ("runtime", "120분")]


def test_the_saved_page_header() -> None:
    page = split_saved("URL: https://example.org/news/1\n\n date 2019-06-11 The film opened.\n")
    assert (page.url, page.published, page.text) == ("https://example.org/news/1", "2019-06-11", "The film opened.\n")
    assert split_saved("The film opened.").url == ""
    assert split_saved("URL: https://example.org/a\n\n date 2023-08 Text").published == "2023-08"


def test_a_wikipedia_text_save_is_read_with_its_infobox_carved_out() -> None:
    text = ("URL: https://en.wikipedia.org/wiki/Lantern_Road\n\n= Lantern Road =\n\nLantern Road\n"
            "- Director: Jane Roe\n- Starring: Cy Park, Di Moon\n- Runtime: 101 minutes\n\n"
            "Lantern Road () is a 2031 South Korean drama film directed by Jane Roe.\n\n==Plot==\nA road.\n")
    assert plain_extract.sniff(text)
    doc = read_text(text, "t.txt")
    assert (doc.format, doc.kind, doc.site, doc.title) == ("wikipedia_extract", "encyclopedia", "Wikipedia",
                                                           "Lantern Road")
    assert [(f.name, f.value) for f in doc.fields][:2] == [("title", "Lantern Road"), ("director", "Jane Roe")]
    assert [f.name for f in doc.fields][2:] == ["starring", "runtime"]
    box = next(s for s in doc.sections if s.path == ("Infobox",))
    assert doc.text[box.start:box.end].startswith("- Director: Jane Roe")
    lead = [doc.text[s.start:s.end] for s in doc.sections if s.path == ()]
    assert any("is a 2031 South Korean drama film" in part for part in lead)
    assert not any("Director" in part for part in lead)


def test_a_copy_on_another_site_is_a_mirror_and_a_news_page_keeps_its_stored_date() -> None:
    text = ("URL: https://copies.example.net/wiki/Lantern_Road\n\n= Lantern Road =\n\n"
            "Lantern Road is a 2031 South Korean drama film.\n\n==Plot==\nA road.\n")
    assert read_text(text, "t.txt").kind == "wiki_mirror"
    news = ("URL: https://news.example.com/2031/05/lantern-road-opens\n\n date 2031-05-04 Lantern Road drew "
            "120,000 moviegoers on its opening day, the distributor said on Sunday, topping the chart.\n")
    doc = read_text(news, "n.txt")
    assert (doc.kind, doc.published) == ("news", "2031-05-04")
    assert "date 2031" not in doc.text


def test_pages_in_chinese_and_japanese_are_read() -> None:
    zh = ("URL: https://zh.example.com/a\n\n《灯路》是2031年上映的香港電影，由李明執導，王芳主演，講述兩姊妹的故事。"
          "影片在香港上映後票房理想，成為當年最受歡迎的電影之一。\n")
    doc = read_text(zh, "zh.txt")
    assert doc.format == "article" and doc.language == "zh"
    assert main_language("山田太郎が監督した映画で、2031年に公開された。興行収入は10億円を超えた。") == "ja"


def test_several_labels_on_one_line_and_a_heading_word_before_a_label() -> None:
    assert fields_of("Cinematography: Ann Lee Editing: Bo Kim Music: Cy Park Costume Design: Di Moon\n") == [
        ("cinematography", "Ann Lee"), ("editing", "Bo Kim"), ("music", "Cy Park")]
    assert fields_of("Credits:Directed by: Jane Roe\nCast: Cy Park\n") == [("director", "Jane Roe"),
                                                                        ("starring", "Cy Park")]


def test_the_title_lines_above_an_infobox_of_lines() -> None:
    text = ("灯の道\nLantern Road\nポスター\n監督 山田太郎\n脚本 山田太郎\n出演者 鈴木一郎\n")
    assert fields_of(text)[:2] == [("title", "灯の道"), ("title_alt", "Lantern Road")]
    card = "LANTERN ROAD (South Korea, 2031)\nDirected by: Jane Roe\nStarring: Cy Park\n"
    assert fields_of(card)[0] == ("title", "LANTERN ROAD (South Korea, 2031)")
    rated = "Lantern Road (2031)\n\nPG: 13\n\nDuration: 2 hr 6 min\n\nGenre: Drama\n\nDirector: Jane Roe\n"
    assert fields_of(rated)[0] == ("title", "Lantern Road (2031)")
