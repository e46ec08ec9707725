"""Train the sign model (`sign.py`) from `data/signs.jsonl` and write `data/sign.npz`.

    OMP_NUM_THREADS=1 python -m seeingeye.agents.train_sign [--report benchmarks/results/sign.json]

Recipe: the up and down phrasings, and as questions of no sign the neutral phrasings of `signs.jsonl` plus
every phrasing of every intent (`intents.jsonl`); each with the intent trainer's noisy variants; logistic
regression over [e5 sentence embedding | hashed words], classes balanced. Held-out accuracy on blocks of
five phrasings (a block never trains its own fold). A model of its own, so adding sign phrasings leaves the
intent, type and span models untouched.
"""

from __future__ import annotations

import argparse
import json
import random
from importlib import resources
from pathlib import Path

import numpy as np

from ..models.embed import get_embedder
from .intents import Example, examples, tokenise
from .train import FOLDS, _fit, _sent_x, variants


def sign_examples() -> list[Example]:
    raw = resources.files(__package__).joinpath("data/signs.jsonl").read_text(encoding="utf-8")
    out: list[Example] = []
    for line in raw.splitlines():
        if line.strip():
            d = json.loads(line)
            out += [Example(d["sign"], "text", t, tokenise(t), ["O"] * len(tokenise(t)), 1000 + i // 5)
                    for i, t in enumerate(d["examples"])]
    # every intent's phrasing asks for no sign (its own blocks are its fold unit)
    return out + [Example("none", "text", e.text, e.tokens, e.tags, e.group) for e in examples()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / "sign.npz")
    ap.add_argument("--report", type=Path)
    args = ap.parse_args()
    rng = random.Random(16)
    base = sign_examples()
    noisy = {i: variants(e, rng) for i, e in enumerate(base)}
    texts = sorted({e.text for e in base} | {x.text for v in noisy.values() for x in v})
    sent = dict(zip(texts, get_embedder().encode(texts, "query"), strict=True))
    held_out: dict[str, list[bool]] = {"up": [], "down": [], "none": []}
    for f in range(FOLDS):
        train = [x for i, e in enumerate(base) if e.group % FOLDS != f for x in (e, *noisy[i])]
        test = [e for e in base if e.group % FOLDS == f]
        model = _fit(_sent_x(train, sent), [e.intent for e in train], 4.0)
        for e, p in zip(test, model.predict(_sent_x(test, sent)), strict=True):
            held_out[e.intent].append(e.intent == p)
    every = [x for i, e in enumerate(base) for x in (e, *noisy[i])]
    model = _fit(_sent_x(every, sent), [e.intent for e in every], 4.0)
    np.savez_compressed(args.out, labels=np.array(model.classes_), w=model.coef_.T.astype(np.float16),
                        b=model.intercept_.astype(np.float32))
    report = {"phrasings": {k: sum(e.intent == k for e in base) for k in held_out}, "folds": FOLDS,
              "held_out_accuracy": {k: round(float(np.mean(v)), 4) for k, v in held_out.items()}}
    print(json.dumps(report, indent=1))
    if args.report:
        args.report.write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
