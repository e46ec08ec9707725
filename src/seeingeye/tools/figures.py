"""Figures on a page: regions of non-text ink (a chart, a photo, an illustration, an icon cluster), and
which OCR lines belong to them (tick labels, data labels, labels inside a drawing).

Geometric, no model. Ink is every pixel that differs clearly from the page colour or sits on an edge;
text boxes are blanked out, and thin long strokes (table rules, card outlines, grid lines) are removed,
because a frame or a ruled table holds text rather than a picture. What is left is closed into regions;
a region is a figure when it is large, not one uniform fill (a coloured band or a button holding text)
and not mostly text.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from ..sir import Box

MAX_SIDE = 1000  # work on at most this many pixels a side: figures are large by definition


@dataclass
class Figure:
    box: Box
    kind: str  # photo | graphic


def _clear_text(mask: np.ndarray, boxes: list[Box], s: float, h: float) -> None:
    pad = 0.05 * h  # detector boxes are padded already; more would cut axes that labels sit beside
    for b in boxes:
        x0, y0 = max(0, int((b.x0 - pad) * s)), max(0, int((b.y0 - pad) * s))
        mask[y0 : int((b.y1 + pad) * s) + 1, x0 : int((b.x1 + pad) * s) + 1] = 0


def _clear_containers(ink: np.ndarray, contrast: np.ndarray, small: np.ndarray, boxes: list[Box], s: float) -> None:
    """Blank flat fills that hold text — a coloured band, a card, a button, a badge: their text is page
    text and the fill is no picture."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(contrast, connectivity=8)
    seen: set[int] = set()
    for b in boxes:
        patch = labels[int(b.y0 * s) : int(b.y1 * s) + 1, int(b.x0 * s) : int(b.x1 * s) + 1]
        ids = patch[patch > 0]
        if not ids.size:
            continue
        i = int(np.bincount(ids).argmax())
        if i in seen:
            continue
        seen.add(i)
        x, y, w, h, area = (int(v) for v in stats[i])
        if area < 0.6 * w * h:
            continue
        mask = labels[y : y + h, x : x + w] == i
        pix = small[y : y + h, x : x + w][mask].astype(np.int16)
        if float(np.mean(np.abs(pix - np.median(pix, axis=0)).max(-1) < 30)) > 0.85:
            ink[y : y + h, x : x + w][mask] = 0


def _thin_lines(ink: np.ndarray, length: int) -> np.ndarray:
    """Long strokes at most a few pixels thick, horizontal or vertical."""
    horiz = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, length), np.uint8))
    vert = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((length, 1), np.uint8))
    thick = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    return (horiz | vert) & ~thick


