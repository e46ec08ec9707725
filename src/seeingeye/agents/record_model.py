"""The records data model: rows of cells under named, typed columns, and the answer a program over them gives.
`tabular` infers the columns and their types; `records` runs programs over them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ColumnType = Literal["name", "size", "date", "money", "status", "number", "version", "text"]


@dataclass
class Column:
    name: str
    type: ColumnType = "text"
    measure: str | None = None  # what most of its cells measure, in words ("size big" for "40.9 KiB")
    yearfirst: bool = False  # its dates print a two-digit year first ("25-04-17": 17 April 2025)
    dayfirst: bool = False  # its dates print the day first, as one of them shows ("28/08/2025": 28 August)


@dataclass
class Row:
    cells: list[str]
    ids: list[str]


@dataclass
class Records:
    kind: str  # table | columns | key_value | list | toc | chart
    columns: list[Column]
    rows: list[Row]
    key: int = 0  # the column naming the rows
    content: int | None = None  # what a named row holds when no column is named (a calendar day's events)
    by_header: bool = False  # each cell placed under a printed header name by its x, not split at whitespace
    named_by_content: bool = False  # no header printed: the column names say what the cells hold

    def label(self, row: Row) -> str:
        return row.cells[self.key] if self.key < len(row.cells) else ""


@dataclass
class Answer:
    value: str
    row: Row
    column: str
    score: float
    ids: list[str] = field(default_factory=list)
    named_column: bool = False  # the answer is the cell of a column the question names ("which model": Model)
    figure: str = ""  # the cell an extreme was ranked by, as printed (said with the name when both are asked)


class RecordsError(ValueError):
    """The records cannot answer this call (no matching column, too few rows)."""
