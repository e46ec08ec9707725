"""RapidOCR driven stage by stage: one detection pass at a size chosen from the text height, batched
recognition from the full-resolution image, orientation settled per line by the recogniser itself, and
a second, upscaled look only at the lines that were read poorly or are tiny.

RapidOCR's own `__call__` detects at a fixed size and trusts its 0/180 classifier blindly (short
digit strings such as "99" get flipped to "66"); driving the stages ourselves fixes both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from .currency import restore_sign
from .spacing import even_pitch, join_dotted, measure, page_is_mono, pixel_joined, respace

# The detector finds glyphs this tall reliably at their own size: within the band the image is detected
# as it is; larger print is shrunk (detection time falls with the square of the scale), smaller grown.
GLYPH_BAND_PX = (8.0, 18.0)
MIN_DET_SCALE, MAX_DET_SCALE = 0.4, 2.5
MAX_DET_SIDE = 2400  # beyond this detection time grows with no gain
WEAK_CONF = 0.85  # lines below this confidence get a second, upscaled look
TINY_PX = 11.0  # lines shorter than this get one too
MAX_REREADS = 48
REC_BATCH = 6
WIDE_SPREAD = 1.6  # strips batched together are at most this much wider (relative to height) than the narrowest
STRAY_PX = (7, 60)  # height range of lone glyphs looked for outside the detected lines
MAX_STRAYS = 40  # a month calendar prints 28-31 lone day numbers


@dataclass
class RawLine:
    quad: np.ndarray  # 4x2 points in image coordinates
    text: str
    confidence: float
    angle: float  # 0, 90, 180, 270: how the line had to be turned to read upright
    reread: bool = False
    mono: bool = False  # the page's print is monospaced


def estimate_glyph_height(rgb: np.ndarray, keep_small: bool = True) -> float | None:
    """Median height of glyph-like ink blobs (polarity-free: edges, not darkness), in pixels."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    side = max(gray.shape)
    f = 1.0 if side <= 1600 else 1600 / side
    if f < 1.0:
        gray = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    grad = cv2.morphologyEx(gray, cv2.MORPH_GRADIENT, np.ones((2, 2), np.uint8))
    mask = (grad > 40).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if n < 2:
        return None
    w, h, area = stats[1:, 2], stats[1:, 3], stats[1:, 4]
    inky = area >= 0.15 * w * h
    # Bars thinner than any letter's stroke-to-height (a barcode's, a chart's) are no glyphs.
    glyph = (h >= 4) & (h <= 120) & (w <= 4 * h) & (w >= 2) & (w >= 0.1 * h) & inky
    # Words running top to bottom (rotated tick labels, axis titles, a sideways page) are tall blobs
    # whose glyph height is their width; where they outnumber the others they set the size.
    tall = (w >= 4) & (w <= 120) & (h > 2 * w) & (h <= 6 * w) & inky
    if tall.sum() >= 5 and tall.sum() > (glyph & (h <= 2 * w)).sum():
        return float(np.median(w[tall])) / f
    if glyph.sum() < 5:
        return None
    med = float(np.median(h[glyph]))
    # Big print is shrunk for speed, but never so far that the page's small print (labels over values, a
    # barcode's caption under its tall bars) falls below what the detector finds: the height that sets the
    # scale is at most the small print's times the band's ratio.
    small = float(np.percentile(h[glyph], 15))
    return (min(med, small * GLYPH_BAND_PX[1] / GLYPH_BAND_PX[0]) if keep_small else med) / f


def detection_scale(glyph_h: float | None) -> float:
    lo, hi = GLYPH_BAND_PX
    if glyph_h is None or lo <= glyph_h <= hi:
        return 1.0
    return float(np.clip((lo if glyph_h < lo else hi) / glyph_h, MIN_DET_SCALE, MAX_DET_SCALE))


def detect(engine: Any, bgr: np.ndarray, scale: float) -> list[np.ndarray]:
    """Text quads in image coordinates from one detection pass on the image resized by `scale`."""
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

    h, w = bgr.shape[:2]
    scale = min(scale, MAX_DET_SIDE / max(h, w))
    img = (
        bgr
        if abs(scale - 1.0) < 1e-3
        else cv2.resize(
            bgr,
            (max(32, round(w * scale)), max(32, round(h * scale))),
            interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC,
        )
    )
    det = engine.text_det
    # limit_type "min" with a tiny limit: no resizing beyond rounding to the network's multiple of 32.
    pre = DetPreProcess(32, "min", det.mean, det.std)(img)
    if pre is None:
        return []
    preds = det.infer(pre)[0]
    boxes, _ = det.postprocess_op(preds, img.shape[:2])
    boxes = det.filter_tag_det_res(boxes, img.shape[:2])
    if boxes is None or len(boxes) == 0:
        return []
    sx, sy = w / img.shape[1], h / img.shape[0]
    return [np.asarray(b, dtype=np.float32) * np.array([sx, sy], dtype=np.float32) for b in boxes]


