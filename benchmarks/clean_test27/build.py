"""Build clean_test27: images + manifest.jsonl.  Usage: python build.py [module.func ...]"""
import importlib
import json
import os
import re
import sys

import common

MODULES = ["gen_docs", "gen_term", "gen_ui", "gen_charts"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def write_tables():
    """Image table + counts (markdown) to /tmp/clean_test27/tables.md, pasted into README.md."""
    from collections import Counter
    from PIL import Image
    nq = Counter(qq["image"] for qq in common.QUESTIONS)
    out = ["| image | size | app / kind (renderer) | theme | category | content | Qs |", "|---|---|---|---|---|---|---|"]
    for img, kind, theme, cat, content in common.SCENES:
        w, h = Image.open(os.path.join(common.IMG, img)).size
        out.append(f"| {img} | {w}×{h} | {kind} | {theme} | {cat} | {content} | {nq['images/' + img]} |")
    for key in ("answer_type", "category", "intent"):
        c = Counter(qq[key] for qq in common.QUESTIONS)
        out += ["", f"**by {key}:** " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])))]
    lit = sum(qq["literal"] for qq in common.QUESTIONS)
    out += ["", f"literal: {lit} true, {len(common.QUESTIONS) - lit} false"]
    with open(os.path.join(common.TMP, "tables.md"), "w") as fh:
        fh.write("\n".join(out) + "\n")


def main(argv):
    only = set(argv)
    for m in MODULES:
        if not os.path.exists(os.path.join(common.HERE, m + ".py")):
            continue
        mod = importlib.import_module(m)
        for fn in mod.ALL:
            if only and f"{m}.{fn.__name__}" not in only and m not in only:
                continue
            fn()
    # literal checks
    bad = []
    for qq in common.QUESTIONS:
        img = qq["image"].split("/", 1)[1]
        assert os.path.exists(os.path.join(common.IMG, img)), img
        if qq["literal"]:
            txt = norm(common.TEXTS[img])
            for part in qq["answer"].split("; "):
                if norm(part) not in txt:
                    bad.append((img, qq["question"], part))
    for b in bad:
        print("LITERAL NOT FOUND:", b)
    assert not bad
    if only:
        print(len(common.QUESTIONS), "questions (partial build, manifest not written)")
        return
    with open(os.path.join(common.HERE, "manifest.jsonl"), "w") as fh:
        for i, qq in enumerate(common.QUESTIONS, 1):
            rec = dict(id=f"c27-{i:04d}", **qq)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_tables()
    print(len(common.SCENES), "images,", len(common.QUESTIONS), "questions")


if __name__ == "__main__":
    main(sys.argv[1:])
