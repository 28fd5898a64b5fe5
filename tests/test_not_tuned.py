"""Nothing in src/ is tuned to the seed film: none of its titles, people or roles appear there
(the bundled example documents aside)."""

from __future__ import annotations

import json
import re

from conftest import ROOT, shared

GENERIC = {"South Korea", "Kannada", "Hindi", "Turkey", "Philippines", "Indonesia", "Spain", "United States",
           "comedy drama"}


def seed_names() -> set[str]:
    gold = json.loads(shared("gold", "miracle-in-cell-no-7.json").read_text(encoding="utf-8"))
    names = {gold["film"]}
    for group in gold["same_person"] + gold["same_character"] + gold["different_people"]:
        names.update(group)
    for fact in gold["facts"]:
        if isinstance(fact["value"], str) and not re.fullmatch(r"[\d-]+", fact["value"]):
            names.add(fact["value"])
        for key, value in (fact.get("qualifiers") or {}).items():
            if key in {"character", "place", "producer", "director", "starring"}:
                names.update(value if isinstance(value, list) else [value])
    for row in gold["awards"]["rows"]:
        names.update(row["recipients"])
    return {n for n in names if len(n) > 3 and not re.fullmatch(r"[\d-]+|[a-z]{2}", n)} - GENERIC


def test_no_seed_name_in_the_code() -> None:
    names = seed_names()
    assert "Oh Dal-su" in names and "Miracle in Cell No. 7" in names
    found = []
    for path in sorted((ROOT / "src" / "filmfacts").rglob("*.py")):
        text = path.read_text(encoding="utf-8").casefold()
        found += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.casefold() in text]
    assert not found, found
