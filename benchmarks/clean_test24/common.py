"""Shared helpers for clean_test24: question records, literal checks, renderers."""
import html as _html
import os
import re
import subprocess
from html.parser import HTMLParser

from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
IMG_DIR = os.path.join(HERE, "images")
SCRATCH = "/tmp/clean_test24"
os.makedirs(IMG_DIR, exist_ok=True)
os.makedirs(SCRATCH, exist_ok=True)

FONTS = {
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "dejavu_b": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "dejavu_mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "dejavu_mono_b": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "dejavu_serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "dejavu_cond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "fira": "/usr/share/fonts/truetype/firacode/FiraCode-Regular.ttf",
    "jetbrains": "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf",
    "jetbrains_b": "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Bold.ttf",
    "hack": "/usr/share/fonts/truetype/hack/Hack-Regular.ttf",
    "hack_b": "/usr/share/fonts/truetype/hack/Hack-Bold.ttf",
    "liber_mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "liber_sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "liber_sans_b": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "liber_serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "liber_serif_b": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "lato": "/usr/share/fonts/truetype/lato/Lato-Regular.ttf",
    "lato_b": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf",
    "roboto": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
    "roboto_b": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
    "opensans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "opensans_b": "/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf",
    "nimbus_mono": "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf",
    "nimbus_mono_b": "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Bold.otf",
    "urw_gothic": "/usr/share/fonts/opentype/urw-base35/URWGothic-Book.otf",
    "urw_gothic_d": "/usr/share/fonts/opentype/urw-base35/URWGothic-Demi.otf",
    "inconsolata": "/usr/share/fonts/truetype/inconsolata/Inconsolata.otf",
}


def font(name, size):
    path = FONTS[name]
    if not os.path.exists(path):
        path = FONTS["dejavu_mono"] if "mono" in name else FONTS["dejavu"]
    return ImageFont.truetype(path, size)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


class Scene:
    """One image with its questions."""

    def __init__(self, file, kind, category, theme, renderer, content):
        self.file = file
        self.kind = kind
        self.category = category
        self.theme = theme
        self.renderer = renderer
        self.content = content
        self.texts = []  # every string drawn on the image
        self.qs = []
        self.size = None

    def q(self, question, answer, atype, intent, literal=None):
        if isinstance(answer, float) and answer == int(answer) and atype in ("number", "count"):
            answer = int(answer)
        answer = str(answer)
        if literal is None:
            literal = atype not in ("approx", "yesno")
        self.qs.append(dict(question=question, answer=answer, answer_type=atype,
                            intent=intent, literal=bool(literal)))

    def check(self):
        blob = norm(" \n ".join(self.texts))
        for q in self.qs:
            if q["literal"]:
                for part in q["answer"].split("; "):
                    assert norm(part) in blob, (self.file, q["question"], part)
        return self


