#!/usr/bin/env python3
"""Build screens_test26: screenshots of real Debian 12 applications under Xvfb :81 + openbox.

    /usr/bin/python3 build.py            # all windows, then manifest.jsonl
    /usr/bin/python3 build.py t01 g03    # only windows whose name starts with these (others from cache)

Every gold is computed from the data generated here (SEED below); literal golds are asserted to appear in the
text the window draws. Per-window results are cached in /tmp/screens_test26/results/ and the manifest is
assembled in a fixed window order, so ids are stable.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("MPLBACKEND", "Agg")

import harness as H  # noqa: E402
from common import IMG, OUT, SCRATCH, SEED  # noqa: E402
import scenes_term  # noqa: E402
import scenes_gui  # noqa: E402

ALL = scenes_term.SCENES + scenes_gui.SCENES
RES = os.path.join(SCRATCH, "results")


def main():
    only = sys.argv[1:]
    os.makedirs(IMG, exist_ok=True)
    os.makedirs(RES, exist_ok=True)
    todo = [f for f in ALL if not only or any(f.__name__.startswith(o) for o in only)]
    disp = H.Display()
    disp.start()
    try:
        for f in todo:
            print("==", f.__name__, flush=True)
            sc = f()
            rec = dict(name=sc.name, app=sc.app, theme=sc.theme, category=sc.category, content=sc.content,
                       qs=sc.qs)
            with open(os.path.join(RES, f.__name__ + ".json"), "w") as fh:
                json.dump(rec, fh, indent=1, ensure_ascii=False)
            print("   %d questions" % len(sc.qs), flush=True)
    finally:
        disp.stop()
    recs = []
    for f in ALL:
        p = os.path.join(RES, f.__name__ + ".json")
        if not os.path.exists(p):
            print("missing", f.__name__, "- manifest not written")
            return
        recs.append(json.load(open(p)))
    n = 0
    with open(os.path.join(OUT, "manifest.jsonl"), "w") as fh:
        for rec in recs:
            for q in rec["qs"]:
                n += 1
                row = dict(id="s26-%04d" % n, image="images/%s.png" % rec["name"], question=q["question"],
                           answer=q["answer"], answer_type=q["answer_type"], category=q["category"],
                           intent=q["intent"], literal=q["literal"])
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(SCRATCH, "windows.json"), "w") as fh:
        json.dump([{k: v for k, v in r.items() if k != "qs"} | {"n": len(r["qs"])} for r in recs], fh, indent=1)
    print("SEED", SEED, "windows", len(recs), "questions", n)


if __name__ == "__main__":
    main()
