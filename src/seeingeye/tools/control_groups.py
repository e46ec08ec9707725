"""Form controls read together, as one window draws them: a row of controls sharing one OCR line splits its
words; boxes take their states from how their insides compare with their peers'; radio buttons form
groups under their headings."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..sir import Box
from .ocr import OcrLine
from .ruled import word_spans


@dataclass
class Control:
    kind: str  # checkbox | radio | toggle | text | button
    box: Box
    state: str
    label: OcrLine | None = None
    group: str | None = None
    fill: str | None = None  # buttons: background colour; toggles: track colour
    inner: float = 0.0  # checkboxes: how far the colour inside is from the ground (Lab distance)
    mark: float = 0.0  # checkboxes and radios: share of the inside standing out from its own colour


def split_shared_labels(controls: list[Control]) -> None:
    """Controls in a row read as one OCR line ("Dark System Light"): each takes the words between it and the
    next control, located by their share of the line's width."""
    by_host: dict[tuple[int, ...], list[Control]] = {}
    for c in controls:
        if c.label is not None and c.kind in ("radio", "checkbox"):
            by_host.setdefault(tuple(c.label.box.as_list()), []).append(c)
    for row in by_host.values():
        if len(row) < 2:
            continue
        row.sort(key=lambda c: c.box.x0)
        line = row[0].label
        assert line is not None
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", line.text)]
        per = line.box.w / max(1, len(line.text))
        for c, nxt in zip(row, [*row[1:], None], strict=True):
            x1 = nxt.box.x0 if nxt is not None else line.box.x1
            mine = [line.text[a:e] for a, e in words if c.box.x1 <= line.box.x0 + per * (a + e) / 2 <= x1]
            if mine:
                box = Box(x0=c.box.x1, y0=line.box.y0, x1=x1, y1=line.box.y1)
                c.label = line.model_copy(update={"text": " ".join(mine), "box": box})


_GLYPH = re.compile(r"^[Oo0○◯●◉☐□]$")


def label_rows(controls: list[Control], lines: list[OcrLine]) -> None:
    """A row of radios or boxes whose labels OCR ran together with the controls ("OVery poor OPoor", "Okay O
    Good O Excellent"): every word on the row goes to the control on its left, and the controls read as
    letters ("O", the O glued to "OPoor") are dropped."""
    marks = sorted((c for c in controls if c.kind in ("radio", "checkbox")), key=lambda c: (c.box.cy, c.box.x0))
    rows: list[list[Control]] = []
    for c in marks:
        if rows and abs(rows[-1][-1].box.cy - c.box.cy) < 0.5 * c.box.h:
            rows[-1].append(c)
        else:
            rows.append([c])
    for row in (r for r in rows if len(r) >= 2):
        row.sort(key=lambda c: c.box.x0)
        band = [ln for ln in lines if min(ln.box.y1, row[0].box.y1) - max(ln.box.y0, row[0].box.y0)
                > 0.4 * min(ln.box.h, row[0].box.h) and ln.box.x1 > row[0].box.x0 - 2]
        words = [w for ln in band for w in word_spans(ln.text, ln.box)]
        for c, nxt in zip(row, [*row[1:], None], strict=True):
            x1 = nxt.box.x0 - 2 if nxt is not None else max((w[2] for w in words), default=c.box.x1) + 1
            if nxt is not None:  # a line OCR began at the next box: its first glyph is that box's mark ("6 Express")
                words = [w for w in words if not (len(w[0]) == 1 and nxt.box.x0 - 1.5 * nxt.box.w <= w[1] <= nxt.box.x1
                                                  and any(abs(w[1] - ln.box.x0) < 1 for ln in band))]
            placed = sorted((w for w in words if c.box.x0 - 2 <= (w[1] + w[2]) / 2 <= x1), key=lambda w: w[1])
            # a label ends where a gap wider than a control opens (another widget further along the row)
            cut = next((k for k in range(1, len(placed)) if placed[k][1] - placed[k - 1][2] > 1.5 * c.box.h),
                       len(placed))
            mine = [t for t, _, _ in placed[:cut]]
            if mine and (_GLYPH.match(mine[0]) or re.match(r"[Oo0][A-Z]", mine[0])):
                mine[0] = mine[0][1:]  # the control itself, read as a letter
            text = " ".join(t for t in mine if t)
            base = c.label or (band[0] if band else None)
            if sum(ch.isalnum() for ch in text) >= 2 and base is not None:
                c.label = base.model_copy(update={"text": text, "box": Box(x0=c.box.x1, y0=c.box.y0, x1=x1,
                                                                          y1=c.box.y1)})


def _two_groups(values: list[float]) -> float:
    """The threshold that splits values into two groups of least spread (Otsu in one dimension): one odd
    box (an expander's arrow read as a box) does not drag the cut between ticked and plain ones."""
    v = np.sort(np.asarray(values, float))
    # (nor does one odd box far above the rest, a radio row read as a box: a group of one is no group then)
    least = 2 if len(v) >= 4 else 1
    cuts = [(float(v[:k].var() * k + v[k:].var() * (len(v) - k)), float((v[k - 1] + v[k]) / 2))
            for k in range(least, len(v) - least + 1) if v[k] > v[k - 1]]
    return min(cuts)[1] if cuts else float(v.mean())