def crop_quad(bgr: np.ndarray, quad: np.ndarray, pad: float = 0.0, upscale: float = 1.0) -> np.ndarray:
    """The quad's pixels straightened into a horizontal strip (unrotated), optionally padded and upscaled."""
    q = quad.astype(np.float32).copy()
    if pad:
        c = q.mean(axis=0)
        hgt = max(np.linalg.norm(q[0] - q[3]), np.linalg.norm(q[1] - q[2]), 1.0)
        d = q - c
        norm = np.linalg.norm(d, axis=1, keepdims=True) + 1e-6
        q = q + d / norm * pad * hgt
    cw = int(max(np.linalg.norm(q[0] - q[1]), np.linalg.norm(q[2] - q[3])) * upscale)
    ch = int(max(np.linalg.norm(q[0] - q[3]), np.linalg.norm(q[1] - q[2])) * upscale)
    cw, ch = max(cw, 2), max(ch, 2)
    dst = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(q, dst)
    return cv2.warpPerspective(bgr, m, (cw, ch), borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_CUBIC)


def restore_spaces(
    text: str, xs: list[float], frame: float = 1.0, joined: set[int] | frozenset[int] = frozenset()
) -> tuple[str, list[float]]:
    """The recogniser often drops spaces ("+4402079460958") although its per-character positions show
    the gap: insert a space where the step between two characters is well above the line's usual step.
    xs: character centres; frame: the recogniser's position step in the same unit; joined: positions
    the pixels show unparted (`spacing.pixel_joined`). Returns the text and the centres to go with it."""
    if len(xs) != len(text) or len(xs) < 3:
        return text, xs
    steps = np.diff(np.asarray(xs, dtype=float))
    positive = steps[steps > 0]
    if not len(positive):
        return text, xs
    med = float(np.median(positive))
    even = positive[positive < 1.5 * med]
    regular = len(even) >= 3 and float(np.std(even)) / med < 0.3
    # Only inside long runs without a space: where the recogniser did put spaces it is right, and
    # proportional fonts' uneven steps would otherwise split words.
    run_len = [0] * len(text)
    start = 0
    for k in range(len(text) + 1):
        if k == len(text) or text[k] == " ":
            for j in range(start, k):
                run_len[j] = k - start
            start = k + 1
    out, pos = text[0], [xs[0]]
    for k in range(1, len(text)):
        gap = steps[k - 1] >= max(1.8 * med, med + 2 * frame)
        # Between two digits only in evenly stepped (monospaced) text: proportional digits such as
        # "31" step unevenly and would be split.
        if gap and text[k].isdigit() and text[k - 1].isdigit() and not regular:
            gap = False
        if gap and text[k] != " " and text[k - 1] != " " and run_len[k] >= 12 and k not in joined:
            out += " "
            pos.append((xs[k - 1] + xs[k]) / 2.0)
        out += text[k]
        pos.append(xs[k])
    return out, pos


def _recognise_grouped(engine: Any, crops: list[np.ndarray]) -> list[Any]:
    """RapidOCR's recogniser, called on groups of strips of like shape: a batch is padded to its widest
    strip, so one long line among short ones (a paragraph beside its labels) would make every strip of the
    batch as costly as the longest."""
    rec = engine.text_rec
    rec.rec_batch_num = REC_BATCH
    ratio = [c.shape[1] / max(c.shape[0], 1) for c in crops]
    order = sorted(range(len(crops)), key=lambda i: ratio[i])
    groups: list[list[int]] = []
    for i in order:
        if groups and ratio[i] <= WIDE_SPREAD * max(ratio[groups[-1][0]], 1.0) and len(groups[-1]) < REC_BATCH:
            groups[-1].append(i)
        else:
            groups.append([i])
    out: list[Any] = [None] * len(crops)
    for g in groups:
        res, _ = rec([crops[i] for i in g], True)
        for i, r in zip(g, res, strict=True):
            out[i] = r
    return out


def recognise(engine: Any, crops: list[np.ndarray]) -> list[tuple[str, float]]:
    return recognise_page(engine, crops)[0]


