"""The value a column holds most often: "which person posted the most replies", "who opened the most tickets",
"which category has the most items" — a count of rows per value, where no printed column holds the figure
the question ranks by."""

from __future__ import annotations

from collections import Counter

from ..sir import SIR
from .extract import Candidate
from .match import Matcher
from .question import QuestionAnalysis
from .records import build, norm_name
from .tabular import Records, header_printed
from .types import has_type

_COUNTABLE = ("name", "status", "text")  # figures, dates and sizes are measured, not tallied


def _fit(rec: Records, j: int, head: str, qa: QuestionAnalysis, m: Matcher) -> float:
    """How well column j is what the question asks for: its printed name against the question's first word,
    or, for a person asked, how many of its cells are people's names."""
    cells = [r.cells[j] for r in rec.rows if j < len(r.cells) and r.cells[j].strip()]
    named = float(m.scores(head, [rec.columns[j].name])[0]) if head and header_printed(rec) else 0.0
    people = sum(has_type(c, "person") for c in cells) / max(1, len(cells))
    # (only "who": "which song runs longest" asks for a row by a figure, though artists recur beside it)
    return max(named, people if qa.answer_type == "person" else 0.0)


def mode_candidates(qa: QuestionAnalysis, sir: SIR, m: Matcher) -> list[Candidate]:
    """The most frequent value of the column that fits the question best, when one value leads the tally
    outright (a tie names no one)."""
    if qa.operator not in ("max", "min"):
        return []
    head = qa.head
    best: tuple[float, str, list[str]] | None = None
    for rec in build(sir):
        if rec.kind == "key_value" or len(rec.rows) < 4:
            continue
        for j, col in enumerate(rec.columns):
            if col.type not in _COUNTABLE:
                continue
            rows = [r for r in rec.rows if j < len(r.cells) and len(r.cells[j].strip()) >= 3]
            tally = Counter(norm_name(r.cells[j]) for r in rows)
            ranked = tally.most_common()
            if len(ranked) < 2 or len(ranked) > 0.7 * len(rows):
                continue  # every value once (a subject line), or nearly: nothing is tallied
            pick = ranked[0] if qa.operator == "max" else ranked[-1]
            rivals = [n for v, n in ranked if v != pick[0]]
            if pick[1] in rivals or (qa.operator == "max" and pick[1] < 2):
                continue
            fit = _fit(rec, j, head, qa, m)
            held = [r for r in rows if norm_name(r.cells[j]) == pick[0]]
            if fit >= 0.5 and (best is None or fit > best[0]):
                best = (fit, held[0].cells[j].strip(), [i for r in held for i in r.ids])
    if best is None:
        return []
    fit, value, ids = best
    return [Candidate(value, 0.5 + 0.35 * fit, True, ids[:10], "mode", conf=0.7)]
