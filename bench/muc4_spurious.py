"""Which MUC-4 dev response templates match no key template (spurious), one line each.

    PYTHONPATH=src wirecoder evaluate muc4 --split dev --out /tmp/ev
    PYTHONPATH=src python bench/muc4_spurious.py /tmp/ev/records.jsonl [-v]

For every dev message it lines up key and response templates through the scorer's one-to-one mapping
(``scoring.match_templates``) and prints each unmatched response template: the message, whether the message
is relevant, the incident it comes from (type, confidence, place, date, evidence), its role fillers and,
when the message has key templates, which key template shares most of its fillers (a duplicate of an
incident already matched: oversplit). ``-v`` also prints the message's key templates.
"""

from __future__ import annotations

from collections import Counter

from muc4_split_analysis import dev_messages, first, run, strings

from wirecoder.evaluate.scoring import match_templates


def main(path: str, verbose: bool) -> Counter:
    cats: Counter = Counter()
    for mid, rec, kt, groups, rt, owner in dev_messages(path):
        pairs, _ = match_templates(kt, rt) if kt and rt else ([], None)
        matched_r = {int(i): int(j) for i, j in pairs}
        for i, t in enumerate(rt):
            if i in matched_r:
                continue
            inc = rec["incidents"][owner[i]]
            rs = strings(t)
            overlap = sorted(((len(rs & strings(k)), j) for j, k in enumerate(kt) if rs & strings(k)),
                             reverse=True)
            cat = "irrelevant_msg" if not kt else ("overlaps_key" if overlap else "relevant_msg")
            cats[cat] += 1
            ev = " ".join(inc["evidence"][0]["text"].split())[:160] if inc["evidence"] else ""
            print(f"== {mid} [{cat}] inc{owner[i]} {first(t, 4)} conf={inc.get('confidence')} "
                  f"loc={first(t, 3)!r} date={first(t, 2)!r} keys={len(kt)} resp={len(rt)} overlap={overlap[:2]}")
            print(f"   fills={sorted(rs)[:8]}")
            print(f"   ev: {ev}")
            if verbose:
                for j, k in enumerate(kt):
                    print(f"   key#{j} {first(k, 4)} date={first(k, 2)!r} loc={first(k, 3)!r} "
                          f"fills={sorted(strings(k))[:6]} matched={j in matched_r.values()}")
    return cats


if __name__ == "__main__":
    run(main, "spurious response templates:", __doc__)
