"""What kind of image this is (photo, screenshot, terminal, document, slide, form, chart, table, diagram,
blank), from cheap pixel statistics and the OCR lines — no model.

The features are the ones that separate the kinds for a person too: a photo has noise and smooth
gradients everywhere (almost no two neighbouring pixels are identical), rendered images have large
exactly-flat regions; a terminal is light monospace text on a dark ground; a slide has a big title on a
wide page with little text; a chart has axes and bars or wedges; a table has ruled rows and columns or
text aligned in a grid; a form has input boxes and check boxes next to labels; a diagram has filled or
outlined boxes holding a few words; a screenshot has coloured bars, buttons and several colour regions;
a document is mostly running text on a plain page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from statistics import median

import cv2
import numpy as np

from .chart_ticks import chart_number
from .figures import find_figures
from .ocr import OcrLine

THUMB = 512  # statistics are taken on at most this many pixels a side


@dataclass
class KindFeatures:
    aspect: float  # width / height
    flat: float  # share of pixels identical to their right and lower neighbours
    smooth: float  # share of pixels with a small non-zero gradient (photographic shading)
    colours: float  # distinct colours (6 bits a channel) per 1000 pixels of the thumbnail
    bg_share: float  # share of the most common colour
    bg_luma: float  # its luminance, 0..1
    spread: float  # grey-level standard deviation, 0..255
    n_lines: int
    text_density: float  # share of the area under text boxes
    median_h: float  # median text line height / image height
    max_h: float  # tallest text line / image height
    mono: float  # share of lines whose character pitch matches the common pitch (monospace)
    numeric: float  # share of lines that are mostly digits
    hrules: int  # long horizontal rules
    vrules: int  # long vertical rules
    inputs: int  # input-box-like rectangles (wide, text-high, hollow)
    ticks: int  # small squares or circles the size of a text line (check boxes, radio buttons)
    regions: int  # large filled non-background regions (bars, cards, nav bars, shapes)
    colour_regions: int  # ... of those, the saturated ones
    grid_rows: int  # text rows that hold 3 or more separate lines (table-like alignment)
    columns: int  # left edges shared by 2+ text lines: 1-2 for running text, more for panels and cards
    discs: int  # large round regions of several colours (pies, donuts)
    graphics: float  # share of the area that is ink outside every text box (axes, plot lines, shapes, bars)
    grid_share: float  # share of the text lines that sit in rows of 3 or more
    prompts: int  # lines that look like a shell prompt or a traceback
    figures: float = 0.0  # share of the area inside figure regions (tools/figures.py): plots, photos, drawings
    window: float = 0.0  # share of the text inside one light rectangle on a dark ground (a window on a desktop)
    tick_axes: int = 0  # numeric axes whose tick labels step evenly (0, 1 or 2): a plot's

    def as_dict(self) -> dict[str, float]:
        return {k: round(float(v), 4) for k, v in asdict(self).items()}


def _thumb(arr: np.ndarray, interp: int) -> np.ndarray:
    f = min(1.0, THUMB / max(arr.shape[:2]))
    if f >= 1.0:
        return arr
    return cv2.resize(arr, (max(1, round(arr.shape[1] * f)), max(1, round(arr.shape[0] * f))), interpolation=interp)


def _rules(mask: np.ndarray) -> tuple[int, int]:
    """Long thin horizontal and vertical strokes (table rules, axes, input borders spanning the page)."""
    h, w = mask.shape
    # thin only: a bar or a filled band is not a rule, so drop what survives a 5-pixel-thick opening
    thin_h = mask & ~cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((5, 1), np.uint8))
    thin_v = mask & ~cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((1, 5), np.uint8))
    kh = cv2.getStructuringElement(cv2.MORPH_RECT, (max(8, w // 4), 1))
    horiz = cv2.morphologyEx(thin_h, cv2.MORPH_OPEN, kh)
    vert = cv2.morphologyEx(thin_v, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(8, h // 4))))
    nh = cv2.connectedComponents(horiz)[0] - 1
    nv = cv2.connectedComponents(vert)[0] - 1
    return nh, nv


def _boxes(gray: np.ndarray, line_h: float, bg: float) -> tuple[int, int]:
    """Hollow rectangles shaped like input fields, and small squares/circles like check and radio boxes."""
    # close the gaps Canny leaves at corners, so a drawn border becomes a closed loop with an area
    edges = cv2.dilate(cv2.Canny(gray, 40, 120), np.ones((3, 3), np.uint8))
    contours, _ = cv2.findContours(edges, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    inputs = ticks = 0
    seen: list[tuple[int, int, int, int]] = []
    for c in contours:
        x, y, w, h = cv2.boundingRect(c)
        if any(abs(x - a) < 6 and abs(y - b) < 6 and abs(w - cw) < 12 and abs(h - ch) < 12 for a, b, cw, ch in seen):
            continue  # the inner and outer edge of one border
        area = cv2.contourArea(c)
        if 0.8 * line_h <= h <= 3.2 * line_h and w >= 4 * h and area > 0.85 * w * h:
            inner = gray[y + 3 : y + h - 3, x + 3 : x + w - 3]
            # hollow: inside mostly the page's own colour (maybe a typed word), unlike a filled bar or button
            if inner.size and float(inner.std()) < 40 and abs(float(np.median(inner)) - bg) < 25:
                inputs += 1
                seen.append((x, y, w, h))
        elif 0.6 * line_h <= h <= 1.6 * line_h and 0.8 <= w / max(h, 1) <= 1.25 and area > 0.6 * w * h:
            inner = gray[y + 4 : y + h - 4, x + 4 : x + w - 4]
            if inner.size and float(inner.std()) < 30 and abs(float(np.median(inner)) - bg) < 25:
                ticks += 1
                seen.append((x, y, w, h))
    return inputs, ticks


_PROMPT = re.compile(r"^\S*[@:~]\S*\s*[$#%>]\s|^\s*[$#>]\s+\w|^(>>>|PS [A-Z]:|Traceback \(most recent)")


def _grid(lines: list[OcrLine]) -> tuple[int, int]:
    """(rows holding 3+ separate text lines, lines in such rows)."""
    rows: list[list[OcrLine]] = []
    for ln in sorted(lines, key=lambda ln: ln.box.cy):
        for row in rows:
            ref = row[0].box
            if abs(ref.cy - ln.box.cy) < 0.5 * max(ref.h, ln.box.h):
                row.append(ln)
                break
        else:
            rows.append([ln])
    wide = [r for r in rows if len(r) >= 3]
    return len(wide), sum(len(r) for r in wide)


def _stepped(items: list[tuple[float, float]]) -> bool:
    """(position, value) pairs, sorted by position, that step evenly in both: an axis' tick labels (a table's
    column of figures rarely steps by one amount at one spacing)."""
    if len(items) < 3:
        return False
    pos = np.diff([p for p, _ in items])
    val = np.diff([v for _, v in items])
    if pos.min() <= 0 or (val <= 0).any():
        return False
    # (a tick OCR missed doubles one step: steps are whole multiples of the smallest, at one scale)
    units = val / val.min()
    rate = val / pos
    return bool(np.abs(units - np.round(units)).max() <= 0.02 and np.ptp(rate) <= 0.15 * float(np.median(rate)))


def _tick_axes(lines: list[OcrLine]) -> int:
    """A plot's two numeric axes (2), one (1) or none: a column of right-aligned figures falling evenly down
    the page (y) and a row of figures rising evenly to the right (x), the row below the column's foot and right
    of it, as a plot's axes meet in its corner (a calendar's rows and columns of days step evenly too, but
    cross each other)."""
    nums = [(ln, v) for ln in lines if (r := chart_number(ln.text)) is not None and (v := r.value) is not None]
    axes: dict[bool, list[list[OcrLine]]] = {True: [], False: []}
    for vertical in (True, False):
        seen: set[frozenset[int]] = set()  # (each line of a column or row proposes the same group again)
        for ref, _ in nums:
            tol = max(4.0, 0.6 * ref.box.h)
            group = sorted(((ln, v) for ln, v in nums if abs((ln.box.x1 - ref.box.x1) if vertical else
                                                             (ln.box.cy - ref.box.cy)) <= tol),
                           key=lambda t: t[0].box.cy if vertical else t[0].box.cx)
            ids = frozenset(id(ln) for ln, _ in group)
            if ids not in seen and _stepped([(ln.box.cy, -v) if vertical else (ln.box.cx, v) for ln, v in group]):
                axes[vertical].append([ln for ln, _ in group])
            seen.add(ids)
    for col in axes[True]:
        foot, edge, h = max(ln.box.cy for ln in col), max(ln.box.x1 for ln in col), col[0].box.h
        # the x axis: figures stepping evenly, or three or more short names evenly spaced (months, cities)
        rows = axes[False] + _category_rows([ln for ln in lines if ln.box.cy > foot + 0.5 * h
                                             and ln.box.x0 > edge - 2 * h])
        if any(min(ln.box.cy for ln in row) > foot + 0.5 * h and min(ln.box.x0 for ln in row) > edge - 2 * h
               for row in rows):
            return 2
    return int(bool(axes[True] or axes[False]))


def _category_rows(lines: list[OcrLine]) -> list[list[OcrLine]]:
    """Rows of three or more short texts whose centres are evenly spaced: a category axis' labels."""
    out, seen = [], set()
    for ref in lines:
        row = sorted((ln for ln in lines if abs(ln.box.cy - ref.box.cy) <= 0.5 * ref.box.h
                      and len(ln.text.strip()) <= 12), key=lambda ln: ln.box.cx)
        ids = frozenset(id(ln) for ln in row)
        if ids in seen or len(row) < 3:
            continue
        seen.add(ids)
        gaps = np.diff([ln.box.cx for ln in row])
        if gaps.min() > 0 and np.ptp(gaps) <= 0.15 * gaps.mean():
            out.append(row)
    return out


