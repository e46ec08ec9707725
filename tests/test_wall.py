"""The quick regression wall: the first `wall.QUICK` items of every wall category, generated here, must be
answered at least as well as the committed full run answered those same items
(benchmarks/results/wall.json, written by `python benchmarks/wall.py`). A category that drops fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seeingeye import SeeingEye
from seeingeye.eval import wall

RESULTS = Path(__file__).resolve().parents[1] / "benchmarks" / "results" / "wall.json"


@pytest.fixture(scope="module")
def quick_run(eye: SeeingEye) -> dict:
    items = wall.build(wall.QUICK)
    return wall.run(items, lambda it: eye.ask(it.image, it.question, it.options or None).answer)


def test_every_category_has_a_committed_floor() -> None:
    committed = json.loads(RESULTS.read_text())["categories"]
    assert set(wall.WALL) <= set(committed), f"run benchmarks/wall.py for {set(wall.WALL) - set(committed)}"
    assert all(c["n"] >= 10 for c in committed.values())


@pytest.mark.parametrize("category", list(wall.WALL))
def test_category_holds_its_floor(quick_run: dict, category: str) -> None:
    committed = json.loads(RESULTS.read_text())["categories"][category]
    floor = wall.quick_floor(committed)
    got = quick_run["categories"][category]
    misses = [f"{r['q']} gold={r['gold']!r} got={r['pred']!r}" for r in got["items"] if not r["ok"]]
    assert got["correct"] >= floor, f"{category}: {got['correct']}/{got['n']} < floor {floor}; " + "; ".join(misses)


def test_items_are_fixed_by_seed() -> None:
    a, b = wall.build(1, categories=["table_cell"]), wall.build(2, categories=["table_cell"])
    assert a[0].item.question == b[0].item.question and a[0].item.answer == b[0].item.answer
