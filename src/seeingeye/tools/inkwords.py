"""Pieces of an OCR line by its ink: where the glyphs leave a gap wider than a word space, OCR may have joined
separate items (menu entries, values under column labels) into one line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..sir import Box

if TYPE_CHECKING:  # the OCR module imports the layout, which splits lines here
    from .ocr import OcrLine


@dataclass
class Entry:
    text: str
    box: Box


def ink_runs(grey: np.ndarray, box: Box, gap: float) -> list[tuple[int, int]]:
    """Column runs of ink inside the box, split at blank stretches wider than `gap` pixels."""
    x0, y0, x1, y1 = (max(0, int(v)) for v in (box.x0, box.y0, box.x1, box.y1))
    crop = grey[y0:y1, x0:x1].astype(np.int16)
    if crop.size == 0:
        return []
    ground = np.median(np.concatenate([crop[0], crop[-1], crop[:, 0], crop[:, -1]]))
    cols = (np.abs(crop - ground) > 40).any(axis=0)
    runs: list[tuple[int, int]] = []
    start, blank = None, 0
    for i, ink in enumerate(cols):
        if ink:
            if start is None:
                start = i
            elif blank > gap:
                runs.append((start, i - blank))
                start = i
            blank = 0
        elif start is not None:
            blank += 1
    if start is not None:
        runs.append((start, len(cols) - blank))
    return [(x0 + a, x0 + b) for a, b in runs]


def share_out(words: list[str], widths: list[float]) -> list[list[str]]:
    """Words read as one line shared out, in order, among pieces of the given ink widths: each piece takes
    words until their letters fill its share, and every piece keeps at least one word while words last."""
    total, chars, k = sum(widths), sum(len(w) for w in words), 0
    out: list[list[str]] = []
    for i, width in enumerate(widths):
        take: list[str] = []
        share = width / total * chars if total else 0.0
        spare = len(words) - (len(widths) - i - 1)  # leave a word for each piece still to come
        while k < spare and (not take or sum(map(len, take)) + len(words[k]) / 2 <= share):
            take.append(words[k])
            k += 1
        if i == len(widths) - 1:
            take += words[k:]
        out.append(take)
    return out


def split_line(grey: np.ndarray, line: OcrLine, gap: float) -> list[Entry]:
    """One OCR line as the pieces its ink gaps wider than `gap` letter heights separate; its words shared out
    by each piece's width (OCR reads a row of menu entries, or of values under labels, as one line)."""
    words = line.text.split()
    runs = ink_runs(grey, line.box, gap * line.box.h)
    if len(runs) <= 1 or len(words) < len(runs):
        return [Entry(line.text, line.box)]
    shares = share_out(words, [b - a for a, b in runs])
    out = [Entry(" ".join(take), Box(x0=a, y0=line.box.y0, x1=b, y1=line.box.y1))
           for take, (a, b) in zip(shares, runs, strict=True)]
    return [e for e in out if e.text]


def line_rows(lines: list[OcrLine], tolerance: float = 0.45) -> list[list[OcrLine]]:
    """OCR lines grouped into visual rows, top to bottom: a line joins the first row whose first line's centre
    is within `tolerance` of that line's height (pieces of one printed row that OCR read apart)."""
    rows: list[list[OcrLine]] = []
    for ln in sorted(lines, key=lambda ln: ln.box.cy):
        row = next((r for r in rows if abs(ln.box.cy - r[0].box.cy) < tolerance * r[0].box.h), None)
        row.append(ln) if row is not None else rows.append([ln])
    return rows


def word_positions(grey: np.ndarray, box: Box, text: str) -> list[tuple[float, float]] | None:
    """(x0, x1) of each word of a line from its ink, when the ink parts into exactly as many pieces as the text
    has words and they are not where even letter widths would put them: OCR writes one space for the run of
    spaces a terminal pads its columns with, so only the ink says where a column starts. None otherwise."""
    words = text.split()
    if len(words) < 3:
        return None
    runs = ink_runs(grey, box, 0.3 * box.h)
    if len(runs) != len(words):
        return None
    cw = box.w / max(len(text), 1)
    even = [box.x0 + m.start() * cw for m in re.finditer(r"\S+", text)]
    if max(abs(a - e) for (a, _), e in zip(runs, even, strict=True)) < 1.5 * cw:
        return None  # evenly spaced already: the text places its words
    return [(float(a), float(b)) for a, b in runs]
