"""The MUC-4 key reader, template writer and the three scorers."""

from __future__ import annotations

import glob

import pytest

from wirecoder.evaluate.muc4_keys import Fill, Template, parse_templates, read_keys
from wirecoder.evaluate.muc4_templates import format_template, records_to_templates
from wirecoder.evaluate.scoring import ceaf_ree, full_template, template_level

KEY = """0.  MESSAGE: ID                     TST9-MUC4-0001
1.  MESSAGE: TEMPLATE               1
2.  INCIDENT: DATE                  02 FEB 90
3.  INCIDENT: LOCATION              GUATEMALA: FLORES (CITY)
4.  INCIDENT: TYPE                  ATTACK
5.  INCIDENT: STAGE OF EXECUTION    ACCOMPLISHED
6.  INCIDENT: INSTRUMENT ID         -
7.  INCIDENT: INSTRUMENT TYPE       -
8.  PERP: INCIDENT CATEGORY         TERRORIST ACT
9.  PERP: INDIVIDUAL ID             "GUERRILLA COLUMN" / "GUERRILLAS"
10. PERP: ORGANIZATION ID           "URNG" / "GUATEMALAN NATIONAL REVOLUTIONARY UNITY"
11. PERP: ORGANIZATION CONFIDENCE   REPORTED AS FACT: "URNG" / "GUATEMALAN NATIONAL REVOLUTIONARY UNITY"
12. PHYS TGT: ID                    ?"TANK TRUCK"
13. PHYS TGT: TYPE                  ?TRANSPORT VEHICLE: "TANK TRUCK"
14. PHYS TGT: NUMBER                ?1: "TANK TRUCK"
15. PHYS TGT: FOREIGN NATION        -
16. PHYS TGT: EFFECT OF INCIDENT    -
17. PHYS TGT: TOTAL NUMBER          -
18. HUM TGT: NAME                   -
19. HUM TGT: DESCRIPTION            "PEASANT"
20. HUM TGT: TYPE                   CIVILIAN: "PEASANT"
21. HUM TGT: NUMBER                 1: "PEASANT"
22. HUM TGT: FOREIGN NATION         -
23. HUM TGT: EFFECT OF INCIDENT     DEATH: "PEASANT"
24. HUM TGT: TOTAL NUMBER           -
"""
TEXT = "GUERRILLAS OF THE URNG KILLED A PEASANT IN FLORES AND BURNED A TANK TRUCK."


def _key():
    return parse_templates(KEY, "test")


def _copy(t: Template, changes: dict) -> Template:
    slots = {k: (None if v is None else [Fill(list(f.alternatives), f.optional, list(f.xref)) for f in v])
             for k, v in t.slots.items()}
    slots.update(changes)
    return Template(t.message_id, t.number, slots)


def test_all_train_and_dev_keys_parse(muc4):
    files = sorted(glob.glob(str(muc4 / "train" / "key-dev-*"))) + sorted(glob.glob(str(muc4 / "dev" / "key-*")))
    n = sum(len(read_keys(f)) for f in files)
    assert n >= 1500


def test_key_forms():
    (t,) = _key()
    assert t.values(9)[0].alternatives == ["GUERRILLA COLUMN", "GUERRILLAS"]
    assert t.values(11)[0].xref == ["URNG", "GUATEMALAN NATIONAL REVOLUTIONARY UNITY"]
    assert t.values(12)[0].optional
    assert t.slots[18] == []


def test_response_equal_to_key_scores_100():
    key = _key()
    assert full_template([(key, key)])["summary"]["ALL TEMPLATES"]["f"] == 100
    assert ceaf_ree([(TEXT, key, key)])["micro"]["f1"] == 100
    assert template_level([(TEXT, key, key)])["f1"] == 100


def test_empty_response_has_zero_recall():
    key = _key()
    r = full_template([(key, [])])["summary"]["ALL TEMPLATES"]
    assert r["recall"] == 0 and r["mis"] > 0
    assert ceaf_ree([(TEXT, key, [])])["micro"]["recall"] == 0
    assert template_level([(TEXT, key, [])])["recall"] == 0


def test_spurious_template_lowers_precision_only():
    key = _key()
    extra = _copy(key[0], {4: [Fill(["BOMBING"])]})
    extra.number = "2"
    r = full_template([(key, key + [extra])])["summary"]["ALL TEMPLATES"]
    assert r["recall"] == 100 and r["precision"] < 100
    assert full_template([(key, key + [extra])])["summary"]["MATCHED ONLY"]["f"] == 100


