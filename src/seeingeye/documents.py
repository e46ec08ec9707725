"""PDF reading: the text layer read directly (pypdfium2); pages without one are rendered for the pipeline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .errors import ImageError, InputError

MIN_TEXT_CHARS = 16  # fewer characters than this on a page means "scanned": render and read it


@dataclass
class Page:
    number: int  # 1-based
    text: str | None  # the text layer, or None when the page must be read from pixels
    image: Image.Image | None = None


def parse_pages(selector: str | None, count: int) -> list[int]:
    """'1-3,7' -> [1, 2, 3, 7] (1-based, in order, unique); all pages when empty."""
    if not selector or not selector.strip():
        return list(range(1, count + 1))
    out: list[int] = []
    for part in selector.split(","):
        m = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", part)
        if not m:
            raise InputError(f"bad page selector {part.strip()!r} (use e.g. '1-3,7')")
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        if lo < 1 or hi < lo:
            raise InputError(f"bad page range {part.strip()!r}")
        if hi > count:
            raise InputError(f"page {hi} does not exist (the document has {count} pages)")
        out += [p for p in range(lo, hi + 1) if p not in out]
    return out


def read_pdf(
    path: Path, pages: str | None = None, max_pages: int = 20, scale: float = 2.0, render_all: bool = False
) -> tuple[list[Page], list[str]]:
    """Selected pages (capped at `max_pages`, with a note when the cap is hit). Pages without a text layer
    are rendered; `render_all` renders the others too (to look at them, e.g. to answer a question)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ImageError(f"cannot open PDF {path.name}: {exc}") from None
    notes: list[str] = []
    try:
        wanted = parse_pages(pages, len(pdf))
        if len(wanted) > max_pages:
            notes.append(f"page cap hit: read {max_pages} of {len(wanted)} selected pages")
            wanted = wanted[:max_pages]
        out = []
        for n in wanted:
            page = pdf[n - 1]
            text = page.get_textpage().get_text_range().strip()
            has_text = len(text) >= MIN_TEXT_CHARS
            image = page.render(scale=scale).to_pil().convert("RGB") if render_all or not has_text else None
            out.append(Page(n, text if has_text else None, image))
        return out, notes
    finally:
        pdf.close()
