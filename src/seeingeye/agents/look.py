"""Decide the next look: typed tool calls (zoom on a candidate's row, read a chart or table, analyse
shapes, re-read a named region), never English sentences. Calls already made are not repeated: the
trace's tool calls are the step records this reads."""

from __future__ import annotations

from typing import Any

from ..sir import SIR, Box
from ..trace import Trace
from .extract import Candidate
from .question import QuestionAnalysis

REGIONS: dict[str, tuple[float, float, float, float]] = {
    "top left": (0, 0, 0.55, 0.55), "upper left": (0, 0, 0.55, 0.55), "top right": (0.45, 0, 1, 0.55),
    "upper right": (0.45, 0, 1, 0.55), "bottom left": (0, 0.45, 0.55, 1), "lower left": (0, 0.45, 0.55, 1),
    "bottom right": (0.45, 0.45, 1, 1), "lower right": (0.45, 0.45, 1, 1), "top": (0, 0, 1, 0.4),
    "header": (0, 0, 1, 0.3), "bottom": (0, 0.6, 1, 1), "footer": (0, 0.7, 1, 1), "left": (0, 0, 0.5, 1),
    "right": (0.5, 0, 1, 1), "middle": (0, 0.25, 1, 0.75), "centre": (0, 0.25, 1, 0.75), "center": (0, 0.25, 1, 0.75),
}  # fmt: skip


def region_box(position: str, size: tuple[int, int]) -> Box:
    w, h = size
    fx0, fy0, fx1, fy1 = REGIONS.get(position, (0, 0, 1, 1))
    return Box(x0=fx0 * w, y0=fy0 * h, x1=fx1 * w, y1=fy1 * h)


def _ran(trace: Trace) -> set[str]:
    return {f"{c.tool}:{sorted(c.arguments.items())}" for c in trace.tool_calls}


def plan_look(qa: QuestionAnalysis, sir: SIR, cands: list[Candidate], trace: Trace, round: int) -> list[dict[str, Any]]:
    """Up to two calls that could change the answer, most promising first, as {tool, arguments}."""
    size = (sir.image.width, sir.image.height)
    tools_run = {c.tool for c in trace.tool_calls}
    calls: list[dict[str, Any]] = []
    if qa.visual and "shapes" not in tools_run:
        calls.append({"tool": "shapes", "arguments": {}})
    if qa.operator == "colour" and "colors" not in tools_run:
        calls.append({"tool": "colors", "arguments": {}})
    structural = qa.operator in ("max", "min", "arithmetic", "compare") or qa.count_of in ("bars", "slices", "rows")
    if structural and not sir.by_kind("series", "point", "table", "cell"):
        for t in ("chart", "table"):
            if t not in tools_run:
                calls.append({"tool": t, "arguments": {}})
    if not qa.visual:
        scale = 3.0 if round >= 2 else 2.5
        top = next((c for c in cands if c.box is not None), None)
        box: Box | None = None
        if qa.position:
            box = region_box(qa.position, size)
        elif top is not None and top.box is not None:
            # The printed row of the best candidate: label and value are re-read together. Without one
            # there is nothing to aim at, and a whole-page re-read costs more than it was found to return.
            b = top.box
            box = Box(x0=0, y0=max(0, b.y0 - 1.5 * b.h), x1=size[0], y1=min(size[1], b.y1 + 1.5 * b.h))
        if box is not None:
            # The same region read before: read it finer rather than repeat the call.
            before = [
                float(c.arguments.get("scale", 0) or 0)  # type: ignore[arg-type]
                for c in trace.tool_calls
                if c.tool == "zoom" and c.arguments.get("box") == box.model_dump()
            ]
            if before:
                scale = min(6.0, max(before) + 1.0)
            calls.append({"tool": "zoom", "arguments": {"box": box.model_dump(), "scale": scale}})
    seen = _ran(trace)
    return [c for c in calls if f"{c['tool']}:{sorted(c['arguments'].items())}" not in seen][:2]
