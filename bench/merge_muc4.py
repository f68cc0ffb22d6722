"""Cross-document merge on MUC-4 train + dev: pairwise precision, recall and F1 of "same event" links.

Many MUC-4 messages report the same incident (a radio report, then a wire
report the next day, then a follow-up). **Gold events** come from the answer
keys: two relevant templates of *different* messages are one event when

* they have the same incident type (slot 4),
* their dates agree within a day (slot 2; "- 15 JAN 90", on or before the
  report, counts as the 14 days up to that date; ranges as ranges),
* they are in the same place: the same country and a shared place name below
  it (any level of the location path, any alternative), unless one of them
  gives only the country,
* and they share a target or victim: an alternative string of slot 12 (physical
  target), 18 (victim name) or 19 (victim description) in common, leaving out
  bare words such as "PEOPLE" or "CIVILIANS";

gold events are the connected components of these links.

Two runs of ``wirecoder.store.merge.merge_all`` are scored:

1. **key-based** (isolates the merge step): each key template becomes one
   incident record with what a system would output — the first alternative of
   each fill, dates only where the key fixes them ("on or before" dates are
   unknown; the report's dateline date is its publication date), the place as
   name/admin1/country, targets, perpetrators; no casualty figures. Scored on
   pairs of templates of different messages.
2. **extractor + merge**: the real pipeline over the message texts, stored and
   merged. Extracted incidents cannot be matched one to one with key templates,
   so this run is scored on pairs of *messages*: a gold link when two messages
   have templates in one gold event, a system link when they have incidents in
   one merged event.

Usage: ``python bench/merge_muc4.py [--thresholds 0.5,0.6,0.7] [--no-extractor] [--limit N]``.
"""

from __future__ import annotations

import argparse
import itertools
import re
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from wirecoder.evaluate import muc4_map as M
from wirecoder.evaluate.muc4_keys import Template, read_keys
from wirecoder.paths import muc4_dir
from wirecoder.store import Store
from wirecoder.store.merge import THRESHOLD, merge_all

MUC_TYPE = {"ATTACK": "armed_assault", "BOMBING": "bombing", "KIDNAPPING": "kidnapping", "ARSON": "arson",
            "ROBBERY": "robbery", "FORCED WORK STOPPAGE": "forced_work_stoppage"}
MUC_STAGE = {"ACCOMPLISHED": "accomplished", "ATTEMPTED": "attempted", "THREATENED": "threatened"}
COUNTRY_CODE = {v: k for k, v in M.COUNTRY_NAMES.items()}
ORG_CONF = {v: k for k, v in M.ORG_CONFIDENCE.items()}
BARE = {"PEOPLE", "PERSONS", "CIVILIANS", "CIVILIAN", "PERSON", "INDIVIDUALS", "PEASANTS", "MEN", "CHILDREN",
        "WOMEN", "RESIDENTS", "OTHERS", "VICTIMS", "MEMBERS", "SOLDIERS", "POLICEMEN", "TROOPS", "GUERRILLAS"}
PLACE_KIND = {"CITY": "city", "TOWN": "city", "VILLAGE": "city", "DEPARTMENT": "admin1", "PROVINCE": "admin1",
              "NEIGHBORHOOD": "neighborhood", "DISTRICT": "neighborhood", "RURAL AREA": "neighborhood"}
_DATE = re.compile(r"(\d{1,2}) ([A-Z]{3}) (\d{2})")


def _muc_date(s: str) -> date | None:
    m = _DATE.search(s)
    if not m or m.group(2) not in M.MONTHS:
        return None
    try:
        return date(1900 + int(m.group(3)), M.MONTHS.index(m.group(2)) + 1, int(m.group(1)))
    except ValueError:
        return None


