"""A table's columns that the layout joined: in a list view whose columns sit close (a date, then a payee, a
few pixels apart), OCR reads "2026-01-02 Jane Roe" as one piece, and the layout, which places pieces by
their extent, makes one column of the two. The header still prints the names apart ("Date", "Payee"): a
column whose header cell holds several names set apart is as many columns, and each body piece under it is
parted at the midpoints between the names, its words placed by the piece's character width."""

from __future__ import annotations

import re
from bisect import bisect
from dataclasses import replace

from ..sir import Box
from .layout import LayoutBlock
from .ocr import OcrLine
from .ruled import word_spans


def _name(text: str) -> bool:
    """A column's name: a few words, no figures."""
    return bool(text.strip()) and len(text.split()) <= 3 and not re.search(r"\d", text)


def _cuts(block: LayoutBlock, lines: list[OcrLine], row: int) -> dict[int, tuple[list[float], bool]]:
    """For each column whose cell in the row holds two names or more, set apart, the x where one ends and the
    next begins (midway), and whether the gaps are wide (more than a word space in any font). A narrow gap
    (a terminal's two spaces, which OCR already reads as apart) is a cut only if the body parts there too."""
    heads: dict[int, list[OcrLine]] = {}
    for r, c, i in block.cells:
        if r == row:
            heads.setdefault(c, []).append(lines[i])
    out = {}
    for c, pieces in heads.items():
        names = sorted((ln for ln in pieces if _name(ln.text)), key=lambda ln: ln.box.x0)
        if len(names) < 2 or len(pieces) - len(names) > 1:  # a count beside the names ("1 of 13") is no column
            continue
        gaps = [b.box.x0 - a.box.x1 for a, b in zip(names, names[1:], strict=False)]
        # OCR parts two names only across a gap wider than a word space, and pads each piece's box: a list
        # view's headers set a few pixels apart ("State" | "Queued at") may even overlap by their boxes,
        # which is why a narrow cut must part the body as well
        if all(g >= -0.4 * a.box.h for g, a in zip(gaps, names, strict=False)):
            out[c] = ([(a.box.x1 + b.box.x0) / 2 for a, b in zip(names, names[1:], strict=False)],
                      all(g >= 1.5 * a.box.h for g, a in zip(gaps, names, strict=False)))
    return out


def _parted(block: LayoutBlock, lines: list[OcrLine], row: int) -> dict[int, list[float]]:
    """The cuts of the row's header cells that part the body too: on half its rows or more, words fall on both
    sides of a cut (on nearly all of them for narrow cuts)."""
    n_body = len({r for r, _, _ in block.cells if r > row})
    plan = {}
    for c, (cuts, wide) in _cuts(block, lines, row).items():
        sides: dict[int, set[int]] = {}  # a row's words in the column, by piece or by word, on each side
        for r, cc, i in block.cells:
            if cc == c and r > row:
                sides.setdefault(r, set()).update(_parts(lines[i], cuts))
        parting = {r for r, ks in sides.items() if len(ks) >= 2}
        if len(parting) >= (0.5 if wide else 0.8) * n_body and n_body >= 2:
            plan[c] = cuts
    return plan


def _parts(line: OcrLine, cuts: list[float]) -> dict[int, OcrLine]:
    """The piece's words grouped by the stretch between cuts their middle falls in, each group a piece."""
    groups: dict[int, list[tuple[str, float, float]]] = {}
    for w in word_spans(line.text, line.box):
        groups.setdefault(bisect(cuts, (w[1] + w[2]) / 2), []).append(w)
    if len(groups) == 1:
        return {k: line for k in groups}
    return {k: line.model_copy(update={"text": " ".join(t for t, _, _ in ws),
                                       "box": Box(x0=ws[0][1], y0=line.box.y0, x1=ws[-1][2], y1=line.box.y1)})
            for k, ws in groups.items()}


def _from_row(block: LayoutBlock, lines: list[OcrLine], head: int) -> LayoutBlock:
    """The block without its rows above the header row."""
    cells = [(r - head, c, i) for r, c, i in block.cells if r >= head]
    kept = {i for _, _, i in cells}
    box = Box(x0=block.box.x0, y0=min(lines[i].box.y0 for i in kept), x1=block.box.x1, y1=block.box.y1)
    return replace(block, cells=cells, n_rows=block.n_rows - head, lines=[i for i in block.lines if i in kept],
                   box=box)


def split_headed(block: LayoutBlock, lines: list[OcrLine]) -> tuple[LayoutBlock, list[OcrLine]]:
    """The block with its joined columns parted, and the line list its cells now index (the given list plus
    the new pieces); the same block and list when no header cell holds several names."""
    if block.n_rows < 3 or not block.cells:
        return block, lines
    # The header is the top row, or one of the next few under a window's own lines (a title, a path).
    rows = sorted({r for r, _, _ in block.cells})[:4]
    head, plan = max(((r, _parted(block, lines, r)) for r in rows), key=lambda rp: sum(map(len, rp[1].values())))
    if not plan:
        return block, lines
    if head > rows[0] and sum(map(len, plan.values())) >= 2:
        block = _from_row(block, lines, head)  # a toolbar's buttons over the names are the window's, not rows
    start, n = {}, 0
    for c in range(block.n_cols):
        start[c], n = n, n + len(plan.get(c, [])) + 1
    out, cells = list(lines), []
    for r, c, i in block.cells:
        if c not in plan:
            cells.append((r, start[c], i))
            continue
        for k, part in _parts(lines[i], plan[c]).items():
            if part is not lines[i]:
                out.append(part)
            cells.append((r, start[c] + k, i if part is lines[i] else len(out) - 1))
    return replace(block, cells=cells, n_cols=n), out
