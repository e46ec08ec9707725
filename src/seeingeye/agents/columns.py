"""Columns of monospaced output by where words start: in a terminal every character is as wide as the next,
so a column begins at the same x on every row, while the words inside a column (an author's first and last
name, the words of a commit message) start wherever their text puts them.

`git log --pretty='%h %ad %an %s'`, `docker ps`, `kubectl get pods`, log lines: OCR reads such a row as one
line or as a few pieces split at wide gaps; either way each word's x comes from its piece's box and the
character width. A column boundary is an x where a word starts on nearly every row and no word runs across.
Headerless columns are named by what they hold (a hash, a date, a person, a message), so questions about
"the author" or "the message" find them.
"""

from __future__ import annotations

import re

import numpy as np

from ..sir import Evidence
from .tabular import Records, Row, cell_type, make_records
from .types import HEX_FIX, typed_span

_HEX = re.compile(r"[0-9a-f]{7,64}")


def _words(row: list[Evidence]) -> list[tuple[str, float, float]]:
    """(word, x0, x1) across a row's pieces, placed by the piece's character width."""
    out = []
    for e in row:
        if e.box is None or not e.value:
            continue
        cw = e.box.w / max(len(e.value), 1)
        for m in re.finditer(r"\S+", e.value):
            out.append((m.group(), e.box.x0 + m.start() * cw, e.box.x0 + m.end() * cw))
    return out


def _boundaries(rows: list[list[tuple[str, float, float]]], cw: float) -> list[float]:
    starts = sorted(x0 for r in rows for _, x0, _ in r)
    clusters: list[list[float]] = []
    for x in starts:
        if clusters and x - clusters[-1][-1] <= 0.5 * cw:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    out = []
    for c in clusters:
        b = float(np.median(c))
        # a column starts at one x to within half a character; a second name starts wherever the first ends
        starting = sum(1 for r in rows if any(abs(x0 - b) <= 0.5 * cw for _, x0, _ in r))
        crossing = sum(1 for r in rows if any(x0 < b - cw and x1 > b + cw for _, x0, x1 in r))
        if starting >= 0.85 * len(rows) and crossing <= 0.1 * len(rows):
            out.append(b)
    return out


def _name(values: list[str]) -> str:
    """What a headerless column holds, in the words questions use for it."""
    filled = [v for v in values if v]
    if filled and all(_HEX.fullmatch(v.translate(HEX_FIX)) for v in filled):
        return "commit hash (id)"
    if filled and all(typed_span(v, "person") == v for v in filled):
        return "author (person, who)"
    kinds = [cell_type(v) for v in filled]
    if kinds and max(set(kinds), key=kinds.count) in ("date", "size", "number", "money"):
        return {"date": "date", "size": "size", "number": "number", "money": "amount"}[max(set(kinds), key=kinds.count)]
    return "message (description, title)" if np.mean([len(v.split()) for v in filled] or [0]) >= 2 else "name"


def _headed(rows: list[Row]) -> bool:
    """The first row names the columns: all capitals, or words over a column the other rows fill with figures."""
    first = rows[0].cells
    if all(c.isupper() for c in first):
        return True
    for j, c in enumerate(first):
        below = [r.cells[j] for r in rows[1:] if j < len(r.cells)]
        figures = sum(cell_type(v) in ("number", "size", "money", "date") for v in below)
        if cell_type(c) in ("name", "text") and below and figures >= 0.7 * len(below):
            return True
    return False


def monospace_columns(rows: list[list[Evidence]]) -> Records | None:
    """Three or more columns of headerless monospaced rows; None when the rows do not line up so."""
    placed = [(_words(r), r) for r in rows]
    placed = [(w, r) for w, r in placed if len(w) >= 3]
    if len(placed) < 3:
        return None
    widths = [e.box.w / len(e.value) for _, r in placed for e in r if e.box is not None and len(e.value) >= 4]
    cw = float(np.median(widths))
    if np.median(np.abs(np.array(widths) - cw)) > 0.12 * cw:
        return None  # pieces printed in several sizes or a proportional font: not a terminal's grid
    bounds = _boundaries([w for w, _ in placed], cw)
    if len(bounds) < 3:
        return None
    body: list[Row] = []
    for words, r in placed:
        cells: list[list[str]] = [[] for _ in bounds]
        for t, x0, _ in words:
            k = max((j for j, b in enumerate(bounds) if x0 >= b - cw), default=0)
            cells[k].append(t)
        body.append(Row([" ".join(c) for c in cells], [e.id for e in r]))
    full = [row for row in body if all(row.cells)]
    if len(full) < 0.8 * len(body) or len(full) < 3:
        return None
    figures = [[sum(cell_type(t) in ("number", "size", "money") for t in r.cells[j].split()) for r in full]
               for j in range(len(bounds))]
    merged = [sum(n >= 2 for n in col) for col in figures]
    if max(merged) >= 0.6 * len(full):
        return None  # right-aligned figures ("234G  33G  201G") start anywhere: whitespace splits them, not x
    if _headed(full):
        return None  # "CONTAINER ID  IMAGE  STATUS": output with a header row is the aligned reader's
    header = [_name([row.cells[j] for row in full]) for j in range(len(bounds))]
    rec = make_records("columns", header, full)
    if rec is not None:
        words = [np.mean([len(row.cells[j].split()) for row in full]) for j in range(len(bounds))]
        rec.key = int(np.argmax(words)) if max(words) >= 2 else rec.key  # a message names its row
    return rec