def key_date(fill_text: str) -> tuple[date, date, bool] | None:
    """(first, last, fixed) for a slot-2 fill; ``fixed`` is False for "on or before" dates."""
    s = fill_text.strip()
    parts = [p.strip() for p in s.split(" - ")] if " - " in s or s.startswith("-") else [s]
    if s.startswith("-"):
        d = _muc_date(s)
        return (d - timedelta(days=14), d, False) if d else None
    if len(parts) == 2:
        a, b = _muc_date(parts[0]), _muc_date(parts[1])
        return (a, b, True) if a and b else None
    d = _muc_date(s)
    return (d, d, True) if d else None


def parse_place(fill_text: str) -> tuple[str | None, list[tuple[str, str]]]:
    """Country and [(name, kind)] below it of a slot-3 fill ("COLOMBIA: BOLIVAR (DEPARTMENT): ACHI (TOWN)")."""
    parts = [p.strip() for p in fill_text.split(":")]
    country = parts[0] if parts else None
    below = []
    for p in parts[1:]:
        for alt in re.split(r"\s+-\s+", p):
            m = re.match(r"^(.*?)\s*\(([A-Z ]+)\)\s*$", alt.strip())
            name, kind = (m.group(1), m.group(2)) if m else (alt.strip(), "")
            if name:
                below.append((name.strip(), kind))
    return country, below


def strings(t: Template, slot: int) -> list[list[str]]:
    return [f.alternatives for f in t.values(slot)]


class Gold:
    """One key template with what the gold rule compares."""

    def __init__(self, t: Template, n: int):
        self.t, self.msg, self.key = t, t.message_id, f"{t.message_id}#{n}"
        self.type = (t.values(4)[0].alternatives[0] if t.values(4) else "")
        self.dates = [d for f in t.values(2) for a in f.alternatives if (d := key_date(a))]
        self.places = [parse_place(a) for f in t.values(3) for a in f.alternatives]
        self.targets = {" ".join(a.upper().split()) for s in (12, 18, 19) for alts in strings(t, s) for a in alts} - BARE


def same_event(a: Gold, b: Gold) -> bool:
    if a.msg == b.msg or a.type != b.type or not a.dates or not b.dates:
        return False
    if not any(x[0] - timedelta(days=1) <= y[1] and y[0] - timedelta(days=1) <= x[1] for x in a.dates for y in b.dates):
        return False
    ok_place = False
    for (ca, pa), (cb, pb) in itertools.product(a.places, b.places):
        if ca and ca == cb and ({n for n, _ in pa} & {n for n, _ in pb} or not pa or not pb):
            ok_place = True
    return ok_place and bool(a.targets & b.targets)


def components(nodes: list[str], links: list[tuple[str, str]]) -> dict[str, str]:
    parent = {n: n for n in nodes}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in links:
        parent[find(a)] = find(b)
    return {n: find(n) for n in nodes}


def pairs_of(cluster_of: dict[str, str], group_of=lambda x: x) -> set[frozenset]:
    """Linked pairs of (group_of) items in one cluster, items of one message left out."""
    by: dict[str, set] = {}
    for item, c in cluster_of.items():
        by.setdefault(c, set()).add(group_of(item))
    out = set()
    for members in by.values():
        for x, y in itertools.combinations(sorted(members), 2):
            if msg_of(x) != msg_of(y):
                out.add(frozenset((x, y)))
    return out


def msg_of(item: str) -> str:
    return item.split("#", 1)[0]


def prf(sys_pairs: set, gold_pairs: set) -> tuple[float, float, float, int, int]:
    tp = len(sys_pairs & gold_pairs)
    p = tp / len(sys_pairs) if sys_pairs else 0.0
    r = tp / len(gold_pairs) if gold_pairs else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f, len(sys_pairs), len(gold_pairs)


