"""OCR engines on the same generated images: seconds per image and whether the gold answer is in the text.

    python benchmarks/ocr_engines.py [--n 40] [--seed 7]

RapidOCR always; Tesseract when its binary is installed. Writes benchmarks/results/ocr_engines.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from seeingeye.eval import synth
from seeingeye.eval.scoring import evidence_hit
from seeingeye.textutil import parse_number
from seeingeye.tools import Engines, ToolContext
from seeingeye.tools.ocr import read_lines, tesseract_available

KINDS = ["receipt", "table", "chart", "small_print", "rotated", "injection"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "ocr_engines.json")
    args = ap.parse_args()
    items = synth.generate(args.n, seed=args.seed, kinds=KINDS)
    engines = ["rapidocr"] + (["tesseract"] if tesseract_available() else [])
    eng = Engines()
    eng.rapidocr()  # load sessions outside the timing
    results = {}
    for name in engines:
        secs, hits = [], 0
        for item in items:
            ctx = ToolContext(image=item.image, engines=eng)
            t0 = time.perf_counter()
            lines = read_lines(ctx, engine=name)
            secs.append(time.perf_counter() - t0)
            texts = [ln.text for ln in lines]
            hits += evidence_hit(item.answer, texts, [n for t in texts if (n := parse_number(t)) is not None])
        results[name] = {
            "images": len(items),
            "seconds_per_image_mean": sum(secs) / len(secs),
            "seconds_per_image_p50": sorted(secs)[len(secs) // 2],
            "gold_in_text": hits / len(items),
        }
    if "tesseract" not in results:
        results["tesseract"] = {"skipped": "tesseract binary not installed"}
    print(json.dumps(results, indent=2))
    args.out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
