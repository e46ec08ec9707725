"""Build the clean_test25 held-out split.

    /work/main/.venv/bin/python build.py            # render everything, write manifest.jsonl + README tables
    /work/main/.venv/bin/python build.py NAME ...   # re-render only the named scenes (manifest still complete)
"""
import collections
import json
import os
import sys

import matplotlib
matplotlib.use("Agg")

import common
from common import SCENES, Scene, HERE, IMG_DIR, SEED
import gen_docs  # noqa: F401  (registers scenes)
import gen_web  # noqa: F401
import gen_term  # noqa: F401
import gen_charts  # noqa: F401

ID_PREFIX = "c25-"
TARGET = 170  # total number of questions after balancing


def balance(scenes, target):
    """Deterministically drop questions until `target` remain.

    Questions marked core=True in the scene code are kept. Each step removes, from a scene with the most questions, the question for which (number of questions with
    its intent + number of questions in its scene category) is largest, then whose answer type is most frequent. Never drops a scene's first question, never goes below 2 per scene, and never
    drops a question whose intent or answer type has 4 or fewer items left, nor a money question
    while 12 or fewer remain.
    """
    dropped = []
    while sum(len(sc.qs) for sc in scenes) > target:
        ic = collections.Counter(q["intent"] for sc in scenes for q in sc.qs)
        tc = collections.Counter(q["answer_type"] for sc in scenes for q in sc.qs)
        cc = collections.Counter(sc.meta["category"] for sc in scenes for q in sc.qs)
        cands = []
        for si, sc in enumerate(scenes):
            if len(sc.qs) <= 2:
                continue
            for qi, q in enumerate(sc.qs):
                if qi == 0 or q["core"] or ic[q["intent"]] <= 4 or tc[q["answer_type"]] <= 4:
                    continue
                if q["answer_type"] == "money" and tc["money"] <= 12:
                    continue
                cands.append((-len(sc.qs), -(ic[q["intent"]] + cc[sc.meta["category"]]), -tc[q["answer_type"]], si, qi))
        if not cands:
            break
        _, _, _, si, qi = min(cands)
        dropped.append((scenes[si].name, scenes[si].qs.pop(qi)["question"]))
    return dropped


def main(argv):
    only = set(argv)
    os.makedirs(IMG_DIR, exist_ok=True)
    os.makedirs(common.HTML_DIR, exist_ok=True)
    scenes = []
    for fn, meta in SCENES:
        name = fn.__name__
        sc = Scene(name, meta)
        if only and name not in only and os.path.exists(sc.png):
            sc.render_skip = True
            # still need questions and text: run, but renderers are cheap except chromium
            common.DRY = True
        else:
            common.DRY = False
        fn(sc)
        sc.check()
        scenes.append(sc)
        print(f"{name:32s} {sc.size} {len(sc.qs)}", flush=True)
    dropped = balance(scenes, TARGET)
    with open(os.path.join(common.SCRATCH, "dropped.txt"), "w", encoding="utf-8") as f:
        for nm, qq in dropped:
            f.write(f"{nm}\t{qq}\n")
    for sc in scenes:
        assert 2 <= len(sc.qs) <= 4, (sc.name, len(sc.qs))
    rows = []
    n = 0
    for sc in scenes:
        for q in sc.qs:
            n += 1
            rows.append(dict(id=f"{ID_PREFIX}{n:04d}", image=f"images/{sc.name}.png", question=q["question"],
                             answer=q["answer"], answer_type=q["answer_type"], category=sc.meta["category"],
                             intent=q["intent"], literal=q["literal"]))
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_tables(scenes, rows)
    print(f"{len(scenes)} images, {len(rows)} questions")


def write_tables(scenes, rows):
    out = ["| image | renderer | app / kind | theme | category | size | content | Qs |",
           "|---|---|---|---|---|---|---|---|"]
    for sc in scenes:
        m = sc.meta
        out.append(f"| {sc.name}.png | {m['renderer']} | {m['kind']} | {m['theme']} | {m['category']} | "
                   f"{sc.size[0]}×{sc.size[1]} | {m['content']} | {len(sc.qs)} |")
    out.append("")
    for key in ("answer_type", "category", "intent"):
        c = collections.Counter(r[key] for r in rows)
        out.append(f"**{key}**: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
        out.append("")
    lit = sum(r["literal"] for r in rows)
    out.append(f"**literal**: true {lit}, false {len(rows) - lit}")
    out.append("")
    with open(os.path.join(HERE, "README.tables.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):
        txt = open(readme, encoding="utf-8").read()
        a, b = "<!-- tables -->", "<!-- /tables -->"
        if a in txt and b in txt:
            pre, rest = txt.split(a, 1)
            _, post = rest.split(b, 1)
            txt = pre + a + "\n" + "\n".join(out) + "\n" + b + post
            open(readme, "w", encoding="utf-8").write(txt)
            os.remove(os.path.join(HERE, "README.tables.md"))


if __name__ == "__main__":
    main(sys.argv[1:])
