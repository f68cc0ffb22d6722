"""The learned role-filler classifier: which candidate mentions fill which MUC role.

A multinomial logistic regression over hashed candidate features
(``candidates.py``), trained on the MUC-4 training keys by
``training/train_role_fillers.py`` and shipped in
``src/wirecoder/models/role_fillers.npz``. Inference is a sparse dot product
in numpy: no torch, no scikit-learn at run time. The feature hash is CRC-32,
the same in training and extraction.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from wirecoder.paths import MODELS_DIR

ROLES = ("none", "PerpInd", "PerpOrg", "Target", "Victim", "Weapon", "VictimDesc")
N_FEATURES = 2 ** 18
MODEL_PATH = MODELS_DIR / "role_fillers.npz"


@lru_cache(maxsize=200_000)
def _crc(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8"))


def feature_index(feature: str, n_features: int = N_FEATURES) -> int:
    return _crc(feature) % n_features


_INDEX: dict[str, int] = {}   # feature -> its column in N_FEATURES, remembered (features repeat across documents)


def _indices(feats: list[str], n_features: int) -> list[int]:
    if n_features != N_FEATURES:
        return sorted({feature_index(f, n_features) for f in feats})
    index = _INDEX
    missing = [f for f in feats if f not in index]
    if missing:
        if len(index) + len(missing) > 200_000:   # a bound for a long-running process
            index.clear()
            missing = feats
        for f in missing:
            index[f] = _crc(f) % N_FEATURES
    return sorted(set(map(index.__getitem__, feats)))


def rows_to_matrix(rows: list[list[str]], n_features: int = N_FEATURES):
    """A CSR matrix (one row per candidate) of binary features hashed into ``n_features`` columns."""
    from scipy.sparse import csr_matrix

    indptr, indices = [0], []
    for feats in rows:
        idx = _indices(feats, n_features)
        indices.extend(idx)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    return csr_matrix((data, np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int64)),
                      shape=(len(rows), n_features))


class RoleFillerModel:
    def __init__(self, coef: np.ndarray, intercept: np.ndarray, thresholds: np.ndarray):
        self.coef = coef.astype(np.float32)          # (n_roles, N_FEATURES)
        self._coef_t = np.ascontiguousarray(self.coef.T)  # (N_FEATURES, n_roles), for the sparse product
        self.intercept = intercept.astype(np.float32)
        self.thresholds = thresholds.astype(np.float32)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "RoleFillerModel":
        z = np.load(path)
        return cls(z["coef"], z["intercept"], z["thresholds"])

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, coef=self.coef.astype(np.float16), intercept=self.intercept,
                            thresholds=self.thresholds)

    def probabilities(self, rows: list[list[str]]) -> np.ndarray:
        if not rows:
            return np.zeros((0, len(ROLES)), dtype=np.float32)
        x = rows_to_matrix(rows)
        logits = np.asarray(x @ self._coef_t) + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, cands) -> list[tuple[str, object, float]]:
        """(role, candidate, probability) for candidates whose best role clears its threshold,
        keeping the most probable of overlapping candidates."""
        probs = self.probabilities([c.features for c in cands])
        picked = []
        for c, p in zip(cands, probs):
            k = int(p[1:].argmax()) + 1
            if p[k] >= self.thresholds[k]:
                picked.append((ROLES[k], c, float(p[k])))
        picked.sort(key=lambda x: -x[2])
        kept, taken = [], []
        for role, c, p in picked:
            if any(not (c.end <= s or c.start >= e) for s, e in taken):
                continue
            taken.append((c.start, c.end))
            kept.append((role, c, p))
        return sorted(kept, key=lambda x: x[1].start)


@lru_cache(maxsize=1)
def default_model() -> RoleFillerModel | None:
    return RoleFillerModel.load() if MODEL_PATH.exists() else None
