"""The OpenAPI schema checked by Schemathesis: requests generated from the schema (valid ones and, with
the negative mode, invalid ones) against every operation, each answer checked against the schema
(status codes, content types, response shapes) and for server errors.

Bounded: 20 examples per operation and mode, the same seed each run. The strategies are driven with
Hypothesis directly (`APIOperation.as_strategy`): Schemathesis's own pytest decorator does not run
under this pytest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from filmfacts.api import create_app

OPERATIONS = [("GET", "/api/health"), ("GET", "/api/films"), ("GET", "/api/films/{film_id}"),
              ("GET", "/api/films/{film_id}/conflicts"), ("GET", "/api/films/{film_id}/timeline"),
              ("GET", "/api/people"), ("GET", "/api/people/{person_id}"), ("GET", "/api/documents"),
              ("GET", "/api/documents/{document_id}"), ("GET", "/api/export"), ("POST", "/api/documents")]


@pytest.fixture(scope="module")
def api_schema(served_db: Path) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(served_db))


def test_the_schema_lists_every_operation(api_schema: Any, served_db: Path) -> None:
    from fastapi.testclient import TestClient

    paths = TestClient(create_app(served_db)).get("/openapi.json").json()["paths"]
    assert sorted((method.upper(), path) for path, methods in paths.items() for method in methods) == sorted(OPERATIONS)


# an operation that takes no parameter has no invalid request to make
RUNS = [pytest.param(method, path, mode, id=f"{method} {path} {mode.value}") for method, path in OPERATIONS
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
        if mode == GenerationMode.POSITIVE or path != "/api/health"]


@pytest.mark.parametrize(("method", "path", "mode"), RUNS)
def test_every_answer_matches_the_schema(api_schema: Any, method: str, path: str, mode: GenerationMode) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=20, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        case.call_and_validate()

    check()
