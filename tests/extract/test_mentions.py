"""Which film each figure of an article is about (extract.mentions)."""

from __future__ import annotations

from article_docs import article, at

from filmfacts.extract.mentions import film_for, films_named, mentions, primary_film

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
