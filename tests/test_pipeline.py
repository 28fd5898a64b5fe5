"""Stages declare what they need and give; the pipeline refuses an order that cannot run."""

from __future__ import annotations

import pytest

from filmfacts.errors import PipelineError
from filmfacts.pipeline import BUILD_STAGES, READ_STAGES, Stage, check_order


def test_declared_orders_run() -> None:
    check_order(BUILD_STAGES, ("path",))
    check_order(READ_STAGES, ("stored",))


def test_a_stage_before_what_it_needs_is_refused() -> None:
    with pytest.raises(PipelineError, match="'extract' needs document"):
        check_order((Stage("extract", ("document",), ("claims",)), Stage("read", ("path",), ("document",))),
                    ("path",))
