"""A file manager's icon view as records: names printed under icons in a grid, one entry per name. A name
with an extension is a file; one without is a folder (file managers show folders by name alone), so "how
many folders" and "how many pdfs" count entries like a detail view's rows."""

from __future__ import annotations

import re

from ..sir import Evidence
from .tabular import Records, Row, make_records

_FILE_NAME = re.compile(r"^[\w][\w.-]*\.[A-Za-z][A-Za-z0-9]{0,4}$")
_ENTRY = re.compile(r"^[\w][\w.+-]*$")


def _labels(row: list[Evidence]) -> list[Evidence] | None:
    """The row's pieces when it is a row of an icon grid: three or more single names set well apart."""
    pieces = sorted((e for e in row if e.box is not None), key=lambda e: e.box.x0)  # type: ignore[union-attr]
    if len(pieces) < 3 or not all(_ENTRY.fullmatch(e.value.strip()) for e in pieces):
        return None
    gaps = [b.box.x0 - a.box.x1 for a, b in zip(pieces, pieces[1:], strict=False)]  # type: ignore[union-attr]
    pitch = [b.box.cx - a.box.cx for a, b in zip(pieces, pieces[1:], strict=False)]  # type: ignore[union-attr]
    h = max(e.box.h for e in pieces)  # type: ignore[union-attr]
    # names centred under icons at one pitch, whatever their lengths (a sentence's words are not)
    return pieces if min(gaps) >= 0.5 * h and max(pitch) <= 1.35 * min(pitch) else None


def icon_grid(rows: list[list[Evidence]]) -> Records | None:
    grid = [found for r in rows if (found := _labels(r))]
    # a last row may hold one or two names: it belongs when the grid's columns place it
    if not grid:
        return None
    xs = [e.box.cx for e in grid[0]]  # type: ignore[union-attr]
    h = max(e.box.h for e in grid[0])  # type: ignore[union-attr]
    for r in rows:
        pieces = [e for e in r if e.box is not None]
        if (pieces and len(pieces) < 3 and all(_ENTRY.fullmatch(e.value.strip()) for e in pieces)
                and all(min(abs(e.box.cx - x) for x in xs) < 2 * h for e in pieces)  # type: ignore[union-attr]
                and pieces[0].box.y0 > grid[-1][0].box.y1):  # type: ignore[union-attr]
            grid.append(pieces)
    names = [e for r in grid for e in r]
    if len(grid) < 2 or sum(bool(_FILE_NAME.fullmatch(e.value.strip())) for e in names) < 0.4 * len(names):
        return None
    body = [Row([e.value.strip(), "file" if _FILE_NAME.fullmatch(e.value.strip()) else "directory (folder)"],
                [e.id]) for e in names]
    return make_records("listing", ["name", "entry type (directory, file, link)"], body)
