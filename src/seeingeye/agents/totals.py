"""Totals and spans a question asks of figures the page prints: a stacked chart's category total, the sum of
the amounts in one category, a column's sum or mean, the time between two clock times; and an amount printed
the way its operands were."""

from __future__ import annotations

import re

from ..sir import SIR
from ..textutil import format_number, format_quotient
from . import record_extremes as RX
from . import records as R
from .extract import Candidate, candidates, rank
from .match import Matcher
from .matrix import row_sum
from .question import QuestionAnalysis
from .record_counts import figures_in_state
from .record_sources import TOTAL
from .structure import bill_total

_CLOCK = re.compile(r"^\s*([01]?\d|2[0-3])[:.h]([0-5]\d)\s*$")


def time_between(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """"Minutes between boarding and departure": the two clock times the operands label, and the time from one
    to the other (past midnight when the second is earlier), in minutes up to two hours, else in hours."""
    if qa.arith not in ("difference", "subtract") or len(qa.operands) < 2:
        return []
    found = []
    for op in qa.operands[:2]:
        # (a time printed alone or as a label's value: a file's modification time in its row is no operand's)
        c = next((c for c in rank(candidates(sir, m, op, "time"), sir, "time")[:1]
                  if c.match > 0.4 and c.type_ok and _CLOCK.match(c.answer)
                  and any((e := sir.get(i)) is not None and e.value.strip() == c.answer.strip() for i in c.ids)), None)
        clock = (c.answer, c.ids) if c is not None else _row_time(op, sir, m)
        if clock is None:
            return []
        h, mm = _CLOCK.match(clock[0]).groups()  # type: ignore[union-attr]
        found.append((int(h) * 60 + int(mm), clock[1]))
    if found[0][1] == found[1][1]:
        return []
    minutes = (found[1][0] - found[0][0]) % (24 * 60)
    minutes = min(minutes, 24 * 60 - minutes) if minutes > 12 * 60 else minutes
    # in the unit the question counts in (a fact of units), else minutes up to two hours
    in_minutes = qa.time_unit == "minutes" if qa.time_unit else minutes <= 120
    text = f"{minutes} minutes" if in_minutes else f"{format_number(minutes / 60)} hours"
    return [Candidate(text, 0.75, True, (found[0][1] + found[1][1])[:10], "arith")]


def _row_time(operand: str, sir: SIR, m: Matcher) -> tuple[str, list[str]] | None:
    """The clock time in the row the operand names well (an alarm's card: its name over its time)."""
    try:
        a = R.lookup(R.build(sir), operand, "time (when, at)", m)
    except R.RecordsError:
        return None
    return (a.value, a.ids) if a.score >= 0.75 and _CLOCK.match(a.value) else None


def printed_total(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """"Total?" of a receipt that prints its total: the page's own figure, which counts the service charge and
    the tax an added-up column would miss; "the mean response time" of a tool that prints its mean. Only a label the
    question's words name closely, so a table with no total line is still added up."""
    if qa.arith not in ("sum", "mean") or qa.operands or not qa.phrase:
        return []
    kind = qa.answer_type if qa.answer_type in ("money", "number") else "number"
    best = next(iter(rank(candidates(sir, m, qa.phrase, kind), sir, kind)), None)
    if best is None or best.match < 0.85 or not best.type_ok:
        return []
    return [Candidate(best.answer, 0.8, True, best.ids[:10], "aggregate", best.box)]


_TOTAL_MEANING = "total of the bill (the sum it comes to, amount to pay)"


def summed_total(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """"What's the total" of a bill whose labels the question's words do not reach ("SUMA PLN", "I ALT"): the
    line whose amount adds up the items above it. Only when no label on the page names the total well."""
    if qa.answer_type not in ("money", "number") or float(m.scores(qa.target, [_TOTAL_MEANING])[0]) < 0.4:
        return []
    labels = [e.label or "" for e in sir.by_kind("key_value") if e.label]
    if labels and float(m.scores(qa.target, labels).max()) >= 0.6:
        return []
    total = bill_total(sir)
    return [] if total is None else [Candidate(total.value.strip(), 0.75, True, [total.id], "aggregate", total.box)]


def row_total(qa: QuestionAnalysis, recs: list[R.Records], m: Matcher) -> list[Candidate]:
    """"Total output in 2031" of a stacked chart: the named category's total, the sum of its series."""
    charts = [r for r in recs if r.kind == "chart" and any(c.name == TOTAL for c in r.columns)]
    if not charts and (found := row_sum(recs, qa.target)) is not None:  # "total parcels on Friday": along its row
        v, row, sample = found
        return [Candidate(format_like(v, sample, quoted_plainly(qa)), 0.8, True, row.ids[:10], "aggregate")]
    if not qa.row or not charts:
        return []
    try:
        a = R.lookup(charts, qa.row, TOTAL, m)
    except R.RecordsError:
        return []
    return [Candidate(a.value, 0.8, True, a.ids[:10], "aggregate")] if a.score >= 0.7 and a.column == TOTAL else []


def state_total(qa: QuestionAnalysis, recs: list[R.Records], m: Matcher) -> list[Candidate]:
    """"Total spent on groceries": the sum (or mean) of the amounts over the rows in the category named. Money
    that went out, all printed negative, is totalled as the sum spent."""
    found = figures_in_state(recs, qa.target, m) if qa.target else None
    if found is None:
        return []
    nums, ids, sample = found
    v = sum(nums) if qa.arith == "sum" else sum(nums) / len(nums)
    if qa.sign == "down" and all(x < 0 for x in nums):
        v, sample = -v, sample.replace("-", "").replace("−", "")
    return [Candidate(format_like(v, sample, quoted_plainly(qa)), 0.75, True, ids, "aggregate")]


def column_total(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """The sum or mean of the column the question names ("average stock", "total goals scored"); the tagged
    column, else a column of figures the question prints by its name ("mean H2 over the teams")."""
    recs = R.build(sir)
    printed = [r.columns[j].name for r in recs for j in R.said_columns(r, qa.target, figures_only=True)]
    best: tuple[list[float], list[str], str, float] | None = None
    for query in dict.fromkeys([q for q in (qa.column, *printed) if q]):
        try:
            found = RX.column_numbers(recs, query, m, where=qa.phrase)
        except R.RecordsError:
            continue
        if found[3] >= 0.5 and (best is None or found[3] > best[3]):
            best = found
    if best is None:
        return []
    nums, ids, sample, score = best
    v = sum(nums) if qa.arith == "sum" else sum(nums) / len(nums)
    return [Candidate(format_like(v, sample, quoted_plainly(qa)), 0.5 + 0.3 * score, True, ids, "aggregate")]


def quoted_plainly(qa: QuestionAnalysis) -> bool:
    """A mean or a ratio the question sets no places for: quoted to the figures people use."""
    return qa.arith in ("mean", "ratio") and qa.round_to is None


def format_like(value: float, sample: str, quotient: bool = False) -> str:
    """A computed amount printed the way its operands were: '£7.25' + '£11.25' -> '£18.50'; a bare `quotient`
    (a mean, a ratio) to the figures people quote (`format_quotient`)."""
    m = re.fullmatch(r"\s*([$€£¥₹]?)\s?[-−]?[\d.,\s]*?(?:[.,](\d{2}))?(\s?[$€£¥₹]?)\s*", sample or "")
    if not m or not (m.group(1) or m.group(2) or m.group(3).strip()):
        return format_quotient(value) if quotient else format_number(value)
    dec_sep = "," if re.search(r"\d,\d{2}\s*\D*$", sample) else "."
    body = f"{value:.2f}" if m.group(2) else format_number(value)
    if dec_sep == ",":
        body = body.replace(".", ",")
    return f"{m.group(1)}{body}{m.group(3) if m.group(3).strip() else ''}"  # "12,50 €" keeps its space

