"""The two text formats of the seeds, read into Documents: golden files per input."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmfacts.model import Document
from filmfacts.sources import detect, read_file
from filmfacts.sources.wiki import rendered_wiki
from filmfacts.sources.wiki.flat_table import outcome_of
from golden_files import TEXT_INPUTS, check


def summary(doc: Document) -> dict:  # type: ignore[type-arg]
    return {
        "format": doc.format, "kind": doc.kind, "site": doc.site, "licence": doc.licence,
        "language": doc.language, "declared_copies": list(doc.declared_copies),
        "sections": [[list(s.path), doc.text[s.start:s.end][:50]] for s in doc.sections],
        "tables": [{"header": list(t.header), "section": list(t.section),
                    "rows": [[c.text + (" ↓" if c.spanned else "") for c in row] for row in t.rows]}
                   for t in doc.tables],
    }


@pytest.mark.parametrize("name", sorted(TEXT_INPUTS))
def test_reader_golden(name: str) -> None:
    path = TEXT_INPUTS[name]
    doc = read_file(path)
    for table in doc.tables:
        for row in table.rows:
            for cell in row:
                assert doc.text[cell.start:cell.end] == cell.text, "cells point at their text"
    check("readers", name, summary(doc))


def test_format_is_recognised_by_content_not_name(tmp_path: Path) -> None:
    wiki = next(p for n, p in TEXT_INPUTS.items() if n.endswith("dramawiki"))
    renamed = tmp_path / "page.html"
    renamed.write_bytes(wiki.read_bytes())
    assert read_file(renamed).format == "rendered_wiki"
    assert detect(wiki.read_text(encoding="utf-8")) is rendered_wiki


def test_flattened_table_spans_are_carried_down() -> None:
    """`| Best Actor | Ryu Seung Ryong | ||` under a row that had the ceremony and the outcome."""
    text = ("Film X is a 2001 South Korean film.\nAwards[]\n| Award | Category | Recipient(s) | Outcome |\n"
            "|---|---|---|---|\n| 1st A Awards | Best Film | Film X | Nominated |\n| Best Actor | Kim A | ||\n"
            "| Best Music | Lee B | Won | |\n| 2nd B Awards | Best Director | Park C | |\n"
            "| 3rd C Awards | Best Actress | Choi D |\n")
    doc = rendered_wiki.read(text, "t.txt")
    rows = [[c.text for c in row] for row in doc.tables[0].rows]
    assert rows == [
        ["1st A Awards", "Best Film", "Film X", "Nominated"],
        ["1st A Awards", "Best Actor", "Kim A", "Nominated"],
        ["1st A Awards", "Best Music", "Lee B", "Won"],
        ["2nd B Awards", "Best Director", "Park C", "Won"],
        ["3rd C Awards", "Best Actress", "Choi D", "Won"],
    ]


@pytest.mark.parametrize(("cell", "outcome"), [("Won", "won"), ("Nominated", "nominated"), ("Winner", "won"),
                                               ("nominee", "nominated"), ("Best Actor", "")])
def test_outcomes_normalise(cell: str, outcome: str) -> None:
    assert outcome_of(cell) == outcome
