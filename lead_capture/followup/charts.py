"""Grouped horizontal bar charts as plain geometry, drawn by the KPI page as inline SVG.

Pure (stdlib only): no chart library, no script, nothing fetched; the template only places the
rectangles computed here. Values are shares 0..1 (None: nothing to measure yet, drawn as no bar).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

LABEL_WIDTH = 190   # room for a session title or team name on the left
PLOT_WIDTH = 420
BAR_HEIGHT = 14
BAR_GAP = 2
GROUP_GAP = 14
TOP = 24            # room for the axis labels (0 %, 50 %, 100 %)
LABEL_CHARS = 28


@dataclass(frozen=True)
class Bar:
    series: int      # index into the chart's series, for the colour class
    x: float
    y: float
    width: float
    value: float | None
    text: str        # "72 %" or "—"


@dataclass(frozen=True)
class Group:
    label: str
    y: float         # baseline of the label text
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    plot_x: int
    plot_width: int
    top: int
    groups: tuple[Group, ...]
    ticks: tuple[tuple[float, str], ...]  # (x, "50 %")

    @property
    def empty(self) -> bool:
        return not self.groups


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)} %"


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def bar_chart(rows: Sequence[tuple[str, Mapping[str, float | None]]], series: Sequence[str]) -> BarChart:
    """One group of bars per row (a session, a team), one bar per key in `series`."""
    groups = []
    y = TOP
    group_height = len(series) * (BAR_HEIGHT + BAR_GAP)
    for label, values in rows:
        bars = []
        for index, key in enumerate(series):
            value = values.get(key)
            share = min(max(float(value), 0.0), 1.0) if value is not None else None
            bars.append(Bar(index, LABEL_WIDTH, y + index * (BAR_HEIGHT + BAR_GAP),
                            round((share or 0.0) * PLOT_WIDTH, 1), share, percent(share)))
        groups.append(Group(_short(label), y + group_height / 2 + 4, tuple(bars)))
        y += group_height + GROUP_GAP
    ticks = tuple((LABEL_WIDTH + PLOT_WIDTH * f, percent(f)) for f in (0, 0.5, 1))
    return BarChart(width=LABEL_WIDTH + PLOT_WIDTH + 50, height=int(y), plot_x=LABEL_WIDTH,
                    plot_width=PLOT_WIDTH, top=TOP, groups=tuple(groups), ticks=ticks)
