"""Shared helpers for clean_test20: seed, scene registry, HTML rendering, PIL text recording, formatting."""
import html as _html
import os
import random
import re
import subprocess
from html.parser import HTMLParser

from PIL import Image, ImageDraw, ImageFont

SEED = 30671
HERE = os.path.dirname(os.path.abspath(__file__))
IMG_DIR = os.path.join(HERE, "images")
SCRATCH = "/tmp/clean_test20"

ANSWER_TYPES = {"text", "number", "count", "money", "percent", "date", "time", "yesno", "code",
                "error", "version", "person", "phone", "approx"}
INTENTS = {"lookup", "cell", "chart_value", "party", "version", "error", "share", "title", "read",
           "argmax", "argmin", "count", "nth", "latest", "next", "difference", "subtract", "sum",
           "ratio", "rate", "mean", "compare_more", "compare_less", "choice_more", "choice_less",
           "exists", "state_yesno", "selected", "colour", "shape", "overtakes", "locate",
           "size_compare", "count_compare", "earliest", "choice"}


def rng(name):
    return random.Random(f"{SEED}-{name}")


class Scene:
    def __init__(self, name, category, kind):
        self.name = name
        self.category = category
        self.kind = kind          # short description for the README table
        self.theme = "light"
        self.texts = []           # every string visibly drawn
        self.qs = []
        self.width = None

    def q(self, question, answer, atype, intent, literal):
        assert atype in ANSWER_TYPES, atype
        assert intent in INTENTS, intent
        if atype == "yesno":
            assert answer in ("yes", "no")
            literal = False
        self.qs.append(dict(question=question, answer=str(answer), answer_type=atype,
                            intent=intent, literal=bool(literal)))

    def check(self):
        blob = norm(" ".join(self.texts)).lower()
        for q in self.qs:
            if q["literal"]:
                for part in q["answer"].split("; "):
                    assert norm(part).lower() in blob, (self.name, q["question"], part)

    @property
    def image(self):
        return f"images/{self.name}.png"


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip()


# ---------------------------------------------------------------- HTML

class _TextGrab(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title", "head"):
            self.skip += 1
        a = dict(attrs)
        if tag == "input" and a.get("value") and a.get("type", "text") in ("text", "email", "tel", "number", "date", "button", "submit", "search"):
            self.out.append(a["value"])
        if tag in ("br", "div", "p", "td", "th", "li", "tr", "h1", "h2", "h3", "h4", "span", "button"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title", "head"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(src):
    g = _TextGrab()
    g.feed(src)
    return norm("".join(g.out))


def esc(s):
    return _html.escape(str(s))


def render_html(scene, body_html, width, height=1400, css="", bg=None, margin=16, crop=True):
    """Render a full HTML page with chromium headless, crop empty bottom, save to images/."""
    os.makedirs(os.path.join(SCRATCH, "html"), exist_ok=True)
    src = f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body_html}</body></html>"
    hp = os.path.join(SCRATCH, "html", scene.name + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(src)
    shot = os.path.join(SCRATCH, "html", scene.name + ".png")
    if os.path.exists(shot):
        os.remove(shot)
    cmd = ["nice", "-n", "15", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--force-device-scale-factor=1", "--disable-lcd-text", "--font-render-hinting=none",
           f"--user-data-dir={SCRATCH}/profile", f"--screenshot={shot}",
           f"--window-size={width},{height}", "file://" + hp]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=True)
    im = Image.open(shot).convert("RGB")
    if crop:
        bgc = im.getpixel((width - 1, height - 1)) if bg is None else bg
        diff = Image.new("RGB", im.size, bgc)
        from PIL import ImageChops
        box = ImageChops.difference(im, diff).convert("L").point(lambda v: 255 if v > 8 else 0).getbbox()
        if box:
            im = im.crop((0, 0, width, min(height, box[3] + margin)))
    save_png(im, scene)
    scene.texts.append(html_text(src))
    scene.width = im.size[0]


def save_png(im, scene):
    os.makedirs(IMG_DIR, exist_ok=True)
    im = im.convert("RGB")
    im.save(os.path.join(IMG_DIR, scene.name + ".png"), optimize=True)
    scene.width = im.size[0]
    scene.height = im.size[1]


# ---------------------------------------------------------------- PIL

FONT_DIRS = ["/usr/share/fonts/truetype", "/usr/share/fonts/opentype"]
_font_cache = {}


def font_path(fname):
    for d in FONT_DIRS:
        for root, _, files in os.walk(d):
            if fname in files:
                return os.path.join(root, fname)
    raise FileNotFoundError(fname)


def font(fname, size):
    key = (fname, size)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(font_path(fname), size)
    return _font_cache[key]


class Canvas:
    """PIL image that records every string drawn."""

    def __init__(self, scene, w, h, bg):
        self.scene = scene
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.w, self.h = w, h

    def text(self, xy, s, fnt, fill, anchor="la"):
        self.d.text(xy, s, font=fnt, fill=fill, anchor=anchor)
        self.scene.texts.append(s)

    def rtext(self, x_right, y, s, fnt, fill):
        self.text((x_right, y), s, fnt, fill, anchor="ra")

    def ctext(self, xc, y, s, fnt, fill):
        self.text((xc, y), s, fnt, fill, anchor="ma")

    def tw(self, s, fnt):
        return self.d.textlength(s, font=fnt)

    def save(self, crop_h=None):
        im = self.im if crop_h is None else self.im.crop((0, 0, self.w, crop_h))
        save_png(im, self.scene)


# ---------------------------------------------------------------- numbers

def fmt_cents(c, th=",", dp=".", dec=2):
    neg = c < 0
    c = abs(c)
    if dec == 2:
        whole, frac = divmod(c, 100)
    else:
        whole, frac = c // 100, None
    s = f"{whole:,}".replace(",", "\x00").replace("\x00", th)
    if dec == 2:
        s += f"{dp}{frac:02d}"
    return ("-" if neg else "") + s


def fmt_num(x, dec=0, th=",", dp="."):
    s = f"{abs(x):,.{dec}f}"
    s = s.replace(",", "\x00").replace(".", dp).replace("\x00", th)
    return ("-" if x < 0 else "") + s


def inr(c):
    """Indian grouping 1,23,456.78 from cents."""
    whole, frac = divmod(c, 100)
    s = str(whole)
    if len(s) > 3:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        s = ",".join(parts) + "," + tail
    return f"{s}.{frac:02d}"
