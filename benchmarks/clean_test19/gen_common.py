"""Shared drawing helpers for clean_test19 (PIL only, deterministic)."""
import random
import re
from PIL import Image, ImageDraw, ImageFont

SEED = 93157
FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": "dejavu/DejaVuSans.ttf", "sansb": "dejavu/DejaVuSans-Bold.ttf",
    "cond": "dejavu/DejaVuSansCondensed.ttf", "condb": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "lib": "liberation/LiberationSans-Regular.ttf", "libb": "liberation/LiberationSans-Bold.ttf",
    "libi": "liberation/LiberationSans-Italic.ttf",
    "serif": "liberation/LiberationSerif-Regular.ttf", "serifb": "liberation/LiberationSerif-Bold.ttf",
    "dserif": "dejavu/DejaVuSerif.ttf", "dserifb": "dejavu/DejaVuSerif-Bold.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf", "monob": "dejavu/DejaVuSansMono-Bold.ttf",
    "lmono": "liberation/LiberationMono-Regular.ttf", "lmonob": "liberation/LiberationMono-Bold.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf",
}
_cache = {}


def font(name, size):
    k = (name, size)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FD + FONTS[name], size)
    return _cache[k]


def rng_for(name):
    return random.Random(f"{SEED}-{name}")


class Cv:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.texts = []

    def t(self, x, y, s, size=16, f="sans", c=(20, 20, 20), anchor="la"):
        fo = font(f, size)
        self.d.text((x, y), s, font=fo, fill=c, anchor=anchor)
        self.texts.append(s)
        return self.d.textlength(s, font=fo)

    def tw(self, s, size=16, f="sans"):
        return self.d.textlength(s, font=font(f, size))

    def rect(self, box, fill=None, outline=None, width=1, r=0):
        if r:
            self.d.rounded_rectangle(box, r, fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=width)

    def line(self, pts, c=(0, 0, 0), width=1):
        self.d.line(pts, fill=c, width=width)

    def ellipse(self, box, fill=None, outline=None, width=1):
        self.d.ellipse(box, fill=fill, outline=outline, width=width)

    def checkbox(self, x, y, checked, size=18, c=(40, 90, 200)):
        if checked:
            self.rect((x, y, x + size, y + size), fill=c, r=3)
            self.line([(x + 4, y + size // 2), (x + size // 2 - 1, y + size - 5), (x + size - 4, y + 4)], c=(255, 255, 255), width=3)
        else:
            self.rect((x, y, x + size, y + size), fill=(255, 255, 255), outline=(130, 130, 130), width=2, r=3)

    def radio(self, x, y, on, size=18, c=(40, 90, 200)):
        self.ellipse((x, y, x + size, y + size), fill=(255, 255, 255), outline=c if on else (130, 130, 130), width=2)
        if on:
            self.ellipse((x + 5, y + 5, x + size - 5, y + size - 5), fill=c)

    def toggle(self, x, y, on, c=(46, 160, 90)):
        self.rect((x, y, x + 44, y + 24), fill=c if on else (200, 200, 205), r=12)
        cx = x + 32 if on else x + 12
        self.ellipse((cx - 9, y + 3, cx + 9, y + 21), fill=(255, 255, 255))

    def save(self, path):
        self.im.save(path, optimize=False)


# ---------- number formatting (amounts in integer cents) ----------

def _group(n, sep):
    s = f"{n:d}"
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def num(cents, dec=",", grp=".", digits=2):
    neg = cents < 0
    cents = abs(cents)
    whole, frac = divmod(cents, 100)
    s = _group(whole, grp) + (dec + f"{frac:02d}" if digits == 2 else "")
    return ("-" if neg else "") + s


def money(cents, style):
    if style == "eur_de":
        return num(cents, ",", ".") + " €"
    if style == "eur_fr":
        return num(cents, ",", "\u202f").replace("\u202f", " ") + " €"
    if style == "eur_nl":
        return "€ " + num(cents, ",", ".")
    if style == "usd":
        return ("-" if cents < 0 else "") + "$" + num(abs(cents), ".", ",")
    if style == "gbp":
        return ("-" if cents < 0 else "") + "£" + num(abs(cents), ".", ",")
    if style == "chf":
        return "CHF " + num(cents, ".", "'")
    if style == "sek":
        return num(cents, ",", " ") + " kr"
    if style == "plain_comma":
        return num(cents, ",", ".")
    if style == "plain_dot":
        return num(cents, ".", ",")
    raise ValueError(style)


def Q(question, answer, atype, category, intent, literal):
    return {"question": question, "answer": str(answer), "answer_type": atype,
            "category": category, "intent": intent, "literal": bool(literal)}


WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
