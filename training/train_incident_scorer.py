"""Train the incident scorer (``wirecoder.extract.incident_scorer``) on MUC-4 train; save the model.

    python training/train_incident_scorer.py [--records PATH] [--dev-records PATH] [--out PATH]
                                             [--folds 5] [--threshold-on dev|train]

Without ``--records`` it first runs the extractor over the 1,300 training
messages (about 2 minutes on 2 cores), and without ``--dev-records`` over the
200 dev messages, both with the scorer's veto off (``Extractor.veto``: the
incidents that the role-filler classifier opens are kept whatever the scorer
says), so that the records, and the model trained on them, do not depend on
the scorer being replaced. Each incident that the MUC-4 output would write is
labelled 1 when the full-template scorer maps one of its templates to a key
template of its message and at least half the training split's ALL TEMPLATES
F (with every incident kept) of its templates' fills score right, else 0 (the
share under which writing a template lowers F: ``label_record``). A logistic regression (scikit-learn, training
only, fixed fold split) is fitted over the incident's features; its inverse
regularisation C is chosen out of fold on the training split by the ALL
TEMPLATES F of the training messages. The threshold below which the MUC-4
output leaves an incident out, and the veto threshold below which the
extractor drops an incident only the classifier saw, are chosen on the dev
split, as every other decision of this project: the pair with the best ALL
TEMPLATES F, each threshold with the lowest veto that leaves at least
``MIN_QUIET`` of dev's irrelevant messages without an incident (what
``tests/extract/test_muc4_dev.py`` asks). ``--threshold-on train`` chooses it
out of fold on train instead (no dev extraction; for quick runs). Needs
``pip install -e .[train]``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from wirecoder.evaluate.muc4_eval import read_records, split_files
from wirecoder.evaluate.muc4_keys import read_keys
from wirecoder.evaluate.muc4_templates import records_to_templates, templates_by_incident
from wirecoder.evaluate.scoring import SLOTS, full_template, match_templates, score_slot
from wirecoder.extract.incident_scorer import MODEL_PATH, IncidentScorer, doubted, features, matrix, vetoed
from wirecoder.paths import muc4_dir


def label_record(record: dict, key, min_share: float = 0.0) -> list[tuple[int, int]]:
    """(incident index, label) for the incidents of a record that the MUC-4 output writes: 1 when the scorer
    maps one of its templates to a key template and the slot fills it scores right (correct, and half the
    partial) are at least ``min_share`` of all the fills its templates give.

    A template adds its right fills to the ALL TEMPLATES numerator and all its fills to the response count,
    so outputting it raises F only when its share of right fills exceeds half the F the rest scores (F =
    2 * right / (key fills + response fills)); a template mapped to a key on its type and little else
    lowers it. ``main`` passes half the training split's ALL TEMPLATES F with every incident kept."""
    per_inc = templates_by_incident(record, min_confidence=0.0)
    flat = [(i, t) for i, ts in per_inc for t in ts]
    kt = [t for t in key if t.is_relevant]
    pairs, counts = match_templates(kt, [t for _, t in flat])
    to_key = dict(pairs)
    right = {i: 0.0 for i, _ in per_inc}
    given = {i: 0 for i, _ in per_inc}
    matched = set()
    for a, (i, t) in enumerate(flat):
        if a in to_key:
            matched.add(i)
            cs = counts[a, to_key[a]].values()
            right[i] += sum(c.cor + 0.5 * c.par for c in cs)
            given[i] += sum(c.act for c in cs)
        else:
            given[i] += sum(score_slot(s, [], t.slots.get(s) or []).act for s in SLOTS)
    return [(i, int(i in matched and right[i] >= min_share * given[i])) for i, _ in per_inc]


MIN_QUIET = 0.6
THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45, 0.475, 0.5)


def extract(split: str) -> list[dict]:
    """The extractor's records of a MUC-4 split, with the incident scorer's veto off."""
    from wirecoder.evaluate.muc4_eval import evaluate
    from wirecoder.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.extractor.veto = False
    tmp = Path(tempfile.mkdtemp())
    evaluate(*split_files(split, muc4_dir()), tmp, pipeline=pipeline)
    return read_records(tmp / "records.jsonl")


def quiet_share(records, keys, probs: dict, veto: float, doubt: frozenset = frozenset(),
                threshold: float = 0.0) -> float:
    """The share of irrelevant messages left without an incident once the veto drops the classifier's
    incidents under ``veto``, and every incident under ``threshold`` in the reports of ``doubt`` (those the
    relevance model doubts, ``incident_scorer.doubted``)."""
    irrelevant = [r for r in records if not any(t.is_relevant for t in keys.get(r["doc_id"], []))]
    quiet = sum(1 for r in irrelevant if all(
        vetoed(inc, probs.get((r["doc_id"], i), 1.0), threshold, veto, r["doc_id"] in doubt)
        for i, inc in enumerate(r["incidents"])))
    return quiet / len(irrelevant) if irrelevant else 1.0


