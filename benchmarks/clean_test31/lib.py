"""Shared helpers for clean_test31: scene records, chromium rendering, PIL terminals, literal checks."""
import html as _html
import os
import random
import re
import subprocess

from PIL import Image, ImageDraw, ImageFont

SEED = 58211
HERE = os.path.dirname(os.path.abspath(__file__))
IMG_DIR = os.path.join(HERE, "images")
SCRATCH = "/tmp/clean31"

ANSWER_TYPES = {"text", "number", "count", "money", "code", "person", "yesno", "date", "time", "version",
                "percent", "approx", "error"}
INTENTS = {"lookup", "read", "count", "argmax", "argmin", "cell", "party", "chart_value", "nth", "difference",
           "subtract", "sum", "mean", "ratio", "share", "rate", "state_yesno", "selected", "exists", "next",
           "version", "latest", "earliest", "compare_more", "compare_less", "choice_more", "choice_less",
           "overtakes", "colour", "title", "error", "locate", "trend"}

SCENES = []


def rng(name):
    return random.Random(f"{SEED}:{name}")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def money(x, nd=2):
    """Plain decimal string for a gold answer."""
    return f"{x:.{nd}f}"


def fmt_group(x, nd=2, thou=",", dec="."):
    s = f"{abs(x):,.{nd}f}"
    s = s.replace(",", "\x00").replace(".", dec).replace("\x00", thou)
    return ("-" if x < 0 else "") + s


class Scene:
    def __init__(self, name, category, kind, renderer, theme, content):
        self.name = name
        self.file = f"images/{name}.png"
        self.category = category
        self.kind = kind
        self.renderer = renderer
        self.theme = theme
        self.content = content
        self.qs = []
        self.text = None  # drawn text, filled by renderer
        self.size = None
        SCENES.append(self)

    def q(self, question, answer, answer_type, intent, literal=False):
        assert answer_type in ANSWER_TYPES, answer_type
        assert intent in INTENTS, intent
        self.qs.append(dict(question=question, answer=str(answer), answer_type=answer_type, intent=intent,
                            literal=bool(literal)))

    def check(self):
        assert self.text is not None, self.name
        t = norm(self.text)
        for q in self.qs:
            if q["literal"]:
                assert norm(q["answer"]) in t, (self.name, q["answer"])
        assert len(self.qs) >= 2, self.name


# ---------------------------------------------------------------- chromium
BASE_CSS = """
*{box-sizing:border-box} html,body{margin:0;padding:0}
body{-webkit-font-smoothing:antialiased}
table{border-collapse:collapse}
"""


def _chromium(args):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--force-device-scale-factor=1", "--no-first-run", "--disable-extensions",
                    "--font-render-hinting=none"] + args,
                   check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=120)


def render_html(scene, body, css, width, height=1400, bg=None, trim=True):
    os.makedirs(f"{SCRATCH}/html", exist_ok=True)
    page = (f"<!doctype html><html><head><meta charset='utf-8'><style>{BASE_CSS}{css}</style></head>"
            f"<body>{body}<script>document.body.setAttribute('data-it', document.body.innerText);</script>"
            f"</body></html>")
    path = f"{SCRATCH}/html/{scene.name}.html"
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
    prof = f"{SCRATCH}/prof_{scene.name}"
    out = os.path.join(IMG_DIR, scene.name + ".png")
    _chromium([f"--user-data-dir={prof}", f"--screenshot={out}", f"--window-size={width},{height}",
               "file://" + path])
    r = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        f"--user-data-dir={prof}", "--dump-dom", "file://" + path],
                       check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=120)
    dom = r.stdout.decode("utf-8")
    m = re.search(r'<body[^>]*data-it="([^"]*)"', dom, re.S)
    assert m, scene.name
    scene.text = _html.unescape(m.group(1))
    subprocess.run(["rm", "-rf", prof])
    im = Image.open(out).convert("RGB")
    if trim:
        im = trim_bottom(im)
    im.save(out, optimize=False)
    scene.size = im.size


