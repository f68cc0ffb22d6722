"""A reviewed report that changes and is ingested again keeps the reviews that still hold (both back-ends)."""

from __future__ import annotations

from wirecoder.store.ingest import ingest

V1 = ("KABUL, March 14, 2023 (AP) - A suicide bomber killed 20 people at a wedding hall in Kabul on Tuesday, "
      "police said. The Taliban claimed responsibility for the attack.\n")
# the same report, updated: a sentence added, nothing the reviewer looked at changed
V2 = V1 + "\nThe interior ministry said the bomber had entered the hall on foot.\n"
# updated again: the death toll rises
V3 = V2.replace("killed 20 people", "killed at least 35 people")


def _rows(store, iid):
    from wirecoder.store.review import field_rows

    return {r["field"]: r for r in field_rows(store, iid)}


def test_reviews_survive_a_changed_report(store, pipeline, tmp_path):
    from wirecoder.store.review import audit_log, ensure_review_schema, get_incident, review_field, review_incident

    ensure_review_schema(store)
    p = tmp_path / "kabul.txt"
    p.write_text(V1, encoding="utf-8")
    ingest(store, [p], pipeline=pipeline)
    (inc,) = store.list_incidents()
    iid = inc["id"]
    rows = _rows(store, iid)
    assert rows["casualties.killed"]["value"]["value"] == 20
    s = V1.index("20 people")
    review_field(store, iid, rows["casualties.killed"]["id"], "correct", "ana", value="21", span=(s, s + 9))
    org = next(r for f, r in rows.items() if f.startswith("perpetrators.organizations"))
    review_field(store, iid, org["id"], "reject", "ana")
    review_field(store, iid, rows["location"]["id"], "accept", "ana")
    review_incident(store, iid, "accept", "ana")

    p.write_text(V2, encoding="utf-8")
    assert ingest(store, [p], pipeline=pipeline)["docs_replaced"] == 1
    (inc2,) = store.list_incidents()
    got = get_incident(store, inc2["id"])
    rows2 = _rows(store, inc2["id"])
    # the correction, the rejection and the acceptance hold: the report still says what the reviewer saw
    assert got["killed"] == 21 and rows2["casualties.killed"]["status"] == "corrected"
    assert rows2["casualties.killed"]["span_start"] == V2.index("20 people")
    assert got["record"]["perpetrators"]["organizations"] == []
    assert rows2["location"]["status"] == "accepted"
    assert got["review_status"] == "accepted"
    assert sorted(e["action"] for e in audit_log(store, inc2["id"]) if e["user"] == "wirecoder") == \
        ["carried", "carried", "carried"]

    # the report now says 35: its new figure stands, the reviewer's 21 is kept in the audit as superseded
    p.write_text(V3, encoding="utf-8")
    ingest(store, [p], pipeline=pipeline)
    (inc3,) = store.list_incidents()
    got = get_incident(store, inc3["id"])
    rows3 = _rows(store, inc3["id"])
    assert got["killed"] == 35 and rows3["casualties.killed"]["status"] == "unreviewed"
    assert got["record"]["perpetrators"]["organizations"] == []   # the rejection still holds
    assert got["review_status"] == "in_review"                     # something changed: look again
    superseded = [e for e in audit_log(store, inc3["id"]) if e["action"] == "superseded"]
    assert [e["field"] for e in superseded] == ["casualties.killed"] and superseded[0]["old_value"]["value"] == 21
