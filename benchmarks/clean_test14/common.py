"""Shared helpers: fonts, a recording canvas, money formatting, question records."""
import random
from PIL import Image, ImageDraw, ImageFont

SEED = 47219
FD = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": FD + "dejavu/DejaVuSans.ttf", "sansb": FD + "dejavu/DejaVuSans-Bold.ttf",
    "mono": FD + "dejavu/DejaVuSansMono.ttf", "monob": FD + "dejavu/DejaVuSansMono-Bold.ttf",
    "serif": FD + "dejavu/DejaVuSerif.ttf", "serifb": FD + "dejavu/DejaVuSerif-Bold.ttf",
    "lib": FD + "liberation/LiberationSans-Regular.ttf", "libb": FD + "liberation/LiberationSans-Bold.ttf",
    "libmono": FD + "liberation/LiberationMono-Regular.ttf", "libmonob": FD + "liberation/LiberationMono-Bold.ttf",
    "libserif": FD + "liberation/LiberationSerif-Regular.ttf", "libserifb": FD + "liberation/LiberationSerif-Bold.ttf",
    "lato": FD + "lato/Lato-Regular.ttf", "latob": FD + "lato/Lato-Bold.ttf", "latol": FD + "lato/Lato-Light.ttf",
    "narrow": FD + "liberation/LiberationSansNarrow-Regular.ttf",
}
_cache = {}


def font(name, size):
    k = (name, size)
    if k not in _cache:
        _cache[k] = ImageFont.truetype(FONTS[name], size)
    return _cache[k]


def rng_for(name):
    return random.Random(f"{SEED}-{name}")


class Cv:
    """Canvas that remembers every string drawn (used to verify `literal`)."""

    def __init__(self, w, h, bg="white"):
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.texts = []

    def t(self, x, y, s, f="sans", size=16, fill="#222", anchor="la"):
        s = str(s)
        self.d.text((x, y), s, font=font(f, size), fill=fill, anchor=anchor)
        self.texts.append(s)
        return self.tw(s, f, size)

    def tw(self, s, f="sans", size=16):
        return self.d.textlength(str(s), font=font(f, size))

    def rect(self, x0, y0, x1, y1, fill=None, outline=None, width=1, r=0):
        if r:
            self.d.rounded_rectangle((x0, y0, x1, y1), radius=r, fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle((x0, y0, x1, y1), fill=fill, outline=outline, width=width)

    def line(self, x0, y0, x1, y1, fill="#999", width=1):
        self.d.line((x0, y0, x1, y1), fill=fill, width=width)

    def circle(self, cx, cy, r, fill=None, outline=None, width=1):
        self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill, outline=outline, width=width)

    def checkbox(self, x, y, checked, size=16, color="#1a73e8"):
        if checked:
            self.rect(x, y, x + size, y + size, fill=color, outline=color, r=3)
            self.d.line((x + 3, y + size // 2, x + size // 2 - 1, y + size - 4, x + size - 3, y + 3), fill="white", width=2)
        else:
            self.rect(x, y, x + size, y + size, fill="white", outline="#777", width=2, r=3)

    def radio(self, x, y, on, r=8, color="#1a73e8"):
        self.circle(x + r, y + r, r, fill="white", outline=color if on else "#777", width=2)
        if on:
            self.circle(x + r, y + r, r - 4, fill=color)

    def toggle(self, x, y, on, color="#34a853"):
        self.rect(x, y, x + 44, y + 24, fill=color if on else "#c4c4c4", r=12)
        cx = x + 32 if on else x + 12
        self.circle(cx, y + 12, 9, fill="white")

    def table(self, x, y, cols, rows, widths, rh=28, f="sans", size=14, head_bg="#eef1f5", head_f=None,
              grid="#d0d4da", zebra=None, aligns=None, fill="#222", head_fill="#222", hl_row=None, hl_color="#fff3c4"):
        head_f = head_f or (f + "b" if f + "b" in FONTS else f)
        tot = sum(widths)
        self.rect(x, y, x + tot, y + rh, fill=head_bg)
        cx = x
        for c, w in zip(cols, widths):
            self.t(cx + 8, y + rh // 2, c, head_f, size, fill=head_fill, anchor="lm")
            cx += w
        for i, row in enumerate(rows):
            yy = y + rh * (i + 1)
            if hl_row is not None and i == hl_row:
                self.rect(x, yy, x + tot, yy + rh, fill=hl_color)
            elif zebra and i % 2 == 1:
                self.rect(x, yy, x + tot, yy + rh, fill=zebra)
            cx = x
            for j, (c, w) in enumerate(zip(row, widths)):
                a = aligns[j] if aligns else "l"
                if a == "r":
                    self.t(cx + w - 8, yy + rh // 2, c, f, size, fill=fill, anchor="rm")
                else:
                    self.t(cx + 8, yy + rh // 2, c, f, size, fill=fill, anchor="lm")
                cx += w
            self.line(x, yy + rh, x + tot, yy + rh, fill=grid)
        self.line(x, y + rh, x + tot, y + rh, fill=grid)
        return y + rh * (len(rows) + 1)


def group(n, sep, digits=2, dec="."):
    s = f"{abs(n):,.{digits}f}"
    ip, _, fp = s.partition(".")
    ip = ip.replace(",", sep)
    out = ip + (dec + fp if digits else "")
    return ("-" if n < 0 else "") + out


def eur(x):  # 1.234,56 €
    return group(x, ".", 2, ",") + " €"


def eur_pre(x):  # €1,234.56
    return "€" + group(x, ",", 2, ".")


def usd(x):
    return ("-" if x < 0 else "") + "$" + group(abs(x), ",", 2, ".")


def gbp(x):
    return "£" + group(x, ",", 2, ".")


def kr(x):  # 1 234,50 kr
    return group(x, " ", 2, ",") + " kr"


def chf(x):  # CHF 1'234.50
    return "CHF " + group(x, "'", 2, ".")


def Q(q, a, at, intent, literal):
    return {"question": q, "answer": str(a), "answer_type": at, "intent": intent, "literal": bool(literal)}
