"""Train the question models from `data/intents.jsonl` and write `data/understanding.npz`.

    OMP_NUM_THREADS=1 python -m seeingeye.agents.train [--report benchmarks/results/understanding.json]
        [--dev benchmarks/realistic/dev/manifest.jsonl]

Recipe: every phrasing plus three noisy variants (lower case without punctuation, a conversational frame
around it, one transposed letter) so the models see how people type; logistic regression (scikit-learn,
L2) for intent and answer type over [e5 sentence embedding | hashed words], and a per-token logistic
tagger over hashed context features crossed with the intent. Accuracy is measured on held-out folds of
*blocks* of phrasings (each block of five was written together in one register), so a fold never holds
a sibling of a training phrasing; the noisy variants of held-out phrasings never enter training.
Deterministic (fixed seed). Training needs scikit-learn; inference (`understand.py`) needs only numpy.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression

from ..models.embed import get_embedder
from .intents import TAGS, Example, examples, load_intents, spans_of, tokenise
from .understand import (
    HASH_DIM,
    LESS_INTENTS,
    MORE_INTENTS,
    WORD_DIM,
    _norm,
    sentence_hashes,
    sentence_matrix,
    target_text,
    token_hashes,
    type_matrix,
)

FOLDS = 5
_FRAMES = (("can you tell me ", ""), ("hey, ", ""), ("pls ", ""), ("", " on this"), ("", " in the image?"),
           ("quick one: ", ""), ("", " thanks"), ("i need ", ""), ("", " pls"), ("ok so ", "?"))  # fmt: skip


def _retag(ex: Example, text: str, shift: int) -> Example:
    toks = tokenise(text)
    old = {(a + shift, b + shift): t for (_, a, b), t in zip(ex.tokens, ex.tags, strict=True)}
    tags = [old.get((a, b), "O") for _, a, b in toks]
    return Example(ex.intent, ex.answer_type, text, toks, tags, ex.group)


def variants(ex: Example, rng: random.Random) -> list[Example]:
    """Noisy copies with the same labels: how a question is typed, not what it asks."""
    out = [_retag(ex, ex.text.lower().rstrip("?.! "), 0)]
    pre, post = rng.choice(_FRAMES)
    body = ex.text.rstrip("?") if post else ex.text[:1].lower() + ex.text[1:]
    out.append(_retag(ex, pre + body + post, len(pre)))
    long_words = [(a, b) for w, a, b in ex.tokens if len(w) >= 5 and w.isalpha()]
    if long_words:
        a, b = rng.choice(long_words)
        k = rng.randrange(a + 1, b - 1)
        t = ex.text
        out.append(_retag(ex, t[:k] + t[k + 1] + t[k] + t[k + 2 :], 0))
    return out


def _sent_x(exs: list[Example], cache: dict[str, np.ndarray]) -> np.ndarray:
    emb = np.stack([cache[e.text] for e in exs])
    return sentence_matrix(emb, [sentence_hashes([w for w, _, _ in e.tokens]) for e in exs])


def _type_x(exs: list[Example], sent: dict[str, np.ndarray], tags: list[list[str]]) -> np.ndarray:
    spans = [target_text(e.text, e.tokens, t) for e, t in zip(exs, tags, strict=True)]
    missing = [s for s in dict.fromkeys(spans) if s not in sent]
    if missing:
        sent.update(zip(missing, get_embedder().encode(missing, "query"), strict=True))
    return type_matrix(np.stack([sent[e.text] for e in exs]), np.stack([sent[s] for s in spans]),
                       [[w for w, _, _ in e.tokens] for e in exs], spans)  # fmt: skip


def _tok_x(exs: list[Example], intents: list[str], words: dict[str, np.ndarray]) -> sparse.csr_matrix:
    rows, cols, vals, dense = [], [], [], []
    r = 0
    for e, intent in zip(exs, intents, strict=True):
        ws = [w for w, _, _ in e.tokens]
        for i in range(len(ws)):
            hs = token_hashes(ws, i, intent)
            rows += [r] * len(hs)
            cols += hs
            vals += [1.0] * len(hs)
            dense.append(np.r_[words[_norm(ws[i])], i / max(len(ws) - 1, 1)])
            r += 1
    hashed = sparse.csr_matrix((vals, (rows, cols)), shape=(r, HASH_DIM))
    return sparse.hstack([hashed, sparse.csr_matrix(np.array(dense, np.float32))]).tocsr()


def _fit(x: np.ndarray | sparse.csr_matrix, y: list[str], c: float) -> LogisticRegression:
    # Balanced: the look-up intent has far more phrasings than the others; its prior must not swallow them.
    return LogisticRegression(C=c, max_iter=600, class_weight="balanced").fit(x, y)


def _encode(exs: list[Example]) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], PCA]:
    emb = get_embedder()
    texts = sorted({e.text for e in exs})
    sent = dict(zip(texts, emb.encode(texts, "query"), strict=True))
    vocab = sorted({_norm(w) for e in exs for w, _, _ in e.tokens})
    wv = emb.encode(vocab, "query")
    pca = PCA(WORD_DIM, random_state=0).fit(wv)
    words = dict(zip(vocab, pca.transform(wv).astype(np.float32), strict=True))
    return sent, words, pca


class Trained:
    def __init__(self, train: list[Example], sent: dict, words: dict) -> None:
        x = _sent_x(train, sent)
        self.intent = _fit(x, [e.intent for e in train], 4.0)
        # The type model decides only for intents whose phrasings ask for varied types (see analyse()).
        free = [e for e in train if e.intent in typed_intents()]
        self.atype = _fit(_type_x(free, sent, [e.tags for e in free]), [e.answer_type for e in free], 4.0)
        self.tagger = _fit(_tok_x(train, [e.intent for e in train], words), [t for e in train for t in e.tags], 2.0)
        directed = [e for e in train if e.intent in MORE_INTENTS + LESS_INTENTS]
        self.direction = _fit(_sent_x(directed, sent), [int(e.intent in MORE_INTENTS) for e in directed], 4.0)

    def predict(self, exs: list[Example], sent: dict, words: dict) -> tuple[list[str], list[str], list[list[str]]]:
        x = _sent_x(exs, sent)
        intents = list(self.intent.predict(x))
        flat = list(self.tagger.predict(_tok_x(exs, intents, words)))
        tags, k = [], 0
        for e in exs:
            tags.append(flat[k : k + len(e.tokens)])
            k += len(e.tokens)
        types = list(self.atype.predict(_type_x(exs, sent, tags)))
        return intents, types, tags


@lru_cache(maxsize=1)
def typed_intents() -> frozenset[str]:
    return frozenset(i.name for i in load_intents() if any(x.startswith("@") for x in i.examples))


def effective_type(intent: str, predicted: str) -> str:
    """The type analyse() uses: the intent's own when its phrasings never vary it, else the model's."""
    default = {i.name: i.answer_type for i in load_intents()}
    return predicted if intent in typed_intents() else default.get(intent, predicted)


def _scores(exs: list[Example], intents: list[str], types: list[str], tags: list[list[str]]) -> dict[str, float]:
    op = {i.name: i.operator for i in load_intents()}
    gold_spans = [spans_of(e.text, e.tokens, e.tags) for e in exs]
    pred_spans = [spans_of(e.text, e.tokens, t) for e, t in zip(exs, tags, strict=True)]
    tp = sum(g == p != "O" for e, t in zip(exs, tags, strict=True) for g, p in zip(e.tags, t, strict=True))
    n_gold = sum(g != "O" for e in exs for g in e.tags)
    n_pred = sum(p != "O" for t in tags for p in t)
    prec, rec = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return {
        "n": len(exs),
        "intent_acc": float(np.mean([e.intent == p for e, p in zip(exs, intents, strict=True)])),
        "operator_acc": float(np.mean([op[e.intent] == op[p] for e, p in zip(exs, intents, strict=True)])),
        "answer_type_acc": float(np.mean([e.answer_type == effective_type(i, t)
                                          for e, i, t in zip(exs, intents, types, strict=True)])),
        "span_token_f1": 2 * prec * rec / max(prec + rec, 1e-9),
        "spans_exact": float(np.mean([g == p for g, p in zip(gold_spans, pred_spans, strict=True)])),
    }


def cross_validate(base: list[Example], noisy: dict[int, list[Example]], sent: dict, words: dict) -> dict:
    """Each fold holds out whole blocks of phrasings (and their noisy copies); scored on clean and noisy."""
    folds = []
    for f in range(FOLDS):
        held = [i for i, e in enumerate(base) if e.group % FOLDS == f]
        held_set = set(held)
        train = [x for i, e in enumerate(base) if i not in held_set for x in (e, *noisy[i])]
        model = Trained(train, sent, words)
        clean = [base[i] for i in held]
        dirty = [x for i in held for x in noisy[i]]
        folds.append({"clean": _scores(clean, *model.predict(clean, sent, words)),
                      "noisy": _scores(dirty, *model.predict(dirty, sent, words))})  # fmt: skip
    mean = {k: {m: round(float(np.mean([fd[k][m] for fd in folds])), 4) for m in folds[0][k]} for k in folds[0]}
    return {"folds": FOLDS, "fold_unit": "block of 5 phrasings per intent", "mean": mean}


_DEV_OPERATOR = {"lookup": "lookup", "count": "count", "max": "max", "min": "min", "exists": "exists",
                 "title": "read", "chart_series_x": "lookup", "chart_x": "lookup", "nth": "nth",
                 "diff": "arithmetic", "sum": "arithmetic", "fill_colour": "colour", "button_colour": "colour",
                 "which_more": "compare", "error": "lookup", "priciest": "max", "cheapest": "min",
                 "total": "lookup", "version": "lookup", "pie_slice": "lookup", "checked": "state",
                 "radio": "state", "next_step": "next", "item_price": "lookup"}  # fmt: skip


def dev_check(model: Trained, manifest: Path, words: dict) -> dict:
    """Operator and answer-type agreement on the dev split's own questions (never trained on)."""
    op = {i.name: i.operator for i in load_intents()}
    rows = [json.loads(x) for x in manifest.read_text().splitlines() if x.strip()]
    rows = [r for r in rows if r.get("intent") in _DEV_OPERATOR]
    exs = [Example("?", "?", r["question"], tokenise(r["question"]), [], 0) for r in rows]
    sent = dict(zip([e.text for e in exs], get_embedder().encode([e.text for e in exs], "query"), strict=True))
    for e in exs:
        for w, _, _ in e.tokens:
            words.setdefault(_norm(w), np.zeros(WORD_DIM, np.float32))
    intents, types, _ = model.predict(exs, sent, {k: v for k, v in words.items()})
    typed = [(r, effective_type(i, t)) for r, i, t in zip(rows, intents, types, strict=True)
             if r["answer_type"] not in ("approx", "mcq")]  # fmt: skip
    misses = Counter(f"{r['intent']}->{op[p]}" for r, p in zip(rows, intents, strict=True)
                     if op[p] != _DEV_OPERATOR[r["intent"]])  # fmt: skip
    return {
        "n": len(rows),
        "operator_acc": round(float(np.mean([op[p] == _DEV_OPERATOR[r["intent"]] for r, p in zip(rows, intents,
                                                                                             strict=True)])), 4),
        "answer_type_acc": round(float(np.mean([r["answer_type"] == t for r, t in typed])), 4),
        "operator_confusions": dict(misses.most_common(12)),
    }


