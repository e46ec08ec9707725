"""Tables found in a page's lines before anything else is laid out: runs of three rows or more whose pieces
line up in two columns or more. A toolbar over a list and a row OCR read whole are kept from fusing the
columns; a sidebar beside a list is parted from it first, so its entries do not break the list's rows."""

from __future__ import annotations

import numpy as np

from ..sir import Box


def group_rows(boxes: list[Box], idx: list[int]) -> list[list[int]]:
    """Indices grouped into rows by vertical overlap, each row sorted left to right."""
    rows: list[list[int]] = []
    for i in sorted(idx, key=lambda i: boxes[i].cy):
        if rows:
            ref = rows[-1]
            cy = float(np.mean([boxes[j].cy for j in ref]))
            hh = float(np.mean([boxes[j].h for j in ref]))
            if abs(boxes[i].cy - cy) < 0.5 * max(hh, boxes[i].h):
                ref.append(i)
                continue
        rows.append([i])
    return [sorted(r, key=lambda i: boxes[i].x0) for r in rows]


def column_spans(boxes: list[Box], rows: list[list[int]], gap: float) -> list[tuple[float, float]]:
    spans = sorted((boxes[i].x0, boxes[i].x1) for row in rows for i in row)
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 <= merged[-1][1] + gap:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return _merge_never_shared([(a, b) for a, b in merged], boxes, rows)


def _span_of(b: Box, spans: list[tuple[float, float]]) -> int:
    return max(range(len(spans)), key=lambda k: min(b.x1, spans[k][1]) - max(b.x0, spans[k][0]))


def _merge_never_shared(spans: list[tuple[float, float]], boxes: list[Box], rows: list[list[int]]) -> list:
    """Neighbouring spans that no row fills both of are one column aligned two ways (a left-aligned
    header over right-aligned numbers)."""
    while len(spans) > 2:
        used = [{_span_of(boxes[i], spans) for i in row} for row in rows]
        merge = next((k for k in range(len(spans) - 1) if not any(k in u and k + 1 in u for u in used)), None)
        if merge is None:
            break
        spans = [*spans[:merge], (spans[merge][0], spans[merge + 1][1]), *spans[merge + 2 :]]
    return spans


def without_bridges(boxes: list[Box], run: list[list[int]]) -> list[list[int]]:
    """The run without a first or last row whose pieces run across columns every other row keeps apart (a
    toolbar's "Add Edit Delete" over a list, joined to it by the layout's row gap): such a row is no row of the
    table, and kept in it, it would fuse the columns it runs across."""
    while len(run) > 3:
        n = len(table_spans(boxes, run))
        # (a last row is a total as often: it goes only when it fuses three columns; a header whose last name
        # runs over two columns, "Use% Mounted on", starts its other names where their columns start)
        # (and what is left must be a table of three columns or more: two fused spans are no better a reading)
        if len(rest := table_spans(boxes, run[1:])) >= max(n + 1, 3) and not _over_spans([boxes[i] for i in run[0]],
                                                                                          rest):
            run = run[1:]
        elif len(table_spans(boxes, run[:-1])) >= n + 2:
            run = run[:-1]
        else:
            break
    return run


def _over_spans(pieces: list[Box], spans: list[tuple[float, float]]) -> bool:
    """Most of a row's pieces start or end where a column does (a header's names over their columns, not a
    toolbar's buttons laid out on their own)."""
    tol = 0.5 * float(np.median([b.h for b in pieces]))
    hits = sum(any(abs(b.x0 - a) <= tol or abs(b.x1 - z) <= tol for a, z in spans) for b in pieces)
    return hits >= 0.5 * len(pieces)


def table_spans(boxes: list[Box], run: list[list[int]]) -> list[tuple[float, float]]:
    """A table's columns, from its full rows when those keep more apart: a row OCR read in fewer pieces (a
    cell's text running into the next, read as one line) would fuse the columns it runs across."""
    # (and the first rows, a header whose names stand over figures set right, far from them, under a tab row)
    full = [r for k, r in enumerate(run) if k < 2 or len(r) >= np.median([len(r) for r in run])]
    spans, kept = column_spans(boxes, run, 0.0), column_spans(boxes, full, 0.0)
    return kept if len(full) >= 3 and len(kept) > len(spans) else spans


