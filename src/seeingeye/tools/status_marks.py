"""`status_marks`: a list whose entries each lead with a small coloured mark saying how they ended: a CI run's
jobs (a green tick, a red cross, an amber warning, a grey ring for skipped), a checklist, a deploy's steps. OCR
reads the marks as stray letters ("√ deploy", "x migrate") or not at all, so the state is read from the mark's
colour, and the list becomes a table of entry and state: which entry ended in failure, or how many
succeeded, is then a status column's question.

A mark is a patch of saturated ink about a letter high, at the head of the line (inside its box or just left of
it) and thin (a tick's or cross's strokes, not a filled icon). Geometric, no model.
"""

from __future__ import annotations

import re

import numpy as np
from pydantic import BaseModel

from ..sir import EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines

MIN_MARKED = 3  # marked entries that make a list of states
# The state a mark's colour says, in the words a status column prints
STATES = {"green": "passed", "red": "failed", "amber": "warning", "none": "skipped"}
COLUMNS = ["item (job, check, step, task, test)", "status (result, state, outcome)", "detail (duration, note)"]
# A mark OCR read as a letter or a symbol of its own ("√ deploy", "x migrate (eu)", "① notify")
_GLYPH = re.compile(r"^(?:[^\w\s(\[←→<>]|[xXvV√×✓✔✗✘])\s+(?=\S)|^[^\x00-\x7f←→]\s*(?=\w)")


def hue(rgb: np.ndarray) -> str | None:
    """green, red or amber for a mean colour of saturated ink; None for another hue (blue links, purple)."""
    r, g, b = (float(x) for x in rgb)
    if g > 1.15 * r and g > 1.1 * b:
        return "green"
    if r > 1.4 * g and r > 1.4 * b:
        return "red"
    if r > 1.2 * b and g > 1.2 * b and r >= 0.9 * g:
        return "amber"
    return None


def _saturated(patch: np.ndarray) -> np.ndarray:
    """Pixels of coloured ink: far from grey, not dark."""
    hi, lo = patch.max(axis=2), patch.min(axis=2)
    return ((hi - lo) > 0.35 * np.maximum(hi, 1)) & (hi > 60)


def mark_colour(arr: np.ndarray, line: OcrLine) -> str | None:
    """The colour of the mark heading a line: green, red or amber; "none" when no saturated ink heads it;
    None when something else does (a filled icon, a bar, a coloured word)."""
    b, h = line.box, line.box.h
    x0, x1 = int(max(0, b.x0 - 2.0 * h)), int(min(arr.shape[1], b.x0 + 1.2 * h))
    y0, y1 = int(max(0, b.y0)), int(min(arr.shape[0], b.y1 + 1))
    patch = arr[y0:y1, x0:x1].astype(np.int32)
    if patch.size == 0:
        return None
    inked = _saturated(patch)
    if inked.sum() < 6:
        return "none"
    ys, xs = np.nonzero(inked)
    # a mark heads words printed in another ink: a word at least a letter wide follows it, in no colour of its own
    # (a board's amber gate code, a terminal's green "#58" are coloured words, no marks)
    after = arr[y0:y1, x0 + int(xs.max()) + 1 + int(0.2 * h):int(min(arr.shape[1], b.x1))].astype(np.int32)
    if after.shape[1] < h or _saturated(after).sum() > 0.2 * inked.sum():
        return None
    w, tall = xs.max() - xs.min() + 1, ys.max() - ys.min() + 1
    fill = inked.sum() / float(w * tall)
    # a patch the size of a small letter (a line's box stands taller than its glyphs); a bar (tall and thin,
    # or wide and flat) or a solid block is no mark
    if not (0.2 * h <= w <= 1.4 * h and 0.2 * h <= tall <= 1.3 * h and 0.5 <= w / tall <= 2.0) or fill > 0.85:
        return None
    return hue(patch[inked].mean(axis=0))


def _run(lines: list[OcrLine]) -> list[list[OcrLine]]:
    """Lines stacked with their left edges aligned (within half a line), top to bottom, as columns of a list."""
    runs: list[list[OcrLine]] = []
    for ln in sorted(lines, key=lambda o: o.box.y0):
        run = next((r for r in runs if abs(r[-1].box.x0 - ln.box.x0) <= 0.5 * ln.box.h
                    and 0 < ln.box.cy - r[-1].box.cy <= 2.6 * ln.box.h), None)
        if run is None:
            runs.append([ln])
        else:
            run.append(ln)
    return runs


def marked_entries(arr: np.ndarray, lines: list[OcrLine]) -> list[tuple[OcrLine, str]]:
    """(line, state) for the lists whose entries lead with coloured marks, when one of them is sure of it (at
    least MIN_MARKED marks and two states among its entries); [] when none is."""
    found: list[list[tuple[OcrLine, str]]] = []
    sure = False
    for run in _run([ln for ln in lines if len(ln.text.strip()) >= 2]):
        colours = [mark_colour(arr, ln) for ln in run]
        marked = [c for c in colours if c not in (None, "none")]
        if not marked or None in colours:
            continue
        sure = sure or len(marked) >= MIN_MARKED and len(set(colours)) >= 2
        at = [k for k, c in enumerate(colours) if c != "none"]
        # an unmarked line heads or ends the list only when OCR read a mark's ring in it ("① notify"): else it
        # is the list's heading ("Jobs") or what follows it
        kept = [(ln, STATES[str(c)]) for k, (ln, c) in enumerate(zip(run, colours, strict=True))
                if at[0] <= k <= at[-1] or _GLYPH.match(ln.text.strip())]
        if len(kept) >= 2:  # (a heading led by a mark, "✖ Run #88", is one line, no list)
            found.append(kept)
    # one list sure of its marks makes the page's other marked columns (a pipeline's stages) lists of states too
    return [entry for run in found for entry in run] if sure else []


def _beside(line: OcrLine, lines: list[OcrLine]) -> str:
    """A few words printed right of the entry on its row (a step's "2m 05s"), else ""."""
    h = line.box.h
    right = [o for o in lines if o is not line and abs(o.box.cy - line.box.cy) < 0.4 * h
             and 0 < o.box.x0 - line.box.x1 < 15 * h and len(o.text.split()) <= 3]
    return min(right, key=lambda o: o.box.x0).text.strip() if right else ""


class StatusMarksArgs(BaseModel):
    pass


@tool(name="status_marks")
def status_marks(ctx: ToolContext, args: StatusMarksArgs) -> ToolResult:
    """Entries of a list each led by a coloured tick, cross or warning mark: a table of entry and state."""
    lines = read_lines(ctx)
    found = marked_entries(ctx.array, lines)
    if not found:
        return ToolResult(summary="no list of status marks")
    rows = [[_GLYPH.sub("", ln.text.strip()), state, _beside(ln, lines)] for ln, state in found]
    table = EvidenceDraft(kind="table", value=f"list of {len(rows)} entries with status marks", confidence=0.75,
                          attrs={"header": COLUMNS, "rows": rows, "n_rows": len(rows), "n_cols": len(COLUMNS),
                                 "has_header": False, "source_structure": "status_marks"})  # type: ignore[arg-type]
    return ToolResult(evidence=[table], summary=", ".join(f"{r[0]}: {r[1]}" for r in rows))
