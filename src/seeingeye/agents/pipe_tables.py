"""Tables drawn with bars in text: Markdown's "| Item | Cost |" in an editor or a README, psql's
"name | qty" under a "-----+-----" rule, the MySQL client's "| id | name |" between "+----+" borders. The
bars part the cells; a rule under the first row makes it the header. OCR may lose a bar or two: a row of a
two-column table that lost its bars still parts at its last figure ("Hotel (4 nights) 512.40")."""

from __future__ import annotations

import re

from ..sir import Evidence
from .page_rows import char_width
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
    if len({len(c) for c, _, _ in run if c}) > 1 or len(run) < 3:
        # the rows part into different numbers of cells: bars OCR misread or lost; their x parts them
        return ruled_table(rows) or (None if len(run) < 3 else _as_read(run)) or boxed_by_header(rows)
    return _as_read(run)


def _as_read(run: list[tuple[list[str], list[str], bool]]) -> Records | None:
    width = max(len(c) for c, _, _ in run)
    if width < 2:
        return None
    headed = run[0][2] or all(not re.search(r"\d", c) for c in run[0][0])
    header = run[0][0] if headed else [f"column {j + 1}" for j in range(width)]
    body = run[1:] if headed else run
    return make_records("table", header, [Row(c + [""] * (width - len(c)), ids) for c, ids, _ in body])


_BAR = set("|I1l丨¦!")  # a bar, and what OCR reads it as
_PRINTED_BAR = set("|丨¦")


def _chars(e: Evidence) -> list[tuple[float, str]]:
    """Each character of a monospaced piece with the x of its centre."""
    assert e.box is not None
    step = e.box.w / max(1, len(e.value))
    return [(e.box.x0 + (k + 0.5) * step, ch) for k, ch in enumerate(e.value)]


def _bars(rows: list[list[Evidence]], step: float) -> list[float]:
    """The x of each bar standing on half the barred rows or more, however OCR read it ("|", or "1", "I"
    alone between spaces), where it printed a true bar at least once (a column of ones is no bar)."""
    marks = []
    for e in (e for r in rows for e in r if e.box):
        text = f" {e.value} "
        marks += [(x, ch in _PRINTED_BAR) for k, (x, ch) in enumerate(_chars(e))
                  if ch in _PRINTED_BAR or (ch in _BAR and text[k] == " " and text[k + 2] == " ")]
    groups: list[list[tuple[float, bool]]] = []
    for x, as_bar in sorted(marks):
        if groups and x - groups[-1][-1][0] < 0.8 * step:
            groups[-1].append((x, as_bar))
        else:
            groups.append([(x, as_bar)])
    held = [(sum(x for x, _ in g) / len(g), any(p for _, p in g)) for g in groups if len(g) >= max(3, 0.5 * len(rows))]
    printed = [x for x, p in marks if p]
    sure = [x for x, p in held if p]
    # a bar always misread ("1 730 kB" under "| Bytes"): where a long piece printed one nearly there (its
    # characters' x are estimates), and not beside a bar read as such (a column of ones next to its bar)
    return sorted(sure + [x for x, p in held if not p and any(abs(x - b) < 2.5 * step for b in printed)
                          and not any(abs(x - b) < 3 * step for b in sure)])


def ruled_table(rows: list[list[Evidence]]) -> Records | None:
    """A monospaced table whose bars stand at the same x on every row (psql, the MySQL client): each row's
    characters go to the column their x falls in, so a bar OCR read as "1" or "I", or lost, parts the cells
    all the same (a "1" on a bar's x is the bar; "12" beside it is a figure)."""
    barred = [r for r in rows if any(e.box and set(e.value) & _PRINTED_BAR for e in r)]
    pieces = [e for r in barred for e in r if e.box and len(e.value) >= 4]
    if len(barred) < 3 or not pieces:
        return None
    step = _char_width(pieces)
    bars = _bars(barred, step)
    if not bars:
        return None
    run: list[list[Evidence]] = []
    for r in rows:
        if any(e.box and any(_on_bar(x, ch, bars, step) for x, ch in _chars(e)) for e in r):
            run.append(r)
        elif len(run) >= 3:
            break
        else:
            run = []
    cells = [_parted(r, bars, step) for r in run]
    if len(cells) < 3:
        return None
    headed = not any(re.search(r"\d", c) for c in cells[0])
    header = cells[0] if headed else [f"column {j + 1}" for j in range(len(bars) + 1)]
    body = [Row(c, [e.id for e in r]) for c, r in zip(cells, run, strict=True)][1 if headed else 0:]
    return make_records("table", header, body)


def _char_width(pieces: list[Evidence]) -> float:
    """The width of a character of monospaced pieces: the middle of their own (`page_rows.char_width`)."""
    return sorted(char_width(e) for e in pieces)[len(pieces) // 2]


def _on_bar(x: float, ch: str, bars: list[float], step: float) -> bool:
    """A bar-like character standing where a bar does: the bar itself, however OCR read it."""
    return ch in _BAR and min(abs(x - b) for b in bars) < 0.7 * step


def _parted(row: list[Evidence], bars: list[float], step: float) -> list[str]:
    """A row's text in one cell per column, each character by its x, the bars themselves left out."""
    cells = [""] * (len(bars) + 1)
    for e in row:
        if e.box is None:
            continue
        for x, ch in _chars(e):
            cells[sum(x > b for b in bars)] += " " if _on_bar(x, ch, bars, step) else ch
        cells = [c + " " for c in cells]  # (pieces of one row are apart)
    return [re.sub(r"\s+", " ", c).strip(" |") for c in cells]


def boxed_by_header(rows: list[list[Evidence]]) -> Records | None:
    """A boxed table ("| berth | boat |" between "+-----+" borders) whose body rows OCR read without their bars:
    the header's bars, where OCR printed them, part every row below it. The table runs on while each row
    holds nothing but a bar where a bar stands (a prompt's letters cross them)."""
    for k, r in enumerate(rows):
        pieces = [e for e in r if e.box and len(e.value) >= 2]
        marks = [x for e in pieces for x, ch in _chars(e) if ch in _PRINTED_BAR]
        if len(marks) < 3 or not " ".join(e.value for e in r).lstrip().startswith(tuple(_PRINTED_BAR)):
            continue
        step = _char_width(pieces)
        bars = [x for j, x in enumerate(sorted(marks)) if j == 0 or x - sorted(marks)[j - 1] > 2 * step]
        body = []
        for below in rows[k + 1:]:
            text = " ".join(e.value for e in below).strip()
            if _RULE.match(text) or set(text) <= set("+-= "):
                continue  # a border ("+----+", OCR may keep only its corners)
            if not all(_on_bar(x, ch, bars, step) or ch == " " or min(abs(x - b) for b in bars) >= 0.7 * step
                       for e in below if e.box for x, ch in _chars(e)):
                break  # a letter where a bar stands: the table has ended
            body.append(below)
        cells = [_parted(b, bars, step) for b in body]
        header = _parted(r, bars, step)
        if len(cells) >= 2 and sum(bool(c) for c in header) >= 2:
            width = max(j for j, c in enumerate(header) if c) + 1
            return make_records("table", [c or f"column {j + 1}" for j, c in enumerate(header[1:width], 1)],
                                [Row(c[1:width], [e.id for e in b]) for c, b in zip(cells, body, strict=True)])
    return None