def beside_sidebar(boxes: list[Box], idx: list[int], h: float, page_w: float) -> list[list[int]]:
    """The lines parted at a sidebar's edge, when the page has one: a gutter no line crosses, in the left half,
    with a column of entries left of it whose rows mostly do not line up with the rows right of it (a mail
    client's folders beside its message list). Read together, the two would interleave their rows and break
    each other's tables; a table's own first column lines up with its other columns. One part otherwise."""
    if len(idx) < 8:
        return [idx]
    cover = np.zeros(int(page_w) + 2, np.int32)
    for i in idx:
        cover[max(0, int(boxes[i].x0)) : int(boxes[i].x1) + 1] += 1
    lo, hi = int(0.05 * page_w), int(0.95 * page_w)
    x = lo
    while x < hi:
        if cover[x] == 0:
            end = x
            while end < len(cover) - 1 and cover[end] == 0:
                end += 1
            cut = (x + end) / 2
            left = [i for i in idx if boxes[i].x1 <= cut]
            right = [i for i in idx if boxes[i].x0 >= cut]
            # (the pane is the side with fewer lines: folders on the left, an item's details on the right)
            side, main = (left, right) if len(left) <= len(right) else (right, left)
            if end - x >= 0.4 * h and len(side) >= 3:
                level = sum(any(abs(boxes[i].cy - boxes[j].cy) < 0.15 * h for j in main) for i in side)
                if level <= 0.5 * len(side):
                    return [left, right]
            x = end
        x += 1
    return [idx]


def _under_cell(boxes: list[Box], above: list[int], row: list[int]) -> bool:
    """A lone piece printed right under one of the row's cells, starting where it starts: the cell's second
    line (a track's artist under its title), which the row grouping set apart as a row of its own."""
    if len(row) != 1 or len(above) < 2:
        return False
    b = boxes[row[0]]
    return b.y0 - max(boxes[i].y1 for i in above) < 0.4 * b.h and any(
        abs(boxes[i].x0 - b.x0) < 0.6 * b.h and 0 < b.cy - boxes[i].cy < 1.6 * b.h for i in above)


def _second_lines(boxes: list[Box], rows: list[list[int]]) -> list[list[int]]:
    """The rows with each cell's second line joined to them, where a list prints its entries that way: three
    lone pieces or more, each under a row of several at the same x (a playlist's artists under the titles).
    One such piece alone is a block that runs on (an address under a name), not a list's second lines."""
    def mid(row: list[int]) -> float:
        return float(np.mean([boxes[i].cy for i in row]))

    # (tight above, wide below: an entry's own second line, not the next entry's first at a list's even pitch,
    # a receipt's item name under the line pricing the one before)
    under = [k for k in range(1, len(rows)) if _under_cell(boxes, rows[k - 1], rows[k])
             and (k + 1 >= len(rows) or mid(rows[k]) - mid(rows[k - 1]) < 0.75 * (mid(rows[k + 1]) - mid(rows[k])))]
    if len(under) < 3:
        return rows
    xs = sorted(boxes[rows[k][0]].x0 for k in under)
    if xs[-1] - xs[0] > boxes[rows[under[0]][0]].h:
        return rows
    out: list[list[int]] = []
    for k, row in enumerate(rows):
        if k in under:
            out[-1] = sorted(out[-1] + row, key=lambda i: boxes[i].x0)
        else:
            out.append(row)
    return out


def table_runs(boxes: list[Box], texts: list[str], h: float, page_w: float) -> list[tuple[list[list[int]], list]]:
    """Runs of >= 3 rows with >= 2 short cells each whose x-extents line up into >= 2 columns."""
    rows = group_rows(boxes, list(range(len(boxes))))
    found = []
    run: list[list[int]] = []

    def close(run: list[list[int]]) -> None:
        run = without_bridges(boxes, run)
        if len(run) < 3:
            return
        spans = table_spans(boxes, run)
        cells = [i for r in run for i in r]
        wide = np.median([boxes[i].w for i in cells]) > 0.3 * page_w
        if len(spans) >= 2 and not wide:
            found.append((list(run), spans))

    for row in _second_lines(boxes, rows):
        multi = len(row) >= 2
        near = not run or min(boxes[i].y0 for i in row) - max(boxes[i].y1 for i in run[-1]) < 2.2 * h
        if multi and near:
            run.append(row)
        else:
            close(run)
            run = [row] if multi else []
    close(run)
    return found
