"""Train the document relevance model (``wirecoder.extract.relevance``) on MUC-4 train; save it.

    python training/train_relevance.py [--out PATH] [--folds 5] [--oof PATH] [--limit N]

Reads the 1,300 training messages (cleaned as the pipeline cleans them, no
spaCy) and their keys: a message is relevant when its key holds a template
that is not the "*" irrelevant one. A logistic regression (scikit-learn,
training only) over the hashed unigrams and bigrams of each message; its
inverse regularisation C is chosen by out-of-fold log loss, 5 folds by message
dealt round-robin in file order (the same split as
``training/train_incident_scorer.py``, so that the incident scorer's
out-of-fold relevance comes from a model that never saw the message).
Columns seen in fewer than ``MIN_DF`` training messages are left out (a name
told in one or two messages says nothing of the next report). ``--oof``
writes the out-of-fold probabilities (JSON, message id -> probability), which
the incident scorer's training script computes itself too
(``out_of_fold``). A few seconds; deterministic (liblinear, fixed split).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from wirecoder.extract.relevance import MODEL_PATH, RelevanceModel, matrix

MIN_DF = 3
CS = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0)


def training_messages(limit: int | None = None) -> tuple[list[str], list[str], np.ndarray]:
    """(message ids, cleaned texts, labels) of the MUC-4 training messages that have keys."""
    from wirecoder.clean import clean
    from wirecoder.evaluate.muc4_eval import split_files
    from wirecoder.evaluate.muc4_keys import read_keys
    from wirecoder.ingest import iter_documents
    from wirecoder.paths import muc4_dir

    texts_files, key_files = split_files("train", muc4_dir())
    keys = {}
    for f in key_files:
        keys.update(read_keys(f))
    ids, texts, labels = [], [], []
    for raw in iter_documents(texts_files):
        if getattr(raw, "doc_id", None) not in keys:
            continue
        ids.append(raw.doc_id)
        texts.append(clean(raw).text)
        labels.append(int(any(t.is_relevant for t in keys[raw.doc_id])))
        if limit and len(ids) >= limit:
            break
    return ids, texts, np.array(labels)


def _fit(X, y, C: float, keep: np.ndarray):
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=C, solver="liblinear", max_iter=1000, random_state=0).fit(X[:, keep], y)
    coef = np.zeros(X.shape[1])
    coef[keep] = m.coef_[0]
    return RelevanceModel(coef.astype(np.float16), m.intercept_[0])


def _columns(X, min_df: int) -> np.ndarray:
    return np.flatnonzero(np.asarray((X > 0).sum(axis=0)).ravel() >= min_df)


def out_of_fold(X, y, C: float, folds: int, min_df: int = MIN_DF) -> np.ndarray:
    """Each message's probability from the model fitted on the other folds (messages dealt round-robin)."""
    fold = np.arange(len(y)) % folds
    oof = np.zeros(len(y))
    for k in range(folds):
        tr, te = fold != k, fold == k
        model = _fit(X[tr], y[tr], C, _columns(X[tr], min_df))
        oof[te] = [_prob(model, X[i]) for i in np.flatnonzero(te)]
    return oof


def _prob(model: RelevanceModel, row) -> float:
    z = model.intercept + float(np.dot(model.coef[row.indices], row.data))
    return 1.0 / (1.0 + np.exp(-z))


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def train(ids, texts, y, folds: int = 5, min_df: int = MIN_DF, cs=CS) -> tuple[RelevanceModel, dict, float]:
    """The model fitted on every message with C chosen out of fold, the out-of-fold probabilities at that C,
    and the C."""
    X = matrix(texts)
    best = None
    for C in cs:
        oof = out_of_fold(X, y, C, folds, min_df)
        loss = log_loss(y, oof)
        acc = float(np.mean((oof >= 0.5) == y))
        print(f"C {C:<5}: out-of-fold log loss {loss:.4f}, accuracy {acc:.1%}")
        if best is None or loss < best[0]:
            best = (loss, C, oof)
    _, C, oof = best
    return _fit(X, y, C, _columns(X, min_df)), dict(zip(ids, map(float, oof))), C


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--oof", type=Path, help="write the out-of-fold probabilities here (JSON)")
    ap.add_argument("--limit", type=int, help="only the first N messages (a smoke test)")
    args = ap.parse_args(argv)
    if args.folds < 2:
        ap.error(f"--folds must be at least 2 (got {args.folds})")
    t0 = time.time()
    ids, texts, y = training_messages(args.limit)
    if not ids:
        raise SystemExit("no MUC-4 training messages with keys (set WIRECODER_SHARED)")
    if len(set(y.tolist())) < 2:
        raise SystemExit(f"the {len(ids)} training messages are all {'relevant' if y[0] else 'irrelevant'}: "
                         "nothing to learn (raise --limit)")
    print(f"{len(ids)} messages, {y.mean():.1%} relevant")
    try:
        model, oof, C = train(ids, texts, y, args.folds)
    except ValueError as e:   # a fold too small to fit ("Found array with 0 feature(s)")
        raise SystemExit(f"cannot train on {len(ids)} messages in {args.folds} folds: {e} (raise --limit)") from None
    print(f"chosen C {C}")
    try:
        model.save(args.out)
        if args.oof:
            args.oof.write_text(json.dumps(oof, indent=0, sort_keys=True))
    except OSError as e:
        raise SystemExit(f"cannot write {e.filename}: {e.strerror}") from None
    print(f"saved {args.out} ({args.out.stat().st_size / 1e6:.2f} MB) in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
