"""List views with column headers — a file manager's detail view, a printer list, a process table in a
dialog: a header row of short labels ("Name  Description  Size  Modified") over rows whose cells start
under them. OCR joins neighbouring cells ("JSON document 65.0 KiB 08/22/24 10:00") and headers into
one line, so both are split by their ink, and each piece goes to the column it starts under.

Geometric, no model: the list becomes a table (header and rows) that the records programs read.
"""

from __future__ import annotations

import re

import numpy as np
from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from ..textutil import is_numeric_text
from .base import ToolContext, ToolResult, tool
from .inkwords import Entry, line_rows, split_line
from .ocr import OcrLine, read_lines
from .panes import window_pane_edges, window_shade_steps

MIN_COLUMNS, MIN_ROWS = 3, 2


def _pieces(grey: np.ndarray, row: list[OcrLine], gap: float) -> list[Entry]:
    return sorted((p for ln in row for p in split_line(grey, ln, gap)), key=lambda p: p.box.x0)


def _is_header(pieces: list[Entry]) -> bool:
    """Three or more short word labels spread apart: a menu bar's entries sit a letter or two apart."""
    if len(pieces) < MIN_COLUMNS or np.mean([len(p.text) for p in pieces]) < 3:
        return False
    if any(len(p.text.split()) > 3 or any(ch.isdigit() for ch in p.text) for p in pieces):
        return False
    h = float(np.median([p.box.h for p in pieces]))
    gaps = [b.box.x0 - a.box.x1 for a, b in zip(pieces, pieces[1:], strict=False)]
    return float(np.median(gaps)) >= 1.2 * h


def separators(grey: np.ndarray, header: list[Entry]) -> list[float] | None:
    """The x of the thin rule parting each two neighbouring labels of a header strip (Qt and GTK part their
    header cells so, and centre the labels: a column starts at its rule, not under its label); None unless
    every gap holds one."""
    y0, y1 = int(min(p.box.y0 for p in header)), int(max(p.box.y1 for p in header)) + 1
    band = grey[max(y0, 0) : y1].astype(np.int16)
    if band.size == 0:
        return None
    ground = float(np.median(band))
    # (a rule is a column of pixels off the strip's colour nearly all the way down, with plain strip either side)
    off = (np.abs(band - ground) > 12).mean(axis=0)
    cuts = []
    for a, b in zip(header, header[1:], strict=False):
        xs = [x for x in range(int(a.box.x1) + 2, int(b.box.x0) - 1)
              if off[x] >= 0.8 and off[max(x - 3, 0)] < 0.3 and off[min(x + 3, len(off) - 1)] < 0.3]
        if not xs:
            return None
        cuts.append(float(np.mean(xs)))
    return cuts


def _cells(header: list[Entry], pieces: list[Entry], cuts: list[float] | None = None) -> list[str]:
    """Each piece under the column it starts in (a little left of its label, for right-aligned figures); with
    the header's rules, in the column between them that holds most of it."""
    h = float(np.median([p.box.h for p in header]))
    starts = [p.box.x0 - 0.5 * h for p in header]
    bounds = list(zip([-np.inf, *cuts], [*cuts, np.inf], strict=True)) if cuts else []
    cells = [""] * len(header)
    for p in pieces:
        if bounds:
            j = int(np.argmax([min(p.box.x1, b) - max(p.box.x0, a) for a, b in bounds]))
        else:
            j = max((k for k, s in enumerate(starts) if s <= p.box.x0), default=0)
        cells[j] = f"{cells[j]} {p.text}".strip()
    return cells


