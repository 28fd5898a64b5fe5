"""KOBIS files: every extract kind read by its header, one document per film, dated claims that
quote their row, bad files refused with their line, and a build into a real store.

The fixtures in tests/fixtures/kobis are real rows cut from ../shared/data/kobis_korean_box_office;
the tests at the end read the whole shared folder when it is there."""

from __future__ import annotations

import gzip
import shutil
import time
from pathlib import Path

import pytest

from conftest import ROOT, shared
from filmfacts.errors import InputError, UnreadableDocument
from filmfacts.extract import run
from filmfacts.model import Claim, Document, Name, Quantity, Text, Time, value_to_json
from filmfacts.pipeline import build, reconciled
from filmfacts.sources.dataset import kobis
from filmfacts.store import Store

FIXTURES = ROOT / "tests" / "fixtures" / "kobis"
DAILY = FIXTURES / "daily_boxoffice_2024_sample.csv.gz"


def docs_of(name: str) -> dict[str, list[Document]]:
    out: dict[str, list[Document]] = {}
    for doc in kobis.iter_documents(FIXTURES / name):
        out.setdefault(doc.title, []).append(doc)
    return out


def one(name: str, title: str) -> Document:
    (doc,) = docs_of(name)[title]
    return doc


def claims(doc: Document, prop: str, **qualifiers: object) -> list[Claim]:
    return [c for c in run(doc) if c.property == prop and all(c.q(k) == v for k, v in qualifiers.items())]


def amounts(found: list[Claim]) -> list[float]:
    return [c.value.amount for c in found if isinstance(c.value, Quantity)]


# ---------------------------------------------------------------- recognising files


@pytest.mark.parametrize(("name", "kind"), [
    ("daily_boxoffice_2024_sample.csv.gz", "daily"), ("top500_sample.csv", "top500"),
    ("tenmillion_sample.csv", "tenmillion"), ("final_movie_Rev2_sample.csv", "films"),
    ("final_movie_raw1_sample.csv", "films_raw"), ("kobis_movie_raw1_sample.csv", "movies"),
    ("annual_sample.csv", "annual"), ("movie_flags_sample.csv", "flags"),
])
def test_files_are_known_by_their_header_not_their_name(tmp_path: Path, name: str, kind: str) -> None:
    renamed = tmp_path / "export.data"
    shutil.copy(FIXTURES / name, renamed)
    assert kobis.file_kind(renamed) == kind and kobis.is_kobis(renamed)


def test_other_csv_and_text_are_not_kobis(tmp_path: Path) -> None:
    other = tmp_path / "films.csv"
    other.write_text("title,year,director\nParasite,2019,Bong Joon-ho\n", encoding="utf-8")
    prose = tmp_path / "page.txt"
    prose.write_text("Miracle films are a genre. Rank, title and audience were discussed.", encoding="utf-8")
    assert not kobis.is_kobis(other) and not kobis.is_kobis(prose)
    assert not kobis.is_kobis(FIXTURES.parent / "kobis")  # a folder


def test_market_totals_and_flags_are_read_as_no_film() -> None:
    assert list(kobis.iter_documents(FIXTURES / "annual_sample.csv")) == []
    assert list(kobis.iter_documents(FIXTURES / "movie_flags_sample.csv")) == []


# ---------------------------------------------------------------- the daily file


def test_daily_keeps_one_row_per_film_and_day_with_the_rank_over_all_films() -> None:
    docs = [d for ds in docs_of(DAILY.name).values() for d in ds]
    raw_days = {(line.split(",")[4], line.split(",")[18])
                for line in gzip.decompress(DAILY.read_bytes()).decode().splitlines()[1:]}
    rows = [row for d in docs for row in d.tables[0].rows]
    assert len(rows) == len(raw_days)  # the query variants collapse into one row each
    for d in docs:
        dates = [row[0].text for row in d.tables[0].rows]
        assert dates == sorted(set(dates))
    (noryang,) = docs_of(DAILY.name)["노량: 죽음의 바다"]
    first = noryang.tables[0].rows[0]
    assert [c.text for c in first][:5] == ["2024-01-01", "1", "all films", "290717", "3728850"]
    for cell in first:  # real offsets
        assert noryang.text[cell.start:cell.end] == cell.text
    assert noryang.external_ids == (("kobis", "20203702"),)
    assert (noryang.format, noryang.kind, noryang.site, noryang.language) == ("kobis", "dataset", kobis.SITE, "ko")
    assert noryang.licence == kobis.LICENCE
    assert noryang.published == "2024-01-02"  # its last day in the file


