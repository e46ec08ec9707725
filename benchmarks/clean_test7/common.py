"""Shared helpers for the clean_test7 builder (deterministic)."""
import html as _html, json, os, re, subprocess, tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(ROOT, "images")
SEED = 7719
ITEMS = []
_TEXT = {}  # image -> visible text (for the literal flag)


def esc(s):
    return _html.escape(str(s))


def eu(x, d=2):
    """1.234,50"""
    s = f"{x:,.{d}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def sp(x, d=2):
    """1 234,50"""
    s = f"{x:,.{d}f}"
    return s.replace(",", " ").replace(".", ",")


def us(x, d=2):
    return f"{x:,.{d}f}"


def shot(name, body, w, h, css="", font="DejaVu Sans", bg="#fff", fg="#222"):
    """Render an HTML body with headless chromium to images/<name>.png."""
    doc = f"""<!doctype html><html><head><meta charset="utf-8"><style>
html,body{{margin:0;padding:0;background:{bg};color:{fg};font-family:'{font}',sans-serif;}}
{css}</style></head><body>{body}</body></html>"""
    out = os.path.join(IMG, name + ".png")
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as f:
        f.write(doc)
        p = f.name
    subprocess.run(["chromium", "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
                    "--force-device-scale-factor=1", f"--window-size={w},{h}", "--virtual-time-budget=1500",
                    f"--screenshot={out}", "file://" + p], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.unlink(p)
    txt = re.sub(r"<style.*?</style>", " ", body, flags=re.S)
    txt = re.sub(r"<[^>]+>", " ", txt)
    _TEXT["images/" + name + ".png"] = _html.unescape(txt)
    return "images/" + name + ".png"


def savefig(name, fig, texts=()):
    out = os.path.join(IMG, name + ".png")
    fig.savefig(out, dpi=100)
    import matplotlib.pyplot as plt
    plt.close(fig)
    _TEXT["images/" + name + ".png"] = " ".join(str(t) for t in texts)
    return "images/" + name + ".png"


def Q(image, question, answer, atype, category, intent, literal=None):
    answer = str(answer)
    if literal is None:
        literal = answer in _TEXT.get(image, "")
    ITEMS.append(dict(image=image, question=question, answer=answer, answer_type=atype,
                      category=category, intent=intent, literal=bool(literal)))


def write_manifest():
    with open(os.path.join(ROOT, "manifest.jsonl"), "w") as f:
        for i, it in enumerate(ITEMS, 1):
            row = {"id": f"c7-{i:04d}"}
            row.update(it)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def uniq(vals, best, margin=0):
    """Assert that `best` is a clear extreme of vals (no tie, gap > margin)."""
    rest = sorted(abs(v - best) for v in vals)
    assert rest[0] == 0 and rest[1] > margin, (vals, best)
    return best
