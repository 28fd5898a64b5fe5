"""The exports for other tools, read back as those tools would: JSON-LD expanded by pyld, the CSV by
`csv`, QuickStatements checked line by line against the v1 grammar."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, FILMS

SCHEMA = "http://schema.org/"


@pytest.fixture
def exported(cli):  # type: ignore[no-untyped-def]
    result = cli("build", *map(str, sorted(EXAMPLES.glob("*.txt"))), str(FILMS / "parasite"))
    assert result.exit_code == 0, result.output

    def export(fmt: str) -> Path:
        out = Path(f"{cli.db}.{fmt}")
        result = cli("export", "--format", fmt, "--output", str(out))
        assert result.exit_code == 0, result.output
        return out
    export.json = json.loads(export("json").read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    return export


def test_jsonld_is_schema_org_movies_with_their_sources(exported) -> None:  # type: ignore[no-untyped-def]
    from pyld import jsonld

    doc = json.loads(exported("jsonld").read_text(encoding="utf-8"))
    expanded = jsonld.expand(doc)  # the context is inline: nothing is fetched
    movies = [n for n in expanded if "https://schema.org/Movie" in n.get("@type", [])]
    assert len(movies) == len(exported.json["films"]) == 3  # Parasite also names Bong's Mother

    def values(node: dict[str, Any], key: str) -> list[Any]:
        return [v.get("@value", v.get("@id", v)) for v in node.get(f"https://schema.org/{key}", [])]

    miracle = next(m for m in movies if values(m, "name") == ["Miracle in Cell No. 7"])
    assert "7번방의 선물" in values(miracle, "alternateName")
    assert values(miracle, "datePublished") == ["2013-01-23"]
    actors = [values(a, "name")[0] for a in miracle["https://schema.org/actor"]]
    assert "Ryu Seung-ryong" in actors and "Oh Dal-su" in actors
    assert [values(c, "name")[0] for c in miracle["https://schema.org/countryOfOrigin"]] == ["South Korea"]
    cited = miracle["https://schema.org/citation"]
    assert {values(c, "url")[0] for c in cited if values(c, "url")} == \
        {"https://en.wikipedia.org/wiki/Miracle_in_Cell_No._7"}
    parasite = next(m for m in movies if values(m, "name") == ["Parasite"])
    assert [values(d, "name")[0] for d in parasite["https://schema.org/director"]] == ["Bong Joon-ho"]
    assert len(jsonld.to_rdf(doc, {"format": "application/n-quads"}).splitlines()) > 50  # valid RDF throughout


def test_csv_of_facts_reads_back(exported) -> None:  # type: ignore[no-untyped-def]
    with exported("csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    films = exported.json["films"]
    conflict_rows = sum(len({json.dumps(v) for v in c["values"].values()}) for f in films for c in f["conflicts"])
    assert len(rows) == sum(len(f["facts"]) for f in films) + conflict_rows
    assert set(rows[0]) == {"film_id", "film", "year", "property", "value", "qualifiers", "status",
                            "conflict_kind", "sources", "source_urls", "independent_sources", "wikidata_property"}
    native = next(r for r in rows if r["film"] == "Miracle in Cell No. 7" and r["property"] == "native_title"
                  and r["value"] == "7번방의 선물")
    assert native["status"] == "agreed" and native["sources"] == "Wikipedia; Drama Wiki" and native["year"] == "2013"
    dates = [r for r in rows if r["property"] == "based_on_event_date" and r["status"] == "conflict"]
    assert {r["value"] for r in dates} == {"1972-09-27", "1982-09-27"} and {r["conflict_kind"] for r in dates} == \
        {"genuine"}


STATEMENT = re.compile(
    r'(?:Q\d+|LAST)\tP\d+\t(?:Q\d+|[a-z]{2,3}:"[^"\t]*"|\+\d{4}-\d\d-\d\dT00:00:00Z/(?:9|10|11)|-?\d+(?:\.\d+)?U\d+)'
    r'(?:\tP\d+\t(?:Q\d+|\+\d{4}-\d\d-\d\dT00:00:00Z/(?:9|10|11)))*'
    r'\tS854\t"https?://[^"\t]+"\tS813\t\+\d{4}-\d\d-\d\dT00:00:00Z/11')
LABEL = re.compile(r'(?:Q\d+|LAST)\t[LD][a-z]{2,3}\t"[^"\t]+"')


def test_quickstatements_lines_are_well_formed_and_referenced(exported) -> None:  # type: ignore[no-untyped-def]
    lines = exported("quickstatements").read_text(encoding="utf-8").splitlines()
    assert lines.count("CREATE") == 3  # no source gives a Q-id; Mother is named on Parasite's page
    statements = [line for line in lines if line != "CREATE" and not LABEL.fullmatch(line)]
    assert statements and all(STATEMENT.fullmatch(line) for line in statements), \
        [line for line in statements if not STATEMENT.fullmatch(line)]
    wiki = "https://en.wikipedia.org/wiki/Miracle_in_Cell_No._7"
    assert f'LAST\tP1705\tko:"7번방의 선물"\tS854\t"{wiki}"' in "\n".join(lines)
    # a year is not written where a date is; a country's release date says the country (P291)
    years = ("+2019-01-01T00:00:00Z/9", "+2013-01-01T00:00:00Z/9")
    assert not any(year in line for line in statements for year in years)
    assert any(line.startswith("LAST\tP577\t+2019-05-30T00:00:00Z/11\tP291\tQ884\t") for line in statements)
    # only facts with a Wikidata property, none in conflict: the disputed event date is not written
    assert not any("1972" in line or "1982" in line for line in statements)


def test_movie_gives_duration_and_same_as() -> None:
    from filmfacts.export.ecosystem import movie

    node = movie({"id": "f1", "title": "Parasite", "year": 2019, "titles": ["Parasite", "기생충"],
                  "sources": {"d": {"label": "Wikipedia", "site": "Wikipedia", "url": "", "external_ids":
                                    {"imdb": "tt6751668", "official_website": "https://parasite-movie.com"}}},
                  "facts": [{"property": "running_time", "value": {"amount": 132, "unit": "minute"}}]})
    assert node["duration"] == "PT132M" and node["alternateName"] == ["기생충"]
    assert node["sameAs"] == ["https://www.imdb.com/title/tt6751668/", "https://parasite-movie.com"]


def test_a_known_q_id_is_addressed() -> None:
    from filmfacts.export.ecosystem import quickstatements

    record = {"id": "f1", "title": "Parasite", "year": 2019, "external_ids": {"wikidata": "Q61448040"},
              "sources": {"d": {"url": "https://en.wikipedia.org/wiki/Parasite_(2019_film)",
                                "retrieved": "2024-05-01"}},
              "facts": [{"property": "country_of_origin", "value": "South Korea", "qualifiers": {}, "status": "agreed",
                         "sources": ["d"], "wikidata_property": "P495"},
                        {"property": "cast_member", "value": "Song Kang-ho", "qualifiers": {}, "status": "agreed",
                         "sources": ["d"], "wikidata_property": "P161"}]}
    assert quickstatements(record, "2026-01-01") == [
        'Q61448040\tP495\tQ884\tS854\t"https://en.wikipedia.org/wiki/Parasite_(2019_film)"'
        '\tS813\t+2024-05-01T00:00:00Z/11']