def recognise_page(engine: Any, crops: list[np.ndarray]) -> tuple[list[tuple[str, float]], bool]:
    """(text, score) of each crop, and whether the strips are mostly monospaced print (a terminal's, a code
    listing's): its spaces are placed by that verdict, and readers of columns need it too."""
    if not crops:
        return [], False
    res = _recognise_grouped(engine, crops)
    read: list[tuple[str, float, list[float] | None, float]] = []
    for crop, (t, s, *info) in zip(crops, res, strict=True):
        cols = [c for word in info[0][2] for c in word] if info and len(info[0]) > 2 else []
        text = str(t)
        xs, px = None, 1.0
        if cols and len(cols) == len(text) and info[0][0]:
            # Frame positions -> crop pixels (character centres).
            px = crop.shape[1] / float(info[0][0])
            xs = [(c + 0.5) * px for c in cols]
        read.append((text, float(s), xs, px))
    strips = [measure(c) if xs else None for c, (_, _, xs, _) in zip(crops, read, strict=True)]
    judged = [(st, t) for st, (t, _, _, _) in zip(strips, read, strict=True) if st is not None]
    mono = page_is_mono([st for st, _ in judged], [t for _, t in judged]) or even_pitch(
        [(t, xs) for t, _, xs, _ in read if xs is not None])
    out = []
    for crop, strip, (text, score, xs, px) in zip(crops, strips, read, strict=True):
        if strip is not None and xs is not None:
            # Spaces first (the blanks in the pixels, then the recogniser's own position steps in
            # long unbroken runs), then signs its dictionary lacks (unread ink by a number).
            text, xs = respace(text, strip, xs, mono)
            own = strip.mono if strip.mono is not None else mono
            text, xs = restore_spaces(text, xs, px, pixel_joined(text, strip, xs, own))
            text = restore_sign(text, crop, xs)
        out.append((join_dotted(text, [], mono)[0], score))
    return out, mono


def _orient(crop: np.ndarray, angle: int) -> np.ndarray:
    k = {0: 0, 90: 1, 180: 2, 270: 3}[angle]
    return np.ascontiguousarray(np.rot90(crop, k)) if k else crop


def _needs_second_look(line: RawLine) -> bool:
    h = min(np.linalg.norm(line.quad[0] - line.quad[3]), np.linalg.norm(line.quad[1] - line.quad[2]))
    return line.confidence < WEAK_CONF or h < TINY_PX


def read_array(engine: Any, rgb: np.ndarray, scale: float | None = None, keep_small: bool = True) -> list[RawLine]:
    """All text lines of an RGB array: detect once, recognise in batches, re-read only weak lines. A zoomed
    strip (`keep_small` False) was enlarged for its small print already: its median glyph sets the scale."""
    bgr = np.ascontiguousarray(rgb[:, :, ::-1])
    if scale is None:
        scale = detection_scale(estimate_glyph_height(rgb, keep_small))
    quads = detect(engine, bgr, scale)
    if not quads:  # the detector passes over a lone figure ("9" over a bar) that a glyph-sized blob still shows
        return [ln for ln in _stray_figures(engine, bgr, []) if ln.text.strip()]
    crops, angles = [], []
    for q in quads:
        c = crop_quad(bgr, q)
        # Tall strips are vertical text: turned a quarter counter-clockwise first (as RapidOCR does).
        a = 90 if c.shape[0] >= 1.5 * c.shape[1] else 0
        crops.append(_orient(c, a))
        angles.append(a)
    # The 0/180 classifier proposes flips; the recogniser decides by reading both ways.
    _, cls_res, _ = engine.text_cls([c.copy() for c in crops])
    first, mono = recognise_page(engine, crops)
    flip_idx = [i for i, (label, score) in enumerate(cls_res) if "180" in str(label) and score > 0.6]
    vertical_idx = [i for i, a in enumerate(angles) if a == 90]
    alt_idx = sorted(set(flip_idx) | set(vertical_idx))
    alt = recognise(engine, [_orient(crops[i], 180) for i in alt_idx])
    lines = [
        RawLine(quad=q, text=t, confidence=s, angle=float(a), mono=mono)
        for q, (t, s), a in zip(quads, first, angles, strict=True)
    ]
    _settle_flips(lines, alt_idx, alt, angles)
    _second_look(engine, bgr, lines)
    lines += _stray_figures(engine, bgr, quads)
    return [ln for ln in lines if ln.text.strip() and ln.confidence >= 0.5]


# Letters tell up from down; a string of digits and marks reads either way ("6:00" upside down is "00:9").
_LETTERED = re.compile(r"[^\W\d_]")


