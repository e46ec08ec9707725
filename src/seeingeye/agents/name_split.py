"""A cell that holds two columns run together: "who: what" (`%an: %s`), a name padded to a fixed width
before its text, a name whose padding OCR lost. Histories and monospaced columns split such cells into a
name column and a text column."""

from __future__ import annotations

import re

import numpy as np

from ..sir import Evidence
from .page_rows import row_words
from .tabular import Row

_LEAD = re.compile(r"^([^\W\d_][^:]{0,40}?):\s+(\S.*)$")


def split_led(body: list[Row], n: int) -> tuple[list[Row], int]:
    """A column whose cells nearly all read "who: what" (`%an: %s`, a chat's "Ana: see you") is two columns,
    split at the colon: a name runs into its text with no gap a column could start at."""
    for j in range(n):
        cells = [r.cells[j] for r in body if j < len(r.cells)]
        led = [m for c in cells if (m := _LEAD.match(c)) and len(m.group(1).split()) <= 4]
        if len(cells) >= 3 and len(led) >= 0.8 * len(cells):
            out = []
            for r in body:
                m = _LEAD.match(r.cells[j]) if j < len(r.cells) else None
                head, rest = (m.group(1), m.group(2)) if m else ("", r.cells[j] if j < len(r.cells) else "")
                out.append(Row([*r.cells[:j], head, rest, *r.cells[j + 1:]], r.ids))
            return out, n + 1
    return body, n


_NAME_WORD = re.compile(r"[A-Z][\w.'-]*")


def split_aligned_name(body: list[Row], rows: list[list[Evidence]], j: int) -> list[Row] | None:
    """Column j read as "Kwame Mensah      Drop legacy routes" (`%<(17)%an %s`): a name padded to a fixed
    width, then the text. The text starts at one x in every row (the name's padding lines it up), and what
    precedes it is one to four capitalised words; None when no such x exists."""
    placed = [row_words(r) for r in rows]
    widths = [e.box.w / len(e.value) for r in rows for e in r if e.box is not None and len(e.value) >= 4]
    if len(body) < 3 or not widths:
        return None
    cw = float(np.median(widths))
    firsts = [cell.split()[0] if (cell := r.cells[j] if j < len(r.cells) else "") else "" for r in body]
    starts = []
    for words, first in zip(placed, firsts, strict=True):  # x of each word of the cell, from its first word on
        at = next((i for i, (t, _, _) in enumerate(words) if t == first), None)
        starts.append(words[at:] if at is not None else [])
    if not all(starts):
        return None
    best: tuple[float, list[int]] | None = None
    for _, x, _ in starts[0][1:5]:
        cut = [next((i for i, (_, x0, _) in enumerate(ws) if abs(x0 - x) <= 0.8 * cw), None) for ws in starts]
        if any(c is None or not 1 <= c <= 4 or not all(_NAME_WORD.fullmatch(t) for t, _, _ in ws[:c])
               for c, ws in zip(cut, starts, strict=True)):
            continue
        # the padding is where the widest gap falls (first names of one length also start their surnames
        # at one x: "Chidi Eze", "Jonas Lindqvist")
        gap = max(ws[c][1] - ws[c - 1][2] for c, ws in zip(cut, starts, strict=True) if c is not None)
        if best is None or gap > best[0] + 0.5 * cw:
            best = (gap, [c for c in cut if c is not None])
    if best is None:
        return None
    return [Row([*r.cells[:j], " ".join(t for t, _, _ in ws[:c]), " ".join(t for t, _, _ in ws[c:]),
                 *r.cells[j + 1:]], r.ids) for r, ws, c in zip(body, starts, best[1], strict=True)]


def split_recurring_name(body: list[Row], j: int) -> list[Row] | None:
    """Column j read as "name text" where the padding between them was lost: each row's name is the run of
    one to three capitalised words that recurs most across the rows (people write several entries), two
    words when none recurs; None when the cells do not start with capitalised words."""
    cells = [r.cells[j] if j < len(r.cells) else "" for r in body]
    words = [c.split() for c in cells]
    if len(body) < 3 or sum(len(w) >= 2 and bool(_NAME_WORD.fullmatch(w[0])) for w in words) < 0.8 * len(body):
        return None
    heads = {" ".join(w[:k]) for w in words for k in (1, 2, 3) if len(w) > k}
    seen = {h: sum(c == h or c.startswith(h + " ") for c in cells) for h in heads}
    out = []
    for r, w in zip(body, words, strict=True):
        runs = [k for k in (1, 2, 3) if len(w) > k and all(_NAME_WORD.fullmatch(t) for t in w[:k])]
        if not runs:
            return None
        k = max(runs, key=lambda k: (seen[" ".join(w[:k])], k == 2, -k))
        out.append(Row([*r.cells[:j], " ".join(w[:k]), " ".join(w[k:]), *r.cells[j + 1:]], r.ids))
    return out
