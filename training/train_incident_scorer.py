"""Train the incident scorer (``wirecoder.extract.incident_scorer``) on MUC-4 train; save the model.

    python training/train_incident_scorer.py [--records PATH] [--out PATH] [--folds 5]

Without ``--records`` it first runs ``wirecoder evaluate muc4 --split train``
(about 2 minutes on 2 cores) to get the extractor's records of the 1,300
training messages. Each incident that the MUC-4 output would write is
labelled 1 when the full-template scorer maps one of its templates to a key
template of its message, else 0. A logistic regression (scikit-learn, training
only, fixed fold split) is fitted over the incident's features; its inverse
regularisation C and the threshold below which the MUC-4 output leaves an
incident out are chosen out of fold on the training split, by the
ALL TEMPLATES F of the training messages (the dev split is not used).
Needs ``pip install -e .[train]``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np

from wirecoder.evaluate.muc4_eval import split_files
from wirecoder.evaluate.muc4_keys import read_keys
from wirecoder.evaluate.muc4_templates import records_to_templates, templates_by_incident
from wirecoder.evaluate.scoring import full_template, match_templates
from wirecoder.extract.incident_scorer import MODEL_PATH, IncidentScorer, features, matrix
from wirecoder.paths import muc4_dir


def label_record(record: dict, key) -> list[tuple[int, int]]:
    """(incident index, label) for the incidents of a record that the MUC-4 output writes."""
    per_inc = templates_by_incident(record, min_confidence=0.0)
    flat = [(i, t) for i, ts in per_inc for t in ts]
    kt = [t for t in key if t.is_relevant]
    matched = {flat[a][0] for a, _ in match_templates(kt, [t for _, t in flat])[0]}
    return [(i, int(i in matched)) for i, _ in per_inc]


def all_templates_f(records, keys, probs: dict, threshold: float) -> float:
    msgs = []
    for rec in records:
        kept = dict(rec, incidents=[inc for i, inc in enumerate(rec["incidents"])
                                    if probs.get((rec["doc_id"], i), 1.0) >= threshold])
        msgs.append((keys.get(rec["doc_id"], []), records_to_templates(kept, min_confidence=0.0)))
    return full_template(msgs)["summary"]["ALL TEMPLATES"]["f"]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=Path, help="records.jsonl of `wirecoder evaluate muc4 --split train`")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression

    t0 = time.time()
    if args.records is None:
        from wirecoder.evaluate.muc4_eval import evaluate

        tmp = Path(tempfile.mkdtemp())
        evaluate(*split_files("train", muc4_dir()), tmp)
        args.records = tmp / "records.jsonl"
    records = [json.loads(line) for line in open(args.records, encoding="utf-8")]
    _, key_files = split_files("train", muc4_dir())
    keys = {}
    for f in key_files:
        keys.update(read_keys(f))
    records = [r for r in records if r["doc_id"] in keys]
    if not records:
        raise SystemExit(f"no MUC-4 training messages with keys under {muc4_dir()} (set WIRECODER_SHARED)")
    rows, labels, ids, groups = [], [], [], []
    for d, rec in enumerate(records):
        for i, y in label_record(rec, keys[rec["doc_id"]]):
            rows.append(features(rec["incidents"][i], rec, i))
            labels.append(y)
            ids.append((rec["doc_id"], i))
            groups.append(d)
    X, y, groups = matrix(rows), np.array(labels), np.array(groups)
    print(f"{len(records)} messages, {len(y)} incidents, {y.mean():.1%} matched to a key template")
    fold = groups % args.folds   # messages in file order, dealt round-robin: a fixed split
    best = None
    for C in (0.03, 0.1, 0.3, 1.0):
        oof = np.zeros(len(y))
        for k in range(args.folds):
            tr, te = fold != k, fold == k
            m = LogisticRegression(C=C, max_iter=2000, random_state=0).fit(X[tr], y[tr])
            oof[te] = m.predict_proba(X[te])[:, 1]
        probs = dict(zip(ids, oof))
        for th in (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
            f = all_templates_f(records, keys, probs, th)
            print(f"C {C:<5} threshold {th:.2f}: ALL TEMPLATES F {f:.1f}")
            if best is None or f > best[0]:
                best = (f, C, th)
    f, C, th = best
    print(f"chosen C {C}, threshold {th} (out-of-fold ALL TEMPLATES F {f:.1f}, "
          f"all incidents kept: {all_templates_f(records, keys, {}, 0.0):.1f})")
    m = LogisticRegression(C=C, max_iter=2000, random_state=0).fit(X, y)
    IncidentScorer(m.coef_[0], m.intercept_[0], th).save(args.out)
    print(f"saved {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
