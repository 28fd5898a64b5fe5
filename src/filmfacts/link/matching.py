"""Record linkage between two tables of films, episodes or people, with Splink on DuckDB.

Each table is a sequence of records, one mapping a row::

    {"id": "tmdb:2", "name": "Hate Crimes", "kind": "episode", "date": "1995-11-17",
     "season": 4, "episode": 5}

``name`` is a title or a person's name; ``date`` is an ISO date, year-month or year (a
``year`` field is read when there is no date); ``kind`` (film, episode, series, person,
company…), ``season``, ``episode`` and ``group`` (what the record belongs to: an episode's
series, a credit's film) are optional. Records of different kinds are never compared (each
kind gets a model of its own; a person's name is compared as given and family name), and
only pairs that share a blocking key are: the same name once punctuation, case, spaces and
a trailing "(2017)" are folded; the same first and last word; the same day and episode
number; the same day and first or last six letters. So the cost grows with the data, not
with its square. Each pair that passes the threshold comes back with its match probability
and the evidence: how each field compared.

Splink is an optional dependency (``pip install 'filmfacts[link]'``); this module imports
it when a linkage runs, and says how to install it when it is missing.
"""

from __future__ import annotations

import math
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["LinkResult", "Match", "MissingDependency", "dedupe_table", "link_tables", "normalise_name"]

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
        """The fields that agree exactly (``name``, ``given``, ``family``, ``date``, ``episode``,
        ``kind``, ``group``)."""
        return tuple(e.split(":", 1)[0] for e in self.evidence if e.endswith(("exact", "same day")))


@dataclass(frozen=True)
class LinkResult:
    """The matches above the threshold, best first, with how many pairs blocking compared
    out of the ``possible`` ones (``len(left) * len(right)``, or n(n-1)/2 for one table)
    and the seconds each step took."""

    matches: tuple[Match, ...]
    comparisons: int
    possible: int
    seconds: Mapping[str, float]


