#!/usr/bin/env python
"""Regenerate every image and manifest.jsonl of clean_test16 from the Python data in gen_*.py.

Usage: python build.py            (needs pillow, matplotlib, numpy and a `chromium` binary)
"""
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from common import visible_text  # noqa: E402
import gen_docs, gen_term, gen_web, gen_charts, gen_cards  # noqa: E402,E401

SEED = 57203
ALLOWED_TYPES = {"text", "money", "number", "count", "person", "time", "date", "code", "yesno", "version",
                 "approx", "error", "phone", "percent"}


def render_html(scene, png):
    hdir = os.path.join(HERE, "html")
    os.makedirs(hdir, exist_ok=True)
    hpath = os.path.join(hdir, scene.name + ".html")
    with open(hpath, "w", encoding="utf-8") as f:
        f.write(scene.html)
    w, h = scene.size
    cmd = ["nice", "-n", "19", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--force-device-scale-factor=1", "--font-render-hinting=none", f"--window-size={w},{h}",
           f"--screenshot={png}", "file://" + hpath]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # trim trailing rows identical to the last row (pages rendered taller than their content), keep a margin
    im = Image.open(png).convert("RGB")
    a = np.asarray(im)
    last = a[-1]
    same = np.all(np.all(a == last, axis=2), axis=1)
    bottom = len(same)
    while bottom > 1 and same[bottom - 1]:
        bottom -= 1
    bottom = min(len(same), bottom + 14)
    im.crop((0, 0, w, bottom)).save(png, optimize=False)


TARGET_QUESTIONS = 155
PROTECTED = {"chart_approx", "argmin", "chart_share", "chart_trend", "chart_extreme", "multi_part", "terminal_error", "yesno"}


def trim(scenes):
    """Deterministically thin the question pool to about TARGET_QUESTIONS.

    Pass 1: every scene with 4+ questions loses one question of the globally most frequent intent.
    Pass 2: while still above target, 3-question scenes with 2+ field_read questions lose their last field_read.
    Pass 3: while still above target, every third scene with 3+ questions loses one of the most frequent intent.
    Rare intents (PROTECTED) are never dropped.
    """
    from collections import Counter
    cnt = Counter(q["intent"] for s in scenes for q in s.qs)
    for s in scenes:
        if len(s.qs) < 4:
            continue
        cands = [i for i, q in enumerate(s.qs) if q["intent"] not in PROTECTED]
        if not cands:
            continue
        i = max(cands, key=lambda i: (cnt[s.qs[i]["intent"]], i))
        cnt[s.qs[i]["intent"]] -= 1
        del s.qs[i]
    total = sum(len(s.qs) for s in scenes)
    for s in scenes:
        if total <= TARGET_QUESTIONS:
            break
        fr_idx = [i for i, q in enumerate(s.qs) if q["intent"] == "field_read"]
        if len(s.qs) == 3 and len(fr_idx) >= 2:
            del s.qs[fr_idx[-1]]
            total -= 1
    # pass 3: every third scene (in build order) that still has 3 questions loses one of the most frequent intent
    cnt = Counter(q["intent"] for s in scenes for q in s.qs)
    for k, s in enumerate(scenes):
        if total <= TARGET_QUESTIONS:
            break
        if k % 3 != 1 or len(s.qs) < 3:
            continue
        cands = [i for i, q in enumerate(s.qs) if q["intent"] not in PROTECTED]
        if not cands:
            continue
        i = max(cands, key=lambda i: (cnt[s.qs[i]["intent"]], i))
        cnt[s.qs[i]["intent"]] -= 1
        del s.qs[i]
        total -= 1


def main():
    only = set(sys.argv[1:])
    rng = random.Random(SEED)
    scenes = []
    for mod in (gen_docs, gen_term, gen_web, gen_cards, gen_charts):
        scenes.extend(mod.scenes(rng))
    trim(scenes)
    names = [s.name for s in scenes]
    assert len(names) == len(set(names)), "duplicate scene names"
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    rows = []
    problems = []
    for s in scenes:
        png = os.path.join(HERE, "images", s.name + ".png")
        if not only or s.name in only:
            if s.kind == "html":
                render_html(s, png)
            else:
                s.draw(png)
        vis = visible_text(s.html) if s.kind == "html" else (s.text or "")
        for q in s.qs:
            assert q["answer_type"] in ALLOWED_TYPES, q
            if q["literal"] and q["answer"] not in vis:
                problems.append(f"{s.name}: literal gold not in visible text: {q['answer']!r}")
            rows.append(dict(id=f"c16-{len(rows) + 1:04d}", image=f"images/{s.name}.png", question=q["question"],
                             answer=q["answer"], answer_type=q["answer_type"], category=s.category,
                             intent=q["intent"], literal=q["literal"]))
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(scenes)} images, {len(rows)} questions")
    for p in problems:
        print("WARN", p)


if __name__ == "__main__":
    main()
