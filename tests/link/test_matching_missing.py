"""Without the optional extra, entity matching says what to install (link/matching.py)."""

from __future__ import annotations

import sys

import pytest

from filmfacts.link.matching import MissingDependency, link_tables


def test_missing_splink_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "splink", None)  # import splink now raises ImportError
    with pytest.raises(MissingDependency, match=r"pip install 'filmfacts\[link\]'"):
        link_tables([{"id": "a", "name": "Oldboy"}], [{"id": "b", "name": "Old Boy"}])
