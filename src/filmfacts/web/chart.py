"""The box-office timeline as an inline SVG drawn on the server: no script, no file fetched.

`timeline_chart(points)` turns `Records.timeline`'s points into coordinates, ticks and labels; the
template (`_timeline.html`) writes them as SVG elements, so every label from a document is escaped
like any other text on the page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

WIDTH, HEIGHT = 640, 320
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 40


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    days: int
    admissions: float
    site: str
    source: str
    milestone: bool
    verdict: str


@dataclass(frozen=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    dots: tuple[Dot, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    line: str  # the polyline through the undisputed figures, in day order
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM


def _step(span: float, count: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about `count` ticks over `span`."""
    raw = max(span / count, 1e-9)
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _count(value: float) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    if value >= 1_000:
        return f"{value / 1_000:g}k"
    return f"{value:g}"


def timeline_chart(points: list[dict[str, Any]]) -> Chart | None:
    """Figures with a day since release placed on days × admissions; None when no figure has a day."""
    dated = [p for p in points if p.get("days") is not None]
    if not dated:
        return None
    max_day = max(max(p["days"] for p in dated), 1)
    max_n = max(max(p["admissions"] for p in dated), 1.0)
    x_step, y_step = _step(max_day), _step(max_n)
    x_top, y_top = math.ceil(max_day / x_step) * x_step, math.ceil(max_n / y_step) * y_step

    def x(day: float) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * day / x_top, 1)

    def y(n: float) -> float:
        return round(HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * n / y_top, 1)

    # a figure in a disagreement is drawn last, over an agreeing one at the same place
    dots = tuple(sorted((Dot(x(p["days"]), y(p["admissions"]), p["days"], p["admissions"], p["site"], p["source"],
                             bool(p.get("milestone")), p.get("verdict") or "") for p in dated),
                        key=lambda d: bool(d.verdict)))
    calm = sorted((d for d in dots if not d.verdict and not d.milestone), key=lambda d: (d.days, d.admissions))
    line = " ".join(f"{d.x},{d.y}" for d in calm)
    x_ticks = tuple(Tick(x(i * x_step), f"{i * x_step:g}") for i in range(round(x_top / x_step) + 1))
    y_ticks = tuple(Tick(y(i * y_step), _count(i * y_step)) for i in range(round(y_top / y_step) + 1))
    return Chart(WIDTH, HEIGHT, dots, x_ticks, y_ticks, line)
