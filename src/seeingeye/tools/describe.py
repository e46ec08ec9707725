"""`describe`: image meta for the SIR's overview (size, orientation, text density, main colours, kind)."""

from __future__ import annotations

from pydantic import BaseModel

from ..sir import EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import read_lines
from .vision import dominant_colours, foreground_blobs


class DescribeArgs(BaseModel):
    pass


@tool()
def describe(ctx: ToolContext, args: DescribeArgs) -> ToolResult:
    """Overview of the image: size, orientation, how much of it is text, main colours, and a guess of
    its kind (document, chart, table, diagram, photo)."""
    w, h = ctx.size
    lines = read_lines(ctx)
    text_area = sum(ln.box.w * ln.box.h for ln in lines)
    density = min(1.0, text_area / float(w * h))
    colours = dominant_colours(ctx.array, 6)
    blobs = foreground_blobs(ctx)
    rects = sum(1 for b in blobs if b.area / max((b.bbox[2] - b.bbox[0]) * (b.bbox[3] - b.bbox[1]), 1) > 0.85)
    many_colours = sum(1 for _, share, _ in colours if share > 0.05) >= 4
    if not lines and not blobs:
        kind = "blank"
    elif len(lines) >= 4 and rects >= 2 and any(ch.isdigit() for ln in lines for ch in ln.text):
        kind = "chart" if rects >= 3 else "document"
    elif len(lines) >= 6 and density > 0.02:
        kind = "document"
    elif many_colours and len(blobs) > 20:
        kind = "photo"
    elif blobs:
        kind = "diagram"
    else:
        kind = "document"
    orientation = "landscape" if w > 1.1 * h else "portrait" if h > 1.1 * w else "square"
    names = [name for name, share, _ in colours if share > 0.02]
    summary = f"{kind} image, {len(lines)} text lines, {len(blobs)} coloured regions"
    return ToolResult(
        evidence=[
            EvidenceDraft(
                kind="overview",
                value=summary,
                attrs={
                    "kind": kind,
                    "orientation": orientation,
                    "text_density": round(density, 4),
                    "text_lines": len(lines),
                    "main_colours": names,
                },
            )
        ],  # type: ignore[dict-item]
        summary=summary,
    )
