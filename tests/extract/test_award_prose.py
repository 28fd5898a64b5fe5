"""Awards stated in prose: one claim per category with its ceremony, outcome and film."""

from __future__ import annotations

from article_docs import article
from hypothesis import given, settings
from hypothesis import strategies as st

from filmfacts.extract.award_prose import extract_award_prose
from filmfacts.reconcile.awards import ceremony_key


def awards(text: str, subject: str = "", kind: str = "news") -> set[tuple[str, str, str, str]]:
    doc = article(text, kind=kind)
    return {(c.subject, c.value.text, str(c.q("ceremony")), str(c.q("outcome")))
            for c in extract_award_prose(doc, subject)}


def test_a_prize_with_its_festival() -> None:
    found = awards("\"Salt Road\" won the Golden Lion at the 80th Venice International Film Festival.")
    assert found == {("Salt Road", "Golden Lion", "80th Venice International Film Festival", "won")}


def test_nominations_and_wins_listed() -> None:
    text = ("\"Night Ferry\" earned six Oscar nominations, including Best Picture and Best Director. "
            "It won two: Best Original Screenplay and Best Film Editing.")
    found = awards(text)
    assert {("Night Ferry", "Best Picture", "Oscar", "nominated"), ("Night Ferry", "Best Director", "Oscar",
            "nominated"), ("Night Ferry", "Best Original Screenplay", "Oscar", "won"),
            ("Night Ferry", "Best Film Editing", "Oscar", "won")} == found


def test_a_list_goes_on_with_categories_in_lower_case() -> None:
    text = "\"Ice Dog\" swept the Golden Globes, winning best picture, cinematography, sound and costume design."
    found = {c[1] for c in awards(text)}
    assert found == {"best picture", "cinematography", "sound", "costume design"}


def test_the_award_belongs_to_the_film_named_with_it() -> None:
    text = ("\"River Song\" topped the box office.\n"
            "Lena Holt won the Volpi Cup for best actress for her role in \"Lantern Hill\".\n"
            "Last year's Golden Lion winner \"Paper Moons\" also returns.")
    found = awards(text)
    assert ("Lantern Hill", "Volpi Cup for best actress", "Venice Film Festival", "won") in found
    assert ("Paper Moons", "Golden Lion", "Venice Film Festival", "won") in found
    assert not any(c[0] == "River Song" for c in found)


def test_a_film_that_lost_and_the_one_it_lost_to() -> None:
    found = awards("\"Salt Road\" was nominated at the Academy Awards but lost Best Picture to \"Glass Harbor\".")
    assert {("Salt Road", "Best Picture", "Academy Awards", "nominated"),
            ("Glass Harbor", "Best Picture", "Academy Awards", "won")} == found


def test_the_films_it_competed_with() -> None:
    text = ("\"Night Ferry\" won Best Animated Feature at the Academy Awards. "
            "It competed against three other films: \"Ice Dog\", \"Paper Moons\" and \"Sea Glass\".")
    found = awards(text)
    assert {(t, "Best Animated Feature", "Academy Awards", "nominated")
            for t in ("Ice Dog", "Paper Moons", "Sea Glass")} <= found


def test_denied_hoped_for_and_superlatives_are_no_awards() -> None:
    assert not awards("\"Salt Road\" never won Best Picture. \"Ice Dog\" could win Best Director at the Oscars. "
                      "\"Sea Glass\" earned the best second-weekend gross of the year.")


def test_korean_awards() -> None:
    found = awards("영화 <푸른 바다>는 제40회 청룡영화상에서 감독상을 수상했다.", "푸른 바다")
    assert found == {("푸른 바다", "감독상", "제40회 청룡영화상", "won")}


def test_one_ceremony_by_its_names() -> None:
    assert ceremony_key("92nd Academy Awards") == ceremony_key("the Oscars") == ceremony_key("Academy Award")
    assert ceremony_key("2019 Cannes Film Festival") == ceremony_key("Festival de Cannes") == "cannes"
    assert ceremony_key("BAFTA") == ceremony_key("73rd British Academy Film Awards")


def test_each_category_of_a_list_has_the_ceremony_it_is_listed_under() -> None:
    text = ("\"Salt Road\" won Best Film at the European Film Awards, four César Awards, including Best Film and "
            "Best Director, and two British Academy Film Awards, including Best Original Screenplay.")
    found = awards(text)
    assert ("Salt Road", "Best Director", "César Awards", "won") in found
    assert ("Salt Road", "Best Original Screenplay", "British Academy Film Awards", "won") in found
    assert not any(c[1] == "Best Director" and c[2] != "César Awards" for c in found)


