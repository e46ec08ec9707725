"""Selective accuracy of a `seeingeye eval` run: the answers ranked by the confidence they report, and how
often the surest share of them is right (issue 18's "90% at >= 40% coverage"), beside the run's ECE.

    python benchmarks/selective_accuracy.py benchmarks/results/clean-test4-2026-12-04 [--system seeingeye]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

SHARES = (0.2, 0.4, 0.6, 0.8, 1.0)


def selective(rows: list[dict]) -> dict[str, float]:
    """Accuracy of the surest answers at each kept share."""
    ranked = sorted(rows, key=lambda r: -float(r.get("confidence") or 0.0))  # (a failed item reports none)
    out = {}
    for share in SHARES:
        kept = ranked[: max(1, int(len(ranked) * share))]
        out[f"{share:.0%}"] = round(sum(bool(r["correct"]) for r in kept) / len(kept), 3)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("runs", nargs="+", type=Path, help="run folders holding predictions.jsonl")
    ap.add_argument("--system", default="seeingeye")
    args = ap.parse_args()
    for run in args.runs:
        rows = [json.loads(line) for line in (run / "predictions.jsonl").read_text().splitlines() if line.strip()]
        rows = [r for r in rows if r["system"] == args.system]
        summary = json.loads((run / f"summary.{args.system}.json").read_text())
        ece = summary.get("calibration", {}).get("ece")
        kept = "  ".join(f"kept {k}: {v:.2f} right" for k, v in selective(rows).items())
        print(f"{run.name}: n={len(rows)} ECE {ece:.3f}  {kept}")


if __name__ == "__main__":
    main()
