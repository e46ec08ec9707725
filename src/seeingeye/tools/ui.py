"""`ui`: a screenshot read as a user interface (issue 17, contracts.md items 1 and 2).

Works on the OCR lines already read (no second OCR pass) plus pixel rows:
- the window title (the top line of a title bar: a band whose background differs from the window below);
- line-number gutters split from code ("5 host = 0.0.0.0" -> gutter 5, code "host = 0.0.0.0"), with the
  functions defined and their lines (a config file's settings are the `config` tool's);
- spreadsheet grids (a row of column letters A B C … over a column of row numbers 1 2 3 …) as a `table`
  with col_labels / row_labels and the first grid row as header;
- the highlighted row of a list: a text line whose background differs from its neighbours' background;
- the application kind, from what was found.
"""

from __future__ import annotations

import re

import numpy as np
from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .chrome import (
    background,
    cursor_position,
    location_bar,
    menu_bar,
    pixel_sizes,
    status_bar,
    status_facts,
    theme_fact,
    title_above,
    window_title,
)
from .gutter import function_name, gutter_split
from .inkwords import line_rows
from .ocr import OcrLine, read_lines
from .panes import window_pane_edges, window_shade_steps

# Title-bar buttons and window icons read as CJK glyphs or box characters ("口口"): not part of a title.
_ICON_GLYPHS = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u25a0-\u25ff]+")
_FILE_IN_TITLE = re.compile(r"(?<![\w./-])([\w][\w.-]*\.[A-Za-z][A-Za-z0-9]{0,4})(?![\w/])")
_PATH_IN_TITLE = re.compile(r"(?<![\w])((?:~|/)[\w./-]*)\s*$|(?<![\w])((?:~|/)[\w./-]*)(?=\s+[-–—])")
_FOLDER = "current folder (directory shown)"
_SPACE_IN_PATH = re.compile(r"(?<=/[\w.-])\s(?=[\w.-]*/)|(?<=/[\w.-]{2})\s(?=[\w.-]*/)")  # OCR's "/tm p/s3"
def _column_spans(cols: list[OcrLine]) -> list[tuple[str, float, float]]:
    """(letter, x0, x1) of each column from its header letter: letters OCR missed ("I", "J" of narrow empty
    columns) are put back evenly between their neighbours, and each column ends halfway to the next letter's
    centre (columns differ in width)."""
    known = [(ord(c.text.strip()) - ord("A"), c.box.cx) for c in cols]
    centres: list[tuple[int, float]] = []
    for (k, x), (k2, x2) in zip(known, known[1:], strict=False):
        centres += [(k + i, x + (x2 - x) * i / (k2 - k)) for i in range(max(k2 - k, 1))]
    centres.append(known[-1])
    spans = []
    for i, (k, x) in enumerate(centres):
        left = (centres[i - 1][1] + x) / 2 if i else x - (centres[1][1] - x) / 2
        right = (x + centres[i + 1][1]) / 2 if i + 1 < len(centres) else x + (x - centres[i - 1][1]) / 2
        spans.append((chr(ord("A") + k), left, right))
    return spans


def grid_table(lines: list[OcrLine]) -> EvidenceDraft | None:
    """A spreadsheet: a row of single column letters, and row numbers down the left edge. Row numbers OCR
    missed are placed by the others (rows are evenly spaced), so no row of data is lost with its number."""
    letters = [ln for ln in lines if re.fullmatch(r"[A-Z]", ln.text.strip())]
    if len(letters) < 3:
        return None
    row_y = float(np.median([ln.box.cy for ln in letters]))
    cols = sorted((ln for ln in letters if abs(ln.box.cy - row_y) < 6), key=lambda ln: ln.box.cx)
    if len(cols) < 3 or any(ord(b.text.strip()) <= ord(a.text.strip()) for a, b in zip(cols, cols[1:], strict=False)):
        return None
    left = cols[0].box.x0
    nums = sorted((ln for ln in lines if re.fullmatch(r"\d{1,4}", ln.text.strip()) and ln.box.x1 < left
                   and ln.box.cy > row_y), key=lambda ln: ln.box.cy)
    if len(nums) < 2 or len({int(n.text) for n in nums}) < 2:
        return None
    pitch, start = np.polyfit([int(n.text) for n in nums], [n.box.cy for n in nums], 1)
    if pitch <= 4:
        return None
    first, last = min(int(n.text) for n in nums), max(int(n.text) for n in nums)
    spans = _column_spans(cols)
    rows: list[list[str]] = []
    for n in range(first, last + 1):
        y = start + pitch * n
        cells = []
        for _, x0, x1 in spans:
            inside = [ln for ln in lines if x0 <= ln.box.cx < x1 and abs(ln.box.cy - y) < 0.45 * pitch
                      and ln.box.cy > row_y + 0.5 * pitch]
            cells.append(" ".join(ln.text for ln in sorted(inside, key=lambda ln: ln.box.x0)))
        rows.append(cells)
    filled = [i for i, r in enumerate(rows) if any(r)]
    if len(filled) < 2:
        return None
    rows = rows[: filled[-1] + 1]
    row_labels = [str(n) for n in range(first, first + len(rows))]
    width = max((i + 1 for r in rows for i, c in enumerate(r) if c), default=0)
    col_labels = [letter for letter, _, _ in spans[:width]]
    rows = [r[:width] for r in rows]
    box = Box(x0=spans[0][1], y0=cols[0].box.y0, x1=spans[width - 1][2], y1=start + pitch * (first + len(rows)))
    return EvidenceDraft(kind="table", value=f"spreadsheet grid {len(rows)}x{width}", box=box, confidence=0.8,
                         attrs={"header": rows[0], "rows": rows[1:], "n_rows": len(rows) - 1, "n_cols": width,
                                "col_labels": col_labels, "row_labels": row_labels, "grid": True,
                                "grid_rows": rows})  # type: ignore[dict-item]


