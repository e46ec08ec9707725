"""Terms and what they mean: a man page's or a `--help` screen's options, exit statuses, a glossary, an API's
parameters. Each term is short and starts at one x; its description stands on the same row far to its right
(`-v, --verbose    print more`), or on the next row, indented (a man page's `-n, --dry-run` over "show what
would be transferred"). Read as records of (term, meaning), "what does exit code 23 mean" is the cell where
the row "23" meets the column of meanings.
"""

from __future__ import annotations

from ..sir import Evidence
from .page_rows import char_width
from .tabular import Records, Row, make_records

COLUMNS = ["term (option, flag, code, key, name)", "meaning (description, what it does, what it means)"]


def _term(e: Evidence) -> bool:
    return e.box is not None and 1 <= len(e.value.split()) <= 4 and len(e.value) <= 40


def _beside(row: list[Evidence]) -> Row | None:
    """A term and its description on one row, set apart by two characters or more."""
    pieces = [e for e in row if e.box is not None]
    if len(pieces) != 2 or not _term(pieces[0]) or len(pieces[1].value.split()) < 2:
        return None
    a, b = pieces
    if b.box.x0 - a.box.x1 < 2 * char_width(a):  # type: ignore[union-attr]
        return None
    return Row([a.value, b.value], [a.id, b.id])


def _under(row: list[Evidence], nxt: list[Evidence], after: list[Evidence] | None) -> Row | None:
    """A term alone on its row, its description on the next, indented and close below, and one line long (a
    heading over several indented lines is a list's, a changelog's version over its entries)."""
    if len(row) != 1 or not nxt or not _term(row[0]) or row[0].box is None or nxt[0].box is None:
        return None
    a, b = row[0], nxt[0]
    cw = char_width(a)
    if b.box.x0 - a.box.x0 < 2 * cw or b.box.y0 - a.box.y1 > 1.5 * a.box.h or len(b.value.split()) < 2:
        return None
    if after and after[0].box is not None and abs(after[0].box.x0 - b.box.x0) <= cw \
            and after[0].box.y0 - b.box.y1 <= 1.5 * b.box.h:
        return None
    return Row([a.value, " ".join(e.value for e in nxt)], [a.id, *(e.id for e in nxt)])


def definitions(rows: list[list[Evidence]]) -> Records | None:
    """Three or more terms starting at one x, each with its description; None when there are fewer."""
    found: list[tuple[float, float, Row]] = []
    for k, row in enumerate(rows):
        entry = _beside(row) or (_under(row, rows[k + 1], rows[k + 2] if k + 2 < len(rows) else None)
                                 if k + 1 < len(rows) else None)
        if entry is not None and row[0].box is not None:
            found.append((row[0].box.x0, char_width(row[0]), entry))
    groups: list[list[tuple[float, float, Row]]] = []
    for x, cw, entry in found:
        g = next((g for g in groups if abs(g[0][0] - x) <= max(cw, 4.0)), None)
        (g.append((x, cw, entry)) if g is not None else groups.append([(x, cw, entry)]))
    best = max(groups, key=len, default=[])
    if len(best) < 3:
        return None
    return make_records("definitions", COLUMNS, [entry for _, _, entry in best])
