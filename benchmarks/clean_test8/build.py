"""Builder for the clean_test8 split. Deterministic: `python benchmarks/clean_test8/build.py`.

Renders every image (HTML via headless chromium, charts via matplotlib) and writes manifest.jsonl.
Golds are derived from the same Python data that is drawn.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

SEED = 31337
KINDS = ["k_documents", "k_cards", "k_tables", "k_terminal", "k_docs", "k_charts", "k_slides", "k_forms",
         "k_dashboards", "k_combined"]


def main(only=None):
    import importlib
    for k in KINDS:
        if only and k not in only:
            continue
        try:
            mod = importlib.import_module(k)
        except ModuleNotFoundError:
            print("skip", k)
            continue
        # each kind gets its own RNG stream so that kinds are independent of each other
        mod.build(random.Random(f"{SEED}-{k}"))
        print(k, "done", flush=True)
    items = common.ITEMS
    bad = []
    with open(os.path.join(common.HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": f"c8-{i:04d}", **it}
            name = os.path.splitext(os.path.basename(it["image"]))[0]
            txt = common.visible_text(name)
            if txt is not None and it["literal"] and it["answer"].lower() not in " ".join(txt.split()).lower():
                bad.append((rec["id"], it["answer"]))
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    imgs = {it["image"] for it in items}
    print(f"{len(items)} items over {len(imgs)} images")
    for b in bad:
        print("literal not found verbatim:", b)


if __name__ == "__main__":
    main(sys.argv[1:] or None)