def gate_check(model: Trained, words: dict) -> list[str]:
    """The gate's questions the model misreads: phrasings earlier retrains lost, each with the intents that
    answer it (and its answer type where that matters). A retrain that misreads any of them is not kept."""
    gate = [json.loads(x) for x in (Path(__file__).parent / "data" / "intent_gate.jsonl").read_text().splitlines()
            if x.strip()]
    exs = [Example("?", "?", g["question"], tokenise(g["question"]), [], 0) for g in gate]
    sent = dict(zip([e.text for e in exs], get_embedder().encode([e.text for e in exs], "query"), strict=True))
    for e in exs:
        for w, _, _ in e.tokens:
            words.setdefault(_norm(w), np.zeros(WORD_DIM, np.float32))
    intents, types, _ = model.predict(exs, sent, words)
    return [f"{g['question']!r}: {i}/{effective_type(i, t)}" for g, i, t in zip(gate, intents, types, strict=True)
            if i not in g["intent"] or g.get("answer_type") not in (None, effective_type(i, t))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / "understanding.npz")
    ap.add_argument("--report", type=Path)
    ap.add_argument("--dev", type=Path)
    ap.add_argument("--keep-gate-misses", action="store_true",
                    help="write the weights even when the model misreads gate questions (data/intent_gate.jsonl)")
    args = ap.parse_args()
    rng = random.Random(16)
    base = examples()
    noisy = {i: variants(e, rng) for i, e in enumerate(base)}
    sent, words, pca = _encode(base + [x for v in noisy.values() for x in v])
    report: dict = {"phrasings_per_intent": dict(Counter(e.intent for e in base)), "phrasings": len(base)}
    report["cross_validation"] = cross_validate(base, noisy, sent, words)
    model = Trained([x for i, e in enumerate(base) for x in (e, *noisy[i])], sent, words)
    if args.dev:
        report["dev_questions"] = dev_check(model, args.dev, dict(words))
    misses = gate_check(model, dict(words))
    report["gate"] = {"misread": misses}
    if misses and not args.keep_gate_misses:
        print(json.dumps(report, indent=1))
        raise SystemExit(f"{len(misses)} gate question(s) misread; weights not written:\n  " + "\n  ".join(misses))
    t = model.tagger
    tag_w = np.zeros((HASH_DIM + WORD_DIM + 1, len(TAGS)), np.float32)
    tag_b = np.full(len(TAGS), -30.0, np.float32)
    for j, tag in enumerate(t.classes_):  # columns in TAGS order, whatever order sklearn kept
        tag_w[:, TAGS.index(tag)] = t.coef_[j]
        tag_b[TAGS.index(tag)] = t.intercept_[j]
    np.savez_compressed(
        args.out, intents=np.array(model.intent.classes_), types=np.array(model.atype.classes_),
        w_intent=model.intent.coef_.T.astype(np.float16), b_intent=model.intent.intercept_.astype(np.float32),
        w_type=model.atype.coef_.T.astype(np.float16), b_type=model.atype.intercept_.astype(np.float32),
        w_tag=tag_w.astype(np.float16), b_tag=tag_b, pca=pca.components_.T.astype(np.float32),
        pca_mean=pca.mean_.astype(np.float32), w_dir=model.direction.coef_[0].astype(np.float16),
        b_dir=np.float32(model.direction.intercept_[0]),
    )  # fmt: skip
    print(json.dumps(report, indent=1))
    if args.report:
        args.report.write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
