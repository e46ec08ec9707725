"""Chart reading accuracy per style on generated matplotlib charts (synth_charts), and seconds per image.

    PYTHONPATH=src OMP_NUM_THREADS=1 python benchmarks/charts_eval.py --n 6 [--style pie] [--variant theme]
        [--verbose] [--out benchmarks/results/charts.json]

Every style is drawn in matplotlib's default look and in each of its variants (synth_charts.VARIANTS: style
sheets with grids and dark themes, rotated tick labels, negative bars, grey line series, exploded and
many-slice pies); result keys are "style[/variant][+values]".

A value counts as read when its label (category/slice) and series (legend name) are found and the value is
within 2% of the axis range (printed values: exact to the printed precision).
"""

from __future__ import annotations

import argparse
import json
import random
import time

from seeingeye.eval.synth_charts import VARIANTS, chart
from seeingeye.tools import Engines, ToolContext
from seeingeye.tools.chart import read_chart
from seeingeye.tools.ocr import read_lines

STYLES = ["bar", "hbar", "grouped_bar", "stacked_bar", "line", "pie", "donut"]


def _n(s: str | None) -> str:
    return (s or "").replace(" ", "").lower()


def score(sample, reading) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """(values right, labels+series right, total)."""
    total = sum(len(v) for v in sample.truth.values())
    if reading is None:
        return 0, 0, total
    got: dict[tuple[str | None, str], float] = {}
    for name, pts in reading.series.items():
        for p in pts:
            got[(name, p.x)] = p.value
    single = len(sample.truth) == 1
    all_vals = [v for s in sample.truth.values() for v in s.values()]
    span = max(all_vals) - min(0.0, min(all_vals)) if sample.style not in ("pie", "donut") else 100.0
    ok_v = ok_l = 0
    for sname, vals in sample.truth.items():
        for lab, v in vals.items():
            cand = [val for (n, x), val in got.items() if _n(x) == _n(lab) and (single or _n(n) == _n(sname))]
            if not cand:
                continue
            ok_l += 1
            tol = 0.021 * span if sample.style not in ("pie", "donut") else 1.01
            if sample.values_printed and sample.style not in ("pie", "donut"):
                tol = 0.051 if sample.style != "line" else 0.51
            ok_v += abs(cand[0] - v) <= tol
    return ok_v, ok_l, total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=6, help="charts per style and printed/unprinted")
    ap.add_argument("--style", default=None)
    ap.add_argument("--seed", type=int, default=100)
    ap.add_argument("--variant", default=None, help="only this variant ('default' for the plain look)")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--out", default=None, help="write the results JSON here")
    args = ap.parse_args()
    engines = Engines()
    results = {}
    runs = [(style, v) for style in ([args.style] if args.style else STYLES) for v in [None, *VARIANTS[style]]
            if args.variant is None or (v or "default") == args.variant]
    for style, variant in runs:
        for printed in (True, False):
            agg = [0, 0, 0]
            secs = []
            for i in range(args.n):
                s = chart(random.Random(args.seed + 1000 * i + printed), style, printed, variant)
                ctx = ToolContext(image=s.image, engines=engines)
                read_lines(ctx)
                t = time.perf_counter()
                import numpy as np

                r = read_chart(np.asarray(s.image), read_lines(ctx), lambda b, ctx=ctx: read_lines(ctx, b, scale=2.0))
                secs.append(time.perf_counter() - t)
                v, lab, tot = score(s, r)
                agg = [agg[0] + v, agg[1] + lab, agg[2] + tot]
                if args.verbose and (v < tot):
                    print(style, variant, printed, i, "truth", json.dumps(s.truth), "\n   got",
                          None if r is None else {n: [(p.x, p.value) for p in pts] for n, pts in r.series.items()},
                          r and r.chart)
            key = f"{style}{'/' + variant if variant else ''}{'+values' if printed else ''}"
            results[key] = {"values": f"{agg[0]}/{agg[2]}", "labels": f"{agg[1]}/{agg[2]}",
                            "s_per_chart_median": round(sorted(secs)[len(secs) // 2], 3)}
            print(key, results[key], flush=True)
    print(json.dumps(results))
    if args.out:
        with open(args.out, "w") as f:
            json.dump(results, f, indent=0)
            f.write("\n")


if __name__ == "__main__":
    main()
