"""Build clean_test26: renders images/*.png and writes manifest.jsonl (SEED in common.py)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import IMG, HERE, QS, META, check_literals  # noqa: E402
import gen_docs, gen_term, gen_ui, gen_charts  # noqa: E402


def main(only=None):
    os.makedirs(IMG, exist_ok=True)
    if not only:
        for f in os.listdir(IMG):
            if f.endswith(".png"):
                os.remove(os.path.join(IMG, f))
    for mod in (gen_docs, gen_term, gen_ui, gen_charts):
        for fn in mod.ALL:
            if only and not any(o in f"{mod.__name__}.{fn.__name__}" for o in only):
                continue
            fn()
    common.auto_literal()
    bad = check_literals()
    for b in bad:
        print("LITERAL MISSING:", b)
    assert not bad, f"{len(bad)} literal golds not found in their image text"
    for r in QS:
        assert r["category"], r
        assert os.path.exists(os.path.join(IMG, r["image"])), r["image"]
        if r["answer_type"] == "yesno":
            assert r["answer"] in ("yes", "no"), r
    if only:
        print(len(QS), "questions (partial build, manifest not written)")
        return
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(QS, 1):
            rec = dict(id=f"c26-{i:04d}", image="images/" + r["image"], question=r["question"],
                       answer=r["answer"], answer_type=r["answer_type"], category=r["category"],
                       intent=r["intent"], literal=bool(r["literal"]))
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(common.TMP, "meta.json"), "w") as f:
        json.dump(META, f, ensure_ascii=False, indent=1)
    print(len(META), "images,", len(QS), "questions")


if __name__ == "__main__":
    main(sys.argv[1:] or None)
