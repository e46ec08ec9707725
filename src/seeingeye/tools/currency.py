"""Currency signs the recogniser cannot write: its dictionary has no "€" or "£", so "€708.70" comes out
as "708.70". The recogniser's per-character positions show an unread glyph before (or after) the
number; that glyph is compared with rendered signs — and with look-alike letters and digits, so a "C"
or an "8" is never taken for a sign — and the sign is put back when it wins clearly."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

SIGNS = "€£"
DECOYS = "CEeLcS8f£$t("
_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf")
_SYSTEM_FONTS = "/usr/share/fonts/truetype/liberation"
_LIBERATION = ("LiberationSerif-Regular.ttf", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf")
_N = 20
GLYPHS_FILE = Path(__file__).parent / "data" / "currency_glyphs.json"


def _norm_glyph(mask: np.ndarray) -> np.ndarray | None:
    ys, xs = np.nonzero(mask)
    if len(xs) < 6:
        return None
    g = mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1].astype(np.uint8) * 255
    return cv2.resize(g, (_N, _N), interpolation=cv2.INTER_AREA) > 96


def render_glyphs(path: str) -> list[tuple[str, np.ndarray]]:
    """The normalised masks of every sign and decoy drawn in one font file (none if it cannot be read)."""
    try:
        font = ImageFont.truetype(path, 40)
    except OSError:
        return []
    out = []
    for ch in SIGNS + DECOYS:
        img = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(img).text((8, 4), ch, font=font, fill=255)
        g = _norm_glyph(np.asarray(img) > 128)
        if g is not None:
            out.append((ch, g))
    return out


def dump_glyphs(glyphs: list[tuple[str, np.ndarray]]) -> dict[str, object]:
    return {"size": _N, "glyphs": [[ch, np.packbits(g.ravel()).tobytes().hex()] for ch, g in glyphs]}


def load_glyphs(data: dict[str, object]) -> list[tuple[str, np.ndarray]]:
    n = int(data["size"])  # type: ignore[call-overload]
    return [
        (ch, np.unpackbits(np.frombuffer(bytes.fromhex(h), np.uint8))[: n * n].reshape(n, n).astype(bool))
        for ch, h in data["glyphs"]  # type: ignore[union-attr]
    ]


@lru_cache(maxsize=1)
def _templates() -> list[tuple[str, np.ndarray]]:
    # The DejaVu faces ship pre-rendered (GLYPHS_FILE, made from matplotlib's copies by `render_glyphs`,
    # checked by tests/test_lean.py), so OCR needs no font package; the metric-compatible Liberation faces
    # (Arial/Times look-alikes that browsers fall back to) are rendered when the system has them.
    out = load_glyphs(json.loads(GLYPHS_FILE.read_text(encoding="utf-8")))
    for name in _LIBERATION:
        out += render_glyphs(f"{_SYSTEM_FONTS}/{name}")
    return out


def classify(mask: np.ndarray) -> str | None:
    """The sign this ink blob shows, or None when a letter or digit matches as well or better."""
    g = _norm_glyph(mask)
    if g is None:
        return None
    # Chamfer-like: each shape's ink must lie near the other's (a "(" has no bars to cover a "€"'s).
    kernel = np.ones((3, 3), np.uint8)
    gd = cv2.dilate(g.astype(np.uint8), kernel) > 0
    best: dict[str, float] = {}
    for ch, t in _templates():
        td = cv2.dilate(t.astype(np.uint8), kernel) > 0
        score = min((g & td).sum() / max(g.sum(), 1), (t & gd).sum() / max(t.sum(), 1))
        best[ch] = max(best.get(ch, 0.0), float(score))
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    (top, score), second = ranked[0], ranked[1][1]
    if top in SIGNS and score >= 0.85 and score - second >= 0.02:
        return top
    return None


def _ink(crop: np.ndarray) -> np.ndarray:
    gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    _, th = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ink = th > 0
    # Ink is the minority polarity (dark text on light, or light text on dark).
    return ink if ink.mean() < 0.5 else ~ink


def _runs(ink: np.ndarray) -> list[tuple[int, int]]:
    """Inked column runs (start, end inclusive), left to right."""
    idx = np.nonzero(ink.any(axis=0))[0]
    if not len(idx):
        return []
    parts = np.split(idx, np.nonzero(np.diff(idx) > 1)[0] + 1)
    return [(int(p[0]), int(p[-1])) for p in parts]


def _at(runs: list[tuple[int, int]], x: float) -> int | None:
    """Index of the run holding x (a character's centre), or the nearest one."""
    if not runs:
        return None
    return min(
        range(len(runs)),
        key=lambda k: 0 if runs[k][0] <= x <= runs[k][1] else min(abs(runs[k][0] - x), abs(runs[k][1] - x)),
    )


def restore_sign(text: str, crop: np.ndarray, xs: list[float]) -> str:
    """Put back signs the recogniser skipped: ink runs that no recognised character sits on, right before
    a number or right after one, classified against rendered signs and look-alikes.
    xs: each recognised character's centre, in crop pixels."""
    if crop.shape[0] < 6 or len(xs) != len(text) or not re.search(r"\d", text):
        return text
    # Small print loses a sign's bars when binarised; look at it three times larger.
    up = 3.0 if crop.shape[0] < 40 else 1.0
    crop = cv2.resize(crop, None, fx=up, fy=up, interpolation=cv2.INTER_CUBIC) if up > 1 else crop
    centres = [x * up for x in xs]
    h = crop.shape[0]
    ink = _ink(crop)
    runs = _runs(ink)
    owned = {_at(runs, x) for ch, x in zip(text, centres, strict=True) if not ch.isspace()}
    inserts: list[tuple[int, str]] = []  # (position in text, what to insert)
    for k, (a, b) in enumerate(runs):
        if k in owned or b - a < 0.15 * h:
            continue
        pos = sum(1 for x in centres if x < a)  # characters left of the unread glyph
        j = next((j for j in range(pos, len(text)) if not text[j].isspace()), len(text))
        i = next((i for i in range(pos - 1, -1, -1) if not text[i].isspace()), -1)
        before_number = j < len(text) and text[j].isdigit()
        after_number = i >= 0 and text[i].isdigit() and not (j < len(text) and text[j].isalnum())
        if not (before_number or after_number):
            continue
        sign = classify(ink[:, a : b + 1])
        if not sign:
            continue
        if before_number:
            inserts.append((j, sign))
        else:
            prev_run = _at(runs, centres[i])
            spaced = prev_run is not None and a - runs[prev_run][1] > 0.2 * h
            inserts.append((i + 1, (" " if spaced else "") + sign))
    for pos, ins in sorted(inserts, reverse=True):
        text = text[:pos] + ins + text[pos:]
    return text
