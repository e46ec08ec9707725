"""The learned question models: an intent classifier, an answer-type classifier and a span tagger, all
linear models over the shipped sentence encoder (multilingual-e5-small via `models/embed.py`) plus hashed
word features. Weights live in `data/understanding.npz`, trained by `agents/train.py` on
`data/intents.jsonl`; this module only featurises and scores (numpy, no training code at run time).

Features are shared with the trainer so that both read a question the same way:
- sentence: the e5 query embedding and hashed word uni/bi-grams;
- token: hashed identity of the word and its neighbours (crossed with the predicted intent), word shape,
  relative position, and a small projection of the word's own e5 embedding.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

from ..models.embed import get_embedder
from .intents import TAGS, tokenise
from .sign import sign_scores

HASH_DIM = 4096
WORD_DIM = 16  # PCA of the word's e5 embedding, fitted by the trainer


def _h(feat: str) -> int:
    return int.from_bytes(hashlib.blake2b(feat.encode(), digest_size=4).digest(), "little") % HASH_DIM


_SPOKEN = {"+": "and", "&": "and"}  # (as words, not within one: "R&D")


def _norm(w: str) -> str:
    return w.lower().replace("’", "'")


def sentence_hashes(words: list[str]) -> list[int]:
    ws = [_norm(w) for w in words if w.strip()]
    feats = [f"u={w}" for w in ws] + [f"b={a}_{b}" for a, b in zip(["<s>", *ws], [*ws, "</s>"], strict=True)]
    feats += [f"first={ws[0]}" if ws else "first=", f"first2={'_'.join(ws[:2])}"]
    return sorted({_h(f) for f in feats})


def token_hashes(words: list[str], i: int, intent: str) -> list[int]:
    ws = ["<s>", "<s>", *(_norm(w) for w in words), "</s>", "</s>"]
    j = i + 2
    raw = words[i]
    shape = "d" if raw.isdigit() else "X" if raw[:1].isupper() else "p" if not raw[:1].isalnum() else "x"
    base = [f"w={ws[j]}", f"p={ws[j - 1]}", f"n={ws[j + 1]}", f"pp={ws[j - 2]}", f"nn={ws[j + 2]}",
            f"pn={ws[j - 1]}_{ws[j + 1]}", f"s={shape}", f"ps={ws[j - 1]}_{shape}", f"i={min(i, 3)}",
            f"r={min(len(words) - 1 - i, 3)}"]  # fmt: skip
    crossed = [f"{intent}|{f}" for f in base[:3] + base[6:]]
    return sorted({_h(f) for f in [*base, *crossed, f"intent={intent}"]})


# Intents that name a direction: their phrasings train the direction model, which then reads the direction
# of comparisons whose intent does not carry one (is the red square *larger* than the blue circle?).
MORE_INTENTS = ("argmax", "compare_more", "choice_more")
LESS_INTENTS = ("argmin", "compare_less", "choice_less")


@dataclass
class Models:
    intents: list[str]
    types: list[str]
    w_intent: np.ndarray  # (n_features, n_intents)
    b_intent: np.ndarray
    w_type: np.ndarray
    b_type: np.ndarray
    w_tag: np.ndarray  # (HASH_DIM + WORD_DIM + 1, n_tags)
    b_tag: np.ndarray
    pca: np.ndarray  # (384, WORD_DIM) projection of word embeddings
    pca_mean: np.ndarray
    w_dir: np.ndarray  # (n_features,) logit of "the greater side" (trained on the directed intents)
    b_dir: float


@lru_cache(maxsize=1)
def load_models() -> Models:
    with resources.files(__package__).joinpath("data/understanding.npz").open("rb") as f:
        z = np.load(f, allow_pickle=False)
        return Models(
            list(z["intents"]), list(z["types"]), z["w_intent"].astype(np.float32), z["b_intent"],
            z["w_type"].astype(np.float32), z["b_type"], z["w_tag"].astype(np.float32), z["b_tag"],
            z["pca"].astype(np.float32), z["pca_mean"], z["w_dir"].astype(np.float32), float(z["b_dir"]),
        )  # fmt: skip


def sentence_matrix(emb: np.ndarray, hashes: list[list[int]]) -> np.ndarray:
    """Dense rows [e5 embedding | hashed words / sqrt(count)] for the sentence classifiers."""
    x = np.zeros((len(hashes), emb.shape[1] + HASH_DIM), np.float32)
    x[:, : emb.shape[1]] = emb
    for r, hs in enumerate(hashes):
        x[r, emb.shape[1] + np.array(hs, dtype=int)] = 1.0 / np.sqrt(max(len(hs), 1))
    return x


def token_matrix(words: list[str], intent: str, word_vecs: np.ndarray) -> np.ndarray:
    x = np.zeros((len(words), HASH_DIM + WORD_DIM + 1), np.float32)
    for i in range(len(words)):
        x[i, token_hashes(words, i, intent)] = 1.0
    x[:, HASH_DIM : HASH_DIM + WORD_DIM] = word_vecs
    x[:, -1] = np.arange(len(words)) / max(len(words) - 1, 1)
    return x


def word_vectors(words: list[str], m: Models) -> np.ndarray:
    if not words:
        return np.zeros((0, WORD_DIM), np.float32)
    vecs = get_embedder().encode([_norm(w) for w in words], "query")
    if vecs.shape[1] != m.pca.shape[0]:
        return np.zeros((len(words), WORD_DIM), np.float32)
    return ((vecs - m.pca_mean) @ m.pca).astype(np.float32)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


@dataclass
class Reading:
    """What the models read from one question: scores per intent and type, a tag per token, and the
    probability that a comparison asks for the greater side."""

    intent_scores: dict[str, float]
    type_scores: dict[str, float]
    tokens: list[tuple[str, int, int]]
    tags: list[str]
    more: float = 0.5
    sign: dict[str, float] = field(default_factory=dict)  # P(up), P(down), P(none): `sign.py`


def target_text(question: str, tokens: list[tuple[str, int, int]], tags: list[str]) -> str:
    """The words the tagger marked (the target first, else any span, else the whole question): the type
    model reads them on their own, so "booking reference" types as a code wherever it is asked."""
    for wanted in ("t", "rckab"):
        picked = [question[a:b] for (_, a, b), t in zip(tokens, tags, strict=True) if t in wanted]
        if picked:
            return " ".join(picked)
    return question


def type_matrix(sent: np.ndarray, span: np.ndarray, words: list[list[str]], spans: list[str]) -> np.ndarray:
    """[question embedding | hashed words | target embedding | hashed target words] for the type model."""
    a = sentence_matrix(sent, [sentence_hashes(w) for w in words])
    b = sentence_matrix(span, [sentence_hashes([t for t, _, _ in tokenise(s)]) for s in spans])
    return np.hstack([a, b])


@lru_cache(maxsize=512)  # the translator and the reasoner both analyse one question; the models run once
def read_question(question: str) -> Reading:
    m = load_models()
    toks = tokenise(question)
    # the models learned the words a symbol standing alone is read as ("fee + tip": a sum's "fee and tip"; not
    # the "+" of C++); spans keep the printed text
    words = [_SPOKEN.get(t, t) if question[a - 1:a] == " " and question[b:b + 1] in (" ", "") else t
             for t, a, b in toks]
    emb = get_embedder().encode([question], "query")
    if emb.shape[1] != m.pca.shape[0]:  # the lexical fallback embedder: hashed words carry the decision
        emb = np.zeros((1, m.pca.shape[0]), np.float32)
    x = sentence_matrix(emb, [sentence_hashes(words)])
    p_int = softmax(x @ m.w_intent + m.b_intent)[0]
    intent = str(m.intents[int(np.argmax(p_int))])
    tags: list[str] = []
    if words:
        xt = token_matrix(words, intent, word_vectors(words, m))
        tags = [TAGS[int(k)] for k in np.argmax(xt @ m.w_tag + m.b_tag, axis=1)]
    span = target_text(question, toks, tags)
    span_emb = get_embedder().encode([span], "query") if emb.any() else np.zeros_like(emb)
    p_typ = softmax(type_matrix(emb, span_emb, [words], [span]) @ m.w_type + m.b_type)[0]
    order = np.argsort(-p_int)
    return Reading(
        {str(m.intents[i]): round(float(p_int[i]), 4) for i in order[:5]},
        {str(m.types[i]): round(float(p_typ[i]), 4) for i in np.argsort(-p_typ)[:5]},
        toks,
        tags,
        float(1.0 / (1.0 + np.exp(-(x @ m.w_dir + m.b_dir)[0]))),
        sign_scores(x[0]),
    )
