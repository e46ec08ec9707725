"""Accuracy per system by category and by intent for a `seeingeye eval` run on the realistic set, rescored.

    PYTHONPATH=src python benchmarks/realistic/summarise.py /tmp/dev-run benchmarks/realistic/dev/manifest.jsonl \
        --name dev

Rescoring with the current `seeingeye.eval.scoring` keeps figures comparable when the scorer changes after a run.
Writes benchmarks/results/realistic-baseline-<name>.json and .md.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import defaultdict
from pathlib import Path

from seeingeye.eval.scoring import score

RESULTS = Path(__file__).resolve().parent.parent / "results"


def summarise(run: Path, manifest: Path) -> dict:
    meta = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            meta[row["id"]] = row
    preds = [json.loads(line) for line in (run / "predictions.jsonl").read_text().splitlines() if line.strip()]
    systems = sorted({p["system"] for p in preds})
    done = {s: {p["id"] for p in preds if p["system"] == s} for s in systems}
    common = set.intersection(*done.values()) if done else set()  # same items for every system
    out: dict = {"run": str(run), "manifest": str(manifest), "items": len(common), "systems": {}}
    for s in systems:
        rows = [p for p in preds if p["system"] == s and p["id"] in common]
        by_cat, by_intent = defaultdict(list), defaultdict(list)
        correct = []
        for p in rows:
            m = meta[p["id"]]
            ok = score(p["prediction"] or "", m["answer"], m.get("answer_type"), m.get("options"))
            correct.append(ok)
            by_cat[m["category"]].append(ok)
            by_intent[m["intent"]].append(ok)
        every = [p for p in preds if p["system"] == s]
        every_ok = sum(score(p["prediction"] or "", meta[p["id"]]["answer"], meta[p["id"]].get("answer_type"),
                             meta[p["id"]].get("options")) for p in every)
        out["systems"][s] = {
            "all_rows": [every_ok, len(every)],  # this system on every item it ran, not only the shared ones
            "accuracy": sum(correct) / max(1, len(correct)),
            "correct": sum(correct),
            "errors": sum(1 for p in rows if p.get("error")),
            "median_latency_s": statistics.median(p["latency_s"] for p in rows) if rows else None,
            "per_category": {c: [sum(v), len(v)] for c, v in sorted(by_cat.items())},
            "per_intent": {c: [sum(v), len(v)] for c, v in sorted(by_intent.items())},
        }
    return out


def markdown(s: dict, name: str) -> str:
    systems = list(s["systems"])
    lines = [f"# Realistic set baseline — {name}", "", f"{s['items']} items, same items for every system "
             f"(`{s['manifest']}`).", "",
             "| system | accuracy | correct | errors | median latency (s) | all rows it ran |",
             "|---|---|---|---|---|---|"]
    for k in systems:
        v = s["systems"][k]
        a, n = v["all_rows"]
        lines.append(f"| {k} | {v['accuracy']:.3f} | {v['correct']}/{s['items']} | {v['errors']} | "
                     f"{v['median_latency_s']:.1f} | {a}/{n} |")
    for part in ("per_category", "per_intent"):
        keys = sorted({c for k in systems for c in s["systems"][k][part]})
        lines += ["", f"| {part.split('_')[1]} | " + " | ".join(systems) + " |", "|---|" + "---|" * len(systems)]
        for c in keys:
            cells = [s["systems"][k][part].get(c, [0, 0]) for k in systems]
            lines.append(f"| {c} | " + " | ".join(f"{a}/{b}" for a, b in cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("run", type=Path)
    ap.add_argument("manifest", type=Path)
    ap.add_argument("--name", required=True)
    args = ap.parse_args()
    s = summarise(args.run, args.manifest)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"realistic-baseline-{args.name}.json").write_text(json.dumps(s, indent=1))
    md = markdown(s, args.name)
    (RESULTS / f"realistic-baseline-{args.name}.md").write_text(md)
    print(md)


if __name__ == "__main__":
    main()
