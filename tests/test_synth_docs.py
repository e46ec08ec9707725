"""The literal-document generators: deterministic, every answer printed, and the manifest says so."""

from __future__ import annotations

import json
import random

from seeingeye.eval import synth, synth_docs


def test_generators_are_seeded_and_their_answers_are_literal(tmp_path):
    a = synth.generate(8, seed=7, generators=synth_docs.GENERATORS)
    b = synth.generate(8, seed=7, generators=synth_docs.GENERATORS)
    assert [(x.question, x.answer) for x in a] == [(x.question, x.answer) for x in b]
    assert {x.category for x in a} >= {"terminal", "wide_table", "upside_down"}
    assert all(x.literal for x in a)
    rows = [json.loads(line) for line in synth.write_manifest(a, tmp_path).read_text().splitlines()]
    assert all(r["literal"] is True for r in rows)
    # the basic suite marks counts and colours as not printed
    basic = synth.generate(30, seed=3)
    assert {x.category for x in basic if not x.literal} >= {"count", "text_colour"}


def test_hex_ids_keep_a_zero_and_phones_keep_their_spacing():
    rng = random.Random(11)
    ids = [synth_docs._hex_id(rng) for _ in range(50)]
    assert all("0" in i.removeprefix("0x") for i in ids)
    phones = [synth_docs._phone(rng) for _ in range(50)]
    assert any(p.startswith("0") for p in phones) and all(" " in p for p in phones)
