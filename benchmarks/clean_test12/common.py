"""Shared helpers: question registry, fonts, number formatting, PIL canvas that records visible text."""
import os, re, html as _html
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
IMG_DIR = os.path.join(HERE, "images")
QS = []          # question records (id assigned in build.py)
TEXT = {}        # image name -> visible text blob (for literal checks)

def q(img, question, answer, atype, cat, intent, literal):
    QS.append(dict(image="images/%s.png" % img, question=question, answer=str(answer),
                   answer_type=atype, category=cat, intent=intent, literal=bool(literal)))

def add_text(img, s):
    TEXT[img] = TEXT.get(img, "") + "\n" + s

FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "dejavu/DejaVuSans.ttf", "sansb": FD + "dejavu/DejaVuSans-Bold.ttf",
    "mono": FD + "dejavu/DejaVuSansMono.ttf", "monob": FD + "dejavu/DejaVuSansMono-Bold.ttf",
    "lmono": FD + "liberation/LiberationMono-Regular.ttf", "lmonob": FD + "liberation/LiberationMono-Bold.ttf",
    "serif": FD + "liberation/LiberationSerif-Regular.ttf", "serifb": FD + "liberation/LiberationSerif-Bold.ttf",
    "lsans": FD + "liberation/LiberationSans-Regular.ttf", "lsansb": FD + "liberation/LiberationSans-Bold.ttf",
    "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf", "cond": FD + "dejavu/DejaVuSansCondensed.ttf",
    "inconsolata": FD + "inconsolata/Inconsolata.otf",
}
_fc = {}
def font(name, size):
    k = (name, size)
    if k not in _fc:
        p = FONTS.get(name, name)
        if not os.path.exists(p):
            p = FONTS["mono"]
        _fc[k] = ImageFont.truetype(p, size)
    return _fc[k]

def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:]); s = s[:-3]
    out.insert(0, s)
    return sep.join(out)

def num(x, dec=2, th=",", dp="."):
    neg = x < 0
    x = abs(round(x + 0.0, dec))
    cents = int(round(x * 10 ** dec))
    ip, fp = divmod(cents, 10 ** dec)
    s = _group(ip, th)
    if dec:
        s += dp + str(fp).zfill(dec)
    return ("-" if neg else "") + s

def eur(x, sym=" €"):   # 1.234,56 €
    return num(x, 2, ".", ",") + sym
def de(x, dec=2):       # 1.234,56
    return num(x, dec, ".", ",")
def fr(x, dec=2):       # 1 234,56
    return num(x, dec, " ", ",")
def us(x, dec=2):       # 1,234.56
    return num(x, dec, ",", ".")
def usd(x, sym="$"):
    return ("-" if x < 0 else "") + sym + us(abs(x))

class Canvas:
    """PIL canvas that records drawn text into TEXT[name]."""
    def __init__(self, name, w, h, bg="white"):
        self.name, self.w, self.h = name, w, h
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        TEXT[name] = ""
    def t(self, x, y, s, f="sans", size=16, fill="black", anchor="la"):
        fo = font(f, size) if isinstance(f, str) else f
        self.d.text((x, y), s, font=fo, fill=fill, anchor=anchor)
        add_text(self.name, s)
        return self.d.textlength(s, font=fo)
    def tw(self, s, f="sans", size=16):
        return self.d.textlength(s, font=font(f, size))
    def rect(self, box, fill=None, outline=None, width=1, r=0):
        if r:
            self.d.rounded_rectangle(box, r, fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=width)
    def line(self, pts, fill="black", width=1):
        self.d.line(pts, fill=fill, width=width)
    def save(self):
        self.im.save(os.path.join(IMG_DIR, self.name + ".png"), optimize=False)

def html_text(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return _html.unescape(s)