def test_alternatives_and_optional_fills():
    key = _key()
    other_alt = _copy(key[0], {9: [Fill(["GUERRILLAS"])], 12: [], 13: [], 14: []})
    r = full_template([(key, [other_alt])])["summary"]["ALL TEMPLATES"]
    assert r["recall"] == 100 and r["precision"] == 100  # optional target left out costs nothing


def test_partial_credit_for_a_string_inside_the_key_string():
    key = _key()
    part = _copy(key[0], {9: [Fill(["COLUMN"])]})
    r = full_template([(key, [part])])["slots"][9]
    assert r["par"] == 1 and r["cor"] == 0


def test_round_trip_records_to_templates_to_parser():
    record = {"doc_id": "TST9-MUC4-0001", "published": {"value": "1990-02-04", "precision": "day"},
              "text": TEXT, "claims": [], "incidents": [{
                  "id": "x#1", "type": "armed_assault", "stage": "accomplished",
                  "date": {"value": "1990-02-02", "precision": "day"},
                  "location": {"text": "FLORES", "name": "Flores", "country_code": "GT", "precision": "city"},
                  "weapons": [], "suicide": False, "confidence": 0.5,
                  "perpetrators": {"individuals": [{"text": "GUERRILLAS"}], "category": "terrorist_act",
                                   "organizations": [{"name": "URNG", "text": "URNG", "confidence": "reported_as_fact"}]},
                  "targets": {"physical": [{"text": "TANK TRUCK", "type": "transport_vehicle", "number": 1,
                                            "effect": "destroyed"}],
                              "human": [{"text": "PEASANT", "type": "civilian", "number": 1, "effect": "death",
                                         "is_name": False}]},
                  "casualties": {}}]}
    (t,) = records_to_templates(record)
    (back,) = parse_templates(format_template(t), "roundtrip")
    for slot in range(2, 25):
        a, b = t.slots.get(slot), back.slots.get(slot)
        assert (a is None) == (b is None), slot
        if a:
            assert [(f.alternatives, f.xref) for f in a] == [(f.alternatives, f.xref) for f in b], slot
    assert back.values(3)[0].alternatives == ["GUATEMALA: FLORES (CITY)"]
    assert back.values(2)[0].alternatives == ["02 FEB 90"]
    key = _key()
    r = full_template([(key, [back])])["summary"]["ALL TEMPLATES"]
    assert r["f"] > 80


def test_document_without_incident_gives_star_template():
    (t,) = records_to_templates({"doc_id": "X", "incidents": [], "text": ""})
    assert not t.is_relevant and "1.  MESSAGE: TEMPLATE               *" in format_template(t)


@pytest.mark.slow
def test_dev_keys_against_themselves_score_100(muc4):
    from wirecoder.ingest import iter_documents

    d = muc4 / "dev"
    keys = {**read_keys(d / "key-tst1.v7"), **read_keys(d / "key-tst2.v4")}
    texts = {r.doc_id: r.text for r in iter_documents([d / "tst1-muc3", d / "tst2-muc4"])}
    docs = [(texts[m], keys[m], keys[m]) for m in texts]
    assert full_template([(keys[m], keys[m]) for m in texts])["summary"]["ALL TEMPLATES"]["f"] == 100
    assert ceaf_ree(docs)["micro"]["f1"] == 100
    assert template_level(docs)["f1"] == 100


