"""A bar chart read from its printed text alone: category labels along one row, each with its value printed
above it at a different height (the top of its bar). When the chart tool finds no bars (gradients, rounded
CSS bars, a screenshot too small), the labels still place each figure over its category: (category,
value, evidence id) points for `record_sources._chart`. Geometric, no model; empty when the text is no such
chart (a table's figures stand in rows at one height)."""

from __future__ import annotations

from ..sir import Evidence
from ..textutil import parse_number


def value_points(rows: list[list[Evidence]]) -> list[tuple[str, str, str, str]]:
    """The lowest row of three or more word labels with one figure above each, the figures at varied
    heights: (label, "", value, id) per category, in printed order."""
    for row in reversed(rows):
        labels = [e for e in row if parse_number(e.value) is None and len(e.value.split()) <= 3]
        if len(labels) < 3 or len(labels) < 0.8 * len(row):
            continue
        pts = [(lab, fig) for lab in labels if (fig := _figure_above(lab, rows)) is not None]
        if len(pts) < max(3, 0.75 * len(labels)):
            continue
        tops = [fig.box.cy for _, fig in pts]  # type: ignore[union-attr]
        h = max(fig.box.h for _, fig in pts)  # type: ignore[union-attr]
        if max(tops) - min(tops) < 1.5 * h or len({fig.id for _, fig in pts}) < len(pts):
            return []  # figures in one row over names are a table's, not bars'
        return [(lab.value.strip(), "", fig.value.strip(), fig.id) for lab, fig in pts]
    return []


def _figure_above(label: Evidence, rows: list[list[Evidence]]) -> Evidence | None:
    """The nearest lone figure above a label and centred over it (within the wider of the two)."""
    b = label.box
    assert b is not None
    above = [e for r in rows for e in r if e.box is not None and e.box.cy < b.cy - b.h
             and parse_number(e.value) is not None and len(e.value.split()) == 1
             and abs(e.box.cx - b.cx) < 0.5 * max(e.box.w, b.w)]
    return max(above, key=lambda e: e.box.cy if e.box is not None else 0.0, default=None)
