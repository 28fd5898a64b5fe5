"""All-time ranks checked against KOBIS (reconcile/ranks.py), on real KOBIS rows written in KOBIS's
formats and on the team's news pages.

The rows are the first 23 of KOBIS's all-time list (taken 2020-03-20) with the English titles its
10-million list gives, and four days of the daily box office of 2024 for 12.12: The Day (서울의 봄).
"""

from __future__ import annotations

import csv
import gzip
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from filmfacts.model import Claim, Document, Fact, Quantity, claim, document_id
from filmfacts.pipeline import build, extract_document, find_film, reconciled
from filmfacts.reconcile import reconcile
from filmfacts.reconcile.ranks import Kobis, Listed
from filmfacts.sources.dataset import kobis
from filmfacts.store import Store

MIRACLE = "Miracle in Cell No. 7"
ALLTIME = [  # rank, title, English title, release, admissions on 2020-03-20, nation
    (1, "명량", "The Admiral: Roaring Currents", "2014-07-30", 17_613_682, "Korea"),
    (2, "극한직업", "Extreme Job", "2019-01-23", 16_264_944, "Korea"),
    (3, "신과함께-죄와 벌", "Along With the Gods: The Two Worlds", "2017-12-20", 14_410_754, "Korea"),
    (4, "국제시장", "Ode to My Father", "2014-12-17", 14_257_115, "Korea"),
    (5, "어벤져스: 엔드게임", "Avengers: Endgame", "2019-04-24", 13_934_592, "US"),
    (6, "겨울왕국 2", "Frozen II", "2019-11-21", 13_746_532, "US"),
    (7, "아바타", "Avatar", "2009-12-17", 13_624_328, "US"),
    (8, "베테랑", "Veteran", "2015-08-05", 13_414_009, "Korea"),
    (9, "괴물", "The Host", "2006-07-27", 13_019_740, "Korea"),
    (10, "도둑들", "The Thieves", "2012-07-25", 12_983_330, "Korea"),
    (11, "7번방의 선물", MIRACLE, "2013-01-23", 12_811_206, "Korea"),
    (12, "암살", "Assassination", "2015-07-22", 12_705_700, "Korea"),
    (13, "알라딘", "Aladdin", "2019-05-23", 12_555_894, "US"),
    (14, "광해, 왕이 된 남자", "Masquerade", "2012-09-13", 12_319_542, "Korea"),
    (15, "왕의 남자", "King and the Clown", "2005-12-29", 12_302_831, "Korea"),
    (16, "신과함께-인과 연", "Along with the Gods: The Last 49 Days", "2018-08-01", 12_274_996, "Korea"),
    (17, "택시운전사", "A Taxi Driver", "2017-08-02", 12_186_684, "Korea"),
    (18, "태극기 휘날리며", "Taegukgi: The Brotherhood of War", "2004-02-05", 11_746_135, "Korea"),
    (19, "부산행", "Train to Busan", "2016-07-20", 11_565_479, "Korea"),
    (20, "해운대", "Tidal Wave", "2009-07-22", 11_453_338, "Korea"),
    (21, "변호인", "The Attorney", "2013-12-18", 11_374_610, "Korea"),
    (22, "어벤져스: 인피니티 워", "Avengers: Infinity War", "2018-04-25", 11_211_880, "US"),
    (23, "실미도", "Silmido", "2003-12-24", 11_081_000, "Korea"),
]
DAILY_HEADER = ("rnum,rank,rankInten,rankOldAndNew,movieCd,movieNm,openDt,salesAmt,salesShare,salesInten,"
                "salesChange,salesAcc,audiCnt,audiInten,audiChange,audiAcc,scrnCnt,showCnt,dt,multiMovieYn,repNationCd")
# 서울의 봄 (movie code 20212866, opened 2023-11-22) on four days: day, rank among all films, among Korean
# films, sales, cumulative sales, admissions, cumulative admissions, screens, shows
THE_DAY = [("20240116", 3, 2, 174663400, 124981578511, 18133, 12822494, 823, 2060),
           ("20240117", 3, 2, 158172827, 125139751338, 16629, 12839123, 757, 1890),
           ("20240128", 4, 3, 195195421, 127119775665, 19481, 13038385, 689, 1384),
           ("20240129", 3, 3, 74102305, 127193877970, 7802, 13046187, 630, 1236)]
