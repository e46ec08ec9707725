#!/usr/bin/env python3
"""Builder for the screens_test9 split: real application windows under Xvfb.

Run:  python benchmarks/screens_test9/build.py            (all scenes)
      python benchmarks/screens_test9/build.py kate gitg  (only some scenes; manifest
                                                            is rewritten from all scenes
                                                            whose items were cached)
Every scene prepares content from a seeded RNG, starts a real Debian application on
Xvfb (display :95 by default, override with ST9_DISPLAY), captures the window and
returns its questions, whose golds are computed from the prepared content.
"""
import json
import os
import random
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from xdesk import Desk, fresh_dir  # noqa: E402
import scenes  # noqa: E402

SEED = 5171
DISPLAY_NUM = int(os.environ.get("ST9_DISPLAY", "95"))
IMG_DIR = os.path.join(HERE, "images")
CACHE_DIR = os.path.join(HERE, ".items")  # per-scene item lists (not committed)


def run_scene(name, fn):
    rng = random.Random(f"{SEED}:{name}")
    home = fresh_dir(f"/home/{scenes.HOMES[name]}")
    desk = Desk(DISPLAY_NUM, home)
    try:
        img_rel = f"images/{name}.png"
        items = fn(desk, rng, os.path.join(HERE, img_rel))
    finally:
        desk.stop()
        shutil.rmtree(home, ignore_errors=True)
    for it in items:
        it["image"] = img_rel
    return items


def main(argv):
    os.makedirs(IMG_DIR, exist_ok=True)
    os.makedirs(CACHE_DIR, exist_ok=True)
    wanted = argv[1:] or list(scenes.SCENES)
    for name in wanted:
        fn = scenes.SCENES[name]
        t0 = time.time()
        items = run_scene(name, fn)
        with open(os.path.join(CACHE_DIR, name + ".json"), "w") as f:
            json.dump(items, f, indent=1)
        print(f"{name}: {len(items)} items in {time.time() - t0:.1f}s", flush=True)
    # manifest in scene order
    rows = []
    n = 0
    for name in scenes.SCENES:
        p = os.path.join(CACHE_DIR, name + ".json")
        if not os.path.exists(p):
            continue
        for it in json.load(open(p)):
            n += 1
            rows.append({
                "id": f"s9-{n:04d}",
                "image": it["image"],
                "question": it["q"],
                "answer": str(it["a"]),
                "answer_type": it["t"],
                "category": it["cat"],
                "intent": it["intent"],
                "literal": bool(it["lit"]),
            })
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"manifest: {len(rows)} items, {len({r['image'] for r in rows})} images")


if __name__ == "__main__":
    main(sys.argv)
