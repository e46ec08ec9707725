"""Shared helpers for the clean_test8 builder (rendering, number formats, item registry)."""
import html as _html
import os
import re
import subprocess
import tempfile

from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
IMG_DIR = os.path.join(HERE, "images")
TMP = os.path.join(tempfile.gettempdir(), "ct8_build")
os.makedirs(IMG_DIR, exist_ok=True)
os.makedirs(TMP, exist_ok=True)

ITEMS = []  # dicts without id; ids assigned at the end
_TEXTS = {}  # image name -> visible text (for literal checks)


def esc(s):
    return _html.escape(str(s))


def q(image, category, question, answer, answer_type, intent, literal):
    ITEMS.append(dict(image=f"images/{image}.png", question=question, answer=str(answer),
                      answer_type=answer_type, category=category, intent=intent, literal=bool(literal)))


def _visible_text(doc):
    doc = re.sub(r"<style.*?</style>", " ", doc, flags=re.S)
    doc = re.sub(r"<[^>]+>", " ", doc)
    return _html.unescape(doc)


def render_html(name, doc, w, h, trim=True):
    """Render an HTML string with headless chromium to images/<name>.png."""
    src = os.path.join(TMP, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc)
    out = os.path.join(IMG_DIR, name + ".png")
    subprocess.run(["chromium", "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
                    "--force-device-scale-factor=1", "--virtual-time-budget=2000",
                    f"--screenshot={out}", f"--window-size={w},{h}", "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if trim:
        _trim_bottom(out)
    _TEXTS[name] = _visible_text(doc)
    return out


def _trim_bottom(path, margin=18):
    im = Image.open(path).convert("RGB")
    w, h = im.size
    px = im.load()
    bg = px[w - 1, h - 1]
    last = h - 1
    while last > 0:
        row = [px[x, last] for x in range(0, w, 3)]
        if any(max(abs(a - b) for a, b in zip(p, bg)) > 8 for p in row):
            break
        last -= 1
    cut = min(h, last + margin)
    if cut < h - 4:
        im = im.crop((0, 0, w, cut))
    im.save(path)


def register_text(name, text):
    _TEXTS[name] = text


def visible_text(name):
    return _TEXTS.get(name)


def page(css, body, font="Lato", bg="#fff", fg="#222"):
    return (f"<!doctype html><html><head><meta charset='utf-8'><style>"
            f"*{{box-sizing:border-box}} html,body{{margin:0;padding:0}} "
            f"body{{font-family:'{font}',sans-serif;background:{bg};color:{fg};font-size:15px}} {css}"
            f"</style></head><body>{body}</body></html>")


# ---- number formats -------------------------------------------------------
def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def num(x, dec=2, th=",", dp="."):
    neg = x < 0
    x = abs(x)
    cents = round(x * 10 ** dec)
    ip, fp = divmod(cents, 10 ** dec)
    s = _group(ip, th) + ((dp + str(fp).zfill(dec)) if dec else "")
    return ("-" if neg else "") + s


def us(x, dec=2):
    return num(x, dec, ",", ".")


def de(x, dec=2):
    return num(x, dec, ".", ",")


def fr(x, dec=2):
    return num(x, dec, " ", ",")


def ch(x, dec=2):
    return num(x, dec, "'", ".")


def argmax_unique(seq, key):
    """max() that refuses ties so that golds stay unambiguous."""
    best = max(seq, key=key)
    if sum(1 for s in seq if key(s) == key(best)) != 1:
        raise ValueError(f"tie for max: {key(best)}")
    return best


def argmin_unique(seq, key):
    return argmax_unique(seq, key=lambda s: -key(s))
