"""Is a candidate answer printed in the image, and is it only the question said back?

Tools write labels of their own ("links in the navigation bar", "number of buttons"); those phrases are
descriptions of evidence, never answers read from the image. A candidate whose words are not in the
image's text, and which no program computed, is dropped. How much of a candidate repeats the question
("Electricity use, last 6 months" for "which month had the highest electricity usage?") and how much of
it is printed in the image are kept as features the learned ranker weighs (`ranking.FEATURES`).
"""

from __future__ import annotations

from ..sir import SIR
from ..textutil import STOPWORDS, tokens
from .confidence import STRUCTURAL
from .extract import Candidate
from .question import QuestionAnalysis

STEM = 5  # "usage" and "used", "months" and "month" share their first letters


def _words(text: str) -> list[str]:
    return [w for w in tokens(text) if len(w) >= 3 and w.isalpha() and w not in STOPWORDS]


def image_words(sir: SIR) -> tuple[set[str], str]:
    """The words printed in the image (the values read, and the labels other than key-value ones, which tools
    may have written), and all of that text without spaces (OCR splits and joins words differently from one
    reading to the next)."""
    texts = [e.value for e in sir.by_kind("text", "number", "cell", "key_value", "field", "point")]
    texts += [e.label for e in sir.by_kind("cell", "point", "series", "field") if e.label]
    vocab = {w for t in texts for w in tokens(t)}
    return vocab, "".join(t.lower() for t in texts).replace(" ", "")


def grounded_share(answer: str, vocab: set[str], joined: str) -> float:
    words = _words(answer)
    if not words:
        return 1.0
    return sum(w in vocab or w in joined for w in words) / len(words)


def echo_share(answer: str, asked: set[str]) -> float:
    words = _words(answer)
    if not words:
        return 0.0
    return sum(w[:STEM] in asked for w in words) / len(words)


def ground(qa: QuestionAnalysis, sir: SIR, cands: list[Candidate]) -> list[Candidate]:
    """Candidates with `grounded` and `echo` in their extras; read (not computed) phrases of two words or
    more that the image does not print are dropped."""
    if not cands:
        return cands
    vocab, joined = image_words(sir)
    # what the analysis read as asked (the raw question is parsed once, in `question.py`)
    # (the name of the kind asked for is no echo: "what's the error" is answered by a "KeyError")
    asked = {w[:STEM] for part in (qa.target, qa.row, qa.column, qa.condition, *qa.operands) if part
             for w in _words(part)} - {qa.answer_type[:STEM]}
    kept = []
    for c in cands:
        c.extra["grounded"] = grounded_share(c.answer, vocab, joined) if vocab else 1.0
        c.extra["echo"] = echo_share(c.answer, asked)
        invented = len(_words(c.answer)) >= 2 and c.extra["grounded"] < 0.5
        if not (invented and not c.source.startswith(STRUCTURAL)):  # a program's figure or state is computed
            kept.append(c)
    return kept
