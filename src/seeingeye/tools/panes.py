"""Pane edges: the long vertical lines a window draws between its panes (a file manager's two lists, a mail
client's folder tree beside its messages, a TUI's boxed windows). Text on the two sides of an edge belongs to
different panes even when it sits on one printed row, so rows of a listing are read within one pane.

An edge is a thin vertical rule (found as the ruled-table reader finds its column rules) spanning at least a
third of the image's height, drawn beside another (two boxes' borders); the column rules of a ruled table are the
table's, not pane edges.
"""

from __future__ import annotations

import numpy as np

from ..sir import Box
from .base import ToolContext
from .ruled import grid_of, joined_rules, rule_segments

MIN_SPAN = 0.3  # of the image height


def window_pane_edges(ctx: ToolContext) -> list[tuple[Box, bool]]:
    """`pane_edges` of the image under study, found once for every tool that reads them (the window reading,
    the list views)."""
    if "pane_edges" not in ctx.cache:
        ctx.cache["pane_edges"] = pane_edges(ctx.grey)
    return ctx.cache["pane_edges"]  # type: ignore[no-any-return]


def pane_edges(grey: np.ndarray) -> list[tuple[Box, bool]]:
    """Boxes (one pixel wide) of the vertical lines that part a window's panes, left to right, each with whether
    it hangs from a rule across the window (then nothing above that rule is in its panes)."""
    h = grey.shape[0]
    flat, raw = rule_segments(grey)  # one morphological pass serves the edges, the grid and the rules across
    long = [(x, a, b) for x, a, b in joined_rules(raw) if b - a >= MIN_SPAN * h]
    # a bar's sides where no line was found (a line's own sides are that line)
    long += [(x, a, b) for x, a, b in _bar_sides(grey) if not any(abs(x - x2) <= 3 for x2, _, _ in long)]
    grid = grid_of(raw)
    if grid is not None:  # a ruled table's column rules: its cells, not panes
        xs, y0, y1 = grid
        long = [(x, a, b) for x, a, b in long
                if not (any(abs(x - c) <= 3 for c in xs) and min(b, y1) - max(a, y0) >= 0.8 * (b - a))]
    edges: list[tuple[int, int, int]] = []
    for x, a, b in sorted(long):
        if edges and x - edges[-1][0] <= 3 and min(b, edges[-1][2]) > max(a, edges[-1][1]):
            continue  # one line drawn two pixels wide
        edges.append((x, a, b))
    # Two panes meet at two lines side by side (each box's border, a splitter's two edges); a single line
    # inside a box parts the columns of one listing (mc's Name | Size | Modify time), not panes.
    paired = [(x, a, b) for x, a, b in edges if any(3 <= abs(x - x2) <= 15 and min(b, b2) - max(a, a2) > 0.5 * (b - a)
                                                    for x2, a2, b2 in edges)]
    # ...or one line hanging from a rule across the whole window (a terminal multiplexer's split: tmux draws
    # one line between side-by-side panes, under the line that parts them from the pane above)
    across = [(y, a, b) for y, a, b in joined_rules(flat, gap=8) if b - a >= 0.8 * grey.shape[1]]
    hanging = [(x, a, b) for x, a, b in edges if (x, a, b) not in paired and any(
        abs(y - a) <= 6 and x0 + 20 < x < x1 - 20 for y, x0, x1 in across)]
    return sorted(((Box(x0=x, y0=a, x1=x + 1, y1=b), (x, a, b) in hanging) for x, a, b in paired + hanging),
                  key=lambda t: t[0].x0)


def window_shade_steps(ctx: ToolContext) -> list[Box]:
    """Where one pane's background meets the next with no line drawn (a sidebar a shade lighter than the list
    beside it), apart from the drawn edges: a chart's bars step alike, so readers weigh these by what else
    the page shows."""
    if "shade_steps" not in ctx.cache:
        drawn = [e.x0 for e, _ in window_pane_edges(ctx)]
        ctx.cache["shade_steps"] = [Box(x0=x, y0=a, x1=x + 1, y1=b) for x, a, b in background_steps(ctx.grey)
                                    if not any(abs(x - x2) <= 3 for x2 in drawn)]
    return ctx.cache["shade_steps"]  # type: ignore[no-any-return]


