"""Cross-document merge on real wire-style reports through the real extractor (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from wirecoder.store.ingest import ingest
from wirecoder.store.merge import RULES, MergeError, merge_all, merge_incidents, split_incident

# One bus bombing in Kabul told by three agencies over two days, with different tolls.
REUTERS = ("KABUL, March 14, 2023 (Reuters) - A bomb tore through a bus carrying government employees in western "
           "Kabul on Tuesday, killing eight people and wounding 15, police said.\n\n"
           "The blast struck the bus during the morning rush hour, a police spokesman said. No group immediately "
           "claimed responsibility.\n")
AFP = ("KABUL, March 15, 2023 (AFP) - A bomb attack on a bus in Kabul on Tuesday killed 11 people and wounded 20, "
       "officials said on Wednesday. Islamic State claimed responsibility for the bombing.\n\n"
       "The explosive device had been planted on the bus, which was carrying employees of the ministry of mines, "
       "a health official said.\n")
XINHUA = ("KABUL, March 15, 2023 (Xinhua) -- Eleven people were killed and 20 others injured when a roadside bomb hit "
          "a bus in Kabul city on Tuesday morning, an official said Wednesday.\n\n"
          "The bus was carrying staff of the Ministry of Mines and Petroleum, the official said.\n")
# Two other attacks in Kabul on the same day.
TOLO = ("KABUL, March 14, 2023 (TOLOnews) - A suicide bomber blew himself up inside a Shiite mosque in Kabul on "
        "Tuesday during evening prayers, killing 30 worshippers, the interior ministry said.\n")
AP = ("KABUL, March 14, 2023 (AP) - Gunmen shot dead two policemen at a checkpoint in northern Kabul on Tuesday "
      "evening and escaped, the interior ministry said.\n\nThe gunmen opened fire from a car, a ministry spokesman "
      "said.\n")
# One report of two separate bombings in Baghdad on one day, and one report of each.
BBC = ("BAGHDAD, June 5, 2023 (BBC) - A car bomb exploded in a crowded market in Baghdad on Monday, killing 12 "
       "people, police said.\n\nIn a separate attack, a roadside bomb hit a bus carrying pilgrims in Baghdad on "
       "Monday evening, killing six people.\n")
DPA = ("BAGHDAD, June 6, 2023 (dpa) - A car bomb tore through a market in central Baghdad on Monday, killing 14 "
       "people and wounding 30, police said on Tuesday.\n")
ANI = ("BAGHDAD, June 5, 2023 (ANI) - A roadside bomb struck a bus carrying Shiite pilgrims in Baghdad on Monday, "
       "killing six people, an interior ministry official said.\n")


def _ingest(store, pipeline, tmp_path, **texts):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    ingest(store, [tmp_path / f"{name}.txt" for name in texts], pipeline=pipeline)


def _events(store) -> dict[str, set[str]]:
    """Top-level incident id -> the documents it stands for."""
    return {r["id"]: {s["doc_id"] for s in store.sources(r["id"])} for r in store.list_incidents()}


def _event_of(store, doc_id: str) -> dict:
    return next(r for r in store.list_incidents() if doc_id in {s["doc_id"] for s in store.sources(r["id"])})


def test_three_reports_of_one_attack_merge_with_all_sources(store, pipeline, tmp_path):
    _ingest(store, pipeline, tmp_path, reuters=REUTERS, afp=AFP, xinhua=XINHUA)
    assert len(store.list_incidents()) == 3
    result = merge_all(store)
    assert result.summary == "merged 3 incidents into 1 events"
    (event,) = store.list_incidents()
    assert {s["doc_id"] for s in store.sources(event["id"])} == {"reuters", "afp", "xinhua"}
    rec = event["record"]
    m = rec["merge"]
    assert event["id"] == "reuters#1" and m["members"][0] == "reuters#1"  # the first report stands for the event
    # every link says why: the same day, the same city, the same type, a shared target
    for link in m["links"]:
        assert link["score"] >= 0.6 and link["by"] == "auto-merge"
        assert "same day 2023-03-14" in link["reasons"] and "same city Kabul" in link["reasons"]
        assert "same type bombing" in link["reasons"] and "targets overlap 'bus'" in link["reasons"]
    # 8 killed on the day, 11 in the next day's reports: each source kept, the latest report's figure wins
    killed = m["fields"]["casualties.killed"]
    assert killed["rule"] == RULES["casualties.killed"]
    assert sorted((s["doc_id"], s["value"]) for s in killed["sources"]) == [("afp", 11), ("reuters", 8), ("xinhua", 11)]
    latest = max(s["published"] for s in killed["sources"])
    assert killed["value"] == max(s["value"] for s in killed["sources"] if s["published"] == latest) == 11
    assert event["killed"] == rec["casualties"]["killed"]["value"] == 11
    assert rec["casualties"]["killed"]["doc_id"] in ("afp", "xinhua")  # its evidence points into that report
    assert event["groups"] == "Islamic State"  # named only by AFP
    assert m["base"]["casualties"]["killed"]["value"] == 8  # Reuters' own figure, kept for a split
    # the others are hidden behind the event, their own records unchanged
    assert store.counts()["incidents"] == 3
    audit = [e for e in store.audit() if e["action"] == "merge"]
    assert {e["incident_id"] for e in audit} == {"afp#1", "xinhua#1"}
    assert all(e["new_value"] == "reuters#1" and e["user"] == "auto-merge" and e["evidence"]["reasons"] for e in audit)


def test_different_attacks_on_one_day_in_one_city_stay_apart(store, pipeline, tmp_path):
    _ingest(store, pipeline, tmp_path, reuters=REUTERS, tolo=TOLO, ap=AP)
    result = merge_all(store)
    assert result.links == []
    assert sorted(map(sorted, _events(store).values())) == [["ap"], ["reuters"], ["tolo"]]
    # they did come close (same day, same city), and the reasons say what kept them apart
    near = {frozenset((n["a"], n["b"])): n for n in result.near}
    bus_mosque = near[frozenset(("reuters#1", "tolo#1"))]
    assert "same city Kabul" in bus_mosque["reasons"] and any(r.startswith("targets differ") for r in bus_mosque["reasons"])


def test_incidents_of_one_document_are_never_merged(store, pipeline, tmp_path):
    _ingest(store, pipeline, tmp_path, bbc=BBC, dpa=DPA, ani=ANI)
    rows = {r["id"]: r for r in store.list_incidents()}
    assert {"bbc#1", "bbc#2"} <= set(rows)  # the extractor keeps the market and the bus bombing apart
    merge_all(store)
    events = _events(store)
    assert sorted(map(sorted, events.values())) == [["ani", "bbc"], ["bbc", "dpa"]]
    market, bus = _event_of(store, "dpa"), _event_of(store, "ani")
    assert market["id"] != bus["id"]
    assert market["record"]["merge"]["fields"]["casualties.killed"]["value"] == market["killed"] == 14
    with pytest.raises(MergeError, match="same document|document bbc"):
        merge_incidents(store, "bbc#1", "bbc#2", "alice")
    with pytest.raises(MergeError, match="document bbc"):
        merge_incidents(store, market["id"], bus["id"], "alice")
    assert _events(store) == events


def test_split_undoes_a_merge_and_sticks(store, pipeline, tmp_path):
    _ingest(store, pipeline, tmp_path, reuters=REUTERS, afp=AFP, xinhua=XINHUA)
    before = {r["id"]: r["record"] for r in store.merge_rows()}
    merge_all(store)
    left = split_incident(store, "afp#1", "alice")
    assert left == "reuters#1"
    events = _events(store)
    assert events == {"reuters#1": {"reuters", "xinhua"}, "afp#1": {"afp"}}
    rows = {r["id"]: r for r in store.list_incidents()}
    assert rows["afp#1"]["record"] == before["afp#1"] and rows["afp#1"]["merged_into"] is None
    assert rows["reuters#1"]["groups"] is None  # the group came only from AFP
    assert [s["doc_id"] for s in rows["reuters#1"]["record"]["merge"]["sources"]] == ["reuters", "xinhua"]
    (edit,) = [e for e in store.audit("afp#1") if e["action"] == "split"]
    assert edit["user"] == "alice" and edit["old_value"] == "reuters#1" and edit["new_value"] is None
    # the automatic merge does not undo the reviewer's split
    assert merge_all(store).links == []
    assert _events(store) == events
    # splitting the event's own first report hands the event to the next report; a split of all restores all
    assert split_incident(store, "reuters#1", "alice") == "xinhua#1"
    assert {r["id"]: r["record"] for r in store.merge_rows()} == before
    with pytest.raises(MergeError, match="not merged"):
        split_incident(store, "afp#1", "alice")
    # a merge by hand brings it back, recorded under the reviewer's name
    link = merge_incidents(store, "reuters#1", "afp#1", "bob")
    assert link["by"] == "bob" and "same city Kabul" in link["reasons"]
    assert _events(store)["reuters#1"] == {"reuters", "afp"}
    assert any(e["action"] == "merge" and e["user"] == "bob" for e in store.audit("afp#1"))


def test_merge_all_is_idempotent(store, pipeline, tmp_path):
    _ingest(store, pipeline, tmp_path, reuters=REUTERS, afp=AFP, xinhua=XINHUA, tolo=TOLO, ap=AP)
    first = merge_all(store)
    assert first.links
    dump, audit = store.dump(), store.audit()
    again = merge_all(store)
    assert again.links == [] and again.summary == "merged 0 incidents into 0 events"
    assert store.dump() == dump and store.audit() == audit


def test_a_replaced_report_leaves_its_event_and_rejoins(store, pipeline, tmp_path):
    _ingest(store, pipeline, tmp_path, reuters=REUTERS, afp=AFP)
    merge_all(store)
    assert _events(store) == {"reuters#1": {"reuters", "afp"}}
    # AFP corrects its story: the toll is now 12
    _ingest(store, pipeline, tmp_path, afp=AFP.replace("killed 11 people", "killed 12 people"))
    events = _events(store)
    assert events == {"reuters#1": {"reuters"}, "afp#1": {"afp"}}
    assert all("merge" not in r["record"] for r in store.list_incidents())
    merge_all(store)
    (event,) = store.list_incidents()
    assert event["killed"] == 12 and {s["doc_id"] for s in store.sources(event["id"])} == {"reuters", "afp"}
