"""Build clean_test22: render every scene, check golds, write manifest.jsonl and README stats.

    /work/main/.venv/bin/python build.py            # everything
    /work/main/.venv/bin/python build.py rcpt_ term_ # only scenes whose name starts with a prefix (no manifest)
"""
import collections
import json
import os
import sys

from common import SEED, HERE
import gen_docs
import gen_term
import gen_web
import gen_charts

MODULES = [gen_docs, gen_term, gen_web, gen_charts]

# questions left out to reach the target size (mostly redundant look-ups); (scene, start of question)
DROP = [("term_npm_audit", "total number of vulnerabilities"), ("term_nmap", "which nmap version"),
        ("term_conda", "how many environments"), ("term_dotnet_build", "which line of OrdersController"),
        ("term_psql_tables", "what postgres version"), ("term_zfs_list", "is the pool healthy"),
        ("term_traceroute", "how many hops did it take"), ("term_rspec", "how long did the suite"),
        ("term_speedtest", "upload speed on the berlin"), ("rcpt_my_kopitiam", "table number"),
        ("web_car_listing", "asking price"), ("web_wiki_town", "population of"),
        ("web_mail_prefs", "how often does it check"), ("stmt_ph_card", "minimum amount due")]


def main(prefixes):
    scenes = []
    for m in MODULES:
        for fn in m.SCENES:
            if prefixes and not any(fn.__name__.startswith(p) for p in prefixes):
                continue
            sc = fn()
            sc.check()
            for name, start in DROP:
                if name == sc.name:
                    keep = [q for q in sc.qs if not q["question"].startswith(start)]
                    assert len(keep) == len(sc.qs) - 1, (name, start)
                    sc.qs = keep
            scenes.append(sc)
            print(f"{sc.name:28s} {sc.size} {len(sc.qs)}q", flush=True)
    if prefixes:
        for sc in scenes:
            for q in sc.qs:
                print("   ", q["question"], "->", q["answer"], f"[{q['answer_type']}/{q['intent']}/{q['literal']}]")
        return
    rows = []
    for sc in scenes:
        for q in sc.qs:
            rows.append(dict(id=f"c22-{len(rows) + 1:04d}", image=sc.image, question=q["question"], answer=q["answer"],
                             answer_type=q["answer_type"], category=sc.category, intent=q["intent"],
                             literal=q["literal"]))
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # stats for README
    out = [f"images: {len(scenes)}, questions: {len(rows)}, seed {SEED}", "",
           "| image | renderer | kind / app | theme | category | size | q |", "|---|---|---|---|---|---|---|"]
    for sc in scenes:
        out.append(f"| {sc.name}.png | {sc.renderer} | {sc.kind} | {sc.theme} | {sc.category} | "
                   f"{sc.size[0]}×{sc.size[1]} | {len(sc.qs)} |")
    for key in ("answer_type", "category", "intent"):
        c = collections.Counter(r[key] for r in rows)
        out += ["", f"**by {key}**: " + ", ".join(f"{k} {v}" for k, v in c.most_common())]
    c = sum(r["literal"] for r in rows)
    out += ["", f"literal: {c} true, {len(rows) - c} false"]
    with open(os.path.join("/tmp/clean_test22", "stats.md"), "w") as fh:
        fh.write("\n".join(out) + "\n")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1:])
