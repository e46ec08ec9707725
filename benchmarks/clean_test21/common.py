"""Shared helpers for clean_test21: seed, Scene bookkeeping, renderers, number formatting."""
import html as _html
import os
import random
import re
import subprocess

from PIL import Image, ImageDraw, ImageFont

SEED = 41863
HERE = os.path.dirname(os.path.abspath(__file__))
IMG_DIR = os.path.join(HERE, "images")
TMP = "/tmp/clean_test21"
os.makedirs(IMG_DIR, exist_ok=True)
os.makedirs(TMP, exist_ok=True)

FONTS = {
    "jetbrains": "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf",
    "fira": "/usr/share/fonts/truetype/firacode/FiraCode-Regular.ttf",
    "hack": "/usr/share/fonts/truetype/hack/Hack-Regular.ttf",
    "inconsolata": "/usr/share/fonts/truetype/inconsolata/Inconsolata.otf",
    "dejavumono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "libmono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dejavub": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "latob": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "roboto": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "robotob": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "opensans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "opensansb": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "serifb": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
}


def font(name, size):
    return ImageFont.truetype(FONTS[name], size)


# ---------------------------------------------------------------- numbers
def fmt(x, dec=2, th=",", dp="."):
    """Format a number with thousands separator `th` and decimal point `dp`."""
    neg = x < 0
    s = f"{abs(x):,.{dec}f}"
    s = s.replace(",", "\x00").replace(".", dp).replace("\x00", th)
    return ("-" if neg else "") + s


def r2(x):
    return round(x + 1e-9, 2)


def clean_num(x, dec=2):
    """Plain string for a computed number: no trailing zeros beyond need."""
    x = round(x, dec)
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.{dec}f}".rstrip("0").rstrip(".")


# ---------------------------------------------------------------- scenes
SCENES = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


class Scene:
    def __init__(self, name, category, kind, theme, renderer, content):
        self.name = name
        self.category = category
        self.kind = kind
        self.theme = theme
        self.renderer = renderer
        self.content = content
        self.rng = random.Random(f"{SEED}-{name}")
        self.qs = []
        self.text = ""  # all text drawn in the image
        self.size = None
        SCENES.append(self)

    @property
    def image(self):
        return f"images/{self.name}.png"

    @property
    def path(self):
        return os.path.join(HERE, self.image)

    def q(self, question, answer, atype, intent, literal):
        if isinstance(answer, (int, float)) and not isinstance(answer, bool):
            answer = clean_num(answer)
        self.qs.append(dict(question=question, answer=str(answer), answer_type=atype,
                            intent=intent, literal=bool(literal)))

    def check(self):
        t = norm(self.text)
        for q in self.qs:
            if q["literal"]:
                for part in q["answer"].split("; "):
                    assert norm(part) in t, (self.name, q["question"], part)
            if q["answer_type"] == "yesno":
                assert q["answer"] in ("yes", "no"), (self.name, q)
                assert not q["literal"]


# ---------------------------------------------------------------- HTML via chromium
def visible_text(html):
    h = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", html)
    h = re.sub(r"(?s)<[^>]+>", " ", h)
    return _html.unescape(h)


def render_html(scene, body, width, height=2000, css="", bg="#ffffff", font_family="Lato", crop=True,
                input_values=""):
    """Render an HTML body with chromium, crop trailing background, save to scene.path."""
    doc = (f"<!doctype html><html><head><meta charset='utf-8'><style>"
           f"html,body{{margin:0;padding:0;background:{bg};font-family:'{font_family}',sans-serif;}}"
           f"{css}</style></head><body>{body}</body></html>")
    scene.text += " " + visible_text(body) + " " + input_values
    hp = os.path.join(TMP, scene.name + ".html")
    with open(hp, "w") as f:
        f.write(doc)
    raw = os.path.join(TMP, scene.name + "_raw.png")
    prof = os.path.join(TMP, "chromium-profile")
    cmd = ["nice", "-n", "19", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--force-device-scale-factor=1", "--font-render-hinting=none", f"--user-data-dir={prof}",
           "--no-first-run", "--disable-extensions", f"--screenshot={raw}", f"--window-size={width},{height}",
           "file://" + hp]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=True)
    im = Image.open(raw).convert("RGB")
    if crop:
        im = crop_bottom(im)
    save(scene, im)


def crop_bottom(im, margin=16):
    px = im.load()
    w, h = im.size
    bgc = px[w - 1, h - 1]
    last = 0
    step = 2
    for y in range(h - 1, -1, -1):
        row_diff = False
        for x in range(0, w, step):
            p = px[x, y]
            if abs(p[0] - bgc[0]) + abs(p[1] - bgc[1]) + abs(p[2] - bgc[2]) > 12:
                row_diff = True
                break
        if row_diff:
            last = y
            break
    return im.crop((0, 0, w, min(h, last + margin)))


def save(scene, im):
    im = im.convert("RGB")
    scene.size = im.size
    im.save(scene.path, optimize=True)


# ---------------------------------------------------------------- PIL text canvas
class Canvas:
    """Simple PIL canvas that records drawn text into the scene."""

    def __init__(self, scene, w, h, bg="#ffffff"):
        self.scene = scene
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)

    def text(self, xy, s, fnt, fill="#000000", anchor="la"):
        self.d.text(xy, s, font=fnt, fill=fill, anchor=anchor)
        self.scene.text += " " + s
        return self.d.textbbox(xy, s, font=fnt, anchor=anchor)

    def rtext(self, x_right, y, s, fnt, fill="#000000"):
        return self.text((x_right, y), s, fnt, fill, anchor="ra")

    def ctext(self, x_center, y, s, fnt, fill="#000000"):
        return self.text((x_center, y), s, fnt, fill, anchor="ma")

    def line(self, pts, fill="#000000", width=1):
        self.d.line(pts, fill=fill, width=width)

    def rect(self, box, fill=None, outline=None, width=1, radius=0):
        if radius:
            self.d.rounded_rectangle(box, radius=radius, fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=width)

    def finish(self, crop_to=None):
        im = self.im
        if crop_to:
            im = im.crop((0, 0, im.size[0], crop_to))
        save(self.scene, im)