def _columns(lines: list[OcrLine], width: int) -> int:
    bins = Counter(round(ln.box.x0 / max(1.0, 0.03 * width)) for ln in lines)
    return sum(1 for n in bins.values() if n >= 2)


def _mono(lines: list[OcrLine]) -> float:
    """Monospace text has one character pitch (width / characters) on every line."""
    pitches = [ln.box.w / len(ln.text) / max(ln.box.h, 1) for ln in lines if len(ln.text.strip()) >= 6]
    if len(pitches) < 3:
        return 0.0
    m = median(pitches)
    return sum(1 for p in pitches if abs(p - m) < 0.08 * m) / len(pitches)


def features(arr: np.ndarray, lines: list[OcrLine]) -> KindFeatures:
    H, W = arr.shape[:2]
    rgb = arr[..., :3] if arr.ndim == 3 else np.repeat(arr[..., None], 3, axis=2)
    near = _thumb(rgb, cv2.INTER_NEAREST)  # no blending: flat stays flat, noise stays noise
    g = cv2.cvtColor(near, cv2.COLOR_RGB2GRAY).astype(np.int16)
    dx = np.abs(np.diff(near.astype(np.int16), axis=1)).max(-1)[:-1, :]
    dy = np.abs(np.diff(near.astype(np.int16), axis=0)).max(-1)[:, :-1]
    grad = np.maximum(dx, dy)
    flat = float((grad == 0).mean())
    smooth = float(((grad > 0) & (grad <= 12)).mean())
    q = (near.reshape(-1, 3) >> 2).astype(np.int32)
    packed = (q[:, 0] << 12) | (q[:, 1] << 6) | q[:, 2]
    uniq, counts = np.unique(packed, return_counts=True)
    top = int(uniq[counts.argmax()])
    bg_rgb = np.array([(top >> 12) & 63, (top >> 6) & 63, top & 63]) * 4 + 2
    bg_luma = float(bg_rgb @ np.array([0.299, 0.587, 0.114]) / 255)
    # non-background mask, for rules and filled regions
    dist = np.abs(near.astype(np.int16) - bg_rgb[None, None, :]).max(-1)
    fg = (dist > 40).astype(np.uint8)
    hrules, vrules = _rules(fg)
    n, _, stats, _ = cv2.connectedComponentsWithStats(
        cv2.morphologyEx(fg, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8)), connectivity=4
    )
    big = [i for i in range(1, n) if stats[i, cv2.CC_STAT_AREA] > 0.004 * fg.size]
    hsv = cv2.cvtColor(near, cv2.COLOR_RGB2HSV)
    labels = cv2.connectedComponents(cv2.morphologyEx(fg, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8)), connectivity=4)[1]
    colour_regions = sum(1 for i in big if float(np.median(hsv[..., 1][labels == i])) > 80)
    discs = 0
    for i in big:
        bw, bh, area = stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_HEIGHT], stats[i, cv2.CC_STAT_AREA]
        if 0.8 <= bw / max(bh, 1) <= 1.25 and 0.6 <= area / max(bw * bh, 1) <= 0.85 and bw > 0.15 * fg.shape[1]:
            hues = np.round(hsv[..., 0][(labels == i) & (hsv[..., 1] > 60)] / 15)
            if len(np.unique(hues)) >= 3:
                discs += 1
    text_lines = [ln for ln in lines if ln.text.strip()]
    # ink that is not text: blank out the text boxes (slightly grown) and measure what is left
    sx, sy = fg.shape[1] / W, fg.shape[0] / H
    ink = fg.copy()
    for ln in text_lines:
        pad = 0.15 * ln.box.h
        x0, y0 = int((ln.box.x0 - pad) * sx), int((ln.box.y0 - pad) * sy)
        x1, y1 = int((ln.box.x1 + pad) * sx) + 1, int((ln.box.y1 + pad) * sy) + 1
        ink[max(0, y0) : y1, max(0, x0) : x1] = 0
    graphics = float(ink.mean())
    grid_rows, grid_lines = _grid(text_lines)
    heights = [ln.box.h for ln in text_lines]
    line_h = median(heights) if heights else max(12.0, H / 60)
    gray_full = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY)
    inputs, ticks = _boxes(gray_full, line_h, 255 * bg_luma)
    digits = [sum(ch.isdigit() for ch in ln.text) / max(1, len(ln.text.replace(" ", ""))) for ln in text_lines]
    window = _window_share(stats, big, g, bg_luma, text_lines, (sx, sy))
    return KindFeatures(
        aspect=W / max(H, 1),
        flat=flat,
        smooth=smooth,
        colours=1000 * len(uniq) / packed.size,
        bg_share=float(counts.max() / packed.size),
        bg_luma=bg_luma,
        spread=float(g.std()),
        n_lines=len(text_lines),
        text_density=min(1.0, sum(ln.box.w * ln.box.h for ln in text_lines) / float(W * H)),
        median_h=line_h / H,
        max_h=(max(heights) / H) if heights else 0.0,
        mono=_mono(text_lines),
        numeric=(sum(1 for d in digits if d > 0.5) / len(digits)) if digits else 0.0,
        hrules=hrules,
        vrules=vrules,
        inputs=inputs,
        ticks=ticks,
        regions=len(big),
        colour_regions=colour_regions,
        grid_rows=grid_rows,
        columns=_columns(text_lines, W),
        discs=discs,
        graphics=graphics,
        grid_share=grid_lines / max(1, len(text_lines)),
        prompts=sum(1 for ln in text_lines if _PROMPT.search(ln.text)),
        figures=sum(f.box.w * f.box.h for f in find_figures(arr, [ln.box for ln in text_lines], line_h)) / (W * H),
        window=window,
        tick_axes=_tick_axes(text_lines),
    )


