"""Record linkage between two tables of films, episodes or people, with Splink on DuckDB.

Each table is a sequence of records, one mapping a row::

    {"id": "tmdb:2", "name": "Hate Crimes", "kind": "episode", "date": "1995-11-17",
     "season": 4, "episode": 5}

``name`` is a title or a person's name; ``date`` is an ISO date, year-month or year (a
``year`` field is read when there is no date); ``kind`` (film, episode, series, person,
company…), ``season`` and ``episode`` are optional. Only pairs that share a blocking key
are compared (the same name once punctuation, case, spaces and a trailing "(2017)" are
folded; the same first and last word; the same date and episode number), so the cost
grows with the data, not with its square. Each pair that passes the threshold comes back
with its match probability and the evidence: how each field compared.

Splink is an optional dependency (``pip install 'filmfacts[link]'``); this module imports
it when a linkage runs, and says how to install it when it is missing.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["LinkResult", "Match", "MissingDependency", "link_tables", "normalise_name"]

INSTALL_HINT = "pip install 'filmfacts[link]'  (or: pip install 'splink>=5,<6')"


class MissingDependency(ImportError):
    """Splink (and with it DuckDB) is not installed; the message says how to install it."""


@dataclass(frozen=True)
class Match:
    """One linked pair: the left and right ids, the match probability and match weight,
    and the evidence as ``field: level`` strings, like ``("name: exact", "date: same day")``."""

    left_id: str
    right_id: str
    probability: float
    weight: float
    evidence: tuple[str, ...]

    @property
    def agreed(self) -> tuple[str, ...]:
        """The fields that agree exactly (``name``, ``date``, ``episode``, ``kind``)."""
        return tuple(e.split(":", 1)[0] for e in self.evidence if e.endswith(("exact", "same day")))


@dataclass(frozen=True)
class LinkResult:
    """The matches above the threshold, best first, with how many pairs blocking compared
    (out of ``len(left) * len(right)``) and the seconds each step took."""

    matches: tuple[Match, ...]
    comparisons: int
    possible: int
    seconds: Mapping[str, float]


_EPISODE_PREFIX = re.compile(r"^episode\s+\d+\s*[-–—:]\s+(?=\S)")
_YEAR_SUFFIX = re.compile(r"\s*\((\d{4})\)\s*$")
_NOT_WORD = re.compile(r"[^\w]+")


def normalise_name(name: str) -> tuple[str, str | None]:
    """A name folded for comparison, and the year a trailing ``(YYYY)`` gave.

    ``"Voice (2017)"`` → ``("voice", "2017")``; ``"Restoration & Augustan, 1660-1745"`` →
    ``("restoration and augustan 1660 1745", None)``; ``"Episode 28 - Like a Pierrot IV"``
    → ``("like a pierrot iv", None)``; ``"Kan'ichi Kurita"`` → ``("kanichi kurita", None)``.
    """
    text = unicodedata.normalize("NFKD", name).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    year = None
    found = _YEAR_SUFFIX.search(text)
    if found and found.start() > 0:
        year, text = found.group(1), text[: found.start()]
    text = text.replace("&", " and ").replace("'", "").replace("’", "")
    text = _EPISODE_PREFIX.sub("", text.strip())
    text = _NOT_WORD.sub(" ", text).replace("_", " ")
    return " ".join(text.split()), year


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _number(value: object) -> str | None:
    """``"5"``, ``5``, ``5.0`` → ``"5"``; anything else → None."""
    text = _text(value)
    if text is None:
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    return str(int(number)) if number == int(number) else None


_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _row(record: Mapping[str, object], position: int, table: str) -> dict[str, Any]:
    """The columns Splink compares, derived from one record."""
    ident = _text(record.get("id"))
    name = _text(record.get("name"))
    if ident is None:
        raise ValueError(f"{table} record {position} has no id")
    norm, name_year = normalise_name(name or "")
    date = _text(record.get("date"))
    found = _DATE.match(date or "")
    day = found.group(0) if found and found.group(3) else None
    year = found.group(1) if found else _number(record.get("year")) or name_year
    words = norm.split()
    season, episode = _number(record.get("season")), _number(record.get("episode"))
    return {
        "unique_id": ident,
        "name_norm": norm or None,
        "name_compact": norm.replace(" ", "") or None,
        "first_last": f"{words[0]} {words[-1]}" if len(words) > 1 else None,
        "day": day,
        "year": int(year) if year else None,
        "episode_key": f"{season or '?'}x{episode}" if episode else None,
        "kind": _text(record.get("kind")),
    }


# Each comparison: its name, its levels as (SQL condition, label), best first. A null level
# and an else level are added around them; the labels are the evidence a match carries.
_LEVELS: dict[str, list[tuple[str, str]]] = {
    "name": [
        ("name_compact_l = name_compact_r", "exact"),
        ("jaro_winkler_similarity(name_norm_l, name_norm_r) >= 0.95", "jaro-winkler >= 0.95"),
        ("jaro_winkler_similarity(name_norm_l, name_norm_r) >= 0.88", "jaro-winkler >= 0.88"),
        ("first_last_l = first_last_r", "same first and last word"),
        ("jaro_winkler_similarity(name_norm_l, name_norm_r) >= 0.70", "jaro-winkler >= 0.70"),
    ],
    "date": [
        ("day_l = day_r", "same day"),
        ("year_l = year_r", "same year"),
        ("abs(year_l - year_r) <= 1", "within a year"),
    ],
    "episode": [("episode_key_l = episode_key_r", "exact")],
    "kind": [("kind_l = kind_r", "exact")],
}
_NULLS = {
    "name": "name_norm_l IS NULL OR name_norm_r IS NULL",
    "date": "year_l IS NULL OR year_r IS NULL",
    "episode": "episode_key_l IS NULL OR episode_key_r IS NULL",
    "kind": "kind_l IS NULL OR kind_r IS NULL",
}
# Starting m probabilities (how often a true pair falls in each level, else last), refined by
# expectation maximisation when the tables are large enough to train on.
_M_PRIORS: dict[str, list[float]] = {
    "name": [0.85, 0.06, 0.04, 0.02, 0.02, 0.01],
    "date": [0.80, 0.12, 0.05, 0.03],
    "episode": [0.95, 0.05],
    "kind": [0.98, 0.02],
}
BLOCKING_KEYS: tuple[tuple[str, ...], ...] = (("name_compact",), ("first_last",), ("day", "episode_key"))
"""Pairs are compared only when they agree on one of these column sets (a null never agrees)."""

MIN_ROWS_TO_TRAIN = 500
"""Below this many records on a side, the priors are kept and only u probabilities are estimated."""


def _splink() -> Any:
    try:
        import splink
        import splink.comparison_level_library as cll
        import splink.comparison_library as cl
        from splink import DuckDBAPI
    except ImportError as error:
        message = f"entity matching needs Splink with DuckDB, which is not installed: {INSTALL_HINT}"
        raise MissingDependency(message) from error
    return splink, cl, cll, DuckDBAPI


def _comparisons(cl: Any, cll: Any) -> list[Any]:
    comparisons = []
    for name, levels in _LEVELS.items():
        creators = [cll.CustomLevel(_NULLS[name], "null").configure(is_null_level=True)]
        for index, (sql, label) in enumerate(levels):
            level = cll.CustomLevel(sql, label)
            if name == "name" and index == 0:
                level = cll.ExactMatchLevel("name_compact").configure(
                    label_for_charts=label, tf_adjustment_column="name_compact"
                )
            creators.append(level)
        creators.append(cll.ElseLevel())
        comparison = cl.CustomComparison(creators, output_column_name=name)
        comparisons.append(comparison.configure(m_probabilities=_M_PRIORS[name]))
    return comparisons


def _labels() -> dict[str, dict[int, str]]:
    """gamma value → label per comparison: -1 is null, then the levels count down to 0 (else)."""
    labels = {}
    for name, levels in _LEVELS.items():
        count = len(levels)
        table = {-1: "missing", 0: "differs"}
        for index, (_sql, label) in enumerate(levels):
            table[count - index] = label
        labels[name] = table
    return labels


def link_tables(
    left: Sequence[Mapping[str, object]],
    right: Sequence[Mapping[str, object]],
    *,
    threshold: float = 0.9,
    one_to_one: bool = False,
    seed: int = 42,
    train: bool | None = None,
) -> LinkResult:
    """Links two tables of records (see the module's docstring for a record's fields).

    Returns the pairs whose match probability is at least ``threshold``, best first.
    With ``one_to_one`` each record keeps only its best pair (greedy, ties to the lowest
    ids), as when neither table holds duplicates. ``train`` runs expectation maximisation
    on the blocked pairs (by default when both tables have ``MIN_ROWS_TO_TRAIN`` records);
    u probabilities are always estimated from a seeded random sample, so a run is
    deterministic.
    """
    splink, cl, cll, duckdb_api = _splink()
    started = time.perf_counter()
    seconds: dict[str, float] = {}
    rows_left = [_row(r, i, "left") for i, r in enumerate(left)]
    rows_right = [_row(r, i, "right") for i, r in enumerate(right)]
    for side, rows in (("left", rows_left), ("right", rows_right)):
        if len({r["unique_id"] for r in rows}) != len(rows):
            raise ValueError(f"the {side} table repeats an id; ids must be unique within a table")
    possible = len(rows_left) * len(rows_right)
    if not rows_left or not rows_right:
        return LinkResult((), 0, possible, {"total": 0.0})

    import logging

    db_api = duckdb_api()
    tables = [
        db_api.register(_arrow(rows_left), dataset_display_name="left_records"),
        db_api.register(_arrow(rows_right), dataset_display_name="right_records"),
    ]
    settings = splink.SettingsCreator(
        link_type="link_only",
        comparisons=_comparisons(cl, cll),
        blocking_rules_to_generate_predictions=[splink.block_on(*key) for key in BLOCKING_KEYS],
        retain_intermediate_calculation_columns=True,
        retain_matching_columns=True,
    )
    linker = splink.Linker(tables, settings, log_level=None)
    logging.getLogger("splink").setLevel(logging.ERROR)
    seconds["prepare"] = time.perf_counter() - started

    step = time.perf_counter()
    linker.training.estimate_probability_two_random_records_match(
        [splink.block_on("name_compact", "day"), splink.block_on("name_compact", "kind")], recall=0.8
    )
    max_pairs = 2e6
    chunks = 1 if possible <= max_pairs else 10  # a small table is sampled whole, in one pass
    linker.training.estimate_u_using_random_sampling(max_pairs=max_pairs, seed=seed, num_chunks=chunks)
    if train if train is not None else min(len(rows_left), len(rows_right)) >= MIN_ROWS_TO_TRAIN:
        linker.training.estimate_parameters_using_expectation_maximisation(splink.block_on("name_compact"))
        linker.training.estimate_parameters_using_expectation_maximisation(splink.block_on("day"))
    seconds["train"] = time.perf_counter() - step

    step = time.perf_counter()
    predicted = linker.inference.predict(warning_mode="never")
    relation = predicted.as_duckdbpyrelation()
    comparisons = int(relation.aggregate("count(*)").fetchall()[0][0])
    gammas = [f"gamma_{name}" for name in _LEVELS]
    columns = ", ".join(["unique_id_l", "unique_id_r", "match_probability", "match_weight", *gammas])
    kept = relation.filter(f"match_probability >= {float(threshold)!r}").project(columns).fetchall()
    seconds["predict"] = time.perf_counter() - step

    labels = _labels()
    matches = [
        Match(
            str(row[0]),
            str(row[1]),
            round(float(row[2]), 6),
            round(float(row[3]), 4),
            tuple(f"{name}: {labels[name][int(g)]}" for name, g in zip(_LEVELS, row[4:], strict=True) if g != -1),
        )
        for row in kept
    ]
    matches.sort(key=lambda m: (-m.probability, m.left_id, m.right_id))
    if one_to_one:
        matches = _one_to_one(matches)
    seconds["total"] = time.perf_counter() - started
    return LinkResult(tuple(matches), comparisons, possible, seconds)


def _arrow(rows: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    schema = pa.schema(
        [
            ("unique_id", pa.string()),
            ("name_norm", pa.string()),
            ("name_compact", pa.string()),
            ("first_last", pa.string()),
            ("day", pa.string()),
            ("year", pa.int64()),
            ("episode_key", pa.string()),
            ("kind", pa.string()),
        ]
    )
    return pa.Table.from_pylist(rows, schema=schema)


def _one_to_one(matches: Iterable[Match]) -> list[Match]:
    """Best pairs first, each left and right record used once."""
    used_left: set[str] = set()
    used_right: set[str] = set()
    kept = []
    for match in matches:
        if match.left_id in used_left or match.right_id in used_right:
            continue
        used_left.add(match.left_id)
        used_right.add(match.right_id)
        kept.append(match)
    return kept
