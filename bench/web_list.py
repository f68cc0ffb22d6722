"""How fast the review app's incident list stays with many incidents.

Seeds a throw-away SQLite store with N incidents over 2,000 documents (dates
over 20 years, 40 countries, all types and review states), then times the
list queries the app makes: first page, a deep page, filtered and sorted
pages, and a full-text search, each with its total count.

    python bench/web_list.py [N]          # default 100000
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = ["SE", "FR", "DE", "GB", "ES", "IQ", "SY", "AF", "PK", "IN", "NG", "ML", "SO", "KE", "CO", "PE", "MX",
             "US", "PH", "TH", "ID", "EG", "LY", "YE", "TR", "LB", "IL", "RU", "UA", "BE", "NL", "IT", "GR", "DZ",
             "TN", "MA", "BF", "NE", "CM", "CD"]
GROUPS = ["Islamic State", "al-Shabaab", "Boko Haram", "Taliban", "FARC", "Shining Path", None]
WORDS = "bomb attack gunmen police market convoy village checkpoint soldiers embassy border election".split()


def seed(store, n: int, docs: int = 2000, rng: random.Random | None = None) -> None:
    from sqlalchemy import insert

    from wirecoder.schema import INCIDENT_TYPES
    from wirecoder.store.db import documents, incident_sources, incidents, now
    from wirecoder.store.review import REVIEW_STATUSES, ensure_review_schema

    rng = rng or random.Random(7)
    ensure_review_schema(store)
    day0 = date(2005, 1, 1)
    with store.engine.begin() as conn:
        conn.execute(insert(documents), [{
            "doc_id": f"d{i}", "source": f"bench/d{i}.txt", "kind": "text", "title": f"report {i}",
            "content_hash": str(i), "text": " ".join(rng.choice(WORDS) for _ in range(200)) + f" marker{i}",
            "record": {}, "ingested_at": now()} for i in range(docs)])
        batch, links = [], []
        for i in range(n):
            t = rng.choice(INCIDENT_TYPES)
            g = rng.choice(GROUPS)
            batch.append({"id": f"d{i % docs}#{i}", "doc_id": f"d{i % docs}", "type": t, "stage": "accomplished",
                          "date_value": (day0 + timedelta(days=rng.randrange(7300))).isoformat(),
                          "date_precision": "day", "country_code": rng.choice(COUNTRIES), "location": "somewhere",
                          "lat": rng.uniform(-50, 60), "lon": rng.uniform(-120, 150), "groups": g,
                          "killed": rng.randrange(30), "injured": rng.randrange(50), "confidence": rng.random(),
                          "record": {"id": f"d{i % docs}#{i}", "type": t},
                          "review_status": rng.choice(REVIEW_STATUSES)})
            links.append({"incident_id": f"d{i % docs}#{i}", "doc_id": f"d{i % docs}"})
            if len(batch) == 10000:
                conn.execute(insert(incidents), batch)
                conn.execute(insert(incident_sources), links)
                batch, links = [], []
        if batch:
            conn.execute(insert(incidents), batch)
            conn.execute(insert(incident_sources), links)


QUERIES = {
    "first page": {},
    "page 1000": {"offset": 50 * 999},
    "country + type": {"country": "SE", "type": "bombing"},
    "date range, by killed": {"since": "2010-01-01", "until": "2010-12-31", "sort": "killed"},
    "status unreviewed, by confidence": {"status": "unreviewed", "sort": "confidence", "desc": False},
    "group": {"group": "boko"},
    "full text (rare word)": {"q": "marker1234"},
    "full text (common word)": {"q": "convoy"},
}


def measure(store, repeat: int = 3) -> dict[str, float]:
    from wirecoder.store.review import search_incidents

    out = {}
    for name, kw in QUERIES.items():
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            search_incidents(store, limit=50, **kw)
            best = min(best, time.perf_counter() - t0)
        out[name] = best
    return out


def main(n: int = 100_000) -> None:
    from wirecoder.store import Store

    with tempfile.TemporaryDirectory() as d:
        store = Store.open(f"sqlite:///{Path(d) / 'bench.db'}")
        t0 = time.perf_counter()
        seed(store, n)
        print(f"seeded {n} incidents in {time.perf_counter() - t0:.1f} s")
        for name, secs in measure(store).items():
            print(f"{name:36s} {secs * 1000:8.1f} ms (page of 50 and total count)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
