"""The shipped incident scorer (the learned ``confidence``), checked against the MUC-4 dev keys, and a
training smoke test."""

from __future__ import annotations

import json

import pytest

from wirecoder.evaluate.muc4_keys import read_keys
from wirecoder.extract.incident_scorer import MODEL_PATH, IncidentScorer, default_scorer, features

@pytest.fixture(scope="module")
def dev_records(pipeline, muc4):
    from wirecoder.ingest import iter_documents

    raws = list(iter_documents([muc4 / "dev" / "tst1-muc3"]))[:60]
    return [rec for _, rec in pipeline.pipe(raws) if isinstance(rec, dict)], read_keys(muc4 / "dev" / "key-tst1.v7")


def test_shipped_scorer_loads_and_is_small():
    assert MODEL_PATH.exists() and MODEL_PATH.stat().st_size < 100e6
    scorer = default_scorer()
    assert scorer is not None and 0.0 < scorer.threshold < 1.0


def test_confidence_ranks_key_incidents_above_the_others(dev_records, training_script):
    """Over 60 dev messages (never trained on), incidents that the scorer maps to a key template get a
    higher confidence than those it does not: the ranking (AUC) is well above chance."""
    label_record = training_script("train_incident_scorer").label_record
    records, keys = dev_records
    pos, neg = [], []
    for rec in records:
        for i, y in label_record(rec, keys[rec["doc_id"]]):
            (pos if y else neg).append(rec["incidents"][i]["confidence"])
    assert len(pos) >= 20 and len(neg) >= 10
    auc = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))
    assert auc > 0.65, auc


def test_confidence_is_a_probability_per_incident(dev_records):
    records, _ = dev_records
    values = [inc["confidence"] for rec in records for inc in rec["incidents"]]
    assert values and all(0.0 <= v <= 1.0 for v in values)
    assert len(set(values)) > 5   # a score, not a constant


def test_features_read_the_record():
    rec = {"text": "x" * 500, "published": {"value": "1989-11-16"}, "dateline": {"country_code": "SV"},
           "claims": [], "incidents": []}
    inc = {"id": "d#1", "type": "bombing", "stage": "accomplished",
           "date": {"value": "1989-11-15", "precision": "day"},
           "location": {"precision": "city", "country_code": "SV"},
           "weapons": [{"type": "explosives"}], "perpetrators": {"individuals": [], "organizations": []},
           "targets": {"human": [], "physical": [{"type": "energy"}]}, "casualties": {},
           "evidence": [{"text": "A bomb destroyed the power pylon.", "span": [10, 44]}]}
    rec["incidents"].append(inc)
    f = set(features(inc, rec, 0))
    assert {"type=bombing", "days=1", "loc=city", "loc_dateline_country=True", "weapon=explosives",
            "w=pylon"} <= f



def test_an_act_told_in_quoted_words_is_marked_and_weighs_against_the_incident():
    """``ev_quoted``: the share of the evidence sentences in quotation marks. The shipped model, trained on
    MUC-4 train, gives an incident told only inside quoted words a lower confidence than the same incident
    told in the report's own words."""
    rec = {"text": "x" * 800, "published": {"value": "1989-11-16"}, "claims": [], "incidents": []}
    plain = "SOLDIERS KILLED FOUR PEASANTS IN THE VILLAGE, THE POLICE SAID."
    quoted = '"SOLDIERS KILLED FOUR PEASANTS IN THE VILLAGE," THE LEADER SAID IN HIS SPEECH.'
    base = {"id": "d#1", "type": "armed_assault", "stage": "accomplished", "date": {"precision": None},
            "location": {}, "weapons": [], "perpetrators": {"individuals": [], "organizations": []},
            "targets": {"human": [{"type": "civilian", "effect": "death"}], "physical": []}, "casualties": {}}
    told = dict(base, evidence=[{"text": plain, "span": [100, 100 + len(plain)]}])
    in_quotes = dict(base, evidence=[{"text": quoted, "span": [100, 100 + len(quoted)]}])
    half = dict(base, evidence=told["evidence"] + [{"text": quoted, "span": [300, 300 + len(quoted)]}])
    assert "ev_quoted=0" in features(told, rec, 0)
    assert "ev_quoted=2" in features(in_quotes, rec, 0)
    assert "ev_quoted=1" in features(half, rec, 0)
    scorer = default_scorer()
    # the same sentence with and without quotation marks: only ev_quoted differs
    only = dict(base, evidence=[{"text": plain, "span": [100, 100 + len(plain)]}])
    q = dict(only, evidence=[{"text": '"' + plain + '"', "span": [100, 102 + len(plain)]}])
    assert scorer.probability(q, rec, 0) < scorer.probability(only, rec, 0)

