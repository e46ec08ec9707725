"""The intents a question can carry, read from `data/intents.jsonl` (one line per intent: operator, default
answer type, a description, and many example phrasings with their spans marked).

Markup inside an example (the tagger's training labels):
  `[total]`        the target (what is asked about)     `[r:Oslo]`  row / category / named item
  `[c:population]` column / measure / series            `[k:Failed]` condition of a count
  `[a:Mar]` `[b:Jun]` the two operands of a comparison, difference, sum or crossover
  `[x:rent]`       an entry left out ("the biggest payment apart from rent")
A leading `@money` overrides the intent's default answer type for that example.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

TAGS = ("O", "t", "r", "c", "k", "a", "b", "x")
# Words keep inner hyphens, dots and apostrophes: "annotated-types", "3.12", "Norway's", "e-mail".
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-_.'’][A-Za-z0-9]+)*|[^\sA-Za-z0-9]")
_MARK = re.compile(r"\[(?:([trckabx]):)?([^\[\]]+)\]")


@dataclass(frozen=True)
class Intent:
    name: str
    operator: str
    answer_type: str
    about: str
    examples: tuple[str, ...]


@dataclass
class Example:
    """One parsed phrasing: clean text, its tokens with character offsets, a tag per token."""

    intent: str
    answer_type: str
    text: str
    tokens: list[tuple[str, int, int]]
    tags: list[str]
    group: int  # block of consecutive phrasings written together (the held-out fold unit)


def tokenise(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=1)
def load_intents() -> tuple[Intent, ...]:
    raw = resources.files(__package__).joinpath("data/intents.jsonl").read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        if line.strip():
            d = json.loads(line)
            out.append(Intent(d["intent"], d["operator"], d["answer_type"], d["about"], tuple(d["examples"])))
    return tuple(out)


def parse_example(src: str, intent: Intent, index: int, block: int = 5) -> Example:
    """`@money what's the [total]` -> text "what's the total", tags t on "total"."""
    atype = intent.answer_type
    if src.startswith("@"):
        atype, src = src[1:].split(" ", 1)
    text, spans, pos = "", [], 0
    for m in _MARK.finditer(src):
        text += src[pos : m.start()]
        start = len(text)
        text += m.group(2)
        spans.append((start, len(text), m.group(1) or "t"))
        pos = m.end()
    text += src[pos:]
    toks = tokenise(text)
    tags = [next((tag for s, e, tag in spans if s <= a and b <= e), "O") for _, a, b in toks]
    return Example(intent.name, atype, text, toks, tags, index // block)


def examples() -> list[Example]:
    return [parse_example(src, it, i) for it in load_intents() for i, src in enumerate(it.examples)]


def spans_of(text: str, tokens: list[tuple[str, int, int]], tags: list[str]) -> dict[str, list[str]]:
    """Contiguous runs of one tag -> the printed substrings of the question, per tag, in order."""
    out: dict[str, list[str]] = {}
    run: list[int] = []
    for i, tag in enumerate([*tags, "O"]):
        if run and (tag != tags[run[0]]):
            a, b = tokens[run[0]][1], tokens[run[-1]][2]
            out.setdefault(tags[run[0]], []).append(text[a:b])
            run = []
        if tag != "O" and i < len(tags):
            run.append(i)
    return out
