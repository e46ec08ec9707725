"""Compiler and checker diagnostics as records: the `file:line:col: severity: message` lines that gcc, clang,
mypy, tsc (`file(line,col): error ...`) and most linters print, one row each (file, line, column, severity,
message), so "which line the first warning is on", "errors only" and "which file" are programs
over columns like any other listing."""

from __future__ import annotations

import re

from ..sir import Evidence
from .match import Matcher
from .tabular import Answer, Records, Row, make_records

# OCR reads a 1 as l or I and a 0 as O inside the numbers, and may split a severity at a letter ("warn ing").
_DIAGNOSTIC = re.compile(
    r"^\s*(?P<file>[\w./\\~-]*\w\.[A-Za-z]{1,5})\s*[:(]\s*(?P<line>[\dlIO]{1,6})(?:\s*[:,]\s*(?P<col>[\dlIO]{1,4}))?"
    r"\s*\)?\s*:?\s*(?P<sev>fatal\s*err\s?or|err\s?or|warn\s?ing|note|info)\b\s*(?:\[[\w-]+\]|[A-Z]{1,4}\d{2,5})?\s*:?"
    r"\s*(?P<msg>.*?)\s*$", re.I)
_DIGITS = str.maketrans("lIO", "110")
# the warning option gcc and clang name after the message ("[-Wshadow]"): which switch, not what is wrong
_FLAG = re.compile(r"\s*\[-W[\w=-]+\]\s*$", re.I)


def diagnostics(rows: list[list[Evidence]]) -> Records | None:
    """Every diagnostic line of the rows, in printed order; None for fewer than one."""
    found = []
    for r in rows:
        m = _DIAGNOSTIC.match(" ".join(e.value for e in r))
        if m is None:
            continue
        severity = re.sub(r"\s+", " ", m["sev"].lower()).replace("warn ing", "warning").replace("err or", "error")
        found.append(Row([m["file"], m["line"].translate(_DIGITS), (m["col"] or "").translate(_DIGITS), severity,
                          _FLAG.sub("", m["msg"])], [e.id for e in r]))
    if not found:
        return None
    rec = make_records("diagnostics", ["file", "line", "column", "severity (error or warning)", "message"], found)
    if rec is not None:
        rec.columns[1].type = rec.columns[2].type = "number"
        rec.key = 4
    return rec


def first_error(recs: list[Records], asked: str, m: Matcher) -> Answer | None:
    """"Why won't it build": the message of the first diagnostic of severity error, unless the words
    asked name another of its columns better ("which line has the error": the line's, a program over columns)."""
    for rec in recs:
        if rec.kind != "diagnostics":
            continue
        others = [c.name for j, c in enumerate(rec.columns) if j not in (3, 4)]
        if m.scores(asked, others).max() >= 0.6:
            return None
        row = next((r for r in rec.rows if r.cells[3] in ("error", "fatal error")), None)
        if row is not None:
            return Answer(row.cells[4], row, rec.columns[4].name, 0.8, row.ids)
    return None
