"""A bare reading to put printed lines in, for the tests of records and the readers that build them."""

from __future__ import annotations

from seeingeye.sir import SIR, Box, EvidenceDraft, ImageFacts
from seeingeye.textutil import parse_number


def bare_sir() -> SIR:
    facts = ImageFacts(width=900, height=900, original_width=900, original_height=900, sha256="0", format="PNG",
                       mode="RGB")
    return SIR(question="q", image=facts)


def add_lines(sir: SIR, lines: list[str], x: float = 10, y0: float = 10) -> None:
    """Each text as an OCR line 20 px below the last, 8 px a character wide."""
    for i, text in enumerate(lines):
        y = y0 + 20 * i
        sir.add(EvidenceDraft(kind="text", value=text, number=parse_number(text),
                              box=Box(x0=x, y0=y, x1=x + 8 * len(text), y1=y + 14)), source="ocr", round=1)
