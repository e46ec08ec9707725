"""Recognition in groups of like-shaped strips against one padded batch, in one run (ratios, not seconds).

    OMP_NUM_THREADS=1 PYTHONPATH=src python benchmarks/recognition_grouping.py IMAGE... \
        --out benchmarks/results/recognition_grouping.json

RapidOCR pads every strip of a batch to the widest one; `ocr_engine._recognise_grouped` batches strips of
like width over height. Both variants read every image, interleaved (A B B A, twice) so drift in the
machine's load falls on both; the report gives the time ratio and the lines whose reading differs.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image
from rapidocr_onnxruntime import RapidOCR

import seeingeye.tools.ocr_engine as engine_mod

GROUPED = engine_mod._recognise_grouped


def padded(engine: Any, crops: list[np.ndarray]) -> list[Any]:
    """RapidOCR's own batching: sorted by ratio, six to a batch, each padded to its widest strip."""
    rec = engine.text_rec
    rec.rec_batch_num = engine_mod.REC_BATCH
    res, _ = rec(crops, True)
    return list(res)


def read_all(engine: Any, images: list[np.ndarray], variant: Any) -> tuple[float, list[list[str]]]:
    engine_mod._recognise_grouped = variant
    t = time.perf_counter()
    texts = [[ln.text for ln in engine_mod.read_array(engine, rgb)] for rgb in images]
    return time.perf_counter() - t, texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("images", nargs="+", type=Path)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    engine = RapidOCR()
    images = [np.asarray(Image.open(p).convert("RGB")) for p in args.images]
    read_all(engine, images[:1], GROUPED)  # warm the sessions
    total = {"padded": 0.0, "grouped": 0.0}
    texts: dict[str, list[list[str]]] = {}
    for _ in range(2):
        for name, variant in (("padded", padded), ("grouped", GROUPED), ("grouped", GROUPED), ("padded", padded)):
            spent, texts[name] = read_all(engine, images, variant)
            total[name] += spent
    engine_mod._recognise_grouped = GROUPED
    differ = [(a, b) for pa, pb in zip(texts["padded"], texts["grouped"], strict=True)
              for a, b in zip(pa, pb, strict=False) if a != b]
    report = {"images": [str(p) for p in args.images], "lines": sum(len(t) for t in texts["padded"]),
              "time_ratio_grouped_over_padded": round(total["grouped"] / total["padded"], 3),
              "lines_differing": [{"padded": a, "grouped": b} for a, b in differ]}
    print(json.dumps(report, indent=1, ensure_ascii=False))
    if args.out:
        args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
