"""Extremes: the item with the largest or smallest value — over a chart's points (one series when the question
names it, else category totals), a table column the question names, a ranking's first or last row, bills'
items, or records of command output when they name the column better; and the series highest at a named
category."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from ..sir import SIR, Evidence
from ..textutil import format_number, parse_number
from . import record_counts as RC
from . import records as R
from .byte_sizes import unit_size
from .extract import Candidate
from .match import Matcher
from .question import QuestionAnalysis
from .record_extremes import sum_row
from .record_modes import mode_candidates
from .sign import signed_side
from .solve_records import left_out, named_fact, record_candidates
from .structure import (
    SUMMARY,
    Point,
    bill,
    bill_items,
    chart_points,
    is_scatter,
    number_of,
    series_names,
    table_cells,
)
from .tabular import sort_key
from .types import has_type
from .units import implied_type


def series_at(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """'In Q2, which channel made more?': of a chart's series, the one highest (lowest) at the category the
    question names."""
    pts = chart_points(sir)
    if qa.yesno or len(series_names(sir)) < 2 or not pts:
        return []
    cats = list(dict.fromkeys(p.label for p in pts))
    i, s = m.best(qa.row or qa.target, cats)
    at = [p for p in pts if p.label == cats[i] and p.series] if s >= 0.6 else []
    if len(at) < 2:
        return []
    p = (max if qa.relation != "less" else min)(at, key=lambda p: p.number)
    return [Candidate(str(p.series), 0.8, True, [p.id], "compare")]


def named_series(qa: QuestionAnalysis, sir: SIR, m: Matcher, floor: float) -> str | None:
    """The series of a chart of several that the question names ("total 2023 revenue", "the Online line"),
    named at least `floor` well; else None."""
    names = series_names(sir)
    if len(names) < 2:
        return None
    i, s = m.best(" ".join(x for x in (qa.column, qa.row, qa.target) if x), names)
    return names[i] if s >= floor else None


def _labelled_values(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> tuple[list[tuple[str, float, str]], float]:
    """(label, number, evidence id) to take an extreme over: chart points (one series when the question
    names a legend entry), else the table column the question names, else bill items; and how well the
    question names that column (1.0 when nothing is chosen by name)."""
    pts = chart_points(sir)
    if pts:
        if len(series_names(sir)) > 1 and (change := _change_between(qa, pts)) is not None:
            return change, 1.0
        if len(series_names(sir)) > 1:
            # a scatter plot's two series are two measures of the same items: the one the question names
            # better, however weakly (never their sum)
            # (its items' noun, "which office", may echo an axis title; the measure asked about names the series)
            scatter = is_scatter(sir)
            chosen = named_series(replace(qa, target="") if scatter and qa.column else qa, sir, m,
                                  0.0 if scatter else 0.45)
            if chosen is not None:
                pts = [p for p in pts if p.series == chosen]
            else:  # stacked/grouped without a named series: compare category totals
                totals: dict[str, Point] = {}
                for p in pts:
                    t = totals.setdefault(p.label, Point(p.label, 0.0, None, p.id))
                    t.number += p.number
                pts = list(totals.values())
        # bars the chart tool could not name ("#3") are a guess at a chart: a records column named fairly wins
        unnamed = all(re.fullmatch(r"#\d+", p.label.strip()) for p in pts)
        return [(p.label, p.number, p.id) for p in pts], 0.5 if unnamed else 1.0
    cells = table_cells(sir)
    if cells:
        cols = sorted({(c.c, c.col) for c in cells if c.c > 0})
        if cols:
            names = [col for _, col in cols]
            # the tagged column, or the whole question when that names a column better ("cheapest": Price)
            scores = np.maximum(m.scores(qa.column, names), m.scores(qa.target, names)) if qa.column else \
                m.scores(qa.target, names)
            numeric = [
                (s, j) for (j, _), s in zip(cols, scores, strict=True)
                if sum(parse_number(c.value) is not None for c in cells if c.c == j) >= 2
                # one figure per cell: a column that holds several ("476G 208G 268G 44%") is columns run together
                and all(len(re.findall(r"\d+(?:[.,]\d+)?", c.value)) <= 2 and not _OF_TOTAL.search(c.value)
                        and not _CODE.fullmatch(c.value.strip()) for c in cells if c.c == j)
            ]  # fmt: skip
            if implied_type(qa.target) == "money":  # "costs the most": of the amounts only, not a count beside them
                numeric = [(s, j) for s, j in numeric
                           if sum(has_type(c.value, "money") for c in cells if c.c == j) >= 2] or numeric
            if numeric:
                s, j = max(numeric)
                # a row with no name of its own (an invoice's "Total due" under its Amount column) is no item
                # sizes by the bytes they stand for ("980 MiB" under "1.2 GiB"); a label's figure under them,
                # "Threads: 12", is no size
                by_size = sum(unit_size(c.value) for c in cells if c.c == j) >= 2
                vals = [(c.row, sort_key(c.value, "size" if by_size else "number"), c.id) for c in cells
                        if c.c == j and c.row.strip() and not SUMMARY.search(c.row)]
                found = [(r, v, i) for r, v, i in vals if v is not None]
                if (k := sum_row([v for _, v, _ in found])) is not None:
                    found = found[:k] + found[k + 1:]  # a parent's figure over its children's: no item
                items, total = bill(sir)
                bought = _bought(items)
                # a table of a bill's foot (its totals, a stamp) under items OCR read as lines: the items; so
                # too a bill whose items add up to the total it prints (its table ran on into tax and payment)
                whole = len(bought) >= 3 and total is not None and abs(
                    sum(v for _, v, _ in bought) - (number_of(total) or 0.0)) < 0.01
                return (bought, 1.0) if (len(bought) > len(found) or whole) and not qa.column else (found, float(s))
    return _bought(bill_items(sir)), 1.0


def _change_between(qa: QuestionAnalysis, pts: list[Point]) -> list[tuple[str, float, str]] | None:
    """'Which depot grew the most from 2030 to 2031': two series the question names word for word, and each
    category's change from the first named to the second."""
    at = {}
    for name in dict.fromkeys(p.series for p in pts if p.series):
        if (m := re.search(rf"(?<!\w){re.escape(name)}(?!\w)", qa.target, re.I)) is not None:
            at[name] = m.start()
    if len(at) != 2:
        return None
    first, second = sorted(at, key=lambda n: at[n])
    before = {p.label: p.number for p in pts if p.series == first}
    # (the change as it went: "fell the most", read as the most of a fall or the least of a change, is the
    # sign's to rank, `signed_side`, the same category either way)
    out = [(p.label, p.number - before[p.label], p.id) for p in pts if p.series == second and p.label in before]
    return out or None


