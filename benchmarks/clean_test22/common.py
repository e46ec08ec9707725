"""Shared helpers for clean_test22: seed, Scene bookkeeping, PIL canvas, chromium rendering, formatting."""
import html as _html
import os
import random
import re
import subprocess
from html.parser import HTMLParser

from PIL import Image, ImageDraw, ImageFont

SEED = 26459
HERE = os.path.dirname(os.path.abspath(__file__))
IMG_DIR = os.path.join(HERE, "images")
TMP = "/tmp/clean_test22"
os.makedirs(IMG_DIR, exist_ok=True)
os.makedirs(os.path.join(TMP, "html"), exist_ok=True)

ANSWER_TYPES = {"text", "number", "count", "money", "percent", "date", "time", "yesno", "code", "error",
                "version", "person", "phone", "approx"}


def rng(name):
    return random.Random(f"{SEED}-{name}")


# ---------------------------------------------------------------- fonts
FONTS = {
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dejavu-b": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "dejavu-mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "dejavu-mono-b": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "dejavu-serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
}


def _fc(pattern):
    out = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True).stdout
    return out.strip()


_font_cache = {}


def font(name, size):
    key = (name, size)
    if key not in _font_cache:
        path = FONTS.get(name) or _fc(name)
        _font_cache[key] = ImageFont.truetype(path, size)
    return _font_cache[key]


# ---------------------------------------------------------------- scene + questions
class Scene:
    def __init__(self, name, category, kind, renderer, theme):
        self.name, self.category, self.kind, self.renderer, self.theme = name, category, kind, renderer, theme
        self.texts = []          # every string drawn into the image
        self.qs = []
        self.size = None

    def q(self, question, answer, atype, intent, literal):
        assert atype in ANSWER_TYPES, atype
        if isinstance(answer, (list, tuple)):
            answer = "; ".join(str(a) for a in answer)
        answer = str(answer)
        if atype == "yesno":
            assert answer in ("yes", "no"), answer
        self.qs.append(dict(question=question, answer=answer, answer_type=atype, intent=intent,
                            literal=bool(literal)))

    @property
    def image(self):
        return f"images/{self.name}.png"

    def check(self):
        blob = norm(" \n ".join(self.texts))
        assert self.qs, self.name
        for q in self.qs:
            if q["literal"]:
                for part in q["answer"].split("; "):
                    assert norm(part) in blob, (self.name, q["question"], part)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()


# ---------------------------------------------------------------- PIL canvas
class Canvas:
    def __init__(self, scene, w, h, bg):
        self.scene = scene
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)

    def text(self, xy, s, f, fill, anchor="la"):
        self.scene.texts.append(s)
        self.d.text(xy, s, font=f, fill=fill, anchor=anchor)

    def tw(self, s, f):
        return self.d.textlength(s, font=f)

    def save(self):
        self.scene.size = self.im.size
        self.im.save(os.path.join(IMG_DIR, self.scene.name + ".png"), optimize=True)


# ---------------------------------------------------------------- HTML rendering
class _Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        a = dict(attrs)
        if tag in ("input", "textarea") and a.get("value"):
            self.out.append(" " + a["value"] + " ")
        if tag in ("br", "div", "p", "td", "th", "li", "tr", "h1", "h2", "h3", "h4", "span", "option", "button"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible_text(doc):
    p = _Vis()
    p.feed(doc)
    return "".join(p.out)


def page(body, css="", font_family="Lato", bg="#ffffff", fg="#222", width=None):
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
html,body{{margin:0;padding:0;background:{bg};color:{fg};font-family:'{font_family}',sans-serif;}}
*{{box-sizing:border-box}}
{css}</style></head><body>{body}</body></html>"""


def render_html(scene, doc, w, h, crop=True):
    path = os.path.join(TMP, "html", scene.name + ".html")
    with open(path, "w") as fh:
        fh.write(doc)
    out = os.path.join(IMG_DIR, scene.name + ".png")
    cmd = ["nice", "-n", "19", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--force-device-scale-factor=1", "--font-render-hinting=none", "--disable-lcd-text",
           f"--screenshot={out}", f"--window-size={w},{h}", "file://" + path]
    subprocess.run(cmd, capture_output=True, timeout=120, check=True)
    im = Image.open(out).convert("RGB")
    if crop:
        im = crop_bottom(im)
    im.save(out, optimize=True)
    scene.size = im.size
    scene.texts.append(_html.unescape(visible_text(doc)))


def crop_bottom(im, margin=16):
    px = im.load()
    w, h = im.size
    bg = px[w - 1, h - 1]
    y = h - 1
    while y > 0:
        row = [px[x, y] for x in range(0, w, 3)]
        if any(max(abs(a - b) for a, b in zip(c, bg)) > 8 for c in row):
            break
        y -= 1
    return im.crop((0, 0, w, min(h, y + 1 + margin)))


# ---------------------------------------------------------------- number formatting
def fmt_num(x, dec=2, thou=",", point="."):
    s = f"{abs(x):,.{dec}f}"
    s = s.replace(",", "\0").replace(".", point).replace("\0", thou)
    return ("-" if x < 0 else "") + s


def de(x, dec=2):
    return fmt_num(x, dec, ".", ",")


def fr(x, dec=2):
    return fmt_num(x, dec, "\u202f", ",")


def ch(x, dec=2):
    return fmt_num(x, dec, "'", ".")


def us(x, dec=2):
    return fmt_num(x, dec, ",", ".")


def lakh(x, dec=2):
    """Indian grouping: 12,34,567.89"""
    neg = x < 0
    s = f"{abs(x):.{dec}f}"
    ip, _, fp = s.partition(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        ip = ",".join(parts + [tail])
    return ("-" if neg else "") + ip + ("." + fp if dec else "")


def r2(x):
    return round(x + 1e-9, 2)


def esc(s):
    return _html.escape(str(s))