def trim_bottom(im, pad=18):
    w, h = im.size
    px = im.load()
    ref = px[w // 2, h - 1]
    y = h - 1
    while y > 0:
        row_ok = all(px[x, y] == ref for x in range(0, w, 3))
        if not row_ok:
            break
        y -= 1
    return im.crop((0, 0, w, min(h, y + 1 + pad)))


# ---------------------------------------------------------------- terminals
FONT_FILES = {
    "DejaVu Sans Mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "Liberation Mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "JetBrains Mono": "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf",
    "Fira Code": "/usr/share/fonts/truetype/firacode/FiraCode-Regular.ttf",
    "Hack": "/usr/share/fonts/truetype/hack/Hack-Regular.ttf",
    "Inconsolata": "/usr/share/fonts/truetype/inconsolata/Inconsolata.otf",
    "Noto Sans Mono": "/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf",
    "Hermit": "/usr/share/fonts/truetype/hermit/Hermit-medium.otf",
    "Fantasque Sans Mono": "/usr/share/fonts/woff/fantasque-sans/FantasqueSansMono-Regular.woff",
    "Nimbus Mono PS": "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf",
}
UI_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def font_path(name):
    p = FONT_FILES[name]
    if not os.path.exists(p):
        r = subprocess.run(["fc-match", "-f", "%{file}", name], stdout=subprocess.PIPE, text=True)
        p = r.stdout.strip()
    return p


THEMES = {
    # name: bg, fg, title bar bg, title fg, palette for tags
    "gruvbox": dict(bg="#282828", fg="#ebdbb2", bar="#1d2021", tfg="#a89984",
                    c=dict(red="#fb4934", green="#b8bb26", yellow="#fabd2f", blue="#83a598", cyan="#8ec07c",
                           mag="#d3869b", dim="#928374", bold="#fbf1c7")),
    "solarized_light": dict(bg="#fdf6e3", fg="#586e75", bar="#eee8d5", tfg="#657b83",
                            c=dict(red="#dc322f", green="#859900", yellow="#b58900", blue="#268bd2",
                                   cyan="#2aa198", mag="#d33682", dim="#93a1a1", bold="#073642")),
    "dracula": dict(bg="#282a36", fg="#f8f8f2", bar="#1e1f29", tfg="#bd93f9",
                    c=dict(red="#ff5555", green="#50fa7b", yellow="#f1fa8c", blue="#8be9fd", cyan="#8be9fd",
                           mag="#ff79c6", dim="#6272a4", bold="#ffffff")),
    "github_light": dict(bg="#ffffff", fg="#24292f", bar="#eaeef2", tfg="#57606a",
                         c=dict(red="#cf222e", green="#116329", yellow="#9a6700", blue="#0969da",
                                cyan="#1b7c83", mag="#8250df", dim="#6e7781", bold="#000000")),
    "nord": dict(bg="#2e3440", fg="#d8dee9", bar="#242933", tfg="#88c0d0",
                 c=dict(red="#bf616a", green="#a3be8c", yellow="#ebcb8b", blue="#81a1c1", cyan="#88c0d0",
                        mag="#b48ead", dim="#616e88", bold="#eceff4")),
    "tango_dark": dict(bg="#300a24", fg="#eeeeec", bar="#2c2c2c", tfg="#dddddd",
                       c=dict(red="#ef2929", green="#8ae234", yellow="#fce94f", blue="#729fcf", cyan="#34e2e2",
                              mag="#ad7fa8", dim="#888a85", bold="#ffffff")),
    "paper": dict(bg="#f7f3e8", fg="#2b2b2b", bar="#e2dccb", tfg="#555555",
                  c=dict(red="#a31515", green="#2e7d32", yellow="#8a6d00", blue="#1f4e9c", cyan="#00707a",
                         mag="#7b1fa2", dim="#8c8c8c", bold="#000000")),
    "tokyo_night": dict(bg="#1a1b26", fg="#c0caf5", bar="#16161e", tfg="#7aa2f7",
                        c=dict(red="#f7768e", green="#9ece6a", yellow="#e0af68", blue="#7aa2f7", cyan="#7dcfff",
                               mag="#bb9af7", dim="#565f89", bold="#ffffff")),
    "green_crt": dict(bg="#0b140b", fg="#33ff66", bar="#142414", tfg="#33ff66",
                      c=dict(red="#aaffaa", green="#33ff66", yellow="#99ff99", blue="#33ff66", cyan="#66ff99",
                             mag="#66ff99", dim="#1f9940", bold="#ccffcc")),
    "one_light": dict(bg="#fafafa", fg="#383a42", bar="#e5e5e6", tfg="#696c77",
                      c=dict(red="#e45649", green="#50a14f", yellow="#c18401", blue="#4078f2", cyan="#0184bc",
                             mag="#a626a4", dim="#a0a1a7", bold="#000000")),
    "monokai": dict(bg="#272822", fg="#f8f8f2", bar="#1e1f1c", tfg="#a6e22e",
                    c=dict(red="#f92672", green="#a6e22e", yellow="#e6db74", blue="#66d9ef", cyan="#66d9ef",
                           mag="#ae81ff", dim="#75715e", bold="#ffffff")),
    "powershell": dict(bg="#012456", fg="#eeedf0", bar="#ffffff", tfg="#000000",
                       c=dict(red="#f14c4c", green="#23d18b", yellow="#f5f543", blue="#3b8eea", cyan="#29b8db",
                              mag="#d670d6", dim="#a0a0a0", bold="#ffffff")),
    "catppuccin_latte": dict(bg="#eff1f5", fg="#4c4f69", bar="#dce0e8", tfg="#5c5f77",
                             c=dict(red="#d20f39", green="#40a02b", yellow="#df8e1d", blue="#1e66f5",
                                    cyan="#179299", mag="#8839ef", dim="#9ca0b0", bold="#1e1e2e")),
}


try:
    from PIL import features as _feat
    NOLIG = ["-liga", "-calt", "-dlig"] if _feat.check("raqm") else None
except Exception:  # pragma: no cover
    NOLIG = None


def render_term(scene, lines, theme, font, title, size=15, chrome="mac"):
    """lines: list of str or list of (text, colourkey) segments. Renders a terminal window with PIL."""
    th = THEMES[theme]
    f = ImageFont.truetype(font_path(font), size)
    segs = [[(l, None)] if isinstance(l, str) else l for l in lines]
    texts = ["".join(t for t, _ in s) for s in segs]
    cw = f.getlength("M")
    asc, desc = f.getmetrics()
    lh = int((asc + desc) * 1.28)
    ncols = max(len(t) for t in texts)
    padx, pady, barh = 14, 12, 30
    W = int(ncols * cw + 2 * padx) + 2
    W = max(W, 300)
    H = barh + pady * 2 + lh * len(segs)
    im = Image.new("RGB", (W, H), th["bg"])
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, barh], fill=th["bar"])
    uf = ImageFont.truetype(UI_FONT, 13)
    if chrome == "mac":
        for i, col in enumerate(["#ff5f57", "#febc2e", "#28c840"]):
            d.ellipse([12 + i * 20, 9, 24 + i * 20, 21], fill=col)
        tw = d.textlength(title, font=uf)
        d.text(((W - tw) / 2, 7), title, fill=th["tfg"], font=uf)
    elif chrome == "gnome":
        tw = d.textlength(title, font=uf)
        d.text(((W - tw) / 2, 7), title, fill=th["tfg"], font=uf)
        for i in range(3):
            cx = W - 20 - i * 26
            d.ellipse([cx - 8, 7, cx + 8, 23], fill=th["bg"])
        x = W - 20
        d.line([x - 4, 11, x + 4, 19], fill=th["tfg"], width=2)
        d.line([x - 4, 19, x + 4, 11], fill=th["tfg"], width=2)
    else:  # windows
        d.text((12, 7), title, fill=th["tfg"], font=uf)
        for i, s in enumerate(["✕", "☐", "—"]):
            d.text((W - 30 - i * 40, 6), s, fill=th["tfg"], font=uf)
    y = barh + pady
    for s in segs:
        x = padx
        for t, key in s:
            col = th["fg"] if key is None else th["c"][key]
            d.text((x, y), t, fill=col, font=f, features=NOLIG)
            x += cw * len(t)
        y += lh
    out = os.path.join(IMG_DIR, scene.name + ".png")
    im.save(out)
    scene.text = "\n".join(texts)
    scene.size = im.size


# ---------------------------------------------------------------- matplotlib
def save_fig(scene, fig):
    import matplotlib.text as mtext
    fig.canvas.draw()
    texts = [t.get_text() for t in fig.findobj(mtext.Text) if t.get_visible() and t.get_text()]
    out = os.path.join(IMG_DIR, scene.name + ".png")
    fig.savefig(out, dpi=100, metadata={"Software": None})
    import matplotlib.pyplot as plt
    plt.close(fig)
    scene.text = "\n".join(texts)
    scene.size = Image.open(out).size
