"""`recognize`: what a photo shows, as ImageNet labels with a coarse hierarchy (tabby cat -> cat -> animal).

The classifier is EfficientNet-Lite0 run by onnxruntime (tools/efficientnet.py). Each label becomes an
`object` evidence whose confidence is the softmax probability; `attrs.group_conf` carries the summed
probability of each ancestor group over all 1000 classes, because a photo of a dog often spreads its
mass over several breeds while "dog" itself is certain. `label_matches` scores an answer option against
such evidence; it is what a reasoner uses for multiple choice on photos.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import numpy as np
from pydantic import BaseModel, Field

from ..sir import Box, EvidenceDraft
from ..textutil import tokens
from .base import ToolContext, ToolResult, tool
from .imagenet_hierarchy import GROUPS, SYNONYMS, class_names, group_members, hierarchy

# Words that say nothing about what is shown ("a photo of a dog", "some kind of bird").
_FILLER = frozenset(
    "a an the this that these those of photo picture image shown here some kind type sort species breed "  # noqa: SIM905
    "it is are there which what in with on at and or".split()
)


class RecognizeArgs(BaseModel):
    top_k: int = Field(5, ge=1, le=10, description="most labels to report")
    min_prob: float = Field(0.05, ge=0.0, le=1.0, description="drop labels below this probability (top-1 is kept)")
    box: Box | None = Field(None, description="classify only this region (image pixels); default the whole image")


def _group_probs(probs: np.ndarray) -> dict[str, float]:
    return {g: float(probs[list(m)].sum()) for g, m in group_members().items() if m}


def classify(image: Any, top_k: int = 5, min_prob: float = 0.05) -> list[EvidenceDraft]:
    """Object evidence for a PIL image: top labels (same-named classes merged) and, when a group is far
    more certain than any single label, that group as one more fact."""
    from .efficientnet import classifier

    probs = classifier().probabilities(image)
    names = class_names()
    merged: dict[str, tuple[float, int]] = {}
    for i in np.argsort(-probs)[: top_k * 2]:
        label = names[int(i)][0]
        p, first = merged.get(label, (0.0, int(i)))
        merged[label] = (p + float(probs[i]), first)
    ranked = sorted(merged.items(), key=lambda kv: -kv[1][0])[:top_k]
    groups = _group_probs(probs)
    out: list[EvidenceDraft] = []
    for rank, (label, (p, idx)) in enumerate(ranked):
        if rank and p < min_prob:
            break
        chain = hierarchy(idx)
        out.append(
            EvidenceDraft(
                kind="object",
                value=label,
                confidence=round(min(1.0, p), 4),
                attrs={
                    "hierarchy": chain,
                    "rank": rank + 1,
                    "class_id": idx,
                    "group_conf": {g: round(groups[g], 4) for g in chain[1:] if g in groups},
                },
            )
        )
    top_p = ranked[0][1][0]
    # the most specific group that is likely (>= 0.6) and clearly surer than the best single label
    specific = sorted((g for g, q in groups.items() if q >= 0.6), key=lambda g: len(group_members()[g]))
    for g in specific:
        if groups[g] >= top_p + 0.15 and g != ranked[0][0]:
            chain = [g] + [a for a in _ancestors_of(g)]
            out.append(
                EvidenceDraft(
                    kind="object",
                    value=g,
                    confidence=round(min(1.0, groups[g]), 4),
                    attrs={
                        "hierarchy": chain,
                        "rank": 0,
                        "group": True,
                        "group_conf": {a: round(groups[a], 4) for a in chain[1:] if a in groups},
                    },
                )
            )
        break
    return out


def _ancestors_of(group: str) -> list[str]:
    chain: list[str] = []
    parent = GROUPS[group][0]
    while parent is not None and parent not in chain:
        chain.append(parent)
        parent = GROUPS[parent][0]
    return chain


@tool()
def recognize(ctx: ToolContext, args: RecognizeArgs) -> ToolResult:
    """What a photo (or a region of it) shows: ImageNet object labels with probabilities and a coarse
    hierarchy (e.g. tabby cat -> cat -> mammal -> animal). Use for photos of animals, objects, food,
    vehicles, scenes; not for text, charts or screenshots."""
    image = ctx.image
    box = None
    if args.box is not None:
        box = ctx.clip(args.box)
        image = image.crop((int(box.x0), int(box.y0), int(round(box.x1)), int(round(box.y1))))
    evidence = classify(image, args.top_k, args.min_prob)
    for ev in evidence:
        ev.box = box
    best = evidence[0]
    return ToolResult(evidence=evidence, summary=f"{best.value} ({best.confidence:.2f}), {len(evidence)} labels")


# ---- matching answer options to labels -------------------------------------------------------------


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _words(text: str) -> tuple[str, ...]:
    return tuple(_singular(w) for w in tokens(text) if w not in _FILLER)


@cache
def _terms(node: str, class_id: int | None) -> tuple[tuple[str, ...], ...]:
    """All phrasings of a hierarchy node: its name, its synonyms, and for a leaf the WordNet synonyms."""
    phrases = [node, *SYNONYMS.get(node, ())]
    if class_id is not None and 0 <= class_id < 1000:
        phrases += class_names()[class_id][1]
    return tuple(dict.fromkeys(w for w in (_words(p) for p in phrases) if w))


def _phrase_match(option: tuple[str, ...], term: tuple[str, ...]) -> float:
    if option == term:
        return 1.0
    opt, ter = set(option), set(term)
    if opt <= ter and option[-1] == term[-1]:
        return 0.8  # the option says less but names the same kind: "retriever" vs "golden retriever"
    if ter <= opt:
        # the option says more, so it may name another kind ("big cat", "sea lion", "teddy bear"):
        # weak support, which an exact option beats
        return 0.6 if option[-1] == term[-1] else 0.4
    if option[-1] == term[-1] and len(term) > 1:
        return 0.5  # same head noun, different modifiers: "woman in uniform" vs "military uniform"
    return 0.0


def label_matches(option_text: str, evidence: Any) -> float:
    """Support in [0, 1] that an `object` evidence shows what `option_text` names.

    The option is matched against the evidence's label and each ancestor in its hierarchy (with
    synonyms: "kitten" names a cat, "automobile" a car). The support is the match strength times the
    probability of the matched node: the label's own probability, or for an ancestor the summed
    probability of its whole group (`attrs.group_conf`). 0 when nothing matches."""
    attrs = getattr(evidence, "attrs", None) or (evidence.get("attrs", {}) if isinstance(evidence, dict) else {})
    value = getattr(evidence, "value", None) or (evidence.get("value") if isinstance(evidence, dict) else None)
    conf = getattr(evidence, "confidence", None)
    if conf is None and isinstance(evidence, dict):
        conf = evidence.get("confidence", 1.0)
    option = _words(option_text)
    if not option or not value:
        return 0.0
    chain = [str(c) for c in (attrs.get("hierarchy") or [value])]
    group_conf = attrs.get("group_conf") or {}
    class_id = attrs.get("class_id") if isinstance(attrs.get("class_id"), int) else None
    best = 0.0
    for depth, node in enumerate(chain):
        terms = _terms(node, class_id if depth == 0 else None)
        strength = max((_phrase_match(option, t) for t in terms), default=0.0)
        if strength == 0.0:
            continue
        if depth > 0 and strength < 0.8:
            # the option is more specific than this group ("Persian cat" vs cat): the group's probability
            # bounds its support from above only
            strength *= 0.4
        prob = float(conf if depth == 0 else group_conf.get(node, conf) or 0.0)
        best = max(best, strength * prob)
    return round(min(1.0, best), 4)


@cache
def _all_terms() -> tuple[tuple[str, ...], ...]:
    nodes = [t for g in GROUPS for t in _terms(g, None)]
    leaves = [t for i, (label, _) in enumerate(class_names()) for t in _terms(label, i)]
    return tuple(dict.fromkeys(nodes + leaves))


@cache
def known_concept(option_text: str) -> bool:
    """Whether the classifier could have seen what the option names (it names an ImageNet class or group).
    An option it could not see ("an astronaut", "the moon") is never contradicted by the labels."""
    option = _words(option_text)
    return bool(option) and any(_phrase_match(option, t) >= 0.8 for t in _all_terms())


UNKNOWN_PRIOR = 0.01  # support for an option the classifier cannot recognise: below any real match


def option_scores(options: Sequence[str], evidence: Iterable[Any]) -> list[float]:
    """For each option, its best support over the object evidence (see `label_matches`). An option that
    matches nothing scores 0 if the classifier knows the concept (it would have said so) and a small
    prior if it does not, so that elimination picks the option the classifier cannot judge."""
    objects = [e for e in evidence if (getattr(e, "kind", None) or (e.get("kind") if isinstance(e, dict) else None))
               == "object"]
    scores = []
    for o in options:
        s = max((label_matches(o, e) for e in objects), default=0.0)
        scores.append(s if s > 0 or known_concept(o) else UNKNOWN_PRIOR)
    return scores


_SHOWN = re.compile(
    r"\b(what|which)\b.{0,40}\b(shown|depicted|pictured|visible|seen|in (the|this) (photo|picture|image|scene))\b"
    r"|\b(what|which) (animal|object|thing|creature|food|vehicle|kind of|type of|breed|species)\b"
    r"|\bwhat is (this|that|it)\b|\bidentify\b|\bis (there|this) an? \w+",
    re.IGNORECASE,
)


def asks_what_is_shown(question: str) -> bool:
    """Whether the question is about what the picture shows (so the classifier can help)."""
    return bool(_SHOWN.search(question or ""))
