"""Which row and which of its cells answer, once a structure is chosen: the entry whose text says what the
question describes ("who reworked the login page"), and the cell a question joined on asks of the same entry
("and its airline", "and at what time")."""

from __future__ import annotations

import numpy as np

from . import records as R
from .chats import names_person
from .match import Matcher
from .question import WHEN, QuestionAnalysis
from .types import has_type

# What "and when" asks of an entry: the column of one of these types.
_WHEN_TYPES = ("date", "time")


def also_cell(recs: list[R.Records], a: R.Answer, also: str, m: Matcher) -> str | None:
    """The cell of the answer's row under the column the joined question names ("its airline": Airline; "and
    at what time": its date or time), other than the answer itself; None when no column is named well."""
    rec = next((r for r in recs if any(row is a.row for row in r.rows)), None)
    if rec is None:
        return None
    names = [c.name for c in rec.columns]
    sc = m.scores(also, names)
    when = also == WHEN
    cells = [a.row.cells[j] if j < len(a.row.cells) else "" for j in range(len(names))]
    ranked = sorted(range(len(names)), key=lambda j: -(sc[j] + (1.0 if when and rec.columns[j].type in _WHEN_TYPES
                                                              or when and has_type(cells[j], "time") else 0.0)))
    for j in ranked:
        cell = cells[j]
        if cell.strip() and cell != a.value and (sc[j] >= 0.5 or when and (
                rec.columns[j].type in _WHEN_TYPES or has_type(cell, "time"))):
            return cell
    return None


def acted_row(recs: list[R.Records], qa: QuestionAnalysis, m: Matcher) -> R.Answer | None:
    """The entry of a history (commits, mails, messages) whose text says what the question does ("who
    reworked the login page": the commit "UI: rework login page layout"), clearly better than the rest,
    when its row holds a person; answered by the row's name (the solver turns it to the person)."""
    best: tuple[float, R.Records, R.Row] | None = None
    for rec in recs:
        if rec.kind in ("key_value", "definitions") or len(rec.rows) < 3:
            continue
        if not any(names_person(rec, j, c) for r in rec.rows for j, c in enumerate(r.cells) if j != rec.key):
            continue
        # what an entry says: its name, or another of its cells that is no person (a mail list's subject)
        # (of the columns most rows fill: a sidebar's entries the layout ran into the list's first rows are none)
        full = {j for j in range(len(rec.columns))
                if sum(j < len(r.cells) and bool(r.cells[j].strip()) for r in rec.rows) >= 0.6 * len(rec.rows)}
        said = [(k, c) for k, r in enumerate(rec.rows) for j, c in enumerate(r.cells)
                if c.strip() and j in full and (j == rec.key or not names_person(rec, j, c))]
        flat = m.scores(qa.phrase or qa.target, [c for _, c in said])
        sc = np.zeros(len(rec.rows), dtype=np.float32)
        for (k, _), s in zip(said, flat, strict=True):
            sc[k] = max(sc[k], s)
        order = sorted(range(len(sc)), key=lambda k: -sc[k])
        top, second = float(sc[order[0]]), float(sc[order[1]])
        # (a paraphrase scores low, "asked to swap shifts" against "can anyone cover my Friday?": a match twice as
        # good as the next is clear enough)
        clear = top - second >= 0.15 and (top >= 0.5 or (top >= 0.3 and top >= 2 * second))
        if clear and (best is None or top > best[0]):
            best = (top, rec, rec.rows[order[0]])
    if best is None:
        return None
    score, rec, row = best
    return R.Answer(rec.label(row), row, rec.columns[rec.key].name, score, row.ids)
