"""The incident list stays fast with many incidents (``bench/web_list.py`` measures 100,000)."""

from __future__ import annotations

import importlib.util
import time

from webutil import REPO


def _bench():
    spec = importlib.util.spec_from_file_location("web_list_bench", REPO / "bench" / "web_list.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_list_queries_stay_fast_with_many_incidents(tmp_path):
    from wirecoder.store import Store
    from wirecoder.store.review import search_incidents

    bench = _bench()
    store = Store.open(f"sqlite:///{tmp_path / 'many.db'}")
    bench.seed(store, 30_000, docs=600)
    rows, total = search_incidents(store)
    assert total == 30_000 and len(rows) == 50
    dates = [r["date_value"] for r in rows]
    assert dates == sorted(dates, reverse=True)
    deep, _ = search_incidents(store, offset=50 * 500)
    assert len(deep) == 50 and deep[0]["date_value"] <= dates[-1]
    timings = bench.measure(store, repeat=2)
    slow = {k: round(v, 3) for k, v in timings.items() if v > 0.5}
    assert not slow, slow


def test_list_page_through_the_app_is_fast(tmp_path):
    from fastapi.testclient import TestClient
    from webutil import login

    from wirecoder.store import Store
    from wirecoder.web.app import create_app
    from wirecoder.web.auth import add_user

    url = f"sqlite:///{tmp_path / 'many.db'}"
    store = Store.open(url)
    _bench().seed(store, 20_000, docs=400)
    add_user(store, "rob", "correct horse 1")
    client = login(TestClient(create_app(url), follow_redirects=False), "rob")
    for path in ("/incidents", "/incidents?page_no=300", "/incidents?sort=killed&dir=asc&type=bombing",
                 "/incidents?q=convoy"):
        t0 = time.perf_counter()
        r = client.get(path)
        assert r.status_code == 200 and r.text.count('class="inc-link"') == 50, path
        assert time.perf_counter() - t0 < 1.0, path
