"""What every reader of printed lines relies on: a line's text, box and confidence, and when two boxes share
a row."""

from __future__ import annotations

from typing import Protocol

from ..sir import Box


class PrintedLine(Protocol):
    text: str
    box: Box
    confidence: float


def same_row(a: Box, b: Box) -> bool:
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap > 0.5 * min(a.h, b.h)
