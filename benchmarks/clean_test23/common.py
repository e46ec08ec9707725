"""Shared helpers for clean_test23: scene registry, questions, renderers, number formats."""
import html as _html
import os
import random
import re
import subprocess

from PIL import Image, ImageDraw, ImageFont

SEED = 35747
HERE = os.path.dirname(os.path.abspath(__file__))
IMG_DIR = os.path.join(HERE, "images")
TMP = "/tmp/clean_test23"
os.makedirs(IMG_DIR, exist_ok=True)
os.makedirs(TMP, exist_ok=True)

SCENES = []  # (name, category, kind, renderer, theme, func)


def scene(name, category, kind, renderer, theme="light"):
    def deco(f):
        SCENES.append(dict(name=name, category=category, kind=kind, renderer=renderer, theme=theme, func=f))
        return f
    return deco


def rng_for(name):
    return random.Random(f"{SEED}-{name}")


class Q:
    def __init__(self, question, answer, atype, intent, literal):
        self.question = question
        self.answer = str(answer)
        self.atype = atype
        self.intent = intent
        self.literal = literal


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()


def check_literal(qs, visible, name):
    """Assert that every literal gold (each '; '-separated part) occurs in the drawn text."""
    v = norm(visible)
    for q in qs:
        if q.literal:
            for part in q.answer.split("; "):
                assert norm(part) in v, f"{name}: literal gold {part!r} not found in visible text"


# ----------------------------------------------------------------- fonts
F = {
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dejavu-b": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "dejavu-mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "dejavu-mono-b": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "fira": "/usr/share/fonts/truetype/firacode/FiraCode-Regular.ttf",
    "fira-b": "/usr/share/fonts/truetype/firacode/FiraCode-Bold.ttf",
    "hack": "/usr/share/fonts/truetype/hack/Hack-Regular.ttf",
    "hack-b": "/usr/share/fonts/truetype/hack/Hack-Bold.ttf",
    "incons": "/usr/share/fonts/truetype/inconsolata/Inconsolata.otf",
    "jb": "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf",
    "jb-b": "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Bold.ttf",
    "libmono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "libmono-b": "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "nimbusmono": "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf",
    "nimbusmono-b": "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Bold.otf",
    "lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "lato-b": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "libsans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "libsans-b": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "libserif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "libserif-b": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "opensans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "opensans-b": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "roboto": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto-b": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "robotoc": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Regular.ttf",
    "robotoc-b": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "cantarell": "/usr/share/fonts/opentype/cantarell/Cantarell-Regular.otf",
    "cantarell-b": "/usr/share/fonts/opentype/cantarell/Cantarell-Bold.otf",
    "p052": "/usr/share/fonts/opentype/urw-base35/P052-Roman.otf",
}
_font_cache = {}


def font(key, size):
    k = (key, size)
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(F[key], size)
    return _font_cache[k]


def save_png(img, name):
    path = os.path.join(IMG_DIR, name + ".png")
    img.convert("RGB").save(path, optimize=False)
    return path


# ----------------------------------------------------------------- PIL canvas that records text
class Canvas:
    def __init__(self, w, h, bg):
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.texts = []

    def text(self, xy, s, fnt, fill, anchor="la"):
        self.d.text(xy, s, font=fnt, fill=fill, anchor=anchor)
        self.texts.append(s)

    def width(self, s, fnt):
        return self.d.textlength(s, font=fnt)

    @property
    def visible(self):
        return "\n".join(self.texts)


