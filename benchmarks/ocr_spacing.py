"""Word spacing of the OCR on rendered lines with known text: how many of the spaces the recogniser
leaves out come back (tools/spacing.py), and how many words get split wrongly.

    PYTHONPATH=src python benchmarks/ocr_spacing.py [--seeds 7000:7040] [--out NAME]

Each image holds 12 lines of mixed tokens — words, amounts ("1,234.50", "$627K", "+9.4%"), codes
("FX-11672", "A6G4AP"), times, dates, "R&D" — in one of twelve faces (DejaVu, Liberation, STIX; sans,
serif, narrow, mono, bold) at 11-30 px, dark on light or light on dark. Lines whose characters the
recogniser misread are left out (their spacing cannot be scored). Writes
benchmarks/results/ocr-spacing-<NAME>.json. Calibrate on other seeds than you report.
"""

from __future__ import annotations

import argparse
import collections
import inspect
import json
import random
import re
from pathlib import Path

import matplotlib
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from seeingeye.tools import ocr_engine as oe
from seeingeye.tools.spacing import measure, page_is_mono, respace

ROOT = Path(__file__).resolve().parent.parent
_MPL = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
_SYS = Path("/usr/share/fonts/truetype")
FACES = [
    _MPL / "DejaVuSans.ttf",
    _MPL / "DejaVuSans-Bold.ttf",
    _MPL / "DejaVuSerif.ttf",
    _MPL / "DejaVuSansMono.ttf",
    _MPL / "STIXGeneral.ttf",
    _SYS / "dejavu/DejaVuSansCondensed.ttf",
    _SYS / "liberation/LiberationSans-Regular.ttf",
    _SYS / "liberation/LiberationSans-Bold.ttf",
    _SYS / "liberation/LiberationSerif-Regular.ttf",
    _SYS / "liberation/LiberationSansNarrow-Regular.ttf",
    _SYS / "liberation/LiberationMono-Regular.ttf",
    _SYS / "liberation/LiberationSerif-Bold.ttf",
]


def _vocabulary() -> list[str]:
    """Ordinary English words: the most frequent ones in a few stdlib modules' docstrings."""
    import argparse as m1
    import calendar as m2
    import csv as m3
    import logging as m4
    import textwrap as m5

    words: collections.Counter[str] = collections.Counter()
    for mod in (collections, m1, m2, m3, m4, m5, json):
        for _, obj in inspect.getmembers(mod):
            words.update(re.findall(r"\b[A-Za-z]{1,12}\b", inspect.getdoc(obj) or ""))
    return [w for w, _ in words.most_common(1500)]


def _token(rng: random.Random, words: list[str]) -> str:
    if rng.random() < 0.62:
        w = rng.choice(words)
        return w.capitalize() if rng.random() < 0.2 else w.upper() if rng.random() < 0.05 else w
    up = "ABCDEFGHKLMPRSTX"
    kinds = [
        lambda: f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}.{rng.randint(0, 99):02d}",
        lambda: f"${rng.randint(1, 999)}K",
        lambda: f"+{rng.randint(0, 20)}.{rng.randint(0, 9)}%",
        lambda: f"{rng.choice(up)}{rng.choice(up)}-{rng.randint(100, 99999)}",
        lambda: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)),
        lambda: f"{rng.randint(0, 23):02d}:{rng.choice(['00', '15', '30', '45'])}",
        lambda: f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/20{rng.randint(10, 30)}",
        lambda: f"{rng.randint(1, 999)}g",
        lambda: "&",
        lambda: f"{rng.choice(up)}&{rng.choice(up)}",
        lambda: str(rng.randint(0, 9999)),
        lambda: f"{rng.randint(1, 99)}.{rng.randint(0, 99):02d}",
        lambda: f"USB-{rng.choice('ABC')}",
        lambda: f"#{rng.randint(1, 99999)}",
        lambda: f"({rng.choice(words)})",
        lambda: f"{rng.choice(words)}{rng.choice('.,?')}",
        lambda: "11/11/2011",
        lambda: f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
    ]
    return rng.choice(kinds)()


