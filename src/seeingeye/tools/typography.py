"""Cues for a layout block's role from typography and pixels: print size (also of text running up the page),
heading-like lines, bullets drawn rather than printed, and buttons (a short label on a fill that ends)."""

from __future__ import annotations

import re

import numpy as np

from ..sir import Box


def drawn_bullet(gray: np.ndarray, b: Box) -> bool:
    """A small compact blob just left of the line: a bullet drawn by CSS rather than printed."""
    x1, x0 = int(b.x0 - 0.2 * b.h), int(b.x0 - 2.2 * b.h)
    y0, y1 = int(b.y0), int(np.ceil(b.y1))
    if x0 < 0 or x1 - x0 < 3 or y1 - y0 < 4:
        return False
    patch = gray[y0:y1, x0:x1].astype(np.float32)
    bg = np.median(patch)
    ink = np.abs(patch - bg) > 60
    if ink.sum() < 4:
        return False
    ys, xs = np.nonzero(ink)
    bw, bh = xs.max() - xs.min() + 1, ys.max() - ys.min() + 1
    if bw <= 0.7 * b.h and bh <= 0.7 * b.h and ink.sum() >= 0.35 * bw * bh and abs(bw - bh) <= 0.4 * b.h + 1:
        return True  # a dot or a square
    # A thin glyph (a tick, an arrow) standing alone: clear of the patch's left edge, so it is not the end of
    # a word in a column to the left, and about a letter in size.
    return bool(xs.min() > 0.15 * b.h and 0.3 * b.h <= bh <= 0.9 * b.h and 0.3 * b.h <= bw <= 1.2 * b.h)


def leading_bullet(gray: np.ndarray, b: Box) -> bool:
    """A bullet the OCR box took in but the text left out: a small blob at the box's left end, set apart
    from the words by more than a word space, and not as tall as the letters (an "I" is no bullet)."""
    x0, y0, x1, y1 = max(0, int(b.x0)), max(0, int(b.y0)), int(b.x1), int(np.ceil(b.y1))
    patch = gray[y0:y1, x0:x1].astype(np.int16)
    if patch.size == 0 or b.h < 6:
        return False
    ink = np.abs(patch - np.median(patch)) > 60
    cols = np.nonzero(ink.any(axis=0))[0]
    if cols.size < 3:
        return False
    gaps = np.nonzero(np.diff(cols) > 0.3 * b.h)[0]
    if not gaps.size:
        return False
    first = ink[:, cols[0] : cols[gaps[0]] + 1]
    rows = np.nonzero(first.any(axis=1))[0]
    return bool(first.shape[1] <= 0.45 * b.h and rows.size and rows[-1] - rows[0] + 1 <= 0.45 * b.h)


def region_luma(gray: np.ndarray, b: Box) -> float:
    patch = gray[int(b.y0) : int(np.ceil(b.y1)) + 1, int(b.x0) : int(np.ceil(b.x1)) + 1]
    return float(np.median(patch)) if patch.size else 255.0


def is_button(arr: np.ndarray, b: Box, text: str, page_bg: np.ndarray) -> bool:
    """A short label sitting on a uniform fill that differs from the page: a button or a badge."""
    if len(text.split()) > 3 or len(text) > 24:
        return False
    H, W = arr.shape[:2]
    pad = 0.45 * b.h
    x0, y0 = int(max(0, b.x0 - pad)), int(max(0, b.y0 - pad))
    x1, y1 = int(min(W, b.x1 + pad)), int(min(H, b.y1 + pad))
    ring = np.concatenate([arr[y0, x0:x1], arr[y1 - 1, x0:x1], arr[y0:y1, x0], arr[y0:y1, x1 - 1]]).astype(float)
    if len(ring) < 8:
        return False
    fill = np.median(ring, axis=0)
    uniform = float(np.mean(np.abs(ring - fill).sum(axis=1) < 30)) > 0.8
    return uniform and float(np.abs(fill - page_bg).sum()) > 60 and fill_ends(arr, b, fill, y0)


def fill_ends(arr: np.ndarray, b: Box, fill: np.ndarray, y: int) -> bool:
    """A button's fill ends a little way left and right of its label; a band (a card, a header bar)
    runs on, and text on it is a heading or a label, not a button."""
    row = np.abs(arr[y].astype(float) - fill).sum(axis=1) < 30
    reach = int(3 * b.h)
    x0, x1 = int(b.x0), int(np.ceil(b.x1))
    left = row[max(0, x0 - reach) : x0]
    right = row[x1 : x1 + reach]
    return not (len(left) == reach and left.all()) and not (len(right) == reach and right.all())


def print_size(b: Box, text: str) -> float:
    """The print size of a line: its height, or its width when it runs up the page (an axis title)."""
    return b.w if b.h > 1.5 * b.w and len(text.strip()) >= 3 else b.h


def heading_like(lines: list[int], texts: list[str], lh: float, body: float, nxt: list[int] | None) -> bool:
    """Short, unpunctuated and either larger than the body text or standing above a longer block."""
    text = " ".join(texts[i] for i in lines)
    words = text.split()
    if len(lines) > 2 or not words or len(words) > 12 or not re.search(r"[^\W\d_]{2}", text):
        return False
    if lh >= 1.25 * body:
        return True
    if len(lines) > 1 or len(words) > 8 or text.rstrip()[-1] in ".,;:!?)":
        return False
    return lh >= 1.1 * body or (nxt is not None and len(" ".join(texts[i] for i in nxt)) > 3 * len(text) + 20)
