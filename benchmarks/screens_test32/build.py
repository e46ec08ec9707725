#!/usr/bin/env python3
"""Build screens_test32: screenshots of real Debian 12 apps under Xvfb :87 + openbox.

usage: python3 build.py [--only scene,scene] [--work /tmp/screens32/work]
"""
import argparse, json, os, random, re, shutil, sys, time
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import xdisplay as X
import gui_scenes, term_scenes

SEED = 27733


def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--work", default="/tmp/screens32/work")
    a = ap.parse_args()
    only = set(filter(None, a.only.split(",")))
    scenes = gui_scenes.SCENES + term_scenes.SCENES
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    X.start_display()
    results = {}
    failed = {}
    try:
        for name, fn in scenes:
            if only and name not in only:
                continue
            rng = random.Random(f"{SEED}:{name}")
            d = os.path.join(a.work, name)
            shutil.rmtree(d, ignore_errors=True)
            os.makedirs(d)
            img = os.path.join(HERE, "images", f"{name}.png")
            print(f"== {name}", flush=True)
            try:
                info = fn(rng, d, img)
            except Exception as e:  # an app that hangs or fails is dropped
                import traceback; traceback.print_exc()
                failed[name] = f"{type(e).__name__}: {e}"
                continue
            drawn = norm(info["drawn"])
            for q in info["questions"]:
                if q[4]:
                    assert norm(q[1]) in drawn, (name, q)
            results[name] = info
    finally:
        X.stop_display()
    # merge with existing manifest rows of scenes not rebuilt
    man = os.path.join(HERE, "manifest.jsonl")
    old = {}
    if only and os.path.exists(man):
        for line in open(man):
            r = json.loads(line)
            old.setdefault(r["image"], []).append(r)
    rows = []
    n = 0
    for name, fn in scenes:
        image = f"images/{name}.png"
        if name in results:
            info = results[name]
            qs = [dict(question=q[0], answer=str(q[1]), answer_type=q[2], intent=q[3], literal=bool(q[4]))
                  for q in info["questions"]]
            cat = info["category"]
        elif image in old:
            qs = [{k: r[k] for k in ("question", "answer", "answer_type", "intent", "literal")} for r in old[image]]
            cat = old[image][0]["category"]
        else:
            continue
        for q in qs:
            n += 1
            rows.append(dict(id=f"s32-{n:04d}", image=image, question=q["question"], answer=q["answer"],
                             answer_type=q["answer_type"], category=cat, intent=q["intent"], literal=q["literal"]))
    with open(man, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} questions; failed: {failed}")
    with open(os.path.join(a.work, "failed.json"), "w") as f:
        json.dump(failed, f, indent=1)


if __name__ == "__main__":
    main()
