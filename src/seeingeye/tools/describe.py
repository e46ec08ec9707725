"""`describe`: image meta for the SIR's overview (size, orientation, text density, main colours, kind)."""

from __future__ import annotations

from pydantic import BaseModel

from ..sir import EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .image_kind import decide
from .image_kind import features as kind_features
from .ocr import read_lines
from .vision import dominant_colours


class DescribeArgs(BaseModel):
    pass


@tool()
def describe(ctx: ToolContext, args: DescribeArgs) -> ToolResult:
    """Overview of the image: size, orientation, how much of it is text, main colours, and its kind
    (photo, screenshot, terminal, document, slide, form, chart, table, diagram, blank)."""
    w, h = ctx.size
    lines = read_lines(ctx)
    feats = kind_features(ctx.array, lines)
    kind = decide(feats)
    density = feats.text_density
    colours = dominant_colours(ctx.array, 6)
    orientation = "landscape" if w > 1.1 * h else "portrait" if h > 1.1 * w else "square"
    names = [name for name, share, _ in colours if share > 0.02]
    summary = f"{kind} image, {len(lines)} text lines, {feats.regions} coloured regions"
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
                    "features": feats.as_dict(),  # type: ignore[dict-item]
                },
            )
        ],  # type: ignore[dict-item]
        summary=summary,
    )
