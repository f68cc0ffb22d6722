"""The store: idempotent ingest, replacement, quarantine and retry, crash safety, exports."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from wirecoder.store import Store, StoreError
from wirecoder.store.export import export
from wirecoder.store.ingest import ingest

REPORT = ("Gunmen shot dead a judge and wounded his bodyguard in Medellin on 3 June 1990, police said. "
          "The Extraditables claimed responsibility for the attack.\n")


def test_ingest_is_idempotent(store, pipeline, shared_examples):
    c1 = ingest(store, [shared_examples / "expressen-2017-10-13.txt"], pipeline=pipeline)
    assert c1["docs_new"] == 1 and c1["incidents"] >= 5
    before = store.dump()
    c2 = ingest(store, [shared_examples / "expressen-2017-10-13.txt"], pipeline=pipeline)
    assert c2 == {"docs_new": 0, "docs_unchanged": 1, "docs_replaced": 0, "docs_failed": 0, "incidents": 0}
    assert store.dump() == before


def test_changed_document_replaces_its_records(store, pipeline, tmp_path):
    p = tmp_path / "r1.txt"
    p.write_text(REPORT, encoding="utf-8")
    ingest(store, [p], pipeline=pipeline)
    (inc,) = store.list_incidents()
    assert inc["location"] == "Medellín" and inc["country_code"] == "CO"
    p.write_text(REPORT.replace("Medellin", "Cali"), encoding="utf-8")
    c = ingest(store, [p], pipeline=pipeline)
    assert c["docs_replaced"] == 1
    rows = store.list_incidents()
    assert [r["location"] for r in rows] == ["Cali"]
    assert store.counts()["documents"] == 1


def test_bad_input_is_quarantined_and_retried(store, pipeline, tmp_path):
    bad = tmp_path / "later.txt"
    bad.write_bytes(b"Bogot\xe1 attack")
    c = ingest(store, [bad], pipeline=pipeline)
    assert c["docs_failed"] == 1
    (f,) = store.open_failures()
    assert f["source"] == str(bad) and "not valid UTF-8" in f["reason"]
    bad.write_text(REPORT, encoding="utf-8")
    c = ingest(store, [], pipeline=pipeline, retry_failed=True)
    assert c["docs_new"] == 1 and store.open_failures() == []


def test_field_values_keep_their_evidence(store, pipeline, tmp_path):
    p = tmp_path / "r1.txt"
    p.write_text(REPORT, encoding="utf-8")
    ingest(store, [p], pipeline=pipeline)
    from sqlalchemy import select

    from wirecoder.store.db import documents, field_values
    with store.engine.connect() as conn:
        text = conn.execute(select(documents.c.text)).scalar_one()
        rows = conn.execute(select(field_values)).fetchall()
    assert rows
    for r in rows:
        if r.span_start is not None:
            assert text[r.span_start:r.span_end] == r.evidence_text


def test_exports(store, pipeline, shared_examples, tmp_path):
    ingest(store, [shared_examples / "expressen-2017-10-13.txt"], pipeline=pipeline)
    n = export(store, "csv", tmp_path / "x.csv")
    rows = list(csv.DictReader(open(tmp_path / "x.csv", encoding="utf-8")))
    assert len(rows) == n >= 5
    barcelona = next(r for r in rows if r["city"] == "Barcelona")
    assert (barcelona["iyear"], barcelona["imonth"], barcelona["iday"]) == ("2017", "8", "17")
    assert barcelona["nkill"] == "13" and barcelona["nwound"] == "100" and barcelona["gname"] == "Islamic State"
    assert barcelona["claimed"] == "1" and barcelona["country_txt"] == "Spain"
    export(store, "jsonl", tmp_path / "x.jsonl")
    recs = [json.loads(line) for line in open(tmp_path / "x.jsonl", encoding="utf-8")]
    assert all(r["sources"] for r in recs)
    export(store, "geojson", tmp_path / "x.geojson")
    gj = json.loads((tmp_path / "x.geojson").read_text())
    assert any(f["geometry"] and abs(f["geometry"]["coordinates"][1] - 59.33) < 0.1 for f in gj["features"])
    export(store, "parquet", tmp_path / "x.parquet")
    import pyarrow.parquet as pq
    assert pq.read_table(tmp_path / "x.parquet").num_rows == n
    assert export(store, "csv", tmp_path / "y.csv", country="ES") == 1


def test_bad_database_url_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="cannot"):
        Store.open("nosuchdb://x/y")
    with pytest.raises(StoreError, match="cannot open database"):
        Store.open(f"sqlite:///{tmp_path / 'missing-folder' / 'w.db'}")


@pytest.mark.slow
def _processes_with(arg: str) -> list:
    import psutil

    out = []
    for p in psutil.process_iter(["cmdline"]):
        try:
            if arg in (p.info["cmdline"] or []):
                out.append(p)
        except psutil.Error:
            pass
    return out


def test_killed_ingest_leaves_a_database_the_next_run_completes(tmp_path, muc4):
    """SIGKILL an ingest at several moments; the re-run must equal a clean run."""
    src = muc4 / "dev" / "tst1-muc3"
    clean_db = tmp_path / "clean.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "wirecoder.cli", "ingest", str(src), "--db"]
    subprocess.run(cmd + [str(clean_db)], check=True, env=env, capture_output=True, timeout=600)
    expected = Store.open(f"sqlite:///{clean_db}").dump()
    crash_db = tmp_path / "crash.db"
    for delay in (4.0, 7.0, 10.0):
        proc = subprocess.Popen(cmd + [str(crash_db)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    # the killed runs' spaCy worker processes died with them
    deadline = time.time() + 10
    while time.time() < deadline and _processes_with(str(crash_db)):
        time.sleep(0.2)
    assert not _processes_with(str(crash_db))
    subprocess.run(cmd + [str(crash_db)], check=True, env=env, capture_output=True, timeout=600)
    got = Store.open(f"sqlite:///{crash_db}").dump()
    assert got == expected
