"""Shared helpers for clean_test26: seed, question registry, formatting, renderers."""
import html as _html
import os
import random
import re
import subprocess
from html.parser import HTMLParser

from PIL import Image, ImageDraw, ImageFont

SEED = 44687
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
TMP = "/tmp/clean_test26"
HTMLDIR = os.path.join(TMP, "html")

QS = []        # question records in creation order
TEXTS = {}     # image file -> visible text (for the literal check)
META = []      # (image, kind, theme, category, content) for the README


def rng(name):
    return random.Random(f"{SEED}-{name}")


def q(image, question, answer, atype, intent, literal=True, category=None):
    QS.append(dict(image=image, question=question, answer=str(answer), answer_type=atype,
                   category=category, intent=intent, literal=literal))


def meta(image, kind, theme, category, content):
    META.append(dict(image=image, kind=kind, theme=theme, category=category, content=content))
    for r in QS:
        if r["image"] == image and r["category"] is None:
            r["category"] = category


# ---------------------------------------------------------------- number formats
def fmt_us(x, d=2):
    return f"{x:,.{d}f}"


def fmt_eu(x, d=2):   # 1.234,56
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def fmt_sp(x, d=2, sep="\u00a0"):   # 1 234,56 (space thousands, comma decimal)
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", sep)


def fmt_ch(x, d=2):   # 1'234.56
    return f"{x:,.{d}f}".replace(",", "'")


def r2(x):
    return round(x + 1e-9, 2)