def test_daily_claims_are_dated_series() -> None:
    noryang = one(DAILY.name, "노량: 죽음의 바다")
    cumulative = [c for c in claims(noryang, "admissions") if c.q("period") is None]
    first = cumulative[0]
    assert (first.q("point_in_time"), first.value, first.q("days_since_release")) == (
        "2024-01-01", Quantity(3_728_850), 13)
    assert amounts(claims(noryang, "admissions", period="day", point_in_time="2024-01-01")) == [290_717]
    (rank,) = claims(noryang, "box_office_rank", point_in_time="2024-01-01")
    assert rank.value == Quantity(1) and rank.q("ranked_among") == "all_films" and rank.q("measure") == "admissions"
    (gross,) = claims(noryang, "gross")  # once, on the last day
    assert gross.value.unit == "KRW" and gross.q("point_in_time") == "2024-01-02"  # type: ignore[union-attr]
    assert {c.q("time_from") for c in run(noryang) if c.q("point_in_time")} == {"dataset"}
    assert claims(noryang, "native_title")[0].value == Text("노량: 죽음의 바다", "ko", "Hangul")
    assert claims(noryang, "release_date", country="South Korea")[0].value == Time("2023-12-20")


def test_a_foreign_film_of_a_shared_korean_title_is_its_own_document() -> None:
    (monster,) = docs_of(DAILY.name)["괴물"]
    host = one("top500_sample.csv", "괴물")
    assert monster.id != host.id and monster.external_ids == (("kobis", "20234114"),)
    assert [c.value for c in claims(monster, "publication_year")] == [Time("2023", "year")]
    assert [c.value for c in claims(host, "publication_year")] == [Time("2006", "year")]
    assert not claims(monster, "native_title")  # a foreign film: its Korean title is a release title
    assert claims(monster, "title")[0].value == Text("괴물", "ko", "Hangul")
    ranks = {(c.q("point_in_time"), c.q("ranked_among")): c.value.amount for c in claims(monster, "box_office_rank")}  # type: ignore[union-attr]
    assert ranks[("2024-01-01", "all_films")] == 8  # the unfiltered list's rank, not the diversity list's 1


# ---------------------------------------------------------------- the all-time lists and the film exports


def test_tenmillion_list() -> None:
    admiral = one("tenmillion_sample.csv", "명량")
    assert amounts(claims(admiral, "admissions")) == [17_613_682]
    assert amounts(claims(admiral, "gross")) == [135_748_398_910]
    miracle = one("tenmillion_sample.csv", "7번방의 선물")
    (mark,) = claims(miracle, "admissions_milestone")
    assert mark.value == Quantity(10_000_000)
    assert (mark.q("days_since_release"), mark.q("point_in_time")) == (32, "2013-02-23")
    assert claims(miracle, "release_date")[0].value == Time("2013-01-23")
    (total,) = claims(miracle, "admissions")
    assert total.value == Quantity(12_811_206)
    assert (total.q("point_in_time"), total.q("days_since_release")) == ("2020-03-20", 2614)
    assert Text("Miracle in Cell No. 7", "en", "Latin") in [c.value for c in claims(miracle, "title")]
    (rank,) = claims(miracle, "box_office_rank")
    assert rank.value == Quantity(11)
    assert (rank.q("scope"), rank.q("ranked_among"), rank.q("measure")) == (
        "all-time box office in South Korea", "all_films", "admissions")


