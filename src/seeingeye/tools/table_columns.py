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


def _cuts(block: LayoutBlock, lines: list[OcrLine]) -> dict[int, list[float]]:
    """For each column whose header cell holds two names or more, set apart by more than a word space, the
    x where one ends and the next begins (midway)."""
    top = min(r for r, _, _ in block.cells)
    heads: dict[int, list[OcrLine]] = {}
    for r, c, i in block.cells:
        if r == top:
            heads.setdefault(c, []).append(lines[i])
    out = {}
    for c, names in heads.items():
        names.sort(key=lambda ln: ln.box.x0)
        if len(names) < 2 or not all(_name(ln.text) for ln in names):
            continue
        if all(b.box.x0 - a.box.x1 >= 1.5 * a.box.h for a, b in zip(names, names[1:], strict=False)):
            out[c] = [(a.box.x1 + b.box.x0) / 2 for a, b in zip(names, names[1:], strict=False)]
    return out


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


def split_headed(block: LayoutBlock, lines: list[OcrLine]) -> tuple[LayoutBlock, list[OcrLine]]:
    """The block with its joined columns parted, and the line list its cells now index (the given list plus
    the new pieces); the same block and list when no header cell holds several names."""
    if block.n_rows < 3 or not block.cells:
        return block, lines
    plan = _cuts(block, lines)
    # a parted column must part the body too: on half its rows or more, words fall on both sides of a cut
    rows = {r for r, _, _ in block.cells}
    plan = {c: cuts for c, cuts in plan.items()
            if sum(len(_parts(lines[i], cuts)) >= 2 for r, cc, i in block.cells if cc == c) >= 0.5 * (len(rows) - 1)}
    if not plan:
        return block, lines
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
