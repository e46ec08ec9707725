"""Extremes and figures over records: which row holds the largest or smallest value of a column
(`arg_extreme`), a column's figures without its summary row (`column_numbers`), and what a figure column
measures when the question names no column ("the biggest": a size)."""

from __future__ import annotations

import re
from typing import Literal

from ..textutil import parse_number
from .bill_rows import items_summed
from .command_names import program_name
from .match import Matcher
from .records import _ORDERED, _column, _matcher, _numbering, _state_named
from .sign import Sign, signed_as, signed_side
from .structure import SUMMARY
from .tabular import Answer, Records, RecordsError, Row, cell_type, in_state, sort_key, table_parts
from .types import CURRENCY
from .units import implied_type


def orderable(records: list[Records], column_query: str, m: Matcher,
               sign: Sign | None = None, implied: str | None = None) -> tuple[float, Records, int]:
    """The structure and (orderable) column the query names best, and how well; when a sign is asked, a
    column holding figures of both signs (a statement's Amount, a watchlist's Chg %) before any other.
    `implied`: the type of column the question's superlative orders by ("the priciest": money), for a
    query that names no column of its own ("which dish")."""
    best: tuple[float, Records, int] | None = None
    wanted = implied_type(column_query) or implied
    for rec in records:
        if len(rec.rows) < 2 or len({rec.label(r) for r in rec.rows}) < 0.6 * len(rec.rows):
            continue  # rows that share one name (a page's several "progress" bars) are no items to rank
        typed = [k for k, c in enumerate(rec.columns) if wanted and (c.type == wanted or wanted in (c.measure or ""))]
        try:
            # (a running number, 1, 2, 3 down the rows, orders nothing: "the longest song" is not the last one)
            j, s = _column(rec, column_query, m, _ORDERED, exclude=_numbering(rec))
        except RecordsError:
            if len(typed) != 1:
                continue
            j, s = typed[0], 0.0  # "which dish is the priciest": the one column of amounts
        named = s
        if s < 0.75 and typed:  # "the biggest image": its SIZE, not the IMAGE ID the words name
            k, named = _column(rec, column_query, m, {rec.columns[typed[0]].type})
            if k not in typed:  # (a measure found by its unit, "12.4 ms": that column, not another figure)
                k, named = typed[0], 0.0
            j, s = k, max(named, 0.6)
        money = [k for k, c in enumerate(rec.columns) if c.type == "money"]
        if named < 0.5 and j in money and len(money) > 1 and _IN_TOTAL.search(column_query):
            j = money[-1]  # "the priciest line overall": a bill's line amount (its last money column), not unit price
        mixed = [k for k in range(len(rec.columns)) if sign is not None and both_signs(rec, k)]
        if sign == "down" and not mixed:  # a statement of money out, every amount printed with its minus
            mixed = [k for k in range(len(rec.columns)) if _all_negative(rec, k)]
        if mixed and j not in mixed:
            sc = m.scores(column_query, [rec.columns[k].name for k in mixed])
            j, s = mixed[int(sc.argmax())], max(float(sc.max()), 0.6)
        elif mixed:
            s = max(s, 0.6)
        # (pairs the page's lines happened to make give way to a table that names the column about as well)
        s_ranked = s - (0.1 if rec.kind == "key_value" else 0.0)
        # (of two readings that name the column as well, the one holding more of the rows: a list read whole)
        if best is None or s_ranked > best[0] + 0.01 or (
                s_ranked >= best[0] - 0.01 and _fuller(rec, j, best[1], best[2])):
            best = (s_ranked, rec, j)
    if best is None:
        raise RecordsError(f"no orderable column for {column_query!r}")
    return best


def both_signs(rec: Records, j: int) -> bool:
    cells = [r.cells[j] for r in rec.rows if j < len(r.cells)]
    return any(signed_as(c, "up") for c in cells) and any(signed_as(c, "down") for c in cells)


# What a superlative measures, when no column is named: facts about these words, like units.
_IN_TOTAL = re.compile(r"\b(overall|altogether|all in|line total|total cost)\b", re.I)


def _all_negative(rec: Records, j: int) -> bool:
    cells = [r.cells[j] for r in rec.rows if j < len(r.cells) and r.cells[j].strip()]
    return len(cells) >= 2 and sum(signed_as(c, "down") for c in cells) >= 0.8 * len(rec.rows)


# (the words printed on a total's row, in the languages of the documents read: facts, not question words)
_SUMMARY_ROW = re.compile(r"(?i)^\s*(?:sub-?\s?)?(?:totals?|totaal|totale|gesamt|insgesamt)\b"
                          r"|^\s*(?:sum|summe|somme|suma|summa|average|mean|overall|durchschnitt|moyenne)\b")


_AMOUNT_LIKE = re.compile(r"^\s*[-−+]\s?\d|\d[.,]\d{1,2}\s*$")


