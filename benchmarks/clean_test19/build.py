"""Build clean_test19: regenerates images/*.png and manifest.jsonl deterministically.

SEED = 93157 (used via gen_common.rng_for for the few randomised details)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_common import SEED  # noqa: E402
import gen_docs, gen_term, gen_ui, gen_charts  # noqa: E402

ATYPES = {"text", "money", "number", "count", "person", "time", "date", "code", "yesno", "version", "approx", "error", "phone", "percent"}


def main():
    assert SEED == 93157
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    out, n, names = [], 0, set()
    for mod in (gen_docs, gen_term, gen_ui, gen_charts):
        for fn in mod.SCENES:
            name, cv, qs = fn()
            assert name not in names, name
            names.add(name)
            rel = f"images/{name}.png"
            cv.save(os.path.join(HERE, rel))
            visible = "\n".join(cv.texts)
            for q in qs:
                assert q["answer_type"] in ATYPES, q
                if q["answer_type"] == "yesno":
                    assert q["answer"] in ("yes", "no") and not q["literal"], q
                if q["literal"]:
                    assert q["answer"] in visible, (name, q["question"], q["answer"])
                n += 1
                row = {"id": f"c19-{n:04d}", "image": rel}
                row.update(q)
                out.append(row)
    with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(names)} images, {len(out)} questions")


if __name__ == "__main__":
    main()
