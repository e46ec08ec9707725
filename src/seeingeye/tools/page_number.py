"""The page or slide number: a bare figure ("5", "Page 3", "3 / 12", "p. 7") alone in a corner or at the
middle of the bottom or top margin. Whole-page OCR often misses one small digit on its own, so with
`reread` the bottom corners are read again, upscaled, when no number was found there.

Geometric, no model: the number becomes a key: value fact ("page number (slide number)"). Where a page
or a viewer prints "N of M" ("Slide 5 of 38", a PDF viewer's "1/8" beside the file name in its title, "Page
2 of 9" in a toolbar), the total becomes a second fact, the page count.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines

# Dashes, bars and brackets often frame it ("— 13 —", "| 4 |", "(7)").
_NUMBER = re.compile(r"^[-–—·|(\[\s]*(?:(?:page|p\.|slide)\s*)?(\d{1,4})(?:\s*(?:/|of)\s*\d{1,4})?[-–—·|)\]\s]*$", re.I)
# "page 2 of 9", "slide 5 of 38"; "1 of 8" alone (a viewer's page field); "1/8" or "[1/8]" beside a file
# name (a PDF viewer's title or status bar).
_OF = re.compile(r"(?i)\b(?:page|slide|p\.)\s*(\d{1,4})\s*(?:/|of)\s*(\d{1,4})\b|^\s*(\d{1,4})\s+of\s+(\d{1,4})\s*$")
_FILE_PAGES = re.compile(r"(?i)\.(?:pdf|djvu|epub|ps|xps|cbz)\b.*?\[?\b(\d{1,4})\s*/\s*(\d{1,4})\b")
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
             if (m := _NUMBER.match(ln.text.strip())) and int(m.group(1)) > 0 and _in_margin(ln, width, height)]
    found.sort(key=lambda t: -t[1].box.y0)
    return found[0] if found else None


def page_of(lines: list[OcrLine]) -> tuple[int, int, OcrLine] | None:
    """(page, of pages, line) where the image prints a page's place among all of them. A viewer's toolbar may
    be read in pieces ("Page 4" in its field, "of 5" beside it): each line also with its right neighbour."""
    joined = [ln.model_copy(update={"text": f"{ln.text} {nb.text}"}) for ln in lines for nb in lines
              if nb is not ln and 0 <= nb.box.x0 - ln.box.x1 < 3 * ln.box.h
              and abs(nb.box.cy - ln.box.cy) < 0.4 * ln.box.h]
    for ln in [*lines, *joined]:
        m = _OF.search(ln.text) or _FILE_PAGES.search(ln.text)
        if m:
            page, total = (int(g) for g in m.groups() if g is not None)
            if 1 <= page <= total and total >= 2:
                return page, total, ln
    return None


class PageNumberArgs(BaseModel):
    reread: bool = Field(False, description="read the bottom corners again, upscaled, when no number was found")


@tool(name="page_number")
def page_number_tool(ctx: ToolContext, args: PageNumberArgs) -> ToolResult:
    """The page or slide number printed in a margin (a corner, or the middle of the bottom or top edge)."""
    w, h = ctx.size
    lines = read_lines(ctx)
    count = _page_count(lines)
    hit = page_number(lines, w, h)
    if hit is None and args.reread:
        for x0 in (0.0, (1 - CORNER_W) * w):
            region = Box(x0=x0, y0=(1 - CORNER_H) * h, x1=x0 + CORNER_W * w, y1=h)
            hit = page_number(read_lines(ctx, region=region, scale=3.0), w, h)
            if hit is not None:
                break
    if hit is None and count is None:
        return ToolResult(summary="no page number")
    facts = list(count or [])
    if hit is not None:
        number, line = hit
        facts.insert(0, EvidenceDraft(kind="key_value", label="page number (slide number)", value=number,
                                      box=line.box, confidence=0.75, attrs={"source_structure": "page_number"}))
    return ToolResult(evidence=facts, summary="; ".join(f"{f.label}: {f.value}" for f in facts))


def _page_count(lines: list[OcrLine]) -> list[EvidenceDraft] | None:
    found = page_of(lines)
    if found is None:
        return None
    page, total, line = found
    attrs: dict[str, object] = {"source_structure": "page_number"}
    # The count twice: as a labelled value for look-ups ("page count?") and as a count ("how many pages?").
    return [EvidenceDraft(kind="key_value", label="current page (page shown)", value=str(page), box=line.box,
                          confidence=0.7, attrs=attrs),
            EvidenceDraft(kind="key_value", label="page count (number of pages, total pages)", value=str(total),
                          box=line.box, confidence=0.75, attrs=attrs),
            EvidenceDraft(kind="number", label="number of pages (page count, total pages)", value=str(total),
                          number=float(total), confidence=0.75, attrs={**attrs, "count_of": "page"})]
