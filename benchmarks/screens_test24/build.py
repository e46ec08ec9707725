#!/work/main/.venv/bin/python
"""Build screens_test24: screenshots of real Debian 12 applications under Xvfb :79 + openbox.

Usage:  /work/main/.venv/bin/python build.py            (all scenes, writes manifest.jsonl)
        /work/main/.venv/bin/python build.py t01 g03    (only these scenes, manifest untouched)
"""
import json, os, random, shutil, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import xhelp
from xhelp import sh, SCRATCH

from common import *  # noqa
from common import SCENES, IMG, SEED
from scenes_term import *   # noqa: E402,F401,F403
from scenes_gui import *    # noqa: E402,F401,F403


def main():
    os.makedirs(IMG, exist_ok=True)
    os.makedirs(SCRATCH, exist_ok=True)
    want = sys.argv[1:]
    keys = sorted(SCENES) if not want else want
    allq = []
    for k in keys:
        print("scene", k, flush=True)
        qs = SCENES[k]()
        allq += qs
    if want:
        for q in allq:
            print(json.dumps(q))
        return
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
        for i, q in enumerate(allq, 1):
            row = dict(id="s24-%04d" % i, **q)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(allq), "questions")


if __name__ == "__main__":
    main()
