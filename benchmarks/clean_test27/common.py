"""Shared helpers for clean_test27: seed, question registry, formatters, renderers."""
import html as _html
import os
import random
import re
import subprocess

from PIL import Image, ImageDraw, ImageFont

SEED = 50929
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
TMP = "/tmp/clean_test27"
os.makedirs(IMG, exist_ok=True)
os.makedirs(os.path.join(TMP, "html"), exist_ok=True)

QUESTIONS = []   # dicts without id
TEXTS = {}       # image file -> drawn / visible text (for literal checks)
SCENES = []      # (image, kind/renderer, theme, category, content)


def rng(name):
    return random.Random(f"{SEED}-{name}")


def q(image, question, answer, atype, category, intent, literal):
    QUESTIONS.append(dict(image=f"images/{image}", question=question, answer=str(answer),
                          answer_type=atype, category=category, intent=intent, literal=bool(literal)))


def scene(image, kind, theme, category, content):
    SCENES.append((image, kind, theme, category, content))


# ---------------------------------------------------------------- numbers
def num(x, style="us", dec=2):
    """style: us 1,234.56 | eu 1.234,56 | fr 1 234,56 (NBSP-free plain space) | ch 1'234.56 | plain 1234.56"""
    s = f"{abs(x):,.{dec}f}"
    ip, _, fp = s.partition(".")
    th, dp = {"us": (",", "."), "eu": (".", ","), "fr": (" ", ","), "ch": ("'", "."),
              "plain": ("", ".")}[style]
    ip = ip.replace(",", th)
    out = ip + (dp + fp if dec else "")
    return ("-" if x < 0 else "") + out


def r2(x):
    return round(x + 1e-9, 2)


def plain(x, dec=2):
    """computed gold, no thousands separator"""
    v = round(x + 0, dec)
    if dec == 0 or float(v).is_integer():
        return str(int(round(v)))
    return f"{v:.{dec}f}"


# ---------------------------------------------------------------- fonts
_FONT_CACHE = {}


def fpath(family):
    if family not in _FONT_CACHE:
        p = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True).stdout
        _FONT_CACHE[family] = p
    return _FONT_CACHE[family]


def F(family, size):
    return ImageFont.truetype(fpath(family), size)


class Canvas:
    """PIL canvas that remembers every string it draws."""

    def __init__(self, w, h, bg="white"):
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.texts = []

    def text(self, xy, s, font, fill="black", anchor="la"):
        self.d.text(xy, s, font=font, fill=fill, anchor=anchor)
        self.texts.append(s)

    def tw(self, s, font):
        return self.d.textlength(s, font=font)

    def rtext(self, x_right, y, s, font, fill="black"):
        self.text((x_right - self.tw(s, font), y), s, font, fill)

    def ctext(self, xc, y, s, font, fill="black"):
        self.text((xc - self.tw(s, font) / 2, y), s, font, fill)

    def save(self, name, crop_h=None):
        im = self.im if crop_h is None else self.im.crop((0, 0, self.im.width, crop_h))
        im.save(os.path.join(IMG, name), optimize=False)
        TEXTS[name] = "\n".join(self.texts)


# ---------------------------------------------------------------- terminal
SCHEMES = {
    "gruvbox": dict(bg="#282828", fg="#ebdbb2", r="#fb4934", g="#b8bb26", y="#fabd2f", b="#83a598",
                    m="#d3869b", c="#8ec07c", dim="#928374", bar="#3c3836"),
    "solarized_light": dict(bg="#fdf6e3", fg="#586e75", r="#dc322f", g="#859900", y="#b58900",
                            b="#268bd2", m="#d33682", c="#2aa198", dim="#93a1a1", bar="#eee8d5"),
    "dracula": dict(bg="#282a36", fg="#f8f8f2", r="#ff5555", g="#50fa7b", y="#f1fa8c", b="#bd93f9",
                    m="#ff79c6", c="#8be9fd", dim="#6272a4", bar="#44475a"),
    "monokai": dict(bg="#272822", fg="#f8f8f2", r="#f92672", g="#a6e22e", y="#e6db74", b="#66d9ef",
                    m="#ae81ff", c="#a1efe4", dim="#75715e", bar="#3e3d32"),
    "github_light": dict(bg="#ffffff", fg="#24292f", r="#cf222e", g="#116329", y="#9a6700", b="#0969da",
                         m="#8250df", c="#1b7c83", dim="#6e7781", bar="#eaeef2"),
    "ubuntu": dict(bg="#300a24", fg="#eeeeec", r="#ef2929", g="#8ae234", y="#fce94f", b="#729fcf",
                   m="#ad7fa8", c="#34e2e2", dim="#babdb6", bar="#2c2c2c"),
    "xterm": dict(bg="#000000", fg="#e5e5e5", r="#cd0000", g="#00cd00", y="#cdcd00", b="#5c5cff",
                  m="#cd00cd", c="#00cdcd", dim="#7f7f7f", bar="#d6d2d0"),
    "everforest": dict(bg="#2d353b", fg="#d3c6aa", r="#e67e80", g="#a7c080", y="#dbbc7f", b="#7fbbb3",
                       m="#d699b6", c="#83c092", dim="#859289", bar="#232a2e"),
    "rose_pine_dawn": dict(bg="#faf4ed", fg="#575279", r="#b4637a", g="#286983", y="#ea9d34", b="#56949f",
                           m="#907aa9", c="#d7827e", dim="#9893a5", bar="#f2e9e1"),
}


