"""Train the role-filler classifier on MUC-4 train; choose thresholds on dev; save the model.

    python training/train_role_fillers.py [--limit N] [--out PATH]

Candidates (``wirecoder.extract.candidates``) of each training message are
labelled with the MUC role whose key strings (any alternative, normalised as
the CEAF-REE scorer normalises) equal the candidate's words, or for targets
and victim descriptions the words the extractor writes for it without its
count (``--counted-labels``: the candidate's own words only, as before); a multinomial
logistic regression (scikit-learn, training only) is fitted with a fixed seed;
each role's probability threshold is the one that maximises that role's
candidate-level F1 on the dev split. Needs ``pip install -e .[train]``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from wirecoder.evaluate.muc4_keys import ROLE_PRIORITY, role_strings, read_keys
from wirecoder.evaluate.scoring import norm
from wirecoder.extract import Extractor
from wirecoder.extract.candidates import candidates
from wirecoder.extract.learned import MODEL_PATH, ROLES, RoleFillerModel, rows_to_matrix
from wirecoder.paths import muc4_dir

UNCOUNTED = True


def label_of(cand, gold: dict[str, set[str]], sdoc, text: str, *, uncounted: bool = True) -> str:
    """The role whose key strings (normalised) equal the candidate's words; for a target or a victim
    description also the words the extractor writes for it, without its count (``Extractor._uncounted``:
    "two vehicles" fills the key's "VEHICLES")."""
    n = norm(cand.text)
    label = next((r for r in ROLE_PRIORITY if n in gold[r]), "none")
    if label == "none" and uncounted:
        u = norm(Extractor._uncounted(sdoc, text, cand).text)
        label = next((r for r in ("VictimDesc", "Target") if u in gold[r]), "none")
    return label


def build(text_files, key_files, limit=None):
    """(feature rows, labels, per-doc candidate lists) for the messages of the files."""
    from wirecoder import nlp
    from wirecoder.clean import clean
    from wirecoder.ingest import iter_documents

    keys = {}
    for f in key_files:
        keys.update(read_keys(f))
    raws = [r for r in iter_documents(text_files) if hasattr(r, "doc_id") and r.doc_id in keys]
    if limit:
        raws = raws[:limit]
    docs = [clean(r) for r in raws]
    sdocs = nlp.analyse_many(nlp.load(), docs)
    rows, labels, per_doc = [], [], []
    for d, s in zip(docs, sdocs):
        gold = role_strings(keys[d.doc_id], norm)
        cands = candidates(s, d.text, start_at=d.dateline.end if d.dateline else 0)
        per_doc.append((d.doc_id, cands, gold))
        for c in cands:
            label = label_of(c, gold, s, d.text, uncounted=UNCOUNTED)
            rows.append(c.features)
            labels.append(ROLES.index(label))
    return rows, np.array(labels), per_doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--C", type=float, default=0.5)
    ap.add_argument("--counted-labels", action="store_true",
                    help="label candidates by their own words only (before: also by their uncounted words)")
    args = ap.parse_args()
    global UNCOUNTED
    UNCOUNTED = not args.counted_labels
    from sklearn.linear_model import LogisticRegression

    m = muc4_dir()
    t0 = time.time()
    rows, y, _ = build(sorted((m / "train").glob("dev-muc3-*")), sorted((m / "train").glob("key-dev-*.muc4")),
                       args.limit)
    print(f"train: {len(rows)} candidates, positives per role "
          f"{ {ROLES[k]: int((y == k).sum()) for k in range(1, len(ROLES))} } ({time.time() - t0:.0f}s)")
    x = rows_to_matrix(rows)
    clf = LogisticRegression(C=args.C, max_iter=300, random_state=0)
    clf.fit(x, y)
    coef = np.zeros((len(ROLES), x.shape[1]), dtype=np.float32)
    intercept = np.zeros(len(ROLES), dtype=np.float32)
    for i, k in enumerate(clf.classes_):
        coef[k] = clf.coef_[i]
        intercept[k] = clf.intercept_[i]
    model = RoleFillerModel(coef, intercept, np.full(len(ROLES), 0.5, dtype=np.float32))
    print(f"fitted ({time.time() - t0:.0f}s); choosing thresholds on dev")
    drows, dy, _ = build([m / "dev" / "tst1-muc3", m / "dev" / "tst2-muc4"],
                         [m / "dev" / "key-tst1.v7", m / "dev" / "key-tst2.v4"], args.limit)
    probs = model.probabilities(drows)
    best = np.full(len(ROLES), 0.5, dtype=np.float32)
    for k in range(1, len(ROLES)):
        top = probs[:, 1:].argmax(axis=1) + 1 == k
        scores = []
        for thr in np.arange(0.15, 0.9, 0.025):  # below 0.15 the document-level scores fall
            pred = top & (probs[:, k] >= thr)
            tp = int((pred & (dy == k)).sum())
            p = tp / max(1, int(pred.sum()))
            r = tp / max(1, int((dy == k).sum()))
            scores.append((2 * p * r / (p + r) if p + r else 0.0, thr, p, r))
        f, thr, p, r = max(scores)
        best[k] = thr
        print(f"  {ROLES[k]:8s} threshold {thr:.3f}  candidate P {p:.2f} R {r:.2f} F {f:.2f}")
    model.thresholds = best
    model.save(args.out)
    print(f"saved {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
