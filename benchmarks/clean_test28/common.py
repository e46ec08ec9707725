"""Shared helpers for clean_test28: seed, question registry, renderers, formatters."""
import html as _html
import os
import random
import re
import subprocess
from html.parser import HTMLParser

from PIL import Image, ImageDraw, ImageFont

SEED = 58441
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
SCRATCH = "/tmp/clean_test28"
HTMLDIR = os.path.join(SCRATCH, "html")

# ----------------------------------------------------------------- registry
SCENES = []      # dicts: name, file, category, kind, theme, content, texts(list), questions
_CUR = None


def rng(name):
    return random.Random(f"{SEED}-{name}")


def scene(name, category, kind, theme, content):
    global _CUR
    _CUR = dict(name=name, file=f"{name}.png", category=category, kind=kind, theme=theme,
                content=content, texts=[], questions=[])
    SCENES.append(_CUR)
    return _CUR


def q(question, answer, atype, intent, literal=None):
    """Register a question on the current scene. literal=None -> decide in build (printed or not)."""
    assert _CUR is not None
    if isinstance(answer, float):
        raise TypeError("format numbers before passing: " + question)
    _CUR["questions"].append(dict(question=question, answer=str(answer), answer_type=atype,
                                  intent=intent, literal=literal))


def add_text(*strings):
    _CUR["texts"].extend(str(s) for s in strings)


# ----------------------------------------------------------------- formatting
def fmt_num(x, dec=2, th=",", dp="."):
    s = f"{abs(x):,.{dec}f}"
    ip, _, fp = s.partition(".")
    ip = ip.replace(",", "\x00").replace("\x00", th)
    out = ip + (dp + fp if dec else "")
    return ("-" if x < 0 else "") + out


def us(x, dec=2):
    return fmt_num(x, dec, ",", ".")


def eu(x, dec=2):
    return fmt_num(x, dec, ".", ",")


def sp(x, dec=2):  # 1 234,56 (narrow spacing with normal space)
    return fmt_num(x, dec, " ", ",")


def ch(x, dec=2):
    return fmt_num(x, dec, "'", ".")


def nstr(x, dec=None):
    """Plain number for answers: int if integral."""
    if dec is not None:
        return f"{x:.{dec}f}"
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.2f}".rstrip("0").rstrip(".")


def uniq_max(items, key):
    vals = sorted((key(i) for i in items), reverse=True)
    assert vals[0] != vals[1], "argmax not unique"
    return max(items, key=key)


def uniq_min(items, key):
    vals = sorted(key(i) for i in items)
    assert vals[0] != vals[1], "argmin not unique"
    return min(items, key=key)


