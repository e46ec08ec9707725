"""Where a list view's cells fall under its header, in proportional print: which names stand over columns of
the rows below (set over where cells start, over figures set right, or centred over their columns as Qt's and
Tk's headers are), which name each word goes under, and figures a merged piece pushed words into.
Words are (text, x0, x1), placed by `page_rows.row_words`.
"""

from __future__ import annotations

import re

import numpy as np

from .tabular import Row, cell_type, column_type


def over_columns(head: list[tuple[str, float, float]], body: list[list[tuple[str, float, float]]], cw: float,
                 proportional: bool = False) -> bool:
    """Most names of a header stand over a column of the rows below: a body word starts (or, for figures set
    right, ends) under each of them on half the rows or more. Proportional words are placed by their share of
    a piece, less exactly: nearly all names must stand over a column, to a character and a half."""
    share, reach = (0.8, 1.5 * cw) if proportional else (0.6, cw)

    def under(x0: float, x1: float) -> bool:
        hits = sum(any(abs(w0 - x0) <= reach or abs(w1 - x1) <= reach for _, w0, w1 in r) for r in body)
        return hits >= 0.5 * len(body)

    # (the last name may head figures set right at the list's far edge: every row has a word beyond it; the
    # first may head a tree's names, indented by their depth: every row has a word before the second name)
    last = proportional and bool(body) and all(any(w0 >= head[-1][2] for _, w0, _ in r) for r in body)
    first = proportional and len(head) > 1 and bool(body) and all(
        any(w0 < head[1][1] - reach for _, w0, _ in r) for r in body)
    if sum(under(x0, x1) or (k == len(head) - 1 and last) or (k == 0 and first)
           for k, (_, x0, x1) in enumerate(head)) >= share * len(head):
        return True
    # a list view of four columns or more may centre its names over their columns (Qt, Tk)
    if proportional and len(head) >= 4 and _centred_over(head, body, cw):
        return True
    # ... or set its cells anywhere under their header's cell (centred, set right, indented): each header's
    # stretch, up to the next name, holds whole words on most rows
    stretches = [(x0, head[k + 1][1] if k + 1 < len(head) else float("inf")) for k, (_, x0, _) in enumerate(head)]
    return proportional and len(head) >= 4 and sum(
        sum(any(w0 >= a - reach and w1 <= b + reach for _, w0, w1 in r) for r in body) >= 0.6 * len(body)
        for a, b in stretches) >= share * len(head)


def columns_of(words: list[tuple[str, float, float]], spans: list[tuple[str, float, float]], cw: float,
               centred: bool) -> list[int]:
    """Each word's column: the name it stands under; a word under none, the last name starting before it. Under
    names centred over their columns, a word under none goes with the next word of its cell that stands under
    one ("Birchwood" with "Clinic" under Client), else to the name nearest its middle (a figure set right)."""
    def under(x0: float, x1: float) -> int | None:
        over = [min(x1, b1) - max(x0, b0) for _, b0, b1 in spans]
        return int(np.argmax(over)) if max(over) > 0 else None

    out: list[int] = []
    for k, (_, x0, x1) in enumerate(words):
        j = under(x0, x1)
        if j is None and centred:
            ahead, end = None, x1  # (the cell's words so far, up to the first under a name)
            for _, a0, a1 in words[k + 1:]:
                if a0 - end >= 1.5 * cw or (ahead := under(a0, a1)) is not None:
                    break
                end = a1
            j = ahead if ahead is not None else int(np.argmin([abs((x0 + end - b0 - b1) / 2) for _, b0, b1 in spans]))
        if j is None:
            j = max((i for i, (_, b0, _) in enumerate(spans) if b0 <= x0 + cw), default=0)
        out.append(j)
    return out


def _runs_of_words(row: list[tuple[str, float, float]], cw: float) -> list[tuple[float, float]]:
    """A row's words joined where less than a letter and a half apart: the extents of its cells."""
    runs: list[tuple[float, float]] = []
    for _, x0, x1 in sorted(row, key=lambda w: w[1]):
        if runs and x0 - runs[-1][1] < 1.5 * cw:
            runs[-1] = (runs[-1][0], max(runs[-1][1], x1))
        else:
            runs.append((x0, x1))
    return runs


def _centred_over(head: list[tuple[str, float, float]], body: list[list[tuple[str, float, float]]],
                  cw: float) -> bool:
    """Every name is centred over a column (Qt's and Tk's headers), figures set right in it: on half the rows or
    more a cell runs under the name's middle, or ends within three letters of it."""
    runs = [_runs_of_words(r, cw) for r in body]

    def over(c: float) -> bool:
        return sum(any(a - 3 * cw <= c <= b + 3 * cw for a, b in rr) for rr in runs) >= 0.5 * len(runs)

    return all(over((x0 + x1) / 2) for _, x0, x1 in head) and centred(head, body, cw)


def centred(spans: list[tuple[str, float, float]], body: list[list[tuple[str, float, float]]], cw: float) -> bool:
    """A list view's names centred over their columns (Qt's, Tk's headers): the cells start well left of their
    name, at the column's edge, on nearly every row; for the first name, or for two names or more after it
    (cells start past the name before and well short of their own)."""
    rows = [r for r in body if r]

    def ahead(lo: float, hi: float) -> bool:
        return bool(rows) and sum(any(lo < w0 < hi for _, w0, _ in r) for r in rows) >= 0.8 * len(rows)

    return ahead(float("-inf"), spans[0][1] - 2 * cw) or sum(
        ahead(spans[k - 1][2], x0 - 2 * cw) for k, (_, x0, _) in enumerate(spans) if k) >= 2


def figures_apart(body: list[Row]) -> None:
    """Words a share placed in a column of figures, before the figure ("archive 18.2 MB" where OCR read
    "Zip compressed archive 18.2 MB" whole), go back to the column before: the figure alone is the cell."""
    for j in range(1, len(body[0].cells) if body else 0):
        values = [r.cells[j] for r in body if j < len(r.cells) and r.cells[j]]
        kind = column_type(values)
        if kind not in ("size", "number", "money") or sum(cell_type(v) == kind for v in values) < 0.6 * len(values):
            continue
        for r in body:
            words = r.cells[j].split()
            cut = next((i for i in range(1, len(words)) if cell_type(" ".join(words[i:])) == kind
                        and not re.search(r"\d", " ".join(words[:i]))), None)
            if cut is not None and cell_type(r.cells[j]) != kind:
                r.cells[j - 1] = " ".join(c for c in (r.cells[j - 1], *words[:cut]) if c)
                r.cells[j] = " ".join(words[cut:])
