#!/usr/bin/env python3
"""Build screens_test30: real Debian 12 application windows under Xvfb :85 + openbox.

    python build.py            # every window, then manifest.jsonl
    python build.py t02 g05    # only those windows (prefix match); manifest re-assembled from results
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import harness as H  # noqa: E402
from common import OUT, RESULTS, SCRATCH, SEED  # noqa: E402
import scenes_term  # noqa: E402
import scenes_gui  # noqa: E402

ALL = dict(scenes_term.SCENES)
ALL.update(scenes_gui.SCENES)


def assemble():
    rows = []
    for key in sorted(ALL, key=lambda k: (k[0] != "t", k)):
        files = [f for f in sorted(os.listdir(RESULTS)) if f.startswith(key + "_")] if os.path.isdir(RESULTS) else []
        for f in files:
            res = json.load(open(f"{RESULTS}/{f}"))
            for q in res["qs"]:
                rows.append(dict(image=f"images/{res['name']}.png", question=q["question"], answer=q["answer"],
                                 answer_type=q["answer_type"], category=res["category"], intent=q["intent"],
                                 literal=q["literal"]))
    with open(f"{OUT}/manifest.jsonl", "w") as f:
        for i, row in enumerate(rows, 1):
            row = dict(id=f"s30-{i:04d}", **row)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"manifest: {len(rows)} questions (SEED={SEED})")


def main(args):
    os.makedirs(SCRATCH, exist_ok=True)
    os.makedirs(f"{OUT}/images", exist_ok=True)
    keys = [k for k in ALL if not args or any(k.startswith(a) for a in args)]
    H.ensure_x()
    try:
        for k in keys:
            print("==", k, flush=True)
            ALL[k]()
            H.stop_all()
    finally:
        H.stop_all()
    assemble()


if __name__ == "__main__":
    if "--stop-x" in sys.argv:
        H.stop_x()
    else:
        main(sys.argv[1:])
