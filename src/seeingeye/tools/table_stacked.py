"""A table column whose every entry prints two lines, one over the other: a track's title over its artist, a
mail's sender over its subject, a contact's name over their number. Joined, "Ferns at Dusk Hollis Crane"
names no track; so the column becomes two, the first line under the printed name and the second under a
column of its own, named for what it is: the second line of that column."""

from __future__ import annotations

from dataclasses import replace

from ..sir import Box
from .layout import LayoutBlock, printed_lines
from .ocr import OcrLine


def _printed_lines(idx: list[int], lines: list[OcrLine]) -> list[list[int]]:
    return printed_lines(idx, [ln.box for ln in lines])


def _stacked_columns(block: LayoutBlock, lines: list[OcrLine]) -> dict[int, int | None]:
    """Columns whose body cells hold two printed lines (on four rows in five, three rows or more) under a
    header cell of one, or with no header at all (the top row's cell is two lines as well): column -> the
    header's line index, None when the list prints no header."""
    cells: dict[tuple[int, int], list[int]] = {}
    for r, c, i in block.cells:
        cells.setdefault((r, c), []).append(i)
    out: dict[int, int | None] = {}
    for c in range(block.n_cols):
        head = cells.get((0, c), [])
        headless = len(_printed_lines(head, lines)) == 2
        body = [_printed_lines(idx, lines) for (r, cc), idx in cells.items() if cc == c and (r > 0 or headless)]
        two = sum(len(b) == 2 for b in body)
        if (len(head) == 1 or headless) and len(body) >= 3 and two >= 0.8 * len(body) and two >= 3:
            out[c] = None if headless else head[0]
    return out


def split_stacked(block: LayoutBlock, lines: list[OcrLine]) -> tuple[LayoutBlock, list[OcrLine]]:
    """The block with each two-line column parted in two, and the line list its cells now index (the given
    list plus a name for each new column, set just right of its header); the same when there are none."""
    stacked = _stacked_columns(block, lines) if block.n_rows >= 4 else {}
    if not stacked:
        return block, lines
    out = list(lines)
    shift = {c: sum(1 for s in stacked if s < c) for c in range(block.n_cols)}
    groups: dict[tuple[int, int], list[int]] = {}
    for r, c, i in block.cells:
        groups.setdefault((r, c), []).append(i)
    cells = []
    for (r, c), idx in groups.items():
        at = c + shift[c]
        printed = _printed_lines(idx, lines) if c in stacked and (r > 0 or stacked[c] is None) else [idx]
        cells += [(r, at, i) for i in printed[0]]
        cells += [(r, at + 1, i) for i in (printed[1] if len(printed) == 2 else [])]
        cells += [(r, at, i) for p in printed[2:] for i in p]
    for c, h in stacked.items():
        if h is None:
            continue
        hb = lines[h].box
        out.append(lines[h].model_copy(update={
            "text": f"{lines[h].text.strip()} (second line)",
            "box": Box(x0=hb.x1 + 1, y0=hb.y0, x1=hb.x1 + 2, y1=hb.y1)}))
        cells.append((0, c + shift[c] + 1, len(out) - 1))
    return replace(block, cells=sorted(cells), n_cols=block.n_cols + len(stacked)), out
