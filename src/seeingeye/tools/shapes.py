"""`colors` and `shapes`: what colours the image is made of, and which flat shapes it contains."""

from __future__ import annotations

import cv2
import numpy as np
from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .colour_names import hex_of
from .vision import Blob, dominant_colours, foreground_blobs


class ColorsArgs(BaseModel):
    region: Box | None = Field(None, description="box to analyse; whole image if omitted")
    k: int = Field(5, ge=1, le=12, description="how many colours to report")


@tool()
def colors(ctx: ToolContext, args: ColorsArgs) -> ToolResult:
    """Dominant colours (named, with share of area and hex) of the image or of one region."""
    arr = ctx.array
    if args.region is not None:
        b = ctx.clip(args.region)
        arr = arr[int(b.y0) : int(b.y1), int(b.x0) : int(b.x1)]
    drafts = [
        EvidenceDraft(
            kind="colour",
            value=name,
            number=round(share, 3),
            box=args.region,
            label="region" if args.region else "image",
            attrs={"share": round(share, 3), "hex": hex_of(rgb)},
        )
        for name, share, rgb in dominant_colours(arr, args.k)
    ]
    return ToolResult(evidence=drafts, summary=", ".join(f"{d.value} {d.number:.0%}" for d in drafts))


def classify(contour: np.ndarray) -> tuple[str, dict[str, float]]:
    """Name a contour's shape by how well it fills its minimal rectangle, circle and triangle; polygon
    vertex counts only decide what none of those fit."""
    area = float(cv2.contourArea(contour))
    peri = float(cv2.arcLength(contour, True)) or 1.0
    hull_area = float(cv2.contourArea(cv2.convexHull(contour))) or 1.0
    solidity = area / hull_area
    n = len(cv2.approxPolyDP(contour, 0.035 * peri, True))
    (_, _), (rw, rh), _ = cv2.minAreaRect(contour)
    aspect = max(rw, rh) / max(min(rw, rh), 1e-6)
    (_, _), radius = cv2.minEnclosingCircle(contour)
    tri_area, _ = cv2.minEnclosingTriangle(contour.astype(np.float32))
    fills = {
        "rect": area / max(rw * rh, 1e-6),
        "circle": area / max(np.pi * radius * radius, 1e-6),
        "triangle": area / max(float(tri_area), 1e-6),
    }
    feats = {
        "circularity": round(4 * np.pi * area / (peri * peri), 3),
        "solidity": round(solidity, 3),
        "vertices": n,
        "aspect": round(aspect, 2),
        **{f"{k}_fill": round(v, 3) for k, v in fills.items()},
    }
    if solidity < 0.75 and n >= 8:
        return "star", feats
    if fills["rect"] > 0.9:
        return ("square" if aspect < 1.15 else "rectangle"), feats
    if fills["circle"] > 0.87:
        return "circle", feats
    if fills["triangle"] > 0.88:
        return "triangle", feats
    if aspect >= 1.2 and fills["rect"] > 0.74 and solidity > 0.95 and n >= 6:
        return "ellipse", feats
    return {3: "triangle", 4: "diamond" if solidity > 0.9 else "quadrilateral", 5: "pentagon", 6: "hexagon"}.get(
        n, "polygon"
    ), feats


def position_words(cx: float, cy: float, w: int, h: int) -> str:
    col = "left" if cx < w / 3 else "right" if cx > 2 * w / 3 else "center"
    row = "top" if cy < h / 3 else "bottom" if cy > 2 * h / 3 else "middle"
    return "center" if (row, col) == ("middle", "center") else f"{row} {col}".replace("middle ", "")


