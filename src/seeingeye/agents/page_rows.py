"""A page's printed lines as rows: lines sharing a height band, panes of a window, and blocks of rows a
two-line entry makes (a symbol over its company name, with its figures set between the two)."""

from __future__ import annotations

from ..sir import SIR, Box, Evidence
from ..tools.ruled import word_spans


def char_width(e: Evidence) -> float:
    """A printed piece's width per character (its print size, for gaps measured in characters)."""
    return e.box.w / max(len(e.value), 1) if e.box is not None else 0.0


def row_words(row: list[Evidence]) -> list[tuple[str, float, float]]:
    """(word, x0, x1) across a row's pieces, placed by the piece's character width."""
    return [w for e in row if e.box is not None and e.value
            for w in word_spans(e.value, e.box, e.attrs.get("words"))]  # type: ignore[arg-type]


def x_overlap(a: Box, b: Box) -> float:
    return max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0))


def visual_rows(lines: list[Evidence]) -> list[list[Evidence]]:
    """OCR lines grouped into rows of the page (segments of one printed line share its height band)."""
    rows: list[list[Evidence]] = []
    for e in sorted(lines, key=lambda e: (e.box.cy, e.box.x0)):  # type: ignore[union-attr]
        if rows and abs(rows[-1][0].box.cy - e.box.cy) < 0.5 * min(rows[-1][0].box.h, e.box.h):  # type: ignore
            rows[-1].append(e)
        else:
            rows.append([e])
    # A second look re-reads part of a line: a piece lying over a wider one of the same row is not new text.
    rows = [[e for e in r if not any(o is not e and o.box.w > e.box.w  # type: ignore[union-attr]
                                     and x_overlap(e.box, o.box) > 0.5 * e.box.w for o in r)]  # type: ignore[arg-type]
            for r in rows]  # fmt: skip
    return [sorted(r, key=lambda e: e.box.x0) for r in rows]  # type: ignore[union-attr]


def reading_order(found: list[Evidence]) -> list[Evidence]:
    """Boxed facts row by row (a row: middles within half the taller one's height, wherever a fixed grid of
    pixels would cut them), each row left to right: the order panels are lettered and buttons are read in."""
    rows: list[list[Evidence]] = []
    for e in sorted(found, key=lambda e: e.box.cy):  # type: ignore[union-attr]
        if rows and abs(e.box.cy - rows[-1][0].box.cy) < 0.5 * max(e.box.h, rows[-1][0].box.h):  # type: ignore
            rows[-1].append(e)
        else:
            rows.append([e])
    return [e for r in rows for e in sorted(r, key=lambda e: e.box.x0)]  # type: ignore[union-attr]


def panes(lines: list[Evidence], sir: SIR) -> list[list[Evidence]]:
    """The lines of each pane of a window, parted by the pane edges the `ui` reading found (a TUI's boxed
    windows, two file lists side by side): a row of one pane is no row of its neighbour's listing. The
    whole page comes first, and alone when it has no two panes of text."""
    boxes = [e.box for e in lines if e.box is not None]
    found = [e for e in sir.by_kind("region") if e.attrs.get("role") == "pane_edge" and e.box is not None]
    if sir.by_kind("point", "series"):  # a chart's bars step from shade to shade like panes: only drawn edges
        found = [e for e in found if not e.attrs.get("shade_step")]
    edges = [e.box for e in found if e.box is not None]
    # (an edge hanging from a rule across the window starts its panes at that rule)
    reach = {id(e.box): 0.0 if e.attrs.get("under_rule") else 2.5 for e in found}
    # a window's own border has no text beyond it: only a line with text on both sides parts panes
    edges = [x for x in edges if min(sum(x.y0 <= b.cy <= x.y1 and (b.cx < x.x0) == side for b in boxes)
                                     for side in (True, False)) >= 3]
    # a split under a pane of its own (tmux): rows of text above the rule it hangs from, not a menu bar alone
    edges = [x for x in edges if reach[id(x)] or len({round(b.cy / 10) for b in boxes if b.y1 <= x.y0}) >= 3]
    groups: dict[tuple[object, ...], list[Evidence]] = {}
    for e in lines:
        b = e.box
        assert b is not None
        # (a line above or below every pane, a title or a menu bar, is in none of them; a list's header just
        # above the edges' start, over its column, is its pane's)
        beside = [x for x in edges if x.y0 - reach[id(x)] * b.h <= b.cy <= x.y1]
        groups.setdefault((bool(beside), *(i for i, x in enumerate(edges) if x in beside and x.x0 < b.cx)),
                          []).append(e)
    panes = [g for g in groups.values() if len(g) >= 3]
    # the whole page as well: panes that show one listing side by side (two file panels) read as one
    return [lines, *panes] if len(panes) >= 2 else [lines]


def row_blocks(rows: list[list[Evidence]]) -> tuple[list[list[Evidence]], dict[str, str]] | None:
    """Rows joined into the entries they print when entries take two lines with their figures set between
    them (a ticker over its company's name, the price centred on both): a row nearer the one above than a
    line's height and in none of its columns belongs to it. One line right under an entry's first cell is its
    subtitle, kept apart (the entry's first piece's id -> the subtitle) so the name stays as printed. None
    unless at least three entries take more than one row."""
    blocks: list[list[Evidence]] = []
    sizes: list[int] = []  # how many rows each block joins
    subtitles: dict[str, str] = {}
    for k, row in enumerate(rows):
        first = min(blocks[-1], key=lambda e: e.box.x0) if blocks else None  # type: ignore[union-attr]
        if first is not None and first.id not in subtitles and _subtitle(blocks[-1], first, row):
            subtitles[first.id] = row[0].value.strip()
            sizes[-1] += 1
        elif blocks and _staggered(rows[k - 1], row):
            blocks[-1] += row
            sizes[-1] += 1
        else:
            blocks.append(list(row))
            sizes.append(1)
    if sum(n > 1 for n in sizes) < 3:
        return None
    return [sorted(b, key=lambda e: e.box.x0) for b in blocks], subtitles  # type: ignore[union-attr]


def _below(above: list[Evidence], row: list[Evidence]) -> tuple[float, float]:
    """How far the row sits under the one above, and the taller line's height."""
    h = max(e.box.h for e in above + row)  # type: ignore[union-attr]
    return min(e.box.cy for e in row) - max(e.box.cy for e in above), h  # type: ignore[union-attr]


def _staggered(above: list[Evidence], row: list[Evidence]) -> bool:
    """The row sits less than a line below the one above and in none of its columns."""
    dy, h = _below(above, row)
    apart = not any(x_overlap(a.box, b.box) > 0 for a in above for b in row)  # type: ignore[arg-type]
    return 0 < dy < 0.9 * h and apart


def _subtitle(block: list[Evidence], first: Evidence, row: list[Evidence]) -> bool:
    """One line set right under the first cell of an entry of several cells, within two lines of it."""
    if len(row) != 1 or len(block) < 3:
        return False
    h = first.box.h  # type: ignore[union-attr]
    dy = row[0].box.cy - first.box.cy  # type: ignore[union-attr]
    return 0 < dy < 2.2 * h and abs(row[0].box.x0 - first.box.x0) < 0.5 * h  # type: ignore[union-attr]