# ---------------------------------------------------------------- terminal renderer
THEMES = {
    # name: bg, fg, colours(red, green, yellow, blue, magenta, cyan, grey, bold), title bar bg, title fg
    "gruvbox": dict(bg="#282828", fg="#ebdbb2", red="#fb4934", green="#b8bb26", yellow="#fabd2f", blue="#83a598",
                    magenta="#d3869b", cyan="#8ec07c", grey="#928374", bold="#fbf1c7", bar="#1d2021", barfg="#a89984"),
    "nord": dict(bg="#2e3440", fg="#d8dee9", red="#bf616a", green="#a3be8c", yellow="#ebcb8b", blue="#81a1c1",
                 magenta="#b48ead", cyan="#88c0d0", grey="#616e88", bold="#eceff4", bar="#3b4252", barfg="#d8dee9"),
    "dracula": dict(bg="#282a36", fg="#f8f8f2", red="#ff5555", green="#50fa7b", yellow="#f1fa8c", blue="#bd93f9",
                    magenta="#ff79c6", cyan="#8be9fd", grey="#6272a4", bold="#ffffff", bar="#21222c", barfg="#bfbfbf"),
    "sollight": dict(bg="#fdf6e3", fg="#586e75", red="#dc322f", green="#859900", yellow="#b58900", blue="#268bd2",
                     magenta="#d33682", cyan="#2aa198", grey="#93a1a1", bold="#073642", bar="#eee8d5", barfg="#657b83"),
    "monokai": dict(bg="#272822", fg="#f8f8f2", red="#f92672", green="#a6e22e", yellow="#e6db74", blue="#66d9ef",
                    magenta="#ae81ff", cyan="#a1efe4", grey="#75715e", bold="#ffffff", bar="#1e1f1c", barfg="#cfcfc2"),
    "ghlight": dict(bg="#ffffff", fg="#24292f", red="#cf222e", green="#116329", yellow="#4d2d00", blue="#0969da",
                    magenta="#8250df", cyan="#1b7c83", grey="#6e7781", bold="#000000", bar="#e8e8e8", barfg="#333333"),
    "greenscreen": dict(bg="#0a0f0a", fg="#33ff66", red="#ff5f5f", green="#33ff66", yellow="#e5ff66", blue="#5fafff",
                        magenta="#d787ff", cyan="#5fffd7", grey="#2f8f4f", bold="#b3ffc6", bar="#1a1a1a", barfg="#9fdf9f"),
    "oceanic": dict(bg="#1b2b34", fg="#c0c5ce", red="#ec5f67", green="#99c794", yellow="#fac863", blue="#6699cc",
                    magenta="#c594c5", cyan="#5fb3b3", grey="#65737e", bold="#d8dee9", bar="#101c22", barfg="#a7adba"),
    "tango_light": dict(bg="#f4f4f4", fg="#2e3436", red="#cc0000", green="#4e9a06", yellow="#a07a00", blue="#3465a4",
                        magenta="#75507b", cyan="#06989a", grey="#777a77", bold="#000000", bar="#d6d6d6", barfg="#2e3436"),
}


def terminal(scene, lines, theme="gruvbox", fontname="jetbrains", size=15, title="bash", width_cols=None,
             chrome="mac", pad=14):
    """lines: list of either str or list of (text, colourkey) segments."""
    th = THEMES[theme]
    f = font(fontname, size)
    cw = f.getlength("M")
    lh = int(size * 1.45)
    segs = [[(l, "fg")] if isinstance(l, str) else l for l in lines]
    ncols = max(sum(len(t) for t, _ in s) for s in segs)
    if width_cols:
        ncols = max(ncols, width_cols)
    bar = 30
    W = int(cw * ncols + 2 * pad + 4)
    H = bar + pad * 2 + lh * len(segs)
    c = Canvas(scene, W, H, th["bg"])
    c.rect((0, 0, W, bar), fill=th["bar"])
    tf = font("dejavu", 12)
    c.text((W // 2, bar // 2), title, tf, fill=th["barfg"], anchor="mm")
    if chrome == "mac":
        for i, col in enumerate(["#ff5f57", "#febc2e", "#28c840"]):
            c.d.ellipse((12 + i * 20, 9, 24 + i * 20, 21), fill=col)
    else:
        for i, s in enumerate(["—", "□", "×"]):
            c.d.text((W - 70 + i * 22, 8), s, font=tf, fill=th["barfg"])
    y = bar + pad
    for s in segs:
        x = pad
        for t, k in s:
            col = th.get(k, k)
            if t:
                c.text((x, y), t, f, fill=col)
            x += cw * len(t)
        y += lh
    c.finish()


# ---------------------------------------------------------------- matplotlib
def mpl_save(scene, fig, dpi=100):
    p = scene.path
    fig.savefig(p, dpi=dpi, metadata={"Software": None})
    import matplotlib.pyplot as plt
    import matplotlib.text as mtext
    for t in fig.findobj(mtext.Text):
        if t.get_visible() and t.get_text():
            scene.text += " " + t.get_text()
    plt.close(fig)
    im = Image.open(p).convert("RGB")
    save(scene, im)


def mpl_text(scene, *strings):
    for s in strings:
        scene.text += " " + str(s)