def _is_glyph(bbox: tuple[float, float, float, float], text: list[tuple[Box, int]]) -> bool:
    """A blob that mostly lies on a text line and is no taller than its letters is part of the text. OCR also
    "reads" filled shapes as symbols (a star as "*", a square as "口"): a blob that fills most of a line of
    one or two characters is still a shape."""
    x0, y0, x1, y1 = bbox
    area = max((x1 - x0) * (y1 - y0), 1.0)
    for b, n_alnum in text:
        ix = min(x1, b.x1 + 2) - max(x0, b.x0 - 2)
        iy = min(y1, b.y1 + 2) - max(y0, b.y0 - 2)
        if ix <= 0 or iy <= 0 or ix * iy < 0.5 * area or (y1 - y0) > 1.6 * b.h:
            continue
        if (x1 - x0) > 1.2 * b.h and (y1 - y0) < 0.7 * b.h:
            continue  # wider than any letter and thinner than the line: a rule or scale bar OCR read through
        share = area / max(b.w * b.h, 1.0)
        if n_alnum >= 2 or (n_alnum == 1 and share < 0.4):
            return True
    return False


def shape_blobs(ctx: ToolContext) -> list[tuple[Blob, str, dict[str, float]]]:
    """Blobs that are shapes rather than glyphs (see `_is_glyph`). Tiny blobs (window buttons, bullets)
    have too few contour points to tell a hexagon from a circle: they are circles or squares, or nothing."""
    text = [
        (ln.box, sum(ch.isalnum() for ch in ln.text))
        for key, lines in ctx.cache.items()
        if key.startswith("ocr:")
        for ln in lines
    ]
    out = []
    for blob in foreground_blobs(ctx):
        if _is_glyph(blob.bbox, text):
            continue
        kind, feats = classify(blob.contour)
        x0, y0, x1, y1 = blob.bbox
        if max(x1 - x0, y1 - y0) < 28 and kind not in ("circle", "square", "rectangle"):
            if feats["circle_fill"] > 0.7:
                kind = "circle"
            elif feats["rect_fill"] > 0.8:
                kind = "square" if feats["aspect"] < 1.2 else "rectangle"
            else:
                continue  # a speck whose outline cannot be trusted
        out.append((blob, kind, feats))
    return out


class ShapesArgs(BaseModel):
    min_area: float = Field(0.0, ge=0, description="ignore shapes smaller than this many pixels")


@tool()
def shapes(ctx: ToolContext, args: ShapesArgs) -> ToolResult:
    """Find flat shapes (circle, square, rectangle, triangle, star, ...) with colour, area and position;
    use it to count objects or compare their sizes and colours."""
    w, h = ctx.size
    found = [(b, k, f) for b, k, f in shape_blobs(ctx) if b.area >= args.min_area]
    # "Largest" as people judge it: visual extent (bounding box), not ink, so a star is not "small".
    extent = {id(b): (b.bbox[2] - b.bbox[0]) * (b.bbox[3] - b.bbox[1]) for b, _, _ in found}
    areas = sorted(extent.values(), reverse=True)
    drafts = []
    for blob, kind, feats in found:
        x0, y0, x1, y1 = blob.bbox
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        rank = areas.index(extent[id(blob)]) + 1
        drafts.append(
            EvidenceDraft(
                kind="shape",
                value=f"{blob.colour} {kind}",
                label=kind,
                number=round(extent[id(blob)], 1),
                box=Box(x0=x0, y0=y0, x1=x1, y1=y1),
                confidence=0.9,
                attrs={
                    "shape": kind,
                    "colour": blob.colour,
                    "hex": hex_of(blob.rgb),
                    "area": round(blob.area, 1),
                    "size_rank": rank,
                    "position": position_words(cx, cy, w, h),
                    **feats,
                },
            )
        )
    # Counts are perception facts too: a text reasoner should not have to count list items.
    counts: dict[str, int] = {"shapes": len(found)}
    for _, kind, _ in found:
        counts[f"{kind}s"] = counts.get(f"{kind}s", 0) + 1
    for blob, kind, _ in found:
        counts[f"{blob.colour} {kind}s"] = counts.get(f"{blob.colour} {kind}s", 0) + 1
    for what, n in counts.items():
        drafts.append(
            EvidenceDraft(
                kind="number",
                label=f"number of {what}",
                value=str(n),
                number=float(n),
                confidence=0.85,
                attrs={"count_of": what},
            )
        )
    summary = f"{len(found)} shapes: " + ", ".join(d.value for d in drafts[:12] if d.kind == "shape")
    return ToolResult(evidence=drafts, summary=summary)