DAILY = "".join(f"{rank},{rank},0,OLD,20212866,서울의 봄,2023-11-22,{sales},0,0,0,{sales_acc},{n},0,0,{acc},{screens},"
                f"{shows},{day},,{nation}\n"
                for day, all_rank, korean_rank, sales, sales_acc, n, acc, screens, shows in THE_DAY
                for rank, nation in ((all_rank, ""), (korean_rank, "K")))


def write_kobis(folder: Path, rows: list[tuple[Any, ...]] = ALLTIME, daily: bool = True) -> Path:
    """The rows as KOBIS's all-time list and 10-million list (the films with 10 million or more) and,
    with `daily`, the daily box office rows: the files `filmfacts build` reads."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "top500.csv").open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["rank", "film_title", "release_date", "sales", "audience", "screens", "production_main"])
        out.writerows([r[0], r[1], r[3], "0", r[4], "NA", r[5]] for r in rows)
    with (folder / "tenmillion.csv").open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["rank", "film_title", "film_title_en", "genre", "release_date", "tenmillion_days", "sales",
                      "audience", "screens", "production_main"])
        out.writerows([r[0], r[1], r[2], "", r[3], "NA", "0", r[4], "NA", r[5]] for r in rows if r[4] >= 10_000_000)
    if daily:
        with gzip.open(folder / "daily.csv.gz", "wt", encoding="utf-8") as g:
            g.write(DAILY_HEADER + "\n" + DAILY)
    return folder


def kobis_read(folder: Path) -> tuple[list[Document], list[Claim]]:
    docs, claims = [], []
    for path in sorted(folder.iterdir()):
        for doc in kobis.iter_documents(path):
            extracted = extract_document(doc)
            docs.append(doc)
            claims += extracted.claims
    return docs, claims


NEWS = Document(document_id("news about the film"), "news.txt", "article", "news", "Korea Daily",
                "news about the film", title=MIRACLE)  # undated: its figures carry their own dates


def said(prop: str, value: Quantity, film: str = MIRACLE, **q: Any) -> Claim:
    return claim(film, prop, value, NEWS.span(0, len(NEWS.text)), "test", "1", q)


def ranked(rank: int, admissions: float, day: str, approx: bool = True, **q: Any) -> list[Claim]:
    """A sentence "…reached ADMISSIONS on DAY, making it the RANK-th highest grossing Korean film"."""
    q = {"ranked_among": "korean_films", "measure": "gross", "list": "highest-grossing Korean films of all time",
         **q}
    return [said("admissions", Quantity(admissions, approx=approx), point_in_time=day),
            said("box_office_rank", Quantity(float(rank)), point_in_time=day, **q)]


def rank_facts(documents: list[Document], claims: list[Claim], title: str = MIRACLE,
               kobis_lists: Kobis | None = None) -> list[Fact]:
    recon = reconcile(documents, claims, kobis_lists)
    film = find_film(recon, title)
    return [f for f in film.facts if f.property == "box_office_rank" and f.q("time_from") != "dataset"]


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Document], list[Claim]]:
    return kobis_read(write_kobis(tmp_path_factory.mktemp("kobis")))


def checked(lists: tuple[list[Document], list[Claim]], claims: list[Claim], title: str = MIRACLE) -> Fact:
    (fact,) = rank_facts([NEWS, *lists[0]], [*claims, *lists[1]], title)
    return fact


# ---------------------------------------------------------------- verdicts


def test_a_rank_lower_than_the_films_kobis_lists_above_it_is_suspect(lists: Any) -> None:
    fact = checked(lists, ranked(7, 12_320_000, "2013-03-15"))
    assert fact.status == "suspect"
    # Masquerade's 12,319,542 is within the rounding of 12.32 million (± 5,000): it may be above
    assert fact.explanation == ("At 12.32 million on 2013-03-15, only 2 Korean films in KOBIS's lists had more "
                                "admissions (The Host, The Thieves) and 1 may have (Masquerade), so it ranked "
                                "3rd or 4th, not 7th.")


def test_a_rank_the_lists_allow_says_kobis_agrees(lists: Any) -> None:
    fact = checked(lists, ranked(7, 11_090_000, "2013-03-01"))
    assert fact.status == "single_source"
    assert fact.explanation.startswith("Only Korea Daily states it")
    assert ("KOBIS agrees: at 11.09 million on 2013-03-01, 6 Korean films in KOBIS's lists had more admissions "
            "(The Host, The Thieves, Masquerade, King and the Clown, Taegukgi: The Brotherhood of War, Tidal Wave), "
            "so it ranked 7th.") in fact.explanation
    assert "Silmido" not in fact.explanation  # 11,081,000: below 11.09 million even rounded (11,085,000)


def test_a_rank_higher_than_the_lists_allow_is_suspect(lists: Any) -> None:
    fact = checked(lists, ranked(3, 11_090_000, "2013-03-01"))
    assert fact.status == "suspect"
    assert fact.explanation.startswith("At 11.09 million on 2013-03-01, 6 Korean films in KOBIS's lists")
    assert fact.explanation.endswith("so it ranked 7th, not 3rd.")


def test_among_all_films_foreign_films_count_and_a_film_not_yet_released_does_not(lists: Any) -> None:
    fact = checked(lists, ranked(4, 12_320_000, "2013-03-15", ranked_among="all_films"))
    assert fact.status == "single_source"
    assert "3 films in KOBIS's lists had more admissions (Avatar, The Host, The Thieves)" in fact.explanation
    assert "so it ranked 4th or 5th" in fact.explanation and "Avengers" not in fact.explanation


def test_a_film_still_in_its_run_at_the_date_may_be_above(lists: Any) -> None:
    """On 2014-08-10 The Admiral (released 2014-07-30) was in its run: its final 17.6 million says it may
    have been above The Attorney's 11.37 million, not that it was; Ode to My Father was not out yet."""
    claims = [claim("The Attorney", c.property, c.value, c.evidence, "test", "1", dict(c.qualifiers))
              for c in ranked(8, 11_370_000, "2014-08-10")]
    fact = checked(lists, claims, "The Attorney")
    assert fact.status == "single_source"
    assert ("7 Korean films in KOBIS's lists had more admissions (The Host, The Thieves, Miracle in Cell No. 7, "
            "Masquerade, King and the Clown, Taegukgi: The Brotherhood of War, Tidal Wave) and 1 may have "
            "(The Admiral: Roaring Currents), so it ranked 8th or 9th.") in fact.explanation
    assert "Ode to My Father" not in fact.explanation


