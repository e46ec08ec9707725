"""Labels printed over their values in a row — boarding passes, ID cards, invoice headers, spec strips,
dashboards: "FLIGHT  DATE  GATE" above "KL 5113  11/11/2024  A42". OCR often joins neighbouring values into
one line ("07:00 A6G4AP"), so both rows are split by their ink and each value goes to the label it sits
under. A header over several aligned rows is a table, not a strip of fields, and is left to `table`.

Geometric, no model: the pairs become key: value facts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .inkwords import Entry, line_rows, split_line
from .ocr import OcrLine, read_lines


@dataclass
class Field:
    label: Entry
    values: list[Entry]

    @property
    def value(self) -> str:
        return " ".join(v.text for v in sorted(self.values, key=lambda v: v.box.x0))


def _pieces(grey: np.ndarray, row: list[OcrLine], gap: float) -> list[Entry]:
    return sorted((p for ln in row for p in split_line(grey, ln, gap)), key=lambda p: p.box.x0)


def _height(row: list[OcrLine]) -> float:
    return float(np.median([ln.box.h for ln in row]))


def _stacked(a: list[OcrLine], b: list[OcrLine]) -> bool:
    """Row b sits right under row a, in print no smaller than a's (labels are the smaller print)."""
    ha, hb = _height(a), _height(b)
    gap = min(ln.box.y0 for ln in b) - max(ln.box.y1 for ln in a)
    return -0.45 * ha <= gap <= 0.9 * max(ha, hb) and hb >= 0.75 * ha  # OCR boxes carry some padding, descenders


def _contrast(grey: np.ndarray, row: list[OcrLine]) -> float:
    """How far the row's ink stands from its ground (labels are often printed lighter than values)."""
    out = []
    for ln in row:
        b = ln.box
        px = grey[int(b.y0) : int(b.y1), int(b.x0) : int(b.x1)].astype(np.float32)
        if px.size:
            med = float(np.median(px))
            out.append(max(med - float(np.percentile(px, 3)), float(np.percentile(px, 97)) - med))
    return float(np.median(out)) if out else 0.0


def _lighter(grey: np.ndarray, a: list[OcrLine], b: list[OcrLine]) -> bool:
    """Row a is printed clearly lighter than row b: a label over its value."""
    return _contrast(grey, a) < 0.8 * _contrast(grey, b)


def _aligned(p: list[Entry], q: list[Entry], h: float) -> bool:
    """Two rows of pieces that start at the same places: rows of one table."""
    return len(p) >= 2 and sum(any(abs(x.box.x0 - y.box.x0) < h for y in q) for x in p) >= 0.7 * len(p)


def _assign(labels: list[Entry], values: list[Entry], h: float) -> list[Field]:
    fields = [Field(lab, []) for lab in labels]
    for v in values:
        dist = [min(abs(v.box.x0 - f.label.box.x0), abs(v.box.cx - f.label.box.cx)) for f in fields]
        i = int(np.argmin(dist))
        if dist[i] < 2.5 * h:
            fields[i].values.append(v)
    return [f for f in fields if f.values]


def stacked_fields(grey: np.ndarray, lines: list[OcrLine]) -> list[Field]:
    """Every row of two or more labels with a row of values under it (not a table header)."""
    rows = line_rows([ln for ln in lines if ln.text.strip()])
    out: list[Field] = []
    for k in range(len(rows) - 1):
        a, b = rows[k], rows[k + 1]
        if not _stacked(a, b):
            continue
        labels = _pieces(grey, a, 0.8)
        values = _pieces(grey, b, 0.6)
        h = _height(b)
        lighter = _lighter(grey, a, b)
        capitals = all(lab.text.upper() == lab.text for lab in labels)
        # a strip of fields: one value under each word label, some of them figures ("Member since | Valid
        # thru" over "2018 | 05/29"), where no lighter ink or smaller print sets the labels apart
        strip = len(labels) == len(values) >= 2 and any(ch.isdigit() for v in values for ch in v.text)
        if not (lighter or capitals or strip or _height(a) <= 0.85 * h):
            continue  # labels are set apart (lighter, smaller or in capitals); two rows alike are two form rows
        words = [lab for lab in labels if not any(ch.isdigit() for ch in lab.text)]
        if len(words) < len(labels) and (len(words) < 2 or 3 * len(words) < 2 * len(labels)):
            continue  # labels are words; a row of figures over figures is data
        labels = words  # a lone figure beside word labels is another panel's value ("GROUP 1")
        single = lighter and len(labels) == len(values) == 1 and len(labels[0].text.split()) <= 3
        if (len(labels) < 2 or len(values) < 2) and not single:
            continue  # one label over one value only when printed as one (lighter, short)
        # A header over aligned rows is a table, unless the next row is printed like the labels: a grid of
        # fields (ID cards: light labels and dark values alternating).
        grid = lighter and k + 2 < len(rows) and _lighter(grey, rows[k + 2], b)
        if not grid and k + 3 < len(rows) and _stacked(rows[k + 2], rows[k + 3]):
            # or the row after the values is again words over values at the same places (a form's grid)
            again = _pieces(grey, rows[k + 2], 0.8)
            grid = not any(ch.isdigit() for p in again for ch in p.text) and _aligned(labels, again, h)
        if k + 2 < len(rows) and not grid and _aligned(values, _pieces(grey, rows[k + 2], 0.6), h):
            continue
        fields = _assign(labels, values, h)
        if len(fields) >= 2 or (len(fields) == 1 and lighter):
            out += fields
    return out


class StackedArgs(BaseModel):
    pass


@tool(name="stacked")
def stacked(ctx: ToolContext, args: StackedArgs) -> ToolResult:
    """Labels printed above their values in a row (tickets, ID cards, invoice headers) as key: value facts,
    each value split off the neighbours OCR joined it to."""
    grey = ctx.grey
    fields = stacked_fields(grey, read_lines(ctx))
    if not fields:
        return ToolResult(summary="no stacked fields")
    drafts = [
        EvidenceDraft(kind="key_value", label=f.label.text, value=f.value, confidence=0.75,
                      box=Box(x0=min(v.box.x0 for v in f.values), y0=min(v.box.y0 for v in f.values),
                              x1=max(v.box.x1 for v in f.values), y1=max(v.box.y1 for v in f.values)),
                      attrs={"source_structure": "stacked"})
        for f in fields
    ]
    return ToolResult(evidence=drafts, summary="; ".join(f"{f.label.text}: {f.value}" for f in fields))