def item_rows(rec: Records, j: int) -> list[Row]:
    """The rows that are items of the column j: not a summary row ("Total"), and in a column of amounts
    not a bill's summary or payment line either (tax, discount, change, card)."""
    summary = SUMMARY if rec.columns[j].type == "money" else _SUMMARY_ROW
    rows = [r for r in rec.rows if j < len(r.cells) and not summary.search(rec.label(r))]
    # a line under the total that repeats its amount is how it was paid ("Card 18.75"), in any wording
    totals: set[float] = set()
    paid: set[int] = set()
    for r in rec.rows:
        v = sort_key(r.cells[j], "money") if j < len(r.cells) else None
        if v is not None and summary.search(rec.label(r)):
            totals.add(v)
        elif v is not None and v in totals:
            paid.add(id(r))
    rows = [r for r in rows if id(r) not in paid]
    if rec.columns[j].type == "money" and not totals and (
            n := items_summed([sort_key(r.cells[j], "money") for r in rows])) is not None:
        rows = rows[:n]  # the total named in a word no pattern knows ("RAZEM", "YHTEENSÄ"): found by its sum
    named = [r for r in rows if rec.label(r).strip()]
    if len(named) >= 2 and len(named) >= 0.5 * len(rows):  # a bill's totals under its items: no name of their own
        rows = named
    # amounts carry their currency: a bare "22" among them is a house number, not a price (a signed figure or
    # one with cents, "-42.5", is an amount whose currency sign the reading lost)
    signed = [r for r in rows if CURRENCY.search(r.cells[j]) or _AMOUNT_LIKE.search(r.cells[j])]
    if rec.columns[j].type == "money" and len(signed) >= 0.6 * len(rows):
        rows = signed
    return _without_sum(rows, j)


def sum_row(values: list[float]) -> int | None:
    """The first or last of four figures or more when it is the sum of all the others (a tree's parent folder
    over its children, a total row printed without the word): an aggregate, not an item; else None."""
    total = sum(values)
    if len(values) < 4 or not total:
        return None
    # (sizes rounded as printed: "25.1 MB")
    return next((k for k in (0, len(values) - 1) if abs(2 * values[k] - total) <= 0.005 * abs(total)), None)


def _without_sum(rows: list[Row], j: int) -> list[Row]:
    vals = [sort_key(r.cells[j], "number") for r in rows]
    if any(v is None for v in vals) or (k := sum_row([v for v in vals if v is not None])) is None:
        return rows
    return rows[:k] + rows[k + 1:]


def column_numbers(records: list[Records], column_query: str, matcher: Matcher | None = None,
                   where: str | None = None) -> tuple[list[float], list[str], str, float]:
    """The figures of the column the query names (a summary row such as "Total" left out), of the rows in
    the state `where` names if it names one of the structure's states ("points already done": the Done
    list's): (values, evidence ids, a value as printed for formatting, how well the query names the column)."""
    m = _matcher(matcher)
    s, rec, j = orderable(records, column_query, m)
    items = item_rows(rec, j)
    if where and (state := _state_named([rec], where, m, 0.5, 0.15)) is not None:
        _, k, value = state
        items = [r for r in items if k < len(r.cells) and in_state(r.cells[k], value)]
    vals = [(v, r) for r in items if (v := sort_key(r.cells[j], "number")) is not None]
    if len(vals) < 2:
        raise RecordsError("too few figures in the column")
    return [v for v, _ in vals], [i for _, r in vals for i in r.ids][:10], vals[0][1].cells[j], s


def _fuller(rec: Records, j: int, other: Records, k: int) -> bool:
    """Another reading of the same column that holds more rows of its type (a list read whole, not in part; a
    footer read into a list holds none)."""
    def typed(r: Records, c: int) -> int:
        return sum(c < len(row.cells) and cell_type(row.cells[c]) == r.columns[c].type for row in r.rows)
    return rec.columns[j].name.lower() == other.columns[k].name.lower() and typed(rec, j) > typed(other, k)


def arg_extreme(records: list[Records], column_query: str, how: Literal["max", "min"],
                matcher: Matcher | None = None, answer_query: str | None = None, nth: int = 1,
                sign: Sign | None = None, implied: str | None = None) -> Answer:
    """The row whose value in the named (orderable) column is largest or smallest; the answer is its label, or
    its cell under the column `answer_query` names when that column, not the row's name, is asked for ("which
    mount has the most free space": df's "Mounted on", not its file system); `nth` counts down the ranking.
    `sign`: of a column of both signs, only the figures pointing that way ("the largest sum paid out" is
    the most negative amount)."""
    m = _matcher(matcher)
    s, rec, j = orderable(records, column_query, m, sign, implied)
    ctype = rec.columns[j].type
    keyed = [(k, r) for part in table_parts(records, rec) for r in item_rows(part, j)
             if (k := sort_key(r.cells[j], ctype, rec.columns[j].yearfirst, rec.columns[j].dayfirst)) is not None]
    signed, how = signed_side(keyed, lambda t: parse_number(t[1].cells[j]), sign, how)
    if len(signed) < len(keyed):
        keyed = signed  # (one figure of the asked sign is the extreme)
    elif len(keyed) < 2:
        raise RecordsError("too few values to compare")
    ranked = sorted(keyed, key=lambda t: t[0], reverse=how == "max")  # (stable: the first printed of a tie)
    k, row = ranked[nth - 1] if 1 <= nth <= len(ranked) else ranked[0]  # "the second-biggest"
    if nth == 1 and len(ranked) >= 3 and ranked[1][0] == k:
        s *= 0.6  # a tie at the top orders nothing: a column of one repeated size is no column the question means
    if answer_query:
        sc = m.scores(answer_query, [c.name for c in rec.columns])
        a = int(sc.argmax())
        # a column of names named by the question's noun; a state column ("entry type: file") names no row
        # (or any column the noun names outright: "the UID of the user with the most jobs")
        if (a not in (rec.key, j) and sc[a] >= 0.7 and sc[rec.key] < 0.4
                and (rec.columns[a].type == "name" or sc[a] >= 0.9) and a < len(row.cells) and row.cells[a]):
            return Answer(row.cells[a], row, rec.columns[a].name, s, row.ids, named_column=True,
                          figure=row.cells[j])
    return Answer(program_name(rec, row), row, rec.columns[j].name, s, row.ids, figure=row.cells[j])


# What terse states printed by container and service tools mean (a lexicon of facts, as units are): "Up 2 days"
# is running, "Exited (0)" is stopped
