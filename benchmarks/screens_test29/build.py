#!/usr/bin/env python3
"""screens_test29 builder.  Usage (as root, Xvfb :84 + openbox running):
    /work/main/.venv/bin/python build.py            # all windows, then manifest.jsonl
    /work/main/.venv/bin/python build.py t01 g05    # only these windows (prefix match), manifest re-assembled
Every window has its own random stream sha256("4793/<window>"); golds are computed from the generated data
and, when literal, asserted to occur in the text the application was given / printed."""
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import harness as H  # noqa: E402
from scenes_term import TERM_SCENES  # noqa: E402
from scenes_gui import GUI_SCENES  # noqa: E402

SEED = 4793
SCR = "/tmp/screens_test29"
RES = os.path.join(SCR, "results")
IMG = os.path.join(HERE, "images")


def rng(name):
    return random.Random(hashlib.sha256(f"{SEED}/{name}".encode()).hexdigest())


def main(argv):
    os.makedirs(RES, exist_ok=True)
    os.makedirs(IMG, exist_ok=True)
    scenes = TERM_SCENES + GUI_SCENES
    wanted = argv[1:]
    for name, fn in scenes:
        if wanted and not any(name.startswith(w) for w in wanted):
            continue
        print(f"== {name}", flush=True)
        qs = fn(name, rng(name), os.path.join(IMG, name + ".png"))
        for q in qs:
            q["image"] = f"images/{name}.png"
        with open(os.path.join(RES, name + ".json"), "w") as f:
            json.dump(qs, f, indent=1)
        for q in qs:
            print(f"   {q['question']!r} -> {q['answer']!r}")
    # assemble
    rows = []
    for name, _ in scenes:
        p = os.path.join(RES, name + ".json")
        if not os.path.exists(p):
            print("missing", name)
            continue
        rows += json.load(open(p))
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
        for i, q in enumerate(rows, 1):
            o = {"id": f"s29-{i:04d}", "image": q["image"], "question": q["question"], "answer": q["answer"],
                 "answer_type": q["answer_type"], "category": q["category"], "intent": q["intent"],
                 "literal": q["literal"]}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(rows), "questions")


if __name__ == "__main__":
    main(sys.argv)