def _window_share(stats: np.ndarray, big: list[int], g: np.ndarray, bg_luma: float, lines: list[OcrLine],
                  scale: tuple[float, float]) -> float:
    """Share of the text lines inside the largest region when it is a light, nearly full rectangle on a dark
    ground: an application window or dialog on a desktop (its own few shapes are no diagram)."""
    if bg_luma >= 0.3 or not big or not lines:
        return 0.0
    i = max(big, key=lambda k: stats[k, cv2.CC_STAT_AREA])
    x, y, w, h, area = (int(v) for v in stats[i][:5])
    if area < 0.85 * w * h or float(np.median(g[y : y + h, x : x + w])) / 255 < bg_luma + 0.35:
        return 0.0
    sx, sy = scale
    inside = sum(x <= ln.box.cx * sx <= x + w and y <= ln.box.cy * sy <= y + h for ln in lines)
    return inside / len(lines)


def decide(f: KindFeatures) -> str:
    """The kind from the features. Thresholds were set on two dev sets (this project's rendered pages and
    the realistic dev split) and checked on their separately generated test splits (benchmarks/image_kinds.py)."""
    if f.spread < 4 and f.n_lines == 0:
        return "blank"
    if f.flat < 0.3 and f.text_density < 0.08:
        return "photo"  # noise and shading everywhere, little text
    dark = f.bg_luma < 0.3 and f.bg_share > 0.4
    big_type = f.max_h >= 0.05 and f.median_h >= 0.039 and f.n_lines <= 14 and f.text_density < 0.2
    slide_page = (
        1.25 <= f.aspect <= 1.9 and big_type and f.grid_rows <= 1 and f.numeric < 0.25 and not f.discs
        and not f.prompts
    )
    plain_lines = f.grid_share < 0.3 and f.inputs == 0 and f.graphics < 0.1
    if plain_lines and (f.prompts >= 2 or (f.prompts == 1 and f.n_lines <= 15)):
        return "terminal"  # shell prompts on lines of their own
    if f.tick_axes >= 2 and not f.prompts and f.text_density < 0.12:
        return "chart"  # figures stepping evenly down one side and along the foot: a plot's two axes
    if dark and f.window >= 0.8:  # a light window or dialog on a dark desktop: its text is dark on light
        return "terminal" if f.mono >= 0.6 and f.n_lines >= 8 else "screenshot"
    if dark and not f.prompts and f.figures >= 0.3 and f.numeric >= 0.25 and f.text_density < 0.12:
        return "chart"  # a dark-themed plot: sparse figures around a drawn figure, no prompt
    if dark and f.n_lines >= 3 and f.grid_rows <= 1 and f.regions <= 1 and not slide_page:
        return "terminal"  # small light text on a dark ground, one column
    # (figures printed inside a chart's stacked bars line up in rows too: much drawn ink under sparse text is a
    # chart's, not a table's)
    drawn = f.graphics >= 0.25 and f.text_density < 0.08
    if f.grid_rows >= 3 and not drawn and (
            (f.grid_share >= 0.85 and f.numeric >= 0.25) or (f.hrules >= 4 and f.vrules >= 3)):
        return "table"  # nearly all text in rows of 3+ cells
    if f.numeric < 0.3 and (f.inputs >= 2 or (f.inputs >= 1 and f.ticks >= 2)):
        return "form"  # input boxes and check boxes beside labels
    if slide_page:
        return "slide"  # big type throughout, little of it, on a 4:3 or 16:9 page
    sparse = f.text_density < 0.12  # charts label marks; they are not pages of text
    axes = f.hrules >= 1 and f.vrules >= 1 and sparse
    # A chart is drawn: numbers beside a coloured band or a card (an ID card, a dashboard) are not one.
    if f.discs or (f.numeric > 0.25 and f.figures >= 0.15 and (f.graphics >= 0.1 or (f.grid_share < 0.5 and (
            axes or f.regions >= 3 or (f.numeric >= 0.45 and f.text_density < 0.1 and f.graphics > 0.005))))):
        return "chart"  # a pie, numbers beside much non-text ink (bars, marks), or numbers on axes
    if (f.numeric >= 0.5 and f.graphics >= 0.25 and sparse and f.inputs == 0) or (axes and f.figures >= 0.5):
        return "chart"  # mostly figures around much drawn ink (bars on a grey panel), or figures on drawn axes
    if (f.regions >= 2 or f.graphics >= 0.1) and f.n_lines <= 20 and f.text_density < 0.1 and f.numeric < 0.25:
        return "diagram"  # shapes holding a few words
    if f.numeric >= 0.35 and f.graphics < 0.05:
        return "document"  # a page of figures (receipt, invoice, statement)
    if f.colour_regions >= 1 or f.regions >= 4 or (f.grid_rows >= 2 and f.grid_share >= 0.4):
        return "screenshot"  # coloured bars and buttons, or items side by side in rows
    if f.n_lines >= 1:
        return "document"
    return "diagram" if f.regions else "blank"
