"""The navigation bar of a web page or an application: a row of short entries across the top strip, often
after a logo. OCR often reads the whole row as one line ("Docs Features Blog About"), so entries are split
where the ink leaves a gap wider than a word space, and the words are shared out by width.

Geometric, no model: the entries' count and names become facts ("number of links in the navigation bar").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines

TOP = 0.18  # the strip a navigation bar sits in, as a share of the page height


@dataclass
class Entry:
    text: str
    box: Box


def _ink_runs(grey: np.ndarray, box: Box, gap: float) -> list[tuple[int, int]]:
    """Column runs of ink inside the box, split at blank stretches wider than `gap` pixels."""
    x0, y0, x1, y1 = (max(0, int(v)) for v in (box.x0, box.y0, box.x1, box.y1))
    crop = grey[y0:y1, x0:x1].astype(np.int16)
    if crop.size == 0:
        return []
    ground = np.median(np.concatenate([crop[0], crop[-1], crop[:, 0], crop[:, -1]]))
    cols = (np.abs(crop - ground) > 40).any(axis=0)
    runs: list[tuple[int, int]] = []
    start, blank = None, 0
    for i, ink in enumerate(cols):
        if ink:
            if start is None:
                start = i
            elif blank > gap:
                runs.append((start, i - blank))
                start = i
            blank = 0
        elif start is not None:
            blank += 1
    if start is not None:
        runs.append((start, len(cols) - blank))
    return [(x0 + a, x0 + b) for a, b in runs]


def _split(grey: np.ndarray, line: OcrLine) -> list[Entry]:
    """One OCR line as the entries its ink gaps separate; its words shared out by each entry's width."""
    words = line.text.split()
    runs = _ink_runs(grey, line.box, 0.6 * line.box.h)
    if len(runs) <= 1 or len(words) < len(runs):
        return [Entry(line.text, line.box)]
    total = sum(b - a for a, b in runs)
    chars = sum(len(w) for w in words)
    out: list[Entry] = []
    k = 0
    for i, (a, b) in enumerate(runs):
        share = (b - a) / total * chars
        take: list[str] = []
        while k < len(words) and (not take or sum(map(len, take)) + len(words[k]) / 2 <= share):
            if len(words) - k <= len(runs) - i - 1:
                break  # leave a word for each entry still to come
            take.append(words[k])
            k += 1
        if i == len(runs) - 1:
            take += words[k:]
        out.append(Entry(" ".join(take), Box(x0=a, y0=line.box.y0, x1=b, y1=line.box.y1)))
    return [e for e in out if e.text]


def nav_entries(grey: np.ndarray, lines: list[OcrLine]) -> tuple[Entry | None, list[Entry]]:
    """(the logo, the navigation entries) of the top strip's busiest row; no entries when there is none."""
    height = grey.shape[0]
    top = [ln for ln in lines if ln.box.y1 < TOP * height and len(ln.text.split()) <= 8]
    rows: list[list[OcrLine]] = []
    for ln in sorted(top, key=lambda ln: ln.box.y0):
        cy = (ln.box.y0 + ln.box.y1) / 2
        row = next((r for r in rows if abs(cy - (r[0].box.y0 + r[0].box.y1) / 2) < 0.5 * r[0].box.h), None)
        row.append(ln) if row is not None else rows.append([ln])
    best: list[Entry] = []
    for row in rows:
        entries = sorted((e for ln in row for e in _split(grey, ln)), key=lambda e: e.box.x0)
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
    grey = np.asarray(ctx.image.convert("L"))
    _, entries = nav_entries(grey, read_lines(ctx))
    if not entries:
        return ToolResult(summary="no navigation bar")
    box = Box(x0=entries[0].box.x0, y0=min(e.box.y0 for e in entries), x1=entries[-1].box.x1,
              y1=max(e.box.y1 for e in entries))
    names = ", ".join(e.text for e in entries)
    drafts = [
        EvidenceDraft(kind="key_value", label="links in the navigation bar (top menu items)", value=names, box=box,
                      confidence=0.7, attrs={"source_structure": "navbar"}),
        EvidenceDraft(kind="number", label="number of links in the navigation bar (top menu items)",
                      value=str(len(entries)), number=len(entries), confidence=0.7,  # no box: no text line
                      attrs={"count_of": "navigation link"}),
    ]
    # The brand is left out of the facts: as a "name" it would compete with the page's own title.
    return ToolResult(evidence=drafts, summary=f"navigation bar: {names}")