_EPISODE_PREFIX = re.compile(r"^episode\s+\d+\s*[-–—:]\s+(?=\S)")
_YEAR_SUFFIX = re.compile(r"(?:(?<!\s)\s+)?\((\d{4})\)\s*$")
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
    return str(int(number)) if math.isfinite(number) and number == int(number) else None


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
    compact = norm.replace(" ", "")
    season, episode = _number(record.get("season")), _number(record.get("episode"))
    return {
        "unique_id": ident,
        "name_norm": norm or None,
        "name_compact": compact or None,
        "first_last": f"{words[0]} {words[-1]}" if len(words) > 1 else None,
        "head": compact[:HEAD] if len(compact) >= 2 * HEAD - 2 else None,
        "tail": compact[-HEAD:] if len(compact) >= 2 * HEAD - 2 else None,
        "given": words[0] if len(words) > 1 else None,
        "family": words[-1] if words else None,
        "day": day,
        "year": int(year) if year and 0 < int(year) < 10000 else None,
        "episode_key": f"{season or '?'}x{episode}" if episode else None,
        "kind": _text(record.get("kind")),
        "part_of": _text(record.get("group")),
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
        ("abs(year_l - year_r) <= 5", "within five years"),
    ],
    "given": [
        ("given_l = given_r", "exact"),
        ("jaro_winkler_similarity(given_l, given_r) >= 0.88", "jaro-winkler >= 0.88"),
        ("substr(given_l, 1, 1) = substr(given_r, 1, 1)", "same initial"),
    ],
    "family": [
        ("family_l = family_r", "exact"),
        ("jaro_winkler_similarity(family_l, family_r) >= 0.92", "jaro-winkler >= 0.92"),
    ],
    "episode": [("episode_key_l = episode_key_r", "exact")],
    "kind": [("kind_l = kind_r", "exact")],
    "group": [("part_of_l = part_of_r", "exact")],
}
_NULLS = {
    "name": "name_norm_l IS NULL OR name_norm_r IS NULL",
    "date": "year_l IS NULL OR year_r IS NULL",
    "episode": "episode_key_l IS NULL OR episode_key_r IS NULL",
    "given": "given_l IS NULL OR given_r IS NULL",
    "family": "family_l IS NULL OR family_r IS NULL",
    "kind": "kind_l IS NULL OR kind_r IS NULL",
    "group": "part_of_l IS NULL OR part_of_r IS NULL",
}
_COLUMN = {
    "name": "name_norm",
    "given": "given",
    "family": "family",
    "date": "year",
    "episode": "episode_key",
    "kind": "kind",
    "group": "part_of",
}
_TF_COLUMN = {"name": "name_compact", "given": "given", "family": "family"}
"""Comparisons whose exact level weighs a common value less than a rare one (term frequencies)."""
PERSON_KINDS = frozenset({"person"})
"""Kinds whose names are compared as given and family name apart, each with its own weight, as
people's names are (a shared rare family name says more than a shared common given name);
other kinds compare the whole name."""
# Starting m probabilities (how often a true pair falls in each level, else last), refined by
# expectation maximisation when the tables are large enough to train on.
_M_PRIORS: dict[str, list[float]] = {
    "name": [0.85, 0.06, 0.04, 0.02, 0.02, 0.01],
    "date": [0.80, 0.13, 0.05, 0.015, 0.005],
    "given": [0.85, 0.05, 0.07, 0.03],
    "family": [0.92, 0.05, 0.03],
    "episode": [0.95, 0.05],
    "kind": [0.98, 0.02],
    "group": [0.9, 0.1],
}
# Starting u probabilities (how often two unrelated records fall in each level), used as they
# are when the tables are too small to sample from, else estimated by random sampling.
_U_PRIORS: dict[str, list[float]] = {
    "name": [0.0005, 0.001, 0.004, 0.001, 0.05, 0.9435],
    "date": [0.001, 0.02, 0.04, 0.15, 0.789],
    "given": [0.01, 0.02, 0.06, 0.91],
    "family": [0.002, 0.005, 0.993],
    "episode": [0.05, 0.95],
    "kind": [0.3, 0.7],
    "group": [0.01, 0.99],
}
BLOCKING_KEYS: tuple[tuple[str, ...], ...] = (("name_compact",), ("first_last",), ("day", "episode_key"))
"""Pairs are compared only when they agree on one of these column sets (a null never agrees)..."""
TYPO_KEYS: tuple[tuple[str, ...], ...] = (("head",), ("tail",))
"""... or, where the tables have days, on the day and the first or last six letters of a name of
ten or more: a name with one letter wrong keeps one of them. With only a year, or nothing, such a
block (every "Episod…" of a year, every "Michae…") grows with the square of the data (measured:
1.07 million pairs for 100k records a side, against 114 thousand with the day), so undated kinds
(people) do without."""
HEAD = 6

EM_MAX_PAIRS = 1e6
"""Expectation maximisation runs on at most about this many blocked pairs (Splink samples records
by a hash, so the sample is the same every run)."""

RECALL = 0.8
"""The share of true pairs assumed to agree exactly on name and year: it sets the prior, the
probability that two random records match."""

MIN_ROWS_TO_TRAIN = 500
"""Below this many records on a side (per kind) the m and u priors are used as they are: too few
pairs to sample u from or to run expectation maximisation on."""


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


