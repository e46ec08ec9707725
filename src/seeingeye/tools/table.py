"""`table`: tables found by the layout (rows whose cells line up in columns) as a `table` fact plus one
`cell` fact per cell with its row and column indices and header labels."""

from __future__ import annotations

import re

import numpy as np
from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from ..textutil import is_numeric_text, parse_number
from .base import ToolContext, ToolResult, tool
from .layout import Layout, LayoutBlock, analyse, page_layout, table_grid, union
from .ocr import OcrLine, read_lines
from .ruled import RuledTable, ruled_table

_SIZE = re.compile(r"\d[\d.,]*\s?(?:[KMGTP]i?B?|B|bytes?)")


def _names(row: list[str]) -> bool:
    return all(c and not any(ch.isdigit() for ch in c) and len(c.split()) <= 3 for c in row)


def split_header(grid: list[list[str]]) -> tuple[list[str], list[list[str]], bool]:
    """First row as column names unless it holds data (mostly numbers) — then generic names. A title caught
    above the table (a row with gaps over a full row of names) is dropped."""
    for k in range(1, min(4, len(grid) - 1)):  # titles and paths caught above the header row are no rows
        if all(not all(row) for row in grid[:k]) and _names(grid[k]) and not _names(grid[k + 1]):
            grid = grid[k:]
            break
    first = [c for c in grid[0][1:] if c]
    # a figure, or a size with its unit ("988.1 K", "4.0 KiB"), is data, not a column's name
    numeric = sum(is_numeric_text(c) or bool(_SIZE.fullmatch(c.strip())) for c in first)
    sized = any(_SIZE.fullmatch(c.strip()) for c in first)  # column names never carry a size
    if len(grid) >= 2 and not sized and (not first or numeric < max(1, len(first) // 2 + 1)):
        return grid[0], grid[1:], True
    return [f"column {j + 1}" for j in range(len(grid[0]))], grid, False


# A file's icon read as a letter before its name ("D clip_1.mov" in a file manager's list)
_ICON_LETTER = re.compile(r"^\S\s+(?=[\w.-]+\.[A-Za-z0-9]{1,5}$)")


def table_evidence(block: LayoutBlock, lines: list[OcrLine], confidence: float = 0.85) -> list[EvidenceDraft]:
    texts = [ln.text for ln in lines]
    grid = [[_ICON_LETTER.sub("", c) for c in row] for row in table_grid(block, texts)]
    header, body, has_header = split_header(grid)
    attrs = {
        "header": header,
        "rows": body,
        "n_rows": len(body),
        "n_cols": len(header),
        "has_header": has_header,
        "table_index": block.index,
    }
    drafts = [
        EvidenceDraft(
            kind="table",
            value=f"table {len(body)} rows x {len(header)} columns",
            box=block.box,
            confidence=confidence,
            attrs=attrs,  # type: ignore[arg-type]
        )
    ]
    offset = 1 if has_header else 0
    boxes: dict[tuple[int, int], list[Box]] = {}
    for r, c, i in block.cells:
        boxes.setdefault((r, c), []).append(lines[i].box)
    for r, row in enumerate(body):
        for c, cell in enumerate(row):
            if not cell:
                continue
            col_label = header[c] if c < len(header) and header[c] else f"column {c + 1}"
            cell_boxes = boxes.get((r + offset, c), [])
            drafts.append(
                EvidenceDraft(
                    kind="cell",
                    label=col_label,
                    value=cell,
                    number=parse_number(cell),
                    box=union(cell_boxes) if cell_boxes else None,
                    confidence=confidence,
                    attrs={"table_index": block.index, "row": r, "col": c, "row_label": row[0], "col_label": col_label},
                )
            )
    return drafts


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
    if ruled is not None:  # rules drawn between the cells decide them: the layout's guess there gives way
        tables = [b for b in tables if not (ruled.box.x0 <= b.box.cx <= ruled.box.x1
                                            and ruled.box.y0 <= b.box.cy <= ruled.box.y1)]
    if not tables and ruled is None:
        return ToolResult(summary="no table structure found")
    drafts = [d for b in tables for d in table_evidence(b, lines)]
    if ruled is not None:
        drafts += ruled_evidence(ruled, index=1000)
    shapes = ", ".join([f"{b.n_rows}x{b.n_cols}" for b in tables] + ([f"{len(ruled.rows)}x{len(ruled.rows[0])} ruled"]
                                                                     if ruled is not None else []))
    return ToolResult(evidence=drafts, summary=f"{len(tables) + (ruled is not None)} table(s): {shapes}")


def _crop_grey(ctx: ToolContext, region: Box) -> np.ndarray:
    """The grey image with everything outside the region blanked (coordinates stay the page's)."""
    r = ctx.clip(region)
    out = np.full_like(ctx.grey, 255)
    out[int(r.y0) : int(r.y1), int(r.x0) : int(r.x1)] = ctx.grey[int(r.y0) : int(r.y1), int(r.x0) : int(r.x1)]
    return out


def ruled_evidence(rt: RuledTable, index: int, confidence: float = 0.85) -> list[EvidenceDraft]:
    """A ruled table as a `table` fact and its `cell` facts, as for the layout's tables."""
    header, body, has_header = split_header(rt.rows)
    header = [h or ("row" if all(re.fullmatch(r"\d{0,4}", r[j]) for r in body) else "") for j, h in enumerate(header)]
    drafts = [EvidenceDraft(kind="table", value=f"table {len(body)} rows x {len(header)} columns", box=rt.box,
                            confidence=confidence,
                            attrs={"header": header, "rows": body, "n_rows": len(body), "n_cols": len(header),
                                   "has_header": has_header, "table_index": index, "ruled": True})]  # type: ignore[dict-item]
    offset = 1 if has_header else 0
    for r, row in enumerate(body):
        name = next((c for c in row if c and not re.fullmatch(r"\d{1,4}", c)), row[0])
        for c, cell in enumerate(row):
            if cell:
                label = header[c] or f"column {c + 1}"
                drafts.append(EvidenceDraft(kind="cell", label=label, value=cell, number=parse_number(cell),
                                            box=rt.cell_boxes[r + offset][c], confidence=confidence,
                                            attrs={"table_index": index, "row": r, "col": c, "row_label": name,
                                                   "col_label": label}))
    return drafts


def _tables_of(lay: Layout) -> list[LayoutBlock]:
    return [b for b in lay.blocks if b.cells]
