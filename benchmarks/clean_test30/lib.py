"""Shared helpers for the clean_test30 build (rendering, text capture, question records)."""
import html as _html
import os
import random
import re
import shutil
import subprocess
import tempfile

SEED = 41273
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
SCR = "/tmp/clean_test30"

ANSWER_TYPES = {"text", "number", "count", "money", "code", "person", "yesno", "date", "time", "version",
                "percent", "approx", "error"}
INTENTS = {"lookup", "read", "count", "argmax", "argmin", "cell", "party", "chart_value", "nth", "difference",
           "subtract", "sum", "mean", "ratio", "share", "rate", "state_yesno", "selected", "exists", "next",
           "version", "latest", "earliest", "compare_more", "compare_less", "choice_more", "choice_less",
           "overtakes", "colour", "title", "error", "locate", "trend"}


def rng(name):
    """Independent deterministic RNG per scene."""
    return random.Random(f"{SEED}:{name}")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def html_text(doc):
    """Visible text of an HTML document (tags stripped, entities decoded)."""
    d = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", doc)
    d = re.sub(r"(?s)<!--.*?-->", " ", d)
    d = re.sub(r"<[^>]+>", " ", d)
    return norm(_html.unescape(d))


def fmt_num(x, dec=2, th=",", dp="."):
    s = f"{abs(x):,.{dec}f}"
    s = s.replace(",", "\0").replace(".", dp).replace("\0", th)
    return ("-" if x < 0 else "") + s


def money_str(x, dec=2):
    """Plain numeric gold for money/number answers."""
    v = round(x, dec)
    s = f"{v:.{dec}f}"
    return s


class Scene:
    def __init__(self, file, kind, theme, category, size, renderer, content):
        self.file = file
        self.kind = kind
        self.theme = theme
        self.category = category
        self.size = size
        self.renderer = renderer
        self.content = content
        self.text = ""
        self.qs = []

    def q(self, question, answer, atype, intent, lit=False):
        answer = str(answer)
        assert atype in ANSWER_TYPES, atype
        assert intent in INTENTS, intent
        if lit:
            assert norm(answer) in self.text, (self.file, answer)
        self.qs.append(dict(question=question, answer=answer, answer_type=atype, category=self.category,
                            intent=intent, literal=bool(lit)))


# ---------------------------------------------------------------- chromium
CHROME = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--hide-scrollbars", "--force-device-scale-factor=1", "--default-background-color=ffffffff"]


def render_html(scene, doc):
    """Write HTML, record its visible text; returns a job tuple for shoot()."""
    os.makedirs(os.path.join(SCR, "html"), exist_ok=True)
    path = os.path.join(SCR, "html", scene.file.replace(".png", ".html"))
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    scene.text = html_text(doc)
    return (path, os.path.join(IMG, scene.file), scene.size)


def shoot(job):
    path, out, (w, h) = job
    prof = tempfile.mkdtemp(prefix="prof-", dir=SCR)
    try:
        cmd = CHROME + [f"--user-data-dir={prof}", f"--window-size={w},{h}", f"--screenshot={out}",
                        "file://" + path]
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=True)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    autocrop(out)
    return out


def autocrop(out, margin=18):
    """Trim uniform background rows at the bottom of a full-window screenshot."""
    from PIL import Image
    im = Image.open(out).convert("RGB")
    w, h = im.size
    px = im.load()
    bg = px[w // 2, h - 1]
    y = h - 1
    while y > 0 and all(px[x, y] == bg for x in range(0, w, 2)):
        y -= 1
    nh = min(h, y + 1 + margin)
    if nh < h:
        im.crop((0, 0, w, nh)).save(out)


def page(body, css, font="Roboto", bg="#fff", fg="#222", size=14):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
*{{box-sizing:border-box}} html,body{{margin:0;padding:0}}
body{{font-family:'{font}',sans-serif;background:{bg};color:{fg};font-size:{size}px}}
{css}</style></head><body>{body}</body></html>"""


def esc(s):
    return _html.escape(str(s))
