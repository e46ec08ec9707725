"""Figures a summary already printed: a group-by's columns ("sum(weight)", "count(depot)", "Avg cost") hold the
total or the mean a question asks, per group. "Harlow's total weight" is the Harlow row's sum(weight), not the
sum of a weight column somewhere else on the screen; "the mean load at Sedge" is Sedge's sum over its count
when no mean is printed; "total crates over every depot" adds up the per-group sums."""

from __future__ import annotations

import re

from ..textutil import parse_number
from . import records as R
from .extract import Candidate
from .question import QuestionAnalysis
from .totals import format_like, quoted_plainly

# Names of aggregate functions as summaries print them (facts of report tools, like units).
_KIND = {"sum": re.compile(r"(?i)\b(?:sum|total)\b"), "mean": re.compile(r"(?i)\b(?:mean|avg|average)\b"),
         "count": re.compile(r"(?i)\b(?:count|n)\b")}


def _of(name: str, kind: str, asked: set[str]) -> bool:
    """The column aggregates that way, over a quantity the question names ("sum(units)" for "units")."""
    inner = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", _KIND[kind].sub(" ", name))}
    return bool(_KIND[kind].search(name)) and (not asked or bool(inner & asked))


def _named_row(rec: R.Records, phrase: str) -> R.Row | None:
    said = {w.lower() for w in re.findall(r"[\w-]+", re.sub(r"['’]s\b", "", phrase))}
    hits = [r for r in rec.rows if rec.label(r).strip().lower() in said]
    return hits[0] if len(hits) == 1 else None


def printed_aggregate(qa: QuestionAnalysis, records: list[R.Records]) -> Candidate | None:
    """The asked sum or mean as a summary prints it per group (see the module's note)."""
    if qa.arith not in ("sum", "mean"):
        return None
    asked = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", f"{qa.column or ''} {qa.target}")}
    for rec in records:
        names = [c.name for c in rec.columns]
        own = [j for j, n in enumerate(names) if _of(n, qa.arith, asked)]
        row = _named_row(rec, qa.phrase or qa.target)
        if own and row is not None and own[0] < len(row.cells) and parse_number(row.cells[own[0]]) is not None:
            return Candidate(row.cells[own[0]].strip(), 0.8, True, row.ids[:10], "aggregate", conf=0.75)
        sums = [j for j, n in enumerate(names) if _of(n, "sum", asked)]
        counts = [j for j, n in enumerate(names) if _KIND["count"].search(n)]
        if qa.arith == "mean" and row is not None and sums and counts:
            total, n = parse_number(row.cells[sums[0]]), parse_number(row.cells[counts[0]])
            if total is not None and n:
                mean = format_like(total / n, "", quoted_plainly(qa))
                return Candidate(mean, 0.75, True, row.ids[:10], "aggregate", conf=0.7)
        if qa.arith == "sum" and row is None and own and len(rec.rows) >= 2:
            vals = [parse_number(r.cells[own[0]]) for r in rec.rows if own[0] < len(r.cells)]
            if vals and all(v is not None for v in vals):
                total = sum(v for v in vals if v is not None)
                return Candidate(format_like(total, rec.rows[0].cells[own[0]]), 0.7, True,
                                 [i for r in rec.rows for i in r.ids][:10], "aggregate", conf=0.65)
    return None
