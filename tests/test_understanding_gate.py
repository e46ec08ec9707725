"""The shipped question model reads every gate phrasing as the gate expects (`data/intent_gate.jsonl`): the same
check `agents/train.py` makes before it writes new weights, held here against the weights that ship."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from seeingeye.agents.question import analyse

GATE = [json.loads(x) for x in resources.files("seeingeye.agents").joinpath("data/intent_gate.jsonl")
        .read_text(encoding="utf-8").splitlines() if x.strip()]


def test_the_gate_is_not_empty() -> None:
    assert len(GATE) >= 20


@pytest.mark.parametrize("item", GATE, ids=[g["question"][:40] for g in GATE])
def test_the_shipped_model_reads_each_gate_phrasing(item: dict) -> None:
    a = analyse(item["question"])
    assert a.intent in item["intent"]
    assert item.get("answer_type") in (None, a.answer_type)
