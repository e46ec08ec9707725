"""Shared helpers for the clean_test10 builder (seed 82417)."""
import html as _html
import json
import os
import random
import re
import subprocess
import tempfile

from PIL import Image

SEED = 82417
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
RNG = random.Random(SEED)
ITEMS = []          # manifest rows (id filled at the end)
_TEXT = {}          # image -> visible text (for the `literal` flag)


def esc(s):
    return _html.escape(str(s))


def _visible_text(html_src):
    t = re.sub(r"<style.*?</style>", " ", html_src, flags=re.S)
    t = re.sub(r"<script.*?</script>", " ", t, flags=re.S)
    t = re.sub(r"<[^>]+>", " ", t)
    t = _html.unescape(t)
    return re.sub(r"\s+", " ", t)


def render_html(name, body, w, h, css="", font="DejaVu Sans", bg="#ffffff", trim=True):
    """Render an HTML fragment with headless chromium to images/<name>.png."""
    doc = ("<!doctype html><html><head><meta charset='utf-8'><style>"
           f"html,body{{margin:0;padding:0;background:{bg};font-family:'{font}',sans-serif;}}"
           + css + "</style></head><body>" + body + "</body></html>")
    out = os.path.join(IMG, name + ".png")
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as f:
        f.write(doc)
        path = f.name
    try:
        subprocess.run(["chromium", "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
                        "--force-device-scale-factor=1", "--virtual-time-budget=1500",
                        f"--screenshot={out}", f"--window-size={w},{h}", "file://" + path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    finally:
        os.unlink(path)
    if trim:
        _trim_bottom(out)
    _TEXT[name] = _visible_text(body)
    return "images/" + name + ".png"


def _trim_bottom(path, margin=24):
    im = Image.open(path).convert("RGB")
    w, h = im.size
    px = im.load()
    bgc = px[w - 1, h - 1]
    last = h - 1
    step = max(1, w // 200)
    while last > 40:
        if any(px[x, last] != bgc for x in range(0, w, step)):
            break
        last -= 1
    nh = min(h, last + margin)
    if nh < h:
        im = im.crop((0, 0, w, nh))
    im.save(path, optimize=True)


def register_text(name, text):
    """For images not made from HTML (matplotlib, PIL): the strings drawn on it."""
    _TEXT[name] = " ".join(str(t) for t in text)


def q(name, question, answer, atype, category, intent, literal=None):
    answer = str(answer)
    if literal is None:
        if atype == "yesno":
            literal = False
        else:
            literal = answer.lower() in _TEXT.get(name, "").lower()
    ITEMS.append(dict(image="images/" + name + ".png", question=question, answer=answer,
                      answer_type=atype, category=category, intent=intent, literal=bool(literal)))


def write_manifest():
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for i, it in enumerate(ITEMS, 1):
            row = {"id": f"c10-{i:04d}"}
            row.update(it)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


# number formats -------------------------------------------------------------
def fmt_en(x, d=2):
    return f"{x:,.{d}f}"


def fmt_de(x, d=2):
    return f"{x:,.{d}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def fmt_fr(x, d=2):
    return f"{x:,.{d}f}".replace(",", " ").replace(".", ",")


def fmt_ch(x, d=2):
    return f"{x:,.{d}f}".replace(",", "'")


def cents(x):
    return round(x + 1e-9, 2)