# ----------------------------------------------------------------- terminal renderer
THEMES = {
    # name: bg, fg, palette for tags
    "monokai_pro": dict(bg="#2d2a2e", fg="#fcfcfa", red="#ff6188", green="#a9dc76", yellow="#ffd866",
                        blue="#78dce8", magenta="#ab9df2", cyan="#78dce8", dim="#727072", bold="#ffffff"),
    "horizon": dict(bg="#1c1e26", fg="#d5d8da", red="#e95678", green="#29d398", yellow="#fab795",
                    blue="#26bbd9", magenta="#ee64ac", cyan="#59e1e3", dim="#6c6f93", bold="#ffffff"),
    "solar_light": dict(bg="#fdf6e3", fg="#586e75", red="#dc322f", green="#859900", yellow="#b58900",
                        blue="#268bd2", magenta="#d33682", cyan="#2aa198", dim="#93a1a1", bold="#073642"),
    "nightfox": dict(bg="#192330", fg="#cdcecf", red="#c94f6d", green="#81b29a", yellow="#dbc074",
                     blue="#719cd6", magenta="#9d79d6", cyan="#63cdcf", dim="#71839b", bold="#e4e4e5"),
    "mac_basic": dict(bg="#ffffff", fg="#000000", red="#990000", green="#00a600", yellow="#999900",
                      blue="#0000b2", magenta="#b200b2", cyan="#00a6b2", dim="#666666", bold="#000000"),
    "amber": dict(bg="#1a1200", fg="#ffb000", red="#ff7a00", green="#ffcc55", yellow="#ffd27f",
                  blue="#ffb000", magenta="#ffb000", cyan="#ffc040", dim="#a07000", bold="#ffd580"),
    "github_dark": dict(bg="#0d1117", fg="#c9d1d9", red="#ff7b72", green="#3fb950", yellow="#d29922",
                        blue="#58a6ff", magenta="#bc8cff", cyan="#39c5cf", dim="#8b949e", bold="#f0f6fc"),
    "xcode_light": dict(bg="#f7f7f7", fg="#262626", red="#c41a16", green="#007400", yellow="#826b28",
                        blue="#0f68a0", magenta="#9b2393", cyan="#3e8087", dim="#8a99a6", bold="#000000"),
    "palenight": dict(bg="#292d3e", fg="#a6accd", red="#f07178", green="#c3e88d", yellow="#ffcb6b",
                      blue="#82aaff", magenta="#c792ea", cyan="#89ddff", dim="#676e95", bold="#ffffff"),
    "cmder": dict(bg="#272822", fg="#f8f8f2", red="#f92672", green="#a6e22e", yellow="#e6db74",
                  blue="#66d9ef", magenta="#ae81ff", cyan="#a1efe4", dim="#75715e", bold="#ffffff"),
    "gotham": dict(bg="#0c1014", fg="#98d1ce", red="#c23127", green="#2aa889", yellow="#edb443",
                   blue="#195466", magenta="#888ca6", cyan="#33859e", dim="#599cab", bold="#d3ebe9"),
    "tomorrow": dict(bg="#ffffff", fg="#4d4d4c", red="#c82829", green="#718c00", yellow="#eab700",
                     blue="#4271ae", magenta="#8959a8", cyan="#3e999f", dim="#8e908c", bold="#1d1f21"),
}