def test_the_lists_date_and_the_daily_box_office_after_it(lists: Any) -> None:
    """12.12: The Day on 2024-01-16, the day KOBIS counted 12,822,494: its own daily row (not linked
    to the news title) is known by that exact count and is no rival; after the all-time list's day
    the check goes as far as the lists go."""
    claims = ranked(8, 12_822_494, "2024-01-16", approx=False, measure="admissions")
    claims = [claim("12.12: The Day", c.property, c.value, c.evidence, "test", "1", dict(c.qualifiers)) for c in claims]
    fact = checked(lists, claims, "12.12: The Day")
    assert fact.status == "single_source"
    assert ("KOBIS agrees: at 12,822,494 on 2024-01-16, 7 Korean films in KOBIS's lists had more admissions "
            "(The Admiral: Roaring Currents, Extreme Job, Along With the Gods: The Two Worlds, Ode to My Father, "
            "Veteran, The Host, The Thieves), so it ranked 8th, as far as KOBIS's lists go (the all-time list of "
            "2020-03-20 and the daily box office of 2024-01-16 to 2024-01-29).") in fact.explanation


@pytest.mark.parametrize(("other", "said"), [
    (5, "At 12.32 million on 2013-03-15, only 2 Korean films in KOBIS's lists had more admissions (The Host, "
        "The Thieves) and 1 may have (Masquerade), so it ranked 3rd or 4th, not 7th or 5th."),
    (4, "KOBIS agrees with 4th: at 12.32 million on 2013-03-15, only 2 Korean films in KOBIS's lists had more "
        "admissions (The Host, The Thieves) and 1 may have (Masquerade), so it ranked 3rd or 4th, not 7th."),
])
def test_two_documents_giving_two_ranks_hear_which_fits(lists: Any, other: int, said: str) -> None:
    wiki = Document(document_id("a fan wiki's page"), "wiki.txt", "article", "fan_wiki", "Film Wiki",
                    "a fan wiki's page", title=MIRACLE)
    theirs = [claim(MIRACLE, c.property, Quantity(float(other)) if c.property == "box_office_rank" else c.value,
                    wiki.span(0, len(wiki.text)), "test", "1", dict(c.qualifiers))
              for c in ranked(other, 12_320_000, "2013-03-15")]
    (fact,) = rank_facts([NEWS, wiki, *lists[0]], [*ranked(7, 12_320_000, "2013-03-15"), *theirs, *lists[1]])
    assert fact.status == "conflict" and fact.explanation.endswith(said)


