"""Build clean_test23: renders images/*.png and writes manifest.jsonl (+ README tables).

usage: /work/main/.venv/bin/python build.py [scene_name ...]
With names, only those scenes are (re-)rendered; the manifest is always written from all scenes, so
a partial run needs the other images present already (their functions still run to compute golds,
but rendering is skipped only for chromium scenes whose PNG exists when --fast is given).
"""
import collections
import json
import os
import sys

import matplotlib
matplotlib.use("Agg")

import common
from common import SCENES, SEED, check_literal, rng_for

import scenes_paper  # noqa: F401
import scenes_docs  # noqa: F401
import scenes_term  # noqa: F401
import scenes_web  # noqa: F401
import scenes_charts  # noqa: F401

ATYPES = {"text", "number", "count", "money", "percent", "date", "time", "yesno", "code", "error", "version",
          "person", "phone", "approx"}


def main():
    only = set(a for a in sys.argv[1:] if not a.startswith("-"))
    rows = []
    table = []
    n = 0
    names = set()
    results = []
    for sc in SCENES:
        name = sc["name"]
        assert name not in names, name
        names.add(name)
        if only and name not in only:
            continue
        visible, qs = sc["func"](name, rng_for(name))
        check_literal(qs, visible, name)
        results.append((sc, qs))
        print(f"{name:28s} {len(qs)}q", flush=True)
    if not only:
        trim(results)
    from PIL import Image
    for sc, qs in results:
        name = sc["name"]
        assert 2 <= len(qs) <= 4, (name, len(qs))
        im = Image.open(os.path.join(common.IMG_DIR, name + ".png"))
        table.append((name, sc, im.size, len(qs)))
        for q in qs:
            assert q.atype in ATYPES, (name, q.atype)
            if q.atype == "yesno":
                assert q.answer in ("yes", "no"), (name, q.answer)
            n += 1
            rows.append(dict(id=f"c23-{n:04d}", image=f"images/{name}.png", question=q.question, answer=q.answer,
                             answer_type=q.atype, category=sc["category"], intent=q.intent, literal=q.literal))
    if only:
        print("partial run: manifest not written")
        return
    with open(os.path.join(common.HERE, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_tables(rows, table)
    print(len(table), "images,", len(rows), "questions")


TARGET = 170


def trim(results):
    """Deterministically drop questions until TARGET remain: always from the scene with the most questions
    (earliest on ties), never its first question, preferring the intent that is most frequent overall;
    questions whose intent or answer type is rare (<= 3 in the split) are kept."""
    while sum(len(qs) for _, qs in results) > TARGET:
        ic = collections.Counter(q.intent for _, qs in results for q in qs)
        tc = collections.Counter(q.atype for _, qs in results for q in qs)
        order = sorted(range(len(results)), key=lambda i: (-len(results[i][1]), i))
        done = False
        for i in order:
            qs = results[i][1]
            if len(qs) <= 2:
                break
            cands = [j for j in range(1, len(qs)) if ic[qs[j].intent] > 3 and tc[qs[j].atype] > 3]
            if not cands:
                continue
            j = max(cands, key=lambda j: (ic[qs[j].intent], j))
            del qs[j]
            done = True
            break
        if not done:
            break


def write_tables(rows, table):
    out = ["| image | renderer | kind / app | theme | category | size | q |", "|---|---|---|---|---|---|---|"]
    for name, sc, size, nq in table:
        out.append(f"| {name}.png | {sc['renderer']} | {sc['kind']} | {sc['theme']} | {sc['category']} | "
                   f"{size[0]}\u00d7{size[1]} | {nq} |")
    out.append("")
    for key in ("answer_type", "category", "intent"):
        cnt = collections.Counter(r[key] for r in rows)
        out.append(f"**by {key}**: " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items(), key=lambda t: (-t[1], t[0]))))
        out.append("")
    lit = sum(1 for r in rows if r["literal"])
    out.append(f"**literal**: {lit} true, {len(rows) - lit} false")
    out.append("")
    with open(os.path.join(common.HERE, "tables.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    main()
