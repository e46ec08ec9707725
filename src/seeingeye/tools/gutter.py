"""Line-number gutters of editors and code listings: each line's number split from its code (OCR reads a
gutter glued to its code, "5 host = 0.0.0.0", or as a column of bare numbers), rows whose number OCR missed
numbered by their place, and the function a line of code defines."""

from __future__ import annotations

import re

import numpy as np

from ..sir import Box
from .ocr import OcrLine

_GUTTER = re.compile(r"^\s*(\d{1,4})\s+(\S.*)$")
# A definition opens its line: Python/JS/Go/Rust keywords, or (C, Java, C#) a type then a name then "(" on an
# unindented line that does not end a statement.
_FUNC = re.compile(
    r"^\s*(?:(?:pub|export|async|static)\s+)*(?:def|function|fn|func)\s+(?:\([^)]*\)\s*)?([A-Za-z_]\w*)"
    r"|^(?:[A-Za-z_][\w<>\[\],]*\s+[*&]*){1,4}([A-Za-z_]\w*)\s*\([^;]*$"
)
_FOLD_MARK = re.compile(r"^\s*[^\w\s\"'#/({\[<@$*&-]\s+")
_NOT_FUNCTIONS = {"if", "for", "while", "switch", "return", "sizeof", "else", "catch", "elif", "new", "throw", "await",
                  "yield", "case", "goto"}


def function_name(code: str) -> str | None:
    """The function a line of code defines, if it opens a definition."""
    code = _FOLD_MARK.sub("", code)  # an editor's fold arrow or breakpoint before the code ("▾ def run():")
    m = _FUNC.match(code)
    name = m and (m.group(1) or m.group(2))
    first = code.split()[0] if code.split() else ""
    if not name or name in _NOT_FUNCTIONS or (m.group(2) and (code[:1].isspace() or first in _NOT_FUNCTIONS)):
        return None
    return name


def gutter_split(lines: list[OcrLine]) -> list[tuple[int, str, OcrLine]]:
    """Lines that start with a line number, when those numbers run in sequence down a shared left edge.
    OCR reads a gutter either glued to its code ("5 host = 0.0.0.0") or as a column of bare numbers."""
    hits = [(int(m.group(1)), m.group(2), ln) for ln in lines if (m := _GUTTER.match(ln.text))]
    if len(hits) < 3:
        return _bare_gutter(lines)
    hits.sort(key=lambda t: t[2].box.cy)
    # (line numbers count on by one, a line OCR missed aside: "10 mx1", "20 mx2" are a list's figures)
    rising = sum(1 for a, b in zip(hits, hits[1:], strict=False) if 0 < b[0] - a[0] <= 4)
    x0s = [ln.box.x0 for _, _, ln in hits]
    glued = [] if rising < 0.7 * (len(hits) - 1) or max(x0s) - min(x0s) > 40 else \
        sorted(_rest_of_row(hits + _glued(hits, lines), lines), key=lambda t: t[2].box.cy)
    # (a few lines read glued to their number beside a column read bare: the column is the gutter)
    bare = _bare_gutter(lines)
    return bare if len(bare) > len(glued) else glued


def _rest_of_row(hits: list[tuple[int, str, OcrLine]], lines: list[OcrLine]) -> list[tuple[int, str, OcrLine]]:
    """Each numbered line with the pieces OCR read to its right on the same row ("17 def" and
    "parse_row(*args):" are one line of code)."""
    taken = {id(ln) for _, _, ln in hits}
    out = []
    for n, code, ln in hits:
        rest = sorted((o for o in lines if id(o) not in taken and o.box.x0 >= ln.box.x1 - 4
                       and abs(o.box.cy - ln.box.cy) < 0.45 * ln.box.h + 2), key=lambda o: o.box.x0)
        if rest:
            code = " ".join([code, *(o.text for o in rest)])
            box = Box(x0=ln.box.x0, y0=min(o.box.y0 for o in [ln, *rest]), x1=rest[-1].box.x1,
                      y1=max(o.box.y1 for o in [ln, *rest]))
            ln = ln.model_copy(update={"text": f"{n} {code}", "box": box})
        out.append((n, code, ln))
    return out