def terminal(name, lines, scheme="gruvbox", font="Hack", size=15, title="bash", width=None, pad=14,
             chrome="mac"):
    """lines: list of str or list of (text, colourkey) segments. colourkey in scheme or hex."""
    sc = SCHEMES[scheme]
    fnt = F(font, size)
    tmp = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    cw = tmp.textlength("M", font=fnt)
    lh = int(size * 1.45)
    segs = [[(ln, "fg")] if isinstance(ln, str) else ln for ln in lines]
    maxc = max(sum(len(t) for t, _ in s) for s in segs)
    W = width or int(maxc * cw + 2 * pad + 4)
    bar = 30 if chrome else 0
    H = bar + pad * 2 + lh * len(segs)
    cv = Canvas(W, H, sc["bg"])
    if chrome == "mac":
        cv.d.rectangle((0, 0, W, bar), fill=sc["bar"])
        for i, col in enumerate(["#ff5f56", "#ffbd2e", "#27c93f"]):
            cv.d.ellipse((12 + i * 20, 9, 24 + i * 20, 21), fill=col)
        tf = F("DejaVu Sans", 12)
        cv.ctext(W / 2, 8, title, tf, sc["dim"])
    elif chrome == "gnome":
        cv.d.rectangle((0, 0, W, bar), fill=sc["bar"])
        tf = F("Cantarell", 13)
        cv.ctext(W / 2, 7, title, tf, sc["fg"])
        cv.d.text((W - 22, 6), "×", font=tf, fill=sc["fg"])
    y = bar + pad
    for s in segs:
        x = pad
        for t, ck in s:
            col = sc.get(ck, ck)
            cv.d.text((x, y), t, font=fnt, fill=col)
            x += cw * len(t)
        cv.texts.append("".join(t for t, _ in s))
        y += lh
    cv.save(name)
    return cv


# ---------------------------------------------------------------- chromium
def visible_text(src):
    s = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", src)
    s = re.sub(r"(?s)<[^>]+>", "\n", s)
    s = _html.unescape(s)
    return s


def render_html(name, body, w, h, css="", bg_crop=True):
    src = f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"
    base = name[:-4]
    hp = os.path.join(TMP, "html", base + ".html")
    with open(hp, "w") as fh:
        fh.write(src)
    out = os.path.join(IMG, name)
    subprocess.run(["nice", "-n", "19", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--hide-scrollbars", "--force-device-scale-factor=1", "--disable-extensions",
                    f"--user-data-dir={TMP}/prof", f"--screenshot={out}", f"--window-size={w},{h}",
                    "--default-background-color=ffffffff", "file://" + hp],
                   check=True, capture_output=True)
    im = Image.open(out).convert("RGB")
    if bg_crop:  # trim uniform rows at the bottom, keep 16 px margin
        px = im.load()
        bgc = px[w - 1, h - 1]
        last = h - 1
        while last > 0:
            row = [px[x, last] for x in range(0, w, 3)]
            if any(sum(abs(a - b) for a, b in zip(p, bgc)) > 12 for p in row):
                break
            last -= 1
        im = im.crop((0, 0, w, min(h, last + 17)))
    im.save(out, optimize=False)
    TEXTS[name] = visible_text(src)


# ---------------------------------------------------------------- matplotlib
def save_mpl(fig, name):
    from matplotlib.text import Text
    fig.canvas.draw()
    texts = [t.get_text() for t in fig.findobj(Text) if t.get_visible() and t.get_text()]
    fig.savefig(os.path.join(IMG, name), metadata={"Software": None})
    TEXTS[name] = "\n".join(texts)
    import matplotlib.pyplot as plt
    plt.close(fig)
