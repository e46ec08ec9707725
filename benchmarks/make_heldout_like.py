"""Write a varied JSONL manifest (documents, receipts, charts, tables, small and rotated print, counts,
colours, sizes, photos, multiple choice) in the harness's format, for `seeingeye eval`.

    python benchmarks/make_heldout_like.py OUT_DIR [--n 120] [--seed 1000] [--suite basic|docs|all]

`docs` (eval/synth_docs.py) draws documents whose answers must be read back exactly (phones, hex ids, terminal
hashes, wide tables, upside-down notices); `all` interleaves both suites.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from seeingeye.eval import synth, synth_docs

SUITES = {"basic": synth.GENERATORS, "docs": synth_docs.GENERATORS,
          "all": {**synth.GENERATORS, **synth_docs.GENERATORS}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--seed", type=int, default=1000)
    ap.add_argument("--suite", choices=sorted(SUITES), default="basic")
    args = ap.parse_args()
    path = synth.write_manifest(synth.generate(args.n, seed=args.seed, generators=SUITES[args.suite]), args.out)
    rows = path.read_text().splitlines()
    print(f"wrote {len(rows)} items to {path}")


if __name__ == "__main__":
    main()
