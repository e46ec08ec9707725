"""Build clean_test11: regenerates images/*.png and manifest.jsonl deterministically.
Usage: python build.py   (needs chromium on PATH for HTML scenes; matplotlib for charts)"""
import json, os, random, subprocess, sys, tempfile, hashlib
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
from common import SEED, SCENES, visible_text

random.seed(SEED)
import gen_docs, gen_term, gen_ui, gen_charts  # noqa: E402


def trim(path, margin=16):
    im = Image.open(path).convert("RGB")
    w, h = im.size
    bg = im.getpixel((w - 1, h - 1))
    px = im.load()
    last = 0
    for y in range(h - 1, -1, -1):
        row_ok = all(px[x, y] == bg for x in range(0, w, 2))
        if not row_ok:
            last = y
            break
    im = im.crop((0, 0, w, min(h, last + 1 + margin)))
    im.save(path, optimize=False)


def render_html(html, width, height, out, tmp):
    src = os.path.join(tmp, "page.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    cmd = ["nice", "-n", "19", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--force-device-scale-factor=1", f"--window-size={width},{height}", f"--screenshot={out}", "file://" + src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    trim(out)


def main():
    only = sys.argv[1:]
    gen_docs.build(); gen_term.build(); gen_ui.build(); gen_charts.build()
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    names = [s["name"] for s in SCENES]
    assert len(names) == len(set(names)), "duplicate scene names"
    manifest, n = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for s in SCENES:
            out = os.path.join(HERE, "images", s["name"] + ".png")
            if s["html"] is not None:
                text = visible_text(s["html"])
                if not only or s["name"] in only:
                    render_html(s["html"], s["width"], s["height"], out, tmp)
            else:
                text = " ".join(s["texts"])
                if not only or s["name"] in only:
                    s["mpl"](out)
            for q in s["qs"]:
                if q["literal"]:
                    assert q["answer"] in text, (s["name"], q["question"], q["answer"])
                n += 1
                manifest.append({"id": f"c11-{n:04d}", "image": f"images/{s['name']}.png", "question": q["question"],
                                 "answer": q["answer"], "answer_type": q["answer_type"], "category": s["category"],
                                 "intent": q["intent"], "literal": q["literal"]})
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(len(SCENES), "images", len(manifest), "questions")


if __name__ == "__main__":
    main()
