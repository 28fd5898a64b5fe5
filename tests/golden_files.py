"""Golden-file helpers: an input beside its expected output; FILMFACTS_REGEN=1 rewrites the outputs."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from conftest import EXAMPLES, FILMS, ROOT

GOLDEN = ROOT / "tests" / "golden"

# The text inputs: the bundled examples and the team-written films.
TEXT_INPUTS = {
    **{f"example-{p.stem}": p for p in sorted(EXAMPLES.glob("*.txt"))},
    **{f"{p.parent.name}-{p.stem}": p for p in sorted(FILMS.glob("*/*.txt"))},
}


def check(kind: str, name: str, actual: Any) -> None:
    path = GOLDEN / kind / f"{name}.json"
    text = json.dumps(actual, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if os.environ.get("FILMFACTS_REGEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} missing: run the tests once with FILMFACTS_REGEN=1 and review the file"
    assert json.loads(text) == json.loads(path.read_text(encoding="utf-8")), f"{path} differs"


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))