def render(seed: int, words: list[str], n_lines: int = 12) -> tuple[list[str], np.ndarray, str, int]:
    rng = random.Random(seed)
    face = rng.choice(FACES)
    size = rng.choice([11, 12, 13, 14, 15, 16, 18, 20, 22, 26, 30])
    font = ImageFont.truetype(str(face), size)
    dark = rng.random() < 0.3
    bg = tuple(rng.randint(10, 50) for _ in range(3)) if dark else tuple(rng.randint(225, 255) for _ in range(3))
    fg = tuple(rng.randint(200, 255) for _ in range(3)) if dark else tuple(rng.randint(0, 110) for _ in range(3))
    lines = [" ".join(_token(rng, words) for _ in range(rng.randint(2, 6))) for _ in range(n_lines)]
    step = int(size * 2.2)
    img = Image.new("RGB", (max(int(font.getlength(t)) for t in lines) + 80, step * n_lines + 60), bg)
    draw = ImageDraw.Draw(img)
    for i, t in enumerate(lines):
        draw.text((40, 30 + i * step), t, font=font, fill=fg)
    return lines, np.asarray(img), face.name, size


def _truth_for(read: str, truths: list[str]) -> str | None:
    """The printed text the line shows (a detected line may be part of a rendered one)."""
    flat = read.replace(" ", "")
    for t in truths:
        tf = t.replace(" ", "")
        if flat and flat in tf:
            i = tf.index(flat)
            pos = [k for k, c in enumerate(t) if c != " "]
            return t[pos[i] : pos[i + len(flat) - 1] + 1]
    return None


def _boundaries(s: str) -> list[bool]:
    solid = [k for k, c in enumerate(s) if c != " "]
    return [k - p > 1 for p, k in zip(solid, solid[1:], strict=False)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="7000:7040", help="first:last (exclusive) image seeds")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR()
    words = _vocabulary()
    lo, hi = (int(x) for x in args.seeds.split(":"))
    c = collections.Counter()
    faces: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for seed in range(lo, hi):
        truths, rgb, face, _ = render(seed, words)
        bgr = np.ascontiguousarray(rgb[:, :, ::-1])
        quads = oe.detect(engine, bgr, oe.detection_scale(oe.estimate_glyph_height(rgb)))
        crops = [oe.crop_quad(bgr, q) for q in quads]
        res, _ = engine.text_rec(crops, True)
        read = []
        for crop, (raw, _score, *info) in zip(crops, res, strict=True):
            cols = [x for word in info[0][2] for x in word] if info and len(info[0]) > 2 else []
            raw = str(raw)
            truth = _truth_for(raw.strip(), truths)
            if truth is None or len(cols) != len(raw) or not info[0][0]:
                c["lines_misread"] += 1
                continue
            px = crop.shape[1] / float(info[0][0])
            read.append((raw, truth, measure(crop), [(x + 0.5) * px for x in cols]))
        mono = page_is_mono([r[2] for r in read], [r[0] for r in read])
        for raw, truth, strip, xs in read:
            new, _ = respace(raw, strip, xs, mono)
            c["lines"] += 1
            c["lines_exact_before"] += raw.strip() == truth
            c["lines_exact_after"] += new.strip() == truth
            for t, r, n in zip(_boundaries(truth), _boundaries(raw.strip()), _boundaries(new.strip()), strict=True):
                c["printed_spaces"] += t
                c["dropped_by_recogniser"] += t and not r
                c["restored"] += t and n and not r
                c["split_wrongly"] += n and not r and not t
                c["recogniser_split_wrongly"] += r and not t
                faces[face]["restored"] += t and n and not r
                faces[face]["dropped"] += t and not r
                faces[face]["split_wrongly"] += n and not r and not t
    out = {"seeds": args.seeds, **c, "per_face": {f: dict(v) for f, v in sorted(faces.items())}}
    print(json.dumps(out, indent=1))
    if args.out:
        path = ROOT / "benchmarks" / "results" / f"ocr-spacing-{args.out}.json"
        path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