# ---------------------------------------------------------------- HTML rendering
class _Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in ("br", "div", "p", "tr", "li", "td", "th", "h1", "h2", "h3", "span", "button", "option"):
            self.out.append(" ")
        for k, v in attrs:
            if k in ("value", "placeholder") and v:
                self.out.append(" " + v + " ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def visible_text(src):
    p = _Vis()
    p.feed(src)
    return "".join(p.out)


def page(body, css="", font="Lato, sans-serif", bg="#ffffff", fg="#222", size=15):
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
*{{box-sizing:border-box}} html,body{{margin:0;padding:0}}
body{{font-family:{font};background:{bg};color:{fg};font-size:{size}px}}
{css}</style></head><body>{body}</body></html>"""


def render_html(name, src, w, h, crop=True):
    """Render HTML with headless chromium to images/name.png; returns file name."""
    os.makedirs(HTMLDIR, exist_ok=True)
    hp = os.path.join(HTMLDIR, name + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(src)
    out = os.path.join(TMP, name + "_raw.png")
    if os.path.exists(out):
        os.remove(out)
    cmd = ["nice", "-n", "19", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
           "--hide-scrollbars", "--force-device-scale-factor=1", "--font-render-hinting=none",
           f"--user-data-dir={TMP}/profile", f"--screenshot={out}", f"--window-size={w},{h}",
           "file://" + hp]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    im = Image.open(out).convert("RGB")
    if crop:
        im = crop_bottom(im)
    fn = name + ".png"
    im.save(os.path.join(IMG, fn), optimize=True)
    TEXTS[fn] = visible_text(src)
    return fn


def crop_bottom(im, margin=16):
    """Remove trailing rows identical to the last row (keeps a margin)."""
    w, h = im.size
    px = im.load()
    last = [px[x, h - 1] for x in range(0, w, 3)]
    y = h - 1
    while y > 0 and [px[x, y] for x in range(0, w, 3)] == last:
        y -= 1
    y = min(h, y + margin)
    return im.crop((0, 0, w, max(y, 50)))


def esc(s):
    return _html.escape(str(s))


# ---------------------------------------------------------------- PIL canvas
FONTS = {
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dejavu-b": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "dejavu-mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "dejavu-mono-b": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "lib-mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "lib-mono-b": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "lib-sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "lib-sans-b": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "lib-narrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "lib-serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "lib-serif-b": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "fira": "/usr/share/fonts/truetype/firacode/FiraCode-Regular.ttf",
    "fira-b": "/usr/share/fonts/truetype/firacode/FiraCode-Bold.ttf",
    "hack": "/usr/share/fonts/truetype/hack/Hack-Regular.ttf",
    "hack-b": "/usr/share/fonts/truetype/hack/Hack-Bold.ttf",
    "jb": "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf",
    "jb-b": "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Bold.ttf",
    "incons": "/usr/share/fonts/truetype/inconsolata/Inconsolata.otf",
    "roboto": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "opensans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "opensans-b": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "cantarell": "/usr/share/fonts/opentype/cantarell/Cantarell-Regular.otf",
    "cantarell-b": "/usr/share/fonts/opentype/cantarell/Cantarell-Bold.otf",
    "lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "lato-b": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
}
_fc = {}


def font(name, size):
    k = (name, size)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FONTS[name], size)
    return _fc[k]


class Canvas:
    def __init__(self, w, h, bg="#ffffff"):
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.texts = []

    def text(self, xy, s, f, fill="#000", anchor="la"):
        self.d.text(xy, s, font=f, fill=fill, anchor=anchor)
        self.texts.append(s)
        return self.d.textlength(s, font=f)

    def tlen(self, s, f):
        return self.d.textlength(s, font=f)

    def rect(self, box, fill=None, outline=None, width=1, r=0):
        if r:
            self.d.rounded_rectangle(box, r, fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=width)

    def line(self, pts, fill="#000", width=1):
        self.d.line(pts, fill=fill, width=width)

    def save(self, name, crop=None):
        im = self.im if crop is None else self.im.crop(crop)
        fn = name + ".png"
        im.save(os.path.join(IMG, fn), optimize=True)
        TEXTS[fn] = "\n".join(self.texts)
        return fn


# ---------------------------------------------------------------- terminal (PIL)
SCHEMES = {
    "nord": dict(bg="#2e3440", fg="#d8dee9", title="#3b4252", tfg="#e5e9f0", red="#bf616a", green="#a3be8c",
                 yellow="#ebcb8b", blue="#81a1c1", cyan="#88c0d0", mag="#b48ead", dim="#616e88", bold="#eceff4"),
    "tokyo": dict(bg="#1a1b26", fg="#c0caf5", title="#16161e", tfg="#a9b1d6", red="#f7768e", green="#9ece6a",
                  yellow="#e0af68", blue="#7aa2f7", cyan="#7dcfff", mag="#bb9af7", dim="#565f89", bold="#ffffff"),
    "onelight": dict(bg="#fafafa", fg="#383a42", title="#e5e5e6", tfg="#383a42", red="#e45649", green="#50a14f",
                     yellow="#c18401", blue="#4078f2", cyan="#0184bc", mag="#a626a4", dim="#a0a1a7", bold="#000000"),
    "ps": dict(bg="#012456", fg="#eeedf0", title="#ffffff", tfg="#000000", red="#ff6b6b", green="#13a10e",
               yellow="#f9f1a5", blue="#3b78ff", cyan="#61d6d6", mag="#b4009e", dim="#9aa0b0", bold="#ffffff"),
    "amber": dict(bg="#1c1408", fg="#ffb000", title="#2b200c", tfg="#ffb000", red="#ff5f3f", green="#ffd37a",
                  yellow="#ffd37a", blue="#ffcc66", cyan="#ffc24d", mag="#ff9966", dim="#a37000", bold="#ffe0a0"),
    "catppuccin": dict(bg="#1e1e2e", fg="#cdd6f4", title="#181825", tfg="#bac2de", red="#f38ba8", green="#a6e3a1",
                       yellow="#f9e2af", blue="#89b4fa", cyan="#94e2d5", mag="#cba6f7", dim="#6c7086", bold="#ffffff"),
    "paper": dict(bg="#f6f1e4", fg="#3b3a36", title="#ddd6c3", tfg="#3b3a36", red="#b3261e", green="#2e7d32",
                  yellow="#8a6d00", blue="#1f5fa8", cyan="#00796b", mag="#8e24aa", dim="#8c8776", bold="#000000"),
    "matrix": dict(bg="#000000", fg="#33ff66", title="#0f1f12", tfg="#33ff66", red="#ff4444", green="#66ff99",
                   yellow="#ccff66", blue="#55ddff", cyan="#66ffee", mag="#ff77ff", dim="#1f8f3f", bold="#ccffdd"),
}


def terminal(name, title, lines, scheme="nord", fname="jb", size=15, width=None, pad=14, lh=1.45):
    """lines: list of str or list of (text, colourkey) segments. Colour keys index the scheme."""
    sc = SCHEMES[scheme]
    f = font(fname, size)
    fb = font(fname + "-b", size) if (fname + "-b") in FONTS else f
    cw = f.getlength("M")
    segs = [[(l, "fg")] if isinstance(l, str) else l for l in lines]
    maxc = max(sum(len(t) for t, _ in s) for s in segs)
    W = width or int(max(640, maxc * cw * 1.06 + 2 * pad + 8))
    LH = int(size * lh)
    H = 34 + pad * 2 + LH * len(segs)
    cv = Canvas(W, H, sc["bg"])
    cv.rect((0, 0, W, 32), fill=sc["title"])
    for i, c in enumerate(("#ff5f57", "#febc2e", "#28c840")):
        cv.d.ellipse((12 + i * 20, 10, 24 + i * 20, 22), fill=c)
    tf = font("dejavu", 13)
    cv.text((W // 2, 16), title, tf, fill=sc["tfg"], anchor="mm")
    y = 32 + pad
    for s in segs:
        x = pad
        for t, k in s:
            bold = k.endswith("!")
            k = k.rstrip("!")
            col = sc.get(k, k)
            cv.text((x, y), t, fb if bold else f, fill=col)
            x += cv.tlen(t, fb if bold else f)
        y += LH
    return cv.save(name)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def auto_literal():
    """A text-like gold that is printed as a whole word/phrase in its image counts as literal."""
    for r in QS:
        if r["literal"] or r["answer_type"] not in ("text", "person", "code", "error", "version", "date", "time"):
            continue
        txt = norm(TEXTS.get(r["image"], ""))
        parts = r["answer"].split("; ")
        if all(re.search(r"(?<!\w)" + re.escape(norm(p)) + r"(?!\w)", txt) for p in parts):
            r["literal"] = True


def check_literals():
    bad = []
    for r in QS:
        if not r["literal"]:
            continue
        txt = norm(TEXTS.get(r["image"], ""))
        for part in r["answer"].split("; "):
            if norm(part) not in txt:
                bad.append((r["image"], r["question"], part))
    return bad