def _bare_gutter(lines: list[OcrLine]) -> list[tuple[int, str, OcrLine]]:
    """A gutter read as its own column of numbers, right-aligned and rising: each number takes the text read
    on its row to its right (joined left to right: OCR splits "def" from "round_cents(data):")."""
    nums = sorted((ln for ln in lines if re.fullmatch(r"\d{1,4}", ln.text.strip())), key=lambda ln: ln.box.cy)
    if len(nums) < 5:
        return []
    right = float(np.median([ln.box.x1 for ln in nums]))
    col = [ln for ln in nums if abs(ln.box.x1 - right) <= 8]
    values = [int(ln.text) for ln in col]
    rising = sum(1 for a, b in zip(values, values[1:], strict=False) if b == a + 1)
    if len(col) < 5 or rising < 0.8 * (len(col) - 1):
        return []
    taken = {id(ln) for ln in col}
    rows = [sorted((ln for ln in lines if id(ln) not in taken and ln.box.x0 >= num.box.x1 - 4
                    and abs(ln.box.cy - num.box.cy) < 0.45 * num.box.h + 2), key=lambda ln: ln.box.x0)
            for num in col]
    starts = [row[0].box.x0 for row in rows if row]
    left = min(starts, default=0.0)
    glyph = float(np.median([ln.box.w / max(len(ln.text), 1) for row in rows for ln in row] or [8.0]))
    out = []
    for num, row in zip(col, rows, strict=True):
        # OCR drops leading spaces; the indent is put back from the box, since it tells a definition from a call
        indent = " " * round((row[0].box.x0 - left) / max(glyph, 1.0)) if row else ""
        code = indent + " ".join(ln.text for ln in row)
        box = num.box if not row else Box(x0=num.box.x0, y0=min(ln.box.y0 for ln in row),
                                          x1=max(ln.box.x1 for ln in row), y1=max(ln.box.y1 for ln in row))
        out.append((int(num.text), code, num.model_copy(update={"text": f"{num.text} {code}", "box": box})))
    return sorted(out + _unnumbered(col, values, lines, taken | {id(ln) for row in rows for ln in row}, left, glyph),
                  key=lambda t: t[0])


def _unnumbered(col: list[OcrLine], values: list[int], lines: list[OcrLine], used: set[int], left: float,
                glyph: float) -> list[tuple[int, str, OcrLine]]:
    """Rows of code whose gutter number OCR missed (faint or coloured digits): numbered by their place, the
    gutter's pitch counted from a number it did read, within the span the gutter runs."""
    if values[-1] <= values[0]:
        return []
    pitch = (col[-1].box.cy - col[0].box.cy) / (values[-1] - values[0])
    numbered = set(values)
    rows: dict[int, list[OcrLine]] = {}
    for ln in lines:
        if id(ln) in used or ln.box.x0 < col[0].box.x1 - 4:
            continue
        k = (ln.box.cy - col[0].box.cy) / pitch
        n = values[0] + round(k)
        if abs(k - round(k)) < 0.3 and 1 <= n <= values[-1] and n not in numbered:
            rows.setdefault(n, []).append(ln)
    out = []
    for n, row in rows.items():
        row.sort(key=lambda ln: ln.box.x0)
        code = " " * max(round((row[0].box.x0 - left) / max(glyph, 1.0)), 0) + " ".join(ln.text for ln in row)
        box = Box(x0=row[0].box.x0, y0=min(ln.box.y0 for ln in row), x1=row[-1].box.x1,
                  y1=max(ln.box.y1 for ln in row))
        out.append((n, code, row[0].model_copy(update={"text": f"{n} {code}", "box": box})))
    return out


def _glued(hits: list[tuple[int, str, OcrLine]], lines: list[OcrLine]) -> list[tuple[int, str, OcrLine]]:
    """Lines of the same gutter whose number OCR glued to the code ("4port = 8980"): at the gutter's left
    edge, starting with the number their place in the sequence calls for."""
    (n0, _, a), (n1, _, b) = hits[0], hits[-1]
    if n1 <= n0:
        return []
    pitch = (b.box.cy - a.box.cy) / (n1 - n0)
    left = float(np.median([ln.box.x0 for _, _, ln in hits]))
    taken = {id(ln) for _, _, ln in hits}
    out = []
    for ln in lines:
        if id(ln) in taken or abs(ln.box.x0 - left) > 12 or pitch <= 0:
            continue
        n = n0 + round((ln.box.cy - a.box.cy) / pitch)
        if n >= 1 and ln.text.startswith(str(n)) and not ln.text[len(str(n)):len(str(n)) + 1].isdigit():
            out.append((n, ln.text[len(str(n)):].strip(), ln))
    return out
