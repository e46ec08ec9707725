"""Yes/no columns ("Required", "In stock", "Paid"): the rows a question asks for by the flag's name.

"Which field is mandatory?" names a column whose cells only say yes or no; the answer is the row (or
rows) marked yes, by name. The cell words are a lexicon of the ways tables print a flag, not of questions.
"""

from __future__ import annotations

from .match import Matcher
from .tabular import Answer, Records

_YES = {"yes", "y", "true", "✓", "✔", "☑", "x", "required"}
_NO = {"no", "n", "false", "✗", "✘", "☐", "-", "–", "—", "optional", ""}


def _flag(cell: str) -> str:
    return cell.strip().lower().rstrip(".")


def flagged_rows(records: list[Records], query: str, m: Matcher, floor: float = 0.6) -> Answer | None:
    """The rows marked yes in the yes/no column the query names at least `floor` well (some rows, not all)."""
    best: tuple[float, Records, int] | None = None
    for rec in records:
        if rec.kind == "key_value" or len(rec.rows) < 2:
            continue
        for j, col in enumerate(rec.columns):
            flags = [_flag(r.cells[j]) if j < len(r.cells) else "" for r in rec.rows]
            yes = sum(f in _YES for f in flags)
            if j == rec.key or not all(f in _YES | _NO for f in flags) or not 0 < yes < len(flags):
                continue
            s = float(m.scores(query, [col.name])[0])
            if s >= floor and (best is None or s > best[0]):
                best = (s, rec, j)
    if best is None:
        return None
    s, rec, j = best
    rows = [r for r in rec.rows if j < len(r.cells) and _flag(r.cells[j]) in _YES]
    names = ", ".join(rec.label(r) for r in rows)
    return Answer(names, rows[0], rec.columns[j].name, 0.5 + 0.4 * s, [i for r in rows for i in r.ids],
                  named_column=True)
