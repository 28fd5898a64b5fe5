"""The timeline chart: cumulative admissions by day since release, one marker style per source.

A source with many points (KOBIS's daily series) is drawn as a line; points that are part of a
disagreement get a red ring and their verdict; milestones ("crossed 10 million") are stars.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..errors import InputError
from ..reconcile.timeline import Timeline, TimelinePoint

MARKERS = ("o", "s", "^", "D", "v", "P", "X", "<", ">", "h")
LINE_FROM = 5  # a source with this many points or more is a series: drawn as a line


def draw(timeline: Timeline, path: Path) -> Path:
    """Write the chart of `timeline` as a PNG at `path`; returns the path."""
    by_source: dict[str, list[TimelinePoint]] = defaultdict(list)
    for p in timeline.points:
        if p.days is not None:
            by_source[p.site].append(p)
    # a Figure on the Agg canvas, not pyplot: no display, no global figure state
    fig = Figure(figsize=(9, 5), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    for i, (site, pts) in enumerate(sorted(by_source.items())):
        pts.sort(key=lambda p: p.days or 0)
        xs, ys = [p.days or 0 for p in pts], [p.admissions / 1e6 for p in pts]
        style = "-" if len(pts) >= LINE_FROM else ""
        ax.plot(xs, ys, linestyle=style or "none", marker=MARKERS[i % len(MARKERS)], markersize=6,
                label=f"{site} ({pts[0].kind.replace('_', ' ') or 'unknown kind'})")
        for p in pts:
            y = p.admissions / 1e6
            if p.milestone:
                ax.plot([p.days or 0], [y], marker="*", markersize=14, color="goldenrod", linestyle="none")
            if p.verdict:
                ax.plot([p.days or 0], [y], marker="o", markersize=16, markerfacecolor="none",
                        markeredgecolor="red", markeredgewidth=2, linestyle="none")
                ax.annotate(f"{p.verdict.replace('_', ' ')}: {site}", (p.days or 0, y), xytext=(8, 8),
                            textcoords="offset points", color="red", fontsize=8)
    released = f" (released {timeline.released})" if timeline.released else ""
    ax.set_title(f"{timeline.title}: cumulative admissions{released}")
    ax.set_xlabel("days since release (release day = day 1)")
    ax.set_ylabel("admissions (millions)")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format="png")
    except OSError as error:
        raise InputError(f"cannot write the chart to {path}: {error.strerror}",
                         hint="pass --chart with a writable path") from None
    return path
