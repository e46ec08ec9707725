"""The shapes form controls are found among: connected blots of ink, their filled outlines, and the text lines
a blot stands in or holds."""

from __future__ import annotations

import cv2
import numpy as np

from ..sir import Box
from .ocr import OcrLine


def components(ink: np.ndarray) -> list[tuple[int, int, int, int, int, np.ndarray]]:
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, area = (int(v) for v in stats[i])
        if 8 <= h <= 90 and 8 <= w <= 700:
            out.append((x, y, w, h, area, labels[y : y + h, x : x + w] == i))
    return out


def solid_of(comp: np.ndarray) -> np.ndarray:
    """The component with its holes filled (its outline's inside)."""
    cnts, _ = cv2.findContours(comp.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    filled = np.zeros(comp.shape, np.uint8)
    cv2.drawContours(filled, cnts, -1, 1, thickness=-1)
    return filled.astype(bool)


def inside_text(b: Box, lines: list[OcrLine]) -> OcrLine | None:
    for ln in lines:
        if ln.box.x0 - 1 <= b.cx <= ln.box.x1 + 1 and ln.box.y0 - 1 <= b.cy <= ln.box.y1 + 1 and b.h <= 1.3 * ln.box.h:
            return ln
    return None


def texts_in(b: Box, lines: list[OcrLine]) -> list[OcrLine]:
    return [ln for ln in lines if b.x0 - 2 <= ln.box.x0 and ln.box.x1 <= b.x1 + 2 and b.y0 - 2 <= ln.box.y0
            and ln.box.y1 <= b.y1 + 2]
