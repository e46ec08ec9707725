"""The page or slide number: a bare figure ("5", "Page 3", "3 / 12", "p. 7") alone in a corner or at the
middle of the bottom or top margin. Whole-page OCR often misses one small digit on its own, so with
`reread` the bottom corners are read again, upscaled, when no number was found there.

Geometric, no model: the number becomes a key: value fact ("page number (slide number)").
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines

# Dashes, bars and brackets often frame it ("— 13 —", "| 4 |", "(7)").
_NUMBER = re.compile(r"^[-–—·|(\[\s]*(?:(?:page|p\.|slide)\s*)?(\d{1,4})(?:\s*(?:/|of)\s*\d{1,4})?[-–—·|)\]\s]*$", re.I)
BOTTOM, TOP = 0.88, 0.08  # the margins a page number sits in, as shares of the height
CORNER_W, CORNER_H = 0.2, 0.14  # the corners re-read when the page read found none


def _in_margin(ln: OcrLine, width: int, height: int) -> bool:
    cy = (ln.box.y0 + ln.box.y1) / 2
    if not (cy > BOTTOM * height or cy < TOP * height):
        return False
    cx = (ln.box.x0 + ln.box.x1) / 2
    return cx < 0.25 * width or cx > 0.75 * width or abs(cx - width / 2) < 0.1 * width


def page_number(lines: list[OcrLine], width: int, height: int) -> tuple[str, OcrLine] | None:
    """The figure alone in a margin, the bottom one first (headers carry dates and years more often)."""
    found = [(m.group(1), ln) for ln in lines
             if (m := _NUMBER.match(ln.text.strip())) and _in_margin(ln, width, height)]
    found.sort(key=lambda t: -t[1].box.y0)
    return found[0] if found else None


class PageNumberArgs(BaseModel):
    reread: bool = Field(False, description="read the bottom corners again, upscaled, when no number was found")


@tool(name="page_number")
def page_number_tool(ctx: ToolContext, args: PageNumberArgs) -> ToolResult:
    """The page or slide number printed in a margin (a corner, or the middle of the bottom or top edge)."""
    w, h = ctx.size
    hit = page_number(read_lines(ctx), w, h)
    if hit is None and args.reread:
        for x0 in (0.0, (1 - CORNER_W) * w):
            region = Box(x0=x0, y0=(1 - CORNER_H) * h, x1=x0 + CORNER_W * w, y1=h)
            hit = page_number(read_lines(ctx, region=region, scale=3.0), w, h)
            if hit is not None:
                break
    if hit is None:
        return ToolResult(summary="no page number")
    number, line = hit
    fact = EvidenceDraft(kind="key_value", label="page number (slide number)", value=number, box=line.box,
                         confidence=0.75, attrs={"source_structure": "page_number"})
    return ToolResult(evidence=[fact], summary=f"page number {number}")