# ----------------------------------------------------------------- HTML rendering
class _Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        a = dict(attrs)
        if tag == "input" and a.get("value") and a.get("type") in ("text", "button", "submit", None):
            self.parts.append(a["value"])
        if tag not in ("b", "i", "u", "em", "strong", "code", "a"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip -= 1
        elif tag not in ("b", "i", "u", "em", "strong", "code", "a"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(src):
    p = _Vis()
    p.feed(src)
    return re.sub(r"\s+", " ", "".join(p.parts))


def render_html(name, body, width, height=2400, css="", font="Lato", bg="#ffffff", pad=0,
                crop=True, margin=20):
    src = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
           f"html,body{{margin:0;padding:{pad}px;background:{bg};font-family:'{font}',sans-serif;}}"
           f"{css}</style></head><body>{body}</body></html>")
    os.makedirs(HTMLDIR, exist_ok=True)
    hp = os.path.join(HTMLDIR, name + ".html")
    with open(hp, "w") as f:
        f.write(src)
    out = os.path.join(IMG, name + ".png")
    cmd = ["nice", "-n", "19", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
           "--hide-scrollbars", "--force-device-scale-factor=1", "--no-first-run",
           "--font-render-hinting=none",
           f"--user-data-dir={SCRATCH}/prof", f"--screenshot={out}",
           f"--window-size={width},{height}", "file://" + hp]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    im = Image.open(out).convert("RGB")
    if crop:
        im = crop_bottom(im, margin)
    im.save(out, optimize=True)
    add_text(visible_text(src))
    return out


def crop_bottom(im, margin=20):
    px = im.load()
    w, h = im.size
    bgc = px[w - 1, h - 1]
    y = h - 1
    step = max(1, w // 200)
    while y > 0:
        row_same = all(px[x, y] == bgc for x in range(0, w, step))
        if not row_same:
            break
        y -= 1
    return im.crop((0, 0, w, min(h, y + 1 + margin)))


# ----------------------------------------------------------------- PIL canvas
FONTS = {}


def font(name, size):
    key = (name, size)
    if key not in FONTS:
        path = subprocess.run(["fc-match", "-f", "%{file}", name], capture_output=True,
                              text=True).stdout.strip()
        FONTS[key] = ImageFont.truetype(path, size)
    return FONTS[key]


class Canvas:
    def __init__(self, w, h, bg="#ffffff"):
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.w, self.h = w, h

    def text(self, xy, s, f, fill="#000", anchor="la"):
        s = str(s)
        self.d.text(xy, s, font=f, fill=fill, anchor=anchor)
        add_text(s)
        return self.d.textlength(s, font=f)

    def rtext(self, x, y, s, f, fill="#000"):
        return self.text((x, y), s, f, fill, anchor="ra")

    def ctext(self, x, y, s, f, fill="#000"):
        return self.text((x, y), s, f, fill, anchor="ma")

    def line(self, xy, fill="#000", width=1):
        self.d.line(xy, fill=fill, width=width)

    def rect(self, xy, fill=None, outline=None, width=1, r=0):
        if r:
            self.d.rounded_rectangle(xy, r, fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle(xy, fill=fill, outline=outline, width=width)

    def save(self, name, crop_h=None):
        im = self.im if crop_h is None else self.im.crop((0, 0, self.w, crop_h))
        im.save(os.path.join(IMG, name + ".png"), optimize=True)


# ----------------------------------------------------------------- terminal (PIL)
SCHEMES = {
    # name: (bg, fg, colours dict)
    "kanagawa": ("#1f1f28", "#dcd7ba", dict(prompt="#98bb6c", dim="#727169", red="#e82424",
                                             yellow="#e6c384", blue="#7e9cd8", green="#98bb6c",
                                             cyan="#7fb4ca", title="#16161d")),
    "ayu_light": ("#fafafa", "#5c6166", dict(prompt="#86b300", dim="#adaeb1", red="#f07171",
                                              yellow="#e6ba7e", blue="#399ee6", green="#86b300",
                                              cyan="#4cbf99", title="#e7e8e9")),
    "cobalt2": ("#193549", "#ffffff", dict(prompt="#ffc600", dim="#0088ff", red="#ff628c",
                                            yellow="#ffc600", blue="#0088ff", green="#3ad900",
                                            cyan="#80fcff", title="#15232d")),
    "tomorrow_night": ("#1d1f21", "#c5c8c6", dict(prompt="#b5bd68", dim="#969896", red="#cc6666",
                                                   yellow="#f0c674", blue="#81a2be", green="#b5bd68",
                                                   cyan="#8abeb7", title="#282a2e")),
    "campbell_ps": ("#0c0c0c", "#cccccc", dict(prompt="#cccccc", dim="#767676", red="#e74856",
                                                yellow="#f9f1a5", blue="#3b78ff", green="#16c60c",
                                                cyan="#61d6d6", title="#ffffff")),
    "win_cmd": ("#000000", "#c0c0c0", dict(prompt="#c0c0c0", dim="#808080", red="#ff5555",
                                            yellow="#ffff55", blue="#5555ff", green="#55ff55",
                                            cyan="#55ffff", title="#ffffff")),
    "nightfox": ("#192330", "#cdcecf", dict(prompt="#81b29a", dim="#71839b", red="#c94f6d",
                                             yellow="#dbc074", blue="#719cd6", green="#81b29a",
                                             cyan="#63cdcf", title="#131a24")),
    "papercolor": ("#eeeeee", "#444444", dict(prompt="#008700", dim="#878787", red="#af0000",
                                               yellow="#d75f00", blue="#005faf", green="#008700",
                                               cyan="#0087af", title="#d0d0d0")),
    "horizon": ("#1c1e26", "#e0e0e0", dict(prompt="#29d398", dim="#6c6f93", red="#e95678",
                                            yellow="#fab795", blue="#26bbd9", green="#29d398",
                                            cyan="#59e1e3", title="#16161c")),
    "zenburn": ("#3f3f3f", "#dcdccc", dict(prompt="#7f9f7f", dim="#709080", red="#cc9393",
                                            yellow="#f0dfaf", blue="#8cd0d3", green="#7f9f7f",
                                            cyan="#93e0e3", title="#2b2b2b")),
}


def terminal(name, lines, scheme, fontname="DejaVu Sans Mono", size=15, width=None, title=None,
             chrome="mac", cols=None):
    """lines: list of lists of (text, colourkey or None) segments, or plain strings."""
    bg, fg, cc = SCHEMES[scheme]
    f = font(fontname, size)
    cw = f.getlength("M")
    lh = int(size * 1.45)
    segs_lines = [[(l, None)] if isinstance(l, str) else l for l in lines]
    maxlen = max(sum(len(t) for t, _ in sl) for sl in segs_lines)
    if width is None:
        width = int(max(cols or 0, maxlen + 2) * cw + 40)
    bar = 34 if chrome else 0
    h = bar + 24 + lh * len(segs_lines) + 20
    c = Canvas(width, h, bg)
    if chrome == "mac":
        c.rect((0, 0, width, bar), fill=cc["title"])
        for i, col in enumerate(("#ff5f57", "#febc2e", "#28c840")):
            c.d.ellipse((14 + i * 20, 11, 26 + i * 20, 23), fill=col)
        if title:
            c.ctext(width // 2, 9, title, font("DejaVu Sans", 13), fill=cc["dim"])
    elif chrome == "win":
        c.rect((0, 0, width, bar), fill="#1f1f1f" if bg != "#fafafa" else "#e5e5e5")
        tf = font("Open Sans", 13)
        c.text((14, 8), title or "Terminal", tf, fill="#ffffff")
        for i, s in enumerate(("—", "☐", "✕")):
            c.d.text((width - 130 + i * 44, 6), s, font=font("DejaVu Sans", 14), fill="#ffffff")
    y = bar + 14
    for sl in segs_lines:
        x = 20
        for t, k in sl:
            col = fg if k is None else cc.get(k, k)
            c.d.text((x, y), t, font=f, fill=col)
            x += f.getlength(t)
        add_text("".join(t for t, _ in sl))
        y += lh
    c.save(name)
    return c


def P(prompt, cmd, pk="prompt"):
    return [(prompt, pk), (cmd, None)]


# ----------------------------------------------------------------- matplotlib
def save_fig(fig, name):
    import matplotlib.text as mtext
    fig.canvas.draw()
    for t in fig.findobj(mtext.Text):
        if t.get_visible() and t.get_text():
            add_text(t.get_text())
    fig.savefig(os.path.join(IMG, name + ".png"), metadata={"Software": None})
    import matplotlib.pyplot as plt
    plt.close(fig)