# ---------------------------------------------------------------- where the lists cannot tell


def test_without_kobis_lists_nothing_is_said() -> None:
    (fact,) = rank_facts([NEWS], ranked(7, 12_320_000, "2013-03-15"))
    assert fact.status == "single_source" and "KOBIS" not in fact.explanation


def test_a_sample_of_the_list_covers_only_its_first_ranks(tmp_path: Path) -> None:
    """Ranks 1, 2, 9 and 11 only: a film below rank 2 may have rivals the sample lacks."""
    docs, claims = kobis_read(write_kobis(tmp_path, [r for r in ALLTIME if r[0] in (1, 2, 9, 11)], daily=False))
    (fact,) = rank_facts([NEWS, *docs], [*ranked(7, 12_320_000, "2013-03-15"), *claims])
    assert fact.status == "single_source" and "KOBIS" not in fact.explanation


@pytest.mark.parametrize("claims", [
    # a weekend chart, a rank within a year, a rank by gross with no admissions beside it
    [said("admissions", Quantity(12_320_000.0, approx=True), point_in_time="2013-03-15"),
     said("box_office_rank", Quantity(7.0), point_in_time="2013-03-15", period="weekend")],
    ranked(7, 12_320_000, "2013-03-15", list="highest-grossing films of 2013"),
    # a chart's place that names no list ("which had held sixth place")
    ranked(7, 12_320_000, "2013-03-15", list=""),
    # a rank in another market ("the highest-grossing Korean film in France")
    ranked(7, 12_320_000, "2013-03-15", scope="France"),
    [said("box_office_rank", Quantity(7.0), point_in_time="2013-03-15", ranked_among="korean_films",
          measure="gross")],
    # by admissions, but no count of the film within a few days of the date
    [said("admissions", Quantity(11_090_000.0, approx=True), point_in_time="2013-03-01"),
     said("box_office_rank", Quantity(7.0), point_in_time="2013-03-15", ranked_among="korean_films",
          measure="admissions")],
    # a count below what the lists are complete down to (Silmido's 11,081,000, their 23rd)
    ranked(30, 9_000_000, "2013-02-18"),
], ids=["weekend", "year", "no-list", "other-market", "gross-alone", "no-count-near", "below-the-lists"])
def test_ranks_the_lists_cannot_tell_about_are_left_alone(lists: Any, claims: list[Claim]) -> None:
    fact = checked(lists, claims)
    assert fact.status == "single_source" and "KOBIS" not in fact.explanation


def test_a_count_grows_and_stays_once_the_run_is_over() -> None:
    film = Listed("A", date(2013, 1, 23), True, ((date(2013, 3, 1), 11_000_000.0), (date(2020, 3, 20), 12_811_206.0)),
                  frozenset())
    assert film.at(date(2013, 1, 1)) is None  # not out yet
    assert film.at(date(2013, 2, 1)) == (0.0, 11_000_000.0)
    assert film.at(date(2013, 3, 1)) == (11_000_000.0, 11_000_000.0)
    assert film.at(date(2013, 4, 1)) == (11_000_000.0, 12_811_206.0)  # still running
    assert film.at(date(2013, 9, 1)) == (12_811_206.0, 12_811_206.0)  # 150 days on: the final
    assert film.at(date(2024, 1, 1)) == (12_811_206.0, 12_811_206.0)


def test_a_daily_count_from_another_base_does_not_join_the_all_time_figure(tmp_path: Path) -> None:
    """An old film re-released: KOBIS's daily cumulative counts its network only (2.55 million), the
    all-time list 11.7 million with the early estimates; the list's figure is the film's."""
    rows = [r for r in ALLTIME if r[0] <= 18]
    folder = write_kobis(tmp_path, rows, daily=False)
    with gzip.open(folder / "daily.csv.gz", "wt", encoding="utf-8") as g:
        g.write(DAILY_HEADER + "\n9,9,0,OLD,20030371,태극기 휘날리며,2004-02-05,317000,0.1,0,0,15800000000,317,0,0,"
                "2553880,20,30,20240530,,K\n")
    table = Kobis.of(*kobis_read(folder))
    assert table is not None
    (film,) = [f for f in table.films if f.name.startswith("Taegukgi")]
    assert film.at(date(2013, 3, 1)) == (11_746_135.0, 11_746_135.0)
    assert table.floor == 11_746_135.0 and table.as_of == date(2020, 3, 20)


