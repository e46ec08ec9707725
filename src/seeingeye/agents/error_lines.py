"""Which printed lines report a problem, and the problem in the words a person quotes.

A line that reports a failure takes many shapes: "cat: notes.txt: No such file or directory", an exception's
last line, a compiler's "x.c:3:3: error: expected ';'", a REPL's "Unknown symbol", a checker's "Totals differ:
(-2.00 USD)". No list of words covers them; a logistic regression over the line's e5 embedding
does, trained on what real programs print when they fail and when they work (`error_harvest.py`,
`train_errors.py`). Inference needs numpy only; without the weights every line scores 0.

`message_core` trims what wraps the message: where it was raised ("prog:", "file.txt:40:", "Main.0:", "#12:",
"error:") and the figure or quoted value after it ("...: (-2.00 USD)", "...: '9Z'").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from ..models.embed import get_embedder
from ..sir import Evidence

SURE = 0.5  # the probability a line needs to be offered as the problem a question asks about


@dataclass(frozen=True)
class ErrorModel:
    w: np.ndarray  # (dims,)
    b: float


def shown(text: str) -> str:
    """What the model reads of a line: its figures one mark (a line number or an address says nothing of
    whether the line reports a failure), at most 160 characters."""
    return re.sub(r"\d+", "0", text.strip())[:160]


@lru_cache(maxsize=1)
def load_error_model() -> ErrorModel | None:
    path = resources.files(__package__).joinpath("data/error_lines.npz")
    if not path.is_file():
        return None
    with path.open("rb") as f:
        z = np.load(f, allow_pickle=False)
        return ErrorModel(z["w"].astype(np.float32), float(z["b"]))


def error_probabilities(texts: Sequence[str]) -> np.ndarray:
    """P(the line reports a problem) per text; zeros when the model or the embedder is missing."""
    model = load_error_model()
    emb = get_embedder()
    if model is None or not texts or emb.name == "lexical":
        return np.zeros(len(texts), np.float32)
    x = emb.encode([shown(t) for t in texts], "query")
    if x.shape[1] != model.w.shape[0]:
        return np.zeros(len(texts), np.float32)
    return 1.0 / (1.0 + np.exp(-(x @ model.w + model.b)))


# Where a message was raised, before it: a program's or a file's name with a line number, a routine, a code
# ("#12:", "E0425:"), an "error:" mark. Each piece ends in a colon and holds no space (or is "bash: line 1"); or
# a severity in brackets before the message ("(fail) Quota exceeded").
_WHERE = re.compile(r"^\s*(?:(?:[^\s:]+(?::\d+)*|line \d+|\[[^\]]*\]|#\d+|[A-Z]?\d{3,5})\s*:\s+|\(\w+\)\s+(?=[A-Z]))")
# What follows a message as its subject: a figure, a quoted or bracketed value ("...: (-2.00 USD)", ": '9Z'")
_SUBJECT = re.compile(r"""\s*:\s*(?:\([^()]*\)|'[^']*'|"[^"]*"|‘[^’]*’|`[^`]*'|[-+]?\d[\w.,-]*)\s*$""")


def message_core(text: str) -> str:
    """'ledger.txt:40: #12: Overflow' -> 'Overflow'; an exception keeps its class name
    ("KeyError: 'x'" stays whole: the class is what people quote)."""
    t = text.strip()
    if re.match(r"^[A-Z]\w*(?:Error|Exception|Warning)\b", t):
        return t
    for _ in range(4):
        m = _WHERE.match(t)
        if m is None or len(t) - m.end() < 4:
            break
        t = t[m.end():]
    sub = _SUBJECT.search(t)
    return t[: sub.start()].strip() if sub and sub.start() >= 4 else t


def problem_probabilities(texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """Each text's message (`message_core`) and P(it reports a problem), the text read as printed and as its
    message alone, the likelier of the two (a routine's mangled name before a message says nothing either
    way); one embedding call for both readings."""
    cores = [message_core(t) for t in texts]
    p = error_probabilities([*texts, *cores])
    return cores, np.maximum(p[: len(texts)], p[len(texts):])


def problem_lines(lines: Sequence[Evidence]) -> list[tuple[Evidence, str, float]]:
    """The lines the model is sure report a problem: (line, its message, probability); a line of fewer than
    two words is no message."""
    worded = [e for e in lines if len(re.findall(r"[^\W\d_]{2,}", e.value)) >= 2]
    cores, p = problem_probabilities([e.value for e in worded])
    return [(e, core, float(q)) for e, core, q in zip(worded, cores, p, strict=True) if q >= SURE]
