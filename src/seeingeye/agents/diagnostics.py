"""Compiler and checker diagnostics as records: the `file:line:col: severity: message` lines that gcc, clang,
mypy, tsc (`file(line,col): error ...`) and most linters print, one row each (file, line, column, severity,
message), so "which line the first warning is on", "errors only" and "which file" are programs
over columns like any other listing."""

from __future__ import annotations

import re

from ..sir import Evidence
from .tabular import Records, Row, make_records

# OCR reads a 1 as l or I and a 0 as O inside the numbers, and may split "warning" at a letter ("warn ing").
_DIAGNOSTIC = re.compile(
    r"^\s*(?P<file>[\w./\\~-]*\w\.[A-Za-z]{1,5})\s*[:(]\s*(?P<line>[\dlIO]{1,6})(?:\s*[:,]\s*(?P<col>[\dlIO]{1,4}))?"
    r"\s*\)?\s*:?\s*(?P<sev>fatal\s*error|error|warn\s?ing|note|info)\b\s*(?:\[[\w-]+\]|[A-Z]{1,4}\d{2,5})?\s*:?"
    r"\s*(?P<msg>.*?)\s*$", re.I)
_DIGITS = str.maketrans("lIO", "110")


def diagnostics(rows: list[list[Evidence]]) -> Records | None:
    """Every diagnostic line of the rows, in printed order; None for fewer than one."""
    found = []
    for r in rows:
        m = _DIAGNOSTIC.match(" ".join(e.value for e in r))
        if m is None:
            continue
        severity = re.sub(r"\s+", " ", m["sev"].lower()).replace("warn ing", "warning")
        found.append(Row([m["file"], m["line"].translate(_DIGITS), (m["col"] or "").translate(_DIGITS), severity,
                          m["msg"]], [e.id for e in r]))
    if not found:
        return None
    rec = make_records("diagnostics", ["file", "line", "column", "severity (error or warning)", "message"], found)
    if rec is not None:
        rec.columns[1].type = rec.columns[2].type = "number"
        rec.key = 4
    return rec
