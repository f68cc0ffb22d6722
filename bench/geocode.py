"""Gazetteer size and speed, and location accuracy on the MUC-4 dev keys.

    python bench/geocode.py [--records RECORDS.jsonl]

Three measures:

1. **Key places, name alone**: for every key template of the dev split whose
   LOCATION names a place below the country, the most specific place name of
   each alternative (the first of "A - B") is resolved with the message's
   dateline as country hint; a template counts as correct when one of its
   alternatives is. Unresolved places count as wrong. Country accuracy is over
   those templates, city accuracy over those whose most specific place is a
   CITY or TOWN.
2. **Key places with their containing areas**: the same, with the key's next
   containing place given as ``near`` ("EL TRIUNFO" in "SAN MIGUEL (DEPARTMENT)"),
   as a report would say "El Triunfo, in San Miguel department".
3. **End to end**: the records of ``wirecoder evaluate muc4 --split dev`` (given
   with ``--records``, or made here by running the pipeline) are turned into
   MUC-4 templates and mapped to the key templates as the scorer maps them;
   over the mapped pairs whose key has a LOCATION, the response's country is
   compared with the key's, and its finest place with the key's finest place
   (where the key names a city or town, "city").
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import time

from rich.console import Console
from rich.table import Table

from wirecoder.clean import clean
from wirecoder.evaluate.muc4_eval import read_records
from wirecoder.evaluate.muc4_keys import read_keys
from wirecoder.evaluate.muc4_map import COUNTRY_NAMES
from wirecoder.geo import resolve
from wirecoder.geo.gazetteer import Gazetteer, db_path, fold
from wirecoder.ingest import iter_documents
from wirecoder.paths import muc4_dir

NAME_TO_CC = {v: k for k, v in COUNTRY_NAMES.items()}


_PART = re.compile(r"^(.+?)\s*\(([A-Z ?/]+)\)$")


def location_alternatives(fill) -> list[list[tuple[str, str]]]:
    """A key LOCATION fill as alternatives, each a chain [(name, type), ...] from the country down.

    The key reader splits "USULUTAN (CITY / DEPARTMENT)" at the slash and keeps
    optional alternatives in parentheses: both are put back together here.
    """
    raw = " / ".join(fill.alternatives)
    alts, depth, cur = [], 0, ""
    for ch in raw:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "/" and depth == 0:
            alts.append(cur)
            cur = ""
        else:
            cur += ch
    alts.append(cur)
    out = []
    for a in alts:
        a = a.strip()
        while a.startswith("(") and a.endswith(")") and a.count("(") == a.count(")"):
            a = a[1:-1].strip()
        parts = [p.strip() for p in a.split(":")]
        chain = [(parts[0], "COUNTRY")]
        for p in parts[1:]:
            p = p.split(" - ")[0].strip()
            m = _PART.match(p)
            name, kinds = (m.group(1), m.group(2)) if m else (p, "")
            chain.append((name.strip(), kinds.split("/")[0].replace("?", "").strip()))
        out.append(chain)
    return out


def _resolved_ok(chain, cc, r) -> tuple[bool, bool]:
    if not r or r.get("country_code") != cc:
        return False, False
    name = chain[-1][0]
    rn = fold(r.get("name") or "")
    return True, bool(rn) and (rn == fold(name) or fold(name) in rn)


def key_places(keys, hints):
    """Measures 1 and 2: [(country ok, city ok or None) per template] for name alone and with containers."""
    alone, nested = [], []
    for mid, ts in keys.items():
        for tpl in ts:
            fills = tpl.values(3)
            if not fills:
                continue
            chains = [c for c in location_alternatives(fills[0]) if len(c) > 1 and c[0][0] in NAME_TO_CC]
            if not chains:
                continue
            is_city = any(c[-1][1] in ("CITY", "TOWN") for c in chains)
            for out, with_near in ((alone, False), (nested, True)):
                ok_c = ok_city = False
                for chain in chains:
                    cc = NAME_TO_CC[chain[0][0]]
                    near = None
                    if with_near and len(chain) > 2:
                        near = f"{chain[-2][0]} {chain[-2][1].lower()}" if chain[-2][1] in (
                            "DEPARTMENT", "PROVINCE", "STATE", "INTENDANCY") else chain[-2][0]
                    r = resolve(chain[-1][0], country_hint=hints.get(mid), near=near)
                    a, b = _resolved_ok(chain, cc, r)
                    ok_c |= a
                    ok_city |= b and chain[-1][1] in ("CITY", "TOWN")
                out.append((ok_c, ok_city if is_city else None))
    return alone, nested


def end_to_end(records: list[dict], keys) -> dict:
    """Measure 3 over the key templates that the scorer maps to a response template."""
    from wirecoder.evaluate.muc4_templates import records_to_templates
    from wirecoder.evaluate.scoring import match_templates

    n = country = finest = n_fine = city = n_city = no_loc = 0
    by_id = {r["doc_id"]: r for r in records}
    for mid, key in keys.items():
        rec = by_id.get(mid)
        kt = [t for t in key if t.is_relevant]
        rt = [t for t in records_to_templates(rec) if t.is_relevant] if rec else []
        for i, j in match_templates(kt, rt)[0]:
            if not kt[j].values(3):
                continue
            chains = [c for c in location_alternatives(kt[j].values(3)[0]) if c[0][0] in NAME_TO_CC]
            if not chains:
                continue
            n += 1
            resp = rt[i].values(3)
            if not resp:
                no_loc += 1
            rchain = location_alternatives(resp[0])[0] if resp else [("", "")]
            country += any(c[0][0] == rchain[0][0] for c in chains)
            fine = [c for c in chains if len(c) > 1]
            if fine:
                n_fine += 1
                ok = any(c[0][0] == rchain[0][0] and len(rchain) > 1 and fold(c[-1][0]) == fold(rchain[-1][0])
                         for c in fine)
                finest += ok
                if any(c[-1][1] in ("CITY", "TOWN") for c in fine):
                    n_city += 1
                    city += ok
    return {"n": n, "country": country, "finest": finest, "n_fine": n_fine, "city": city, "n_city": n_city,
            "no_location": no_loc}


def _run_pipeline(d) -> list[dict]:
    from wirecoder.pipeline import Pipeline
    from wirecoder.schema import Failure

    raws = [r for r in iter_documents([d / "tst1-muc3", d / "tst2-muc4"]) if not isinstance(r, Failure)]
    return [rec for _, rec in Pipeline().pipe(raws) if isinstance(rec, dict)]


def _pct(k: int, n: int) -> str:
    return f"{k}/{n} ({k / n:.1%})" if n else "-"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", help="records.jsonl of `wirecoder evaluate muc4 --split dev`")
    ap.add_argument("--no-end-to-end", action="store_true")
    args = ap.parse_args()
    t = time.perf_counter()
    Gazetteer.open()
    open_s = time.perf_counter() - t
    d = muc4_dir() / "dev"
    keys = {**read_keys(d / "key-tst1.v7"), **read_keys(d / "key-tst2.v4")}
    hints = {r.doc_id: (clean(r).dateline.place if clean(r).dateline else None)
             for r in iter_documents([d / "tst1-muc3", d / "tst2-muc4"])}
    t = time.perf_counter()
    alone, nested = key_places(keys, hints)
    per_s = 2 * len(alone) / (time.perf_counter() - t)
    tab = Table("measure", "value", title="places of the MUC-4 dev keys, gazetteer and resolution")
    for label, res in (("name alone", alone), ("with containing area", nested)):
        cities = [c for _, c in res if c is not None]
        tab.add_row(f"{label}: country correct", _pct(sum(a for a, _ in res), len(res)))
        tab.add_row(f"{label}: city correct (key names a city or town)", _pct(sum(cities), len(cities)))
    if not args.no_end_to_end:
        if args.records:
            records = read_records(args.records)
        else:
            records = _run_pipeline(d)
        e = end_to_end(records, keys)
        tab.add_row("end to end, mapped templates with a key location", str(e["n"]))
        tab.add_row("end to end: country correct", _pct(e["country"], e["n"]))
        tab.add_row("end to end: finest place correct (key below country)", _pct(e["finest"], e["n_fine"]))
        tab.add_row("end to end: city correct (key names a city or town)", _pct(e["city"], e["n_city"]))
        tab.add_row("end to end: response without location", str(e["no_location"]))
    tab.add_row("places resolved per second (cold caches)", f"{per_s:.0f}")
    tab.add_row("gazetteer file", f"{os.path.getsize(db_path()) / 1e6:.1f} MB ({db_path().name})")
    tab.add_row("open time", f"{open_s * 1000:.0f} ms")
    tab.add_row("peak memory of this process", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    Console(width=120).print(tab)


if __name__ == "__main__":
    main()
