"""Shared helpers for clean_test25 (scene registry, renderers, literal checks)."""
import html as htmlmod
import os
import random
import re
import subprocess

from PIL import Image, ImageDraw, ImageFont

SEED = 91283
HERE = os.path.dirname(os.path.abspath(__file__))
IMG_DIR = os.path.join(HERE, "images")
SCRATCH = "/tmp/clean_test25"
HTML_DIR = os.path.join(SCRATCH, "html")

SCENES = []  # (func, meta) in registration order
DRY = False  # when True, HTML scenes whose PNG exists are not re-rendered


def scene(category, kind, theme, renderer, content):
    def deco(fn):
        SCENES.append((fn, dict(category=category, kind=kind, theme=theme,
                                renderer=renderer, content=content)))
        return fn
    return deco


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


class Scene:
    def __init__(self, name, meta):
        self.name = name
        self.meta = dict(meta)
        self.rng = random.Random(f"{SEED}-{name}")
        self.qs = []
        self.text = None  # visible text, normalised
        self.size = None

    # ---- questions -------------------------------------------------
    def q(self, question, answer, atype, intent, literal, core=False):
        if isinstance(answer, (list, tuple)):
            answer = "; ".join(str(a) for a in answer)
        answer = str(answer)
        if atype == "yesno":
            assert answer in ("yes", "no"), answer
            literal = False
        self.qs.append(dict(question=question, answer=answer, answer_type=atype,
                            intent=intent, literal=bool(literal), core=core))

    def check(self):
        assert self.text is not None, self.name
        for q in self.qs:
            if q["literal"]:
                for part in q["answer"].split("; "):
                    assert norm(part) in self.text, (self.name, q["question"], part)

    @property
    def png(self):
        return os.path.join(IMG_DIR, self.name + ".png")

    # ---- renderers -------------------------------------------------
    def html(self, body_html, width, height=2400, css="", bg=None, margin=14, extra_text="", trim=True):
        doc = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
               "html,body{margin:0;padding:0}" + css + "</style></head><body>"
               + body_html + "</body></html>")
        os.makedirs(HTML_DIR, exist_ok=True)
        path = os.path.join(HTML_DIR, self.name + ".html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(doc)
        tmp = os.path.join(SCRATCH, self.name + ".raw.png")
        body = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", body_html)
        body = re.sub(r"(?s)<[^>]+>", " ", body)
        self.text = norm(htmlmod.unescape(body) + " " + extra_text)
        if DRY and os.path.exists(self.png):
            self.size = Image.open(self.png).size
            return
        cmd = ["nice", "-n", "19", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
               "--hide-scrollbars", "--force-device-scale-factor=1", "--font-render-hinting=none",
               "--user-data-dir=" + os.path.join(SCRATCH, "profile"),
               "--screenshot=" + tmp, f"--window-size={width},{height}", "file://" + path]
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=120)
        im = Image.open(tmp).convert("RGB")
        if trim:
            im = trim_bottom(im, margin)
        save_png(im, self.png)
        self.size = im.size

    def pil(self, im, strings):
        save_png(im.convert("RGB"), self.png)
        self.size = im.size
        self.text = norm(" \n ".join(strings))

    def fig(self, fig):
        import matplotlib.text as mtext
        strings = [t.get_text() for t in fig.findobj(mtext.Text) if t.get_visible()]
        fig.savefig(self.png + ".tmp.png", dpi=100, metadata={"Software": None})
        im = Image.open(self.png + ".tmp.png").convert("RGB")
        os.remove(self.png + ".tmp.png")
        save_png(im, self.png)
        self.size = im.size
        # matplotlib mathtext minus etc.
        self.text = norm(" | ".join(s.replace("\u2212", "-") for s in strings))
        import matplotlib.pyplot as plt
        plt.close(fig)


def save_png(im, path):
    im.save(path, format="PNG", optimize=False)


def trim_bottom(im, margin):
    """Remove uniform trailing rows (same colour as the last row)."""
    w, h = im.size
    px = im.load()
    ref = px[w // 2, h - 1]
    bottom = h - 1
    import numpy as np
    a = np.asarray(im)
    diff = np.any(np.abs(a.astype(int) - np.array(ref)).sum(axis=2) > 12, axis=1)
    rows = np.nonzero(diff)[0]
    if len(rows):
        bottom = int(rows[-1])
    return im.crop((0, 0, w, min(h, bottom + 1 + margin)))


# ---- number formatting ----------------------------------------------
def fmt(x, dec=2, thou=",", point="."):
    neg = x < 0
    s = f"{abs(x):,.{dec}f}"
    s = s.replace(",", "\0").replace(".", point).replace("\0", thou)
    return ("-" if neg else "") + s


def esc(s):
    return htmlmod.escape(str(s))


# ---- PIL helpers ------------------------------------------------------
FONT_DIRS = ["/usr/share/fonts/truetype", "/usr/share/fonts/opentype", "/usr/share/fonts"]
_font_cache = {}


def font_path(fname):
    if fname in _font_cache:
        return _font_cache[fname]
    for d in FONT_DIRS:
        for root, _, files in os.walk(d):
            if fname in files:
                _font_cache[fname] = os.path.join(root, fname)
                return _font_cache[fname]
    raise FileNotFoundError(fname)


def font(fname, size):
    return ImageFont.truetype(font_path(fname), size)