def _strip(arr: np.ndarray, box: Box, above: bool) -> np.ndarray:
    """The colour of a thin strip just above (or below) a line: what a row at the edge of a list sits against."""
    h = arr.shape[0]
    y0, y1 = (int(box.y0) - 6, int(box.y0) - 2) if above else (int(box.y1) + 2, int(box.y1) + 6)
    return background(arr, Box(x0=box.x0, y0=max(0, y0), x1=box.x1, y1=min(h, max(y1, y0 + 1))))


def list_heading(row: OcrLine, lines: list[OcrLine]) -> str | None:
    """The line over the list a row belongs to: climb the rows left-aligned with it while they keep the list's
    pitch; the line just above, past a wider gap, heads the list."""
    column = sorted((ln for ln in lines if abs(ln.box.x0 - row.box.x0) < 12), key=lambda ln: ln.box.cy)
    i = next(k for k, ln in enumerate(column) if ln is row)
    pitch = float(np.median([b.box.cy - a.box.cy for a, b in zip(column, column[1:], strict=False)] or [row.box.h]))
    while i > 0 and column[i].box.cy - column[i - 1].box.cy <= 1.4 * pitch:
        i -= 1
    top = column[i]
    above = [ln for ln in lines if ln.box.cy < top.box.cy - 0.6 * top.box.h and abs(ln.box.x0 - top.box.x0) < 24
             and top.box.cy - ln.box.cy < 3 * max(pitch, top.box.h)]
    return max(above, key=lambda ln: ln.box.cy).text.strip() if above else None


