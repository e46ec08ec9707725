"""PDF reading: the text layer read directly (pypdfium2); pages without one are rendered for the pipeline.

A PDF is untrusted input: a few hundred bytes can declare a page of 14,400 pt square (about 1.6 billion
pixels at scale 2), a page selector can name millions of pages, and a path can be a FIFO or a device.
So the file is read through the same capped, regular-files-only reader as images, every page is rendered
under the image pixel limit (scaled down to fit), pages are yielded one at a time (never all rendered at
once), and selectors are parsed in time linear in their length.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from .errors import ImageError, InputError
from .imageio import read_file

MIN_TEXT_CHARS = 16  # fewer characters than this on a page means "scanned": render and read it
MAX_TEXT_CHARS = 200_000  # per page: a text layer is data for a model, not a place to spend memory
MAX_SELECTOR_CHARS = 1000
MAX_SELECTOR_PARTS = 100
# PDFium is not thread-safe, and the MCP server runs tools in a thread pool: every PDFium call holds this
# lock (page analysis such as OCR happens outside it, after a page is yielded).
_PDFIUM = threading.Lock()
_PART = re.compile(r"\s*(\d{1,9})\s*(?:-\s*(\d{1,9})\s*)?")


@dataclass
class Page:
    number: int  # 1-based
    text: str | None  # the text layer, or None when the page must be read from pixels
    image: Image.Image | None = None
    scale: float = 0.0  # pixels per point the page was rendered at (0 when not rendered)


def parse_pages(selector: str | None, count: int, limit: int | None = None) -> tuple[list[int], int]:
    """'1-3,7' -> ([1, 2, 3, 7], 4): the first `limit` selected pages (1-based, in selector order, unique)
    and how many distinct pages the selector names. All pages when empty.

    Linear in the selector: ranges are never expanded past `limit`, and the total is a union of intervals,
    so '1-10000' repeated 40 times costs the same as once."""
    limit = count if limit is None else max(0, limit)
    if not selector or not selector.strip():
        return list(range(1, min(count, limit) + 1)), count
    if len(selector) > MAX_SELECTOR_CHARS:
        raise InputError(f"page selector too long: {len(selector)} characters > {MAX_SELECTOR_CHARS}")
    parts = selector.split(",")
    if len(parts) > MAX_SELECTOR_PARTS:
        raise InputError(f"page selector has {len(parts)} parts; at most {MAX_SELECTOR_PARTS}")
    ranges: list[tuple[int, int]] = []
    for part in parts:
        m = _PART.fullmatch(part)
        if not m:
            raise InputError(f"bad page selector {part.strip()[:40]!r} (use e.g. '1-3,7')")
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        if lo < 1 or hi < lo:
            raise InputError(f"bad page range {part.strip()!r}")
        if hi > count:
            raise InputError(f"page {hi} does not exist (the document has {count} pages)")
        ranges.append((lo, hi))
    out: list[int] = []
    seen: set[int] = set()
    for lo, hi in ranges:
        # Each range skips at most len(seen) <= limit already-chosen pages before it adds one or stops.
        page = lo
        while page <= hi and len(out) < limit:
            if page not in seen:
                seen.add(page)
                out.append(page)
            page += 1
        if len(out) >= limit:
            break
    total, end = 0, 0
    for lo, hi in sorted(ranges):
        if hi > end:
            total += hi - max(lo, end + 1) + 1
            end = hi
    return out, total


def render_scale(width_pt: float, height_pt: float, scale: float, max_pixels: int, max_side: int) -> float:
    """The largest scale <= `scale` at which the page fits both `max_pixels` and `max_side` (the same
    limits images get: rendering larger than the analysis size only to shrink it again is waste)."""
    if not (width_pt > 0 and height_pt > 0 and math.isfinite(width_pt * height_pt)):
        raise ImageError(f"page has no usable size ({width_pt} x {height_pt} pt)")
    fit_pixels = math.sqrt(max_pixels / (width_pt * height_pt))
    fit_side = max_side / max(width_pt, height_pt)
    return min(scale, fit_pixels, fit_side)


class PdfFile:
    """An open PDF read from a path (regular files only, capped at `max_file_bytes`) or from bytes."""

    def __init__(
        self, source: str | Path | bytes, max_file_bytes: int = 50 * 1024 * 1024, name: str | None = None
    ) -> None:
        import pypdfium2 as pdfium

        data = source if isinstance(source, bytes) else read_file(source, max_file_bytes, "PDF")
        name = name or ("PDF" if isinstance(source, bytes) else f"PDF {Path(source).name[:80]}")
        self._name = name
        self._error = pdfium.PdfiumError
        if not data:
            raise ImageError(f"cannot open {name}: the file is empty")
        try:
            with _PDFIUM:
                self._pdf: Any = pdfium.PdfDocument(data)
                self._pages = len(self._pdf)
        except pdfium.PdfiumError as exc:
            raise ImageError(f"cannot open {name}: {exc}") from None

    def __len__(self) -> int:
        return self._pages

    def __enter__(self) -> PdfFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with _PDFIUM:
            self._pdf.close()

    def select(self, selector: str | None, max_pages: int) -> tuple[list[int], list[str]]:
        """The pages to read (at most `max_pages`) and a note when the cap cut the selection."""
        wanted, total = parse_pages(selector, len(self), max_pages)
        notes = [f"page cap hit: read {len(wanted)} of {total} selected pages"] if total > len(wanted) else []
        return wanted, notes

    def pages(
        self,
        numbers: list[int],
        *,
        max_pixels: int = 40_000_000,
        max_side: int = 4096,
        scale: float = 2.0,
        render_all: bool = False,
    ) -> Iterator[Page]:
        """The pages one at a time. Pages without a text layer are rendered; `render_all` renders the
        others too (to look at them, e.g. to answer a question). Every render fits the pixel limits."""
        for n in numbers:
            with _PDFIUM:
                try:
                    page = self._pdf[n - 1]
                except self._error as exc:  # a page tree 3000 levels deep, or a cycle: PDFium gives up
                    reason = f"{str(exc).rstrip('.')} (damaged or cyclic page tree?)"
                    raise ImageError(f"cannot read page {n} of {self._name}: {reason}") from None
                try:
                    textpage = page.get_textpage()
                    chars = min(textpage.count_chars(), MAX_TEXT_CHARS)
                    text = textpage.get_text_range(0, chars).strip() if chars > 0 else ""
                    textpage.close()
                    has_text = len(text) >= MIN_TEXT_CHARS
                    image, used = None, 0.0
                    if render_all or not has_text:
                        used = render_scale(*page.get_size(), scale, max_pixels, max_side)
                        bitmap = page.render(scale=used)
                        image = bitmap.to_pil().convert("RGB")  # a copy: the bitmap is freed under the lock
                        bitmap.close()
                except self._error as exc:
                    raise ImageError(f"cannot read page {n} of {self._name}: {str(exc).rstrip('.')}") from None
                finally:
                    page.close()
            yield Page(n, text if has_text else None, image, used)


def read_pdf(
    source: str | Path | bytes,
    pages: str | None = None,
    max_pages: int = 20,
    *,
    max_pixels: int = 40_000_000,
    max_side: int = 4096,
    max_file_bytes: int = 50 * 1024 * 1024,
    scale: float = 2.0,
    render_all: bool = False,
) -> tuple[list[Page], list[str]]:
    """Selected pages (capped at `max_pages`, with a note when the cap is hit), all in memory at once:
    for callers that want a list; `PdfFile.pages` streams them."""
    with PdfFile(source, max_file_bytes) as pdf:
        wanted, notes = pdf.select(pages, max_pages)
        out = list(pdf.pages(wanted, max_pixels=max_pixels, max_side=max_side, scale=scale, render_all=render_all))
    return out, notes
