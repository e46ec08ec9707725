"""Accuracy and median seconds per system, by application kind and by intent, for a `seeingeye eval` run on
the screens set (a run stopped early is summarised over the items each system reached, and says so).

    PYTHONPATH=src python benchmarks/screens/summarise.py RUN_DIR benchmarks/screens/dev/manifest.jsonl --name dev

Writes benchmarks/results/screens-<name>.json and .md.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import defaultdict
from pathlib import Path

from seeingeye.eval.scoring import score

RESULTS = Path(__file__).resolve().parent.parent / "results"


def summarise(run: Path, manifest: Path) -> dict[str, object]:
    meta = {r["id"]: r for r in map(json.loads, manifest.read_text().splitlines())}
    preds = [json.loads(x) for x in (run / "predictions.jsonl").read_text().splitlines() if x.strip()]
    out: dict[str, object] = {"manifest": str(manifest), "items_in_manifest": len(meta), "systems": {}}
    for system in sorted({p["system"] for p in preds}):
        rows = [p for p in preds if p["system"] == system and p["id"] in meta]
        by: dict[str, dict[str, list[tuple[bool, float]]]] = {"kind": defaultdict(list), "intent": defaultdict(list)}
        for p in rows:
            m = meta[p["id"]]
            ok = score(p.get("prediction") or "", m["answer"], m["answer_type"])
            by["kind"][m["category"]].append((ok, p["latency_s"]))
            by["intent"][m["intent"]].append((ok, p["latency_s"]))
        oks = [ok for v in by["kind"].values() for ok, _ in v]
        secs = [s for v in by["kind"].values() for _, s in v]
        out["systems"][system] = {  # type: ignore[index]
            "answered": len(rows), "accuracy": round(sum(oks) / max(len(oks), 1), 3),
            "median_s": round(statistics.median(secs), 2) if secs else None,
            **{f"by_{k}": {g: {"n": len(v), "acc": round(sum(o for o, _ in v) / len(v), 3),
                               "median_s": round(statistics.median(s for _, s in v), 2)}
                           for g, v in sorted(d.items())} for k, d in by.items()},
        }
    return out


def markdown(summary: dict[str, object], name: str, command: str) -> str:
    lines = [f"# Screens {name}", "", f"Command: `{command}`", ""]
    for system, s in summary["systems"].items():  # type: ignore[union-attr]
        lines += [f"## {system}: {s['accuracy']} over {s['answered']}/{summary['items_in_manifest']} items, "
                  f"median {s['median_s']} s", "", "| kind | n | accuracy | median s |", "|---|---|---|---|"]
        lines += [f"| {k} | {v['n']} | {v['acc']} | {v['median_s']} |" for k, v in s["by_kind"].items()]
        lines += ["", "| intent | n | accuracy |", "|---|---|---|"]
        lines += [f"| {k} | {v['n']} | {v['acc']} |" for k, v in s["by_intent"].items()] + [""]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("run", type=Path)
    ap.add_argument("manifest", type=Path)
    ap.add_argument("--name", required=True)
    ap.add_argument("--command", default="seeingeye eval MANIFEST --systems seeingeye,ocr-dump")
    args = ap.parse_args()
    s = summarise(args.run, args.manifest)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"screens-{args.name}.json").write_text(json.dumps(s, indent=1) + "\n")
    (RESULTS / f"screens-{args.name}.md").write_text(markdown(s, args.name, args.command))
    print(markdown(s, args.name, args.command))


if __name__ == "__main__":
    main()
