"""Structured datasets as sources (sources/dataset/): each reader on real rows of ../shared/data (skipped
when absent) and on small files in the IMDb and Wikidata layouts, its claims, its ids and its bad rows."""

from __future__ import annotations

import gzip
import itertools
import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import ROOT, shared
from filmfacts.errors import InvalidValue, UnreadableDocument
from filmfacts.extract import run
from filmfacts.model import Document, value_to_json
from filmfacts.sources.dataset import awards, imdb, jedai, movielens, openea, tmdb, wikidata
from filmfacts.sources.registry import reader_for

FIXTURES = ROOT / "tests" / "fixtures"


def claims(doc: Document) -> set[tuple[str, str, str]]:
    """(property, value, qualifiers) of every claim the document gives, as JSON text."""
    return {(c.property, json.dumps(value_to_json(c.value), ensure_ascii=False),
             json.dumps(dict(c.qualifiers), ensure_ascii=False, sort_keys=True)) for c in run(doc)}


def props(doc: Document) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for prop, value, _ in claims(doc):
        out.setdefault(prop, set()).add(json.loads(value) if value.startswith('"') else value)
    return out


def first(docs: Iterator[Document], title: str) -> Document:
    return next(d for d in docs if d.title == title)


def test_tmdb_a_film_row_gives_its_figures_and_id() -> None:
    path = shared("data", "tmdb_5000_movies", "tmdb_5000_movies.csv.zip")
    assert reader_for(path).format == "tmdb"  # the zip of one CSV, by its content
    avatar = first(tmdb.iter_documents(path), "Avatar")
    assert avatar.external_ids == (("tmdb", "19995"),) and avatar.source.endswith("#line=2")
    found = props(avatar)
    assert found["budget"] == {'{"amount": 237000000, "unit": "USD"}'}
    assert found["gross"] == {'{"amount": 2787965087, "unit": "USD"}'}
    assert found["release_date"] == {"2009-12-10"} and found["running_time"] == {'{"amount": 162, "unit": "minute"}'}
    assert {"Action", "Science Fiction"} <= found["genre"] and "United States" in found["country_of_origin"]
    assert found["external_id"] == {"19995"}


TMDB_HEAD = "budget,genres,id,original_language,original_title,production_companies,production_countries," \
            "release_date,revenue,runtime,title\n"


def test_tmdb_a_broken_json_cell_or_a_bad_id_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "movies.csv"
    path.write_text(TMDB_HEAD + '10,"[{""id"": 18, ""name"": ""Drama""}]",12,ko,괴물,[],[],2006-07-27,0,119,The Host\n'
                    '10,"[{""id"": 18, ""name",13,en,X,[],[],2006-07-27,0,119,X\n'
                    '10,[],tt13,en,Y,[],[],2006-07-27,0,119,Y\n', encoding="utf-8")
    with pytest.raises(InvalidValue, match=r"movies.csv: line 3: genres is not valid JSON"):
        list(tmdb.iter_documents(path))
    bad: list[tuple[str, str]] = []
    (host,) = tmdb.iter_documents(path, on_bad=lambda source, msg: bad.append((source, msg)))
    assert [m.split(": ", 1)[1] for _, m in bad] == [
        "line 3: genres is not valid JSON (Unterminated string starting at: line 1 column 13 (char 12)); "
        "fix that cell or remove the line (--skip-bad skips it)",
        "line 4: id is 'tt13', not an id of that kind; fix that cell or remove the line (--skip-bad skips it)"]
    assert ("native_title", '"괴물"', '{"language": "ko", "script": "Hangul"}') in claims(host)
    assert props(host)["budget"] == {'{"amount": 10, "unit": "USD"}'} and "gross" not in props(host)  # 0: unknown


def test_movielens_titles_years_and_the_ids_of_links_csv() -> None:
    folder = shared("data", "movielens_latest_small_links")
    movies = folder / "movies.csv"
    docs = list(itertools.islice(movielens.iter_documents(movies), 12))
    toy = docs[0]
    assert (toy.title, set(toy.external_ids)) == ("Toy Story", {("movielens", "1"), ("imdb", "tt0114709"),
                                                                ("tmdb", "862")})
    assert props(toy)["publication_year"] == {"1995"}
    assert docs[10].title == "The American President"  # "American President, The (1995)"
    assert movielens.not_read(folder / "links.csv") and not movielens.not_read(movies)


