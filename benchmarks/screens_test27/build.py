#!/usr/bin/env python3
"""Build the screens_test27 split: real Debian 12 apps under Xvfb :82 + openbox, fed with seeded data.

Usage:  python build.py            # all windows, then manifest.jsonl
        python build.py t01 g03    # only these windows (others reused from /tmp/screens_test27/results)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import harness as H  # noqa: E402
import scenes_gui  # noqa: E402
import scenes_term  # noqa: E402
from common import SCRATCH, SEED  # noqa: E402

SCENES = [
    ("t01", "t01_term_ls_du", scenes_term.t01_ls_du),
    ("t02", "t02_term_git", scenes_term.t02_git),
    ("t03", "t03_term_prove", scenes_term.t03_prove),
    ("t04", "t04_term_traceback", scenes_term.t04_traceback),
    ("t05", "t05_term_mu_mail", scenes_term.t05_mu),
    ("t06", "t06_term_ikhal", scenes_term.t06_ikhal),
    ("t07", "t07_term_nmon", scenes_term.t07_nmon),
] + scenes_gui.SCENES

RESULTS = os.path.join(SCRATCH, "results")


def main(argv):
    os.makedirs(RESULTS, exist_ok=True)
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    want = set(argv) or {k for k, _, _ in SCENES}
    H.start_x()
    try:
        for key, stem, fn in SCENES:
            if key not in want:
                continue
            img = os.path.join(HERE, "images", stem + ".png")
            print("building", key, flush=True)
            sc = fn(img)
            with open(os.path.join(RESULTS, key + ".json"), "w") as f:
                json.dump(dict(image=f"images/{stem}.png", app=sc.app, theme=sc.theme, category=sc.category,
                               content=sc.content, questions=sc.questions), f, indent=1)
    finally:
        H.stop_x()
    rows = []
    n = 0
    for key, stem, fn in SCENES:
        p = os.path.join(RESULTS, key + ".json")
        if not os.path.exists(p):
            print("missing", key)
            continue
        d = json.load(open(p))
        for q in d["questions"]:
            n += 1
            rows.append(dict(id=f"s27-{n:04d}", image=d["image"], question=q["question"], answer=q["answer"],
                             answer_type=q["answer_type"], category=q["category"], intent=q["intent"],
                             literal=q["literal"]))
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "questions; seed", SEED)


if __name__ == "__main__":
    main(sys.argv[1:])
