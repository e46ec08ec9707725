"""`table`: turn OCR boxes laid out in rows and columns into a header plus rows of cells."""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from ..textutil import is_numeric_text, parse_number
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines


def group_rows(lines: list[OcrLine]) -> list[list[OcrLine]]:
    rows: list[list[OcrLine]] = []
    for ln in sorted(lines, key=lambda ln: ln.box.cy):
        if rows:
            ref = rows[-1]
            cy = float(np.mean([o.box.cy for o in ref]))
            hh = float(np.mean([o.box.h for o in ref]))
            if abs(ln.box.cy - cy) < 0.55 * max(hh, ln.box.h):
                ref.append(ln)
                continue
        rows.append([ln])
    return [sorted(r, key=lambda ln: ln.box.x0) for r in rows]


def column_spans(rows: list[list[OcrLine]]) -> list[tuple[float, float]]:
    """Merge the x-extents of all cells into disjoint column spans."""
    spans = sorted((ln.box.x0, ln.box.x1) for row in rows for ln in row)
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 <= merged[-1][1] + 4:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(a, b) for a, b in merged]


def find_table(lines: list[OcrLine]) -> tuple[list[str], list[list[str]], Box] | None:
    rows = group_rows(lines)
    # The longest run of consecutive rows with at least two cells is the table body.
    best: list[list[OcrLine]] = []
    run: list[list[OcrLine]] = []
    for row in rows + [[]]:
        if len(row) >= 2:
            run.append(row)
        else:
            if len(run) > len(best):
                best = run
            run = []
    if len(best) < 2:
        return None
    spans = column_spans(best)
    if len(spans) < 2:
        return None
    grid: list[list[str]] = []
    for row in best:
        cells = [""] * len(spans)
        for ln in row:
            j = max(range(len(spans)), key=lambda k: min(ln.box.x1, spans[k][1]) - max(ln.box.x0, spans[k][0]))
            cells[j] = (cells[j] + " " + ln.text).strip()
        grid.append(cells)
    filled = [sum(1 for c in r if c) for r in grid]
    if np.mean(filled) < 2:
        return None
    header, body = grid[0], grid[1:]
    if sum(is_numeric_text(c) for c in header[1:] if c) >= max(1, len([c for c in header[1:] if c]) // 2 + 1):
        # The first row holds data, not column names.
        header, body = [f"column {j + 1}" for j in range(len(spans))], grid
    all_boxes = [ln.box for row in best for ln in row]
    box = Box(
        x0=min(b.x0 for b in all_boxes),
        y0=min(b.y0 for b in all_boxes),
        x1=max(b.x1 for b in all_boxes),
        y1=max(b.y1 for b in all_boxes),
    )
    return header, body, box


class TableArgs(BaseModel):
    region: Box | None = Field(None, description="box holding the table; whole image if omitted")


@tool()
def table(ctx: ToolContext, args: TableArgs) -> ToolResult:
    """Read a table: OCR boxes grouped into rows and columns, first row as header. Also emits one
    key_value per cell labelled 'row label | column header'."""
    found = find_table(read_lines(ctx, args.region))
    if found is None:
        return ToolResult(summary="no table structure found")
    header, body, box = found
    drafts = [
        EvidenceDraft(
            kind="table",
            value=f"table {len(body)} rows x {len(header)} columns",
            box=box,
            confidence=0.85,
            attrs={"header": header, "rows": body},
        )
    ]  # type: ignore[dict-item]
    for row in body:
        for j, cell in enumerate(row[1:], start=1):
            if cell and row[0]:
                col = header[j] if j < len(header) and header[j] else f"column {j + 1}"
                drafts.append(
                    EvidenceDraft(
                        kind="key_value",
                        label=f"{row[0]} | {col}",
                        value=cell,
                        number=parse_number(cell),
                        confidence=0.85,
                        attrs={"row": row[0], "column": col},
                    )
                )
    return ToolResult(evidence=drafts, summary=f"table with header {header} and {len(body)} rows")