def test_training_smoke(tmp_path, pipeline, muc4, training_script):
    """Train on 40 training messages: the model saves, loads and scores."""
    pytest.importorskip("sklearn")
    from wirecoder.evaluate.muc4_eval import split_files
    from wirecoder.ingest import iter_documents

    texts, _ = split_files("train", muc4)
    raws = list(iter_documents(texts[:1]))[:40]
    path = tmp_path / "records.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for _, rec in pipeline.pipe(raws):
            f.write(json.dumps(rec) + "\n")
    mod = training_script("train_incident_scorer")
    out = tmp_path / "scorer.npz"
    mod.main(["--records", str(path), "--out", str(out), "--folds", "2", "--threshold-on", "train"])
    scorer = IncidentScorer.load(out)
    rec = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    if rec["incidents"]:
        assert 0.0 <= scorer.probability(rec["incidents"][0], rec, 0) <= 1.0
    assert 0.0 <= scorer.threshold < 1.0


def test_training_without_muc4_messages_says_so(tmp_path, training_script, muc4):
    """Records of no MUC-4 training message (or no data at all) end in one line, not a stack trace."""
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"doc_id": "NOT-A-MUC4-ID", "text": "", "incidents": [], "claims": []}) + "\n",
                    encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        training_script("train_incident_scorer").main(["--records", str(path), "--out", str(tmp_path / "s.npz")])
    assert "no MUC-4 training messages" in str(exc.value)
    assert not (tmp_path / "s.npz").exists()


def test_training_from_records_that_are_missing_or_not_records_says_so(tmp_path, training_script, muc4):
    """A --records or --dev-records file that is missing or not JSON lines ends in one line naming it."""
    mod = training_script("train_incident_scorer")
    missing = tmp_path / "nowhere.jsonl"
    with pytest.raises(SystemExit) as exc:
        mod.main(["--records", str(missing), "--out", str(tmp_path / "s.npz")])
    assert str(missing) in str(exc.value)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("this is not json\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        mod.main(["--records", str(broken), "--out", str(tmp_path / "s.npz")])
    assert str(broken) in str(exc.value) and "not a records.jsonl" in str(exc.value)
    assert not (tmp_path / "s.npz").exists()


def test_saved_thresholds_read_back_as_chosen_and_an_incident_at_the_threshold_is_written(tmp_path):
    import numpy as np

    from wirecoder.evaluate.muc4_templates import templates_by_incident

    out = tmp_path / "scorer.npz"
    IncidentScorer(np.zeros(3), 0.0, 0.4, 0.475).save(out)
    scorer = IncidentScorer.load(out)
    assert scorer.threshold == 0.4 and scorer.veto_threshold == 0.475   # float32 on disk, not 0.40000000596
    inc = {"type": "bombing", "confidence": 0.4, "confidence_source": "scorer", "location": None,
           "targets": {"human": [], "physical": []}, "perpetrators": {}, "weapons": []}
    record = {"doc_id": "T", "incidents": [inc, {**inc, "confidence": 0.39}]}
    assert [k for k, _ in templates_by_incident(record, min_confidence=scorer.threshold)] == [0]


def test_a_template_mapped_to_a_key_on_little_but_its_type_is_a_negative_example(dev_records, training_script):
    """``label_record``'s ``min_share``: an incident whose template maps to a key template but gives mostly
    wrong fills lowers ALL TEMPLATES F, so the scorer learns it as a negative example. A real dev incident
    mapped to its key, given eight made-up victims, still maps to the key (1 with no minimum share) but no
    longer has the share of right fills the training script asks (0)."""
    import copy

    label_record = training_script("train_incident_scorer").label_record
    records, keys = dev_records
    plain = [(rec, i) for rec in records for i, y in label_record(rec, keys[rec["doc_id"]], 0.222) if y]
    assert len(plain) >= 20
    for rec in records:   # the minimum share only ever takes examples away
        loose = dict(label_record(rec, keys[rec["doc_id"]]))
        assert all(y <= loose[i] for i, y in label_record(rec, keys[rec["doc_id"]], 0.222))
    rec, i = next((r, i) for r, i in plain if len(r["incidents"]) == 1)
    bad = copy.deepcopy(rec)
    bad["incidents"][i]["targets"] = {"physical": [], "human": [
        {"text": f"NOBODY {k}", "span": [0, 1], "type": "civilian", "number": 1, "effect": "death"}
        for k in range(8)]}
    assert dict(label_record(bad, keys[rec["doc_id"]]))[i] == 1
    assert dict(label_record(bad, keys[rec["doc_id"]], 0.222))[i] == 0