def test_bids_and_former_names_are_no_awards() -> None:
    found = awards("\"Salt Road\" is the country's Best International Feature Oscar entry. It is also up for Best "
                   "Picture (formerly Best Motion Picture) at the Academy Awards, alongside Song Jin-won's film.")
    assert {c[1] for c in found} == {"Best Picture"} and {c[3] for c in found} == {"nominated"}


def test_a_prize_for_a_person_is_their_credit_in_the_film() -> None:
    doc = article("Lena Holt won the Volpi Cup for best actress for her role in \"Salt Road\". "
                  "Omar Reyes took home the Silver Lion for best director for \"Salt Road\".")
    found = {(c.subject, c.property, c.value.text) for c in extract_award_prose(doc, "")}  # type: ignore[union-attr]
    assert {("Salt Road", "cast_member", "Lena Holt"), ("Salt Road", "director", "Omar Reyes")} <= found


def test_categories_listed_after_the_prizes_they_are() -> None:
    text = ("\"Ice Dog\" also dominated the technical awards, taking the Oscars for sound mixing, art direction, "
            "cinematography and visual effects.")
    assert {c[1] for c in awards(text)} == {"sound mixing", "art direction", "cinematography", "visual effects"}


def test_a_prize_won_named_before_the_word_of_winning() -> None:
    text = ("After its historic Golden Lion win at the Venice Film Festival, \"Salt Road\" opened wide.\n"
            "Fans still hope for a Golden Bear win next year.")
    assert awards(text) == {("Salt Road", "Golden Lion", "Venice Film Festival", "won")}


def test_lower_case_categories_where_the_page_names_a_ceremony() -> None:
    text = ("\"Night Ferry\" leads the 96th Academy Awards field.\n"
            "The film is also up for best picture, director and adapted screenplay.")
    found = {(c[1], c[3]) for c in awards(text)}
    assert {("best picture", "nominated"), ("director", "nominated"), ("adapted screenplay", "nominated")} <= found


def test_german_participles_come_last_and_quoted_chinese_categories_are_no_films() -> None:
    text = ("\"Salt Road\" wurde in den Kategorien \"Bester Film\" und \"Bester Schnitt\" ausgezeichnet.\n"
            "《鹽路》連奪兩獎,包括「最佳電影」及「最佳導演」。")
    found = {(c[0], c[1], c[3]) for c in awards(text, "Salt Road")}
    assert {("Salt Road", "Bester Film", "won"), ("Salt Road", "Bester Schnitt", "won"),
            ("鹽路", "最佳電影", "won"), ("鹽路", "最佳導演", "won")} <= found


def test_a_list_of_categories_takes_the_ceremony_named_after_its_last() -> None:
    text = ("\"Salt Road\" won Best Film at the 10th Harbor Awards, and Best Film and Best Actor at the "
            "2nd Delta Film Awards.")
    assert awards(text) == {("Salt Road", "Best Film", "10th Harbor Awards", "won"),
                            ("Salt Road", "Best Film", "2nd Delta Film Awards", "won"),
                            ("Salt Road", "Best Actor", "2nd Delta Film Awards", "won")}


CEREMONY_WORDS = ["the", "The", "27th", "Annual", "2019", "Blue Dragon", "Film", "Festival", "Awards", "Award",
                  "Critics", "Choice", "Board of Review", "Berlinale", "Oscars", "Academy", "Académy", "César",
                  "Cesars", "Cannes", "de", "Golden Globe", "Horse", "BAFTA", "Sundance", "Grand Bell", "Baeksang",
                  "제58회", "청룡", "영화상", "시상식", "아카데미", "골든글로브",
                  "第58屆", "金馬獎", "金球獎", "カンヌ",
                  "国際映画祭", "アカデミー賞", "影展", "won", "Best", "Picture", ",", ".", "\n", "Seoul", "Fest"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CEREMONY_WORDS), max_size=25).map(" ".join))
def test_ceremonies_skip_only_texts_no_pattern_can_match(text: str) -> None:
    """A text is searched for ceremonies only when it holds one of the words each pattern needs: the
    same ceremonies as searching every text."""
    from unittest import mock

    from filmfacts.extract import award_prose

    with mock.patch.object(award_prose, "_holds", lambda text, words: True):
        everywhere = award_prose._ceremonies(text)
    assert award_prose._ceremonies(text) == everywhere
