"""Bar charts drawn in every matplotlib style: does the reading survive the style (grid lines over bars, black
bars on the axis line, coloured panels)? A probe of our own rendering, not a held-out split.

    OMP_NUM_THREADS=1 PYTHONPATH=src python benchmarks/chart_styles.py [--out benchmarks/results/chart_styles.json]

12 styles x 3 kinds (vertical, horizontal, vertical with printed values) x 3 questions (largest, smallest,
one bar's value within 5%); seeded, so every run draws the same charts.
"""

from __future__ import annotations

import argparse
import io
import json
import random
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from PIL import Image  # noqa: E402

from seeingeye import SeeingEye  # noqa: E402
from seeingeye.textutil import parse_number  # noqa: E402

STYLES = ["default", "seaborn-v0_8", "ggplot", "fivethirtyeight", "bmh", "dark_background", "Solarize_Light2",
          "grayscale", "seaborn-v0_8-whitegrid", "seaborn-v0_8-darkgrid", "classic", "tableau-colorblind10"]
NAMES = ["Pumps", "Valves", "Hoses", "Seals", "Gauges"]


def chart(style: str, kind: str, values: list[int]) -> Image.Image:
    with plt.style.context(style):
        fig, ax = plt.subplots(figsize=(7, 4.5), dpi=100)
        bars = ax.barh(NAMES, values) if kind == "barh" else ax.bar(NAMES, values)
        if kind == "bar_labels":
            ax.bar_label(bars)
        ax.set_title("Units returned")
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        plt.close(fig)
    return Image.open(buf).convert("RGB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("benchmarks/results/chart_styles.json"))
    args = ap.parse_args()
    eye, rng = SeeingEye(), random.Random(7)
    rows = []
    for style in STYLES:
        for kind in ("bar", "barh", "bar_labels"):
            values = [rng.randint(12, 95) for _ in NAMES]
            image = chart(style, kind, values)
            got = [eye.ask(image, q).answer for q in ("which part had the most returns?", "which one is lowest",
                                                      "how many hoses were returned?")]
            value = parse_number(got[2])
            right = [got[0] == NAMES[values.index(max(values))], got[1] == NAMES[values.index(min(values))],
                     value is not None and abs(value - values[2]) <= 0.05 * values[2]]
            rows.append({"style": style, "kind": kind, "values": values, "answers": got, "right": right})
            if not all(right):
                print(style, kind, values, got)
    total = sum(sum(r["right"]) for r in rows)
    print(f"{total}/{3 * len(rows)} right")
    args.out.write_text(json.dumps({"right": total, "asked": 3 * len(rows), "rows": rows}, indent=1) + "\n")


if __name__ == "__main__":
    main()
