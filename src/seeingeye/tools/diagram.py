"""`diagram`: the boxes of a flowchart or block diagram (fill colour + the text inside) and the arrows
between them (from -> to, by arrowhead).

A box is a flat-colour region big enough to hold text; its fill is the region's own colour, so white
text on a blue box is "blue" (the text colour is a different region). A box may also be an outline: a thin
frame around text, filled with whatever is inside it (diagram_outline). Arrows are the remaining strokes
that run from near one box to near another; the end with more ink (the arrowhead) is the target. An arrow
glyph printed in the gap between two boxes (→ ➜ ▶ >) points the way its tip does. When the one-way arrows
make one unbranched chain, the boxes get their place in it (first step, last step).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .chart_axis import background_key, flat_regions, lab_lut, quantise
from .colour_names import colour_name, hex_of
from .diagram_outline import chain, glyph_arrow, is_word, outlined_frames
from .ocr import OcrLine, read_lines
from .shapes import classify


@dataclass
class DiagramBox:
    box: Box
    rgb: tuple[int, int, int]
    shape: str
    text: str
    outline: tuple[int, int, int] | None = None  # the frame's colour when the box is drawn as an outline
    cover: float = 1.0  # share of its rectangle the region fills; a thin one-colour frame covers little


def find_boxes(arr: np.ndarray, packed: np.ndarray, lines: list[OcrLine]) -> list[DiagramBox]:
    H, W = packed.shape
    out: list[DiagramBox] = []
    for r in flat_regions(arr, packed, min_area=max(400, int(0.002 * H * W))):
        if r.area > 0.5 * H * W or r.w < 20 or r.h < 14:
            continue
        inside = [ln for ln in lines if r.x0 <= ln.box.cx <= r.x1 and r.y0 <= ln.box.cy <= r.y1]
        if not inside:
            continue  # a coloured area with no text is decoration, not a labelled box
        mask = (packed[r.y0 : r.y1, r.x0 : r.x1] == r.key).astype(np.uint8)
        cnts, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        c = max(cnts, key=cv2.contourArea)
        shape, _ = classify(c)
        text = " ".join(ln.text for ln in sorted(inside, key=lambda ln: (round(ln.box.cy / 8), ln.box.x0)))
        out.append(DiagramBox(r.box(), r.rgb, shape, text, cover=r.fill))
    # A box inside another box (a badge on a card) stays; the same box found twice (two shades) does not.
    uniq: list[DiagramBox] = []
    for b in sorted(out, key=lambda b: -(b.box.w * b.box.h)):
        if not any(abs(b.box.cx - u.box.cx) < 4 and abs(b.box.cy - u.box.cy) < 4 and u.text == b.text for u in uniq):
            uniq.append(b)
    return uniq


def ink_mask(packed: np.ndarray) -> np.ndarray:
    lut = lab_lut()
    return (np.linalg.norm(lut - lut[background_key(packed)], axis=-1) > 25)[packed]


def _mode_rgb(arr: np.ndarray, packed: np.ndarray, b: Box) -> tuple[int, int, int]:
    patch = packed[int(b.y0) : int(b.y1), int(b.x0) : int(b.x1)]
    key = int(np.bincount(patch.ravel()).argmax())
    return tuple(int(v) for v in np.median(arr[int(b.y0) : int(b.y1), int(b.x0) : int(b.x1)][patch == key], 0))


def _same(f: DiagramBox, b: Box) -> bool:
    return abs(f.box.cx - b.cx) < 6 and abs(f.box.cy - b.cy) < 6


def find_outlined(
    arr: np.ndarray, packed: np.ndarray, lines: list[OcrLine], filled: list[DiagramBox]
) -> list[DiagramBox]:
    """Boxes drawn as a frame around text, except those the flat-fill search already found."""
    ink = ink_mask(packed)
    out = []
    for outer, hole, rounded in outlined_frames(ink, lines):
        if any(_same(f, outer) and f.cover >= 0.3 for f in filled):
            continue
        inside = [ln for ln in lines if hole.x0 <= ln.box.cx <= hole.x1 and hole.y0 <= ln.box.cy <= hole.y1]
        text = " ".join(ln.text for ln in sorted(inside, key=lambda ln: (round(ln.box.cy / 8), ln.box.x0)))
        edge = np.zeros(packed.shape, bool)
        edge[int(outer.y0) : int(outer.y1), int(outer.x0) : int(outer.x1)] = True
        edge[int(hole.y0) : int(hole.y1), int(hole.x0) : int(hole.x1)] = False
        frame = arr[edge & ink]
        line_rgb = tuple(int(v) for v in np.median(frame, 0)) if len(frame) else (0, 0, 0)
        shape = "rounded rectangle" if rounded else "square" if abs(outer.w - outer.h) < 0.15 * outer.w else "rectangle"
        out.append(DiagramBox(outer, _mode_rgb(arr, packed, hole), shape, text, line_rgb))
    return out


def _gap(p: tuple[float, float], b: Box) -> float:
    dx = max(b.x0 - p[0], 0.0, p[0] - b.x1)
    dy = max(b.y0 - p[1], 0.0, p[1] - b.y1)
    return float(np.hypot(dx, dy))


def _box_gap(a: Box, b: Box) -> float:
    return float(np.hypot(max(b.x0 - a.x1, 0.0, a.x0 - b.x1), max(b.y0 - a.y1, 0.0, a.y0 - b.y1)))


def find_arrows(packed: np.ndarray, boxes: list[DiagramBox], lines: list[OcrLine]) -> list[tuple[int, int, bool, Box]]:
    """(from box index, to box index, two-headed, arrow box) for strokes joining two boxes."""
    ink = ink_mask(packed)
    for b in boxes:  # boxes and their outlines are not arrows
        ink[max(0, int(b.box.y0) - 6) : int(b.box.y1) + 6, max(0, int(b.box.x0) - 6) : int(b.box.x1) + 6] = False
    for ln in (ln for ln in lines if is_word(ln.text)):  # a glyph OCR read as "-" or ">" may be an arrow
        ink[int(ln.box.y0) : int(np.ceil(ln.box.y1)), int(ln.box.x0) : int(np.ceil(ln.box.x1))] = False
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, area = (int(v) for v in stats[i])
        if max(w, h) < 15 or area < 15:
            continue
        comp = labels[y : y + h, x : x + w] == i
        box = Box(x0=x, y0=y, x1=x + w, y1=y + h)
        # A glyph floats in the gap; a drawn connector runs up to the boxes (their 6 px margin is blanked).
        if boxes and min(_box_gap(box, bx.box) for bx in boxes) > 9:
            pair = glyph_arrow(comp, box, [bx.box for bx in boxes])
            if pair is not None:
                out.append((pair[0], pair[1], False, box))
                continue
        ys, xs = np.nonzero(comp)
        pts = np.stack([xs + x, ys + y], axis=1).astype(np.float32)
        hull = cv2.convexHull(pts).reshape(-1, 2)
        if len(hull) < 2:
            continue
        d = ((hull[:, None, :] - hull[None, :, :]) ** 2).sum(-1)
        a, b = np.unravel_index(int(d.argmax()), d.shape)
        ends = [tuple(map(float, hull[a])), tuple(map(float, hull[b]))]
        length = float(np.sqrt(d[a, b]))
        near = []
        for e in ends:
            gaps = [_gap(e, bx.box) for bx in boxes]
            k = int(np.argmin(gaps)) if gaps else -1
            near.append(k if k >= 0 and gaps[k] <= 30 else -1)
        if near[0] < 0 or near[1] < 0 or near[0] == near[1]:
            continue
        # The arrowhead is the end with more ink around it.
        rad = max(6.0, 0.12 * length)
        mass = [int((((pts - np.array(e, np.float32)) ** 2).sum(1) <= rad * rad).sum()) for e in ends]
        two = max(mass) < 1.4 * min(mass)
        head = int(np.argmax(mass))
        out.append((near[1 - head], near[head], two and min(mass) > 0, box))
    return out


def _order(boxes: list[DiagramBox]) -> list[DiagramBox]:
    return sorted(boxes, key=lambda b: (round(b.box.y0 / 20), b.box.x0))


def boxes_and_arrows(arr: np.ndarray, packed: np.ndarray, lines: list[OcrLine]) -> tuple[list[DiagramBox], list]:
    filled = find_boxes(arr, packed, lines)
    boxes = _order(filled)
    arrows = find_arrows(packed, boxes, lines) if len(boxes) >= 2 else []
    framed = find_outlined(arr, packed, lines, filled)
    if not framed:
        return boxes, arrows
    # Frames around text are everywhere (input fields, cards, buttons); they are a diagram's boxes only
    # when an arrow joins them.
    # A frame drawn in one exact colour is also a flat region; its fill is what it encloses, not its line.
    both = _order([f for f in filled if f.cover >= 0.3 or not any(_same(f, o.box) for o in framed)] + framed)
    linked = find_arrows(packed, both, lines)
    if any(both[k].outline is not None for a, b, _, _ in linked for k in (a, b)):
        return both, linked
    return boxes, arrows


def _chain_facts(boxes: list[DiagramBox], arrows: list) -> list[EvidenceDraft]:
    """First and last step of a process flow: what follows what is read off the arrows, not the layout."""
    path = chain(len(boxes), [(a, b) for a, b, two, _ in arrows if not two])
    if not path or any(a in path and b not in path for a, b, _, _ in arrows):
        return []
    texts = [boxes[k].text for k in path]
    facts = [("first step", texts[0]), ("last step (final)", texts[-1]), ("steps in order", " -> ".join(texts))]
    attrs = {"role": "diagram order", "source_structure": "diagram"}  # a structure's own fact, as cards' are
    return [EvidenceDraft(kind="key_value", label=k, value=v, confidence=0.8, attrs=dict(attrs)) for k, v in facts]


class DiagramArgs(BaseModel):
    region: Box | None = Field(None, description="box holding the diagram; whole image if omitted")


@tool()
def diagram(ctx: ToolContext, args: DiagramArgs) -> ToolResult:
    """Boxes of a diagram or flowchart with their fill colour and the text inside (`shape` evidence with
    attrs fill/text), and the arrows between them, from -> to by arrowhead direction (`arrow` evidence)."""
    lines = read_lines(ctx)
    arr = np.ascontiguousarray(ctx.array[..., :3])
    dx = dy = 0
    if args.region is not None:
        r = ctx.clip(args.region)
        dx, dy = int(r.x0), int(r.y0)
        arr = np.ascontiguousarray(arr[dy : int(r.y1), dx : int(r.x1)])
        lines = [ln.model_copy(update={"box": Box(x0=ln.box.x0 - dx, y0=ln.box.y0 - dy, x1=ln.box.x1 - dx,
                                                  y1=ln.box.y1 - dy)}) for ln in lines
                 if r.x0 <= ln.box.cx <= r.x1 and r.y0 <= ln.box.cy <= r.y1]
    packed = quantise(arr)
    boxes, arrows = boxes_and_arrows(arr, packed, lines)

    def shift(b: Box) -> Box:
        return Box(x0=b.x0 + dx, y0=b.y0 + dy, x1=b.x1 + dx, y1=b.y1 + dy)

    drafts = []
    path = chain(len(boxes), [(a, b) for a, b, two, _ in arrows if not two])
    for i, b in enumerate(boxes):
        fill = colour_name(b.rgb)
        attrs = {"shape": b.shape, "fill": fill, "hex": hex_of(b.rgb), "text": b.text,
                 "area": round(b.box.w * b.box.h, 1), "role": "diagram box"}
        if b.outline is not None:
            attrs["outline"] = colour_name(b.outline)
        if i in path:
            attrs["order"] = path.index(i) + 1
        drafts.append(EvidenceDraft(
            kind="shape", value=f"{fill} {b.shape} {b.text!r}", label=b.text, box=shift(b.box), confidence=0.85,
            attrs=attrs,
        ))
    for src, dst, two, box in arrows:
        a, b = boxes[src].text, boxes[dst].text
        drafts.append(EvidenceDraft(
            kind="arrow", value=f"{a} {'<->' if two else '->'} {b}", box=shift(box), confidence=0.8,
            attrs={"from": a, "to": b, "from_id": None, "to_id": None, "two_way": two},
        ))
    drafts += _chain_facts(boxes, arrows)
    # Counts are perception facts: a text reasoner should not have to count boxes.
    for what, n in (("diagram boxes", len(boxes)), ("arrows", len(arrows))):
        if boxes:
            drafts.append(EvidenceDraft(kind="number", label=f"number of {what}", value=str(n), number=float(n),
                                        confidence=0.8, attrs={"count_of": what}))
    return ToolResult(evidence=drafts, summary=f"{len(boxes)} boxes, {len(arrows)} arrows")