# ---------------------------------------------------------------- the team's news pages, whole store and `show`

HERE = ROOT / "tests"


@pytest.fixture(scope="module")
def news_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    sys.path.insert(0, str(HERE))
    from news_score import build_store

    tmp = tmp_path_factory.mktemp("news")
    store = build_store(tmp / "news.db", write_kobis(tmp / "kobis"))
    yield store
    store.close()


def _ranks(store: Store, title: str, whole: bool) -> dict[tuple[str, float, str], tuple[str, str]]:
    """(date, rank, sources) → (status, what KOBIS says) of the film's all-time ranks among Korean films."""
    recon = reconciled(store) if whole else reconciled(store, title)
    film = find_film(recon, title)
    files = {d.id: Path(d.source).name for d in recon.documents}
    out = {}
    for f in film.facts:
        if f.property == "box_office_rank" and f.status != "conflict" and f.q("ranked_among") == "korean_films":
            value = f.values[0].value
            assert isinstance(value, Quantity)
            kobis_says = f.explanation[f.explanation.find("KOBIS agrees"):] if f.status != "suspect" else f.explanation
            out[(str(f.q("point_in_time")), value.amount, " ".join(sorted(files[s] for s in f.sources)))] = (
                f.status, kobis_says)
    return out


def test_news_pages_ranks_against_kobis(news_store: Store) -> None:
    miracle = {(day, rank, files.split()[0][:2]): said for (day, rank, files), said in
               _ranks(news_store, MIRACLE, whole=True).items()}
    status, why = miracle[("2013-03-15", 7.0, "00")]  # Wikipedia and its Wikiwand mirror
    assert status == "suspect" and "only 2 Korean films" in why and "so it ranked 3rd or 4th, not 7th" in why
    for page in ("06", "07"):  # the news story of day 38 and the blog that repeats its figure
        status, why = next(said for (_, rank, first), said in miracle.items() if first == page and rank == 7.0)
        assert status == "single_source" and why.startswith("KOBIS agrees: at 11.09 million")
        assert why.endswith("so it ranked 7th.")
    the_day = {rank: said for (_, rank, _), said in _ranks(news_store, "12.12: The Day", whole=True).items()}
    assert the_day[8.0][1].startswith("KOBIS agrees") and "so it ranked 8th, as far as" in the_day[8.0][1]
    assert the_day[6.0][1].startswith("KOBIS agrees") and "so it ranked 6th, as far as" in the_day[6.0][1]
    assert "The Host" not in the_day[6.0][1]


def test_show_checks_ranks_as_the_whole_store_does(news_store: Store) -> None:
    for title in (MIRACLE, "12.12: The Day"):
        assert _ranks(news_store, title, whole=False) == _ranks(news_store, title, whole=True)


def test_the_news_score_counts_the_suspect_rank(news_store: Store) -> None:
    import json

    from filmfacts.export import export_json
    from news_score import NEWS as NEWS_DIR
    from news_score import _has_verdict, seed_path

    expected = json.loads((NEWS_DIR / "expected.json").read_text(encoding="utf-8"))
    verdict = next(v for v in expected["films"][MIRACLE]["verdicts"]
                   if v["property"] == "box_office_rank" and v["verdict"] == "suspect")
    export = export_json(reconciled(news_store))
    files = {"wikiwand_miracle": "09-wikiwand-miracle-mirror.html", "wikipedia": seed_path().name}
    ids = {name: {d["id"] for d in export["documents"] if Path(d["file"]).name == file} for name, file in files.items()}
    film = next(f for f in export["films"] if MIRACLE in f["titles"])
    assert _has_verdict(film, verdict, ids, [])


def test_build_reads_the_lists_written_here(tmp_path: Path) -> None:
    store = Store(tmp_path / "k.db")
    build([write_kobis(tmp_path / "kobis")], store)
    assert len(store.ids_of_format(kobis.FORMAT)) == len(ALLTIME) + sum(r[4] >= 10_000_000 for r in ALLTIME) + 1
    store.close()
