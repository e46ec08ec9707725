"""Accuracy of `describe`'s image-kind guess on a rendered labelled set (benchmarks/kinds_data.py).

    PYTHONPATH=src:benchmarks OMP_NUM_THREADS=1 python benchmarks/image_kinds.py --out /tmp/kinds/test --seed 1
    (--per-kind N, --features-json F to save the features of each image for inspection)

With `--external DIR`, it instead reads the images of another labelled set (file names start with the
category, as in the realistic dev set: chart_bar3.png, dashboard0.png, ...) mapped to kinds by EXTERNAL.

Reports per-kind accuracy, the confusion pairs, and milliseconds per image for the features and the
decision (OCR excluded: it runs anyway for every image).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

import kinds_data
from PIL import Image

from seeingeye.tools.base import Engines, ToolContext
from seeingeye.tools.image_kind import decide, features
from seeingeye.tools.ocr import OcrLine, read_lines

EXTERNAL = {
    "chart": "chart", "dashboard": "screenshot", "webpage": "screenshot", "docs": "document",
    "idcard": "document", "invoice": "document", "receipt": "document", "form": "form", "photo": "photo",
    "slide": "slide", "table": "table", "terminal": "terminal", "diagram": "diagram",
}


def external_items(folder: Path) -> list[tuple[Path, str]]:
    items = []
    for path in sorted(folder.iterdir()):
        head = path.stem.rstrip("0123456789").split("_")[0]
        if head in EXTERNAL and path.suffix.lower() in (".png", ".jpg", ".jpeg"):
            items.append((path, EXTERNAL[head]))
    return items


def cached_lines(ctx: ToolContext, path: Path, cache: Path | None) -> list[OcrLine]:
    """OCR lines of an image, kept as JSON under `cache` (keyed by the file's hash) so that re-running
    the measurement after a change to the kind rules does not OCR every image again."""
    if cache is None:
        return read_lines(ctx)
    key = cache / (hashlib.sha256(path.read_bytes()).hexdigest()[:24] + ".json")
    if key.exists():
        return [OcrLine.model_validate(x) for x in json.loads(key.read_text())]
    lines = read_lines(ctx)
    cache.mkdir(parents=True, exist_ok=True)
    key.write_text(json.dumps([ln.model_dump() for ln in lines]))
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("/tmp/kinds/test"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-kind", type=int, default=6)
    ap.add_argument("--features-json", type=Path)
    ap.add_argument("--results", type=Path)
    ap.add_argument("--external", type=Path, help="a folder of images named <category><n>.png")
    ap.add_argument("--ocr-cache", type=Path, help="keep OCR lines here between runs")
    args = ap.parse_args()
    items = external_items(args.external) if args.external else kinds_data.build(args.out, args.per_kind, args.seed)
    engines = Engines()
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    dump, times = [], []
    for path, gold in items:
        ctx = ToolContext(image=Image.open(path).convert("RGB"), engines=engines)
        lines = cached_lines(ctx, path, args.ocr_cache)
        t = time.process_time()  # CPU time: wall time on a shared machine counts waiting for a core
        f = features(ctx.array, lines)
        guess = decide(f)
        times.append(time.process_time() - t)
        per_kind[gold][guess] += 1
        dump.append({"path": str(path), "gold": gold, "guess": guess, **f.as_dict()})
        if guess != gold:
            print(f"MISS {path.name}: {gold} -> {guess}")
    total = sum(sum(c.values()) for c in per_kind.values())
    right = sum(c[k] for k, c in per_kind.items())
    ms = 1000 * sum(times) / len(times)
    lines_out = [f"image kinds: {right}/{total} = {right / total:.3f}  (features+decision {ms:.1f} ms CPU/image)"]
    for k, c in sorted(per_kind.items()):
        wrong = ", ".join(f"{g}:{n}" for g, n in c.items() if g != k)
        lines_out.append(f"  {k:<11} {c[k]}/{sum(c.values())}" + (f"  (as {wrong})" if wrong else ""))
    print("\n".join(lines_out))
    if args.features_json:
        args.features_json.write_text(json.dumps(dump, indent=1))
    if args.results:
        args.results.write_text("\n".join(lines_out) + "\n")


if __name__ == "__main__":
    main()
