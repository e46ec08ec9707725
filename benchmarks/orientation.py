"""Whole-page orientation on realistic images: every image of a directory as it is (all upright: any
turn is a false rotation) and rotated by 90, 180 and 270 degrees (the turn must undo it).

Per case: the page read (`read_lines`, which the tools run first anyway and reuse), then
`orientation.assess` on it. "Added" time is assess alone: on an upright page it is the text vote, plus
the classifier only when the vote says the page is turned. The classifier's probabilities are recorded
for every case (untimed) so the decision rule can be re-checked offline with `--recompute`.

    PYTHONPATH=src OMP_NUM_THREADS=1 python benchmarks/orientation.py benchmarks/realistic/dev/images \
        --raw /tmp/orientation-raw.jsonl --out benchmarks/results/orientation.json
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from seeingeye.imageio import load_image
from seeingeye.sir import Box
from seeingeye.tools import Engines, ToolContext
from seeingeye.tools.ocr import OcrLine, read_lines
from seeingeye.tools.orientation import Assessment, assess, classify


def measure(path: Path, engines: Engines) -> list[dict[str, Any]]:
    base = np.asarray(load_image(path, max_pixels=50_000_000, max_file_bytes=1 << 26, max_side=4096).image)
    rows = []
    for k in range(4):
        rgb = np.ascontiguousarray(np.rot90(base, k))  # k quarter turns counter-clockwise
        ctx = ToolContext(image=Image.fromarray(rgb), engines=engines)
        t0 = time.perf_counter()
        lines = read_lines(ctx)
        t1 = time.perf_counter()
        verdict = assess(lines, ctx.array)
        t2 = time.perf_counter()
        probs = verdict.classifier or classify(ctx.array)
        rows.append(
            {
                "image": path.name,
                "kind": re.sub(r"\d+$", "", path.stem),
                "rotated_ccw": 90 * k,
                "want": (360 - 90 * k) % 360,
                "turn": verdict.turn,
                "vote": verdict.vote,
                "weight": verdict.weight,
                "classifier": probs,
                "classifier_ran": verdict.classifier is not None,
                "read_s": t1 - t0,
                "assess_s": t2 - t1,
            }
        )
    return rows


def redecide(row: dict[str, Any]) -> int:
    """The current rule on a recorded case (its vote and classifier probabilities)."""
    import seeingeye.tools.orientation as o

    vote = {int(a): v for a, v in row["vote"].items()}
    probs = {int(a): v for a, v in row["classifier"].items()}
    saved = o.classify
    o.classify = lambda _rgb: probs  # type: ignore[assignment]
    try:
        lines = [
            OcrLine(text="x" * 1000, box=Box(x0=0, y0=0, x1=1, y1=1), confidence=v, angle=a) for a, v in vote.items()
        ]
        verdict: Assessment = o.assess(lines if row["weight"] >= o.MIN_WEIGHT else [], np.zeros((8, 8, 3), np.uint8))
    finally:
        o.classify = saved
    return verdict.turn


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    upright = [r for r in rows if r["rotated_ccw"] == 0]
    turned = [r for r in rows if r["rotated_ccw"]]
    added = [r["assess_s"] * 1000 for r in upright]
    out: dict[str, Any] = {
        "images": len(upright),
        "upright_false_rotations": [r["image"] for r in upright if r["turn"]],
        "upright_classifier_runs": sum(r["classifier_ran"] for r in upright),
        "upright_added_ms_median": round(statistics.median(added), 3) if added else None,
        "upright_added_ms_max": round(max(added), 3) if added else None,
        "page_read_ms_median": round(statistics.median(r["read_s"] * 1000 for r in rows), 1) if rows else None,
        "turned_assess_ms_median": round(statistics.median(r["assess_s"] * 1000 for r in turned), 1)
        if turned
        else None,
    }
    for k in (90, 180, 270):
        sub = [r for r in turned if r["rotated_ccw"] == k]
        out[f"rotated_{k}_correct"] = f"{sum(r['turn'] == r['want'] for r in sub)}/{len(sub)}"
    out["rotated_correct"] = f"{sum(r['turn'] == r['want'] for r in turned)}/{len(turned)}"
    from seeingeye.tools.orientation import MIN_WEIGHT

    texty = [r for r in turned if r["weight"] >= MIN_WEIGHT]
    out["rotated_with_text_correct"] = f"{sum(r['turn'] == r['want'] for r in texty)}/{len(texty)}"
    out["images_without_text"] = sorted({r["image"] for r in upright if r["weight"] < MIN_WEIGHT})
    out["rotated_wrong_turn"] = [
        f"{r['image']}@{r['rotated_ccw']}->{r['turn']}" for r in turned if r["turn"] not in (0, r["want"])
    ]
    out["rotated_left_unturned"] = [f"{r['image']}@{r['rotated_ccw']}" for r in turned if r["turn"] == 0]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("images", type=Path, help="a directory of upright images")
    ap.add_argument("--raw", type=Path, default=Path("/tmp/orientation-raw.jsonl"), help="per-case rows (resumable)")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--images", type=int, default=0, dest="limit", help="only the first N images")
    ap.add_argument("--recompute", action="store_true", help="re-decide the recorded cases with the current rule")
    args = ap.parse_args()
    done: list[dict[str, Any]] = []
    if args.raw.exists():
        done = [json.loads(x) for x in args.raw.read_text().splitlines() if x.strip()]
    files = sorted(p for p in args.images.iterdir() if p.suffix.lower() in (".png", ".jpg", ".jpeg", ".webp"))
    # Round-robin over kinds, so the first N images cover every kind.
    kinds: dict[str, list[Path]] = {}
    for p in files:
        kinds.setdefault(re.sub(r"\d+$", "", p.stem), []).append(p)
    files = [p for i in range(len(files)) for group in kinds.values() if i < len(group) for p in [group[i]]]
    files = files[: args.limit] if args.limit else files
    if not args.recompute:
        seen = {r["image"] for r in done}
        engines = Engines()
        with args.raw.open("a") as fh:
            for p in files:
                if p.name in seen:
                    continue
                for row in measure(p, engines):
                    done.append(row)
                    fh.write(json.dumps(row) + "\n")
                fh.flush()
                print(p.name, [r["turn"] for r in done[-4:]], flush=True)
    else:
        for r in done:
            r["turn"] = redecide(r)
    names = {p.name for p in files}
    rows = [r for r in done if r["image"] in names]
    summary = summarise(rows)
    print(json.dumps(summary, indent=1))
    if args.out:
        compact = [
            {k: r[k] for k in ("image", "rotated_ccw", "want", "turn", "classifier_ran")}
            | {
                "vote": {a: round(v, 3) for a, v in r["vote"].items()},
                "read_ms": round(r["read_s"] * 1000),
                "assess_ms": round(r["assess_s"] * 1000, 2),
            }
            for r in rows
        ]
        args.out.write_text(
            json.dumps(
                {"command": "benchmarks/orientation.py " + str(args.images), "summary": summary, "cases": compact},
                indent=1,
            )
            + "\n"
        )


if __name__ == "__main__":
    main()