def _settle_flips(lines: list[RawLine], idx: list[int], alt: list[tuple[str, float]], angles: list[int]) -> None:
    """Take the turned reading where the recogniser is surer of it. A lettered line decides alone; a line
    without letters is turned only on a page whose lettered lines were turned too, or when read upright it
    is no reading at all."""
    better = [(i, t, s) for i, (t, s) in zip(idx, alt, strict=True) if s > lines[i].confidence + 0.02 and t.strip()]
    lettered = [ln for ln in lines if _LETTERED.search(ln.text)]
    turned = sum(1 for i, t, _ in better if _LETTERED.search(t) and _LETTERED.search(lines[i].text))
    page_turned = bool(lettered) and turned >= len(lettered) / 2
    for i, t, s in better:
        if not (_LETTERED.search(t) or page_turned or lines[i].confidence < 0.6):
            continue
        lines[i].text, lines[i].confidence = t, s
        lines[i].angle = float((angles[i] + 180) % 360)


def _glyph_boxes(bgr: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Ink blobs shaped like glyphs (x, y, w, h), found by edges so either polarity counts."""
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    grad = cv2.morphologyEx(gray, cv2.MORPH_GRADIENT, np.ones((2, 2), np.uint8))
    mask = cv2.morphologyEx((grad > 40).astype(np.uint8), cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    return [
        (int(x), int(y), int(w), int(h))
        for x, y, w, h, area in stats[1:]
        if STRAY_PX[0] <= h <= STRAY_PX[1] and 2 <= w <= 3 * h and area >= 0.15 * w * h
    ]


def _stray_figures(engine: Any, bgr: np.ndarray, quads: list[np.ndarray]) -> list[RawLine]:
    """A lone figure far from other text — a slide or page number, a single tick label — can be too
    small for the detector at the scale the page's main print chose. Glyph-shaped ink no detected line
    covers is read on its own; only figures read with confidence are kept (an icon or a radio circle
    reads as a letter or "O", and is wider than a digit)."""
    if max(bgr.shape[:2]) > 2 * MAX_DET_SIDE:
        return []
    covered = np.zeros(bgr.shape[:2], np.uint8)
    for q in quads:
        cv2.fillPoly(covered, [q.astype(np.int32)], 1)
    # Pad each quad a little: the glyphs' own edges stick out of tight boxes.
    covered = cv2.dilate(covered, np.ones((5, 5), np.uint8))
    blobs = [b for b in _glyph_boxes(bgr) if covered[b[1] : b[1] + b[3], b[0] : b[0] + b[2]].mean() < 0.3]
    # Group neighbours on one row into words ("12", "5%").
    blobs.sort()
    groups: list[list[int]] = []
    for x, y, w, h in blobs:
        g = groups[-1] if groups else None
        if g and x - (g[0] + g[2]) < 0.6 * h and min(y + h, g[1] + g[3]) - max(y, g[1]) > 0.5 * min(h, g[3]):
            x1, y1 = max(g[0] + g[2], x + w), max(g[1] + g[3], y + h)
            g[0], g[1] = min(g[0], x), min(g[1], y)
            g[2], g[3] = x1 - g[0], y1 - g[1]
        else:
            groups.append([x, y, w, h])
    if not groups or len(groups) > MAX_STRAYS:  # a photo or a busy graphic: no lone figures to find
        return []
    quads_out, crops = [], []
    for x, y, w, h in groups:
        q = np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], dtype=np.float32)
        up = float(np.clip(32.0 / h, 1.0, 4.0))
        quads_out.append(q)
        crops.append(crop_quad(bgr, q, pad=0.35, upscale=up))
    out = []
    for q, (_, _, w, h), (t, s) in zip(quads_out, groups, recognise(engine, crops), strict=True):
        t = t.strip()
        if s >= 0.9 and re.fullmatch(r"\d{1,4}", t) and (len(t) > 1 or w <= 0.8 * h):
            out.append(RawLine(quad=q, text=t, confidence=s, angle=0.0, reread=True))
    return out


def _second_look(engine: Any, bgr: np.ndarray, lines: list[RawLine]) -> None:
    """Weak or tiny lines: crop with a margin, upscale, re-recognise in one batch; keep the better."""
    weak = [i for i, ln in enumerate(lines) if _needs_second_look(ln)][:MAX_REREADS]
    if not weak:
        return
    crops = []
    for i in weak:
        ln = lines[i]
        h = min(np.linalg.norm(ln.quad[0] - ln.quad[3]), np.linalg.norm(ln.quad[1] - ln.quad[2]))
        up = float(np.clip(32.0 / max(h, 1.0), 1.5, 4.0))
        c = crop_quad(bgr, ln.quad, pad=0.12, upscale=up)
        crops.append(_orient(c, int(ln.angle)))
    for i, (t, s) in zip(weak, recognise(engine, crops), strict=True):
        ln = lines[i]
        ln.reread = True
        # Upscaled strips read the glyphs better but lose spaces; a reading that differs only in
        # spacing is no improvement.
        if s > ln.confidence + 0.03 and t.strip() and t.replace(" ", "") != ln.text.replace(" ", ""):
            ln.text, ln.confidence = t, s
