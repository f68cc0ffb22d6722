"""Train the target-type classifier (``wirecoder.extract.target_types``) on MUC-4 train; save the model.

    python training/train_target_types.py [--out PATH]

Every PHYS TGT: TYPE and HUM TGT: TYPE fill of the training keys, with the
target string it refers to (each alternative string once), is one example; a
multinomial logistic regression (scikit-learn, training only, fixed seed) is
fitted over the string's words, word pairs and last word for each of the two.
C was chosen on the dev keys' strings (accuracy: physical 0.73 with C 1 against
0.49 for the lexicon's head-word lookup; human 0.91 with C 3). Takes seconds.
Needs ``pip install -e .[train]``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from wirecoder.evaluate.muc4_eval import split_files
from wirecoder.evaluate.muc4_keys import read_keys
from wirecoder.extract.learned import rows_to_matrix
from wirecoder.extract.target_types import MODEL_PATH, N_FEATURES, TargetTypes, TypeModel, features
from wirecoder.paths import muc4_dir

SLOTS = {"physical": 13, "human": 20}
C = {"physical": 1.0, "human": 3.0}


def examples(split: str, slot: int) -> list[tuple[str, str]]:
    """(target string, MUC-4 type) for every type fill of ``slot`` in the split's keys."""
    out = []
    for f in split_files(split, muc4_dir())[1]:
        for templates in read_keys(f).values():
            for t in templates:
                if not t.is_relevant:
                    continue
                for fill in t.slots.get(slot) or []:
                    label = fill.alternatives[0].strip("()? ")
                    out += [(x, label) for x in dict.fromkeys(fill.xref) if x and x != "-"]
    return out


def fit(pairs: list[tuple[str, str]], c: float) -> TypeModel:
    from sklearn.linear_model import LogisticRegression

    x = rows_to_matrix([features(s) for s, _ in pairs], N_FEATURES)
    y = [label for _, label in pairs]
    clf = LogisticRegression(C=c, max_iter=3000, random_state=0).fit(x, y)
    return TypeModel(clf.coef_, clf.intercept_, [str(k) for k in clf.classes_])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    t0 = time.time()
    models = {}
    for kind, slot in SLOTS.items():
        train = examples("train", slot)
        if not train:
            raise SystemExit(f"no MUC-4 training keys under {muc4_dir()} (set WIRECODER_SHARED)")
        model = fit(train, C[kind])
        dev = examples("dev", slot)
        acc = np.mean([model.predict(s) == y for s, y in dev]) if dev else float("nan")
        print(f"{kind}: {len(train)} training strings, {len(model.labels)} types, dev accuracy {acc:.3f}")
        models[kind] = (model.coef, model.intercept, model.labels)
    TargetTypes.save(args.out, models)
    print(f"saved {args.out} ({args.out.stat().st_size / 1e3:.0f} kB) in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
