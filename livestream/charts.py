"""Charts as plain geometry, drawn by the pages as inline SVG (templates/_chart.html).

Pure (stdlib only): no chart library, no script, nothing fetched; the template only places the
rectangles computed here. Grouped horizontal bars compare sessions or teams: shares 0..1 by
default, or counts against the largest (None: nothing to measure yet, drawn as no bar). Columns
show a session's comments over time.
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
LABEL_CHARS = 24


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


def count(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}".replace(",", ".")


def bar_chart(rows: Sequence[tuple[str, Mapping[str, float | None]]], series: Sequence[str],
              counts: bool = False) -> BarChart:
    """One group of bars per row (a session, a team), one bar per key in `series`: shares, or
    with `counts` numbers drawn against the largest of them."""
    largest = max((float(v) for _, values in rows for k in series if (v := values.get(k)) is not None),
                  default=0.0) if counts else 1.0
    groups = []
    y = TOP
    group_height = len(series) * (BAR_HEIGHT + BAR_GAP)
    for label, values in rows:
        bars = []
        for index, key in enumerate(series):
            value = values.get(key)
            share = min(max(float(value) / largest, 0.0), 1.0) if value is not None and largest else None
            text = count(value) if counts else percent(share)
            bars.append(Bar(index, LABEL_WIDTH, y + index * (BAR_HEIGHT + BAR_GAP),
                            round((share or 0.0) * PLOT_WIDTH, 1), share, text))
        groups.append(Group(_short(label), y + group_height / 2 + 4, tuple(bars)))
        y += group_height + GROUP_GAP
    ticks = tuple((LABEL_WIDTH + PLOT_WIDTH * f, count(largest * f) if counts else percent(f))
                  for f in (0, 0.5, 1))
    return BarChart(width=LABEL_WIDTH + PLOT_WIDTH + 50, height=int(y), plot_x=LABEL_WIDTH,
                    plot_width=PLOT_WIDTH, top=TOP, groups=tuple(groups), ticks=ticks)


COLUMNS_HEIGHT = 160  # the plot's height in a timeline
COLUMNS_WIDTH = 600
COLUMNS_LEFT = 40     # room for the count axis
COLUMNS_BOTTOM = 20   # room for the time labels
MAX_COLUMN_STEP = 40  # a short session's few columns stay columns, not slabs


@dataclass(frozen=True)
class Column:
    x: float
    width: float
    label: str                                  # "20:05"
    parts: tuple[tuple[int, float, float, int], ...]  # (series, y, height, value) per series


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    plot_x: int
    plot_bottom: int
    columns: tuple[Column, ...]
    ticks: tuple[tuple[float, str], ...]        # (y, "120")
    labels: tuple[tuple[float, str], ...]       # (x, "20:05"): a few times along the axis

    @property
    def empty(self) -> bool:
        return not self.columns


def timeline(buckets: Sequence[tuple[str, Sequence[int]]]) -> Timeline:
    """Columns over time, one per bucket ("20:05", (comments, questions, …)); each series is a
    column of its own height drawn over the first, so a part reads against the whole."""
    top = max((max(values, default=0) for _, values in buckets), default=0)
    step = min(COLUMNS_WIDTH / max(len(buckets), 1), MAX_COLUMN_STEP)
    bottom = 8 + COLUMNS_HEIGHT
    columns = []
    for index, (label, values) in enumerate(buckets):
        x = COLUMNS_LEFT + index * step
        parts = tuple((series, round(bottom - h, 1), h, value)
                      for series, value in enumerate(values)
                      if (h := round(COLUMNS_HEIGHT * value / top, 1) if top else 0.0) > 0)
        columns.append(Column(round(x + step * 0.1, 1), round(step * 0.8, 1), label, parts))
    every = max(1, len(buckets) // 6)
    labels = tuple((round(c.x + c.width / 2, 1), c.label) for i, c in enumerate(columns) if i % every == 0)
    ticks = tuple((round(bottom - COLUMNS_HEIGHT * f, 1), count(top * f)) for f in (0, 0.5, 1)) if top else ()
    return Timeline(width=COLUMNS_LEFT + round(step * max(len(buckets), 1)) + 10,
                    height=bottom + COLUMNS_BOTTOM, plot_x=COLUMNS_LEFT, plot_bottom=bottom,
                    columns=tuple(columns), ticks=ticks, labels=labels)
