"""Build the screens set (issue 17, item 5): real Debian applications under Xvfb, fed with data this script
generates, screenshotted, with golds computed from that data.

Needs (Debian, `apt-get install --no-install-recommends`):
    xvfb xdotool imagemagick openbox zenity yad gnumeric mousepad pcmanfm thunar mupdf xterm x11-apps
    galculator tk8.6 x11-utils dbus-x11 git fonts-dejavu-core

    python benchmarks/screens/build.py                 # dev and test
    python benchmarks/screens/build.py --only xcalc    # one scene (for debugging)

The split is by application: dev holds the applications tuned on, test other applications (measured once).
An application that fails to come up under Xvfb is skipped with a message, never faked.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from display import Display  # noqa: E402
from scenes import SCENES, Scene  # noqa: E402

HERE = Path(__file__).resolve().parent


def build(only: set[str] | None, seed: int) -> None:
    rows: dict[str, list[dict[str, object]]] = {"dev": [], "test": []}
    with Display() as d:
        for scene in SCENES:
            if only and scene.name not in only:
                continue
            rng = random.Random(f"{seed}-{scene.name}")
            work = Path(tempfile.mkdtemp(prefix=f"screens-{scene.name}-"))
            image = HERE / scene.split / "images" / f"{scene.name}.png"
            try:
                items = scene.run(d, work, rng, image)
            except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
                print(f"skip {scene.name}: {exc}", file=sys.stderr)
                items = []
            finally:
                d.close_all()
                shutil.rmtree(work, ignore_errors=True)
            rows[scene.split] += _rows(scene, items, rng)
            print(f"{scene.split} {scene.name}: {len(items)} questions", file=sys.stderr)
    for split, items in rows.items():
        if not items or only:
            continue
        with open(HERE / split / "manifest.jsonl", "w") as fh:
            for row in items:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _rows(scene: Scene, items: list[dict[str, object]], rng: random.Random) -> list[dict[str, object]]:
    out = []
    for k, it in enumerate(items):
        out.append({"id": f"{scene.split}-{scene.name}-{k}", "image": f"images/{scene.name}.png",
                    "question": it["question"], "answer": str(it["answer"]), "answer_type": it["answer_type"],
                    "category": scene.kind, "intent": it["intent"], "app": scene.app,
                    "literal": bool(it.get("literal", True))})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", action="append", help="scene name (repeatable)")
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()
    build(set(args.only) if args.only else None, args.seed)


if __name__ == "__main__":
    main()
