"""Which way a question's figures must point: money coming in or going out, a value that went up or down
("the largest sum paid out", "how many rose", "which share dropped furthest"). A classifier over
the same features as the intent model, trained on `data/signs.jsonl` and every intent's phrasings as
questions of no sign (`train_sign.py`); inference needs numpy only. None when the model is not sure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal, TypeVar

import numpy as np

from ..textutil import parse_number

Sign = Literal["up", "down"]
T = TypeVar("T")
SURE = 0.6  # the probability a sign needs before a program restricts the figures it reads to that sign


@dataclass(frozen=True)
class SignModel:
    labels: tuple[str, ...]
    w: np.ndarray  # (n_features, n_labels)
    b: np.ndarray


@lru_cache(maxsize=1)
def load_sign_model() -> SignModel | None:
    path = resources.files(__package__).joinpath("data/sign.npz")
    if not path.is_file():
        return None
    with path.open("rb") as f:
        z = np.load(f, allow_pickle=False)
        return SignModel(tuple(str(x) for x in z["labels"]), z["w"].astype(np.float32), z["b"].astype(np.float32))


def sign_scores(features: np.ndarray) -> dict[str, float]:
    """P(up), P(down), P(none) for one question's sentence features (`understand.sentence_matrix`)."""
    m = load_sign_model()
    if m is None or features.shape[-1] != m.w.shape[0]:
        return {}
    z = features.reshape(1, -1) @ m.w + m.b
    p = np.exp(z - z.max())
    p = p / p.sum()
    return {lab: round(float(v), 4) for lab, v in zip(m.labels, p[0], strict=True)}


def sure_sign(scores: dict[str, float]) -> Sign | None:
    best = max(scores, key=scores.__getitem__, default=None)
    return best if best in ("up", "down") and scores[best] >= SURE else None  # type: ignore[return-value]


def signed_side(items: list[T], value: Callable[[T], float | None], sign: Sign | None,
                how: Literal["max", "min"]) -> tuple[list[T], Literal["max", "min"]]:
    """What a sign asks of figures to rank: of figures of both signs, those pointing its way, and going down the
    most negative first whichever way the question ranks ("which dropped furthest" reads as a minimum,
    "the largest sum paid out" as a maximum). Figures of one sign, or no sign asked: all of them, as ranked."""
    ups = [x for x in items if (v := value(x)) is not None and v > 0]
    downs = [x for x in items if (v := value(x)) is not None and v < 0]
    if sign == "down" and downs and not ups and how == "max":
        return items, "min"  # amounts all printed negative: "the biggest expense" is the most negative
    if sign is None or not ups or not downs:
        return items, how
    return (ups, how) if sign == "up" else (downs, "min")


def signed_as(cell: str, sign: Sign) -> bool:
    """The cell's figure points that way: above zero for up, below for down (a printed sign or minus)."""
    v = parse_number(cell)
    return v is not None and (v > 0 if sign == "up" else v < 0)