def test_top500_rows_without_sales_give_no_gross() -> None:
    host = one("top500_sample.csv", "괴물")  # KOBIS writes 0 sales for a 2006 film
    assert amounts(claims(host, "admissions")) == [13_019_740] and not claims(host, "gross")
    last = one("top500_sample.csv", "내셔널 트레져:비밀의 책")  # sales NA
    assert not claims(last, "gross") and claims(last, "box_office_rank")[0].value == Quantity(500)
    assert [c.value for c in claims(last, "country_of_origin")] == [Text("United States", "en")]


def test_film_exports_give_people_in_hangul_and_undated_totals_bounded_below() -> None:
    miracle = one("final_movie_Rev2_sample.csv", "7번방의 선물")
    assert [c.value for c in claims(miracle, "director")] == [Name("이환경", "person")]
    cast = [c.value.text for c in claims(miracle, "cast_member")]  # type: ignore[union-attr]
    assert cast[:3] == ["류승룡", "박신혜", "갈소원"] and len(cast) == len(set(cast))
    (total,) = claims(miracle, "admissions")
    assert total.value == Quantity(12_811_206)
    assert total.q("earliest") == miracle.published and total.q("point_in_time") is None
    assert claims(one("final_movie_Rev2_sample.csv", "해무(海霧)"), "native_title")[0].value == Text(
        "해무(海霧)", "ko", "Hanja")
    raw = one("final_movie_raw1_sample.csv", "7번방의 선물")  # two header rows, thousands separators
    assert amounts(claims(raw, "admissions")) == [12_811_206]
    assert amounts(claims(raw, "screens")) == [787]
    api = one("kobis_movie_raw1_sample.csv", "7번방의 선물")
    assert api.external_ids == (("kobis", "20127593"),)
    assert amounts(claims(api, "admissions")) == [12_812_039]


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.csv*")))
def test_every_claim_quotes_its_row_or_field(name: str) -> None:
    for doc in kobis.iter_documents(FIXTURES / name):
        for c in run(doc):
            assert c.evidence.quote == doc.text[c.evidence.start:c.evidence.end] and c.evidence.document == doc.id
            if isinstance(c.value, Quantity) and c.property != "admissions_milestone":
                assert f"{c.value.amount:.0f}" in c.evidence.quote.replace(",", ""), (c, c.evidence.quote)
            if isinstance(c.value, Name | Text) and c.property not in {"country_of_origin"}:
                assert c.value.text in c.evidence.quote


# ---------------------------------------------------------------- bad files


def _write(tmp_path: Path, text: str, name: str = "bad.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_row_with_missing_cells_names_its_line(tmp_path: Path) -> None:
    lines = (FIXTURES / "top500_sample.csv").read_text(encoding="utf-8").splitlines()
    path = _write(tmp_path, "\n".join([*lines[:3], lines[3][:40]]))
    with pytest.raises(UnreadableDocument, match="line 4 has"):
        list(kobis.iter_documents(path))


def test_a_figure_that_is_not_a_number_names_its_line(tmp_path: Path) -> None:
    lines = (FIXTURES / "tenmillion_sample.csv").read_text(encoding="utf-8").splitlines()
    path = _write(tmp_path, "\n".join([lines[0], lines[1], lines[2].replace("13019740", "13.01M")]))
    with pytest.raises(UnreadableDocument, match=r"line 3: audience is '13.01M'"):
        list(kobis.iter_documents(path))


def test_damaged_gzip_and_other_encodings_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "daily.csv.gz"
    broken.write_bytes(DAILY.read_bytes()[:300])
    assert kobis.is_kobis(broken)  # the header is readable
    with pytest.raises(UnreadableDocument, match="decompress"):
        list(kobis.iter_documents(broken))
    cp949 = tmp_path / "top500.csv"  # an ASCII header over Korean titles in the Windows Korean encoding
    cp949.write_bytes((FIXTURES / "top500_sample.csv").read_text(encoding="utf-8").encode("cp949", "replace"))
    assert kobis.is_kobis(cp949)
    with pytest.raises(UnreadableDocument, match=r"not UTF-8.*iconv"):
        list(kobis.iter_documents(cp949))


def test_a_bad_kobis_file_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIXTURES / "tenmillion_sample.csv", folder / "a.csv")
    lines = (FIXTURES / "top500_sample.csv").read_text(encoding="utf-8").splitlines()
    _write(folder, "\n".join([*lines[:3], lines[3][:40]]), "b.csv")
    store = Store(tmp_path / "s.db")
    with pytest.raises(InputError, match="line 4"):
        build([folder], store)
    assert store.counts()["documents"] == 0
    report = build([folder], store, skip_bad=True)
    assert report.skipped[0][0].endswith("b.csv") and store.counts()["documents"] == 4
    store.close()


