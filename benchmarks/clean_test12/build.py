#!/usr/bin/env python
"""Regenerate clean_test12: every image and manifest.jsonl from the Python data in gen_*.py.

Usage: /work/main/.venv/bin/python build.py
"""
import os, sys, json, glob, random
sys.dont_write_bytecode = True
import numpy as np

SEED = 73051
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
random.seed(SEED); np.random.seed(SEED)

import common, gen_docs, gen_term, gen_charts, gen_web

def main():
    os.makedirs(common.IMG_DIR, exist_ok=True)
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    for f in glob.glob(os.path.join(common.IMG_DIR, "*.png")) + glob.glob(os.path.join(HERE, "html", "*")):
        os.remove(f)
    gen_docs.build(SEED)
    gen_term.build(SEED)
    gen_charts.build(SEED)      # also queues the article page for chromium
    gen_web.build(SEED)         # writes html/*.html and renders all queued pages
    bad = []
    for r in common.QS:
        name = r["image"][len("images/"):-4]
        if not os.path.exists(os.path.join(HERE, r["image"])):
            bad.append(("missing image", r["image"]))
        vis = " ".join(common.TEXT.get(name, "").split())
        if r["literal"] and " ".join(r["answer"].split()) not in vis:
            bad.append(("literal gold not in visible text", r["image"], r["answer"]))
    if bad:
        for b in bad:
            print("ERROR", *b)
        sys.exit(1)
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(common.QS, 1):
            rec = {"id": "c12-%04d" % i, "image": r["image"], "question": r["question"], "answer": r["answer"],
                   "answer_type": r["answer_type"], "category": r["category"], "intent": r["intent"], "literal": r["literal"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    imgs = {r["image"] for r in common.QS}
    print("images: %d  questions: %d" % (len(imgs), len(common.QS)))

if __name__ == "__main__":
    main()