def _bought(items: list[Evidence]) -> list[tuple[str, float, str]]:
    """A bill's priced lines (a discount or refund line, a negative amount, is nothing bought)."""
    return [(str(e.attrs.get("row_label") or e.label or ""), v, e.id) for e in items
            if (v := number_of(e) or 0.0) > 0]


def _by_rank(qa: QuestionAnalysis, sir: SIR) -> list[Candidate]:
    """The first row of a ranking (its first column counts 1, 2, 3...) for "top", the last for "bottom"."""
    cells = table_cells(sir)
    firsts = sorted(((c.r, c) for c in cells if c.c == 0 and c.r >= 0), key=lambda t: t[0])
    ranks = [parse_number(c.value) for _, c in firsts]
    # (a column with no name over 1, 2, 3 ... is a sheet's or list view's own numbering, not a ranking)
    # (nor is one left unnamed by a header that names the others)
    unnamed = firsts and firsts[0][1].col == "column 1" and any(c.c > 0 and not c.col.startswith("column ")
                                                                for c in cells)
    if len(firsts) < 3 or ranks != [float(k) for k in range(1, len(firsts) + 1)] or firsts[0][1].col == "row" \
            or unnamed:
        return []
    _, cell = firsts[0] if qa.operator == "max" else firsts[-1]
    names = [c for c in cells if c.r == cell.r and c.c == 1]
    if not names:
        return []
    found = Candidate(names[0].value, 0.8, True, [names[0].id], "extreme", conf=0.8)
    # the row's measure, its last figure ("2,310 pts"), said with the name when both are asked
    figures = [c for c in cells if c.r == cell.r and c.c > 1 and parse_number(c.value) is not None]
    found.figure = max(figures, key=lambda c: c.c).value if figures else ""
    return [found]


# An identifier with a number in it ("ORD-2291", "PR42"): its figure counts nothing, so its column orders nothing.
_CODE = re.compile(r"[A-Za-z]{1,6}[-_/#]?\d[\d-]*")
_OF_TOTAL = re.compile(r"\d\s*[A-Za-z]{0,3}\s*/\s*\d")  # "550.0 GB / 1000 GB": a part of a whole, two figures


