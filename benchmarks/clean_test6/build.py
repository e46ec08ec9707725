"""Builder for benchmarks/clean_test6: renders images and writes manifest.jsonl.

Run: python benchmarks/clean_test6/build.py   (deterministic; seed below)
"""
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SEED = 60606
TARGET = 150

from common import page_text  # noqa: E402
import g_docs, g_tables, g_term, g_pages, g_charts  # noqa: E402

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402


def render_html(html, width, out):
    with tempfile.TemporaryDirectory() as td:
        f = os.path.join(td, "p.html")
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(html)
        tmp = os.path.join(td, "s.png")
        subprocess.run(["chromium", "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
                        "--force-device-scale-factor=1", "--virtual-time-budget=1000",
                        f"--screenshot={tmp}", f"--window-size={width},2400", "file://" + f],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        im = Image.open(tmp).convert("RGB")
    a = np.asarray(im).astype(int)
    last = a[-1]
    diff = np.abs(a - last[None]).sum(axis=(1, 2))
    rows = np.nonzero(diff > 0)[0]
    bottom = min(a.shape[0], (rows[-1] + 24) if len(rows) else a.shape[0])
    im.crop((0, 0, im.width, bottom)).save(out, optimize=True)


def main():
    img_dir = os.path.join(HERE, "images")
    os.makedirs(img_dir, exist_ok=True)
    only = set(sys.argv[1:])
    gens = []
    for mod in (g_docs, g_tables, g_term, g_pages, g_charts):
        gens += mod.GENS
    records = []
    n = 0
    for gi, gen in enumerate(gens):
        rng = random.Random(f"{SEED}-{gen.__module__}-{gen.__name__}")
        item = gen(rng)
        name = f"{gi+1:02d}_{gen.__name__}.png"
        out = os.path.join(img_dir, name)
        if not only or gen.__name__ in only:
            if "html" in item:
                render_html(item["html"], item["width"], out)
            else:
                item["fig"].savefig(out, dpi=item.get("dpi", 100), metadata={"Software": None})
                import matplotlib.pyplot as plt
                plt.close(item["fig"])
        text = (item.get("text_extra") or page_text(item["html"])) if "html" in item else item.get("text", "")
        for q in item["qs"]:
            if q["literal"] and text:
                assert q["answer"] in text, (gen.__name__, q)
            n += 1
            records.append(dict(id=f"c6-{n:04d}", image=f"images/{name}", question=q["question"], answer=q["answer"],
                                answer_type=q["answer_type"], category=item["category"], intent=q["intent"],
                                literal=q["literal"]))
    # Keep the split near TARGET questions: drop questions (seeded) from images that have more than two,
    # so every image keeps at least two and the mix of kinds stays broad.
    trim = random.Random(f"{SEED}-trim")
    while len(records) > TARGET:
        counts = {}
        for r in records:
            counts[r["image"]] = counts.get(r["image"], 0) + 1
        most = max(counts.values())
        cands = [i for i, r in enumerate(records) if counts[r["image"]] == most]
        # prefer dropping plentiful kinds (literal text/number lookups) so rarer kinds survive
        common = [i for i in cands if records[i]["literal"] and records[i]["answer_type"] in ("text", "number", "code")]
        cands = common or cands
        records.pop(trim.choice(cands))
    for i, r in enumerate(records):
        r["id"] = f"c6-{i+1:04d}"
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(records), "questions over", len(gens), "images")


if __name__ == "__main__":
    main()
