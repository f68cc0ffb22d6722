"""Which MUC-4 key templates the output misses, and why: the incident-finding and -splitting errors.

    PYTHONPATH=src wirecoder evaluate muc4 --split dev --out /tmp/ev     (or --split train)
    PYTHONPATH=src python bench/muc4_split_analysis.py /tmp/ev/records.jsonl [-v]

The records may be of the dev or the training split (the keys of both are read; the messages the records
hold are analysed). For every message it lines up the key templates with the record's incidents through the scorer's
one-to-one mapping (``scoring.match_templates``) and puts each unmatched key template in one class:

* ``no_incident``: the record has no incident at all;
* ``none_output``: it has incidents, but none reaches the MUC-4 output (outside the nine countries, too old,
  or under the incident scorer's threshold);
* ``undersplit``: the incident that holds most of the template's fillers is mapped to another key template
  (two incidents told as one);
* ``holder_filtered``: that incident is left out of the MUC-4 output;
* ``fewer_incidents``: no incident holds its fillers and the message has more key templates than output ones;
* ``other``.

``-v`` prints, per message with a miss, our incidents (type, confidence, place, date, first evidence words)
and each missed key template with the incidents that hold its fillers; then the ``undersplit`` templates
counted by their type and stage against the types of the key templates their holder is mapped to ("ATTACK
ACCOMPLISHED <- BOMBING": an attack told with a bombing and lost to it).
"""

from __future__ import annotations

import sys
from collections import Counter

from wirecoder.evaluate.muc4_eval import read_records, split_files
from wirecoder.evaluate.muc4_keys import read_keys
from wirecoder.evaluate.muc4_templates import templates_by_incident
from wirecoder.evaluate.scoring import match_templates, norm
from wirecoder.paths import muc4_dir

ROLE_SLOTS = (6, 9, 10, 12, 18, 19)


def strings(t) -> set[str]:
    return {n for s in ROLE_SLOTS for f in (t.slots.get(s) or []) for a in f.alternatives
            if (n := norm(a)) and n != "-"}


def first(t, slot: int) -> str:
    return "|".join(f.alternatives[0] for f in t.values(slot))


def dev_messages(path: str):
    """For each MUC-4 message (dev or train) the records file holds: its id, record, relevant key templates,
    the record's output templates grouped by incident, those templates in one list and the incident each came
    from."""
    recs = {r["doc_id"]: r for r in read_records(path)}
    keys = {}
    splits = ["dev"] + (["train"] if any(not m.startswith("TST") for m in recs) else [])
    for split in splits:
        for f in split_files(split, muc4_dir())[1]:
            keys.update(read_keys(f))
    for mid, kts in keys.items():
        rec = recs.get(mid)
        if rec is None:
            continue
        groups = templates_by_incident(rec)
        rt, owner = [], []
        for k, ts in groups:
            rt += ts
            owner += [k] * len(ts)
        yield mid, rec, [t for t in kts if t.is_relevant], groups, rt, owner


def main(path: str, verbose: bool) -> Counter:
    cats: Counter = Counter()
    pairs_lost: Counter = Counter()   # (missed type and stage, types its holder's key templates have)
    for mid, rec, kt, groups, rt, owner in dev_messages(path):
        if not kt:
            continue
        pairs, _ = match_templates(kt, rt)
        matched = {int(j): owner[i] for i, j in pairs}
        held = {k: set().union(*[strings(t) for t in ts])
                for k, ts in templates_by_incident(rec, muc4_only=False, min_confidence=0.0)}
        out_ids = {k for k, _ in groups}
        lines = []
        for j, t in enumerate(kt):
            if j in matched:
                continue
            ks = strings(t)
            holders = sorted(((len(ks & s), k) for k, s in held.items() if ks & s), reverse=True)
            if not rec["incidents"]:
                cat = "no_incident"
            elif not groups:
                cat = "none_output"
            elif holders and holders[0][1] in matched.values():
                cat = "undersplit"
                taken = sorted({first(kt[i], 4) for i, k in matched.items() if k == holders[0][1]})
                pairs_lost[f"{first(t, 4)} {first(t, 5)} <- {' + '.join(taken)}"] += 1
            elif holders and holders[0][1] not in out_ids:
                cat = "holder_filtered"
            elif len(kt) > len(rt):
                cat = "fewer_incidents"
            else:
                cat = "other"
            cats[cat] += 1
            lines.append(f"  MISS key#{j} [{cat}] {first(t, 4)} date={first(t, 2)!r} loc={first(t, 3)!r} "
                         f"fills={sorted(ks)[:6]} holders={holders[:3]}")
        if lines and verbose:
            print(f"== {mid}: {len(kt)} key templates, {len(rec['incidents'])} incidents, {len(groups)} in the "
                  f"output; key -> incident {matched}")
            for k, inc in enumerate(rec["incidents"]):
                ev = " ".join(inc["evidence"][0]["text"].split())[:100] if inc["evidence"] else ""
                print(f"   inc{k} {inc['type']} conf={inc.get('confidence')} "
                      f"loc={(inc.get('location') or {}).get('name')} date={(inc.get('date') or {}).get('value')} "
                      f"out={k in out_ids} | {ev}")
            print("\n".join(lines))
    if verbose and pairs_lost:
        print("undersplit key templates by type and stage <- the types of the key templates their holder matched:")
        for pair, n in pairs_lost.most_common():
            print(f"  {n:4d}  {pair}")
    return cats


def run(count_main, what: str, doc: str) -> None:
    """The scripts' command line: RECORDS.jsonl [-v]; prints the classes counted and their total."""
    args = [a for a in sys.argv[1:] if a != "-v"]
    if len(args) != 1:
        sys.exit(doc)
    counts = count_main(args[0], "-v" in sys.argv)
    print(dict(counts.most_common()), what, sum(counts.values()))


if __name__ == "__main__":
    run(main, "unmatched key templates:", __doc__)
