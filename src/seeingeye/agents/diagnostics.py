"""Compiler and checker diagnostics as records: the `file:line:col: severity: message` lines that gcc, clang,
mypy, tsc (`file(line,col): error ...`) and most linters print, and the headed form rustc, cargo, ruff and
elm print (`error[E0599]: message` above an arrow to `file:line:col`), one row each (file, line, column,
severity, message, code), so "which line the first warning is on", "errors only", "which file" and "the error
code" are programs over columns like any other listing."""

from __future__ import annotations

import re

from ..sir import Evidence
from .error_lines import problem_probabilities
from .match import Matcher
from .tabular import Answer, Records, Row, make_records

# OCR reads a 1 as l or I and a 0 as O inside the numbers, and may split a severity at a letter ("warn ing").
# (a tool may name itself first: "as: unit.s:5:20: error: ...")
_TOOL = r"(?:[\w.+-]+:\s+)?"
_DIAGNOSTIC = re.compile(
    r"^\s*" + _TOOL + r"(?P<file>[\w./\\~-]*\w\.[A-Za-z]{1,5})\s*[:(]\s*(?P<line>[\dlIO]{1,6})"
    r"(?:\s*[:,]\s*(?P<col>[\dlIO]{1,4}))?"
    r"\s*\)?\s*:?\s*(?P<sev>fatal\s*err\s?or|err\s?or|warn\s?ing|note|info)\b\s*(?:\[(?P<code>[\w-]+)\]|"
    r"(?P<bare>[A-Z]{1,4}\d{2,5}))?\s*:?\s*(?P<msg>.*?)\s*$", re.I)
# the headed form: the severity and code open the line, the location follows on a line of its own behind an
# arrow (which OCR may keep only as ">" or drop)
_HEADED = re.compile(r"^\s*(?P<sev>err\s?or|warn\s?ing)\s*(?:\[(?P<code>[\w-]+)\])?\s*:\s*(?P<msg>\S.*?)\s*$", re.I)
_ARROW = re.compile(r"^\s*(?:-*>|→)?\s*(?P<file>[\w./\\~-]*\w\.[A-Za-z]{1,5}):(?P<line>[\dlIO]{1,6})"
                    r"(?::(?P<col>[\dlIO]{1,4}))?\s*$")
# a linter's line: the place, then its code and message, no severity word ("app.py:12:80: E722 bare except");
# a code led by W is a warning, the rest count as errors
_LINT = re.compile(r"^\s*(?P<file>[\w./\\~-]*\w\.[A-Za-z]{1,5}):(?P<line>[\dlIO]{1,6}):(?:(?P<col>[\dlIO]{1,4}):)?"
                   r"\s*(?P<code>[A-Z]{1,3}\d{3,4}):?\s+(?P<msg>\S.*?)\s*$")
_DIGITS = str.maketrans("lIO", "110")
# the warning option gcc and clang name after the message ("[-Wshadow]"): which switch, not what is wrong
_FLAG = re.compile(r"\s*\[-W[\w=-]+\]\s*$", re.I)


def _severity(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).replace("warn ing", "warning").replace("err or", "error")


# the quoted form OCaml and Python print: the place on a line of its own, the message a few lines under it (under
# the source it quotes): 'File "lib/x.ml", line 14, characters 6-11:' then "Error: ..."
_QUOTED = re.compile(r'^\s*File "(?P<file>[^"]+)", line (?P<line>[\dlIO]{1,6})'
                     r'(?:, characters? (?P<col>\d+)[-\d]*)?:?\s*$')
_QUOTED_MESSAGE = re.compile(r"^\s*(?P<sev>err\s?or|warn\s?ing)\b[^:]{0,40}:\s*(?P<msg>\S.*?)\s*$", re.I)


# a checker's place and message with no severity word ("books.ledger:40: Totals differ by 2.00"): a diagnostic
# when the message reads as a problem (`error_lines`), not a search's matching line ("notes.txt:3: buy milk")
_PLACED = re.compile(r"^\s*" + _TOOL + r"(?P<file>[\w./\\~-]*\w\.[A-Za-z]\w{0,11}):(?P<line>\d{1,6}):"
                     r"(?:(?P<col>\d{1,4}):)?\s+(?P<msg>\S.*?)\s*$")


_PLACED_SURE = 0.8  # (surer than an error question's lines need be: a search's hits are printed the same way)


