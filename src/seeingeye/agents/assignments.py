"""Assignments in source code and config files as records: `NAME = value`, `key: value`, `"key": value,` and
`#define NAME value` lines, grouped by the block they stand in (the entries of `PRICES = {` are one record, named
after it), so "the price for Lyon in PRICES" is a look-up and "the cheapest city" an extreme over that block.
Values lose their quotes, a trailing comma and a constructor around a literal (`Decimal("77.59")`)."""

from __future__ import annotations

import re

from ..sir import Evidence
from .page_rows import char_width
from .tabular import Records, Row, make_records

# (a constant's underscores may read as spaces: "RETRY LIMIT = 5")
_NAME = r"[A-Za-z_][\w.-]*|[A-Z][A-Z0-9]*(?: [A-Z][A-Z0-9_]*)+"
_ASSIGN = re.compile(rf"""^\s*["']?({_NAME})["']?\s*(?:=|:)\s*(\S.*?)\s*,?\s*$"""
                     # a C preprocessor constant: "#define NAME value" (a trailing comment is no part of it)
                     r"|^\s*#\s*define\s+([A-Za-z_]\w*)\s+([^/\s][^/]*?)\s*(?://.*|/\*.*)?$")
_OPENS = re.compile(r"""^\s*["']?([A-Za-z_][\w.-]*)["']?\s*(?:=|:)\s*[{\[(]\s*$""")  # "PRICES = {"
_CLOSES = re.compile(r"^\s*[}\])],?\s*$")
_WRAPPED = re.compile(r"""^[A-Za-z_][\w.]*\(\s*["']?([^"'()]*)["']?\s*\)$""")  # Decimal("77.59")
_CODE = re.compile(r"^\s*(?:def|class|if|for|while|return|import|from|try|except|with|elif|else)\b")


def assignments(rows: list[list[Evidence]]) -> list[Records]:
    """One record per block of three or more assignments (top-level names, or a dict's entries under its
    name); empty when the lines hold fewer."""
    groups: list[tuple[str, list[Row]]] = [("", [])]
    read = [(_code_text(r), r) for r in rows]
    if sum(parted for (_, parted), _ in read) >= 3:
        return []
    for (text, _), r in read:
        if (m := _OPENS.match(text)) is not None:
            groups.append((m.group(1), []))
        elif _CLOSES.match(text) or _CODE.match(text):  # a block's end, or code that is no assignment
            groups.append(("", []))
        elif (m := _ASSIGN.match(text)) is not None and "(" not in (m.group(1) or m.group(3)):
            groups[-1][1].append(Row([m.group(1) or m.group(3), _value(m.group(2) or m.group(4))],
                                     [e.id for e in r]))
    out = []
    for name, found in groups:
        rec = make_records("assignments", [f"name ({name})" if name else "name", "value"], found) \
            if len(found) >= 3 else None
        if rec is not None:
            rec.key = 0
            out.append(rec)
    return out


def _code_text(row: list[Evidence]) -> tuple[str, bool]:
    """A row's text without the editor's line number before it, up to a wide gap; and whether the row holds two
    assignments a wide gap apart (two files side by side, as a diff shows them: the diff's reader reads those)."""
    pieces = [e for e in row if e.box is not None]
    segments: list[list[Evidence]] = []
    for e in pieces:
        a = segments[-1][-1] if segments else None
        if a is None or e.box.x0 - a.box.x1 > 3 * char_width(a):  # type: ignore[union-attr]
            segments.append([e])
        else:
            segments[-1].append(e)
    texts = [" ".join(e.value for e in seg).strip() for seg in segments]
    texts = [re.sub(r"^\d+\s+(?=\S)", "", t) for t in texts if not t.isdigit()]  # (line numbers)
    two = sum(bool(_ASSIGN.match(t)) for t in texts) >= 2
    return (texts[0] if texts else ""), two


def _value(raw: str) -> str:
    v = raw.strip().rstrip(",;").strip()
    if (m := _WRAPPED.match(v)) is not None:
        v = m.group(1)
    return v.strip("\"'")
