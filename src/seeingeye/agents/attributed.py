"""Attributed items: list entries that carry their fields in brackets after them — a to-do list in Markdown
("- [x] Repaint the shed (owner: Ilse, due 2027-03-14)"), an action list, a backlog ("Fix login (#42, p1)"
does not count: its brackets hold no names). Read together they are a table: the item, one column per field
name the brackets share, and the box's state where the entries have boxes, so "who owns X", "when is X due",
"how many are done" and "the last item" run as records programs.
"""

from __future__ import annotations

import re

from ..sir import Evidence
from .tabular import Records, Row, make_records

# A bullet or a number, a text-mode check box, the item, and "(name: value, name: value)" at the line's end.
_ENTRY = re.compile(r"^\s*(?:[-*•·]|\d{1,3}[.)])?\s*(?:\[(?P<box>[ xX✓✔]?)\]\s*)?(?P<item>[^()\[\]]+?)\s*"
                    r"\((?P<fields>[^()]*:[^()]*)\)\s*\.?\s*$")
# "name: value", or a name before a date or a figure ("due 2026-05-20", "est 3h")
_FIELD = re.compile(r"\s*(?P<name>[^\W\d_][\w ]{0,20}?)\s*(?::\s*|\s+(?=\d))(?P<value>[^,;]+?)\s*(?:[,;]|$)")
# the box's state, named the ways people ask ("done", "checked off", "still open")
STATE = "state (done, checked, ticked, completed / open, unchecked, to do)"
DONE, OPEN = "checked (done, completed, ticked)", "unchecked (open, to do, pending)"


def _fields(text: str) -> dict[str, str]:
    return {m["name"].strip().lower(): m["value"].strip() for m in _FIELD.finditer(text)}


def attributed_items(rows: list[list[Evidence]]) -> Records | None:
    """The rows that are items with bracketed fields, when three or more share a field's name."""
    texts = [(" ".join(e.value for e in sorted(r, key=lambda e: e.box.x0 if e.box else 0.0)), r) for r in rows]
    # an editor's line numbers before the entries (the gutter read into the line): the numbers rising down
    numbers = [int(m.group(1)) for t, _ in texts if (m := re.match(r"\s*(\d{1,4})\s", t))]
    gutter = len(numbers) >= 3 and sum(b > a for a, b in zip(numbers, numbers[1:], strict=False)) >= 0.8 * (
        len(numbers) - 1)
    found: list[tuple[str | None, str, dict[str, str], list[str]]] = []
    for text, r in texts:
        text = re.sub(r"^\s*\d{1,4}\s+", "", text) if gutter else text
        text = re.sub(r"(\])\s*\(\s+", r"\1 ", text)  # a box's bracket read twice ("[x] ( Order ...")
        m = _ENTRY.match(text)
        if m and (fields := _fields(m["fields"])):
            found.append((m["box"], m["item"].strip(" -:"), fields, [e.id for e in r]))
    if len(found) < 3:
        return None
    names = [n for n in dict.fromkeys(k for _, _, f, _ in found for k in f)
             if sum(n in f for _, _, f, _ in found) >= max(3, 0.6 * len(found))]
    if not names:
        return None
    boxed = sum(box is not None for box, _, _, _ in found) >= 0.6 * len(found)
    header = ["item", *names] + ([STATE] if boxed else [])
    body = [Row([item, *(f.get(n, "") for n in names)] + ([DONE if (box or "").strip() else OPEN] if boxed else []),
                ids) for box, item, f, ids in found]
    rec = make_records("list", header, body)
    if rec is not None:
        rec.key = 0
    return rec
