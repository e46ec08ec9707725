"""Build clean_test20: renders every scene into images/ and writes manifest.jsonl.

Usage: /work/main/.venv/bin/python build.py [scene-name-substring ...]
(with arguments, only matching scenes are rendered; the manifest is only written on a full build)
"""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import g_docs, g_term, g_web, g_charts  # noqa: E402

MODULES = [g_docs, g_term, g_web, g_charts]


def main(argv):
    only = argv[1:]
    scenes = []
    for m in MODULES:
        for fn in m.SCENES:
            if only and not any(o in fn.__name__ for o in only):
                continue
            sc = fn()
            sc.check()
            scenes.append(sc)
            print(f"{sc.name:32s} {sc.category:10s} {len(sc.qs)} q  {sc.width}px", flush=True)
    names = [s.name for s in scenes]
    assert len(names) == len(set(names)), "duplicate scene name"
    if only:
        return
    # remove stale images
    keep = {s.name + ".png" for s in scenes}
    for f in os.listdir(common.IMG_DIR):
        if f not in keep:
            os.remove(os.path.join(common.IMG_DIR, f))
    rows = []
    n = 0
    for sc in scenes:
        for q in sc.qs:
            n += 1
            rows.append(dict(id=f"c20-{n:04d}", image=sc.image, question=q["question"], answer=q["answer"],
                             answer_type=q["answer_type"], category=sc.category, intent=q["intent"], literal=q["literal"]))
    with open(os.path.join(common.HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(common.SCRATCH, "scenes.json"), "w") as f:
        json.dump([dict(name=s.name, category=s.category, kind=s.kind, theme=s.theme, width=s.width,
                        height=getattr(s, "height", None), nq=len(s.qs)) for s in scenes], f, indent=1, ensure_ascii=False)
    print(len(scenes), "images", len(rows), "questions")
    for key in ("answer_type", "category", "intent"):
        print(key, dict(Counter(r[key] for r in rows).most_common()))


if __name__ == "__main__":
    main(sys.argv)
