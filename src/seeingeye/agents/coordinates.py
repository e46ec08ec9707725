"""Coordinates a question gives by structure rather than by words: a cell reference ("C4", "row 5,
column B"), a numbered line ("line 12") and a plural control kind ("which buttons ..."). Parsed once, with
the rest of the question analysis; the UI programs read these fields, never the question."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CELL = re.compile(r"\b([A-Z])([1-9]\d{0,3})\b")
_ROW = re.compile(r"\brow\s+(\d{1,4})\b", re.I)
_COL = re.compile(r"\bcolumn\s+([A-Z])\b", re.I)
_LINE = re.compile(r"\bline\s+(\d{1,4})\b", re.I)
# The control kinds named in the plural: "which buttons ..." lists them all.
_PLURAL = re.compile(r"\b(buttons|tabs)\b", re.I)


@dataclass(frozen=True)
class Coordinates:
    cell: tuple[str, str] | None = None  # (column letter, row number) of a spreadsheet grid
    line: int | None = None  # a numbered line of an editor
    controls: str | None = None  # a control kind asked for in the plural ("button", "tab")


def coordinates(question: str) -> Coordinates:
    row, col, cell = _ROW.search(question), _COL.search(question), _CELL.search(question)
    at = (col.group(1).upper(), row.group(1)) if row and col else (cell.group(1), cell.group(2)) if cell else None
    line = _LINE.search(question)
    plural = _PLURAL.search(question)
    return Coordinates(
        cell=at,
        line=int(line.group(1)) if line else None,
        controls=plural.group(1).lower()[:-1] if plural else None,
    )
