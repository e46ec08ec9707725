"""Form-control and diagram reading accuracy on HTML pages rendered by headless Chromium (synth_charts).

    PYTHONPATH=src OMP_NUM_THREADS=1 python benchmarks/forms_eval.py --n 5

Forms: a control counts when its kind, label and state (or typed value / button text) all match.
Diagrams: a box counts when its text and fill colour match; an arrow when from and to both match.
Seconds are the tool alone (OCR lines cached, as in a real run after the `ocr` tool).
"""

from __future__ import annotations

import argparse
import json
import random
import time

from seeingeye.eval import synth_charts
from seeingeye.tools import TOOLS, Engines, ToolContext
from seeingeye.tools.ocr import read_lines


def _n(s: object) -> str:
    return str(s or "").replace(" ", "").lower()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5)
    ap.add_argument("--seed", type=int, default=500)
    args = ap.parse_args()
    eng = Engines()
    per: dict[str, list[int]] = {}
    secs: dict[str, list[float]] = {"forms": [], "diagram": []}
    for i in range(args.n):
        f = synth_charts.form(random.Random(args.seed + i))
        ctx = ToolContext(image=f.image, engines=eng)
        read_lines(ctx)
        t = time.perf_counter()
        fields = [e for e in TOOLS.get("forms")(ctx, {}).evidence if e.kind == "field"]
        secs["forms"].append(time.perf_counter() - t)
        for control, label, value in f.truth:
            ok = any(e.attrs["control"] == control and _n(e.value) == _n(value)
                     and (control == "button" or _n(e.label) == _n(label)) for e in fields)
            per.setdefault(control, [0, 0])
            per[control][0] += ok
            per[control][1] += 1
        d = synth_charts.diagram(random.Random(args.seed + i))
        ctx = ToolContext(image=d.image, engines=eng)
        read_lines(ctx)
        t = time.perf_counter()
        ev = TOOLS.get("diagram")(ctx, {}).evidence
        secs["diagram"].append(time.perf_counter() - t)
        shapes = {_n(e.attrs["text"]): e.attrs["fill"] for e in ev if e.kind == "shape"}
        arrows = {(_n(e.attrs["from"]), _n(e.attrs["to"])) for e in ev if e.kind == "arrow"}
        for text, fill in d.boxes:
            per.setdefault("box fill+text", [0, 0])
            per["box fill+text"][0] += shapes.get(_n(text)) == fill
            per["box fill+text"][1] += 1
        for a, b in d.arrows:
            per.setdefault("arrow from->to", [0, 0])
            per["arrow from->to"][0] += (_n(a), _n(b)) in arrows
            per["arrow from->to"][1] += 1
    out = {k: f"{v[0]}/{v[1]}" for k, v in per.items()}
    out.update({f"s_{k}_median": round(sorted(v)[len(v) // 2], 3) for k, v in secs.items()})
    print(json.dumps(out))


if __name__ == "__main__":
    main()
