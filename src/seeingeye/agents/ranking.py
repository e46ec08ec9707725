"""Learned ranking of answer candidates and calibrated confidence per answer type.

The ranker is a logistic model over features the extraction and the programs already compute for every
candidate (label match, type agreement, perception confidence, agreeing sources, which route produced
it, its hand score and rank, whether it is printed in the image, how much of it repeats the question); it
re-orders the candidates. The calibrator maps the ranker's probability
for the top candidate and its margin over the runner-up to a probability of being right, one Platt fit
with a weight per answer-type family, fitted on a fold of items the ranker never saw. Both are trained by
`benchmarks/train_ranking.py`; the weights and the routing threshold live in `data/ranking.json`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from .extract import Candidate
from .types import has_type

if TYPE_CHECKING:
    from ..sir import SIR
    from .question import QuestionAnalysis

SOURCES = ("key_value", "field", "point", "cell", "line", "typed", "title", "extreme", "count", "state", "fill",
           "compare", "arith", "aggregate", "nth", "next", "crossover", "locate", "exists", "shape",
           "text_colour")  # fmt: skip
FEATURES = ("bias", "score", "match", "type_ok", "conf", "agree", "rank", "gap", "grounded", "echo", "words",
            *(f"src_{s}" for s in SOURCES))  # fmt: skip
FAMILIES = {"yesno": "yesno", "option": "yesno", "count": "count", "number": "number", "money": "number",
            "percentage": "number", "colour": "visual", "shape": "visual"}  # fmt: skip


def family(answer_type: str) -> str:
    """Answer types grouped so that each calibration fit has enough items ("text" for names, codes...)."""
    return FAMILIES.get(answer_type, "text")


def candidate_features(cands: list[Candidate], k: int, names: tuple[str, ...] | list[str] = FEATURES) -> list[float]:
    """The ranker's inputs for candidate k, in the order `names` gives (a model file lists the features it
    was fitted on, so a model trained before a feature was added keeps working)."""
    c = cands[k]
    top = cands[0].score if cands else 0.0
    src = next((s for s in SOURCES if c.source.startswith(s)), "")
    f = {
        "bias": 1.0, "score": min(c.score, 1.5), "match": c.match, "type_ok": float(c.type_ok), "conf": c.conf,
        "agree": min(c.extra.get("agree", 1.0), 4.0) - 1.0, "rank": min(k, 9) / 9, "gap": min(top - c.score, 1.0),
        # Printed in the image (`grounding.py`), the question said back, and how long: a whole line is
        # rarely the span asked for.
        "grounded": c.extra.get("grounded", 1.0), "echo": c.extra.get("echo", 0.0),
        "words": min(len(c.answer.split()), 10) / 10,
    }  # fmt: skip
    return [f.get(name, 1.0 if name == f"src_{src}" else 0.0) for name in names]


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load() -> dict[str, Any]:
    f = resources.files(__package__).joinpath("data/ranking.json")
    return json.loads(f.read_text(encoding="utf-8")) if f.is_file() else {}


def ranker_probs(cands: list[Candidate], model: dict[str, Any] | None = None) -> list[float]:
    model = model if model is not None else load()
    coef = model.get("ranker", {}).get("coef")
    if not coef:
        return [min(max(c.score, 0.0), 1.0) for c in cands]
    names = model.get("features") or FEATURES
    return [_sigmoid(sum(w * x for w, x in zip(coef, candidate_features(cands, k, names), strict=True)))
            for k in range(len(cands))]  # fmt: skip


def rerank(cands: list[Candidate], model: dict[str, Any] | None = None, depth: int = 8) -> list[float]:
    """Re-order the first `depth` candidates by the ranker (in place); their probabilities, best first."""
    if not cands:
        return []
    head = cands[:depth]
    probs = ranker_probs(head, model)
    order = sorted(range(len(head)), key=lambda i: -probs[i])
    cands[: len(head)] = [head[i] for i in order]
    return [probs[i] for i in order]


# Answer types a printed value shows by its form; a sure question of one of them is never answered by a value of
# another form ("what time was it printed" by "7%") while a candidate of the asked form is in the running.
FORMED_TYPES = {"time", "date", "money", "percentage", "version", "email", "url", "phone"}


def typed_first(cands: list[Candidate], probs: list[float], answer_type: str, sure: float, depth: int = 8) -> None:
    """Move the best candidate of the asked form to the front (in place, with its probability), when the
    question's type is sure (the type model's probability `sure` >= 0.7) and the front one is of another form,
    unless the ranker is sure of the front one and the type model not very sure of its type ("how much change
    did I get back": money, though read as a percentage's change)."""
    if answer_type not in FORMED_TYPES or sure < 0.7 or not cands or has_type(cands[0].answer, answer_type):
        return
    k = next((i for i, c in enumerate(cands[:depth]) if has_type(c.answer, answer_type)), None)
    if k and len(probs) > k and sure < 0.8 and probs[0] >= 0.75 and probs[k] < 0.25:
        return  # the ranker is sure of the front one, the type model barely of its type: it misread the question
    if k:
        cands.insert(0, cands.pop(k))
        if len(probs) > k:
            probs.insert(0, probs.pop(k))


CAL_FAMILIES = ("yesno", "count", "number", "visual", "text")
# What the question asks and what the image is: some programs on some kinds of image are reliably right,
# others (a screen's widgets, a chart's derived values) much less; the calibration learns by how much.
CAL_OPS = {"lookup": "lookup", "read": "lookup", "max": "extreme", "min": "extreme", "count": "count",
           "arithmetic": "arith", "compare": "compare", "state": "state", "colour": "visual", "shape": "visual",
           "nth": "order", "next": "order"}  # fmt: skip
CAL_KINDS = ("document", "screenshot", "terminal", "slide", "form", "chart", "table", "diagram", "photo")
CAL_FEATURES = ("bias", "logit", "margin", "understood", "typed", "match", "type_ok", "structural",
                *(f"fam_{f}" for f in CAL_FAMILIES), *(f"op_{o}" for o in sorted(set(CAL_OPS.values()))),
                *(f"kind_{k}" for k in CAL_KINDS))  # fmt: skip


@dataclass(frozen=True)
class Asked:
    """What the calibration reads about the question and the image, besides the candidates."""

    answer_type: str
    understood: float = 0.0  # the intent model's top probability
    typed: float = 0.0  # the answer-type model's top probability
    operator: str = ""
    kind: str = ""  # the image kind of the SIR overview


def asked(qa: QuestionAnalysis, sir: SIR) -> Asked:
    return Asked(qa.answer_type, max(qa.intent_scores.values(), default=0.0),
                 max(qa.type_scores.values(), default=0.0), qa.operator, sir.overview.kind)  # fmt: skip


def calibration_features(probs: list[float], top: Candidate | None, asked: Asked) -> list[float]:
    """What the calibration reads: the ranker's belief in the top candidate and its margin, how sure the
    question models were (`understood`, `typed`), the top candidate's own evidence, and one weight each for
    the answer-type family, the operator and the image kind."""
    p = min(max(probs[0], 1e-4), 1 - 1e-4) if probs else 1e-4
    margin = p - (probs[1] if len(probs) > 1 else 0.0)
    src = top.source if top is not None else ""
    structural = float(any(src.startswith(x) for x in SOURCES[7:]))
    f = {"bias": 1.0, "logit": math.log(p / (1 - p)), "margin": margin, "understood": asked.understood,
         "typed": asked.typed, "match": top.match if top else 0.0, "type_ok": float(top.type_ok) if top else 0.0,
         "structural": structural, f"fam_{family(asked.answer_type)}": 1.0,
         f"op_{CAL_OPS.get(asked.operator, '')}": 1.0, f"kind_{asked.kind}": 1.0}  # fmt: skip
    return [f.get(n, 0.0) for n in CAL_FEATURES]


def calibrated(feats: list[float], model: dict[str, Any] | None = None) -> float:
    """Probability that the answer is right, from `calibration_features` (0 when nothing was found)."""
    model = model if model is not None else load()
    coef = model.get("calibration", {}).get("coef")
    if not coef or feats[CAL_FEATURES.index("logit")] <= math.log(1e-4 / (1 - 1e-4)) + 1e-6:
        return 0.0 if coef else _sigmoid(feats[1])
    return _sigmoid(sum(w * x for w, x in zip(coef, feats, strict=True)))


def routing_threshold(precision: float = 0.9) -> float | None:
    """The confidence above which answers on our own clean fold were right `precision` of the time (the
    routing default: answer locally above it, escalate below); None when no threshold reaches it."""
    table = load().get("thresholds", {})
    value = table.get(f"{precision:.2f}")
    return float(value) if value is not None else None


def honest_features(confidence: float, rounds: int) -> list[float]:
    """What the last step of the reported confidence reads: the calibrated belief (as a logit) and whether
    the answer needed a second look."""
    p = min(max(confidence, 1e-3), 1 - 1e-3)
    return [1.0, math.log(p / (1 - p)), float(rounds > 1)]


def honest(confidence: float, rounds: int, model: dict[str, Any] | None = None) -> float:
    """The confidence an embedded answer reports: the calibrated belief mapped onto how often answers like it
    were right on test splits measured for the first time (`benchmarks/recalibrate_honest.py`). The tuning
    sets flatter the calibration; this map is fitted where nothing was tuned. Without a map: unchanged."""
    model = model if model is not None else load()
    coef = model.get("honest", {}).get("coef")
    if not coef or confidence <= 0.0:
        return confidence
    return round(_sigmoid(sum(w * x for w, x in zip(coef, honest_features(confidence, rounds), strict=True))), 4)