# ---------------------------------------------------------------- building


def test_the_fixture_folder_builds_into_films(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    report = build([FIXTURES], store)
    assert report.documents == report.added > 0 and not report.skipped
    recon = reconciled(store, "7번방의 선물")
    film = next(f for f in recon.films if any(n.text == "7번방의 선물" for n in f.entity.names))
    values = {(f.property, str(value_to_json(v.value))) for f in film.facts for v in f.values}
    assert {("admissions_milestone", "10000000"), ("director", "이환경"), ("release_date", "2013-01-23"),
            ("title", "Miracle in Cell No. 7")} <= values
    assert any(p.name == "류승룡" for p in recon.people)
    again = build([FIXTURES], store)
    assert again.added == 0 and again.unchanged == report.added
    store.close()


def test_the_whole_shared_kobis_folder(tmp_path: Path) -> None:
    folder = shared("data", "kobis_korean_box_office")
    counts = {p.name: sum(1 for _ in kobis.iter_documents(p)) for p in folder.rglob("*.csv*")}
    assert counts["daily_boxoffice_2024.csv.gz"] == 689  # distinct movieCd, per SOURCE.md
    assert counts["top500_clean.csv"] == 500 and counts["tenmillion_clean.csv"] == 27
    assert counts["final_movie_Rev2.csv"] == counts["final_movie_raw1.csv"] == 549
    assert counts["kobis_movie_raw1.csv"] == 660
    daily = {d.title: d for d in kobis.iter_documents(folder / "daily_2024" / "daily_boxoffice_2024.csv.gz")}
    assert sum(len(d.tables[0].rows) for d in daily.values()) == 9020  # film-days, the query variants merged
    spring = {c.q("point_in_time"): c.value.amount for c in claims(daily["서울의 봄"], "admissions")  # type: ignore[union-attr]
              if c.q("period") is None}
    # the last day it is in the top 10 of all films (SOURCE.md's figure), and later days from the
    # list of Korean films, where it stays longer
    assert spring["2024-02-13"] == 13_119_454
    assert max(spring.values()) == spring["2024-03-11"] == 13_126_780
    store = Store(tmp_path / "kobis.db")
    started = time.perf_counter()
    report = build([folder], store, skip_bad=True)
    elapsed = time.perf_counter() - started
    assert report.dataset_rows == 689 + 500 + 27 + 549 + 549 + 660  # (SOURCE.md is kept as a page about no film)
    skipped = {Path(p).name for p, _ in report.skipped}
    assert {p.name for p in folder.rglob("*.csv*")}.isdisjoint(skipped)  # only the xlsx/parquet twins and notes
    assert elapsed < 300, elapsed
    print(f"built the KOBIS folder in {elapsed:.1f} s: {report.documents} documents, {report.claims} claims")
    store.close()


def test_days_to_ten_million_past_a_century_name_their_line(tmp_path: Path) -> None:
    # found by bench/fuzz_bench.py: 200000000 days dated the milestone past the calendar (a ValueError)
    lines = (FIXTURES / "tenmillion_sample.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index('"tenmillion_days"')] = "200000000"
    path = _write(tmp_path, "\n".join([lines[0], ",".join(cells)]))
    with pytest.raises(UnreadableDocument, match=r"line 2: tenmillion_days is '200000000', more than a century"):
        list(kobis.iter_documents(path))
