"""A matrix of figures: a table whose every column beside the row names holds one measure at one setting (an
annotated heatmap's parcels scanned by weekday and hour, sales by region and quarter). Its rows read across as well
as down: "the quietest hour on Tuesday" is the column of the smallest figure on Tuesday's row, "the total on
Sunday" the sum along Sunday's row."""

from __future__ import annotations

import re
from typing import Literal

from ..textutil import parse_number
from . import record_extremes as RX
from . import records as R
from .row_names import truncated


def _is_matrix(rec: R.Records) -> bool:
    """Three columns of figures or more beside the names, each with a printed name, and no other column."""
    others = [c for j, c in enumerate(rec.columns) if j != rec.key]
    return (rec.kind == "table" and len(others) >= 3 and len(rec.rows) >= 3
            and all(c.type in R.FIGURE_TYPES and c.name and not c.name.startswith("column ") for c in others))


def named_row(records: list[R.Records], query: str) -> tuple[R.Records, R.Row] | None:
    """The row of a figure matrix the query names word for word (or by the full word its name cuts short:
    "Wednesday" for "Wed"), when no column's name is said as well (then a cell is asked, not the row)."""
    words = re.findall(r"[\w/.-]+", query)
    for rec in records:
        if not _is_matrix(rec):
            continue
        said = {R.norm_name(w) for w in truncated(words, [rec.label(r) for r in rec.rows])}
        rows = [r for r in rec.rows if R.norm_name(rec.label(r)) in said]
        # (a column the question names is a cell asked, unless its name is the row's too: a TOTAL row and a
        # Total column, "the month with the highest total" reads along the row)
        names = {R.norm_name(rec.label(r)) for r in rows}
        if any(R.norm_name(c.name) in said - names for j, c in enumerate(rec.columns) if j != rec.key):
            continue
        if len(rows) == 1:
            return rec, rows[0]
    return None


def _figures(rec: R.Records, row: R.Row) -> list[tuple[float, int]]:
    """The row's figures by column, without a column that adds up the others on (nearly) every row."""
    summed = _sum_column(rec)
    return [(v, j) for j, c in enumerate(row.cells)
            if j not in (rec.key, summed) and j < len(rec.columns) and (v := parse_number(c)) is not None]


def _sum_column(rec: R.Records) -> int | None:
    """The last column when it holds each row's total of the other figures (`sum_row` on nearly every row)."""
    j = len(rec.columns) - 1
    held = 0
    for r in rec.rows:
        figs = [v for k, c in enumerate(r.cells[: j + 1]) if k != rec.key and (v := parse_number(c)) is not None]
        held += len(figs) == len(r.cells[: j + 1]) - 1 and RX.sum_row(figs) == len(figs) - 1
    return j if held >= 0.8 * len(rec.rows) else None


def row_sum(records: list[R.Records], query: str) -> tuple[float, R.Row, str] | None:
    """(sum along the named row, the row, a cell as printed for the answer's format)."""
    found = named_row(records, query)
    if found is None or len(figs := _figures(*found)) < 2:
        return None
    rec, row = found
    return sum(v for v, _ in figs), row, row.cells[figs[0][1]]


def row_extreme(records: list[R.Records], query: str, how: Literal["max", "min"],
                head: str | None = None) -> R.Answer | None:
    """The column where the named row's figure is largest (smallest): its name, the figure beside it; not
    when the question asks for a row by the name of the rows' own column ("which category": Category)."""
    found = named_row(records, query)
    if found is None or len(figs := _figures(*found)) < 2:
        return None
    rec, row = found
    if head and R.norm_name(head).rstrip("s") == R.norm_name(rec.columns[rec.key].name).rstrip("s"):
        return None
    ranked = sorted(figs, reverse=how == "max")
    if ranked[0][0] == ranked[1][0]:
        return None  # a tie names no one column
    j = ranked[0][1]
    return R.Answer(rec.columns[j].name, row, rec.columns[j].name, 0.9, row.ids, figure=row.cells[j])
