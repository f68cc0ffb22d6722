"""CEAF-REE entity by entity: which key entities a role missed and which response entities were spurious.

    wirecoder evaluate muc4 --split dev --out /tmp/ev
    python bench/muc4_ceaf_diff.py /tmp/ev/records.jsonl [--role PerpInd ...] [--split dev]

CEAF-REE pools a role's fillers over all of a message's templates, so a missed entity may come from a
template the response never matched and a spurious one from a template the key does not have. For each
message and role this prints the key's entities (their alternatives joined by " / ") marked "ok" or
"MISS", and the response's entities not matched, marked "SPUR"; counts per role close the output. The
totals equal ``wirecoder evaluate``'s CEAF-REE counts.
"""

from __future__ import annotations

import argparse
from collections import Counter

import numpy as np

from wirecoder.evaluate.muc4_eval import read_records, split_files
from wirecoder.evaluate.muc4_keys import read_keys
from wirecoder.evaluate.muc4_templates import records_to_templates
from wirecoder.evaluate.scoring import ROLES, _assign, _gold_entities, _pred_entities, norm
from wirecoder.ingest import iter_documents
from wirecoder.paths import muc4_dir
from wirecoder.schema import Failure


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("records")
    ap.add_argument("--role", action="append", choices=list(ROLES), help="roles to show (default: all)")
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    a = ap.parse_args()
    roles = a.role or list(ROLES)
    recs = {r["doc_id"]: r for r in read_records(a.records)}
    text_files, key_files = split_files(a.split, muc4_dir())
    keys: dict = {}
    for f in key_files:
        keys.update(read_keys(f))
    texts = {r.doc_id: r.text for r in iter_documents(text_files) if not isinstance(r, Failure)}
    totals = {r: Counter() for r in roles}
    for mid in sorted(m for m in keys if m in texts):
        text_norm = norm(texts[mid])
        resp = records_to_templates(recs[mid]) if mid in recs else []
        lines = []
        for role in roles:
            slot = ROLES[role]
            gold = _gold_entities(keys[mid], slot, text_norm)
            pred = _pred_entities(resp, slot, text_norm)
            score = np.array([[1.0 if p in g else 0.0 for g in gold] for p in pred]).reshape(len(pred), len(gold))
            pairs = [(i, j) for i, j in _assign(score)]
            hit_g = {j for _, j in pairs}
            hit_p = {i for i, _ in pairs}
            totals[role].update(correct=len(pairs), predicted=len(pred), gold=len(gold))
            for j, g in enumerate(gold):
                lines.append(f"  {role:8} {'ok  ' if j in hit_g else 'MISS'} {' / '.join(sorted(g))}")
            for i, p in enumerate(pred):
                if i not in hit_p:
                    lines.append(f"  {role:8} SPUR {p}")
        if any(" MISS " in ln or " SPUR " in ln for ln in lines):
            print(f"== {mid}: {len([t for t in keys[mid] if t.is_relevant])} key templates, {len(resp)} response")
            print("\n".join(lines))
    for role, c in totals.items():
        print(f"{role}: correct {c['correct']} predicted {c['predicted']} gold {c['gold']}"
              f"  missed {c['gold'] - c['correct']} spurious {c['predicted'] - c['correct']}")


if __name__ == "__main__":
    main()
