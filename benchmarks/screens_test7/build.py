#!/usr/bin/env python
"""Build the screens_test7 split: real applications under Xvfb, captured to PNG.

Usage: python benchmarks/screens_test7/build.py [--only scene1,scene2]
Needs Xvfb, openbox, xdotool, imagemagick and the Debian apps listed in README.md.
Display: $ST7_DISPLAY (default :74).  Seed: 7007.
"""
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402
from scenes_a import SCENES_A  # noqa: E402
from scenes_b import SCENES_B  # noqa: E402

SEED = 7007


def main():
    only = None
    if "--only" in sys.argv:
        only = set(sys.argv[sys.argv.index("--only") + 1].split(","))
    img_dir = os.path.join(HERE, "images")
    os.makedirs(img_dir, exist_ok=True)
    os.makedirs(lib.ROOT, exist_ok=True)
    scenes = SCENES_A + SCENES_B
    results = {}
    cache = os.path.join(HERE, ".items_cache.json")
    if only and os.path.exists(cache):
        results = json.load(open(cache))
    with lib.Display():
        for fn in scenes:
            name = fn.__name__
            if only and name not in only:
                continue
            rng = random.Random(f"{SEED}:{name}")
            png = os.path.join(img_dir, f"{name}.png")
            print("scene", name, flush=True)
            res = fn(rng, png)
            category, items = res[0], res[1]
            results[name] = {"category": category, "items": items}
    json.dump(results, open(cache, "w"), indent=0)
    # manifest in fixed scene order
    n = 0
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as out:
        for fn in scenes:
            name = fn.__name__
            if name not in results:
                continue
            r = results[name]
            for it in r["items"]:
                n += 1
                q, a, atype, intent, literal = it[:5]
                cat = it[5] if len(it) > 5 else r["category"]
                out.write(json.dumps({
                    "id": f"s7-{n:04d}", "image": f"images/{name}.png", "question": q,
                    "answer": str(a), "answer_type": atype, "category": cat,
                    "intent": intent, "literal": bool(literal)}, ensure_ascii=False) + "\n")
    print("items", n)


if __name__ == "__main__":
    main()