def find_figures(arr: np.ndarray, boxes: list[Box], h: float, avoid: list[Box] | None = None) -> list[Figure]:
    """Figure regions in image coordinates; `boxes` are the text lines, `avoid` regions known to be
    something else (tables)."""
    H, W = arr.shape[:2]
    s = min(1.0, MAX_SIDE / max(H, W))
    rgb = arr[..., :3] if arr.ndim == 3 else np.repeat(arr[..., None], 3, axis=2)
    if s < 1:
        rgb = cv2.resize(rgb, (max(1, round(W * s)), max(1, round(H * s))), interpolation=cv2.INTER_AREA)
    small = np.ascontiguousarray(rgb)
    hs = max(4.0, h * s)
    border = np.concatenate([small[0], small[-1], small[:, 0], small[:, -1]]).astype(np.int16)
    bg = np.median(border, axis=0)
    gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    contrast = (np.abs(small.astype(np.int16) - bg).max(-1) > 40).astype(np.uint8)
    ink = contrast | (cv2.Canny(gray, 50, 150) > 0).astype(np.uint8)
    _clear_containers(ink, contrast, small, boxes, s)
    _clear_text(ink, boxes, s, h)
    # Regions are joined through every stroke (a chart's axes hold its bars together), but are judged
    # on the ink that is not thin long lines.
    k = max(3, int(0.8 * hs))
    closed = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    ink &= ~_thin_lines(ink, max(8, int(3 * hs)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=8)
    area_page = small.shape[0] * small.shape[1]
    figures: list[Figure] = []
    for i in range(1, n):
        x, y, w, hh, _ = (int(v) for v in stats[i])
        if w < 3 * hs or hh < 3 * hs or w * hh < 0.01 * area_page:
            continue
        region = labels[y : y + hh, x : x + w] == i
        raw = ink[y : y + hh, x : x + w].astype(bool) & region
        if raw.sum() < 0.01 * w * hh:
            continue  # a few specks joined by closing, not a picture
        pix = small[y : y + hh, x : x + w][raw & contrast[y : y + hh, x : x + w].astype(bool)].astype(np.int16)
        if len(pix) > 0.7 * w * hh:
            mid = np.median(pix, axis=0)
            if float(np.mean(np.abs(pix - mid).max(-1) < 30)) > 0.85:
                continue  # one flat fill: a band, a card or a button, whose text is ordinary text
        box = Box(x0=x / s, y0=y / s, x1=(x + w) / s, y1=(y + hh) / s)
        text = sum(_inter(b, box) for b in boxes)
        if text > 0.35 * box.w * box.h:
            continue  # mostly text: a panel or a table, not a picture
        inside = [b for b in boxes if box.x0 <= b.x0 and b.x1 <= box.x1 and box.y0 <= b.y0 and b.y1 <= box.y1]
        if sum(1 for b in inside if b.w > 8 * h) >= 3:
            continue  # several long lines of text inside: a card or a panel, not a picture with labels
        if avoid and any(_inter(a, box) > 0.5 * min(a.w * a.h, box.w * box.h) for a in avoid):
            continue
        g = gray[y : y + hh, x : x + w].astype(np.int16)
        grad = np.maximum(np.abs(np.diff(g, axis=1))[:-1, :], np.abs(np.diff(g, axis=0))[:, :-1])
        shading = float(((grad > 0) & (grad <= 12)).mean()) if grad.size else 0.0
        figures.append(Figure(box=box, kind="photo" if shading > 0.3 else "graphic"))
    return _merge(figures, 2 * h)


def _merge(figures: list[Figure], gap: float) -> list[Figure]:
    """Parts of one picture (the bar groups of a chart whose axis was not drawn) are one figure."""
    out = sorted(figures, key=lambda f: -f.box.w * f.box.h)
    changed = True
    while changed:
        changed = False
        for a in range(len(out)):
            for b in range(a + 1, len(out)):
                p, q = out[a].box, out[b].box
                if p.x0 - gap <= q.x1 and q.x0 - gap <= p.x1 and p.y0 - gap <= q.y1 and q.y0 - gap <= p.y1:
                    box = Box(x0=min(p.x0, q.x0), y0=min(p.y0, q.y0), x1=max(p.x1, q.x1), y1=max(p.y1, q.y1))
                    out[a] = Figure(box=box, kind=out[a].kind)
                    del out[b]
                    changed = True
                    break
            if changed:
                break
    return sorted(out, key=lambda f: (f.box.y0, f.box.x0))


def _inter(a: Box, b: Box) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return 0.0 if w <= 0 or h <= 0 else w * h


def figure_of(b: Box, text: str, figures: list[Figure], h: float) -> int | None:
    """The figure a text line labels: inside it, or in the margin where tick and category labels sit
    (short labels only: a paragraph beside a picture is not part of it)."""
    if len(text.split()) > 4:
        return None
    for k, f in enumerate(figures):
        fb = f.box
        if fb.x0 - 1.5 * h <= b.cx <= fb.x1 + 1.5 * h and fb.y0 - 0.6 * h <= b.cy <= fb.y1 + 1.2 * h:
            return k
    return None
