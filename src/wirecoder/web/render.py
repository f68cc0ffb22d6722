"""Server-side rendering helpers: evidence highlighting, the SVG map and the weekly timeline.

Nothing here builds HTML from document text by hand: the highlighter returns
plain segments (text plus the fields that cover it) that the Jinja templates
escape, and the SVG helpers return numbers and ids only.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path

STATIC = Path(__file__).parent / "static"

# field path -> CSS colour class (see static/app.css)
FIELD_CLASS = {
    "type": "f-type", "stage": "f-stage", "date": "f-date", "location": "f-location", "weapons": "f-weapons",
    "perpetrators.organizations": "f-org", "perpetrators.individuals": "f-indiv", "targets.human": "f-human",
    "targets.physical": "f-physical", "casualties.killed": "f-killed", "casualties.injured": "f-injured",
    "suicide": "f-suicide", "evidence": "f-evidence", "claim": "f-claim",
}


def field_path(field: str) -> str:
    return field.split("[", 1)[0]


def field_class(field: str) -> str:
    return FIELD_CLASS.get(field_path(field), "f-other")


def segments(text: str, spans: list[dict]) -> list[dict]:
    """Cut ``text`` at every span boundary.

    ``spans`` are ``{"start", "end", "key", "cls", "label"}``; each segment is
    ``{"text", "cls", "fieldkeys", "labels", "anchors"}`` where ``cls`` is the class
    of the shortest span covering it (None for plain text) and ``anchors`` the
    keys of the spans that start there (for ``#ev-KEY`` jumps).
    """
    n = len(text)
    good = [s for s in spans if s.get("start") is not None and 0 <= s["start"] < s["end"] <= n]
    cuts = sorted({0, n, *(s["start"] for s in good), *(s["end"] for s in good)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        cover = [s for s in good if s["start"] <= a and b <= s["end"]]
        cover.sort(key=lambda s: (s["cls"] == "f-evidence", s["end"] - s["start"]))
        out.append({"text": text[a:b], "cls": cover[0]["cls"] if cover else None,
                    "fieldkeys": [s["key"] for s in cover], "labels": sorted({s["label"] for s in cover}),
                    "anchors": [s["key"] for s in good if s["start"] == a]})
    return out


# ---------------------------------------------------------------- map
MAP_W, MAP_H = 1000, 500


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular projection onto the map's 1000 x 500 box."""
    return round((lon + 180) / 360 * MAP_W, 1), round((90 - lat) / 180 * MAP_H, 1)


@lru_cache(maxsize=1)
def country_paths() -> tuple[tuple[str, str, str], ...]:
    """(iso_a3, name, SVG path data) for every country of the shipped Natural Earth base map."""
    data = json.loads((STATIC / "world.json").read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        parts = []
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                pts = [project(x, y) for x, y in ring]
                parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in pts) + "Z")
        out.append((f["properties"]["iso_a3"], f["properties"]["name"], "".join(parts)))
    return tuple(out)


# ---------------------------------------------------------------- timeline
def week_start(d: str | None) -> date | None:
    if not d or len(d) < 10:
        return None
    try:
        day = date.fromisoformat(d[:10])
    except ValueError:
        return None
    return date.fromordinal(day.toordinal() - day.weekday())


def timeline(rows: list[tuple[str | None, str]], types: tuple[str, ...]) -> dict:
    """Bars of incidents per week (Monday) by type, for dated incidents (day precision)."""
    counts: Counter = Counter()
    for d, t in rows:
        w = week_start(d)
        if w:
            counts[(w, t)] += 1
    if not counts:
        return {"weeks": [], "bars": [], "max": 0, "width": 0, "height": 0, "types": []}
    weeks = sorted({w for w, _ in counts})
    first, last = weeks[0], weeks[-1]
    nweeks = (last - first).days // 7 + 1
    totals = Counter()
    for (w, _), c in counts.items():
        totals[w] += c
    peak = max(totals.values())
    bar_w, height = 12, 200
    bars = []
    for (w, t), c in sorted(counts.items(), key=lambda kv: (kv[0][0], types.index(kv[0][1])
                                                            if kv[0][1] in types else 99)):
        bars.append({"week": w.isoformat(), "type": t, "count": c})
    # stack per week
    stacked, tops = [], Counter()
    for b in bars:
        w = date.fromisoformat(b["week"])
        i = (w - first).days // 7
        h = b["count"] / peak * height
        y = height - tops[w] - h
        tops[w] += h
        stacked.append({**b, "x": 40 + i * bar_w, "y": round(y + 10, 1), "h": round(h, 1), "w": bar_w - 2})
    ticks = []
    for i in range(nweeks):
        w = date.fromordinal(first.toordinal() + 7 * i)
        if i == 0 or (w.day <= 7 and w.month in (1, 7)) or nweeks < 30 and w.day <= 7:
            ticks.append({"x": 40 + i * bar_w, "label": w.isoformat()[:7]})
    return {"bars": stacked, "max": peak, "width": 60 + nweeks * bar_w, "height": height + 50,
            "ticks": ticks, "types": [t for t in types if any(b["type"] == t for b in bars)],
            "first": first.isoformat(), "last": last.isoformat(), "total": sum(counts.values())}