def all_templates_f(records, keys, probs: dict, threshold: float, veto: float | None = None,
                    doubt: frozenset = frozenset()) -> float:
    """ALL TEMPLATES F when the output leaves out incidents under ``threshold`` and the veto drops the
    classifier's own incidents under ``veto`` (by default the same); ``doubt`` as the extractor's veto sees
    it (the same output)."""
    veto = threshold if veto is None else veto
    msgs = []
    for rec in records:
        d = rec["doc_id"]
        kept = dict(rec, incidents=[inc for i, inc in enumerate(rec["incidents"])
                                    if probs.get((d, i), 1.0) >= threshold
                                    and not vetoed(inc, probs.get((d, i), 1.0), threshold, veto, d in doubt)])
        msgs.append((keys.get(rec["doc_id"], []), records_to_templates(kept, min_confidence=0.0)))
    return full_template(msgs)["summary"]["ALL TEMPLATES"]["f"]


def _keys(split: str) -> dict:
    keys = {}
    for f in split_files(split, muc4_dir())[1]:
        keys.update(read_keys(f))
    return keys


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=Path, help="records.jsonl of the training split, extracted with the veto off")
    ap.add_argument("--dev-records", type=Path, help="the same for the dev split")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--threshold-on", choices=("dev", "train"), default="dev")
    args = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression

    t0 = time.time()
    keys = _keys("train")
    records = read_records(args.records) if args.records else extract("train")
    given_dev = read_records(args.dev_records) if args.dev_records else None   # a bad file stops here, not after the fit
    records = [r for r in records if r["doc_id"] in keys]
    if not records:
        raise SystemExit(f"no MUC-4 training messages with keys under {muc4_dir()} (set WIRECODER_SHARED)")
    f_all = all_templates_f(records, keys, {}, 0.0)
    min_share = f_all / 200   # half the F, in [0, 1]: a template under it lowers F (``label_record``)
    rows, labels, ids, groups = [], [], [], []
    for d, rec in enumerate(records):
        for i, y in label_record(rec, keys[rec["doc_id"]], min_share):
            rows.append(features(rec["incidents"][i], rec, i))
            labels.append(y)
            ids.append((rec["doc_id"], i))
            groups.append(d)
    X, y, groups = matrix(rows), np.array(labels), np.array(groups)
    print(f"{len(records)} messages, {len(y)} incidents, {y.mean():.1%} matched to a key template with at least "
          f"{min_share:.3f} of their fills right (half the ALL TEMPLATES F {f_all:.1f} with every incident kept)")
    fold = groups % args.folds   # messages in file order, dealt round-robin: a fixed split
    best = None
    for C in (0.03, 0.1, 0.3, 1.0):
        oof = np.zeros(len(y))
        for k in range(args.folds):
            tr, te = fold != k, fold == k
            m = LogisticRegression(C=C, max_iter=2000, random_state=0).fit(X[tr], y[tr])
            oof[te] = m.predict_proba(X[te])[:, 1]
        probs = dict(zip(ids, oof))
        for th in THRESHOLDS:
            f = all_templates_f(records, keys, probs, th)
            print(f"C {C:<5} threshold {th:.2f}: out-of-fold ALL TEMPLATES F {f:.1f}")
            if best is None or f > best[0]:
                best = (f, C, th)
    f, C, th = best
    print(f"chosen C {C} (out-of-fold ALL TEMPLATES F {f:.1f} at threshold {th}; all incidents kept: {f_all:.1f})")
    m = LogisticRegression(C=C, max_iter=2000, random_state=0).fit(X, y)
    # as saved (float16 weights), so that the threshold is chosen on the probabilities the extractor will see
    scorer = IncidentScorer(m.coef_[0].astype(np.float16), m.intercept_[0], th)
    if args.threshold_on == "dev":
        dev_keys = _keys("dev")
        dev = [r for r in (given_dev if given_dev is not None else extract("dev")) if r["doc_id"] in dev_keys]
        probs = {(r["doc_id"], i): round(scorer.probability(inc, r, i), 2)   # as ``score_record`` rounds
                 for r in dev for i, inc in enumerate(r["incidents"])}
        doubt = frozenset(r["doc_id"] for r in dev if doubted(r))   # as the extractor's veto sees them
        choice = None
        for t in THRESHOLDS:
            for v in [x for x in THRESHOLDS if x >= t]:
                q = quiet_share(dev, dev_keys, probs, v, doubt, t)
                if q < MIN_QUIET:
                    continue
                f = all_templates_f(dev, dev_keys, probs, t, v, doubt)
                print(f"dev threshold {t:.3f}, veto {v:.3f}: ALL TEMPLATES F {f:.1f}, "
                      f"irrelevant messages left empty {q:.1%}")
                if choice is None or f > choice[0]:
                    choice = (f, t, v)
                break   # the lowest veto that keeps enough irrelevant messages empty
        if choice is None:
            raise SystemExit(f"no threshold leaves {MIN_QUIET:.0%} of dev's irrelevant messages empty")
        f, scorer.threshold, scorer.veto_threshold = choice
        print(f"chosen threshold {scorer.threshold}, veto {scorer.veto_threshold} (dev ALL TEMPLATES F {f:.1f})")
    scorer.save(args.out)
    print(f"saved {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
