#!/usr/bin/env python3
"""Regenerate images/*.png and manifest.jsonl for clean_test15 (seed 39581).

Usage: python build.py [--only NAME_SUBSTR] [--no-render]
HTML scenes are rendered with headless chromium (nice -n 19), charts with matplotlib (Agg).
"""
import sys
sys.dont_write_bytecode = True  # keep the benchmark folder free of __pycache__

import json  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

import matplotlib
matplotlib.use("Agg")
from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.text import Text  # noqa: E402
from PIL import Image  # noqa: E402

import common  # noqa: E402
from common import SEED, SCENES, rng_for, visible_text  # noqa: E402
import gen_docs  # noqa: F401,E402
import gen_term  # noqa: F401,E402
import gen_ui  # noqa: F401,E402
import gen_charts  # noqa: F401,E402

HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
ANSWER_TYPES = {"text", "money", "number", "count", "person", "time", "date", "code", "yesno", "version",
                "approx", "error", "phone", "percent"}
CHROME = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"


def render_html(html, w, h, out, crop, tmp):
    src = os.path.join(tmp, "page.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    raw = os.path.join(tmp, "shot.png")
    if os.path.exists(raw):
        os.remove(raw)
    cmd = ["nice", "-n", "19", CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--force-device-scale-factor=1", "--font-render-hinting=none", "--disable-lcd-text",
           f"--user-data-dir={os.path.join(tmp, 'prof')}", f"--window-size={w},{h}",
           f"--screenshot={raw}", "file://" + src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    im = Image.open(raw).convert("RGB")
    if crop:
        px = im.load()
        bgc = px[w - 1, h - 1]
        last = 0
        for y in range(h - 1, -1, -1):
            if any(px[x, y] != bgc for x in range(0, w, 2)):
                last = y
                break
        im = im.crop((0, 0, w, min(h, last + 24)))
    im.save(out, "PNG", optimize=False)


def render_fig(fig, out):
    tmp = out + ".tmp.png"
    fig.savefig(tmp, dpi=fig.dpi, metadata={"Software": None})
    texts = [t.get_text() for t in fig.findobj(Text)]
    plt.close(fig)
    Image.open(tmp).convert("RGB").save(out, "PNG", optimize=False)
    os.remove(tmp)
    return " ".join(texts)


def main():
    only = None
    if "--only" in sys.argv:
        only = sys.argv[sys.argv.index("--only") + 1]
    norender = "--no-render" in sys.argv
    os.makedirs(IMG, exist_ok=True)
    if only is None and not norender:
        for old in os.listdir(IMG):
            if old.endswith(".png"):
                os.remove(os.path.join(IMG, old))
    rows = []
    problems = []
    names = set()
    tmp = tempfile.mkdtemp(prefix="c15_")
    try:
        for fn in SCENES:
            d = fn(rng_for(fn.__name__))
            name = d["name"]
            assert name not in names, name
            names.add(name)
            out = os.path.join(IMG, name + ".png")
            do = (not norender) and (only is None or only in name)
            if "html" in d:
                text = visible_text(d["html"])
                if do:
                    render_html(d["html"], d["w"], d.get("h", 2400), out, d.get("crop", "h" not in d), tmp)
            else:
                fig = d["fig"]()
                if do:
                    text = render_fig(fig, out)
                else:
                    text = " ".join(t.get_text() for t in fig.findobj(Text))
                    plt.close(fig)
            text = text.replace("\u2212", "-")
            for q in d["qs"]:
                assert q["answer_type"] in ANSWER_TYPES, q
                if q["literal"] and q["answer"] not in text:
                    problems.append(f"{name}: literal gold {q['answer']!r} not in visible text")
                rows.append(dict(image=f"images/{name}.png", question=q["question"], answer=q["answer"],
                                 answer_type=q["answer_type"], category=d["category"], intent=q["intent"],
                                 literal=q["literal"]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            r = {"id": f"c15-{i:04d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"seed {SEED}: {len(names)} images, {len(rows)} questions")
    for p in problems:
        print("PROBLEM", p)


if __name__ == "__main__":
    main()
