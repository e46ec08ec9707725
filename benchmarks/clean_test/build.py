"""Build the clean test split: deterministic images + manifest.jsonl (run: python benchmarks/clean_test/build.py).

Every gold answer is computed from the data the scene generator drew; `literal` is computed by searching the
strings printed on the image for the gold.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cards import id_cards, slides  # noqa: E402
from charts import charts  # noqa: E402
from common import Scene  # noqa: E402
from pages import documents, forms  # noqa: E402
from paper import invoices, receipts  # noqa: E402
from shapes import shapes  # noqa: E402
from tables import tables  # noqa: E402
from terminal import terminals  # noqa: E402

SEED = 20261203
BUILDERS = [invoices, receipts, tables, terminals, documents, charts, slides, forms, id_cards, shapes]
ANSWER_TYPES = {"text", "number", "money", "date", "yesno", "option", "person", "organisation", "place"}
INTENTS = {"argmax", "argmin", "cell", "chart_value", "choice_less", "choice_more", "colour", "compare_less",
           "compare_more", "count", "count_compare", "difference", "error", "exists", "latest", "locate", "lookup",
           "mean", "next", "nth", "overtakes", "party", "ratio", "read", "selected", "shape", "share",
           "size_compare", "state_yesno", "sum", "title", "version"}
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def is_literal(answer: str, answer_type: str, texts: list[str]) -> bool:
    """True when the gold is printed in the image: numbers match by value ("$1,234.50" prints 1234.5)."""
    blob = "\n".join(texts)
    if answer_type in ("number", "money"):
        want = float(answer)
        return any(abs(float(m.replace(",", "")) - want) < 1e-9 for m in NUMBER.findall(blob))
    pattern = r"(?<!\w)" + re.escape(answer.lower()) + r"(?!\w)"
    return re.search(pattern, blob.lower()) is not None


def build(out_dir: Path = HERE) -> list[dict]:
    images = out_dir / "images"
    shutil.rmtree(images, ignore_errors=True)
    images.mkdir(parents=True)
    rng = random.Random(SEED)
    scenes: list[Scene] = [s for b in BUILDERS for s in b(rng, images)]
    rows = []
    for scene in scenes:
        for q in scene.questions:
            assert q.answer_type in ANSWER_TYPES and q.intent in INTENTS, (scene.name, q)
            rows.append({
                "id": f"ct-{len(rows) + 1:04d}", "image": f"images/{scene.name}.png", "question": q.question,
                "answer": q.answer, "answer_type": q.answer_type, "category": scene.category, "intent": q.intent,
                "literal": is_literal(q.answer, q.answer_type, scene.texts),
            })
    with (out_dir / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def main() -> None:
    rows = build()
    size = sum(p.stat().st_size for p in (HERE / "images").glob("*.png"))
    print(f"{len(rows)} questions over {len({r['image'] for r in rows})} images, {size / 1e6:.2f} MB")
    print("categories:", dict(Counter(r["category"] for r in rows)))
    print("intents:", dict(sorted(Counter(r["intent"] for r in rows).items())))
    print("missing intents:", sorted(INTENTS - {r["intent"] for r in rows}))


if __name__ == "__main__":
    main()
