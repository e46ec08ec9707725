"""The confidence an embedded answer reports: how often answers like it were right where nobody had tuned.

The calibrated belief (`ranking.calibrated`, then `ranking.honest`) sees only the candidates. What it cannot
see is which questions this answerer gets wrong on scenes it has never met: a count over a calendar, a
value off a chart's axis, a name asked of a screen full of names. This step reads the question itself (its
sentence embedding, already computed by the question models), the answer's form (its embedding, length,
digits) and the belief, and maps them onto how often such answers were right on test splits measured for
the first time: a small gradient-boosted tree ensemble over a few principal components of each embedding,
trained by `benchmarks/train_reported.py` on those splits' committed predictions and shipped as plain
arrays (`data/reported.npz`; numpy only at run time). Without the file the honest map's value stands.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from ..models.embed import get_embedder

HAND = ("logit", "second_look", "words", "digits", "numeric", "chars")
_NUMERIC = re.compile(r"[-+$€£¥]?[\d.,% ]+")
ANSWER_CHARS = 100  # an answer's first characters carry its form; a long one is rarely the span asked for


def hand_features(confidence: float, rounds: int, answer: str) -> list[float]:
    """The belief as a logit, whether it needed a second look, and the answer's form (a figure, a few words,
    a whole line)."""
    p = min(max(confidence, 1e-3), 1 - 1e-3)
    a = answer.strip()
    return [
        math.log(p / (1 - p)),
        float(rounds > 1),
        min(len(a.split()), 10) / 10,
        float(any(ch.isdigit() for ch in a)),
        float(bool(_NUMERIC.fullmatch(a))),
        min(len(a), 60) / 60,
    ]


@dataclass(frozen=True)
class Ensemble:
    """Principal components of the question and answer embeddings and the boosted trees over them."""

    q_mean: np.ndarray
    q_axes: np.ndarray
    a_mean: np.ndarray
    a_axes: np.ndarray
    baseline: np.ndarray  # a 0-d array as saved: read with float(), never added to in place
    feature: np.ndarray  # per node, over all trees (offsets in `roots`)
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    leaf: np.ndarray
    roots: np.ndarray

    def inputs(self, hand: list[float], question_vec: np.ndarray, answer_vec: np.ndarray) -> np.ndarray:
        q = (question_vec - self.q_mean) @ self.q_axes.T
        a = (answer_vec - self.a_mean) @ self.a_axes.T
        return np.concatenate([np.asarray(hand, np.float64), q, a])

    def probability(self, x: np.ndarray) -> float:
        z = float(self.baseline)
        for root in self.roots:
            node = int(root)
            while not self.leaf[node]:
                node = int(self.left[node] if x[self.feature[node]] <= self.threshold[node] else self.right[node])
            z += float(self.value[node])
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load() -> Ensemble | None:
    f = resources.files(__package__).joinpath("data/reported.npz")
    if not f.is_file():
        return None
    with f.open("rb") as fh, np.load(fh) as z:
        return Ensemble(**{k: z[k] for k in Ensemble.__dataclass_fields__})


def embed(question: str, answer: str) -> tuple[np.ndarray, np.ndarray]:
    """Both sentence embeddings (the question's is the one the question models computed: cached)."""
    vecs = get_embedder().encode([question, answer.strip()[:ANSWER_CHARS]], "query")
    return vecs[0], vecs[1]


def reported(confidence: float, rounds: int, question: str, answer: str, model: Ensemble | None = None) -> float:
    """`confidence` (the honest map's value) re-read with the question and the answer; unchanged without
    a shipped model, an answer or a question, or when the encoder is not the one it was trained with."""
    model = model if model is not None else load()
    if model is None or confidence <= 0.0 or not answer.strip() or not question.strip():
        return confidence
    qv, av = embed(question, answer)
    if qv.shape[-1] != model.q_mean.shape[-1]:  # the lexical fallback encoder: other dimensions
        return confidence
    return round(model.probability(model.inputs(hand_features(confidence, rounds, answer), qv, av)), 4)
