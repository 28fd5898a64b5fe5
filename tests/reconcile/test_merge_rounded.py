"""Merging a rounded figure with the count it rounds: the indexed merge gives what comparing every value
with every kept one gives (the first kept value that holds it), on generated figures of a few units with
rounding, bounds and text values among them."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from filmfacts.model import FactValue, Quantity, Text, unique
from filmfacts.reconcile.conflicts import within_rounding
from filmfacts.reconcile.facts import _merge_rounded

CTX: Any = SimpleNamespace(independent=lambda sources: len(set(sources)))


def pairwise(values: list[FactValue]) -> list[FactValue]:
    """The merge as it was written first: each value against every value kept so far."""
    out: list[FactValue] = []
    for fv in sorted(values, key=lambda v: isinstance(v.value, Quantity) and (v.value.approx or bool(v.value.bound))):
        home = next((o for o in out if isinstance(o.value, Quantity) and isinstance(fv.value, Quantity)
                     and within_rounding(o.value, fv.value)), None)
        if home is None:
            out.append(fv)
            continue
        sources = unique(sorted({*home.sources, *fv.sources}))
        out[out.index(home)] = FactValue(home.value, home.claims + fv.claims, sources, CTX.independent(sources))
    return out


amounts = st.one_of(st.integers(-5, 3_000_000).map(float), st.sampled_from([11.09e6, 11_093_214.0, 1e7, 9.5e6,
                                                                            10_020_000.0, 0.0, 250.0, 262.0]))
quantities = st.builds(Quantity, amounts, st.sampled_from(["", "USD", "KRW"]), st.booleans(),
                       st.sampled_from(["", "", "lower", "upper"]))
values = st.one_of(quantities, quantities, st.builds(Text, st.sampled_from(["a", "b"])))
fact_values = st.builds(lambda v, s: FactValue(v, (), (s,), 1), values, st.sampled_from(["d1", "d2", "d3"]))


@settings(max_examples=400, deadline=None)
@given(st.lists(fact_values, max_size=40))
def test_the_indexed_merge_is_the_pairwise_merge(values: list[FactValue]) -> None:
    assert _merge_rounded(values, CTX) == pairwise(values)


def test_a_rounded_figure_joins_the_count_it_rounds() -> None:
    exact = FactValue(Quantity(11_093_214.0), (), ("d1",), 1)
    rounded = FactValue(Quantity(11.09e6, approx=True), (), ("d2",), 1)
    other = FactValue(Quantity(12.5e6, approx=True), (), ("d3",), 1)
    merged = _merge_rounded([rounded, other, exact], CTX)
    assert [(m.value, m.sources) for m in merged] == [(Quantity(11_093_214.0), ("d1", "d2")),
                                                      (Quantity(12.5e6, approx=True), ("d3",))]
