"""Exports: CSV with the Global Terrorism Database codebook's column names, JSONL, Parquet, GeoJSON.

CSV columns (GTD name → wirecoder source): eventid → incident id; iyear,
imonth, iday → date (0 where the date is less precise, as in the GTD);
country_txt → country; city → place name; latitude, longitude; attacktype1_txt
→ type (GTD's wording: Bombing/Explosion, Armed Assault, ...); attacktype2_txt
→ the first other kind of attack the incident tells (``other_types``); weaptype1_txt →
first weapon type; gname → first perpetrator group (canonical name); nkill,
nwound; claimed → 1 when a group's confidence is ``claimed``; suicide;
success → 1 when the stage is ``accomplished``; summary → the first evidence
sentence; scite1..3 → source documents (URL, else source path). wirecoder's
own columns follow: stage, date_precision, country_code, confidence,
review_status, doc_id.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

GTD_ATTACK = {
    "armed_assault": "Armed Assault", "assassination": "Assassination", "bombing": "Bombing/Explosion",
    "arson": "Facility/Infrastructure Attack", "kidnapping": "Hostage Taking (Kidnapping)",
    "hostage_taking": "Hostage Taking (Barricade Incident)", "hijacking": "Hijacking",
    "robbery": "Unknown", "vehicle_ramming": "Unarmed Assault", "unarmed_assault": "Unarmed Assault",
    "forced_work_stoppage": "Unknown", "other": "Unknown",
}
GTD_WEAPON = {
    "firearms": "Firearms", "explosives": "Explosives", "incendiary": "Incendiary", "melee": "Melee",
    "vehicle": "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)",
    "chemical": "Chemical", "biological": "Biological", "radiological": "Radiological", "nuclear": "Nuclear",
    "fake_weapon": "Fake Weapons", "other": "Other", "unknown": "Unknown",
}
COLUMNS = ["eventid", "iyear", "imonth", "iday", "country_txt", "city", "latitude", "longitude",
           "attacktype1_txt", "attacktype2_txt", "weaptype1_txt", "gname", "nkill", "nwound", "claimed", "suicide", "success",
           "summary", "scite1", "scite2", "scite3", "stage", "date_precision", "country_code", "confidence",
           "review_status", "doc_id"]
FORMATS = ("csv", "jsonl", "parquet", "geojson")


def gtd_row(row: dict, sources: list[dict]) -> dict:
    inc = row["record"]
    date = (inc.get("date") or {}).get("value") or ""
    parts = date.split("/")[0].split("-") if date else []
    orgs = inc["perpetrators"]["organizations"]
    cites = [s.get("url") or s.get("source") for s in sources][:3]
    evidence = inc.get("evidence") or []
    out = {
        "eventid": row["id"],
        "iyear": int(parts[0]) if len(parts) >= 1 and parts[0] else "",
        "imonth": int(parts[1]) if len(parts) >= 2 and inc["date"]["precision"] in ("day", "month") else 0,
        "iday": int(parts[2]) if len(parts) >= 3 and inc["date"]["precision"] == "day" else 0,
        "country_txt": row.get("country") or "", "city": row.get("location") or "",
        "latitude": row.get("lat"), "longitude": row.get("lon"),
        "attacktype1_txt": GTD_ATTACK.get(inc["type"], "Unknown"),
        "attacktype2_txt": GTD_ATTACK.get(inc["other_types"][0], "Unknown") if inc.get("other_types") else "",
        "weaptype1_txt": GTD_WEAPON.get(inc["weapons"][0]["type"], "Unknown") if inc["weapons"] else "Unknown",
        "gname": orgs[0]["name"] if orgs else "Unknown",
        "nkill": row.get("killed"), "nwound": row.get("injured"),
        "claimed": int(any(o.get("confidence") == "claimed" for o in orgs)),
        "suicide": int(bool(inc.get("suicide"))), "success": int(inc.get("stage") == "accomplished"),
        "summary": " ".join(evidence[0]["text"].split()) if evidence else "",
        "stage": inc.get("stage"), "date_precision": (inc.get("date") or {}).get("precision"),
        "country_code": row.get("country_code") or "", "confidence": inc.get("confidence"),
        "review_status": row.get("review_status"), "doc_id": row["doc_id"],
    }
    for i in range(3):
        out[f"scite{i + 1}"] = cites[i] if i < len(cites) else ""
    return out


def export(store, fmt: str, out: Path, **filters) -> int:
    """Write the incidents matching ``filters`` to ``out``; returns how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    rows = store.list_incidents(**filters)
    if fmt == "jsonl":
        with open(out, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({**r["record"], "doc_id": r["doc_id"], "review_status": r["review_status"],
                                    "sources": store.sources(r["id"])}, ensure_ascii=False) + "\n")
        return len(rows)
    table = [gtd_row(r, store.sources(r["id"])) for r in rows]
    if fmt == "csv":
        with open(out, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=COLUMNS)
            w.writeheader()
            w.writerows(table)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        cols = {c: [t[c] if t[c] != "" else None for t in table] for c in COLUMNS}
        pq.write_table(pa.table(cols), out)
    elif fmt == "geojson":
        feats = [{"type": "Feature", "properties": t,
                  "geometry": {"type": "Point", "coordinates": [t["longitude"], t["latitude"]]}
                  if t["latitude"] is not None else None} for t in table]
        out.write_text(json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False),
                       encoding="utf-8")
    return len(rows)
