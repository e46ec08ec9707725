"""Build clean_test31: images/*.png, manifest.jsonl, README.md.  Usage: python build.py [scene-name-substring ...]"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import matplotlib
matplotlib.use("Agg")
import lib  # noqa: E402
import terms  # noqa: E402

try:
    import docs  # noqa: E402
except ImportError:
    docs = None
try:
    import web  # noqa: E402
except ImportError:
    web = None
try:
    import charts  # noqa: E402
except ImportError:
    charts = None

GROUPS = [(m.ALL if m else []) for m in (docs, web, terms, charts)]


def main(filters):
    os.makedirs(lib.IMG_DIR, exist_ok=True)
    funcs = [f for g in GROUPS for f in g]
    for f in funcs:
        if filters and not any(x in f.__name__ for x in filters):
            continue
        sc = f()
        sc.check()
        print(f"{sc.name:32s} {sc.size} {len(sc.qs)}q", flush=True)
    if filters:
        return
    write_outputs()


def write_outputs():
    rows = []
    n = 0
    for sc in lib.SCENES:
        for q in sc.qs:
            n += 1
            rows.append(dict(id=f"c31-{n:04d}", image=sc.file, question=q["question"], answer=q["answer"],
                             answer_type=q["answer_type"], category=sc.category, intent=q["intent"],
                             literal=q["literal"]))
    with open(os.path.join(lib.HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    import readme
    readme.write(rows)
    print(len(lib.SCENES), "images,", len(rows), "questions")


if __name__ == "__main__":
    main(sys.argv[1:])
