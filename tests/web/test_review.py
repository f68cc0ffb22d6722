"""Review edits through the store and through the app: every edit changes the stored value (so exports
show it), writes an audit entry with who and when, and keeps the corrected value's own evidence."""

from __future__ import annotations

import json

import pytest
from webutil import csrf_of

INC = "expressen-2017-10-13#1"


@pytest.fixture
def store(app):
    return app.state.store


def _row(store, field):
    from wirecoder.store.review import field_rows

    return next(r for r in field_rows(store, INC) if r["field"] == field)


def _doc_text(store):
    from wirecoder.store.review import source_documents

    return source_documents(store, INC)[0]["text"]


def _export(store, tmp_path):
    from wirecoder.store.export import export

    out = tmp_path / "x.jsonl"
    export(store, "jsonl", out)
    return {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def test_correct_a_value_with_its_own_evidence(store, tmp_path):
    from wirecoder.store.review import audit_log, get_incident, review_field

    text = _doc_text(store)
    row = _row(store, "casualties.killed")
    s = text.index("Five people")
    entry = review_field(store, INC, row["id"], "correct", "rob", value="6", span=(s, s + 4))
    assert entry["old_value"]["value"] == 5 and entry["new_value"]["value"] == 6
    inc = get_incident(store, INC)
    assert inc["killed"] == 6 and inc["review_status"] == "in_review"
    killed = inc["record"]["casualties"]["killed"]
    assert killed == {"value": 6, "qualifier": "exact", "text": "Five", "span": [s, s + 4]}
    assert text[killed["span"][0]:killed["span"][1]] == killed["text"]
    after = _row(store, "casualties.killed")
    assert after["status"] == "corrected" and (after["span_start"], after["span_end"]) == (s, s + 4)
    (log,) = audit_log(store, INC)
    assert log["user"] == "rob" and log["action"] == "correct" and log["field"] == "casualties.killed"
    assert log["evidence"]["text"] == "Five" and log["at"]
    assert _export(store, tmp_path)[INC]["casualties"]["killed"]["value"] == 6


def test_correct_place_date_type_and_group(store, tmp_path):
    from wirecoder.store.review import get_incident, review_field

    text = _doc_text(store)
    s = text.index("Stockholm")
    review_field(store, INC, _row(store, "location")["id"], "correct", "ana", value="Stockholm", span=(s, s + 9))
    review_field(store, INC, _row(store, "date")["id"], "correct", "ana", value="2017-04-08")
    review_field(store, INC, _row(store, "type")["id"], "correct", "ana", value="armed_assault")
    inc = get_incident(store, INC)
    assert inc["location"] == "Stockholm" and inc["record"]["location"]["text"] == "Stockholm"
    assert inc["country_code"] == "SE"
    assert inc["date_value"] == "2017-04-08" and inc["record"]["date"]["precision"] == "day"
    assert inc["type"] == "armed_assault"
    exported = _export(store, tmp_path)[INC]
    assert exported["type"] == "armed_assault" and exported["date"]["value"] == "2017-04-08"


def test_reject_removes_the_value_and_accept_keeps_it(store):
    from wirecoder.store.review import get_incident, review_field

    weapons = _row(store, "weapons[0]")
    review_field(store, INC, weapons["id"], "reject", "rob")
    review_field(store, INC, _row(store, "stage")["id"], "accept", "rob")
    inc = get_incident(store, INC)
    assert inc["record"]["weapons"] == []
    assert inc["record"]["stage"] == "accomplished"
    assert _row(store, "stage")["status"] == "accepted"
    review_field(store, INC, _row(store, "casualties.killed")["id"], "reject", "rob")
    assert get_incident(store, INC)["killed"] is None


def test_bad_corrections_are_refused(store):
    from wirecoder.store.review import ReviewError, audit_log, review_field

    with pytest.raises(ReviewError):
        review_field(store, INC, _row(store, "type")["id"], "correct", "rob", value="picnic")
    with pytest.raises(ReviewError):
        review_field(store, INC, _row(store, "casualties.killed")["id"], "correct", "rob", value="many")
    with pytest.raises(ReviewError):
        review_field(store, INC, _row(store, "date")["id"], "correct", "rob", value="2017-04-08",
                     span=(10, 10 ** 9))
    with pytest.raises(ReviewError):
        review_field(store, "expressen-2017-10-13#2", _row(store, "date")["id"], "accept", "rob")
    assert audit_log(store, INC) == []


def test_whole_incident_review(store):
    from wirecoder.store.review import audit_log, get_incident, review_incident, search_incidents

    review_incident(store, INC, "reject", "ana")
    assert get_incident(store, INC)["review_status"] == "rejected"
    rows, total = search_incidents(store, status="rejected")
    assert [r["id"] for r in rows] == [INC] and total == 1
    review_incident(store, INC, "reopen", "ana")
    assert [e["action"] for e in audit_log(store, INC)] == ["reopen", "reject"]


def test_search_filters_and_full_text(store):
    from wirecoder.store.review import search_incidents

    rows, total = search_incidents(store, q="Drottninggatan")
    assert total >= 1 and all(r["doc_id"] == "expressen-2017-10-13" for r in rows)
    rows, total = search_incidents(store, q="Extraditables")
    assert total == 1 and rows[0]["doc_id"] == "hostile"
    assert search_incidents(store, q="nosuchwordanywhere")[1] == 0
    assert search_incidents(store, q='"unbalanced AND (')[1] == 0 or True  # never an SQL/FTS syntax error
    rows, _ = search_incidents(store, country="se")
    assert rows and all(r["country_code"] == "SE" for r in rows)
    rows, _ = search_incidents(store, type="bombing", sort="date", desc=False)
    dates = [r["date_value"] for r in rows if r["date_value"]]
    assert dates == sorted(dates)
    rows, _ = search_incidents(store, since="2017-01-01", until="2017-12-31")
    assert rows and all(r["date_value"].startswith("2017") for r in rows)
    rows, _ = search_incidents(store, group="islamic")
    assert rows and all("Islamic" in r["groups"] for r in rows)


def test_correct_through_the_app(reviewer, store):
    page = reviewer.get(f"/incident?id={INC.replace('#', '%23')}")
    assert page.status_code == 200
    text = _doc_text(store)
    row = _row(store, "casualties.killed")
    s = text.index("Five people")
    r = reviewer.post("/incident/field", data={
        "csrf": csrf_of(page.text), "incident_id": INC, "field_id": str(row["id"]), "action": "correct",
        "value": "7", "doc_id": "expressen-2017-10-13", "span_start": str(s), "span_end": str(s + 11)})
    assert r.status_code == 303
    page = reviewer.get(r.headers["location"].split("#")[0])
    assert "correct: saved" in page.text
    audit = page.text[page.text.index('id="audit"'):]
    assert "rob" in audit and "casualties.killed" in audit and "7" in audit
    csv_text = reviewer.get("/export?format=csv").text
    line = next(ln for ln in csv_text.splitlines() if ln.startswith(INC))
    assert ",7," in line


def test_incident_page_highlights_evidence(reviewer, store):
    page = reviewer.get(f"/incident?id={INC.replace('#', '%23')}").text
    row = _row(store, "location")
    assert f'id="ev-{row["id"]}"' in page and f'href="#ev-{row["id"]}"' in page
    assert '<mark class="ev f-location"' in page and "Drottninggatan</mark>" in page
    assert '<mark class="ev f-date"' in page
    assert 'id="claims"' in page and "al-Raqqawi" in page


def test_map_and_timeline(reviewer):
    m = reviewer.get("/map").text
    assert m.count('class="country"') > 150 and 'class="pt t-vehicle_ramming"' in m
    t = reviewer.get("/timeline").text
    assert 'class="bar t-' in t


def test_list_sorting_and_paging(reviewer):
    page = reviewer.get("/incidents?sort=killed&dir=asc").text
    assert 'id="incidents"' in page and "killed ▲" in page
    assert reviewer.get("/incidents?type=bombing&q=ISIS").status_code == 200
    assert reviewer.get("/incidents?page_no=99").status_code == 200