def _placed(rows: list[list[Evidence]], start: list[int]) -> list[tuple[int, Row]]:
    """The rows of `start` in the placed form whose message the error model takes for a problem."""
    found = [(k, m) for k in start if (m := _PLACED.match(" ".join(e.value for e in rows[k]))) is not None]
    if not found:
        return []
    cores, p = problem_probabilities([m["msg"] for _, m in found])
    return [(k, Row([m["file"], m["line"], m["col"] or "", "error", core, ""], [e.id for e in rows[k]]))
            for (k, m), core, q in zip(found, cores, p, strict=True) if q >= _PLACED_SURE]


def _quoted(rows: list[list[Evidence]], k: int) -> Row | None:
    """The quoted-place diagnostic opening row k, its message within the next four rows."""
    at = _QUOTED.match(" ".join(e.value for e in rows[k]))
    if at is None:
        return None
    for r in rows[k + 1:k + 5]:
        if (m := _QUOTED_MESSAGE.match(" ".join(e.value for e in r))) is not None:
            return Row([at["file"], at["line"].translate(_DIGITS), at["col"] or "", _severity(m["sev"]), m["msg"], ""],
                       [e.id for e in rows[k] + r])
        if _QUOTED.match(" ".join(e.value for e in r)):
            return None
    return None


def _headed(rows: list[list[Evidence]], k: int) -> Row | None:
    """The headed diagnostic opening row k, located by the arrow line within the next two rows."""
    m = _HEADED.match(" ".join(e.value for e in rows[k]))
    if m is None:
        return None
    for r in rows[k + 1:k + 3]:
        if (at := _ARROW.match(" ".join(e.value for e in r))) is not None:
            return Row([at["file"], at["line"].translate(_DIGITS), (at["col"] or "").translate(_DIGITS),
                        _severity(m["sev"]), m["msg"], m["code"] or ""], [e.id for e in rows[k] + r])
    return None


def diagnostics(rows: list[list[Evidence]]) -> Records | None:
    """Every diagnostic line of the rows, in printed order; None for fewer than one."""
    found = []
    unread = []
    for k, r in enumerate(rows):
        m = _DIAGNOSTIC.match(" ".join(e.value for e in r))
        if m is None and (lint := _LINT.match(" ".join(e.value for e in r))) is not None:
            found.append(Row([lint["file"], lint["line"].translate(_DIGITS), (lint["col"] or "").translate(_DIGITS),
                              "warning" if lint["code"].startswith("W") else "error", lint["msg"], lint["code"]],
                             [e.id for e in r]))
            continue
        if m is None:
            if (row := _headed(rows, k) or _quoted(rows, k)) is not None:
                found.append(row)
            else:
                unread.append(k)
            continue
        found.append(Row([m["file"], m["line"].translate(_DIGITS), (m["col"] or "").translate(_DIGITS),
                          _severity(m["sev"]), _FLAG.sub("", m["msg"]), m["code"] or m["bare"] or ""],
                         [e.id for e in r]))
    if not found:  # (checkers that print no severity, when nothing else on the page is a diagnostic)
        found = [row for _, row in _placed(rows, unread)]
    if not found:
        return None
    rec = make_records("diagnostics", ["file", "line", "column", "severity (error or warning)", "message",
                                       "code"], found)
    if rec is not None:
        rec.columns[1].type = rec.columns[2].type = "number"
        rec.columns[5].type = "code"
        rec.key = 4
    return rec


def first_error(recs: list[Records], asked: str, m: Matcher, answer_type: str = "error") -> Answer | None:
    """"Why won't it build": the message of the first diagnostic of severity error ("the error code": its
    code; "the failure's line number": its line, the column the words name)."""
    for rec in recs:
        if rec.kind != "diagnostics":
            continue
        column = 5 if answer_type == "code" or m.scores(asked, [rec.columns[5].name]).max() >= 0.6 else 4
        place = m.scores(asked, [c.name for c in rec.columns[:3]])
        if answer_type == "number":
            place[0] = 0.0  # (a figure asked: its line or column, not the file the words also name)
        if place.max() >= (0.5 if answer_type == "number" else 0.6):  # "the failure's line number": that column
            column = int(place.argmax())
        elif answer_type == "number":
            return None  # a figure asked, and no place named: no message answers it
        row = next((r for r in rec.rows if r.cells[3] in ("error", "fatal error") and r.cells[column]), None)
        if row is not None:  # a record of diagnostics answers "the error" as exactly as a named column
            return Answer(row.cells[column], row, rec.columns[column].name, 0.95, row.ids, named_column=True)
    return None