# ---------------------------------------------------------------------------- key templates -> records
def template_incident(g: Gold, published: date | None) -> dict:
    t = g.t

    def first(slot):
        return [f.alternatives[0] for f in t.values(slot) if f.alternatives]
    date_rec = {"value": None, "precision": "unknown"}
    if t.values(2) and t.values(2)[0].alternatives:
        d = key_date(t.values(2)[0].alternatives[0])
        if d and d[2]:
            date_rec = ({"value": d[0].isoformat(), "precision": "day"} if d[0] == d[1] else
                        {"value": f"{d[0].isoformat()}/{d[1].isoformat()}", "precision": "range"})
    loc = None
    if first(3):
        country, below = parse_place(first(3)[0])
        cc = COUNTRY_CODE.get(country or "")
        loc = {"text": first(3)[0], "name": (below[-1][0] if below else country), "country": country,
               "country_code": cc, "admin1": next((n for n, k in below if PLACE_KIND.get(k) == "admin1"), None),
               "precision": PLACE_KIND.get(below[-1][1], "city") if below else "country"}
    ev = lambda s: {"text": s, "span": [0, 0]}  # noqa: E731 (no evidence in a key)
    conf = {}
    for f in t.values(11):
        for x in f.xref or [""]:
            conf.setdefault(x, ORG_CONF.get(f.alternatives[0], "reported_as_fact"))
    orgs = [f.alternatives for f in t.values(10) if f.alternatives]
    return {
        "id": g.key, "type": MUC_TYPE.get(g.type, "other"),
        "stage": MUC_STAGE.get((first(5) or [""])[0], "accomplished"), "date": date_rec, "location": loc,
        "weapons": [{**ev(s), "type": "unknown"} for s in first(6)],
        "perpetrators": {"individuals": [ev(s) for s in first(9)],
                         "organizations": [{**ev(a[0]), "name": a[0], "confidence": next(
                             (conf[x] for x in a if x in conf), conf.get("", "reported_as_fact"))} for a in orgs]},
        "targets": {"physical": [ev(s) for s in first(12)],
                    "human": [{**ev(s), "is_name": True} for s in first(18)] + [ev(s) for s in first(19)]},
        "casualties": {}, "suicide": False, "confidence": 1.0,
    }


def dateline(text: str) -> date | None:
    head = text[:400]
    return _muc_date(head)


def load_muc4(limit: int | None):
    from wirecoder.ingest import iter_documents
    from wirecoder.schema import Failure

    root = muc4_dir()
    texts = sorted((root / "train").glob("dev-muc3-*")) + [root / "dev" / "tst1-muc3", root / "dev" / "tst2-muc4"]
    keyfiles = sorted((root / "train").glob("key-dev-*.muc4")) + [root / "dev" / "key-tst1.v7",
                                                                  root / "dev" / "key-tst2.v4"]
    keys: dict[str, list[Template]] = {}
    for f in keyfiles:
        keys.update(read_keys(f))
    raws = [r for r in iter_documents(texts) if not isinstance(r, Failure)]
    if limit:
        raws = raws[:limit]
    return raws, keys


