"""Which film each figure of an article is about (extract.mentions)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from article_docs import article, at

from filmfacts.errors import NoFilmFound
from filmfacts.extract.film_phrases import not_a_film, quoted_title
from filmfacts.extract.mentions import film_for, films_named, mentions, primary_film
from filmfacts.extract.subject import find_subject
from filmfacts.model import Field

WEEKEND = (
    "Occult thriller 'Exhuma' stayed at No. 1 for a second weekend, drawing 1.97 million viewers from "
    "Friday to Sunday, according to the Korean Film Council.\n"
    "The film has sold 4.5 million tickets since its Feb. 22 release.\n"
    "Dune: Part Two, which opened on Wednesday, came second with 1.1 million admissions, while "
    "Wonka slipped to third with 92,000.\n"
    "Local comedy \"Citizen of a Kind\" drew 47,000 and \"The Devil's Deal\" took fifth place with 33,000.\n"
    "Dune has earned 12.6 billion won so far."
)


def test_a_weekend_report_gives_each_figure_to_the_film_of_its_clause() -> None:
    doc = article(WEEKEND, kind="box_office_report", title="'Exhuma' holds top spot as 'Dune' sequel opens",
                  published="2024-03-04")
    assert films_named(doc)[:5] == ["Exhuma", "Dune: Part Two", "Wonka", "Citizen of a Kind", "The Devil's Deal"]
    expected = {"1.97 million": "Exhuma", "4.5 million": "Exhuma", "1.1 million": "Dune: Part Two",
                "92,000": "Wonka", "47,000": "Citizen of a Kind", "33,000": "The Devil's Deal",
                "12.6 billion": "Dune: Part Two"}
    assert {figure: film_for(doc, at(doc, figure), "?") for figure in expected} == expected
    assert primary_film(doc) == "Exhuma"


STORY = (
    "Lee Hwan-kyung's comedy Miracle in Cell No. 7 passed 10 million admissions on Saturday, 32 days "
    "after its release, the eighth Korean film to do so.\n"
    "Despite the release of The Berlin File a week later, it kept selling more tickets each weekend "
    "than The Berlin File, which stood at 6.2 million.\n"
    "It drew 420,000 on Saturday alone."
)


def test_a_story_about_one_film_keeps_its_figures_off_the_competitor() -> None:
    doc = article(STORY, title="Prison comedy joins the 10 million club", published="2013-02-25")
    assert primary_film(doc) == "Miracle in Cell No. 7"
    competitor = [m for m in mentions(doc) if m.title == "The Berlin File"]
    assert competitor and all(m.competitor for m in competitor)
    assert film_for(doc, at(doc, "10 million"), "?") == "Miracle in Cell No. 7"
    assert film_for(doc, at(doc, "each weekend"), "?") == "Miracle in Cell No. 7"
    assert film_for(doc, at(doc, "420,000"), "?") == "Miracle in Cell No. 7"
    # the competitor's own figure, in the clause that names it
    assert film_for(doc, at(doc, "6.2 million"), "?") == "The Berlin File"


def test_encyclopedic_pages_are_about_their_subject_whatever_they_name() -> None:
    doc = article(STORY, kind="encyclopedia")
    assert film_for(doc, at(doc, "6.2 million"), "The subject") == "The subject"


def test_a_forum_post_naming_one_film_is_all_about_it() -> None:
    text = ("Just came back from seeing Parasite (2019) for the third time lol\n"
            "the theater was packed on a tuesday. it must be near 10 million by now, ppl say it crossed "
            "9 million last week")
    doc = article(text, kind="forum", title="anyone else rewatching?", published="2019-06-20")
    assert primary_film(doc) == "Parasite"
    assert film_for(doc, at(doc, "9 million"), "") == "Parasite"


def test_a_short_title_and_the_film_refer_back_to_the_full_title() -> None:
    text = ("The sequel Dune: Part Two opened on 1,300 screens.\n"
            "Dune sold 200,000 tickets on its first day, and the film added 180,000 on Thursday.")
    doc = article(text, published="2024-03-01")
    assert films_named(doc) == ["Dune: Part Two"]
    assert film_for(doc, at(doc, "180,000"), "") == "Dune: Part Two"


def test_quoted_remarks_and_people_are_not_films() -> None:
    text = ('"We are grateful to every moviegoer," the distributor said.\n'
            "Ryu Seung-ryong earned praise for his role, and the film sold 300,000 tickets.")
    doc = article(text, published="2013-02-01")
    assert films_named(doc) == []
    assert primary_film(doc) == ""
    assert film_for(doc, at(doc, "300,000"), "Default") == "Default"


def test_titles_in_brackets_and_capitals_are_films() -> None:
    text = "《파묘》 drew 1.2 million viewers on its first weekend. <MIRACLE IN CELL NO.7> topped the chart in 2013."
    doc = article(text, published="2024-02-26")
    assert films_named(doc) == ["파묘", "Miracle in Cell No.7"]
    assert film_for(doc, at(doc, "2013"), "") == "Miracle in Cell No.7"


LISTS = (
    "\"Veteran,\" the action comedy by Ryoo Seung-wan, drew 13.4 million viewers, the fifth Korean film to do so "
    "after \"Silmido,\" \"Taegukgi\" and \"The Host.\" Counting \"Avatar,\" it is the sixth of any nationality.\n"
    "Directed by Ryoo Seung-wan, the film stars Hwang Jung-min and Yoo Ah-in.\n"
    "It is now ahead of \"The Thieves,\" the 2012 heist film that finished its run with 12,983,330 admissions."
)


def test_titles_listed_after_a_competitor_are_competitors_and_the_film_is_the_page_s() -> None:
    doc = article(LISTS, title="'Veteran' passes 13 million", published="2015-09-30")
    comp = {m.title: m.competitor for m in mentions(doc) if m.how == "quote"}
    assert comp == {"Veteran": False, "Silmido": True, "Taegukgi": True, "The Host": True, "Avatar": True,
                    "The Thieves": True}
    # a new paragraph that names no film yet: "the film" is the page's
    assert film_for(doc, at(doc, "Hwang Jung-min"), "?") == "Veteran"
    # an appositive with a relative clause describes the competitor just before it
    assert film_for(doc, at(doc, "12,983,330"), "?") == "The Thieves"


def test_quoted_titles_keep_american_commas_and_romanised_particles_out() -> None:
    doc = article("\"Harbin,\" the period drama, drew 903,847 viewers. \"Demon Slayer: Kimetsu no Yaiba - To the "
                  "Hashira Training\" was seventh with 31,241.", published="2024-12-30")
    assert films_named(doc) == ["Harbin", "Demon Slayer: Kimetsu no Yaiba - To the Hashira Training"]


# ---------------------------------------------------------------- what is and is not a film


def test_a_director_s_film_is_the_film_and_the_director_no_film() -> None:
    text = ("Director Ari Lasko said the reshoots were worth every day.\n"
            "Ari Lasko's Midnight Harbor drew 1.2 million viewers over its first weekend.")
    doc = article(text, published="2024-05-06")
    assert films_named(doc) == ["Midnight Harbor"]
    assert film_for(doc, at(doc, "1.2 million"), "") == "Midnight Harbor"


def test_people_places_festivals_and_labels_in_a_film_s_position_are_no_films() -> None:
    text = ("Kim Ha-neul and Lee Do-hyun drew crowds of 5,000 at the premiere.\n"
            "The Busan International Film Festival drew 150,000 visitors, and North America topped $3 million.\n"
            "Category: Golden Reel Award\n"
            "\"Midnight Harbor\" sold 300,000 tickets.")
    doc = article(text, published="2024-05-06")
    assert films_named(doc) == ["Midnight Harbor"]


def test_a_work_of_another_kind_is_no_film() -> None:
    text = ("Based on the novel 'The Glass Tide', 'Midnight Harbor' drew 400,000 viewers, and the song "
            "'Blue Rain' topped the music charts.")
    doc = article(text, published="2024-05-06")
    assert films_named(doc) == ["Midnight Harbor"]
    assert primary_film(doc) == "Midnight Harbor"


def test_a_sentence_s_end_and_a_list_number_are_not_part_of_a_title() -> None:
    text = ("Reviews were warm, according to The Daily Reporter. It drew 80,000 viewers.\n"
            "542. Midnight Harbor (2021)")
    doc = article(text, published="2024-05-06")
    assert "Midnight Harbor" in films_named(doc)
    assert not any(t.endswith(". It") or t.startswith("542") for t in films_named(doc))


def test_a_capitalised_run_naming_a_known_film_is_that_film() -> None:
    text = ("'Midnight Harbor' opened on Wednesday.\n"
            "Crowd-pleaser Midnight Harbor drew 500,000 viewers, while Bong Joon-ho drew praise at 3 festivals.")
    doc = article(text, published="2024-05-06")
    assert films_named(doc) == ["Midnight Harbor"]
    assert film_for(doc, at(doc, "500,000"), "") == "Midnight Harbor"


def test_every_later_mention_of_a_named_film_counts_and_a_fuller_title_joins_it() -> None:
    text = ("SILVER NIGHT topped the chart.\n"
            "Opening with 2.1 million viewers, Silver Night: The Last Ferry made the year's best start. "
            "Old Harbor, meanwhile, slipped to second with 300,000 viewers after 'Old Harbor' led for weeks.")
    doc = article(text, kind="box_office_report", published="2024-05-06")
    assert set(films_named(doc)) == {"Silver Night: The Last Ferry", "Old Harbor"}
    assert film_for(doc, at(doc, "2.1 million"), "") == "Silver Night: The Last Ferry"
    assert film_for(doc, at(doc, "300,000"), "") == "Old Harbor"


def test_titles_in_capitals_in_a_headline_are_films_and_a_surname_in_capitals_is_a_person() -> None:
    doc = article("Silver Night drew 300,000 viewers over the weekend. KIM Ji-won directed it.",
                  kind="box_office_report", title="KIM Ji-won’s SILVER NIGHT Tops the Box Office",
                  published="2024-05-06")
    assert primary_film(doc) == "Silver Night"
    assert all("Kim" not in t and "KIM" not in t for t in films_named(doc))


def test_a_sentence_case_headline_names_the_film_its_body_names_again() -> None:
    doc = article("I have seen it four times. This was especially notable since Silver Night had a tiny budget.",
                  kind="blog", title="Why I keep rewatching Silver Night", published="2024-05-06")
    assert primary_film(doc) == "Silver Night"


def test_a_headline_s_adverb_is_not_part_of_the_title() -> None:
    doc = article("Silver Night is nominated in six categories.", title="Silver Night Just Made History",
                  published="2024-05-06")
    assert primary_film(doc) == "Silver Night"


def test_a_credit_is_not_the_film_the_clause_is_about() -> None:
    text = ("Silver Night opened with 900,000 viewers.\n"
            "From Old Ferry (2015) director KIM Ji-won, the film stars HAN Min-ho.")
    doc = article(text, published="2024-05-06")
    assert primary_film(doc) == "Silver Night"
    assert film_for(doc, at(doc, "HAN Min-ho"), "Silver Night") == "Silver Night"


def test_a_bare_figure_on_its_own_line_is_nobody_s_on_a_page_of_several_films() -> None:
    text = "Silver Night led the weekend with 900,000 viewers, ahead of Old Harbor.\nOld Harbor\n$14,000,000"
    doc = article(text, published="2024-05-06")
    assert film_for(doc, at(doc, "$14,000,000"), "Silver Night") == ""


# ---------------------------------------------------------------- Korean, Japanese, Chinese pages


def test_korean_titles_in_single_quotes_take_particles_and_names_with_roles_are_not_titles() -> None:
    text = ("영화 '바람의 집'이 개봉 첫날 12만 명의 관객을 동원했다. "
            "'바람의 집'은 '달빛 소나타'를 제치고 1위에 올랐다.\n"
            "김하늘(수진 역)과 이도현(민호 역)이 출연한다. \"정말 감사하다\"고 말했다.")
    doc = article(text, published="2024-05-06", language="ko")
    assert films_named(doc) == ["바람의 집", "달빛 소나타"]
    assert primary_film(doc) == "바람의 집"
    assert [m.competitor for m in mentions(doc) if m.title == "달빛 소나타"] == [True]
    assert film_for(doc, at(doc, "12만"), "") == "바람의 집"


def test_a_copied_encyclopedia_page_is_about_its_defining_sentence_s_film() -> None:
    text = ("Silver Night\nTheatrical release poster\nDirected byKim Ji-won\nStarringHan Min-ho\n"
            "Box officeUS$12 million[2]\n"
            "Silver Night[1] is a 2021 South Korean thriller film directed by Kim Ji-won. "
            "It follows a ferry pilot in Old Harbor.")
    doc = article(text, kind="wiki_mirror", title="Theatrical release poster")
    assert primary_film(doc) == "Silver Night"


def test_defining_sentences_in_japanese_chinese_and_korean() -> None:
    for text, title in (("『月の港』（つきのみなと）は、2021年に公開された日本映画である。", "月の港"),
                        ("《月光港》是2021年上映的中国电影，由某导演执导。", "月光港"),
                        ("《바람의 집》은 2021년 개봉한 대한민국의 영화이다.", "바람의 집")):
        assert primary_film(article(text + "\n" + text[:4], kind="wiki_mirror")) == title


def test_a_page_s_address_names_its_film_when_the_text_writes_it_as_a_title() -> None:
    from dataclasses import replace

    text = ("Silver Night: The Last Ferry exploded into theaters this weekend with $50 million, far ahead of "
            "last year's record.\nDirector Ann Vale thanked the crew.")
    doc = replace(article(text, published="2024-05-06"),
                  url="https://example.com/weekend-box-office-silver-night-the-last-ferry-record/")
    assert primary_film(doc) == "Silver Night: The Last Ferry"
    assert film_for(doc, at(doc, "$50 million"), "") == "Silver Night: The Last Ferry"
    people = replace(article("Ann Vale thanked the crew of the night shift.", published="2024-05-06"),
                     url="https://example.com/ann-vale-thanks-crew/")
    assert primary_film(people) == ""


def test_an_address_of_thousands_of_words_is_read_for_its_first_words_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # each word of an address was looked for in the whole text: "/2/2/2/…" (47 KB) over 10 CPU seconds,
    # found by bench/fuzz_bench.py
    from dataclasses import replace

    from filmfacts.extract import mentions as module

    looked: list[str] = []
    real = module._alone_in_sentences

    def counted(text: str, word: str) -> int:
        looked.append(word)
        return real(text, word)

    monkeypatch.setattr(module, "_alone_in_sentences", counted)
    text = '"Silver Night" opened with $50 million.\nSilver Night is a hit, and Dune came second.'
    doc = replace(article(text, published="2024-05-06"),
                  url="https://example.com/silver-night-dune-record/" + "/".join(["2"] * 3_000))
    assert primary_film(doc) == "Silver Night"
    assert 0 < len(looked) <= module.ADDRESS_WORDS


def test_a_figure_in_brackets_looks_up_the_titles_ending_just_before_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # every mention of the page was looked at for each bracketed figure: a 61 KB report of 2,482 figures
    # took 21 CPU s (bench/fuzz_bench.py)
    from filmfacts.extract import mentions as module

    windows: list[int] = []
    real = module._ending

    def counted(found: tuple[module.Mention, ...], lo: int, hi: int) -> list[module.Mention]:
        windows.append(hi - lo)
        return real(found, lo, hi)

    monkeypatch.setattr(module, "_ending", counted)
    names = [f"Night Ferry {chr(65 + i)}" for i in range(20)]
    text = "The chart: " + ", ".join(f'"{n}" (${i + 1}.5 million)' for i, n in enumerate(names)) + "."
    doc = article(text, published="2024-05-06")
    for i, n in enumerate(names):
        assert film_for(doc, at(doc, f"${i + 1}.5 million"), "") == n
    assert windows and max(windows) <= 3


def test_a_colon_before_a_person_and_someone_s_film_are_not_titles() -> None:
    doc = article("Silver Night passed $1 billion on Sunday. The Ann Vale directorial is the first to do so.",
                  title="Silver Night: Ben Cole, Ann Vale's film becomes the first to hit $1 bn",
                  published="2024-05-06")
    assert primary_film(doc) == "Silver Night"
    assert films_named(doc) == ["Silver Night"]


def test_another_film_of_the_franchise_named_by_its_place_is_nobody_s() -> None:
    text = ("Silver Night 2 has grossed $1.3 billion. The first film, released in 2019, earned $70 million.")
    doc = article(text, published="2025-03-01")
    assert film_for(doc, at(doc, "$1.3 billion"), "Silver Night 2") == "Silver Night 2"
    assert film_for(doc, at(doc, "$70 million"), "Silver Night 2") == ""


def test_the_first_film_named_by_its_plain_title_is_not_the_numbered_sequel() -> None:
    text = ("Silver Night 2 opened with $40 million. The first version of Silver Night, released in 2019, "
            "grossed only $3 million in North America.")
    doc = article(text, title="'Silver Night' tries again", published="2025-03-01")
    assert primary_film(doc) == "Silver Night 2"
    assert film_for(doc, at(doc, "$3 million"), "Silver Night 2") in ("Silver Night", "")


def test_a_title_alone_on_a_top_line_is_the_page_s_film_when_its_headline_is_a_line_of_facts() -> None:
    text = ("Silver Night\nSouth Korea | 2022 | 139 min. | Kim Ji-won\n"
            "Kim Ji-won's acclaimed Silver Night returns for one night, with 300 seats sold.")
    doc = article(text, title="South Korea | 2022 | 139 min. (Film 120 min. + Q&A 19 min.) | Kim Ji-won",
                  published="2024-05-06")
    assert primary_film(doc) == "Silver Night"
    assert film_for(doc, at(doc, "300 seats"), "") == "Silver Night"


def test_a_title_inside_a_longer_quoted_name_named_once_stays_itself() -> None:
    text = ("Films told of the \"White Star Ferry Silver Night\" long before this one.\n"
            "In this version of Silver Night, the ship sinks twice; Silver Night drew 3 million viewers.")
    doc = article(text, title="Silver Night (1953): a review", published="2024-05-06")
    assert primary_film(doc) == "Silver Night"
    assert film_for(doc, at(doc, "3 million"), "") == "Silver Night"


def test_films_listed_with_their_figures_in_brackets_are_each_their_own() -> None:
    text = ("Despite a clash against Ann Vale's Old Harbor, the film crossed $700 million. Old Harbor opened the "
            "same day.\n"
            "The year's top films are The Night Ferry Bros. Movie ($1.35 billion), Ann Vale's Old Harbor "
            "($1.2 billion) and Studio's Silver Night Vol. 3 ($845 million). Her best remain Blue Night "
            "(USD 1.006 billion) and Blue Night Rises (USD 1.08 billion).")
    doc = article(text, title="Red Dawn crosses $700 million", published="2023-08-20")
    assert primary_film(doc) == "Red Dawn"
    assert film_for(doc, at(doc, "$700 million"), "Red Dawn") == "Red Dawn"
    for figure, film in (("$1.35 billion", "The Night Ferry Bros. Movie"), ("$1.2 billion", "Old Harbor"),
                         ("USD 1.006", "Blue Night"), ("USD 1.08", "Blue Night Rises")):
        assert film_for(doc, at(doc, figure), "Red Dawn") == film


def test_a_two_syllable_korean_title_is_found_again_without_its_quotes() -> None:
    text = ("김 감독의 '은강'이 개봉 20일 만에 관객 500만명을 넘었다.\n"
            "배급사에 따르면 은강은 지난 주말 30만명을 모았다. 지금까지 500만명을 넘은 영화는 '북해(620만명)' 등이다. "
            "은강이 이 추세를 이어간다면 '북해'의 기록을 넘을 전망이다.")
    doc = article(text, published="2024-05-06")
    assert primary_film(doc) == "은강"
    assert film_for(doc, at(doc, "30만명"), "") == "은강"


def test_a_numbered_title_named_again_and_again_is_not_its_first_film() -> None:
    text = ("Silver Night 2, the sequel to the animated comedy Silver Night, opened with $40 million.\n"
            "Silver Night 2 is now the year's biggest hit. Critics liked Silver Night 2 more than Jiao's 2019 "
            "surprise hit Silver Night, which earned $700 million.")
    doc = article(text, published="2025-03-01")
    named = {(doc.text[m.start:m.end], m.title) for m in mentions(doc) if m.start >= 0 and m.how != "anaphor"}
    assert ("Silver Night 2", "Silver Night 2") in named
    assert ("Silver Night", "Silver Night") in named
    assert primary_film(doc) == "Silver Night 2"
    assert film_for(doc, at(doc, "$700 million"), "") == "Silver Night"


def test_a_japanese_report_s_beaten_film_and_abbreviated_title() -> None:
    text = ("配給会社は、アニメ映画「銀の夜の物語」が興行収入で「北の海」(1997年)を抜き、新記録を達成したと発表した。"
            "「銀の夜−」の興行収入は約261億円となり、これまで最高記録だった「北の海」の約259億円を超えた。")
    doc = article(text, published="2001-11-13", language="ja")
    rivals = [m for m in mentions(doc) if m.title == "北の海"]
    assert rivals and all(m.competitor for m in rivals)
    assert {m.title for m in mentions(doc) if m.how != "anaphor"} == {"銀の夜の物語", "北の海"}
    assert primary_film(doc) == "銀の夜の物語"


def test_a_page_naming_only_a_rival_or_a_source_film_has_no_film_of_its_own() -> None:
    rival = article("Dir. Ann Vale. 2002. 98mins.\nThe film took $7 million, where it edged out The Long Harbor "
                    "And The Iron Gate.", published="2003-01-05")
    assert primary_film(rival) == ""
    source = article("Release Date: 1960\nSynopsis: An Americanized version of the Akira Kurosawa classic The Long "
                     "Harbor, with a memorable score.", published="2010-01-05")
    assert primary_film(source) == ""


def test_a_review_opening_with_an_apposition_names_its_film() -> None:
    text = ("Dir. Ann Vale. Hong Kong. 2002. 98mins.\n"
            "A smart Hong Kong action thriller, Silver Harbor stands to prove a hit abroad. It took $7.1m at home.")
    doc = article(text, published="2003-01-05")
    assert primary_film(doc) == "Silver Harbor"


def test_a_defining_sentence_s_apposition_is_not_the_title() -> None:
    text = ("Silver Night, a tale of two lonely children in a frozen town, is a vampire film that reimagines the "
            "genre. Silver Night drew 3 million viewers.")
    doc = article(text, title="Cold blood", published="2009-03-22")
    assert primary_film(doc) == "Silver Night"


def test_a_film_guide_entry_with_its_article_last_and_the_remake_s_source() -> None:
    text = ("Lake Cabin, The (2006, USA) C-98m. D: Ann Vale. Starring Tom Reed. Intriguing drama is a remake of "
            "the Korean SILVER NIGHT (2000), though it works less well.")
    doc = article(text, published="2010-01-05")
    assert primary_film(doc) == "The Lake Cabin"
    source = [m for m in mentions(doc) if m.title == "Silver Night"]
    assert source and all(m.competitor for m in source)


def test_a_person_s_page_on_one_of_their_films_is_about_the_film() -> None:
    text = ("Ann Vale's theme for The Long Harbor must rate as one of the finest ever written.\n"
            "Composer: Ann Vale was a true master of the film score.")
    doc = article(text, title="Ann Vale: The Long Harbor", published="2015-01-05")
    assert primary_film(doc) == "The Long Harbor"


def test_a_festival_s_edition_is_no_film_and_a_title_line_keeps_its_film_without_the_year() -> None:
    text = ("Screened as part of LFF 2008\n\nThe Long Harbor 2008\n\nDirected by Ann Vale\n\n"
            "A striking addition to the genre, the supremely creepy The Long Harbor introduces a lonely vampire.")
    doc = article(text, title="Rotterdam, Tribeca 2008", published="2008-07-01")
    assert films_named(doc) == ["The Long Harbor"]
    assert primary_film(doc) == "The Long Harbor"


def test_a_title_with_its_original_in_brackets_is_a_film() -> None:
    text = ("Since opening in August, Ann Vale's Silver Night (Gin no Yoru no Monogatari) has been a force at "
            "the box office, with US$111 million.\n"
            "Critics have been comparing Vale to Hanazawa, and Ann Vale said she could never stand like Hanazawa.")
    doc = replace(article(text, published="2016-11-05"),
                  url="https://example.com/anime/night-becomes-first-non-hanazawa-anime-top-100-million")
    assert primary_film(doc) == "Silver Night"
    assert film_for(doc, at(doc, "US$111 million"), "") == "Silver Night"
    ja = article("The staff of Ann Vale's new Gin no Yoru no Monogatari (silver night) announced its cast.",
                 published="2016-06-07")
    ja = replace(ja, url="https://example.com/news/2016-06-07/ann-vale-gin-no-yoru-no-monogatari-film-casts")
    assert primary_film(ja) == "Gin no Yoru no Monogatari"


def test_the_address_names_the_film_the_page_always_quotes() -> None:
    text = ("Tom Reed and \"Long Road\" star Ann Vale are co-starring in a comedy called \"The Lift.\" The project, "
            "an English language remake of the French original \"Les Ascenseurs,\" began filming in January.\n"
            "\"Les Ascenseurs\" has grossed over $426 million worldwide, and \"Les Ascenseurs\" sold widely.")
    doc = replace(article(text, published="2017-08-04"),
                  url="https://example.com/tom-reed-and-ann-vales-new-film-gets-a-name-change-now-titled-the-lift-56979/")
    assert primary_film(doc) == "The Lift"


def test_a_long_quoted_title_keeps_the_comma_american_punctuation_puts_inside() -> None:
    text = ('Ann Vale, writer-director of the fantasy film "Along the River of the Night: The Two Shores," said on '
            'Tuesday he chose to keep the webtoon\'s tension.')
    doc = article(text, title="Movie 'River' keeps the original's drama: director", published="2017-11-14")
    assert primary_film(doc) == "Along the River of the Night: The Two Shores"


def test_page_furniture_and_venues_are_no_films() -> None:
    assert not_a_film("Silverspot Cinema") == "a venue"
    assert not_a_film("Cinema Paradiso") == ""
    doc = article("Korea enjoys its biggest boom.\nSIGN IN to read more. SIGN IN", published="2001-12-01")
    assert films_named(doc) == []


def test_a_short_title_given_its_own_year_or_place_in_the_series_is_the_earlier_film() -> None:
    text = ("\"The Harbor: Last Call\" drew 4 million in four days.\n"
            "The highly anticipated sequel to \"The Harbor\" (2022) recorded 4.5 million on the opening weekend.\n"
            "Its predecessor, \"The Harbor,\" topped last year's box office with 12.69 million. The Harbor also "
            "held the top spot for four weeks.")
    doc = article(text, title="'The Harbor: Last Call' attracts 4M viewers", published="2023-06-05")
    main = primary_film(doc)
    assert main == "The Harbor: Last Call"
    assert film_for(doc, at(doc, "4.5 million"), main) == "The Harbor: Last Call"
    assert film_for(doc, at(doc, "12.69 million"), main) == "The Harbor"
    assert film_for(doc, at(doc, "four weeks"), main) == "The Harbor"
    assert film_for(doc, at(doc, "4 million"), main) == "The Harbor: Last Call"


def test_a_figure_on_a_page_naming_only_a_source_film_is_not_the_source_s() -> None:
    text = ("Cast: Tom Reed, Ann Vale\nSynopsis: An Americanized version of the Akira Kurosawa classic The Long "
            "Harbor, it took $10 million in its first week.")
    doc = article(text, published="2010-01-05")
    assert film_for(doc, at(doc, "$10 million"), "") == ""


def test_a_title_before_which_and_a_verb_of_its_run_is_a_film() -> None:
    text = ("The Long Harbor stayed on top with 300,000 viewers. Director Ann Vale's Silver Night, which won the "
            "Best Director prize at Cannes, drew 207,229 viewers. In third was Night Ferry, which showed on 859 "
            "screens.")
    doc = article(text, kind="box_office_report", title="The Long Harbor holds the top", published="2022-07-19")
    assert film_for(doc, at(doc, "207,229"), "") == "Silver Night"
    assert film_for(doc, at(doc, "859"), "") == "Night Ferry"


def test_a_reports_board_s_address_names_no_film() -> None:
    text = "Reports\nBox Office Reports\nReports\nThe Long Harbor topped the chart with 300,000 viewers."
    doc = replace(article(text, kind="box_office_report", published="2016-06-07"),
                  url="http://example.org/eng/news/reports.jsp?blbdComCd=601")
    assert films_named(doc) == ["The Long Harbor"]


def test_a_hangul_title_in_the_address_is_found_before_its_particle() -> None:
    text = ("감독: 김은강\n출연: 박서준\n"
            "김은강 감독의 두 번째 장편으로, 은빛 바다는 그의 이름을 알린 작품입니다. 관객 500만명을 모았습니다.")
    doc = replace(article(text, kind="blog", title="1. 기본정보", published="2024-05-06", language="ko"),
                  url="https://example.com/entry/%EC%9D%80%EB%B9%9B-%EB%B0%94%EB%8B%A42003-%ED%9B%84%EA%B8%B0")
    assert primary_film(doc) == "은빛 바다"
    assert film_for(doc, at(doc, "500만명"), "") == "은빛 바다"


def test_a_numbered_section_over_a_card_is_not_the_film_s_title() -> None:
    text = "1. 기본정보\n감독: 김은강\n출연: 박서준\n상영시간: 120분\n배급사: 은강필름\n"
    doc = replace(article(text, kind="blog", title="1. 기본정보", published="2024-05-06", language="ko"),
                  fields=(Field("director", "김은강", 12, 15), Field("starring", "박서준", 20, 23),
                          Field("runtime", "120분", 30, 34), Field("distributor", "은강필름", 40, 44)))
    with pytest.raises(NoFilmFound):
        find_subject(doc)


def test_a_place_before_a_verb_a_webcomic_and_a_korean_comparison_are_not_the_clause_s_film() -> None:
    text = ('"Silver Night" topped the chart with 5.4 million admissions.\n'
            '"Silver Night" is the first in a series based on the webcomic "Eun Bam" by Kim Ji-won. The film also '
            'stars Ha Jung-woo.\n'
            '"The Long Harbor" opened the same day. Its opening weekend in The Land of the Morning Calm saw it take '
            'third with 302,865 admissions.')
    doc = article(text, kind="box_office_report", published="2017-12-26")
    assert "Eun Bam" not in films_named(doc)
    assert "The Land of the Morning Calm" not in films_named(doc)
    assert film_for(doc, at(doc, "302,865"), "") == "The Long Harbor"
    ko = article("'은강'이 이날 20만명을 모았다. 1위를 차지하고 있는 '북해'보다 하루 빠르게 200만 관객을 넘어섰다.",
                 published="2016-06-07", language="ko")
    rivals = [m for m in mentions(ko) if m.title == "북해"]
    assert rivals and all(m.competitor for m in rivals)
    assert film_for(ko, at(ko, "200만"), "") == "은강"


def test_a_remake_defined_by_its_source_is_the_page_s_film() -> None:
    text = ("The Lift\nDirected by Tom Reed\n"
            "The Lift is an American film remake of the popular Hong Kong crime thriller Silver Harbor by renowned "
            "filmmaker Tom Reed, scheduled for release on October 6, 2006.")
    doc = article(text, kind="blog", title="The Lift", published="2006-10-01")
    assert primary_film(doc) == "The Lift"
    source = [m for m in mentions(doc) if m.title == "Silver Harbor"]
    assert source and all(m.competitor for m in source)
    assert film_for(doc, at(doc, "October 6"), "") == "The Lift"


def test_a_director_s_full_name_is_no_film_and_the_studio_s_release_is_the_film_named_last() -> None:
    text = ("Tom Reed scored the best opening of his career with the thriller The Long Harbor, which led the box "
            "office.\n"
            "The Long Harbor opened at number one with $26.9M. The Harbor Bros. release averaged $8,912 from 3,017 "
            "theaters and set a record for acclaimed director Reed beating the bow of his 1991 thriller Night Ferry.")
    doc = article(text, published="2006-10-09")
    assert "Tom Reed" not in films_named(doc)
    assert film_for(doc, at(doc, "3,017"), "") == "The Long Harbor"


def test_a_long_page_repeating_its_title_asks_once_per_phrase_whether_it_is_a_person(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # each answer looks at every place the phrase stands, so asking at every place took time in the
    # square of the page's length (a 44 KB page over 10 CPU seconds, found by bench/fuzz_bench.py)
    from filmfacts.extract import mentions as module

    asked: list[str] = []

    def counted(text: str, title: str) -> bool:
        asked.append(title)
        return real(text, title)

    real = module.person_in_page
    monkeypatch.setattr(module, "person_in_page", counted)
    doc = article("Parasite\n" + "Parasite (Korean: 기생충) is a 2019 South Korea" * 300 + "n film.\n", kind="wiki")
    primary_film(doc)
    assert len(asked) >= 1 and len(asked) == len(set(asked))


def test_a_quoted_title_with_a_tab_at_either_end_is_read_not_a_crash(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a fuzz input (mutated wikitext, b5821ff): a tab inside the page's first quotes, before the bold
    # title, split into an empty first word, whose first letter was asked for (IndexError)
    from filmfacts.pipeline import extract_document
    from filmfacts.sources import read_file

    assert quoted_title("\tParasite") and quoted_title("Parasite\t") and not quoted_title("\t")
    page = tmp_path / "page.wiki"
    page.write_bytes(b"'\t'''Parasite''' is a film.\n\n===  ===\n")
    extracted = extract_document(read_file(page))
    assert "Parasite" in extracted.film  # read, whatever the mutated quotes around it