def _same_row(label: str, row: tuple[str, ...]) -> bool:
    """A table's row label that is one of the record row's cells, or several of them ("4711 postgres")."""
    words = label.split()
    return bool(words) and (label in row or set(words) <= {w for c in row for w in c.split()})


def extreme_candidates(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """The entry with the most / least of what is asked; when the question asks for its figure too ("which
    queue holds most, and how many jobs"), the name and the figure it was chosen by, as printed."""
    cands = _extremes(qa, sir, m)
    if qa.also_figure:
        for c in cands:
            if c.figure and c.figure.replace(" ", "") not in c.answer.replace(" ", ""):
                c.answer = f"{c.answer}, {c.figure}"
    return cands


def _extremes(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    if qa.row and qa.answer_type in ("text", "option") and (
            at := series_at(replace(qa, relation="less" if qa.operator == "min" else "greater"), sir, m)):
        return at  # "which series is higher in 2016": the series, at the category the question names
    vals, named = _labelled_values(qa, sir, m)
    # (a bar no label was found for, "#5", names nothing a "which" can be answered with)
    vals = [v for v in vals if not left_out(v[0], qa.excluded) and not re.fullmatch(r"#\d+", v[0].strip())]
    # Command output and other records (cards among them): they win over a table column the question names
    # less well than one of theirs, or as well when they answer from the column it names ("which model": Model).
    recs = record_candidates(qa, sir, m)
    ordered = recs[0].extra.get("column_score", 0.0) >= 0.5 if recs else False
    if named < 0.3 and qa.column is None and not ordered and (placed := _by_rank(qa, sir)):
        return placed  # "who's top of the table": no column named, and the table is a ranking
    weak = max(named if len(vals) >= 2 else 0.0, recs[0].extra.get("column_score", 0.0) if recs else 0.0) < 0.55
    # nothing to order by, and a tool names the entry asked clearly (the tests a runner skipped, beside the
    # ones that failed)
    if weak and (e := named_fact(qa.target, sir, m, 0.7, margin=0.15)) is not None:
        return [Candidate(e.value, 0.85, True, [e.id], "told", e.box, e.confidence)]
    if weak and (tally := mode_candidates(qa, sir, m)):
        return tally + recs  # "who posted the most replies": no column holds the count, the rows are it
    if recs and qa.head and RC.labelled_as(R.build(sir), qa.head):
        return recs  # "the busiest of the days": a structure whose rows are the days answers, not another table
    if qa.also and recs and recs[0].figure:
        return recs  # another field of the entry asked too ("and its airline"): the records' row holds it
    # (one figure on every row, "max = 90.0" beside each reading, orders nothing)
    if len(vals) < 2 or len({v for _, v, _ in vals}) == 1 or (recs and (
            recs[0].extra.get("column_score", 0.0) > named or (
            recs[0].extra.get("named_column") and recs[0].extra.get("column_score", 0.0) >= named))):
        return recs
    vals, how = signed_side(vals, lambda t: t[1], qa.sign, "max" if qa.operator == "max" else "min")
    ranked = sorted(vals, key=lambda t: t[1], reverse=how == "max")
    # the figure, or the name (with its figure when both are asked)
    want_value = qa.answer_type in ("number", "money", "percentage", "count", "approx") and not qa.also_figure
    if recs and qa.nth is None and not want_value and ranked and _same_row(ranked[0][0], recs[0].row):
        return recs  # the same row: named as the records name it (a name column, not the first column's code)
    if qa.nth is not None and 1 < qa.nth <= len(ranked):  # "the second-biggest": the n-th of the ranking
        ranked.insert(0, ranked.pop(qa.nth - 1))
    spread = abs(ranked[0][1] - ranked[-1][1]) + 1e-9
    out = []
    for k, (label, value, eid) in enumerate(ranked[:3]):
        gap = abs(ranked[0][1] - value) / spread
        printed = (e.value if (e := sir.get(eid)) is not None and sort_key(e.value, "number") == value
                   else format_number(value))
        ans = (printed if ":" in printed else format_number(value)) if want_value else label  # ("3:41" as printed)
        if want_value and qa.answer_type == "money":
            ans = printed  # an amount as printed, with its currency
        c = Candidate(ans, 0.9 - 0.6 * gap - 0.05 * k, True, [eid], "extreme", conf=0.9)
        c.figure = printed
        margin = abs(ranked[0][1] - ranked[1][1]) / spread if len(ranked) > 1 else 1.0  # (one of the sign asked)
        c.extra["margin"] = margin if k == 0 else 0.0
        out.append(c)
    return out