def scores_at(db: Path, thresholds: list[float], score) -> list[tuple]:
    rows = []
    for th in thresholds:
        work = db.with_name(f"{db.stem}-{th}.db")
        shutil.copy(db, work)
        store = Store.open(str(work))
        t0 = time.perf_counter()
        merge_all(store, th)
        secs = time.perf_counter() - t0
        cluster_of = {r["id"]: r["merged_into"] or r["id"] for r in store.merge_rows()}
        rows.append((th, *score(cluster_of), secs))
        store.engine.dispose()
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--thresholds", default="0.5,0.55,0.6,0.65,0.7,0.75,0.8")
    ap.add_argument("--no-extractor", action="store_true", help="Only the key-based run.")
    ap.add_argument("--limit", type=int, help="Only the first N messages (train first, then dev).")
    args = ap.parse_args(argv)
    thresholds = [float(x) for x in args.thresholds.split(",")]
    if THRESHOLD not in thresholds:
        thresholds.append(THRESHOLD)
    thresholds.sort()

    raws, keys = load_muc4(args.limit)
    msgs = {r.doc_id: r for r in raws}
    golds = [Gold(t, n) for m in msgs for n, t in enumerate(keys.get(m, []), 1) if t.is_relevant]
    links = [(a.key, b.key) for a, b in itertools.combinations(golds, 2) if same_event(a, b)]
    gold_of = components([g.key for g in golds], links)
    gold_tpl_pairs = pairs_of(gold_of)
    gold_msg_pairs = {frozenset(msg_of(x) for x in p) for p in gold_tpl_pairs}
    gold_msg_pairs = {p for p in gold_msg_pairs if len(p) == 2}
    multi = {c for c in set(gold_of.values()) if len({msg_of(k) for k, v in gold_of.items() if v == c}) > 1}
    print(f"MUC-4 train+dev: {len(msgs)} messages, {len(golds)} relevant key templates, {len(set(gold_of.values()))} "
          f"gold events, {len(multi)} of them reported by more than one message; {len(gold_tpl_pairs)} gold template "
          f"pairs, {len(gold_msg_pairs)} gold message pairs")

    tmp = Path(tempfile.mkdtemp(prefix="merge-muc4-"))
    # 1. key-based
    db = tmp / "keys.db"
    store = Store.open(str(db))
    by_msg: dict[str, list[Gold]] = {}
    for g in golds:
        by_msg.setdefault(g.msg, []).append(g)
    for m, gs in by_msg.items():
        pub = dateline(msgs[m].text)
        rec = {"doc_id": m, "text": msgs[m].text, "title": None, "claims": [],
               "published": {"value": pub.isoformat(), "precision": "day"} if pub else None,
               "incidents": [template_incident(g, pub) for g in gs]}
        store.save_record(rec, source=m, kind="muc4", chash=m, run_id=None)
    store.engine.dispose()

    def score_keys(cluster_of):
        return (*prf(pairs_of(cluster_of), gold_tpl_pairs),
                *prf({frozenset(msg_of(x) for x in p) for p in pairs_of(cluster_of)}, gold_msg_pairs)[:3])
    rows = scores_at(db, thresholds, score_keys)
    print("\n1. key-based (merge step alone; key templates as incidents)\n")
    print("| threshold | template pairs P / R / F1 | system / gold pairs | message pairs P / R / F1 | merge_all s |")
    print("| --- | --- | --- | --- | --- |")
    for th, p, r, f, ns, ng, mp, mr, mf, secs in rows:
        mark = " (default)" if th == THRESHOLD else ""
        print(f"| {th:.2f}{mark} | {p:.1f} / {r:.1f} / {f:.1f} | {ns} / {ng} | {mp:.1f} / {mr:.1f} / {mf:.1f} "
              f"| {secs:.1f} |")

    if args.no_extractor:
        return
    # 2. extractor + merge
    from wirecoder.pipeline import Pipeline
    from wirecoder.store.db import content_hash

    db = tmp / "extracted.db"
    store = Store.open(str(db))
    t0 = time.perf_counter()
    n_inc = 0
    for raw, rec in Pipeline().pipe(raws):
        if isinstance(rec, dict):
            store.save_record(rec, source=raw.source, kind=raw.kind, chash=content_hash(raw.text, raw.kind),
                              run_id=None)
            n_inc += len(rec["incidents"])
    print(f"\n2. extractor + merge ({len(raws)} messages, {n_inc} incidents extracted in "
          f"{time.perf_counter() - t0:.0f} s)\n", file=sys.stderr)
    store.engine.dispose()

    def score_ext(cluster_of):
        sys_pairs = {frozenset(msg_of(x) for x in p) for p in pairs_of(cluster_of)}
        return prf({p for p in sys_pairs if len(p) == 2}, gold_msg_pairs)
    rows = scores_at(db, thresholds, score_ext)
    print(f"\n2. extractor + merge ({n_inc} extracted incidents)\n")
    print("| threshold | message pairs P / R / F1 | system / gold pairs | merge_all s |")
    print("| --- | --- | --- | --- |")
    for th, p, r, f, ns, ng, secs in rows:
        mark = " (default)" if th == THRESHOLD else ""
        print(f"| {th:.2f}{mark} | {p:.1f} / {r:.1f} / {f:.1f} | {ns} / {ng} | {secs:.1f} |")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