def _repeated(header: list[Entry]) -> list[list[Entry]]:
    """A header whose labels run twice (a two-pane file manager's "Name Ext Size … Name Ext Size …") is two
    lists' headers, side by side; else the one header."""
    names = [p.text.strip().lower() for p in header]
    for n in range(MIN_COLUMNS, len(header) // 2 + 1):
        # the first and the last label repeat (those between may be read differently: "E>" and "E")
        if len(header) == 2 * n and names[0] == names[n] and names[n - 1] == names[-1]:
            return [header[:n], header[n:]]
    return [header]


def _words_under_figures(first: list[str], cells: list[str]) -> bool:
    """A row that puts words in a column whose first row held a figure ("225.00" over "array")."""
    return any(is_numeric_text(a) and b.strip() and not re.search(r"\d", b)
               for a, b in zip(first, cells, strict=False))


def _body(grey: np.ndarray, rows: list[list[OcrLine]], k: int, header: list[Entry], x0: float, x1: float,
          cuts: list[float] | None) -> tuple[list[list[str]], int]:
    """The rows under a header, between x0 and x1, up to a gap: each row's cells, and the row index after."""
    pitch, body, last_y = None, [], max(ln.box.y1 for ln in rows[k])
    line_h = float(np.median([p.box.h for p in header]))
    j = k + 1
    while j < len(rows):
        inside = [ln for ln in rows[j] if x0 <= ln.box.cx <= x1]
        y = min(ln.box.cy for ln in rows[j])
        step = y - last_y
        # (the rows' pitch is measured between two rows: a header sits closer to the first than rows do)
        if step > (2.5 * pitch if pitch is not None else 4.0 * line_h) or not inside and not body:
            break
        if not inside:  # a line of the pane beside the list, between two of its rows (a sidebar's entry)
            j += 1
            continue
        if body and pitch is None:
            pitch = max(step, 1.0)
        cells = _cells(header, _pieces(grey, inside, 0.25), cuts)  # words: each goes to its own column
        if body and _words_under_figures(body[0], cells):
            break  # a terminal's prose after its table: words where the first row printed figures
        body.append(cells)
        last_y = y
        j += 1
    if sum(bool(r[0]) for r in body) >= 0.6 * len(body):  # a line with no name is a neighbour's, not an entry
        body = [r for r in body if r[0]]
    return body, j


def list_views(grey: np.ndarray, lines: list[OcrLine], ruled_only: bool = False, edges: list[Box] | None = None
               ) -> list[tuple[list[Entry], list[list[str]], Box]]:
    """(header, rows, box) of every header row with at least two rows under it, contiguous; with `ruled_only`,
    only lists whose header cells are parted by rules. A list ends at the first of the window's pane `edges`
    right of its header, or where a second pane's header starts."""
    rows = line_rows([ln for ln in lines if ln.text.strip()])
    edges = edges or []
    out = []
    k = 0
    while k < len(rows):
        pieces = _pieces(grey, rows[k], 0.6)
        # (a sidebar's entry, a tree's folder, may share the header's line left of it: beyond a pane's edge, or
        # far left of the header's first name)
        found = next((run[i:] for run in _by_pane(pieces, edges) for i in range(max(len(run) - MIN_COLUMNS + 1, 0))
                      if _is_header(run[i:]) and (i == 0 or run[i].box.x0 - run[i - 1].box.x1 > 3 * run[i].box.h)),
                     [])
        if found and any(e.y0 > found[0].box.y1 and found[0].box.x0 < e.x0 < found[-1].box.x1 for e in edges):
            found = []  # names over panes that part below them (a toolbar's captions): no list's header
        groups = _repeated(found) if found else []
        end = k + 1
        for g, header in enumerate(groups):
            # right-aligned figures may run past the last label: the list spans to the page's right edge, the
            # edge of its pane (a tag editor's fields beside a file list), or the next pane's header
            hy = header[-1].box.cy
            x0 = header[0].box.x0 - 40 if g == 0 else header[0].box.x0 - header[0].box.h
            x0 = max([x0] + [e.x1 for e in edges if e.x1 <= header[0].box.x0 and e.y0 <= hy <= e.y1])
            beside = [groups[g + 1][0].box.x0 - header[0].box.h] if g + 1 < len(groups) else []
            x1 = min([e.x0 for e in edges if e.x0 > header[-1].box.x1 and e.y0 <= hy <= e.y1]
                     + beside + [float(grey.shape[1])])
            cuts = separators(grey, header)
            if ruled_only and cuts is None:
                continue
            body, j = _body(grey, rows, k, header, x0, x1, cuts)
            filled = [c for r in body for c in r if c]
            # a list's rows fill two or more columns with words, not a keypad's single glyphs
            if len(body) >= MIN_ROWS and len(filled) >= 2 * len(body) and np.mean([len(c) for c in filled]) >= 3:
                ys = [ln.box.y1 for r in rows[k:j] for ln in r]
                # a column empty in most rows is a neighbour's text on the header's line (a sidebar), not the list's
                keep = [c for c in range(len(header)) if sum(bool(r[c]) for r in body) >= len(body) / 2]
                out.append(([header[c] for c in keep], [[r[c] for c in keep] for r in body],
                            Box(x0=max(x0, header[keep[0]].box.x0 - 40), y0=rows[k][0].box.y0, x1=x1, y1=max(ys))))
                end = max(end, j)
        k = end
    return out


def _by_pane(pieces: list[Entry], edges: list[Box]) -> list[list[Entry]]:
    """The pieces of one printed row parted where a pane edge that spans the row runs between them."""
    runs: list[list[Entry]] = []
    for p in pieces:
        if runs and not any(runs[-1][-1].box.x1 <= e.x0 <= p.box.x0 and e.y0 <= p.box.cy <= e.y1 for e in edges):
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


class ListviewArgs(BaseModel):
    ruled_only: bool = Field(False, description="only lists whose header cells are parted by rules (a page the "
                                                "layout already reads as a table)")


@tool(name="listview")
def listview(ctx: ToolContext, args: ListviewArgs) -> ToolResult:
    """List views under a header row (file managers in detail view, lists in dialogs) read as tables: a
    header label per column and each row's cells under them."""
    grey = ctx.grey
    # (a pane met by a shade step, no line drawn, parts the list from a sidebar just as well)
    edges = sorted([e for e, _ in window_pane_edges(ctx)] + window_shade_steps(ctx), key=lambda b: b.x0)
    found = list_views(grey, read_lines(ctx), args.ruled_only, edges)
    drafts = [EvidenceDraft(kind="table", value=f"list view {len(body)} rows x {len(header)} columns", box=box,
                            confidence=0.75,
                            attrs={"header": [p.text for p in header], "rows": body, "n_rows": len(body),  # type: ignore[dict-item]
                                   "n_cols": len(header), "has_header": True, "source_structure": "listview"})
              for header, body, box in found]
    if not drafts:
        return ToolResult(summary="no list view")
    return ToolResult(evidence=drafts, summary="; ".join(f"{len(b)} rows under {', '.join(p.text for p in h)}"
                                                          for h, b, _ in found))