def test_oscars_golden_globes_and_critics_choice_rows_are_award_claims() -> None:
    folder = shared("data", "awards")
    jannings = list(itertools.islice(awards.iter_documents(folder / "the_oscar_award.csv"), 2))[1]
    assert jannings.title == "The Last Command" and jannings.site.startswith("Academy Awards")
    assert ("award", '"ACTOR"', json.dumps({"ceremony": "1st Academy Awards", "outcome": "won",
                                             "recipients": ["Emil Jannings"], "year": 1928}, sort_keys=True)) \
        in claims(jannings)
    gg = [d for d in awards.iter_documents(folder / "gg_awards.csv") if d.title == "Blue Valentine"]
    cc = [d for d in awards.iter_documents(folder / "cc_awards.csv") if d.title == "Blue Valentine"]
    characters = {q for d in gg + cc for p, v, q in claims(d) if p == "cast_member" and "Williams" in v}
    # the two tables name Michelle Williams's character differently: both kept, for reconciling to report
    assert characters == {'{"character": "Cindy Hiller"}', '{"character": "Cynthia \\"Cindy\\" Heller"}'}


def test_jedai_records_carry_their_side_and_row_id() -> None:
    folder = shared("data", "jedai_tmdb_tvdb")
    windfall = first(jedai.iter_documents(folder / "tmdb.csv.gz"), "Windfall")
    assert windfall.external_ids == (("jedai-tmdb", "4"),)
    assert props(windfall)["release_date"] == {"1958-03-16"}
    clean = first(jedai.iter_documents(folder / "tmdbclean.csv.gz"), "Windfall")
    assert clean.id == windfall.id  # the clean copy's record is the same document
    assert "true matches" in jedai.not_read(folder / "gt.csv")


def test_openea_episodes_come_with_their_people() -> None:
    folder = shared("data", "moviegraphbenchmark", "tmdb-tvdb")
    docs = list(openea.iter_documents(folder / "attr_triples_2.gz"))
    assert len(docs) == 1941  # every titled entity: episodes and series
    with_crew = [d for d in docs if "director" in props(d)]
    assert with_crew and all(dict(d.external_ids)["tvdb"].startswith(("episode", "tvSeries")) for d in docs)
    assert "gold standard" in openea.not_read(folder / "ent_links.gz")
    assert "attribute triples beside it" in openea.not_read(folder / "rel_triples_2.gz")


def test_imdb_tsv_titles_with_crew_cast_and_names() -> None:
    parasite = first(imdb.iter_documents(FIXTURES / "imdb" / "title.basics.tsv"), "Parasite")
    assert parasite.external_ids == (("imdb", "tt6751668"),)
    found = claims(parasite)
    assert ("director", '"Bong Joon Ho"', "{}") in found
    assert ("cast_member", '"Song Kang-ho"', '{"character": "Ki Taek"}') in found
    assert ("running_time", '{"amount": 132, "unit": "minute"}', "{}") in found
    assert "title.basics beside it" in imdb.not_read(FIXTURES / "imdb" / "name.basics.tsv")


def test_imdb_bad_ids_and_characters_are_named_with_file_and_line(tmp_path: Path) -> None:
    for name in ("title.basics.tsv", "title.principals.tsv", "name.basics.tsv"):
        shutil.copy(FIXTURES / "imdb" / name, tmp_path / name)
    basics = tmp_path / "title.basics.tsv"
    basics.write_text(basics.read_text() + "6751668\tmovie\tNo Prefix\t\\N\t0\t2019\t\\N\t1\t\\N\n")
    with pytest.raises(InvalidValue, match=r"title.basics.tsv: line 5: tconst is '6751668', not an id"):
        list(imdb.iter_documents(basics))
    principals = tmp_path / "title.principals.tsv"
    principals.write_text(principals.read_text() + 'tt0468492\t2\tnm0814280\tactor\t\\N\t["Gang-du\n')
    with pytest.raises(InvalidValue, match=r"title.principals.tsv: line 7: characters is not valid JSON"):
        list(imdb.iter_documents(basics))


