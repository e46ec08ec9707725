#!/usr/bin/env python3
"""Build the clean_test33 held-out split (deterministic from SEED).

Run:  /tmp/clean33/venv/bin/python build.py
Every scene gets its own random.Random(f"{SEED}:<scene>"); every gold answer is
computed from the generated data and, when marked literal, asserted to appear in
the text actually fed to the renderer (HTML visible text, PIL strings, or
matplotlib text objects).
"""
import html, json, os, random, re, shutil, subprocess, sys
from pathlib import Path

SEED = 52781
HERE = Path(__file__).resolve().parent
IMG = HERE / "images"
SCRATCH = Path("/tmp/clean33")
sys.path.insert(0, str(HERE))

ANSWER_TYPES = set("text number count money code person yesno date time version percent approx error".split())
INTENTS = set("""lookup read count argmax argmin cell party chart_value nth difference subtract sum mean ratio share
rate state_yesno selected exists next version latest earliest compare_more compare_less choice_more choice_less
overtakes colour title error locate trend""".split())

E = html.escape


def norm(s):
    return " ".join(str(s).split())


def visible_text_of_html(doc):
    doc = re.sub(r"(?is)<head.*?</head>", " ", doc)
    doc = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", doc)
    # two readings: every tag as a gap, and inline tags as no gap; an answer may match either
    spaced = re.sub(r"(?s)<[^>]+>", " ", doc)
    tight = re.sub(r"(?is)</?(span|b|i|em|strong|code|small|a|u|sup|sub)\b[^>]*>", "", doc)
    tight = re.sub(r"(?s)<[^>]+>", " ", tight)
    return norm(html.unescape(spaced)) + " \u00a6 " + norm(html.unescape(tight))


def appears(ans, text):
    a, t = norm(ans), norm(text)
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(a) + r"(?![0-9A-Za-z])", t) is not None


def trim(path, pad=22):
    from PIL import Image
    im = Image.open(path).convert("RGB")
    w, h = im.size
    bg = im.getpixel((w - 1, h - 1))
    px = im.load()
    last = 0
    for y in range(h - 1, -1, -1):
        if any(px[x, y] != bg for x in range(0, w, 2)):
            last = y
            break
    if last + pad < h:
        im = im.crop((0, 0, w, last + pad))
    im.save(path, optimize=True)


class Scene:
    def __init__(self, key, records):
        self.key = key
        self.rng = random.Random(f"{SEED}:{key}")
        self.records = records
        self.image = None
        self.text = ""
        self.category = "other"
        self.meta = {}

    # --- renderers -------------------------------------------------------
    def html(self, name, doc, w, h, do_trim=True):
        src = SCRATCH / "html" / f"{name}.html"
        src.write_text(doc, encoding="utf-8")
        out = IMG / f"{name}.png"
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--force-device-scale-factor=1", f"--window-size={w},{h}", f"--screenshot={out}",
               src.as_uri()]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        if do_trim:
            trim(out)
        self.image = f"images/{name}.png"
        self.text = visible_text_of_html(doc)
        self.meta["renderer"] = "chromium (headless screenshot of generated HTML)"

    def pil(self, name, im, texts):
        out = IMG / f"{name}.png"
        im.save(out, optimize=True)
        self.image = f"images/{name}.png"
        self.text = norm(" ".join(texts))
        self.meta["renderer"] = "Pillow"

    def mpl(self, name, fig):
        import matplotlib.text as mtext
        out = IMG / f"{name}.png"
        fig.canvas.draw()
        texts = [t.get_text() for t in fig.findobj(mtext.Text) if t.get_visible() and t.get_text()]
        fig.savefig(out, dpi=100, metadata={"Software": None})
        import matplotlib.pyplot as plt
        plt.close(fig)
        self.image = f"images/{name}.png"
        self.text = norm(" ".join(texts))
        self.meta["renderer"] = "matplotlib"

    # --- questions -------------------------------------------------------
    def q(self, question, answer, atype, intent, literal, category=None):
        answer = str(answer)
        assert atype in ANSWER_TYPES, atype
        assert intent in INTENTS, intent
        assert self.image, "render before asking"
        if literal:
            assert appears(answer, self.text), (self.key, question, answer)
        self.records.append(dict(image=self.image, question=question, answer=answer, answer_type=atype,
                                 category=category or self.category, intent=intent, literal=bool(literal),
                                 _scene=self.key))


def main():
    import docs, web, terms, charts
    if IMG.exists():
        shutil.rmtree(IMG)
    IMG.mkdir(parents=True)
    (SCRATCH / "html").mkdir(parents=True, exist_ok=True)
    records, scenes = [], []
    only = set(sys.argv[1:])
    for mod in (docs, web, terms, charts):
        for fn in mod.SCENES:
            key = fn.__name__
            if only and key not in only:
                continue
            sc = Scene(key, records)
            fn(sc)
            scenes.append(sc)
    with open(HERE / "manifest.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            row = {"id": f"c33-{i:04d}", "image": r["image"], "question": r["question"], "answer": r["answer"],
                   "answer_type": r["answer_type"], "category": r["category"], "intent": r["intent"],
                   "literal": r["literal"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(SCRATCH / "scenes.json", "w") as f:
        json.dump([dict(key=s.key, image=s.image, category=s.category, **s.meta,
                        n=sum(1 for r in records if r["_scene"] == s.key)) for s in scenes], f, indent=1)
    print(f"{len(scenes)} images, {len(records)} questions")


if __name__ == "__main__":
    main()
