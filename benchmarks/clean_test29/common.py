"""Shared helpers for clean_test29: registry of questions, renderers, checks."""
import html as _html
import os
import random
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
IMG_DIR = os.path.join(HERE, "images")
SCRATCH = "/tmp/clean_test29"
SEED = None  # set by build.py

IMAGES = []      # dicts: file, kind, theme, category, content, renderer
QUESTIONS = []   # dicts without id
_TEXT = {}       # file -> visible text (for literal checks)

FONTS = {
    "dejavu_mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "dejavu_mono_b": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "hack": "/usr/share/fonts/truetype/hack/Hack-Regular.ttf",
    "jetbrains": "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf",
    "fira": "/usr/share/fonts/truetype/firacode/FiraCode-Regular.ttf",
    "inconsolata": "/usr/share/fonts/truetype/inconsolata/Inconsolata.otf",
    "freemono": "/usr/share/fonts/truetype/freefont/FreeMono.ttf",
    "nimbusmono": "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf",
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "opensans": "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
    "roboto": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
}


def rng_for(name):
    return random.Random(f"{SEED}-{name}")


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def register(file, kind, theme, category, content, renderer, text):
    IMAGES.append(dict(file=file, kind=kind, theme=theme, category=category,
                       content=content, renderer=renderer))
    _TEXT[file] = norm(text)


def q(file, question, answer, atype, intent, literal, category=None):
    if isinstance(answer, (list, tuple)):
        answer = "; ".join(str(a) for a in answer)
    if isinstance(answer, float):
        answer = fmtnum(answer)
    answer = str(answer)
    if category is None:
        category = next(i["category"] for i in IMAGES if i["file"] == file)
    if literal:
        txt = _TEXT[file]
        for part in answer.split("; "):
            assert norm(part) in txt, f"{file}: literal gold {part!r} not in image text"
    QUESTIONS.append(dict(image=f"images/{file}", question=question, answer=answer,
                          answer_type=atype, category=category, intent=intent,
                          literal=bool(literal)))


def visible_text(html_src):
    s = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", html_src)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return _html.unescape(s)


BASE_CSS = """
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
"""


def render_html(file, html_src, w, h):
    os.makedirs(SCRATCH, exist_ok=True)
    src = os.path.join(SCRATCH, file.replace(".png", ".html"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_src)
    out = os.path.join(IMG_DIR, file)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--hide-scrollbars", "--force-device-scale-factor=1",
                    "--default-background-color=ffffffff",
                    f"--screenshot={out}", f"--window-size={w},{h}", src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # strip any metadata so reruns are byte-identical
    from PIL import Image
    im = Image.open(out).convert("RGB")
    im.save(out, optimize=False)
    return visible_text(html_src)


def page(body, css="", font="Roboto"):
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{BASE_CSS}"
            f"body{{font-family:'{font}',sans-serif;}}{css}</style></head>"
            f"<body>{body}</body></html>")


def esc(s):
    return _html.escape(str(s))


# ---------- number formats ----------
def group(n, sep=",", dec=".", places=2, lakh=False):
    neg = n < 0
    n = abs(n)
    s = f"{n:.{places}f}"
    if places:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    if lakh and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        ip = sep.join(parts + [tail])
    else:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = sep.join(parts)
    out = ip + (dec + fp if places else "")
    return ("-" if neg else "") + out


def eu(n, places=2):          # 1.234,56
    return group(n, ".", ",", places)


def sk(n, places=2):          # 1 234,56
    return group(n, " ", ",", places)


def us(n, places=2):          # 1,234.56
    return group(n, ",", ".", places)


def lakh(n, places=2):        # 1,23,456.00
    return group(n, ",", ".", places, lakh=True)


def cents(rng, lo, hi):
    return round(rng.randint(int(lo * 100), int(hi * 100)) / 100, 2)


def fmtnum(x, places=2):
    x = round(float(x), places)
    if x == int(x):
        return str(int(x))
    return f"{x:.{places}f}".rstrip("0").rstrip(".")


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
