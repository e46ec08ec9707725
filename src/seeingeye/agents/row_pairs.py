"""Two rows of one table compared or subtracted: "which is higher, Harbour City or Millbrook Albion?",
"the gap between A and B". The column is the one the question names; when it names none, the table's
measure: its last numeric column (a league table's points, a bill's amounts)."""

from __future__ import annotations

from ..textutil import parse_number
from . import records as R
from .match import Matcher
from .question import QuestionAnalysis

_NUMERIC = {"number", "money", "size"}
Operand = tuple[float | None, list[str], str, str]  # number, evidence ids, the phrase, the value as printed


def _values(rec: R.Records, j: int) -> list[float | None]:
    c = rec.columns[j]
    return [R.sort_key(r.cells[j], c.type, c.yearfirst, c.dayfirst) if j < len(r.cells) else None for r in rec.rows]


def measure_column(rec: R.Records) -> int | None:
    """The last numeric column that is not a 1..n position: totals, points and amounts are printed last
    (a column that merely happens to be sorted, such as a bill's unit prices, is no better a guess)."""
    for j in reversed([j for j, c in enumerate(rec.columns) if c.type in _NUMERIC and j != rec.key]):
        nums = _values(rec, j)
        if nums != [float(k + 1) for k in range(len(nums))]:
            return j
    return None


def _column_said(rec: R.Records, operands: list[str]) -> int | None:
    """The one column (not the rows' names) whose name the operands print word for word, else None."""
    said = set(R.said_columns(rec, " ".join(operands)))
    return said.pop() if len(said) == 1 else None


def _without_word(phrase: str, name: str) -> str:
    """The operand without the column's name in it: what is left names the row."""
    pattern = R.printed_name(name)
    rest = pattern.sub(" ", phrase) if pattern is not None else phrase
    return " ".join(rest.split()) or phrase


def pair_values(qa: QuestionAnalysis, sir_records: list[R.Records], m: Matcher) -> list[Operand]:
    """Both operands as rows of one table, each read in the named or the measure column; empty unless both
    name distinct rows well."""
    if len(qa.operands) < 2:
        return []
    for rec in sir_records:
        if rec.kind not in ("table", "columns", "listing", "chart") or len(rec.rows) < 2:
            continue
        if rec.kind == "chart" and len(rec.columns) == 2:
            j = 1  # a chart of one series: what it measures is what the question names (its title says so)
        elif qa.column:
            try:
                j, score = R.column_index(rec, qa.column, m)
            except R.RecordsError:
                continue
            if score < 0.5:
                continue
        elif (said := _column_said(rec, qa.operands[:2])) is not None:
            j = said  # "Oslo H1 against Bergen H1": the one column both operands print by its name
        elif len(printed := R.said_columns(rec, qa.phrase or qa.target, figures_only=True)) == 1:
            j = printed[0]  # "the combined downloads of A and B": a column of figures the question names as printed
        else:
            found = measure_column(rec)
            if found is None:
                continue
            j = found
        out: list[Operand] = []
        for phrase in qa.operands[:2]:
            row, score = R.row_named(rec, _without_word(phrase, rec.columns[j].name), m)
            if score < 0.8 or j >= len(row.cells):
                break
            out.append((parse_number(row.cells[j]), row.ids, phrase.strip(), row.cells[j]))
        if len(out) == 2 and out[0][0] is not None and out[1][0] is not None:
            return out
    return []


def column_pair_values(qa: QuestionAnalysis, sir_records: list[R.Records], m: Matcher) -> list[Operand]:
    """Both operands as columns of one row, the row named anywhere in the question ("North's Q1 plus Q2",
    "Q3 minus Q2 for Lund"), whether or not the analysis tagged it; empty unless both columns and the row
    are named well."""
    if len(qa.operands) < 2:
        return []
    for rec in sir_records:
        if rec.kind not in ("table", "columns", "listing") or len(rec.rows) < 2:
            continue
        cols = []
        for phrase in qa.operands[:2]:
            try:
                j, score = R.column_index(rec, phrase, m)
            except R.RecordsError:
                break
            if score < 0.7 or j == rec.key:
                break
            cols.append(j)
        if len(cols) < 2 or cols[0] == cols[1]:
            continue
        row, score = R.row_named(rec, qa.row or qa.target, m)
        if score < 0.8:
            continue
        out = [(parse_number(row.cells[j]) if j < len(row.cells) else None, row.ids, phrase.strip(),
                row.cells[j] if j < len(row.cells) else "") for j, phrase in zip(cols, qa.operands, strict=False)]
        if all(v[0] is not None for v in out):
            return out
    return []
