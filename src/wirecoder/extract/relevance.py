"""How likely a whole report tells of an act of political violence a coder would record: its relevance.

A document-level logistic regression over the report's words (lowercased
unigrams and bigrams, each counted once, the row scaled to unit length),
trained on the 1,300 MUC-4 training messages by
``training/train_relevance.py``: a message is relevant when its key holds a
template that is not the "*" irrelevant one. It is other evidence than the
incident scorer's features, which see one incident's record and its evidence
sentences: a report of a court case, of talk about violence in general or of
an act abroad reads differently as a whole from a report of an attack. The
incident scorer's veto uses it (``incident_scorer.RELEVANCE_GATE``): a report
it puts under 0.2 keeps no incident that the MUC-4 output leaves out. (As a
feature of the incident scorer, out of fold on train, it moved nothing:
docs/RESULTS.md, "Round 5: relevance".) MUC-4 dev: AUC 0.83 over the 200
messages.

Shipped in ``src/wirecoder/models/relevance.npz`` (float16 weights over
hashed columns); inference is a few hundred dictionary look-ups in numpy,
no spaCy: 0.07 s of CPU for the 200 dev messages.
"""

from __future__ import annotations

import math
import re
import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from wirecoder.paths import MODELS_DIR

N_FEATURES = 2 ** 18
MODEL_PATH = MODELS_DIR / "relevance.npz"
_WORD = re.compile(r"[a-z][a-z'\-]*|\d+")
_NUMBER = re.compile(r"\d+")


def tokens(text: str) -> list[str]:
    """The report's words, lowercased, numbers as one token."""
    return ["<num>" if _NUMBER.fullmatch(w) else w for w in _WORD.findall(text.lower())]


def features(text: str) -> list[str]:
    """The report's distinct unigrams and bigrams."""
    toks = tokens(text)
    return sorted(set(toks) | {f"{a} {b}" for a, b in zip(toks, toks[1:])})


def indices(text: str) -> np.ndarray:
    """The hashed columns of the report's features (distinct, sorted; CRC-32 as ``learned`` hashes, without
    its cache: a report's words seldom repeat in the next)."""
    return np.unique(np.fromiter((zlib.crc32(f.encode('utf-8')) % N_FEATURES for f in features(text)), dtype=np.int64))


def matrix(texts: list[str]):
    """The training matrix: one unit-length binary row per report."""
    from scipy.sparse import csr_matrix

    indptr, cols, vals = [0], [], []
    for t in texts:
        idx = indices(t)
        cols.extend(idx.tolist())
        vals.extend([1.0 / math.sqrt(max(1, len(idx)))] * len(idx))
        indptr.append(len(cols))
    return csr_matrix((np.array(vals), np.array(cols), np.array(indptr)), shape=(len(texts), N_FEATURES))


class RelevanceModel:
    def __init__(self, coef: np.ndarray, intercept: float):
        self.coef = coef.astype(np.float32).ravel()
        self.intercept = float(intercept)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "RelevanceModel":
        z = np.load(path)
        return cls(z["coef"], float(z["intercept"]))

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, coef=self.coef.astype(np.float16), intercept=np.float32(self.intercept))

    def probability(self, text: str) -> float:
        idx = indices(text)
        if not len(idx):
            return 1.0 / (1.0 + math.exp(-self.intercept))
        z = self.intercept + float(self.coef[idx].sum()) / math.sqrt(len(idx))
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def default_model() -> RelevanceModel | None:
    """The shipped model, or None where it is not shipped."""
    return RelevanceModel.load() if MODEL_PATH.exists() else None