def highlighted(arr: np.ndarray, lines: list[OcrLine]) -> list[OcrLine]:
    """Lines whose background differs from the background of both neighbours in the same column (a list's
    first or last row from the strip beyond it)."""
    out: list[OcrLine] = []
    cols: dict[int, list[OcrLine]] = {}
    for ln in lines:
        cols.setdefault(int(ln.box.x0) // 24, []).append(ln)
    for group in cols.values():
        group.sort(key=lambda ln: ln.box.cy)
        if len(group) < 3:
            continue
        bgs = [background(arr, ln.box) for ln in group]
        for i, ln in enumerate(group):
            if ln.text.strip().isdigit() or len(ln.text.strip()) < 3:
                continue  # row numbers and gutters sit on their own shaded strip
            near = [j for j in (i - 1, i + 1)
                    if 0 <= j < len(group) and abs(group[j].box.cy - ln.box.cy) < 3 * ln.box.h]
            if not near:
                continue  # neighbours of another block, not rows of one list
            up = bgs[i - 1] if i - 1 in near else _strip(arr, ln.box, above=True)
            below = bgs[i + 1] if i + 1 in near else _strip(arr, ln.box, above=False)
            d_up, d_down = np.abs(bgs[i] - up).sum(), np.abs(bgs[i] - below).sum()
            same = np.abs(up - below).sum()
            if d_up > 60 and d_down > 60 and (same < 30 or min(d_up, d_down) > 2 * same):
                out.append(ln)
    return out


def band(arr: np.ndarray, ln: OcrLine) -> tuple[float, float]:
    """The left and right ends of the coloured band a highlighted line sits on: the columns whose median
    colour over the line's height is its background, run out from the line across gaps no wider than a few
    letters (a file manager's selection spans its pane, a parent pane's is as narrow as that pane)."""
    y0, y1 = max(0, int(ln.box.y0) + 2), min(arr.shape[0], int(ln.box.y1) - 1)
    if y1 <= y0:
        return ln.box.x0, ln.box.x1
    med = np.median(arr[y0:y1, :, :3], axis=0)
    on = np.abs(med - background(arr, ln.box)).sum(axis=1) < 45
    gap, w = max(4, int(2 * ln.box.h)), arr.shape[1]
    lo, hi = int(ln.box.x0), min(w - 1, int(ln.box.x1))
    while lo > 0 and on[max(0, lo - gap):lo].any():
        lo = max(0, lo - gap) + int(np.flatnonzero(on[max(0, lo - gap):lo])[0])
    while hi < w - 1 and on[hi + 1:hi + 1 + gap].any():
        hi = hi + 1 + int(np.flatnonzero(on[hi + 1:hi + 1 + gap])[-1])
    return float(lo), float(hi)


def app_kind(grid: bool, gutter: list[tuple[int, str, OcrLine]], texts: list[str], fields: int) -> str | None:
    joined = " ".join(texts).lower()
    if grid:
        return "spreadsheet"
    if gutter:
        return "editor"
    if re.search(r"\b(commit [0-9a-f]{7,}|total \d+\s|drwx|-rw-)", joined):
        return "terminal"
    if re.search(r"\b\d+ of \d+\b|%", joined) and len(texts) < 12:
        return "dialog"
    if fields:
        return "settings"
    return None


_OPEN_FILE = "name of the file open in the window or editor (filename, document)"
# A terminal editor's mode line near the window's foot: "----Mg: notes.ini", "-UUU:----F1  notes.txt  Top L1",
# or the file name before the mode in brackets ("Emacs: jobs.cron  (Text)  All", as jed and emacs print it)
_MODE_LINE = re.compile(r"^\s*-[-\w:*%]{1,20}\s*([\w.+-]+\.\w{1,6})\b|([\w.+-]+\.\w{1,6})\s+\([A-Za-z][\w -]*\)")


def _mode_line_file(lines: list[OcrLine], height: int) -> tuple[str, Box] | None:
    """The file a terminal editor's mode line names, in the lowest quarter of the window (the pieces of one
    printed row read together), the lowest row first."""
    for row in reversed(line_rows([ln for ln in lines if ln.box.y0 >= 0.75 * height], tolerance=0.5)):
        text = " ".join(ln.text for ln in sorted(row, key=lambda ln: ln.box.x0))
        if m := _MODE_LINE.search(text):
            name = m.group(1) or m.group(2)
            return name, next((ln.box for ln in row if name in ln.text), row[0].box)
    return None


class UIArgs(BaseModel):
    pass


def _application(title: str) -> str | None:
    """The program a window's title names: after its last dash ("report.csv - LibreOffice Calc"), else the
    whole title when it is a name, not a path or a sentence ("SpeedCrunch")."""
    parts = re.split(r"\s[-–—]\s", title)
    app = parts[-1].strip()
    if len(parts) == 1 and ("/" in app or len(app.split()) > 3) or re.search(r"\.\w{1,5}$", app):
        return None  # a path, a sentence, or the file open ("Parts inventory - workshop.db")
    return app if re.fullmatch(r"[A-Za-z][\w+.]*(?:\s[A-Za-z][\w+.]*){0,2}", app) else None


@tool(name="ui")
def ui(ctx: ToolContext, args: UIArgs) -> ToolResult:
    """The screenshot as a user interface: window title, application kind, line-number gutters split from
    code (function starts by line, the number of functions), spreadsheet grids with
    column letters and row numbers, and the highlighted row of lists."""
    lines = read_lines(ctx)
    arr = ctx.array
    drafts: list[EvidenceDraft] = []
    title = title_above(ctx, lines) or window_title(arr, lines)
    if title is not None:
        title = title.model_copy(update={"text": re.sub(r"\s+", " ", _ICON_GLYPHS.sub(" ", title.text)).strip()})
        title = title if title.text else None
    if title is not None:
        drafts.append(EvidenceDraft(kind="block", value=title.text, box=title.box, confidence=0.7,
                                    attrs={"role": "title", "window_title": True}))
        drafts.append(EvidenceDraft(kind="region", value="title bar", box=title.box, attrs={"role": "title_bar"}))
        if app := _application(title.text):
            drafts.append(EvidenceDraft(kind="key_value", label="application (app, program) the window belongs to",
                                        value=app, box=title.box, confidence=0.6, attrs={"say": "application"}))
        if m := _FILE_IN_TITLE.search(title.text):  # "tinyar.c - /tmp/src - Geany": the document open
            drafts.append(EvidenceDraft(kind="key_value", label=_OPEN_FILE,
                                        value=m.group(1), box=title.box, confidence=0.75, attrs={"say": "file open"}))
        elif m := _PATH_IN_TITLE.search(_SPACE_IN_PATH.sub("", title.text)):  # "Xfe - /tmp/s2/Invoices"
            drafts.append(EvidenceDraft(kind="key_value", label=_FOLDER,
                                        value=(m.group(1) or m.group(2)).rstrip("/").rsplit("/", 1)[-1] or "/",
                                        box=title.box, confidence=0.75, attrs={"say": "current folder"}))
    drafts.append(theme_fact(ctx.grey, lines, title.box if title is not None else None))
    shown = any(d.label == _FOLDER for d in drafts)
    if not shown and (bar := location_bar(lines, arr.shape[0])) is not None:  # a file manager's path bar
        path = bar.text.strip().rstrip("/\\")
        drafts.append(EvidenceDraft(kind="key_value", label=_FOLDER, value=re.split(r"[/\\]", path)[-1] or "/",
                                    box=bar.box, confidence=0.7, attrs={"say": "current folder"}))
        drafts.append(EvidenceDraft(kind="key_value", label="location bar (full path)", value=path,
                                    box=bar.box, confidence=0.7, attrs={"say": "location bar"}))
    if (foot := status_bar(lines, arr.shape[0], ctx.grey)) is not None:
        drafts += status_facts(*foot)
    drafts += cursor_position(lines, arr.shape[0])
    drafts += pixel_sizes(lines)
    if (menu := menu_bar(lines, title, arr.shape[0])) is not None:
        drafts.append(EvidenceDraft(kind="region", value="menu bar", box=menu, attrs={"role": "menu_bar"}))
    known = any(d.label == _OPEN_FILE for d in drafts)
    if not known and (mode := _mode_line_file(lines, arr.shape[0])) is not None:
        drafts.append(EvidenceDraft(kind="key_value", label=_OPEN_FILE,
                                    value=mode[0], box=mode[1], confidence=0.7))
    gutter = gutter_split(lines)
    if gutter:
        gx1 = max(ln.box.x0 for _, _, ln in gutter) + 30
        drafts.append(EvidenceDraft(kind="region", value="line-number gutter", attrs={"role": "gutter"},
                                    box=Box(x0=min(ln.box.x0 for _, _, ln in gutter), y0=gutter[0][2].box.y0,
                                            x1=gx1, y1=gutter[-1][2].box.y1)))
    functions = 0
    for n, code, ln in gutter:
        drafts.append(EvidenceDraft(kind="text", value=code, box=ln.box, confidence=ln.confidence,
                                    attrs={"line_number": n, "code": True}))
        if name := function_name(code):
            functions += 1
            drafts.append(EvidenceDraft(kind="key_value", label=f"function on line {n}", value=name,
                                        box=ln.box, confidence=0.85, attrs={"line_number": n, "function": True}))
            drafts.append(EvidenceDraft(kind="key_value", label=f"line where {name} is defined", value=str(n),
                                        box=ln.box, confidence=0.85, attrs={"line_number": n}))
    if functions:
        drafts.append(EvidenceDraft(kind="number", label="number of functions defined in the file",
                                    value=str(functions), number=float(functions), confidence=0.8,
                                    attrs={"count_of": "function"}))
    grid = grid_table(lines)
    if grid is not None:
        drafts.append(grid)
    for edge, hanging in window_pane_edges(ctx):
        drafts.append(EvidenceDraft(kind="region", value="pane edge", box=edge,
                                    attrs={"role": "pane_edge", **({"under_rule": True} if hanging else {})}))
    for edge in window_shade_steps(ctx):
        drafts.append(EvidenceDraft(kind="region", value="pane edge", box=edge,
                                    attrs={"role": "pane_edge", "shade_step": True}))
    for ln in highlighted(arr, lines):
        attrs: dict[str, object] = {"control": "list_item", "selected": True, "band": list(band(arr, ln))}
        if heading := list_heading(ln, lines):
            attrs["group"] = heading
        drafts.append(EvidenceDraft(kind="field", label="highlighted row", value=ln.text, box=ln.box, confidence=0.7,
                                    attrs=attrs))  # type: ignore[arg-type]
    kind = app_kind(grid is not None, gutter, [ln.text for ln in lines], len(drafts))
    drafts.append(EvidenceDraft(kind="overview", value="", attrs={"app_kind": kind,
                                                                 "window_title": title.text if title else None}))
    summary = f"app {kind or 'unknown'}; title {title.text if title else '-'}; {len(gutter)} numbered lines"
    return ToolResult(evidence=drafts, summary=summary + ("; grid" if grid else ""))
