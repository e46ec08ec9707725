"""Shared types for the realistic set: a scene (one image) and the facts (question intents with gold) it supports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Fact:
    intent: str
    slots: dict[str, str]
    answer: str
    type: str  # money | number | approx | count | code | date | phone | version | error | colour | yesno | mcq | text
    options: list[str] | None = None


@dataclass
class Scene:
    name: str
    category: str
    facts: list[Fact]
    html: str | None = None  # rendered with headless Chromium at `size`
    size: tuple[int, int] = (800, 600)
    render: Callable[[Path], None] | None = None  # or drawn directly (matplotlib, photos)
    ext: str = "png"
    meta: dict[str, str] = field(default_factory=dict)


def money(value: float, cur: str = "$", euro_comma: bool = False) -> str:
    """A price as printed: $1,234.50, £3.20, or 12,50 € (decimal comma, symbol after)."""
    if euro_comma:
        return f"{value:,.2f}".replace(",", " ").replace(".", ",") + " €"
    sign = "-" if value < 0 else ""
    return f"{sign}{cur}{abs(value):,.2f}"


FONTS = [
    "'DejaVu Sans', sans-serif",
    "'Liberation Sans', Arial, sans-serif",
    "'Liberation Serif', 'Times New Roman', serif",
    "'DejaVu Serif', Georgia, serif",
    "'Liberation Mono', 'Courier New', monospace",
    "'DejaVu Sans Mono', monospace",
    "'Liberation Sans Narrow', sans-serif",
    "'DejaVu Sans Condensed', sans-serif",
]
