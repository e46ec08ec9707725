"""The regression wall: one generated suite per scene kind any version of seeingeye answered, each item
seeded by (seed, category, index) so the first k items of a category are the same in the full benchmark
(benchmarks/wall.py) and in the quick subset that `make test` runs (tests/test_wall.py)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import synth, synth_docs, synth_wall
from .scoring import score
from .synth import Item

SEED = 16
QUICK = 2  # items per category in the quick subset (31 categories: about 2 minutes on 2 cores)


def _only(gen: Callable[[random.Random], Item], category: str) -> Callable[[random.Random], Item]:
    """Draw from `gen` until it yields an item of `category` (generators that choose their own question)."""

    def draw(rng: random.Random) -> Item:
        for _ in range(200):
            item = gen(rng)
            if item.category == category:
                return item
        raise RuntimeError(f"generator never drew a {category!r} item")

    return draw


def _receipt_item(rng: random.Random) -> Item:
    """A receipt and the price of one named line (the receipt generator draws items, then prices, first)."""
    state = rng.getstate()
    item = synth.receipt(rng)
    replay = random.Random()
    replay.setstate(state)
    names = replay.sample(synth.ITEMS, replay.randint(2, 6))
    prices = [synth.money(replay) for _ in names]
    k = rng.randrange(len(names))
    q = rng.choice([f"How much did the {names[k]} cost?", f"What is the price of {names[k]} on this receipt?"])
    return Item(item.image, q, f"{prices[k]:.2f}", "numeric", "receipt_item", literal=True)


def _mcq(rng: random.Random) -> Item:
    item = synth.mcq(rng)
    item.category = "mcq"
    return item


WALL: dict[str, Callable[[random.Random], Item]] = {
    "bar_value_printed": lambda rng: synth_wall.bar_value(rng, True),
    "bar_value_axis": lambda rng: synth_wall.bar_value(rng, False),
    "bar_difference": synth_wall.bar_difference,
    "bar_tallest": synth_wall.bar_tallest,
    "chart_axis": _only(synth.bar_chart, "chart_axis"),
    "panel_colour": synth_wall.panel_colour,
    "panel_which": synth_wall.panel_which,
    "panel_shape": synth_wall.panel_shape,
    "count": _only(synth.shapes_img, "count"),
    "shape_colour": _only(synth.shapes_img, "colour"),
    "shape_size": _only(synth.shapes_img, "size"),
    "scale_area": synth_wall.scale_area,
    "rotated": synth.rotated_text,
    "small_print": synth.small_print,
    "text_colour": synth.text_colour,
    "receipt_total": synth.receipt,
    "receipt_item": _receipt_item,
    "table_cell": synth_wall.table_cell,
    "table_argmax": synth_wall.table_argmax,
    "table_density": synth_wall.table_density,
    "form": synth_wall.form_filled,
    "injection": synth.injection,
    "photo_mcq": synth_wall.photo_mcq,
    "mcq": _mcq,
    "doc_page": synth_wall.doc_page,
    "toc_next": synth_wall.toc_next,
    "page_heading": synth_wall.page_heading,
    **{f"docs_{k}": g for k, g in synth_docs.GENERATORS.items()},
}


@dataclass
class WallItem:
    category: str
    index: int
    item: Item


def build(n: int, seed: int = SEED, categories: list[str] | None = None) -> list[WallItem]:
    """The first `n` items of each category; item i of a category never depends on n or the other categories."""
    out = []
    for cat in categories or list(WALL):
        for i in range(n):
            item = WALL[cat](random.Random(f"{seed}:{cat}:{i}"))
            item.category = cat
            out.append(WallItem(cat, i, item))
    return out


def run(items: list[WallItem], ask: Callable[[Item], str],
        progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Answer every item with `ask`; per category: n, correct, and each item's result (for floors)."""
    cats: dict[str, dict[str, Any]] = {}
    t0 = time.perf_counter()
    for w in items:
        try:
            pred = ask(w.item)
        except Exception as e:  # noqa: BLE001 - one failing item is a wrong answer, the wall goes on
            pred = f"error: {type(e).__name__}"
        ok = score(pred, w.item.answer, w.item.answer_type, w.item.options or None)
        c = cats.setdefault(w.category, {"n": 0, "correct": 0, "items": []})
        c["n"] += 1
        c["correct"] += int(ok)
        c["items"].append({"q": w.item.question, "gold": w.item.answer, "pred": pred, "ok": ok})
        if progress is not None:
            progress(f"{w.category} {w.index}: {'ok' if ok else 'MISS'} gold={w.item.answer!r} pred={pred!r}")
    total = sum(c["correct"] for c in cats.values())
    return {"categories": cats, "correct": total, "n": len(items), "elapsed_s": round(time.perf_counter() - t0, 1)}


def quick_floor(category_result: dict[str, Any], quick: int = QUICK) -> int:
    """How many of the first `quick` items of a category the committed run answered: the test's floor."""
    return sum(1 for r in category_result["items"][:quick] if r["ok"])