# ---------------------------------------------------------------- HTML rendering
class _TextGrab(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag == "input":
            a = dict(attrs)
            if a.get("type") in ("text", "email", "number", "tel", "date", None) and a.get("value"):
                self.out.append(a["value"])
        if tag in ("br", "p", "div", "td", "th", "li", "tr", "h1", "h2", "h3", "span", "option"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        else:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(doc):
    g = _TextGrab()
    g.feed(doc)
    return "".join(g.out)


def render_html(scene, doc, width, height=2400, bg=None, pad=24):
    """Render doc with headless chromium, crop bottom blank area."""
    hp = os.path.join(SCRATCH, scene.file.replace(".png", ".html"))
    raw = os.path.join(SCRATCH, scene.file)
    with open(hp, "w", encoding="utf-8") as f:
        f.write(doc)
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--force-device-scale-factor=1", "--default-background-color=00000000",
           f"--screenshot={raw}", f"--window-size={width},{height}", "file://" + hp]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    im = Image.open(raw).convert("RGB")
    # crop bottom: find last row that differs from the bottom row
    w, h = im.size
    px = im.load()
    ref = px[w // 2, h - 1] if bg is None else bg
    last = 0
    step = 1
    for y in range(h - 1, -1, -step):
        row_diff = False
        for x in range(0, w, 3):
            p = px[x, y]
            if abs(p[0] - ref[0]) + abs(p[1] - ref[1]) + abs(p[2] - ref[2]) > 12:
                row_diff = True
                break
        if row_diff:
            last = y
            break
    im = im.crop((0, 0, w, min(h, last + pad)))
    im.save(os.path.join(IMG_DIR, scene.file), optimize=False)
    scene.size = im.size
    scene.texts.append(html_text(doc))
    return im


def esc(s):
    return _html.escape(str(s))


# ---------------------------------------------------------------- PIL terminal
TERM_THEMES = {
    "solarized_dark": dict(bg="#002b36", fg="#93a1a1", bar="#073642", red="#dc322f", green="#859900",
                           yellow="#b58900", blue="#268bd2", cyan="#2aa198", magenta="#d33682", dim="#586e75", bold="#eee8d5"),
    "gruvbox_light": dict(bg="#fbf1c7", fg="#3c3836", bar="#ebdbb2", red="#9d0006", green="#79740e",
                          yellow="#b57614", blue="#076678", cyan="#427b58", magenta="#8f3f71", dim="#928374", bold="#282828"),
    "mocha": dict(bg="#1e1e2e", fg="#cdd6f4", bar="#181825", red="#f38ba8", green="#a6e3a1", yellow="#f9e2af",
                  blue="#89b4fa", cyan="#94e2d5", magenta="#cba6f7", dim="#6c7086", bold="#ffffff"),
    "tomorrow_night": dict(bg="#1d1f21", fg="#c5c8c6", bar="#282a2e", red="#cc6666", green="#b5bd68",
                           yellow="#f0c674", blue="#81a2be", cyan="#8abeb7", magenta="#b294bb", dim="#707880", bold="#ffffff"),
    "iceberg_light": dict(bg="#e8e9ec", fg="#33374c", bar="#dcdfe7", red="#cc517a", green="#668e3d",
                          yellow="#c57339", blue="#2d539e", cyan="#3f83a6", magenta="#7759b4", dim="#8389a3", bold="#000000"),
    "zenburn": dict(bg="#3f3f3f", fg="#dcdccc", bar="#2b2b2b", red="#cc9393", green="#7f9f7f", yellow="#f0dfaf",
                    blue="#8cd0d3", cyan="#93e0e3", magenta="#dc8cc3", dim="#7f7f7f", bold="#ffffff"),
    "night_owl": dict(bg="#011627", fg="#d6deeb", bar="#01111d", red="#ef5350", green="#22da6e", yellow="#addb67",
                      blue="#82aaff", cyan="#21c7a8", magenta="#c792ea", dim="#637777", bold="#ffffff"),
    "github_dark": dict(bg="#0d1117", fg="#c9d1d9", bar="#161b22", red="#ff7b72", green="#3fb950", yellow="#d29922",
                        blue="#58a6ff", cyan="#39c5cf", magenta="#bc8cff", dim="#8b949e", bold="#f0f6fc"),
    "cobalt2": dict(bg="#193549", fg="#ffffff", bar="#15232d", red="#ff628c", green="#3ad900", yellow="#ffc600",
                    blue="#0088ff", cyan="#80fcff", magenta="#fb94ff", dim="#8a9ba8", bold="#ffffff"),
    "paper_white": dict(bg="#ffffff", fg="#24292e", bar="#eeeeee", red="#d73a49", green="#22863a", yellow="#b08800",
                        blue="#005cc5", cyan="#1b7c83", magenta="#6f42c1", dim="#6a737d", bold="#000000"),
    "amber": dict(bg="#1a1200", fg="#ffb000", bar="#2a1f00", red="#ff6a00", green="#ffcc33", yellow="#ffd966",
                  blue="#ffb000", cyan="#ffc44d", magenta="#ff9900", dim="#a67300", bold="#ffe0a0"),
    "horizon": dict(bg="#1c1e26", fg="#d5d8da", bar="#16161c", red="#e95678", green="#29d398", yellow="#fab795",
                    blue="#26bbd9", cyan="#59e3e3", magenta="#ee64ac", dim="#6c6f93", bold="#ffffff"),
    "tango_light": dict(bg="#f5f5f0", fg="#2e3436", bar="#d3d7cf", red="#cc0000", green="#4e9a06", yellow="#c4a000",
                        blue="#3465a4", cyan="#06989a", magenta="#75507b", dim="#888a85", bold="#000000"),
    "nightfox": dict(bg="#192330", fg="#cdcecf", bar="#131a24", red="#c94f6d", green="#81b29a", yellow="#dbc074",
                     blue="#719cd6", cyan="#63cdcf", magenta="#9d79d6", dim="#738091", bold="#ffffff"),
}

_SEG = re.compile(r"«(\w+)\|(.*?)»")


def parse_line(line):
    segs, pos = [], 0
    for m in _SEG.finditer(line):
        if m.start() > pos:
            segs.append(("fg", line[pos:m.start()]))
        segs.append((m.group(1), m.group(2)))
        pos = m.end()
    if pos < len(line):
        segs.append(("fg", line[pos:]))
    return segs


def _runs(txt):
    """Split text into runs; symbols outside box drawing go to a DejaVu fallback font."""
    out = []
    for ch in txt:
        o = ord(ch)
        need = o >= 0x2190 and not (0x2500 <= o <= 0x259F)
        if out and out[-1][1] == need:
            out[-1][0] += ch
        else:
            out.append([ch, need])
    return out


def render_terminal(scene, lines, theme="mocha", fontname="jetbrains", size=15, title="bash",
                    chrome="mac", min_cols=60, pad=14, line_gap=5):
    th = TERM_THEMES[theme]
    f = font(fontname, size)
    fb_name = fontname + "_b" if (fontname + "_b") in FONTS else fontname
    fb = font(fb_name, size)
    fbk, fbk_b = font("dejavu_mono", size), font("dejavu_mono_b", size)
    cw = f.getlength("M")
    lh = size + line_gap
    plain = ["".join(t for _, t in parse_line(l)) for l in lines]
    cols = max(min_cols, max(len(p) for p in plain))
    W = int(cols * cw + 2 * pad)
    top = 30 if chrome else 0
    H = int(top + 2 * pad + len(lines) * lh)
    im = Image.new("RGB", (W, H), th["bg"])
    d = ImageDraw.Draw(im)
    if chrome:
        d.rectangle([0, 0, W, top], fill=th["bar"])
        if chrome == "mac":
            for i, c in enumerate(["#ff5f57", "#febc2e", "#28c840"]):
                d.ellipse([12 + i * 20, 9, 24 + i * 20, 21], fill=c)
        else:
            for i in range(3):
                x = W - 26 - i * 28
                d.rectangle([x, 10, x + 12, 20], outline=th["dim"])
        tf = font("dejavu", 13)
        tw = tf.getlength(title)
        d.text(((W - tw) / 2, 8), title, font=tf, fill=th["dim"])
        scene.texts.append(title)
    y = top + pad
    for l in lines:
        x = pad
        for key, txt in parse_line(l):
            bold = key.endswith("B")
            k = key[:-1] if bold else key
            col = th.get(k, th["fg"])
            for run, fb_needed in _runs(txt):
                ff = (fbk_b if bold else fbk) if fb_needed else (fb if bold else f)
                d.text((x, y), run, font=ff, fill=col, features=["-liga", "-calt"])
                x += cw * len(run)
        y += lh
    im.save(os.path.join(IMG_DIR, scene.file))
    scene.size = im.size
    scene.texts.extend(plain)
    return im


def money_fmt(v, dec=2, th=",", dp="."):
    s = f"{abs(v):,.{dec}f}"
    s = s.replace(",", "\x00").replace(".", dp).replace("\x00", th)
    return ("-" if v < 0 else "") + s
