#!/usr/bin/env python3
"""Build clean_test28: render every image and write manifest.jsonl.

    /work/main/.venv/bin/python build.py            # everything
    /work/main/.venv/bin/python build.py gen_term   # one module only (manifest not written)
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.environ.setdefault("MPLBACKEND", "Agg")

import common  # noqa: E402
from common import SEED  # noqa: E402,F401

MODULES = ["gen_docs", "gen_term", "gen_ui", "gen_charts"]
TEXTY = {"text", "number", "money", "percent", "date", "time", "code", "error", "version", "person",
         "phone"}


def present(part, text):
    p = re.escape(part.strip())
    pat = r"(?<![0-9A-UW-Za-uw-z])" + p + r"(?![0-9A-Za-z]|[.,][0-9])"
    return re.search(pat, text, flags=re.I) is not None


def norm(s):
    return re.sub(r"\s+", " ", s)


def main():
    only = sys.argv[1:]
    os.makedirs(common.IMG, exist_ok=True)
    mods = [m for m in MODULES if not only or m in only]
    for m in mods:
        mod = __import__(m)
        mod.build()
    rows = []
    problems = []
    for sc in common.SCENES:
        assert os.path.exists(os.path.join(common.IMG, sc["file"])), sc["file"]
        text = norm(" ".join(sc["texts"]))
        assert 2 <= len(sc["questions"]) <= 4, (sc["name"], len(sc["questions"]))
        for qq in sc["questions"]:
            parts = [p for p in qq["answer"].split("; ")]
            lit = qq["literal"]
            if lit is None:
                lit = qq["answer_type"] in TEXTY and all(present(p, text) for p in parts)
            elif lit:
                for p in parts:
                    if not present(p, text):
                        problems.append(f"{sc['name']}: literal gold {p!r} not drawn ({qq['question']})")
            rows.append(dict(image=f"images/{sc['file']}", question=qq["question"],
                             answer=qq["answer"], answer_type=qq["answer_type"],
                             category=sc["category"], intent=qq["intent"], literal=bool(lit)))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    if only:
        print(f"rendered {len(common.SCENES)} scenes (manifest not written)")
        return
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
        for i, r in enumerate(rows, 1):
            r = dict(id=f"c28-{i:04d}", **r)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary tables for the README (scratch)
    os.makedirs(common.SCRATCH, exist_ok=True)
    with open(os.path.join(common.SCRATCH, "tables.md"), "w") as f:
        f.write("| image | app or kind | theme | category | content | questions |\n|---|---|---|---|---|---|\n")
        for sc in common.SCENES:
            f.write(f"| `{sc['file']}` | {sc['kind']} | {sc['theme']} | {sc['category']} | "
                    f"{sc['content']} | {len(sc['questions'])} |\n")
        for key in ("answer_type", "category", "intent"):
            cnt = collections.Counter(r[key] for r in rows)
            f.write(f"\n| {key} | n |\n|---|---|\n")
            for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
                f.write(f"| {k} | {v} |\n")
        f.write(f"\nliteral: {sum(r['literal'] for r in rows)} of {len(rows)}\n")
    print(f"{len(common.SCENES)} images, {len(rows)} questions")


if __name__ == "__main__":
    main()
