"""Perception speed and render_text size/recall on a realistic manifest (one JSON object a line with
image, question, answer, category, literal).

Per image, interleaved so both see the same machine load:
  - ocr-dump's OCR pass: `read_lines` on a fresh context (what the `ocr-dump` baseline runs before its
    one model call);
  - seeingeye's perception: the default plan (`ToolPlanTranslator.perceive`) plus `SIR.render_text()`.
Per question with a literal answer: is the answer in the rendered text (case- and space-insensitive)?
Size: rendered characters / 4 against the image tokens Qwen2.5-VL would spend (`vlm_image_tokens`).

    PYTHONPATH=src OMP_NUM_THREADS=1 python benchmarks/perception_speed.py \
        benchmarks/realistic/dev/manifest.jsonl --out benchmarks/results/perception_speed.json
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import time
from collections import defaultdict
from pathlib import Path

from seeingeye.agents.translator import Budget, ToolPlanTranslator
from seeingeye.imageio import load_image
from seeingeye.pipeline import new_sir
from seeingeye.tools import Engines, ToolContext
from seeingeye.tools.ocr import read_lines
from seeingeye.trace import Trace


def vlm_image_tokens(w: int, h: int, min_pixels: int = 3136, max_pixels: int = 12845056, factor: int = 28) -> int:
    """Tokens Qwen2.5-VL spends on a w x h image: its smart_resize (sides rounded to multiples of 28,
    area kept within [min_pixels, max_pixels]), then one token per 28x28 patch."""
    h_bar = max(factor, round(h / factor) * factor)
    w_bar = max(factor, round(w / factor) * factor)
    if h_bar * w_bar > max_pixels:
        beta = math.sqrt((h * w) / max_pixels)
        h_bar = math.floor(h / beta / factor) * factor
        w_bar = math.floor(w / beta / factor) * factor
    elif h_bar * w_bar < min_pixels:
        beta = math.sqrt(min_pixels / (h * w))
        h_bar = math.ceil(h * beta / factor) * factor
        w_bar = math.ceil(w * beta / factor) * factor
    return (h_bar // factor) * (w_bar // factor)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("manifest", type=Path)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/results/perception_speed.json"))
    ap.add_argument("--categories", default="", help="comma-separated categories to keep (default: all)")
    ap.add_argument("--limit", type=int, default=0, help="at most this many images")
    args = ap.parse_args()
    items = [json.loads(line) for line in args.manifest.read_text().splitlines() if line.strip()]
    keep = {c for c in args.categories.split(",") if c}
    images: dict[str, list[dict]] = defaultdict(list)
    for it in items:
        if not keep or it.get("category") in keep:
            images[it["image"]].append(it)
    names = list(images)[: args.limit or None]
    engines = Engines()
    engines.rapidocr()  # sessions load before the clock starts
    translator = ToolPlanTranslator()
    rows = []
    for name in names:
        its = images[name]
        loaded = load_image(args.manifest.parent / name)
        t0 = time.perf_counter()
        read_lines(ToolContext(image=loaded.image, engines=engines))
        ocr_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        ctx = ToolContext(image=loaded.image, engines=engines)
        sir = new_sir("Describe the image.", loaded)
        translator.perceive(ctx, sir, trace=Trace(), budget=Budget(40, time.monotonic() + 120))
        text = sir.render_text(6000)
        see_s = time.perf_counter() - t0
        w, h = loaded.size
        lit = [it for it in its if it.get("literal")]
        hits = [_squash(str(it["answer"])) in _squash(text) for it in lit]
        rows.append(
            {
                "image": name,
                "category": its[0].get("category", "?"),
                "ocr_dump_ocr_s": round(ocr_s, 3),
                "seeingeye_perceive_s": round(see_s, 3),
                "text_tokens": len(text) // 4,
                "vlm_tokens": vlm_image_tokens(w, h),
                "literal": len(lit),
                "literal_found": int(sum(hits)),
                "missed": [it["answer"] for it, ok in zip(lit, hits, strict=True) if not ok],
            }
        )
        print(json.dumps(rows[-1]), flush=True)
    by_cat: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_cat[r["category"]].append(r)

    def agg(rs: list[dict]) -> dict:
        lit = sum(r["literal"] for r in rs)
        return {
            "images": len(rs),
            "median_ocr_dump_ocr_s": round(statistics.median(r["ocr_dump_ocr_s"] for r in rs), 3),
            "median_seeingeye_s": round(statistics.median(r["seeingeye_perceive_s"] for r in rs), 3),
            "median_ratio": round(statistics.median(r["seeingeye_perceive_s"] / r["ocr_dump_ocr_s"] for r in rs), 3),
            "median_text_over_vlm_tokens": round(statistics.median(r["text_tokens"] / r["vlm_tokens"] for r in rs), 3),
            "literal_recall": round(sum(r["literal_found"] for r in rs) / lit, 3) if lit else None,
            "literal_items": lit,
        }

    summary = {"all": agg(rows), **{c: agg(rs) for c, rs in sorted(by_cat.items())}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"summary": summary, "images": rows}, indent=1))
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
