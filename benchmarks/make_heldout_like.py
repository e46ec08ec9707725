"""Write a varied JSONL manifest (documents, receipts, charts, tables, small and rotated print, counts,
colours, sizes, photos, multiple choice) in the harness's format, for `seeingeye eval`.

    python benchmarks/make_heldout_like.py OUT_DIR [--n 120] [--seed 1000]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from seeingeye.eval import synth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--seed", type=int, default=1000)
    args = ap.parse_args()
    (args.out / "images").mkdir(parents=True, exist_ok=True)
    rows = []
    for i, item in enumerate(synth.generate(args.n, seed=args.seed)):
        name = f"images/{i:04d}.png"
        item.image.save(args.out / name)
        row = {
            "id": f"s{i:04d}",
            "image": name,
            "question": item.question,
            "answer": item.answer,
            "answer_type": item.answer_type,
            "category": item.category,
        }
        if item.options:
            row["options"] = item.options
        rows.append(row)
    (args.out / "manifest.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    print(f"wrote {len(rows)} items to {args.out / 'manifest.jsonl'}")


if __name__ == "__main__":
    main()