def term_image(name, lines, theme="monokai_pro", fkey="jb", size=15, title=None, cols=None, pad=14,
               chrome="mac"):
    """lines: list of str or list of (text, tag) segments. tag in theme keys (or 'b:<tag>' for bold)."""
    th = THEMES[theme]
    fn = font(fkey, size)
    fb = font(fkey + "-b", size) if (fkey + "-b") in F else fn
    cw = fn.getlength("M")
    lh = int(size * 1.45)
    segs = [[(l, "fg")] if isinstance(l, str) else l for l in lines]
    maxc = max(sum(len(t) for t, _ in s) for s in segs)
    ncols = max(cols or 0, maxc + 1)
    bar = 30 if chrome else 0
    w = int(pad * 2 + cw * ncols)
    h = int(bar + pad * 2 + lh * len(segs))
    c = Canvas(w, h, th["bg"])
    if chrome == "mac":
        dark = _is_dark(th["bg"])
        c.d.rectangle([0, 0, w, bar], fill="#3a3a3c" if dark else "#e3e3e3")
        for i, col in enumerate(["#ff5f57", "#febc2e", "#28c840"]):
            c.d.ellipse([12 + i * 20, 9, 24 + i * 20, 21], fill=col)
        if title:
            c.text((w // 2, bar // 2), title, font("dejavu", 13), "#cccccc" if dark else "#444444", anchor="mm")
    elif chrome == "win":
        c.d.rectangle([0, 0, w, bar], fill="#1f1f1f")
        if title:
            c.text((12, bar // 2), title, font("dejavu", 12), "#dddddd", anchor="lm")
        for i, s in enumerate(["\u2013", "\u25a1", "\u00d7"]):
            c.text((w - 20 - i * 40, bar // 2), s, font("dejavu", 13), "#dddddd", anchor="mm")
    y = bar + pad
    for s in segs:
        x = pad
        for t, tag in s:
            bold = tag.startswith("b:")
            tg = tag[2:] if bold else tag
            col = th.get(tg, th["fg"])
            c.d.text((x, y), t, font=fb if bold else fn, fill=col)
            x += cw * len(t)
        c.texts.append("".join(t for t, _ in s))
        y += lh
    save_png(c.img, name)
    return c.visible


def _is_dark(hexcol):
    hexcol = hexcol.lstrip("#")
    r, g, b = (int(hexcol[i:i + 2], 16) for i in (0, 2, 4))
    return (r * 299 + g * 587 + b * 114) / 1000 < 128


# ----------------------------------------------------------------- HTML via chromium
def html_page(body, css="", font_family="'Open Sans', sans-serif", bg="#ffffff", fg="#222"):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
*{{box-sizing:border-box}} html,body{{margin:0;padding:0}}
body{{font-family:{font_family};background:{bg};color:{fg};font-size:14px}}
{css}
</style></head><body>{body}</body></html>"""


def visible_text(h):
    h = re.sub(r"<style.*?</style>", " ", h, flags=re.S)
    h = re.sub(r"<script.*?</script>", " ", h, flags=re.S)
    h = re.sub(r"<br\s*/?>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return _html.unescape(h)


def render_html(name, page, w, h, crop=True):
    hp = os.path.join(TMP, name + ".html")
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(page)
    out = os.path.join(TMP, name + "_raw.png")
    if os.path.exists(out):
        os.remove(out)
    cmd = ["nice", "-n", "19", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
           "--hide-scrollbars", "--force-device-scale-factor=1", "--font-render-hinting=none",
           "--disable-lcd-text", f"--screenshot={out}", f"--window-size={w},{h}", "file://" + hp]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=False)
    img = Image.open(out).convert("RGB")
    if crop:
        img = crop_bottom(img)
    save_png(img, name)
    return visible_text(page)


def crop_bottom(img, margin=16):
    import numpy as np
    a = np.asarray(img).astype(int)
    bgc = a[-1, :, :]
    diff = np.abs(a - bgc[None, :, :]).sum(axis=2).max(axis=1)
    rows = np.where(diff > 12)[0]
    if len(rows) == 0:
        return img
    last = min(img.height, rows[-1] + margin)
    return img.crop((0, 0, img.width, last))


# ----------------------------------------------------------------- matplotlib
def save_fig(fig, name, dpi=100):
    import matplotlib.pyplot as plt
    path = os.path.join(IMG_DIR, name + ".png")
    fig.savefig(path, dpi=dpi, metadata={"Software": None})
    plt.close(fig)
    Image.open(path).convert("RGB").save(path)
    return path


def fig_texts(fig):
    import matplotlib.text as mtext
    fig.canvas.draw()
    return "\n".join(t.get_text() for t in fig.findobj(mtext.Text) if t.get_visible())


# ----------------------------------------------------------------- number formats
def fmt_us(x, d=2):
    return f"{x:,.{d}f}"


def fmt_de(x, d=2):  # 1.234,56
    return f"{x:,.{d}f}".replace(",", "_").replace(".", ",").replace("_", ".")


def fmt_fr(x, d=2):  # 1 234,56 (narrow nbsp replaced by normal space)
    return f"{x:,.{d}f}".replace(",", " ").replace(".", ",")


def fmt_ch(x, d=2):  # 1'234.56
    return f"{x:,.{d}f}".replace(",", "'")


def fmt_in(x, d=2):  # Indian grouping 12,34,567.89
    s = f"{x:.{d}f}"
    ip, _, dp = s.partition(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = ",".join(groups + [tail])
    return ("-" if neg else "") + ip + ("." + dp if dp else "")


def r2(x):
    """round half up to cents"""
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def num(x, d=2):
    """plain number string for computed golds: drop trailing .0"""
    x = round(x, d)
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.{d}f}".rstrip("0").rstrip(".")