def states_by_peers(boxes: list[Control], states: tuple[str, str] = ("checked", "unchecked")) -> None:
    """Boxes of one window share a look: an empty box may be filled white on a grey face (ink, yet empty).
    When their insides fall in two clearly different groups, the group farther from the ground is checked."""
    if len(boxes) < 2:
        return
    marks = [c.mark for c in boxes]
    if max(marks) - min(marks) > 0.1 and min(marks) < 0.05:  # ticks on some, plain insides on the others
        cut = _two_groups(marks)
        for c in boxes:
            c.state = states[0] if c.mark > cut else states[1]
        return
    lo, hi = min(c.inner for c in boxes), max(c.inner for c in boxes)
    if hi - lo < 25:
        return
    for c in boxes:
        c.state = states[0] if c.inner > (lo + hi) / 2 else states[1]


def group_radios(radios: list[Control], lines: list[OcrLine], taken: set[int], least: int = 1) -> None:
    """Radios in one row, or one column with even spacing, form a group of `least` or more; its name is the
    text above."""
    groups: list[list[Control]] = []
    for r in sorted(radios, key=lambda c: (c.box.y0, c.box.x0)):
        # a row first: in a matrix of questions each row is one group, though its options line up in columns
        row = next((g for g in groups if abs(g[-1].box.cy - r.box.cy) < 0.5 * r.box.h), None)
        column = next((g for g in groups if abs(g[-1].box.x0 - r.box.x0) < 4
                       and 0 < r.box.cy - g[-1].box.cy < 4 * r.box.h
                       and all(abs(c.box.x0 - r.box.x0) < 4 for c in g)), None)
        if row is not None or column is not None:
            (row if row is not None else column).append(r)  # type: ignore[union-attr]
        else:
            groups.append([r])
    groups = [g for g in _grids(groups) if len(g) >= least]
    for g in groups:
        x0, y0 = min(c.box.x0 for c in g), min(c.box.y0 for c in g)
        above = [ln for ln in lines if id(ln) not in taken and -0.4 * ln.box.h <= y0 - ln.box.y1 <= 3 * g[0].box.h + 10
                 and ln.box.cy < y0
                 and ln.box.x0 <= x0 + 40 and ln.box.x1 >= x0 - 40]
        # a form's label column: "Schedule:" left of the group's first row
        left = [ln for ln in lines if id(ln) not in taken and ln.text.rstrip().endswith(":") and ln.box.x1 <= x0
                and abs(ln.box.cy - g[0].box.cy) < 0.6 * max(ln.box.h, g[0].box.h)]
        above = [ln for ln in above if sum(ch.isalnum() for ch in ln.text) >= 2]
        # the label on the group's own row names it before any line above (another field's value, a heading)
        name = max(left, key=lambda ln: ln.box.x1).text.rstrip(" :") if left else (
            min(above, key=lambda ln: y0 - ln.box.y1).text if above else None)
        for c in g:
            c.group = name


def _grids(groups: list[list[Control]]) -> list[list[Control]]:
    """Rows of radios whose options stand in the same columns, one under the next (a 2 x 2 "Hourly Daily /
    Weekly Manually"): one group."""
    out: list[list[Control]] = []
    for g in groups:
        prev = out[-1] if out else None
        if (prev is not None and len(g) >= 2 and len({round(c.box.cy) for c in prev}) == 1
                and len(prev) == len(g) and 0 < g[0].box.cy - prev[0].box.cy < 3.5 * g[0].box.h
                and all(abs(a.box.x0 - b.box.x0) < 4 for a, b in zip(sorted(prev, key=lambda c: c.box.x0),
                                                                    sorted(g, key=lambda c: c.box.x0), strict=True))):
            prev += g
        else:
            out.append(g)
    return out




# A radio button too small for its ring to be found, read by OCR as a glyph before its label ("● Light").
_ON_GLYPH = re.compile(r"^\s*[●◉⦿]\s*(\S.*)$")
_OFF_GLYPH = re.compile(r"^\s*[○◯◎]\s*(\S.*)$")


def glyph_radios(controls: list[Control], lines: list[OcrLine]) -> list[Control]:
    """Radios OCR read as glyphs: the line led by a filled dot is the selected option, and the short lines
    on its row (led by a hollow ring, or by nothing once the ring was dropped) are the others. A text
    field that swallowed them ("● Light Dark Follow system") gives way."""
    out: list[Control] = []
    for ln in lines:
        if not (m := _ON_GLYPH.match(ln.text)) or any(c.kind == "radio" and c.box.y0 - 4 <= ln.box.cy <= c.box.y1 + 4
                                                   for c in controls):
            continue
        group = [ln, *(o for o in lines if o is not ln and abs(o.box.cy - ln.box.cy) < 0.5 * ln.box.h
                       and len(o.text.split()) <= 3 and not _ON_GLYPH.match(o.text))]
        for o in sorted(group, key=lambda x: x.box.x0):
            text = (m.group(1) if o is ln else (off.group(1) if (off := _OFF_GLYPH.match(o.text)) else o.text))
            label = o.model_copy(update={"text": text.strip()})
            out.append(Control("radio", o.box, "selected" if o is ln else "unselected", label=label))
    if not out:
        return controls
    rows = [(min(c.box.y0 for c in out), max(c.box.y1 for c in out))]
    kept = [c for c in controls if not (c.kind == "text" and any(y0 - 4 <= c.box.cy <= y1 + 4 for y0, y1 in rows))]
    return kept + out
