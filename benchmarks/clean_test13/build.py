#!/usr/bin/env python3
"""Build the clean_test13 held-out VQA split: images/*.png + manifest.jsonl.

Deterministic: all content comes from the Python data in gen_*.py, random choices use SEED.
HTML scenes are rendered with headless Chromium (nice -n 19), charts with matplotlib (Agg).
Usage: python build.py [--only NAME_SUBSTR] [--no-render]
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SEED = 88123

import common  # noqa: E402
import gen_docs, gen_term, gen_ui, gen_ui2, gen_charts  # noqa: E402

TARGET_QUESTIONS = 156
KEEP_TYPES = {"approx", "error", "phone"}

ANSWER_TYPES = {"text", "money", "number", "count", "person", "time", "date", "code", "yesno", "version",
                "approx", "error", "phone", "percent"}


def render_html(html, w, h, out_png, tmpdir, crop=True):
    src = os.path.join(tmpdir, "page.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    prof = os.path.join(tmpdir, "profile")
    cmd = ["nice", "-n", "19", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--force-device-scale-factor=1", f"--user-data-dir={prof}", "--no-first-run", "--disable-extensions",
           f"--window-size={w},{h}", f"--screenshot={out_png}", "file://" + src]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=120)
    if not os.path.exists(out_png):
        raise RuntimeError("chromium produced no screenshot for " + out_png)
    if crop:
        autocrop(out_png)


def autocrop(path, margin=28):
    """Trim empty page background below the content (deterministic)."""
    import numpy as np
    from PIL import Image
    im = Image.open(path).convert("RGB")
    a = np.asarray(im).astype(int)
    bg = a[-1:, :, :]
    diff = np.abs(a - bg).sum(axis=2).max(axis=1)
    rows = np.nonzero(diff > 24)[0]
    if len(rows) == 0:
        return
    last = int(rows[-1]) + margin
    if last < a.shape[0] - 40:
        im = im.crop((0, 0, a.shape[1], last))
    im.save(path, optimize=False)


def collect():
    scenes = []
    for mod in (gen_docs, gen_term, gen_ui, gen_ui2, gen_charts):
        scenes += mod.scenes(SEED)
    rng = random.Random(SEED)
    rng.shuffle(scenes)
    trim(scenes, TARGET_QUESTIONS)
    return scenes


def trim(scenes, target):
    """Deterministically drop surplus questions to balance intents.

    Repeatedly take a scene with the most questions and drop its question whose intent is currently the most
    frequent overall. Typed answers (KEEP_TYPES), rare answer types (<=8) and rare intents (<=8) and each scene's first (headline) question are never dropped; scenes keep >=2 questions.
    """
    from collections import Counter
    while sum(len(s["qs"]) for s in scenes) > target:
        it = Counter(q["intent"] for s in scenes for q in s["qs"])
        at = Counter(q["answer_type"] for s in scenes for q in s["qs"])
        best = None
        for si, s in enumerate(scenes):
            if len(s["qs"]) <= 2:
                continue
            for qi, q in enumerate(s["qs"]):
                if qi == 0 or q["answer_type"] in KEEP_TYPES or at[q["answer_type"]] <= 8 or it[q["intent"]] <= 8:
                    continue
                key = (len(s["qs"]), it[q["intent"]], at[q["answer_type"]], -si, -qi)
                if best is None or key > best[0]:
                    best = (key, si, qi)
        if best is None:
            break
        del scenes[best[1]]["qs"][best[2]]


def main():
    only = None
    if "--only" in sys.argv:
        only = sys.argv[sys.argv.index("--only") + 1]
    render = "--no-render" not in sys.argv
    img_dir = os.path.join(HERE, "images")
    os.makedirs(img_dir, exist_ok=True)
    scenes = collect()
    names = [s["name"] for s in scenes]
    assert len(names) == len(set(names)), "duplicate scene names"
    tmpdir = tempfile.mkdtemp(prefix="c13_")
    records, problems = [], []
    qid = 0
    try:
        for s in scenes:
            rel = f"images/{s['name']}.png"
            out_png = os.path.join(HERE, rel)
            if render and (only is None or only in s["name"]):
                if s["html"] is not None:
                    render_html(s["html"], s["w"], s["h"], out_png, tmpdir, crop=s["category"] != "slide")
                else:
                    s["fig"](out_png)
            visible = common.visible_text(s["html"]) if s["html"] is not None else " | ".join(s["texts"] or [])
            for q in s["qs"]:
                qid += 1
                if q["answer_type"] not in ANSWER_TYPES:
                    problems.append(f"{s['name']}: bad answer_type {q['answer_type']}")
                if q["literal"] and q["answer"] not in visible:
                    problems.append(f"{s['name']}: literal gold not in visible text: {q['answer']!r}")
                if q["answer_type"] == "yesno" and q["answer"] not in ("yes", "no"):
                    problems.append(f"{s['name']}: yesno gold {q['answer']!r}")
                records.append({"id": f"c13-{qid:04d}", "image": rel, "question": q["question"], "answer": q["answer"],
                                "answer_type": q["answer_type"], "category": s["category"], "intent": q["intent"],
                                "literal": q["literal"]})
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(scenes)} images, {len(records)} questions")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
