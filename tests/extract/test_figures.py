"""What each figure of a box-office sentence is, and whether it is a fact or a forecast. Our own
sentences in the shapes trade papers, Korean reports and fan posts use."""

from __future__ import annotations

import pytest

from filmfacts.extract.amounts import find_amounts
from filmfacts.extract.box_office import extract_box_office
from filmfacts.extract.figures import forecast, kind_of, word_counts
from filmfacts.model import Document, Section, document_id


def kinds(text: str) -> list[tuple[float, str]]:
    """Each figure of `text` (not day counts and ordinals) with what it is."""
    return [(a.quantity.amount, kind_of(text, a)) for a in find_amounts(text) if a.percent or a.quantity.amount >= 100]


@pytest.mark.parametrize(("text", "expected"), [
    ("The film drew 1.35 million viewers over the weekend.", [(1.35e6, "admissions")]),
    ("It had sold more than 7 million tickets as of July 19.", [(7e6, "admissions")]),
    ("It sold more than 5 million tickets within eight days.", [(5e6, "admissions_milestone")]),
    ("The thriller crossed the 10 million mark on Sunday.", [(10e6, "admissions_milestone")]),
    ("It surpassed 3 million moviegoers in five days.", [(3e6, "admissions_milestone")]),
    ("It became the first Korean film to sell 13 million tickets.", [(13e6, "admissions_milestone")]),
    ("It reached 1 million on the 4th day, 2 million on the 6th day.",
     [(1e6, "admissions_milestone"), (2e6, "admissions_milestone")]),
    ("its admissions passed 9.35 million on day 30", [(9.35e6, "admissions")]),
    ("It needed 3.3 million admissions to break even.", [(3.3e6, "break_even_admissions")]),
    ("the break-even point of 1.7 million viewers", [(1.7e6, "break_even_admissions")]),
    ("It opened on 1,739 screens.", [(1739, "screens")]),
    ("It grossed $232k from 835 locations.", [(232e3, "gross"), (835, "screens")]),
    ("It cost $35 million to produce.", [(35e6, "budget")]),
    ("The $80 million sequel opened softly.", [(80e6, "budget")]),
    ("It averaged a robust $8,954 per theater.", [(8954, "")]),
    ("It is destined to generate profits of $600 million.", [(600e6, "")]),
    ("Cape Fear's $10.3 million (which would equal $16 million today)", [(10.3e6, "gross"), (16e6, "")]),
    ("It took 68.9% of all weekend sales.", [(0.689, "market_share")]),
    ("It commanded 33% of the total market.", [(0.33, "market_share")]),
    ("1,000 people surveyed online", [(1000, "")]),
    ("Le film totalise 3,4 millions de spectateurs en France.", [(3.4e6, "admissions")]),
    ("Il sort dans une combinaison de 512 salles.", [(512, "screens")]),
    ("Le film a coûté 12,5 millions d'euros.", [(12.5e6, "budget")]),
    ("La comédie a franchi la barre des 5 millions d'entrées.", [(5e6, "admissions_milestone")]),
    ("Der Film hat in Nordamerika 14,2 Mio. Dollar eingespielt.", [(14.2e6, "gross")]),
    ("Der Film lockte 1,2 Millionen Zuschauer in die Kinos.", [(1.2e6, "admissions")]),
    ("누적 관객수 603만 3190명을 기록했다", [(6_033_190, "admissions")]),
    ("개봉 11일 만에 600만 관객을 돌파했다", [(6e6, "admissions_milestone")]),
    ("손익분기점은 650만명 이상이다", [(6.5e6, "break_even_admissions")]),
    ("전국 103개 스크린에서 상영되고 있다", [(103, "screens")]),
    ("순 제작비는 265억원이다", [(26.5e9, "budget")]),
    ("the highest among the films that reached 10 million", [(10e6, "")]),
    ("「千と千尋」興収、8億円増の316億円に", [(8e8, ""), (316e8, "gross")]),
    ("It is the lowest-budgeted movie to top $1 billion in profit.", [(1e9, "")]),
    ("The sequel posted 7.5 million in attendance.", [(7.5e6, "admissions")]),
    ("The cumulative number of viewers currently adds up to 161,954.", [(161_954, "admissions")]),
    ("The opening weekend was its best yet with 2.79M admissions.", [(2.79e6, "admissions")]),
    ("It opened on only 194 screens across the country.", [(194, "screens")]),
    ("It was released in 184 theaters and 208 screens.", [(184, ""), (208, "screens")]),
    ("The two dramas secured 178 and 160 screens each.", [(178, "screens"), (160, "screens")]),
    ("There were 2,575 screens total in the country.", [(2575, "")]),
    ("<살인의 추억>(2003)은 525만, <괴물>은 1091만 관객을 동원했다", [(5.25e6, "admissions"), (10.91e6, "admissions")]),
    # the market's figures, not a film's
    ("It kept the box office busy, as 3.1 million spectators visited multiplexes.", [(3.1e6, "")]),
    ("A record 5.2 million tickets were sold this weekend.", [(5.2e6, "")]),
    ("It was a busy weekend that saw 2.4 million moviegoers.", [(2.4e6, "")]),
    ("It lifted the overall Korean box office to its best weekend, worth $30 million.", [(30e6, "")]),
    ("With the combined take of $1.8 billion from those two films, the studio leads.", [(1.8e9, "")]),
    ("The series is now a $12 billion franchise.", [(12e9, "")]),
    ("The top ten sold just under $90 million worth of tickets.", [(90e6, "")]),
    ("Local films took a 61% share of the market.", [(0.61, "")]),
    ("Out of the staggering 3.9 million tickets sold, 70% were for two films.", [(3.9e6, ""), (0.70, "")]),
    ("Rounding out the top five was Moon Bay, which added 94,510 tickets.", [(94510, "admissions")]),
    # a film's place among the films that passed a mark is a milestone, not its count
    ("It became the 31st film to reach the milestone of 10 million viewers.", [(10e6, "admissions_milestone")]),
    ("The drama is the 12th local film with over 10 million admissions.", [(10e6, "admissions_milestone")]),
    ("It is only the third K-movie to have garnered 10 million moviegoers.", [(10e6, "admissions_milestone")]),
    ("It became the first fantasy movie to cross 5 million moviegoers.", [(5e6, "admissions_milestone")]),
    ("It is the second film in the series to pass 10 million viewers.", [(10e6, "admissions_milestone")]),
    # other films' counts, a series' total, a class of films
    ("Only a few local films have clocked up 10 million admissions.", [(10e6, "")]),
    ("Both films have drawn 2.1 million viewers so far.", [(2.1e6, "admissions")]),
    ("The trilogy became the first Korean film series to attract over 30 million moviegoers.", [(30e6, "")]),
    ("He is the first actor to lead three 10 million viewer hits.", [(10e6, "")]),
    # averages per theater, wherever the clause says so
    ("Its per-screen average of over $4,000 was poor.", [(4000, "")]),
    ("It set the best per-theater average ever ($61K) for a wide release.", [(61e3, "")]),
    ("It came second for average sales per cinema, worth around $12,300.", [(12300, "")]),
    ("After averaging $5,000 per theater, it added $3 million on Sunday.", [(5000, ""), (3e6, "gross")]),
    # a record for opening wide is no screen count
    ("It is the director's first film to open in more than 2,000 theaters.", [(2000, "")]),
    ("It opened in more than 2,000 theaters.", [(2000, "screens")]),
    # presales and reservations, a class of films by their takings, a marketing spend
    ("It added USD 410,000 in presales for Friday.", [(410e3, "")]),
    ("Its predecessor pre-sold 512,000 tickets.", [(512e3, "")]),
    ("About 430,000 tickets had been booked for the opening.", [(430e3, "")]),
    ("He is the only director with two back to back 500 crore films.", [(5e9, "")]),
    ("It is the cheapest $800 million grosser ever.", [(800e6, "")]),
    ("The studio spent an estimated $120 million for marketing.", [(120e6, "budget")]),
    # a count drawn on a day of the run beside a milestone is a count
    ("It reached the milestone on day 30, drawing over 740,000 viewers on the opening day.",
     [(740e3, "admissions")]),
])
def test_what_a_figure_is(text: str, expected: list[tuple[float, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "It is expected to top the 2 million mark by this weekend.",
    "The film could bring in around $6.5 million this weekend.",
    "The studio projects an $11 million frame.",
    "It is now tracking at close to $75 million.",
    "Analysts had projected that the film would make around $150 million.",
    "It will certainly be able to cross $300 million by next weekend.",
    "It appears headed for a fourth frame around $15.8 million.",
    "무난히 700만 관객을 넘어설 것으로 전망된다.",
    "400만 관객 돌파를 눈앞에 뒀다.",
    "천만 관객 돌파할지 기대해 볼 수 있다.",
    "이 영화의 목표는 1000만 관객 이상이다.",
    "At this rate the film has missed its chance at hitting the 10 million admission mark.",
    "It fell short of $100 million worldwide.",
    "It continues to stride towards the Rs 500 crore mark.",
    "The drama is nearing the 5 million mark.",
])
def test_a_forecast_is_no_fact(text: str) -> None:
    (figure,) = [a for a in find_amounts(text) if a.quantity.amount > 1000]
    assert forecast(text, figure, (0, len(text)))


@pytest.mark.parametrize("text", [
    "It has sold 4 million tickets, better than expected.",
    "The film, released on May 18, has drawn 5 million viewers.",
    "It opened to a projected three-day gross of $765k.",
])
def test_a_figure_that_was_true_is_no_forecast(text: str) -> None:
    (figure,) = [a for a in find_amounts(text) if a.quantity.amount > 1000]
    assert not forecast(text, figure, (0, len(text)))


def test_forecasts_are_not_stored() -> None:
    text = "Exhuma drew 1.1 million viewers on Saturday. It is expected to pass 10 million next week."
    doc = Document(document_id(text), "test", "article", "news", "Test Daily", text, published="2024-03-04",
                   sections=(Section((), 0, len(text)),))
    found = [(c.property, c.value.amount) for c in extract_box_office(doc, "Exhuma")]
    assert found == [("admissions", 1.1e6)]


def test_a_bracketed_count_counts_what_the_paragraphs_counts_count() -> None:
    text = ("Exhuma has drawn 11.09 million viewers. The films above it are \"The Host\" (13.02 million) and "
            "\"The Thieves\" (12.98 million).")
    doc = Document(document_id(text), "test", "article", "news", "Test Daily", text, published="2024-03-04",
                   sections=(Section((), 0, len(text)),))
    found = {(c.subject, c.value.amount) for c in extract_box_office(doc, "Exhuma") if c.property == "admissions"}
    assert {(13.02e6), (12.98e6)} <= {v for _, v in found}


@pytest.mark.parametrize(("text", "scope"), [
    ("It was produced on a reported budget of $80 million.", "production"),
    ("It cost about $35 million to produce before marketing.", "production"),
    ("The studio spent another $50 million on marketing.", "marketing"),
    ("Its production and marketing costs came to $150 million.", None),
])
def test_a_budget_is_the_productions_unless_it_says_marketing(text: str, scope: str | None) -> None:
    doc = Document(document_id(text), "test", "article", "news", "Test Daily", text, published="2024-03-04",
                   sections=(Section((), 0, len(text)),))
    (budget,) = [c for c in extract_box_office(doc, "Exhuma") if c.property == "budget"]
    assert budget.q("scope") == scope


def test_a_budgeted_adjective_is_the_figure_before_its() -> None:
    text = "The $62.5 million-budgeted flick crosses the $1 billion mark in global grosses."
    doc = Document(document_id(text), "test", "article", "news", "Test Daily", text, published="2024-03-04",
                   sections=(Section((), 0, len(text)),))
    assert [(c.property, c.value.amount) for c in extract_box_office(doc, "Exhuma")] == [
        ("budget", 62.5e6), ("gross", 1e9)]


def test_screens_written_as_a_word() -> None:
    assert [a.quantity.amount for a in word_counts("It grossed $232k on four screens.")] == [4]


def test_a_figure_in_brackets_after_a_title_is_that_films() -> None:
    text = ('Exhuma is the fourth title of its studio to pass $1 billion, behind "Aquaman" ($1.15 billion) and '
            '"The Dark Knight Rises" ($1.084 billion).')
    doc = Document(document_id(text), "test", "article", "news", "Test Daily", text, published="2024-03-04",
                   sections=(Section((), 0, len(text)),))
    found = {c.value.amount: c.subject for c in extract_box_office(doc, "Exhuma") if c.property == "gross"}
    assert found[1.15e9] == "Aquaman" and found[1.084e9] == "The Dark Knight Rises"
