"""`table`: tables found by the layout (rows whose cells line up in columns) as a `table` fact plus one
`cell` fact per cell with its row and column indices and header labels."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from ..textutil import is_numeric_text, parse_number
from .base import ToolContext, ToolResult, tool
from .layout import Layout, LayoutBlock, analyse, page_layout, table_grid, union
from .ocr import OcrLine, read_lines


def split_header(grid: list[list[str]]) -> tuple[list[str], list[list[str]], bool]:
    """First row as column names unless it holds data (mostly numbers) — then generic names."""
    first = [c for c in grid[0][1:] if c]
    numeric = sum(is_numeric_text(c) for c in first)
    if len(grid) >= 2 and (not first or numeric < max(1, len(first) // 2 + 1)):
        return grid[0], grid[1:], True
    return [f"column {j + 1}" for j in range(len(grid[0]))], grid, False


def table_evidence(block: LayoutBlock, lines: list[OcrLine], confidence: float = 0.85) -> list[EvidenceDraft]:
    texts = [ln.text for ln in lines]
    grid = table_grid(block, texts)
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
    if not tables:
        return ToolResult(summary="no table structure found")
    drafts = [d for b in tables for d in table_evidence(b, lines)]
    shapes = ", ".join(f"{b.n_rows}x{b.n_cols}" for b in tables)
    return ToolResult(evidence=drafts, summary=f"{len(tables)} table(s): {shapes} (rows x columns, header included)")


def _tables_of(lay: Layout) -> list[LayoutBlock]:
    return [b for b in lay.blocks if b.cells]