def _comparisons(cl: Any, cll: Any, names: Sequence[str], small: bool) -> list[Any]:
    comparisons = []
    for name in names:
        levels = _LEVELS[name]
        creators = [cll.CustomLevel(_NULLS[name], "null").configure(is_null_level=True)]
        for index, (sql, label) in enumerate(levels):
            level = cll.CustomLevel(sql, label)
            if name in _TF_COLUMN and index == 0 and not small:
                # A common name ("Episode 4", a name a table repeats) weighs less than a rare one;
                # in a small table every name is rare or repeated by chance, so not there.
                level = cll.ExactMatchLevel(_TF_COLUMN[name]).configure(
                    label_for_charts=label, tf_adjustment_column=_TF_COLUMN[name]
                )
            creators.append(level)
        creators.append(cll.ElseLevel())
        comparison = cl.CustomComparison(creators, output_column_name=name)
        if small:
            comparison = comparison.configure(m_probabilities=_M_PRIORS[name], u_probabilities=_U_PRIORS[name])
        else:
            comparison = comparison.configure(m_probabilities=_M_PRIORS[name])
        comparisons.append(comparison)
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
    When every record has a ``kind``, each kind is linked on its own (a person never
    matches a film) with a model of its own. With ``one_to_one`` each record keeps only its
    best pair (greedy, ties to the lowest ids), as when neither table holds duplicates.
    ``train`` runs expectation maximisation on the blocked pairs (by default when a kind has
    ``MIN_ROWS_TO_TRAIN`` records a side); u probabilities are estimated from a seeded random
    sample, so a run is deterministic.
    """
    started = time.perf_counter()
    rows_left = _rows(left, "left")
    rows_right = _rows(right, "right")
    result = _partitioned([rows_left, rows_right], "link_only", threshold, seed, train)
    matches = _one_to_one(result.matches) if one_to_one else list(result.matches)
    seconds = {**result.seconds, "total": time.perf_counter() - started}
    return LinkResult(tuple(matches), result.comparisons, len(rows_left) * len(rows_right), seconds)


def dedupe_table(
    records: Sequence[Mapping[str, object]],
    *,
    threshold: float = 0.9,
    seed: int = 42,
    train: bool | None = None,
) -> LinkResult:
    """Finds the records of one table that are one entity (pairs with ``left_id < right_id``),
    as `link_tables` does between two."""
    started = time.perf_counter()
    rows = _rows(records, "input")
    result = _partitioned([rows], "dedupe_only", threshold, seed, train)
    seconds = {**result.seconds, "total": time.perf_counter() - started}
    return LinkResult(result.matches, result.comparisons, len(rows) * (len(rows) - 1) // 2, seconds)


def _rows(records: Sequence[Mapping[str, object]], side: str) -> list[dict[str, Any]]:
    rows = [_row(r, i, side) for i, r in enumerate(records)]
    if len({r["unique_id"] for r in rows}) != len(rows):
        raise ValueError(f"the {side} table repeats an id; ids must be unique within a table")
    return rows


def _partitioned(
    tables: list[list[dict[str, Any]]], link_type: str, threshold: float, seed: int, train: bool | None
) -> LinkResult:
    """One model per kind when every record has a kind, else one model with kind compared."""
    if not all(tables) or not all(r["kind"] for rows in tables for r in rows):
        return _link(tables, link_type, threshold, seed, train, with_kind=True)
    kinds = sorted(set.intersection(*({r["kind"] for r in rows} for rows in tables)))
    matches: list[Match] = []
    comparisons = 0
    seconds: dict[str, float] = {}
    for kind in kinds:
        part = _link([[r for r in rows if r["kind"] == kind] for rows in tables], link_type, threshold, seed, train)
        matches.extend(part.matches)
        comparisons += part.comparisons
        for step, took in part.seconds.items():
            seconds[step] = seconds.get(step, 0.0) + took
    matches.sort(key=lambda m: (-m.probability, m.left_id, m.right_id))
    return LinkResult(tuple(matches), comparisons, 0, seconds)


def _link(
    tables: list[list[dict[str, Any]]],
    link_type: str,
    threshold: float,
    seed: int,
    train: bool | None,
    with_kind: bool = False,
) -> LinkResult:
    """One Splink model over the tables: train it, score the blocked pairs, keep those above
    ``threshold``."""
    if not all(tables) or (link_type == "dedupe_only" and len(tables[0]) < 2):
        return LinkResult((), 0, 0, {})
    splink, cl, cll, duckdb_api = _splink()
    import logging

    from splink.internals.exceptions import SplinkException as splink_error

    seconds: dict[str, float] = {}
    # A person's name is compared as given and family name, anything else's as a whole. Other
    # fields are compared only where both sides have them for one record in twenty (kind only when
    # kinds are mixed): a field nearly always missing teaches nothing and unsettles training.
    person = not with_kind and tables[0][0]["kind"] in PERSON_KINDS
    whole = ("given", "family") if person else ("name",)
    names = [
        n
        for n in _LEVELS
        if n in whole
        or (
            n not in ("name", "given", "family")
            and (with_kind or n != "kind")
            and all(sum(1 for r in rows if r[_COLUMN[n]]) * 20 >= len(rows) for rows in tables)
        )
    ]
    sizes = [len(rows) for rows in tables]
    possible = sizes[0] * sizes[-1] if len(sizes) > 1 else sizes[0] * (sizes[0] - 1) // 2
    dated = all(sum(1 for r in rows if r["day"]) * 20 >= len(rows) for rows in tables)
    yeared = all(sum(1 for r in rows if r["year"]) * 20 >= len(rows) for rows in tables)
    share = _exact_share(tables, yeared, possible)
    small = min(sizes) < MIN_ROWS_TO_TRAIN
    blocking = [*BLOCKING_KEYS, *(((*key, "day") for key in TYPO_KEYS) if dated else ())]
    logging.getLogger("splink").setLevel(logging.ERROR)

    def trained(expectation_maximisation: bool) -> Any:
        db_api = duckdb_api()
        registered = [
            db_api.register(_arrow(rows), dataset_display_name=f"records_{index}") for index, rows in enumerate(tables)
        ]
        settings = splink.SettingsCreator(
            link_type=link_type,
            # Where the tables are too small for Splink's estimate below, or no pair agrees exactly, the
            # prior is set here: the same count (pairs agreeing on name and year, over the recall), bounded.
            probability_two_random_records_match=min(0.5, max(share / RECALL, 1 / (possible + 1))),
            comparisons=_comparisons(cl, cll, names, small),
            blocking_rules_to_generate_predictions=[splink.block_on(*key) for key in blocking],
            retain_intermediate_calculation_columns=True,
            retain_matching_columns=True,
        )
        linker = splink.Linker(registered if len(registered) > 1 else registered[0], settings, log_level=None)
        if 0 < share < RECALL / 2:
            rule = splink.block_on("name_compact", "year") if yeared else splink.block_on("name_compact")
            linker.training.estimate_probability_two_random_records_match([rule], recall=RECALL)
        if not small:
            max_pairs = 2e6
            chunks = 1 if possible <= max_pairs else 10  # a small table is sampled whole, in one pass
            linker.training.estimate_u_using_random_sampling(max_pairs=max_pairs, seed=seed, num_chunks=chunks)
        if not expectation_maximisation:
            return linker
        # Each pass trains the fields its blocking rule leaves free; a rule that leaves none is skipped.
        passes = [("family", {"family"}), ("given", {"given"})] if person else [("name_compact", {"name"})]
        if dated:
            passes.append(("day", {"date"}))
        for rule_column, fixed in passes:
            if any(n not in fixed and n != "kind" for n in names):
                linker.training.estimate_parameters_using_expectation_maximisation(
                    splink.block_on(rule_column), max_pairs=EM_MAX_PAIRS
                )
        return linker

    step = time.perf_counter()
    try:
        linker = trained(train if train is not None else not small)
    except (ValueError, splink_error):
        # A pass with no pairs, or one that diverged (every pair a match), leaves the model
        # half-changed: start again with the m priors.
        linker = trained(False)
        seconds["em_failed"] = 1.0
    seconds["train"] = time.perf_counter() - step

    step = time.perf_counter()
    predicted = linker.inference.predict(warning_mode="never")
    relation = predicted.as_duckdbpyrelation()
    comparisons = int(relation.aggregate("count(*)").fetchall()[0][0])
    gammas = [f"gamma_{name}" for name in names]
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
            tuple(f"{name}: {labels[name][int(g)]}" for name, g in zip(names, row[4:], strict=True) if g != -1),
        )
        for row in kept
    ]
    matches.sort(key=lambda m: (-m.probability, m.left_id, m.right_id))
    return LinkResult(tuple(matches), comparisons, possible, seconds)


def _exact_share(tables: list[list[dict[str, Any]]], dated: bool, possible: int) -> float:
    """The share of possible pairs that agree exactly on name and year (name alone when undated)."""
    keys = [
        Counter(
            (r["name_compact"], r["year"] if dated else "")
            for r in rows
            if r["name_compact"] and (r["year"] or not dated)
        )
        for rows in tables
    ]
    if len(keys) == 1:
        found = sum(n * (n - 1) // 2 for n in keys[0].values())
    else:
        found = sum(n * keys[1][key] for key, n in keys[0].items())
    return found / possible if possible else 0.0


def _arrow(rows: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    schema = pa.schema(
        [
            ("unique_id", pa.string()),
            ("name_norm", pa.string()),
            ("name_compact", pa.string()),
            ("first_last", pa.string()),
            ("head", pa.string()),
            ("tail", pa.string()),
            ("given", pa.string()),
            ("family", pa.string()),
            ("day", pa.string()),
            ("year", pa.int64()),
            ("episode_key", pa.string()),
            ("kind", pa.string()),
            ("part_of", pa.string()),
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
