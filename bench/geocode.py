"""Gazetteer size and speed, and resolution accuracy on the places of the MUC-4 dev keys.

    python bench/geocode.py

For every key template of the dev split whose LOCATION names a place below
the country, the most specific place name is resolved with the message's
dateline as country hint; country accuracy is over those templates, city
accuracy over the templates whose most specific place is a CITY or TOWN.
"""

from __future__ import annotations

import os
import re
import resource
import time

from rich.console import Console
from rich.table import Table

from wirecoder.clean import clean
from wirecoder.evaluate.muc4_keys import read_keys
from wirecoder.evaluate.muc4_map import COUNTRY_NAMES
from wirecoder.geo import resolve
from wirecoder.geo.gazetteer import Gazetteer, db_path, fold
from wirecoder.ingest import iter_documents
from wirecoder.paths import muc4_dir

NAME_TO_CC = {v: k for k, v in COUNTRY_NAMES.items()}


def main() -> None:
    t = time.perf_counter()
    Gazetteer.open()
    open_s = time.perf_counter() - t
    d = muc4_dir() / "dev"
    keys = {**read_keys(d / "key-tst1.v7"), **read_keys(d / "key-tst2.v4")}
    hints = {r.doc_id: (clean(r).dateline.place if clean(r).dateline else None)
             for r in iter_documents([d / "tst1-muc3", d / "tst2-muc4"])}
    cases = []
    for mid, ts in keys.items():
        for tpl in ts:
            for fill in tpl.values(3)[:1]:
                parts = [p.strip() for p in fill.alternatives[0].split(":")]
                if len(parts) < 2 or parts[0] not in NAME_TO_CC:
                    continue
                m = re.match(r"(.+?)\s*\(([A-Z ]+)\)$", parts[-1])
                if m:
                    cases.append((mid, NAME_TO_CC[parts[0]], m.group(1), m.group(2)))
    t = time.perf_counter()
    results = [(c, resolve(c[2], country_hint=hints.get(c[0]))) for c in cases]
    per_s = len(cases) / (time.perf_counter() - t)
    country_ok = sum(1 for (mid, cc, name, kind), r in results if r and r["country_code"] == cc)
    cities = [(c, r) for c, r in results if c[3] in ("CITY", "TOWN")]
    city_ok = sum(1 for (mid, cc, name, kind), r in cities if r and r["country_code"] == cc and
                  (fold(r["name"]) == fold(name) or fold(name) in fold(r["name"])))
    tab = Table("measure", "value", title="gazetteer and resolution (MUC-4 dev key places)")
    tab.add_row("key places resolved", str(len(cases)))
    tab.add_row("country correct", f"{country_ok}/{len(cases)} ({country_ok / len(cases):.1%})")
    tab.add_row("city correct (key names a city or town)", f"{city_ok}/{len(cities)} ({city_ok / len(cities):.1%})")
    tab.add_row("places resolved per second (cold caches)", f"{per_s:.0f}")
    tab.add_row("gazetteer file", f"{os.path.getsize(db_path()) / 1e6:.1f} MB ({db_path().name})")
    tab.add_row("open time", f"{open_s * 1000:.0f} ms")
    tab.add_row("peak memory of this process", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    Console().print(tab)


if __name__ == "__main__":
    main()
