"""Inputs that are not documents, as they come: a MovieLens `movies.csv`, a TMDB-style CSV with JSON
in its cells, an IMDb TSV, a log, JSON data, base64 and hex, random words. The MovieLens and TMDB
tables are what `recognise.looks_like` calls tables; as files, their dataset readers take them
(sources/dataset/), so the tables no reader takes are MovieLens's ratings and a keywords table."""

from __future__ import annotations

import base64
import json
import random

MOVIELENS = "movieId,title,genres\n" + "".join(
    f"{i},Film number {i} ({1990 + i % 30}),Adventure|Animation|Children|Comedy|Fantasy\n" for i in range(1, 80))
TMDB = ("budget,genres,homepage,id,keywords,original_language,original_title,overview,popularity,"
        "production_companies,release_date,revenue,runtime,title\n") + "".join(
    f'{i * 1000000},"[{{""id"": 28, ""name"": ""Action""}}]",http://example.com/{i},{i},"[]",en,Star Trek {i},'
    f'"The crew of the Enterprise is sent on a mission, and the captain must choose.",0.042346,"[]",'
    f"2016-01-{i % 28 + 1:02d},{i * 2000000},120,Star Trek {i}\n" for i in range(1, 40))

RATINGS = "userId,movieId,rating,timestamp\n" + "".join(f"{i % 7 + 1},{i},4.0,964982703\n" for i in range(1, 80))
KEYWORDS = "id,keywords\n" + "".join(
    f'{i},"[{{""id"": 931, ""name"": ""jealousy""}}, {{""id"": 4290, ""name"": ""toy""}}]"\n' for i in range(1, 40))


def random_words(seed: int = 1) -> str:
    rand = random.Random(seed)
    return "\n".join(" ".join("".join(rand.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rand.randint(2, 9)))
                              for _ in range(12)) for _ in range(60))


NOT_DOCUMENTS = {
    "movielens": (MOVIELENS, "a CSV table (3 columns: movieId, title, genres)"),
    "tmdb": (TMDB, "a CSV table (14 columns: budget, genres, homepage, id, keywords, original_language, …)"),
    "tsv": ("tconst\ttitleType\tprimaryTitle\n" + "tt0000001\tshort\tCarmencita\n" * 20,
            "a TSV table (3 columns: tconst, titleType, primaryTitle)"),
    "log": ("".join(f"2024-03-01 12:00:{i:02d},123 INFO fetched page {i}\n" for i in range(30)),
            "a log (lines that start with a time or a log level)"),
    "json": (json.dumps([{"movieId": 1, "title": "Toy Story"}] * 5), "JSON data (an array of 5 items with keys "
             "movieId, title)"),
    "base64": ("\n".join(base64.b64encode(random.Random(2).randbytes(57)).decode() for _ in range(100)),
               "encoded data (100% of it in runs of 40 or more characters with no space: base64, hex or "
               "minified text)"),
    "hex": (random.Random(3).randbytes(4000).hex(), "encoded data (100% of it in runs of 40 or more characters with "
            "no space: base64, hex or minified text)"),
}
