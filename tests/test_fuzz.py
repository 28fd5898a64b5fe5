"""Generated documents of every format through the public build path: a build either succeeds or
raises a FilmfactsError with a one-line message, and a refused build leaves the store as it was.

The strategies build inputs out of the pieces each reader looks for (headings, infobox templates,
HTML tags, CSV cells, film-row keys, dump pages) mixed with arbitrary text, so the generated files
reach past the readers' recognition into the readers and extractors. The example counts are kept
small for the suite's time (550 inputs in all); `FILMFACTS_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py`
runs a longer hunt, and `bench/fuzz_bench.py` a million inputs, without the store, with Atheris too.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from filmfacts import FilmfactsError, Store, build

sys.path.insert(0, str(ROOT / "bench"))

from fuzz_formats import FORMATS, check_refusal

EXAMPLES = int(os.environ.get("FILMFACTS_FUZZ_EXAMPLES", "50"))  # per format; more for a longer hunt
FUZZ = settings(max_examples=EXAMPLES, deadline=timedelta(seconds=30),  # a hang, not a slow machine, fails
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as folder:
        s = Store(Path(folder) / "fuzz.db")
        yield s
        s.close()


def build_one(store: Store, name: str, data: bytes, *, skip_bad: bool = False) -> None:
    """Build one generated file; only success or a clean FilmfactsError may come out of it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        before = store.counts()
        try:
            report = build([path], store, skip_bad=skip_bad)
            event(f"stored {report.documents} document(s)" if report.documents else "nothing stored")
        except FilmfactsError as error:
            event(type(error).__name__)
            assert not check_refusal(error, path)
            assert store.counts() == before  # a refused file keeps nothing


@pytest.mark.parametrize("name", list(FORMATS))
@FUZZ
@given(data=st.data())
def test_a_build_stores_or_refuses_cleanly(store: Store, name: str, data: st.DataObject) -> None:
    # a dataset is also built with --skip-bad, which skips a bad row rather than the file
    build_one(store, name, data.draw(FORMATS[name]), skip_bad=name == "films.json" and data.draw(st.booleans()))
