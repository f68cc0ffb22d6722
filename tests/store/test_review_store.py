"""Review edits and the review list on both back-ends (SQLite and PostgreSQL): full-text search,
filters, corrections that change the stored record, the audit log."""

from __future__ import annotations

from wirecoder.store.ingest import ingest

REPORT = ("Gunmen shot dead a judge and wounded his bodyguard in Medellin on 3 June 1990, police said. "
          "The Extraditables claimed responsibility for the attack.\n")


def test_review_on_both_backends(store, pipeline, tmp_path):
    from wirecoder.store.review import (audit_log, ensure_review_schema, field_rows, get_incident, review_field,
                                        review_incident, search_incidents)

    ensure_review_schema(store)
    ensure_review_schema(store)  # idempotent
    p = tmp_path / "r1.txt"
    p.write_text(REPORT, encoding="utf-8")
    ingest(store, [p], pipeline=pipeline)  # documents ingested after the index exist are found too
    (inc,) = store.list_incidents()
    iid = inc["id"]
    assert search_incidents(store, q="extraditables")[1] == 1
    assert search_incidents(store, q="Medellin judge")[1] == 1
    assert search_incidents(store, q="Stockholm")[1] == 0
    assert search_incidents(store, q="'); DROP TABLE incidents; --")[1] == 0
    assert search_incidents(store, country="co", type=inc["type"], status="unreviewed")[1] == 1

    text = p.read_text(encoding="utf-8")
    loc = next(r for r in field_rows(store, iid) if r["field"] == "location")
    s = text.index("Medellin")
    review_field(store, iid, loc["id"], "correct", "ana", value="Medellín", span=(s, s + 8))
    review_incident(store, iid, "accept", "ana")
    got = get_incident(store, iid)
    assert got["location"] == "Medellín" and got["review_status"] == "accepted"
    assert got["record"]["location"]["span"] == [s, s + 8]
    assert [e["action"] for e in audit_log(store, iid)] == ["accept", "correct"]
    assert search_incidents(store, status="accepted")[1] == 1
    # re-ingesting the changed document replaces it and its text index entry
    p.write_text(REPORT.replace("Medellin", "Cali"), encoding="utf-8")
    ingest(store, [p], pipeline=pipeline)
    assert search_incidents(store, q="Cali")[1] == 1
    assert search_incidents(store, q="Medellin")[1] == 0
