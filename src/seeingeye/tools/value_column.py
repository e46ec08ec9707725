"""Pairs set at a page's value column: on a receipt or a bill every value ends at one right edge, the amounts
and the words alike ("Served by ........ Tomasz", "Paid with ........ Card", "Time ........ 08:42"). A row of
a label and one word value without a colon pairs only by that alignment: its value ends where three or more
figures on two-piece rows end. Geometry, not words."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..sir import EvidenceDraft
from ..textutil import is_numeric_text
from .printed import PrintedLine, same_row


def _two_piece_rows(lines: Sequence[PrintedLine], skip: set[int]) -> list[tuple[int, int]]:
    """(label, value) index pairs of rows holding exactly two pieces, the label first."""
    out = []
    for k, ln in enumerate(lines):
        if k in skip:
            continue
        row = sorted((j for j, o in enumerate(lines) if j not in skip and same_row(ln.box, o.box)),
                     key=lambda j: lines[j].box.x0)
        if len(row) == 2 and row[0] == k and lines[row[1]].box.x0 > ln.box.x1:
            out.append((k, row[1]))
    return out


def column_pairs(lines: Sequence[PrintedLine], skip: set[int], known: set[str | None],
                 make: Callable[[PrintedLine, PrintedLine], EvidenceDraft]) -> list[EvidenceDraft]:
    """The pairs of a label and a worded value ending at the value column's edge (`make` builds each)."""
    rows = _two_piece_rows(lines, skip)
    priced = [(k, v) for k, v in rows if is_numeric_text(lines[v].text) or re.search(r"\d[.,]\d\d$", lines[v].text)]
    edges = [lines[v].box.x1 for _, v in priced]
    if len(edges) < 3:
        return []
    first = min(lines[k].box.y0 for k, _ in priced)  # (a heading's row over the items is no pair: "Bill to")
    out = []
    for k, v in rows:
        label, value = lines[k], lines[v]
        tol = 0.6 * max(value.box.h, 1.0)
        if label.text.strip().rstrip(":") in known or not re.fullmatch(r"[^\W\d_][^\d:]{0,30}", label.text.strip()):
            continue
        if label.box.y0 > first and sum(abs(e - value.box.x1) <= tol for e in edges) >= 3 \
                and value.box.x0 - label.box.x1 > 2 * tol:
            out.append(make(label, value))
    return out

