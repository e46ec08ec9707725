"""`table`: tables found by the layout (rows whose cells line up in columns) as a `table` fact plus one
`cell` fact per cell with its row and column indices and header labels."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from ..textutil import duration_seconds, is_numeric_text, parse_number
from .base import ToolContext, ToolResult, tool
from .figure_grid import figure_grid
from .layout import Layout, LayoutBlock, analyse, page_layout, table_grid, union
from .ocr import OcrLine, read_lines
from .panes import window_pane_edges, window_shade_steps
from .ruled import RuledTable, ruled_table
from .shell import SHELL_PROMPT, bare_prompt
from .table_columns import split_headed
from .table_rows import grown
from .table_stacked import split_stacked

_SIZE = re.compile(r"\d[\d.,]*\s?(?:[KMGTP]i?B?|B|bytes?)")
# a figure with its short unit ("2,310 pts", "12 kg", "3.5 h"): a value, never a column's name
_MEASURED = re.compile(r"[-+]?[$€£]?\d[\d,.]*\s?[A-Za-z%°]{1,4}\.?")
_RANK = re.compile(r"#\d{1,3}")
_VERSION = re.compile(r"[vV]?\d+\.\d+\.\d+(?:[-.+]\w+)*")
# (a terminal's two-digit year first, "25-03-14"; a roomy colon OCR spaced, "10 : 05")
# (and a time told relative to now, "about 1 hour ago", "3d ago": a row of data, not of names)
_DATED = re.compile(r"\b\d{4} ?-\d{2}-\d{2}\b|\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b|\b\d{1,2} ?: ?\d{2}(?::\d{2})?\b"
                    r"|\b\d+\s?[a-z]{1,7}\s+ago\b", re.I)


def _names(row: list[str], most: int = 3) -> bool:
    return all(c and not any(ch.isdigit() for ch in c) and len(c.split()) <= most for c in row)


# A list's position printed at the end of its header line ("1 of 13", OCR reading the 1 as l)
_POSITION = re.compile(r"\s+[\dlI]+\s*(?:of|/)\s*\d+\s*$")


def _header_row(row: list[str]) -> bool:
    """A row of column names: every cell a name, or (a list view's icon columns left blank or read as marks)
    three names or more over half the columns or more, and nothing else in figures."""
    if row and row[-1].strip():
        row = [*row[:-1], _POSITION.sub("", row[-1])]
    filled = [c for c in row if c.strip()]
    return _names(_corner(row), 5) or (len(filled) >= 3 and len(filled) >= 0.5 * len(row) and _names(filled, 5)
                                       and sum(len(re.sub(r"\W", "", c)) >= 3 for c in filled) >= 3)


def _before_next_header(body: list[list[str]]) -> list[list[str]]:
    """The body up to the next table's header: a row of names in every cell (two or more) over rows of
    figures, after rows of figures of this table's own (a bill's totals boxes, then its itemised lines)."""
    for k in range(1, len(body) - 1):
        row = [c for c in body[k] if c.strip()]
        if len(row) >= 2 and len(row) == len(body[k]) and _names(row, 3) \
                and any(re.search(r"\d", c) for c in body[k - 1]) and any(re.search(r"\d", c) for c in body[k + 1]):
            return body[:k]
    return body


def _without_foot(body: list[list[str]]) -> list[list[str]]:
    """The body without a last row holding no figure in any of the columns of figures (two or more) that
    every other row fills: a pager ("Page 1 / 2") or a button bar under the list, not an entry (a total
    holds its figure, and stays)."""
    if len(body) < 4:
        return body
    rest, last = body[:-1], body[-1]
    width = min(len(r) for r in body)
    figures = [j for j in range(width)
               if sum(parse_number(r[j]) is not None for r in rest) >= 0.9 * len(rest) and not _running(rest, j)]
    if len(figures) >= 2 and all(parse_number(last[j]) is None for j in figures):
        return rest
    return body


def _running(rows: list[list[str]], j: int) -> bool:
    """Column j numbers the rows 1, 2, 3... (a list view's own index, which a pager row need not continue)."""
    return [parse_number(r[j]) for r in rows] == [float(k) for k in range(1, len(rows) + 1)]


def _corner(row: list[str]) -> list[str]:
    """A header row without its blank corner cell (over a sheet's or list view's row numbers)."""
    return row[1:] if len(row) > 2 and not row[0] else row


_STAMP = re.compile(r"^\s*(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?)\s+(\S.*)$")


def _stamp_apart(grid: list[list[str]]) -> tuple[list[list[str]], bool]:
    """A clock time opening every row's first cell, the header's too (`pidstat`, `sar`: "16:04:44 UID" over
    "16:04:44 0"): a time column of its own, so the header's names are read as names; and whether it was."""
    heads = [_STAMP.match(r[0]) if r and r[0] else None for r in grid]
    if len(grid) < 3 or heads[0] is None or sum(h is not None for h in heads) < 0.8 * len(grid):
        return grid, False
    return [[h.group(1) if h else "", h.group(2) if h else r[0], *r[1:]] if r else r
            for r, h in zip(grid, heads, strict=True)], True


def split_header(grid: list[list[str]]) -> tuple[list[str], list[list[str]], bool, int]:
    """(header, body, whether the header was printed, the grid row the body starts at). The first row names
    the columns unless it holds data (mostly numbers) — then generic names. Titles and paths caught above
    the header row (rows with gaps over a full row of names) are dropped."""
    # (the command that printed the table is no part of it: "user@host:~$ pm2 ls" over its header)
    grid = grid[1:] if len(grid) > 2 and SHELL_PROMPT.match(" ".join(c for c in grid[0] if c)) else grid
    # (nor is the prompt waiting under it: "PS C:\\src>", "me@box:~$")
    while len(grid) > 2 and bare_prompt(" ".join(c for c in grid[-1] if c)):
        grid = grid[:-1]
    skip = next((k for k in range(1, min(4, len(grid) - 1))
                 # (a header cell may hold several names OCR read as one: "no skipper fee state")
                 if all(not all(row) for row in grid[:k]) and _header_row(grid[k])
                 and not _names(grid[k + 1])), 0)
    grid, stamp = _stamp_apart(grid[skip:])
    first = [c for c in grid[0][1:] if c]
    # a figure, or a size with its unit ("988.1 K", "4.0 KiB"), is data, not a column's name
    numeric = sum(is_numeric_text(c) or bool(_SIZE.fullmatch(c.strip()) or _MEASURED.fullmatch(c.strip()))
                  or duration_seconds(c) is not None
                  for c in first)
    numeric += bool(grid[0] and _RANK.fullmatch(grid[0][0].strip()))  # a ranking's "#1" opens a row of data
    # a column's name is not among its values ("PASSED" over rows of PASSED and FAILED is a row of data)
    numeric += sum(1 for j, c in enumerate(grid[0]) if c and j > 0 and any(len(r) > j and r[j] == c for r in grid[1:]))
    # column names never carry a size, nor a full date or a clock time (a selected first row is data)
    # (a time column split off every row, the header's too, is no data in the header)
    sized = any(_SIZE.fullmatch(c.strip()) for c in first) or any(_DATED.search(c) for c in grid[0][int(stamp):] if c)
    # nor a release's version ("v4.2.0" over the versions before it)
    sized = sized or any(_VERSION.fullmatch(c.strip()) for c in grid[0] if c)
    # nor a sentence (a mail's subject and preview): a name over a column is a few words
    sized = sized or any(len(c.split()) > 6 for c in grid[0])
    if len(grid) >= 2 and not sized and (not first or numeric < max(1, len(first) // 2 + 1)):
        if _second_header(grid):  # "Abfahrt / Departs": a header printed in two languages, or a name over its unit
            return [f"{a} {b}".strip() for a, b in zip(grid[0], grid[1], strict=False)], grid[2:], True, skip + 2
        return (["time", *grid[0][1:]] if stamp else grid[0]), grid[1:], True, skip + 1
    return [f"column {j + 1}" for j in range(len(grid[0]))], grid, False, skip


def _second_header(grid: list[list[str]]) -> bool:
    """The row under the header names the same columns again: filled where the header is, no figure in it, and
    a word over a column whose cells below are figures (a data row would hold a figure there too)."""
    head, second, below = grid[0], grid[1], grid[2:]
    if len(below) < 2 or len(second) != len(head) or _lettered(head):
        return False  # (a sheet's column letters over its header are no header: the letters read apart)
    filled = [j for j, c in enumerate(head) if c.strip()]
    if len(filled) < 2 or any(bool(second[j].strip()) != bool(head[j].strip()) for j in range(len(head))):
        return False
    if any(re.search(r"\d", second[j]) or second[j] == head[j] for j in filled):
        return False
    return any(sum(bool(re.search(r"\d", r[j])) for r in below if j < len(r)) >= 0.7 * len(below)
               and not any(r[j] == second[j] for r in below if j < len(r)) for j in filled)


# A file's icon read as a letter before its name ("D clip_1.mov" in a file manager's list)
_ICON_LETTER = re.compile(r"^\S\s+(?=[\w.-]+\.[A-Za-z0-9]{1,5}$)")


def _lettered(header: list[str]) -> bool:
    """A spreadsheet's column letters (A, B, C ...) as the header, after its row numbers."""
    letters = [h.strip() for h in header if h != "row"]
    return len(letters) >= 2 and all(h == chr(ord("A") + j) for j, h in enumerate(letters))


def _consecutive(labels: list[str]) -> bool:
    """Coordinates: A B C … or 0 1 2 … / 1 2 3 …, in order, at least three."""
    if len(labels) < 3:
        return False
    if all(re.fullmatch(r"\d{1,3}", x) for x in labels):
        return int(labels[0]) in (0, 1) and all(int(b) == int(a) + 1 for a, b in zip(labels, labels[1:], strict=False))
    return labels[0] == "A" and all(len(x) == 1 and ord(x) == ord("A") + j for j, x in enumerate(labels))


def _coordinate_row(grid: list[list[str]]) -> int | None:
    """The row of a sheet's column coordinates, when a column of row numbers runs down under it (a title or a
    neighbouring panel's heading may stand above it)."""
    for k in range(min(3, len(grid) - 2)):
        labels = [c.strip() for c in grid[k] if c.strip()]
        numbers = [r[0].strip() for r in grid[k + 1:] if r and r[0].strip()]
        if _consecutive(labels) and len(numbers) >= 2 and _consecutive(numbers[:3]):
            return k
    return None


def _names_row(row: list[str]) -> bool:
    """Mostly words: a header (a neighbouring panel's figure may have run into its line)."""
    filled = [c for c in row if c.strip()]
    return len(filled) >= 2 and sum(parse_number(c) is None for c in filled) >= 0.7 * len(filled)


# a cell printed as a quoted literal ('North', "Q1"; OCR may turn one quote into the other): its text
_QUOTED = re.compile(r"""^['"‘’“”`](.+?)['"‘’“”`]$""")


def _unquoted(cell: str) -> str:
    m = _QUOTED.match(cell.strip())
    return m.group(1) if m and not re.search(r"""['"]""", m.group(1)) else cell


def _names_over_figures(header: list[str], body: list[list[str]]) -> bool:
    """The first row holds only words while a column below it is mostly figures: a header printed as a row
    (the sheet's own row numbers, the column headed "row", left aside)."""
    cols = [j for j, h in enumerate(header) if h != "row"]
    first = [body[0][j] for j in cols if j < len(body[0]) and body[0][j].strip()] if body else []
    if len(body) < 3 or len(first) < 2 or any(parse_number(c) is not None for c in first):
        return False
    rest = body[1:]
    return any(sum(parse_number(r[j]) is not None for r in rest if j < len(r)) >= 0.6 * len(rest) for j in cols)


def table_drafts(grid: list[list[str]], box: Box, index: int, cell_box: Callable[[int, int], Box | None],
                 confidence: float = 0.85, ruled: bool = False, headed: bool = False) -> list[EvidenceDraft]:
    """A table as a `table` fact plus one `cell` fact per filled cell (its row, column and their labels);
    `cell_box(grid_row, column)` places a cell. `headed`: the reader knows the first row names the columns
    (a heatmap's hour ranges, "7-9", would pass for figures)."""
    letters: list[str] = []
    offset = 0
    grid = [[_unquoted(c) for c in row] for row in grid]
    if (k := _coordinate_row(grid)) is not None and _names_row(grid[k + 1][1:]):
        # a sheet's own coordinates (A B C … or 0 1 2 … over its row numbers) name no column when the row
        # under them names the columns; they stay in the table's facts for a cell asked by its address
        letters, offset = [c.strip() or ("row" if j == 0 else "") for j, c in enumerate(grid[k])], k + 1
        grid = grid[offset:]
    header, body, has_header, start = (grid[0], grid[1:], True, 1) if headed else split_header(grid)
    start += offset
    if letters:  # the column of row numbers
        header = ["row", *header[1:]]
    if ruled:  # a column of bare row numbers is the sheet's own numbering
        header = [h or ("row" if all(re.fullmatch(r"\d{0,4}", r[j]) for r in body) else "")
                  for j, h in enumerate(header)]
        if _lettered(header) and _names_over_figures(header, body):
            # the sheet's first row names its columns ("Code", "Qty" under A, C): their header, not a row;
            # the letters stay in the table's facts for a cell asked by its address
            letters = header
            header = [n if n.strip() and h != "row" else h
                      for h, n in zip(header, body[0], strict=False)]
            body, start = body[1:], start + 1
    body = _without_foot(_before_next_header(body))
    attrs = {"header": header, "rows": body, "n_rows": len(body), "n_cols": len(header), "has_header": has_header,
             "table_index": index, **({"ruled": True} if ruled else {}), **({"letters": letters} if letters else {})}
    drafts = [EvidenceDraft(kind="table", value=f"table {len(body)} rows x {len(header)} columns", box=box,
                            confidence=confidence, attrs=attrs)]  # type: ignore[arg-type]
    for r, row in enumerate(body):
        # a ruled table's row is named by its first word cell (a row number before it names nothing)
        # a row is named by its first cell holding a letter: a statement's rows by their description, not their
        # date; a sample's by its id ("S-8564")
        name = next((c for c in row if c and (re.search(r"[A-Za-z]", c) if not ruled else
                                                not re.fullmatch(r"\d{1,4}", c))), row[0])
        for c, cell in enumerate(row):
            if not cell:
                continue
            label = header[c] if c < len(header) and header[c] else f"column {c + 1}"
            drafts.append(EvidenceDraft(kind="cell", label=label, value=cell, number=parse_number(cell),
                                        box=cell_box(r + start, c), confidence=confidence,
                                        attrs={"table_index": index, "row": r, "col": c, "row_label": name,
                                               "col_label": label}))
    return drafts


# Two names joined as a list view's one column heads it ("Composer - Work", "Album / Year"), as its cells join
# two values the same way.
_JOINED = re.compile(r"^[^\W\d_][\w'’ ]{0,30}? [-–—/] [^\W\d_][\w'’ ]{0,30}$")
_JOIN = re.compile(r" [-–—/] ")


def _joined_header(block: LayoutBlock, lines: list[OcrLine], grid: list[list[str]]) -> list[str] | None:
    """The header line just above a table that the layout kept apart: names joined the way the first column's
    cells join their values ("Composer - Work" over "Nadia Roe - Glass Harbour")."""
    top, x0 = block.box.y0, block.box.x0
    above = [ln for ln in lines if top - 2.5 * ln.box.h <= ln.box.y1 <= top + 2 and abs(ln.box.x0 - x0) <= 2 * ln.box.h
             and _JOINED.match(ln.text.strip())]
    if not above or not grid:
        return None
    head = max(above, key=lambda ln: ln.box.y1).text.strip()
    firsts = [r[0] for r in grid if r and r[0].strip()]
    if len(firsts) < 3 or sum(len(_JOIN.findall(c)) == 1 for c in firsts) < 0.8 * len(firsts):
        return None
    return [head] + [""] * (len(grid[0]) - 1)


def table_evidence(block: LayoutBlock, lines: list[OcrLine], confidence: float = 0.85,
                   edges: list[Box] | None = None) -> list[EvidenceDraft]:
    block, lines = split_stacked(*split_headed(grown(block, lines), lines))
    grid = [[_ICON_LETTER.sub("", c) for c in row]
            for row in table_grid(block, [ln.text for ln in lines], [ln.box for ln in lines])]
    if not split_header(grid)[2] and (head := _joined_header(block, lines, grid)) is not None:
        grid = [head, *grid]
    boxes: dict[tuple[int, int], list[Box]] = {}
    for r, c, i in block.cells:
        boxes.setdefault((r, c), []).append(lines[i].box)
    if (cut := _pane_cut(boxes, block.box, edges or [])) is not None:
        grid = [row[cut:] for row in grid]  # a sidebar beside the list, read as its first columns
        boxes = {(r, c - cut): b for (r, c), b in boxes.items() if c >= cut}
    return table_drafts(grid, block.box, block.index, lambda r, c: union(boxes[(r, c)]) if (r, c) in boxes else None,
                        confidence)


def _pane_cut(boxes: dict[tuple[int, int], list[Box]], box: Box, edges: list[Box]) -> int | None:
    """The first column right of a pane edge that runs down the table between two of its columns, when fewer
    columns lie left of it than right (a sidebar's entries the layout lined up with a list's rows)."""
    ncols = 1 + max((c for _, c in boxes), default=-1)
    spans = [(min(b.x0 for (_, c), bs in boxes.items() if c == j for b in bs),
              max(b.x1 for (_, c), bs in boxes.items() if c == j for b in bs)) for j in range(ncols)
             if any(c == j for _, c in boxes)]
    if len(spans) != ncols:
        return None
    for e in edges:
        if min(e.y1, box.y1) - max(e.y0, box.y0) < 0.6 * box.h:
            continue
        for j in range(1, ncols):
            if spans[j - 1][1] <= e.x0 <= spans[j][0] and j < ncols - j:
                return j
    return None


class TableArgs(BaseModel):
    region: Box | None = Field(None, description="box holding the table; whole image if omitted")


@tool()
def table(ctx: ToolContext, args: TableArgs) -> ToolResult:
    """Read tables: rows and columns of cells (first row as header when it names the columns), as a
    table fact plus one cell fact per cell with its row, column, row label and column label."""
    if args.region is None:
        lay, lines = page_layout(ctx)
    else:
        lines = read_lines(ctx, args.region)
        lay = analyse(ctx.array, [ln.box for ln in lines], [ln.text for ln in lines])
    tables = _tables_of(lay)
    ruled = ruled_table(ctx.grey if args.region is None else _crop_grey(ctx, args.region), lines)
    if ruled is not None and any(_shared(b.box, ruled.box) >= 0.5 and b.n_rows * b.n_cols > 2 * ruled.size
                                 for b in tables):
        ruled = None  # rules around far fewer cells than the layout lines up there frame a window, not a grid
    if ruled is not None:  # rules drawn between the cells decide them: the layout's guess there gives way
        tables = [b for b in tables if _shared(b.box, ruled.box) < 0.5]
    grid = figure_grid(lines) if args.region is None else None
    if grid is not None and any(_shared(b.box, grid.box) >= 0.5 and b.n_cols >= len(grid.rows[0]) for b in tables):
        grid = None  # the layout parted the grid's columns itself
    if grid is not None:  # a heatmap's figures: the layout's reading there joined its cells
        tables = [b for b in tables if _shared(b.box, grid.box) < 0.5]
    if not tables and ruled is None and grid is None:
        return ToolResult(summary="no table structure found")
    # (the window's pane edges, drawn or a step of shade, part a list from a sidebar the layout joined to it)
    edges = [e for e, _ in window_pane_edges(ctx)] + window_shade_steps(ctx) if args.region is None else []
    drafts = [d for b in tables for d in table_evidence(b, lines, edges=edges)]
    if ruled is not None:
        drafts += ruled_evidence(ruled, index=1000)
    if grid is not None:
        drafts += table_drafts(grid.rows, grid.box, 2000, lambda r, c: grid.boxes[r][c], headed=True)
    shapes = ", ".join([f"{b.n_rows}x{b.n_cols}" for b in tables] + ([f"{len(ruled.rows)}x{len(ruled.rows[0])} ruled"]
                                                                     if ruled is not None else []))
    return ToolResult(evidence=drafts, summary=f"{len(tables) + (ruled is not None)} table(s): {shapes}")


def _shared(a: Box, b: Box) -> float:
    """How much of the smaller of two boxes lies inside the other."""
    w, h = min(a.x1, b.x1) - max(a.x0, b.x0), min(a.y1, b.y1) - max(a.y0, b.y0)
    return max(w, 0.0) * max(h, 0.0) / max(min(a.w * a.h, b.w * b.h), 1.0)


def _crop_grey(ctx: ToolContext, region: Box) -> np.ndarray:
    """The grey image with everything outside the region blanked (coordinates stay the page's)."""
    r = ctx.clip(region)
    out = np.full_like(ctx.grey, 255)
    out[int(r.y0) : int(r.y1), int(r.x0) : int(r.x1)] = ctx.grey[int(r.y0) : int(r.y1), int(r.x0) : int(r.x1)]
    return out


def ruled_evidence(rt: RuledTable, index: int, confidence: float = 0.85) -> list[EvidenceDraft]:
    """A ruled table's facts, as for the layout's tables."""
    return table_drafts(rt.rows, rt.box, index, lambda r, c: rt.cell_boxes[r][c], confidence, ruled=True)


def _tables_of(lay: Layout) -> list[LayoutBlock]:
    return [b for b in lay.blocks if b.cells]
