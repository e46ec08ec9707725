"""Shared helpers for clean_test18 generation."""
import html as _html
import os
import re
import subprocess
import random

from PIL import Image, ImageDraw, ImageFont

SEED = 71933
HERE = os.path.dirname(os.path.abspath(__file__))
IMG_DIR = os.path.join(HERE, "images")
F = "/usr/share/fonts/truetype/"
FONTS = {
    "mono": F + "dejavu/DejaVuSansMono.ttf",
    "mono_b": F + "dejavu/DejaVuSansMono-Bold.ttf",
    "lmono": F + "liberation/LiberationMono-Regular.ttf",
    "lmono_b": F + "liberation/LiberationMono-Bold.ttf",
    "fmono": F + "freefont/FreeMono.ttf",
    "fmono_b": F + "freefont/FreeMonoBold.ttf",
    "sans": F + "dejavu/DejaVuSans.ttf",
    "sans_b": F + "dejavu/DejaVuSans-Bold.ttf",
    "lsans": F + "liberation/LiberationSans-Regular.ttf",
    "lsans_b": F + "liberation/LiberationSans-Bold.ttf",
    "lato": F + "lato/Lato-Regular.ttf",
    "lato_b": F + "lato/Lato-Bold.ttf",
    "serif": F + "dejavu/DejaVuSerif.ttf",
    "serif_b": F + "dejavu/DejaVuSerif-Bold.ttf",
    "narrow": F + "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow_b": F + "liberation/LiberationSansNarrow-Bold.ttf",
}
_fc = {}


def font(name, size):
    k = (name, size)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FONTS[name], size)
    return _fc[k]


def rng(tag):
    """Per-scene deterministic RNG."""
    return random.Random(f"{SEED}-{tag}")


class Canvas:
    """PIL canvas that records every drawn string (for literal checks)."""

    def __init__(self, w, h, bg):
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.texts = []

    def text(self, xy, s, f, fill, anchor=None):
        self.texts.append(s)
        self.d.text(xy, s, font=f, fill=fill, anchor=anchor)

    def rtext(self, x_right, y, s, f, fill):
        w = self.d.textlength(s, font=f)
        self.text((x_right - w, y), s, f, fill)

    def ctext(self, xc, y, s, f, fill):
        w = self.d.textlength(s, font=f)
        self.text((xc - w / 2, y), s, f, fill)

    def save(self, name):
        path = os.path.join(IMG_DIR, name + ".png")
        self.im.save(path, optimize=False)
        return "\n".join(self.texts)


def save_pil(im, name):
    im.save(os.path.join(IMG_DIR, name + ".png"), optimize=False)


class Manifest:
    def __init__(self):
        self.rows = []
        self.visible = {}
        self.problems = []

    def scene(self, name, visible_text):
        self.visible[name] = visible_text
        return name

    def q(self, img, question, answer, atype, category, intent, literal):
        answer = str(answer)
        if literal and answer not in self.visible[img]:
            self.problems.append(f"literal gold not visible: {img}: {answer!r}")
        self.rows.append({
            "image": f"images/{img}.png", "question": question, "answer": answer,
            "answer_type": atype, "category": category, "intent": intent,
            "literal": bool(literal)})


def html_visible(src):
    s = re.sub(r"<style.*?</style>", " ", src, flags=re.S)
    s = re.sub(r"<[^>]+>", "\n", s)
    return _html.unescape(s)


CHROME = None


def render_html(name, body, w, h, css=""):
    """Render an HTML fragment with headless chromium; returns visible text."""
    doc = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
           "html,body{margin:0;padding:0}*{box-sizing:border-box}" + css +
           "</style></head><body>" + body + "</body></html>")
    hdir = os.path.join(HERE, "_html")
    os.makedirs(hdir, exist_ok=True)
    hp = os.path.join(hdir, name + ".html")
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(doc)
    out = os.path.join(IMG_DIR, name + ".png")
    subprocess.run(["nice", "-n", "19", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--hide-scrollbars", "--force-device-scale-factor=1",
                    "--font-render-hinting=none", f"--window-size={w},{h}",
                    f"--screenshot={out}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return html_visible(body)


def eur_de(x):
    """1234.5 -> '1.234,50'"""
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def usd(x):
    return f"${x:,.2f}"


def fr_num(x):
    """1234.5 -> '1 234,50' (narrow space as regular space)"""
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")
