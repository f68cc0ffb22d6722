"""Choose the role tagger's probability threshold and the learned mode on MUC-4 dev.

    python training/tune_tagger_threshold.py [--thresholds 0.5 0.6 0.7 0.8 0.9]

spaCy (with the tagger component) runs once over the dev texts; the extractor
then runs over the same analyses for every mode (lr, tagger, both) and
threshold, and the three MUC-4 scores are printed as a table.
"""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.table import Table

from wirecoder.clean import clean
from wirecoder.evaluate.muc4_eval import score_records, split_files
from wirecoder.evaluate.muc4_keys import read_keys
from wirecoder.extract import Extractor
from wirecoder.ingest import iter_documents
from wirecoder.paths import muc4_dir
from wirecoder.schema import Failure


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8, 0.9])
    ap.add_argument("--roles", nargs="+", action="append", default=None,
                    help="role sets the tagger may fill in 'both' (repeat the option for several sets)")
    args = ap.parse_args()
    from wirecoder import nlp

    texts_files, key_files = split_files("dev", muc4_dir())
    keys = {}
    for f in key_files:
        keys.update(read_keys(f))
    raws = [r for r in iter_documents(texts_files) if not isinstance(r, Failure)]
    cleaned = [clean(r) for r in raws]
    pipe = nlp.load(role_tagger=True)
    sdocs = list(pipe.pipe([nlp.analysis_text(c.text) for c in cleaned], batch_size=16, n_process=2))
    texts = {r.doc_id: r.text for r in raws}
    keys = {m: keys[m] for m in texts if m in keys}
    table = Table("mode", "threshold", "tagger roles", "ALL TEMPLATES F", "CEAF-REE F1", "template-level F1",
                  title="MUC-4 dev: learned role fillers")
    all_roles = ("PerpInd", "PerpOrg", "Target", "Victim", "VictimDesc", "Weapon")
    role_sets = [tuple(r) for r in args.roles] if args.roles else [all_roles, tuple(sorted(Extractor.TAGGER_ROLES))]
    runs = [("none", None, False, all_roles), ("lr", None, False, all_roles)] + [
        (m, t, first, roles) for m, first in (("tagger", False), ("both", False), ("both", True))
        for t in args.thresholds for roles in (role_sets if m == "both" else [all_roles])]
    for mode, thr, lr_first, roles in runs:
        ex = Extractor(mode)
        ex.LR_FIRST = lr_first
        ex.TAGGER_ROLES = frozenset(roles)
        if thr is not None:
            ex.TAGGER_THRESHOLD = thr
        records = [ex.extract(c, s) for c, s in zip(cleaned, sdocs)]
        rep = score_records(records, keys, texts)
        table.add_row(mode + (" (lr first)" if lr_first else ""), "" if thr is None else f"{thr:.2f}",
                      "all" if set(roles) == set(all_roles) else ",".join(roles),
                      f"{rep['full_template']['summary']['ALL TEMPLATES']['f']:.1f}",
                      f"{rep['ceaf_ree']['micro']['f1']:.1f}", f"{rep['template_level']['f1']:.1f}")
    Console().print(table)


if __name__ == "__main__":
    main()
