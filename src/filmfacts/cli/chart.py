"""The timeline chart: cumulative admissions by day since release, one marker style per source.

A source with many points (KOBIS's daily series) is drawn as a line; points that are part of a
disagreement get a red ring and their verdict; milestones ("crossed 10 million") are stars.
"""

from __future__ import annotations

import re
import warnings
from collections import defaultdict
from functools import cache
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..errors import InputError
from ..reconcile.timeline import Timeline, TimelinePoint

MARKERS = ("o", "s", "^", "D", "v", "P", "X", "<", ">", "h")
LINE_FROM = 5  # a source with this many points or more is a series: drawn as a line
RUN_DAYS = 400  # a point later than this is a final tally taken long after the run: drawn at the edge


def _frame(points: list[TimelinePoint]) -> tuple[float, float]:
    """The x and y limits that show the run: not stretched by a tally taken years later or by a
    figure in disagreement (a typo ten times too big stays visible at the top edge)."""
    days = [p.days or 0 for p in points if (p.days or 0) <= RUN_DAYS] or [p.days or 0 for p in points]
    sure = [p.admissions / 1e6 for p in points if not p.verdict] or [p.admissions / 1e6 for p in points]
    return max(days) * 1.08 + 2, max(sure) * 1.15


_WIDE = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]")
# file names of fonts that hold Hangul (and kana and hanzi), in the order tried
_CJK_FONTS = ("notosanscjk", "notoserifcjk", "nanumgothic", "nanum", "malgun", "applesdgothic", "unifont",
              "droidsansfallback", "wqy", "baekmuk", "un")


@cache
def cjk_font() -> str:
    """The family name of a font with Hangul that matplotlib's font manager can use, or ""."""
    from matplotlib import font_manager

    def plain(path: str) -> str:
        return Path(path).name.casefold().replace("-", "").replace("_", "")

    found = sorted(font_manager.findSystemFonts(), key=plain)
    for prefix in _CJK_FONTS:
        family = [p for p in found if plain(p).startswith(prefix)]
        # every weight of the family, so bold titles and regular labels each find theirs (a family known
        # only by its bold file is drawn bold everywhere, with a warning per text)
        family.sort(key=lambda p: ("regular" not in plain(p), plain(p)))
        for path in family:
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):  # a font file matplotlib cannot read: the next
                continue
        for path in family:
            try:
                return str(font_manager.FontProperties(fname=path).get_name())
            except (OSError, RuntimeError, ValueError):
                continue
    return ""


def draw(timeline: Timeline, path: Path) -> tuple[Path, str]:
    """Write the chart of `timeline` as a PNG at `path`; returns the path and a note for the reader
    ("" or that Hangul could not be drawn: no font has it). Titles and sites in Hangul, kana or hanzi
    are drawn in a font that has them when the system has one; else they are boxes, said once, not
    warned per glyph."""
    texts = [timeline.title, *(p.site for p in timeline.points)]
    wide = any(_WIDE.search(t) for t in texts)
    font = cjk_font() if wide else ""
    from matplotlib import rc_context

    with rc_context({"font.family": ["DejaVu Sans", font] if font else ["DejaVu Sans"]}), \
            warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from")
        written = _draw(timeline, path)
    note = "" if font or not wide else ("the chart shows Hangul, kana or hanzi as boxes: no font with them was "
                                        "found (install one, e.g. Debian's fonts-noto-cjk)")
    return written, note


def _draw(timeline: Timeline, path: Path) -> Path:
    by_source: dict[str, list[TimelinePoint]] = defaultdict(list)
    for p in timeline.points:
        if p.days is not None:
            by_source[p.site].append(p)
    # a Figure on the Agg canvas, not pyplot: no display, no global figure state
    fig = Figure(figsize=(9, 5), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    xmax, ymax = _frame([p for pts in by_source.values() for p in pts])
    clipped = []
    for i, (site, pts) in enumerate(sorted(by_source.items())):
        pts.sort(key=lambda p: p.days or 0)
        clipped += [(site, p) for p in pts if (p.days or 0) > xmax or p.admissions / 1e6 > ymax]
        xs = [min(p.days or 0, xmax * 0.98) for p in pts]
        ys = [min(p.admissions / 1e6, ymax * 0.98) for p in pts]
        style = "-" if len(pts) >= LINE_FROM else ""
        ax.plot(xs, ys, linestyle=style or "none", marker=MARKERS[i % len(MARKERS)], markersize=6,
                label=f"{site} ({pts[0].kind.replace('_', ' ') or 'unknown kind'})")
        for p, x, y in zip(pts, xs, ys, strict=True):
            if p.milestone:
                ax.plot([x], [y], marker="*", markersize=14, color="goldenrod", linestyle="none")
            if p.verdict:
                ax.plot([x], [y], marker="o", markersize=16, markerfacecolor="none",
                        markeredgecolor="red", markeredgewidth=2, linestyle="none")
                ax.annotate(f"{p.verdict.replace('_', ' ')}: {site}", (x, y), xytext=(8, -12 if y > ymax * 0.9 else 8),
                            textcoords="offset points", color="red", fontsize=8)
    ax.set_xlim(0, xmax)
    ax.set_ylim(0, ymax)
    xlabel = "days since release (release day = day 1)"
    if clipped:  # said in words, since the point is drawn at the edge
        notes = "; ".join(f"{p.admissions:,.0f}" + (f" on day {p.days}" if p.days else "") + f" ({site})"
                          for site, p in clipped[:2])
        xlabel += f"\ndrawn at the edge, off the scale: {notes}{'; …' if len(clipped) > 2 else ''}"
    released = f" (released {timeline.released})" if timeline.released else ""
    ax.set_title(f"{timeline.title}: cumulative admissions{released}")
    ax.set_xlabel(xlabel, fontsize=9)
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
