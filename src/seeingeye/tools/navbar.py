"""The navigation bar of a web page or an application: a row of short entries across the top strip, often
after a logo. OCR often reads the whole row as one line ("Docs Features Blog About"), so entries are split
where the ink leaves a gap wider than a word space, and the words are shared out by width.

Geometric, no model: the entries' count and names become facts ("number of links in the navigation bar").
"""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .inkwords import Entry, line_rows, split_line
from .ocr import OcrLine, read_lines

TOP = 0.18  # the strip a navigation bar sits in, as a share of the page height


def nav_entries(grey: np.ndarray, lines: list[OcrLine]) -> tuple[Entry | None, list[Entry]]:
    """(the logo, the navigation entries) of the top strip's busiest row; no entries when there is none."""
    height = grey.shape[0]
    top = [ln for ln in lines if ln.box.y1 < TOP * height and len(ln.text.split()) <= 8]
    best: list[Entry] = []
    for row in line_rows(top, 0.5):
        entries = sorted((e for ln in row for e in split_line(grey, ln, 0.6)), key=lambda e: e.box.x0)
        if len(entries) > len(best):
            best = entries
    if len(best) < 3:
        return None, []
    gaps = [b.box.x0 - a.box.x1 for a, b in zip(best, best[1:], strict=False)]
    rest = float(np.median(gaps[1:]))
    heights = float(np.median([e.box.h for e in best[1:]]))
    # A brand sits apart from the links, or is set larger: it names the site, it is no link.
    logo = best[0] if gaps[0] > 2.5 * max(rest, 1.0) or best[0].box.h > 1.25 * heights else None
    return logo, best[1:] if logo else best


class NavbarArgs(BaseModel):
    pass


@tool(name="navbar")
def navbar(ctx: ToolContext, args: NavbarArgs) -> ToolResult:
    """The navigation bar across the top of a page or window: its entries (links, menu items) in order and
    their number (the brand before them is not an entry)."""
    grey = ctx.grey
    _, entries = nav_entries(grey, read_lines(ctx))
    if not entries:
        return ToolResult(summary="no navigation bar")
    box = Box(x0=entries[0].box.x0, y0=min(e.box.y0 for e in entries), x1=entries[-1].box.x1,
              y1=max(e.box.y1 for e in entries))
    names = ", ".join(e.text for e in entries)
    drafts = [
        EvidenceDraft(kind="key_value", label="links in the navigation bar (top menu items)", value=names, box=box,
                      confidence=0.7, attrs={"source_structure": "navbar", "say": "navigation links"}),
        EvidenceDraft(kind="number", label="number of links in the navigation bar (top menu items)",
                      value=str(len(entries)), number=len(entries), confidence=0.7,  # no box: no text line
                      attrs={"count_of": "navigation link", "say": "navigation links"}),
    ]
    # The brand is left out of the facts: as a "name" it would compete with the page's own title.
    return ToolResult(evidence=drafts, summary=f"navigation bar: {names}")
