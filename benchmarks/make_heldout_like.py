"""Write a varied JSONL manifest (documents, receipts, charts, tables, small and rotated print, counts,
colours, sizes, photos, multiple choice) in the harness's format, for `seeingeye eval`.

    python benchmarks/make_heldout_like.py OUT_DIR [--n 120] [--seed 1000]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from seeingeye.eval import synth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--seed", type=int, default=1000)
    args = ap.parse_args()
    path = synth.write_manifest(synth.generate(args.n, seed=args.seed), args.out)
    rows = path.read_text().splitlines()
    print(f"wrote {len(rows)} items to {path}")


if __name__ == "__main__":
    main()
