"""Switches: a pill whose knob sits at one end, on when the knob sits right (knob unseen: when its track is
coloured); also on tiles of their own colour, each read against that colour."""

from __future__ import annotations

import cv2
import numpy as np

from ..sir import Box
from .chart_axis import chroma
from .control_groups import Control
from .control_shapes import components, inside_text, solid_of, texts_in
from .ocr import OcrLine


def toggle_at(arr: np.ndarray, b: Box, comp: np.ndarray, lines: list[OcrLine]) -> Control | None:
    """A pill whose knob is a hole (or a lighter disc) at one end, on when the knob sits right (knob unseen:
    when the track is coloured); not glyphs of bold print run together inside a text line."""
    h, w = comp.shape
    solid = solid_of(comp)
    if not (12 <= h <= 48 and 1.4 <= w / h <= 2.8 and float(solid.mean()) > 0.7 and not texts_in(b, lines)
            and inside_text(b, lines) is None):
        return None
    holes = solid & ~comp
    if holes.sum() > 0.1 * solid.sum():
        state = "on" if float(np.nonzero(holes)[1].mean()) > w / 2 else "off"
    else:
        rgb = arr[int(b.y0) : int(b.y0) + h, int(b.x0) : int(b.x0) + w][comp].mean(axis=0)
        state = "on" if chroma(tuple(rgb)) > 25 else "off"
    return Control("toggle", b, state)


def tile_toggles(arr: np.ndarray, packed: np.ndarray, lut: np.ndarray, ground: int,
                  lines: list[OcrLine]) -> list[Control]:
    """Switches on tiles of their own colour (a home-automation tile lit when its device is on): against the page's
    ground the tile and its switch are one blot, so each tile of one flat colour is read against that colour."""
    keys, counts = np.unique(packed, return_counts=True)
    out = []
    # (tiles of one colour: not the page's ground, which holds everything and whose switches were read already)
    for key in keys[(counts >= 4000) & (counts <= 0.5 * packed.size)]:
        if int(key) == ground:
            continue  # the ground's own switches were read already
        n, labels, stats, _ = cv2.connectedComponentsWithStats((packed == key).astype(np.uint8), connectivity=8)
        for i in range(1, n):
            x, y, w, h, area = (int(v) for v in stats[i])
            if h < 60 or w < 100 or h > 0.8 * packed.shape[0] or w > 0.9 * packed.shape[1] or area < 0.5 * w * h:
                continue
            local = (np.linalg.norm(lut - lut[int(key)], axis=-1) > 9)[packed[y : y + h, x : x + w]]
            local = cv2.morphologyEx(local.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8)).astype(bool)
            for cx, cy, cw, ch, _area, comp in components(local):
                b = Box(x0=x + cx, y0=y + cy, x1=x + cx + cw, y1=y + cy + ch)
                if cx > 0 and cy > 0 and (toggle := toggle_at(arr, b, comp, lines)) is not None:
                    out.append(toggle)
    return out


def knob_on_track(arr: np.ndarray, b: Box) -> Control | None:
    """A disc that is a switch's knob: a flat track barely darker than the face runs from it to one side for
    most of a knob's width and then ends (libadwaita's off switch: a pale grey pill the ink threshold misses,
    leaving only the knob's shadow ring as a blot). Off when the track runs right of the knob, on when left."""
    w = arr.shape[1]
    y0, y1 = int(b.cy - b.h / 5), int(b.cy + b.h / 5) + 1
    reach = int(0.6 * b.h)
    grey = arr[max(0, y0) : y1].mean(axis=2)
    if grey.size == 0 or b.h < 12:
        return None
    knob = float(grey[:, int(b.cx - b.w / 5) : int(b.cx + b.w / 5) + 1].mean())
    for side in (1, -1):
        near = int(b.x1) + 1 if side > 0 else int(b.x0) - reach - 1
        strip = grey[:, max(0, near) : near + reach]
        beyond = int(b.x1 + 1.2 * b.h) if side > 0 else int(b.x0 - 1.2 * b.h)
        if near < 0 or near + reach >= w or not 0 <= beyond < w or strip.shape[1] < reach:
            continue
        level, far = float(strip.mean()), float(grey[:, beyond].mean())
        if float(strip.std()) < 3 and knob - level >= 8 and far - level >= 8:
            x0, x1 = (b.x0, b.x1 + 0.75 * b.h) if side > 0 else (b.x0 - 0.75 * b.h, b.x1)
            return Control("toggle", Box(x0=x0, y0=b.y0, x1=x1, y1=b.y1), "off" if side > 0 else "on")
    return None
