"""The public surface is what __all__ says, and every name in it is importable."""

from __future__ import annotations

import filmfacts


def test_all_names_exist() -> None:
    for name in filmfacts.__all__:
        assert hasattr(filmfacts, name), name


def test_all_is_the_public_surface() -> None:
    public = {n for n in dir(filmfacts) if not n.startswith("_")} - {"annotations"}
    modules = {"cli", "errors", "export", "extract", "link", "model", "pipeline", "sources", "store", "dump_build",
               "api", "web", "records", "identity", "writing_systems"}
    assert public - modules == set(filmfacts.__all__) - {"__version__"}
