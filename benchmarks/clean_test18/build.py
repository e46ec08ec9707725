"""Regenerate every image and manifest.jsonl for clean_test18 (seed 71933)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SEED, HERE, IMG_DIR, Manifest  # noqa: E402
import gen_pil  # noqa: E402
import gen_charts  # noqa: E402
import gen_html  # noqa: E402

MODULES = [gen_pil, gen_charts, gen_html]


def main():
    os.makedirs(IMG_DIR, exist_ok=True)
    only = sys.argv[1:]
    M = Manifest()
    for mod in MODULES:
        if only and mod.__name__ not in only:
            continue
        mod.build(M)
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for i, r in enumerate(M.rows, 1):
            row = {"id": f"c18-{i:04d}"}
            row.update(r)
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"seed={SEED} images={len(M.visible)} questions={len(M.rows)}")
    for p in M.problems:
        print("PROBLEM:", p)


if __name__ == "__main__":
    main()