def _bar_sides(grey: np.ndarray, step: int = 25) -> list[tuple[int, int, int]]:
    """The two sides of a filled vertical bar between panes (a splitter, a scrollbar's track or thumb): columns
    where the grey level steps sharply on one long unbroken run of rows. A line finder misses them, being wide."""
    h = grey.shape[0]
    steps = np.abs(np.diff(grey.astype(np.int16), axis=1)) > step
    out = []
    for x in np.flatnonzero(steps.sum(axis=0) >= MIN_SPAN * h):
        col = np.concatenate(([False], steps[:, x], [False]))
        starts, ends = np.flatnonzero(col[1:] & ~col[:-1]), np.flatnonzero(~col[1:] & col[:-1])
        k = int(np.argmax(ends - starts))
        if ends[k] - starts[k] >= MIN_SPAN * h:
            out.append((int(x) + 1, int(starts[k]), int(ends[k])))
    return out


def background_steps(grey: np.ndarray, side: int = 4, least: int = 3) -> list[tuple[int, int, int]]:
    """Columns where one pane's flat shade meets the flat shade(s) of the next, one side keeping one shade down
    a long run of rows (a sidebar's background beside a list, whose rows may alternate two shades): (x of the
    right side's first column, first row, last row). Text or a highlighted entry crossing the step breaks a
    few rows, not the run; a photo has no flat shades. A block of one flat shade closed by steps on both sides
    over the same rows (a chart's bar, a button) is a thing drawn on a pane, not two panes."""
    h, w = grey.shape
    if w < 4 * side:
        return []
    g = grey.astype(np.int16)
    strips = np.lib.stride_tricks.sliding_window_view(g, side, axis=1)  # [y, x]: pixels x .. x+side-1 of row y
    flat = strips.max(axis=2) == strips.min(axis=2)
    level = strips[:, :, 0]
    out: list[tuple[int, int, int, int, int]] = []  # x, first row, last row, shade on the left, on the right
    # (one pass over every column finds the few where enough rows step; only those are looked at row by row)
    stepping = flat[:, : w - 2 * side] & flat[:, side : w - side] \
        & (np.abs(level[:, : w - 2 * side] - level[:, side : w - side]) >= least)
    for x in (np.flatnonzero(stepping.sum(axis=0) >= MIN_SPAN * h) + side).tolist():
        a, b = level[:, x - side], level[:, x]
        ok = stepping[:, x - side]
        for kept in (a, b):  # the side that keeps one shade (the other may alternate)
            values, counts = np.unique(kept[ok], return_counts=True)
            rows = np.flatnonzero(ok & (kept == values[np.argmax(counts)]))
            if len(rows) >= MIN_SPAN * h and len(rows) >= 0.6 * (rows[-1] - rows[0] + 1):
                out.append((x, int(rows[0]), int(rows[-1]), _mode(a[rows]), _mode(b[rows])))
                break
    # one step is one edge: a run of neighbouring columns that all qualify (a soft edge) keeps its first
    out = [e for k, e in enumerate(out) if k == 0 or e[0] - out[k - 1][0] > 1]
    drawn = {k for i, e in enumerate(out) for j in range(i + 1, len(out)) if _block(g, e, out[j]) for k in (i, j)}
    return [(x, a, b) for k, (x, a, b, _, _) in enumerate(out) if k not in drawn]


def _mode(values: np.ndarray) -> int:
    got, counts = np.unique(values, return_counts=True)
    return int(got[np.argmax(counts)])


def _block(g: np.ndarray, left: tuple[int, int, int, int, int], right: tuple[int, int, int, int, int]) -> bool:
    """Two steps over about the same rows with one shade between them, and nearly every row between them flat in
    it: a filled block (a bar), where a pane between two others holds lines of text."""
    x0, a0, b0, _, inner = left
    x1, a1, b1, inner2, _ = right
    if inner != inner2 or abs(a1 - a0) + abs(b1 - b0) > 0.1 * g.shape[0] or x1 - x0 < 6:
        return False
    body = g[max(a0, a1):min(b0, b1) + 1, x0 + 2:x1 - 2]
    return body.size > 0 and float(np.mean((body == inner).all(axis=1))) >= 0.85
