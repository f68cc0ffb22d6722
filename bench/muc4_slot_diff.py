"""Key and response fills side by side, slot by slot, for the MUC-4 dev templates the scorer matched.

    wirecoder evaluate muc4 --split dev --out /tmp/ev
    python bench/muc4_slot_diff.py /tmp/ev/records.jsonl --slot 19 [--slot 9 ...] [--only-wrong]

For each matched (key, response) pair it prints the slot's key fills (alternatives joined by " / ",
optional ones marked "?") and the response's, with the slot's counts (cor/par/inc/spu/mis), so that a
slot's errors can be read rather than guessed. Totals per slot close the output.
"""

from __future__ import annotations

import argparse
from collections import Counter

from wirecoder.evaluate.muc4_eval import read_records, split_files
from wirecoder.evaluate.muc4_keys import read_keys
from wirecoder.evaluate.muc4_templates import records_to_templates
from wirecoder.evaluate.scoring import match_templates
from wirecoder.paths import muc4_dir


def fills(t, slot: int) -> str:
    return " | ".join(("?" if f.optional else "") + " / ".join(f.alternatives) for f in t.values(slot)) or "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("records")
    ap.add_argument("--slot", type=int, action="append", required=True)
    ap.add_argument("--only-wrong", action="store_true", help="skip pairs whose slot is all correct")
    a = ap.parse_args()
    recs = {r["doc_id"]: r for r in read_records(a.records)}
    keys: dict = {}
    for f in split_files("dev", muc4_dir())[1]:
        keys.update(read_keys(f))
    totals = {s: Counter() for s in a.slot}
    for mid, kts in sorted(keys.items()):
        kt = [t for t in kts if t.is_relevant]
        rec = recs.get(mid)
        if rec is None or not kt:
            continue
        rt = records_to_templates(rec)
        pairs, counts = match_templates(kt, rt)
        for i, j in pairs:
            if (i, j) not in counts:
                continue
            for s in a.slot:
                c = counts[i, j][s]
                totals[s].update(cor=c.cor, par=c.par, inc=c.inc, spu=c.spu, mis=c.mis)
                if a.only_wrong and not (c.par or c.inc or c.spu or c.mis):
                    continue
                print(f"{mid} k{j} r{i} slot {s}: cor {c.cor} par {c.par} inc {c.inc} spu {c.spu} mis {c.mis}")
                print(f"   key:  {fills(kt[j], s)}")
                print(f"   resp: {fills(rt[i], s)}")
    for s, c in totals.items():
        print(f"slot {s} (matched templates): " + " ".join(f"{k} {c[k]}" for k in ("cor", "par", "inc", "spu", "mis")))


if __name__ == "__main__":
    main()
