"""Build the realistic evaluation set: render images, phrase questions, split by image and phrasing into dev/test.

    /work/main/.venv/bin/python benchmarks/realistic/build.py [--only CATEGORY] [--skip-render]

Writes benchmarks/realistic/{dev,test}/manifest.jsonl and the images under each split's images/ folder. Every gold
answer is computed from the data that was rendered; nothing is typed by hand. Deterministic for a given machine
(terminal and docs scenes show this machine's real command output and installed documentation).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import Scene  # noqa: E402
from phrasings import phrase  # noqa: E402
from scenes_charts import PHOTOS, bar_chart, multi_chart, photo, pie_chart  # noqa: E402
from scenes_docs import invoice, receipt  # noqa: E402
from scenes_forms import form, idcard, table  # noqa: E402
from scenes_real import DOC_PAGES, TERMINALS, docs_page, terminal  # noqa: E402
from scenes_web import dashboard, diagram, slide, webpage  # noqa: E402

ROOT = Path(__file__).parent
QUESTIONS_PER_IMAGE = 5
# Answers that are computed (sums, counts, yes/no, colours, options, values estimated off a chart) are not printed in
# the image; every other gold answer is, and sir_recall.py checks that it reaches the reasoner literally.
NOT_LITERAL_TYPES = {"yesno", "mcq", "colour", "approx", "count"}
NOT_LITERAL_INTENTS = {"sum", "diff"}


def _scenes(salt: str = "") -> list[tuple[Scene, int]]:
    """(scene, index within its category); the index decides the split. A salt draws new data for every scene."""
    gens = [
        (receipt, 8), (invoice, 6), (form, 6), (idcard, 6), (table, 6), (slide, 6), (webpage, 6), (dashboard, 6),
        (diagram, 6), (lambda i, r: bar_chart(i, r, "bar"), 6), (lambda i, r: bar_chart(i, r, "hbar"), 6),
        (lambda i, r: multi_chart(i, r, "grouped"), 6), (lambda i, r: multi_chart(i, r, "stacked"), 6),
        (lambda i, r: multi_chart(i, r, "line"), 6), (pie_chart, 6), (photo, len(PHOTOS)),
    ]
    gens += [(terminal, len(TERMINALS)), (docs_page, len(DOC_PAGES))]
    out = []
    for k, (gen, n) in enumerate(gens):
        for i in range(n):
            out.append((gen(i, random.Random(f"scene:{k}:{i}{salt}")), i))  # one seed per generator and index
    return out


def split_of(scene: Scene, j: int) -> str:
    # Kinds alternate with the index (idx % 3 for ID cards and tables); parity features (labels on/off) with idx % 2.
    if scene.category in ("idcard", "table"):
        return "dev" if j % 2 == 0 else "test"
    return "dev" if j % 4 in (0, 3) else "test"


def render_html(html: str | None, size: tuple[int, int], out: Path, url: str | None = None) -> None:
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        if html is not None:
            page.write_text(f"<!doctype html><meta charset='utf-8'>{html}")
        shot = Path(tmp) / "shot.png"
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               f"--screenshot={shot}", f"--window-size={size[0]},{size[1]}", url or page.as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
        Image.open(shot).convert("RGB").save(out, optimize=True)


def render_scene(scene: Scene, out: Path) -> None:
    if scene.html is not None or "url" in scene.meta:
        render_html(scene.html, scene.size, out, scene.meta.get("url"))
    elif scene.render is not None:
        scene.render(out)
        if out.suffix == ".png":
            from PIL import Image

            Image.open(out).convert("RGB").save(out, optimize=True)
    else:
        raise ValueError(f"scene {scene.name} has nothing to render")


def _interleave(items: list[dict]) -> list[dict]:
    """Round-robin over images of different categories, so `--limit N` is a stratified sample of the split."""
    by_cat: dict[str, list[list[dict]]] = {}
    for r in items:
        imgs = by_cat.setdefault(r["category"], [])
        if not imgs or imgs[-1][0]["image"] != r["image"]:
            imgs.append([])
        imgs[-1].append(r)
    queues = {c: [r for n in range(QUESTIONS_PER_IMAGE) for img in imgs for r in img[n : n + 1]]
              for c, imgs in by_cat.items()}
    out: list[dict] = []
    while any(queues.values()):
        for c in sorted(queues):
            if queues[c]:
                out.append(queues[c].pop(0))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", help="render only this category (manifests are still written in full)")
    ap.add_argument("--skip-render", action="store_true", help="write manifests only")
    ap.add_argument("--fresh-terminal", action="store_true", help="re-run the commands instead of replaying outputs")
    ap.add_argument("--holdout", metavar="SALT",
                    help="write holdout-SALT/: the test scenes drawn with new data, test phrasings")
    args = ap.parse_args()
    import scenes_real

    if args.fresh_terminal or args.holdout:
        # A holdout's scenes draw new data (a git log of other commits): replaying the test split's recorded
        # output would show the old commits under the new golds.
        scenes_real.OUTPUTS.clear()
    import matplotlib

    matplotlib.use("Agg")
    rows: dict[str, list[dict]] = {"dev": [], "test": []} if not args.holdout else {"test": []}
    folder = {"dev": "dev", "test": "test" if not args.holdout else f"holdout-{args.holdout}"}
    salt = f":{args.holdout}" if args.holdout else ""
    for scene, j in _scenes(salt):
        split = split_of(scene, j)
        if split not in rows:
            continue  # a holdout is drawn from the test scenes only: none of its kinds was tuned on
        rel = f"images/{scene.name}.{scene.ext}"
        out = ROOT / folder[split] / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        if not args.skip_render and args.only in (None, scene.category):
            render_scene(scene, out)
            print(f"rendered {folder[split]}/{rel}", file=sys.stderr)
        rng = random.Random(f"q:{scene.name}{salt}")
        facts = list(scene.facts)
        rng.shuffle(facts)
        seen: Counter[str] = Counter()
        chosen = []
        for f in facts:  # different intents on one image first, then more of the same intent
            if seen[f.intent] == 0 or len(facts) <= QUESTIONS_PER_IMAGE:
                chosen.append(f)
                seen[f.intent] += 1
            if len(chosen) == QUESTIONS_PER_IMAGE:
                break
        rest = [f for f in facts if not any(f is c for c in chosen)]
        chosen += rest[: QUESTIONS_PER_IMAGE - len(chosen)]
        for n, f in enumerate(chosen):
            row = {
                "id": f"{folder[split]}-{scene.name}-{n}",
                "image": rel,
                "question": phrase(f.intent, f.slots, split, rng),
                "answer": f.answer,
                "answer_type": f.type,
                "category": scene.category,
                "intent": f.intent,
                "literal": f.type not in NOT_LITERAL_TYPES and f.intent not in NOT_LITERAL_INTENTS,
            }
            if f.options:
                row["options"] = f.options
            rows[split].append(row)
    if not args.holdout:
        scenes_real.save_outputs()
    for split, items in rows.items():
        items = _interleave(items)
        path = ROOT / folder[split] / "manifest.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in items), encoding="utf-8")
        print(f"{split}: {len(items)} questions over {len({r['image'] for r in items})} images -> {path}")


if __name__ == "__main__":
    main()
