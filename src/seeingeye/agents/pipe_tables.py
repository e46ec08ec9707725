"""Tables drawn with bars in text: Markdown's "| Item | Cost |" in an editor or a README, psql's
"name | qty" under a "-----+-----" rule, the MySQL client's "| id | name |" between "+----+" borders. The
bars part the cells; a rule under the first row makes it the header. OCR may lose a bar or two: a row of a
two-column table that lost its bars still parts at its last figure ("Hotel (4 nights) 512.40")."""

from __future__ import annotations

import re

from ..sir import Evidence
from .tabular import Records, Row, make_records

_RULE = re.compile(r"^[\s|+:=-]*-{3,}[\s|+:=-]*$")  # "|---|---:|", "-----+-----", "+----+----+"
_MARKUP = re.compile(r"[*`_]{1,3}(?=\S)|(?<=\S)[*`_]{1,3}")  # **bold**, `code`, _emphasis_
_LAST_FIGURE = re.compile(r"^(?P<name>.*?\S)\s+(?P<figure>[-+]?[$€£]?\d[\d.,]*\s?%?)$")


def _cells(text: str) -> list[str]:
    parts = [_MARKUP.sub("", p).strip() for p in text.strip().strip("|").split("|")]
    return [p for p in parts if p] if len(parts) >= 2 else []


def pipe_table(rows: list[list[Evidence]]) -> Records | None:
    """The longest run of three or more barred rows (rules between them allowed) as a table; None when
    there is none."""
    runs: list[list[tuple[list[str], list[str], bool]]] = [[]]
    for r in rows:
        text, ids = " ".join(e.value for e in r), [e.id for e in r]
        if _RULE.match(text):
            if runs[-1]:
                runs[-1][-1] = (runs[-1][-1][0], runs[-1][-1][1], True)  # the row above a rule is a header
            continue
        if (cells := _cells(text)) and "|" in text:
            runs[-1].append((cells, ids, False))
        elif runs[-1] and len(runs[-1][0][0]) == 2 and (m := _LAST_FIGURE.match(_MARKUP.sub("", text).strip())):
            runs[-1].append(([m["name"], m["figure"]], ids, False))  # a row whose bars OCR lost
        elif runs[-1]:
            runs.append([])
    run = max(runs, key=len)
    if len(run) < 3:
        return None
    width = max(len(c) for c, _, _ in run)
    if width < 2:
        return None
    headed = run[0][2] or all(not re.search(r"\d", c) for c in run[0][0])
    header = run[0][0] if headed else [f"column {j + 1}" for j in range(width)]
    body = run[1:] if headed else run
    return make_records("table", header, [Row(c + [""] * (width - len(c)), ids) for c, ids, _ in body])