def test_evaluate_command_writes_response_and_report(tmp_path, muc4):
    import json

    from typer.testing import CliRunner

    from wirecoder.cli import app

    result = CliRunner().invoke(app, ["evaluate", "muc4", "--split", "dev", "--limit", "12", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["messages"] == 12
    assert "ALL TEMPLATES" in result.output and "CEAF-REE" in result.output and "55.9" in result.output
    responses = parse_templates((tmp_path / "response.muc4").read_text(encoding="latin-1"), "response")
    assert {t.message_id for t in responses} == {f"TST1-MUC3-{i:04d}" for i in range(1, 13)}
    assert 0 <= report["full_template"]["summary"]["ALL TEMPLATES"]["f"] <= 100


@pytest.mark.parametrize("key, response, credit", [
    ("02 FEB 90", "02 FEB 90", 1.0),
    ("01 FEB 90 - 03 FEB 90", "02 FEB 90", 1.0),
    ("- 02 FEB 90", "01 FEB 90", 0.5),          # inside a default fill: partial
    ("02 FEB 90", "- 02 FEB 90", 0.5),          # a default-looking response anchored on the key's date
    ("01 FEB 90 - 02 FEB 90", "- 02 FEB 90", 0.5),
    ("01 FEB 90", "- 02 FEB 90", 0.0),          # anchored elsewhere: incorrect
    ("(09 DEC 89)", "09 DEC 89", 1.0),          # TST2's bracketed dates
    ("(- 09 DEC 89)", "- 09 DEC 89", 1.0),
    ("(12 FEB 90 - 13 FEB 90)", "13 FEB 90", 1.0),
    ("02 FEB 90", "04 FEB 90", 0.0),
    ("- 11 APR 90", "30 MAR 90 - 05 APR 90", 0.5),   # a range inside a default fill: partial
    ("- 11 APR 90", "30 MAR 90 - 12 APR 90", 0.0),   # running past it: incorrect
])
def test_date_credit_follows_the_scoring_guidelines(key, response, credit):
    from wirecoder.evaluate.scoring import _compare_value
    assert _compare_value(2, key, response) == credit


@pytest.mark.parametrize("key, response, credit", [
    ("PERU: LIMA (CITY)", "PERU: LIMA (CITY)", 1.0),
    ("PERU: LIMA (CITY / MUNICIPALITY)", "PERU: LIMA (CITY)", 1.0),      # the key lists the place's types
    ("COLOMBIA: URABA (REGION / CITY)", "COLOMBIA: URABA (CITY)", 1.0),
    ("PERU: LIMA (CITY / MUNICIPALITY)", "PERU: LIMA (DEPARTMENT)", 0.5),  # another type: the country only
    ("EL SALVADOR: SAN SALVADOR (CITY)", "EL SALVADOR", 0.5),              # the country, no place
    ("COLOMBIA: MEDELLIN (CITY)", "COLOMBIA: CALI (CITY)", 0.5),
    ("PERU: ANCASH (DEPARTMENT): CHAVIN (TOWN)", "PERU: CHAVIN (TOWN)", 0.5),
    ("COLOMBIA: MEDELLIN (CITY)", "PERU: MEDELLIN (CITY)", 0.0),
    ("(EL SALVADOR: SAN SALVADOR (CITY))", "EL SALVADOR: SAN SALVADOR (CITY)", 1.0),  # TST2's bracketed keys
    ("(COLOMBIA)", "COLOMBIA", 1.0),
    ("(GUATEMALA: LA PROVIDENCIA (COMMUNITY))", "GUATEMALA", 0.5),
    ("(COLOMBIA)", "PERU", 0.0),
])
def test_location_credit_follows_the_scoring_guidelines(key, response, credit):
    from wirecoder.evaluate.scoring import _compare_value
    assert _compare_value(3, key, response) == credit


def test_a_location_with_several_types_is_one_fill():
    from wirecoder.evaluate.muc4_keys import parse_fill
    fill = parse_fill(3, "EL SALVADOR: USULUTAN (CITY / COUNTY / DEPARTMENT)")
    assert fill.alternatives == ["EL SALVADOR: USULUTAN (CITY / COUNTY / DEPARTMENT)"]
    assert parse_fill(3, "PERU: LIMA (CITY) / PERU (COUNTRY)").alternatives == ["PERU: LIMA (CITY)", "PERU (COUNTRY)"]


def test_a_bracketed_location_key_scores_each_alternative():
    from wirecoder.evaluate.muc4_keys import parse_fill
    from wirecoder.evaluate.scoring import _fill_score
    key = parse_fill(3, "(EL SALVADOR: SAN SALVADOR (CITY)) / (EL SALVADOR: SAN SALVADOR (DEPARTMENT))")
    assert len(key.alternatives) == 2
    assert _fill_score(3, key, parse_fill(3, "EL SALVADOR: SAN SALVADOR (DEPARTMENT)")) == 1.0
    assert _fill_score(3, key, parse_fill(3, "EL SALVADOR: SOYAPANGO (CITY)")) == 0.5


@pytest.mark.parametrize("slot, key, response, credit", [
    (21, "6 -", "6-", 1.0),          # the keys write a lower bound with a space, the template definition without
    (21, "5 - 7", "5-7", 1.0),
    (21, "5 - 7", "7", 0.5),         # a single number that anchors the key's range (3.2.21)
    (21, "6 -", "6", 0.5),
    (21, "~50", "50", 0.5),          # the key's number with a tilde (3.2.21)
    (14, "~50", "50", 0.5),          # and the same for physical targets (3.2.14)
    (21, "5 - 7", "6", 0.0),         # inside the range, but no anchor
    (21, "6", "7", 0.0),
    (21, "PLURAL", "PLURAL", 1.0),
    (21, "PLURAL", "2", 0.0),
])
def test_number_credit_follows_the_scoring_guidelines(slot, key, response, credit):
    from wirecoder.evaluate.scoring import _compare_value
    assert _compare_value(slot, key, response) == credit
