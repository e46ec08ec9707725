"""Pixel-level helpers shared by the colour, shape and chart tools (OpenCV + numpy, no models)."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .base import ToolContext
from .colour_names import _LAB, _NAMES, rgb_to_lab

WORK_SIDE = 800  # analyse at most this many pixels a side; boxes are mapped back
MIN_WORK_SIDE = 256


@dataclass
class Blob:
    contour: np.ndarray  # in working-image coordinates
    colour: str
    rgb: tuple[float, float, float]
    area: float
    bbox: tuple[float, float, float, float]  # x0, y0, x1, y1


def working_array(ctx: ToolContext) -> tuple[np.ndarray, float]:
    """RGB array downscaled to WORK_SIDE, and the factor to map back to image coordinates."""
    cached = ctx.cache.get("_work")
    if cached is None:
        arr = ctx.array
        side = max(arr.shape[:2])
        # Tiny images are upscaled so contours have enough points to tell a triangle from a hexagon.
        f = WORK_SIDE / side if side > WORK_SIDE else MIN_WORK_SIDE / side if side < MIN_WORK_SIDE else 1.0
        if f != 1.0:
            interp = cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC
            arr = cv2.resize(arr, (round(arr.shape[1] * f), round(arr.shape[0] * f)), interpolation=interp)
        cached = ctx.cache["_work"] = (arr, 1.0 / f)
    return cached


def background_rgb(arr: np.ndarray) -> np.ndarray:
    border = np.concatenate([arr[0], arr[-1], arr[:, 0], arr[:, -1]]).astype(np.float64)
    return np.median(border, axis=0)


def _unique_colours(arr: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct colours (quantised to 6 bits a channel) and each pixel's index into them."""
    q = (arr.reshape(-1, 3) >> 2).astype(np.int32)
    packed = (q[:, 0] << 12) | (q[:, 1] << 6) | q[:, 2]
    uniq, inverse = np.unique(packed, return_inverse=True)
    rgb = np.stack([(uniq >> 12) & 63, (uniq >> 6) & 63, uniq & 63], axis=1) * 4 + 2
    return rgb, inverse.reshape(-1)


def lab_and_names(arr: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """CIE Lab of every pixel and the index of its nearest named anchor, both computed once per distinct
    colour (quantised to 6 bits a channel), not once per pixel: images hold far fewer colours than pixels."""
    rgb, inverse = _unique_colours(arr)
    lab = rgb_to_lab(rgb).astype(np.float32)
    nearest = np.argmin(((lab[:, None, :] - _LAB[None, :, :].astype(np.float32)) ** 2).sum(-1), axis=1)
    return lab[inverse].reshape(*arr.shape[:2], 3), nearest[inverse].reshape(arr.shape[:2])


def name_map(arr: np.ndarray) -> np.ndarray:
    """Index into colour_names' anchor list for every pixel (nearest in Lab)."""
    return lab_and_names(arr)[1]


def foreground_blobs(ctx: ToolContext, min_area_frac: float = 0.0008, max_blobs: int = 60) -> list[Blob]:
    """Connected regions of one named colour that differ from the background, largest first."""
    if "_blobs" in ctx.cache:
        return ctx.cache["_blobs"]
    arr, back = working_array(ctx)
    bg = background_rgb(arr)
    lab, idx = lab_and_names(arr)
    dist = np.linalg.norm(lab - rgb_to_lab(bg[None, :])[0], axis=-1)
    fg = dist > 20
    names = np.array(_NAMES)
    name_img = names[idx]
    h, w = fg.shape
    min_area = max(30.0, min_area_frac * h * w)
    blobs: list[Blob] = []
    kernel = np.ones((3, 3), np.uint8)
    for name in np.unique(name_img[fg]):
        mask = ((name_img == name) & fg).astype(np.uint8) * 255
        mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
        # Anti-aliased edge pixels get other colour names and bite into the outline; close the bites.
        mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for c in contours:
            area = float(cv2.contourArea(c))
            if area < min_area:
                continue
            x, y, bw, bh = cv2.boundingRect(c)
            inner = np.zeros_like(mask)
            cv2.drawContours(inner, [c], -1, 255, thickness=-1)
            inner = cv2.erode(inner, kernel) & mask
            pix = arr[inner > 0]
            rgb = tuple(float(v) for v in (pix.mean(axis=0) if len(pix) else arr[y + bh // 2, x + bw // 2]))
            blobs.append(
                Blob(
                    contour=c,
                    colour=str(name),
                    rgb=rgb,
                    area=area,  # type: ignore[arg-type]
                    bbox=(x, y, x + bw, y + bh),
                )
            )
    blobs.sort(key=lambda b: -b.area)
    blobs = blobs[:max_blobs]
    for b in blobs:
        b.contour = (b.contour.astype(np.float64) * back).astype(np.int32)
        b.area *= back * back
        b.bbox = tuple(v * back for v in b.bbox)  # type: ignore[assignment]
    ctx.cache["_blobs"] = blobs
    return blobs


def dominant_colours(arr: np.ndarray, k: int = 5) -> list[tuple[str, float, tuple[float, float, float]]]:
    """(name, share, mean rgb) of the most common named colours, largest share first."""
    small = arr
    f = min(1.0, 160 / max(arr.shape[:2]))
    if f < 1.0:
        small = cv2.resize(
            arr, (max(1, round(arr.shape[1] * f)), max(1, round(arr.shape[0] * f))), interpolation=cv2.INTER_AREA
        )
    idx = name_map(small).ravel()
    names = np.array(_NAMES)[idx]
    flat = small.reshape(-1, 3).astype(np.float64)
    out = []
    for name in np.unique(names):
        sel = names == name
        out.append((str(name), float(sel.mean()), tuple(float(v) for v in flat[sel].mean(axis=0))))
    out.sort(key=lambda t: -t[1])
    return out[:k]  # type: ignore[return-value]
