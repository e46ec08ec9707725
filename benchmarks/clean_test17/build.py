"""Build clean_test17: renders every image and writes manifest.jsonl. Deterministic (SEED = 64811)."""
import json, os, random, subprocess, sys, tempfile

SEED = 64811
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import visible_text
import gen_docs, gen_term, gen_ui, gen_ui2, gen_ui3, gen_charts

MODULES = [gen_docs, gen_term, gen_ui, gen_ui2, gen_ui3, gen_charts]


def render_html(html, w, h, out):
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "page.html")
        with open(p, "w", encoding="utf-8") as f:
            f.write(html)
        cmd = ["nice", "-n", "19", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--force-device-scale-factor=1", f"--window-size={w},{h}", f"--user-data-dir={td}/prof",
               f"--screenshot={out}", "file://" + p]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    only = set(sys.argv[1:])
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    scenes = []
    for i, m in enumerate(MODULES):
        rng = random.Random(SEED * 100 + i)   # one derived stream per module, so modules are independent
        scenes.extend(m.scenes(rng))
    names = [s["name"] for s in scenes]
    assert len(names) == len(set(names)), "duplicate scene names"
    rows, n = [], 0
    for s in scenes:
        img = f"images/{s['name']}.png"
        path = os.path.join(HERE, img)
        if not only or s["name"] in only:
            if s["html"] is not None:
                render_html(s["html"], s["w"], s["h"], path)
            else:
                s["plot"](path)
        text = visible_text(s["html"]) if s["html"] is not None else None
        for q in s["qs"]:
            n += 1
            if q["literal"] and text is not None and q["answer"] not in text:
                print(f"WARNING literal gold not in text: {s['name']}: {q['answer']!r}")
            if q["answer_type"] == "yesno":
                assert not q["literal"]
            rows.append({"id": f"c17-{n:04d}", "image": img, "question": q["question"], "answer": q["answer"],
                         "answer_type": q["answer_type"], "category": s["category"], "intent": q["intent"],
                         "literal": q["literal"], "kind": s["kind"]})
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(scenes)} images, {len(rows)} questions")


if __name__ == "__main__":
    main()