def test_wikidata_entities_give_films_with_ids_and_named_people(tmp_path: Path) -> None:
    dump = FIXTURES / "wikidata" / "entities.json"
    packed = tmp_path / "latest-all.json.gz"
    packed.write_bytes(gzip.compress(dump.read_bytes()))
    assert reader_for(packed).format == "wikidata"
    inception, parasite = wikidata.iter_documents(packed)  # the people are no films: no documents
    assert set(inception.external_ids) == {("imdb", "tt1375666"), ("tmdb", "27205"), ("wikidata", "Q25188")}
    found = props(inception)
    assert found["budget"] == {'{"amount": 160000000, "unit": "USD"}'}
    assert found["director"] == {"Christopher Nolan"} and found["release_date"] == {"2010-07-08"}
    assert ("native_title", '"기생충"', '{"language": "ko", "script": "Hangul"}') in claims(parasite)
    broken = tmp_path / "broken.json"
    lines = dump.read_text(encoding="utf-8").splitlines()
    broken.write_text("\n".join([*lines[:2], '{"type":"item","id":"Q1","claims":{"P345":[', *lines[2:]]),
                      encoding="utf-8")
    bad: list[str] = []
    assert len(list(wikidata.iter_documents(broken, on_bad=lambda s, m: bad.append(m)))) == 2
    assert bad and bad[0].startswith(f"{broken}: line 3: not valid JSON")



@pytest.mark.parametrize("packing", [bytes, gzip.compress])
def test_wikidata_bytes_not_utf8_are_refused_with_their_line(tmp_path: Path,
                                                             packing: Callable[[bytes], bytes]) -> None:
    # found by bench/fuzz_bench.py: the decoding error came out of the line iterator, not json.loads,
    # and passed the reader's except as a UnicodeDecodeError
    lines = (FIXTURES / "wikidata" / "entities.json").read_bytes().splitlines(keepends=True)
    damaged = tmp_path / "latest-all.json"
    lines[2] = lines[2].replace(b'"claims"', b'"claims\xff"', 1)
    damaged.write_bytes(packing(b"".join(lines)))
    assert reader_for(damaged).format == "wikidata"
    message = rf"^{re.escape(str(damaged))}: line 3: not UTF-8 \(invalid start byte\); the dump may be damaged"
    with pytest.raises(UnreadableDocument, match=message):
        list(wikidata.iter_documents(damaged))


FOLDERS = {
    "tmdb_5000_movies": {"tmdb_5000_movies.csv.zip": "tmdb"},
    "movielens_latest_small_links": {"movies.csv": "movielens", "links.csv": "movielens"},
    "jedai_tmdb_tvdb": {"tmdb.csv.gz": "jedai", "tvdb.csv.gz": "jedai", "tmdbclean.csv.gz": "jedai",
                        "gt.csv": "jedai"},
    "moviegraphbenchmark": {"tmdb-tvdb/attr_triples_2.gz": "openea", "tmdb-tvdb/rel_triples_2.gz": "openea",
                            "tmdb-tvdb/ent_links.gz": "openea", "tmdb-tvdb/cluster.gz": "openea",
                            "imdb/allowed.gz": "openea", "imdb/exclude.gz": "openea"},
    "awards": {"the_oscar_award.csv": "awards", "gg_awards.csv": "awards", "cc_awards.csv": "awards"},
    "kobis_korean_box_office": {"alltime_top500_2020/top500.csv": "kobis"},
}


@pytest.mark.parametrize("folder", list(FOLDERS))
def test_the_registry_gives_each_shared_file_to_its_reader(folder: str) -> None:
    root = shared("data", folder)
    for name, reader in FOLDERS[folder].items():
        if (root / name).exists():
            assert reader_for(root / name).format == reader, name
    for path in root.rglob("*"):  # and no table of the folder is ever read as an article
        if path.is_file() and path.suffix in (".csv", ".gz", ".zip", ".tsv"):
            assert reader_for(path).mode == "rows", path


def test_kobis_movie_codes_are_external_id_claims() -> None:
    from filmfacts.sources.dataset import kobis

    daily = next(kobis.iter_documents(FIXTURES / "kobis" / "daily_boxoffice_2024_sample.csv.gz"))
    assert daily.external_ids == (("kobis", "20203702"),)
    assert ("external_id", '"20203702"', '{"namespace": "kobis"}') in claims(daily)
