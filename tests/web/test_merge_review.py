"""Merge review through the app, with the store's merge module (skipped where it is not installed)."""

from __future__ import annotations

import pytest
from webutil import csrf_of

INC = "expressen-2017-10-13#1"


def test_merge_by_hand_then_split(reviewer, app):
    merge = pytest.importorskip("wirecoder.store.merge")
    if not hasattr(merge, "merge_incidents"):
        pytest.skip("wirecoder.store.merge has no merge_incidents yet")
    from wirecoder.store.review import audit_log, merged_incidents, search_incidents

    store = app.state.store
    (other,) = [r["id"] for r in search_incidents(store, q="Extraditables")[0]]
    page = reviewer.get("/incident/merge?id=" + INC.replace("#", "%23"))
    assert 'id="merge-form"' in page.text and 'id="merge-readonly"' not in page.text
    r = reviewer.post("/incident/merge", data={"csrf": csrf_of(page.text), "incident_id": INC, "other_id": other})
    assert r.status_code == 303
    page = reviewer.get(r.headers["location"])
    assert f"merged {other} into {INC}" in page.text, page.text[:2000]
    assert [m["id"] for m in merged_incidents(store, INC)] == [other]
    sources = page.text[page.text.index('id="sources"'):page.text.index('id="merged"')]
    assert "hostile" in sources and "expressen-2017-10-13" in sources
    # the merged incident's report is shown beside the kept one's on the incident page
    view = reviewer.get("/incident?id=" + INC.replace("#", "%23")).text
    assert 'data-doc-id="hostile"' in view and 'data-doc-id="expressen-2017-10-13"' in view
    assert any(e["action"] == "merge" and e["user"] == "rob" for e in audit_log(store, other))

    r = reviewer.post("/incident/split", data={"csrf": csrf_of(page.text), "incident_id": other,
                                               "back_id": INC})
    assert r.status_code == 303
    assert merged_incidents(store, INC) == []
    assert other in {x["id"] for x in search_incidents(store, q="Extraditables")[0]}


def test_merge_refusals_are_shown(reviewer):
    pytest.importorskip("wirecoder.store.merge")
    page = reviewer.get("/incident/merge?id=" + INC.replace("#", "%23"))
    r = reviewer.post("/incident/merge", data={"csrf": csrf_of(page.text), "incident_id": INC,
                                               "other_id": "expressen-2017-10-13#2"})
    assert "not merged" in reviewer.get(r.headers["location"]).text
    r = reviewer.post("/incident/merge", data={"csrf": csrf_of(page.text), "incident_id": INC,
                                               "other_id": "no-such-incident"})
    assert "not merged" in reviewer.get(r.headers["location"]).text
