"""Wire-style reports of recent attacks (written for these tests after real events).

Each checks what a coder would record: one incident per attack however many
paragraphs tell it, the claim of responsibility, counts with qualifiers, and
a plot stopped by arrests as foiled.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.ingest import iter_documents
from wirecoder.schema import validate_record

REPORTS = Path(__file__).parent / "reports"


@pytest.fixture(scope="module")
def records(pipeline):
    out = {}
    for raw in iter_documents([REPORTS]):
        out[raw.doc_id] = pipeline.process(raw)
    return out


def test_records_are_valid(records):
    assert set(records) == {"kunduz", "nairobi", "foiled", "christchurch", "somalia", "kankara", "nice", "blamed", "twin"}
    for rec in records.values():
        assert validate_record(rec) == []


def test_headline_body_and_claim_paragraph_are_one_bombing(records):
    (inc,) = records["kunduz"]["incidents"]
    assert inc["type"] == "bombing" and inc["stage"] == "accomplished" and inc["suicide"] is True
    assert inc["location"]["name"] == "Kunduz" and inc["location"]["country_code"] == "AF"
    assert inc["casualties"]["killed"]["value"] == 46 and inc["casualties"]["killed"]["qualifier"] == "at_least"
    assert inc["casualties"]["injured"]["value"] == 143
    assert [(o["name"], o["confidence"]) for o in inc["perpetrators"]["organizations"]] == [("Islamic State", "claimed")]
    assert "explosives" in {w["type"] for w in inc["weapons"]}


def test_claim_in_its_own_sentence_and_the_attackers_killed_by_police(records):
    (inc,) = records["nairobi"]["incidents"]
    assert inc["type"] == "armed_assault"
    assert inc["date"]["value"] == "2019-01-15"  # "on Tuesday", published Wednesday 16 January 2019
    assert inc["location"]["country_code"] == "KE"
    assert inc["casualties"]["killed"]["value"] == 21  # not the five attackers the police killed
    assert ("Al-Shabaab", "claimed") in [(o["name"], o["confidence"]) for o in inc["perpetrators"]["organizations"]]
    assert not any("NAIROBI" in i["text"] for i in inc["perpetrators"]["individuals"])


def test_plot_stopped_by_arrest_is_foiled(records):
    (inc,) = records["foiled"]["incidents"]
    assert inc["type"] == "bombing" and inc["stage"] == "foiled"
    assert inc["location"]["name"] == "Leipzig" and inc["location"]["country_code"] == "DE"
    assert inc["casualties"] == {}


def test_the_city_not_its_country_and_the_same_weekday(records):
    (inc,) = records["christchurch"]["incidents"]
    assert inc["location"]["name"] == "Christchurch" and inc["location"]["country_code"] == "NZ"
    assert inc["date"]["value"] == "2019-03-15"  # "on Friday" in a report of Friday 15 March 2019
    assert inc["casualties"]["killed"] == {**inc["casualties"]["killed"], "value": 49, "qualifier": "exact"}
    charged = [i for i in inc["perpetrators"]["individuals"] if i["text"] == "Brenton Tarrant"]
    assert charged and charged[0]["confidence"] == "suspected"  # charged, not convicted


def test_a_separate_attack_is_a_second_incident(records):
    incs = records["somalia"]["incidents"]
    assert [(i["type"], i["location"]["name"]) for i in incs] == [("bombing", "Mogadishu"), ("armed_assault", "Baidoa")]
    assert incs[0]["casualties"]["killed"]["value"] == 8 and incs[1]["casualties"]["killed"]["value"] == 4
    assert [o["name"] for o in incs[0]["perpetrators"]["organizations"]] == ["Al-Shabaab"]


def test_mass_abduction_is_a_kidnapping_claimed_by_its_group(records):
    (inc,) = records["kankara"]["incidents"]
    assert inc["type"] == "kidnapping" and inc["location"]["country_code"] == "NG"
    assert ("Boko Haram", "claimed") in [(o["name"], o["confidence"]) for o in inc["perpetrators"]["organizations"]]
    assert "firearms" in {w["type"] for w in inc["weapons"]}


def test_a_truck_driven_into_crowds_is_a_ramming_by_the_driver_named_later(records):
    (inc,) = records["nice"]["incidents"]
    assert inc["type"] == "vehicle_ramming" and [w["type"] for w in inc["weapons"]] == ["vehicle"]
    assert inc["location"]["name"] == "Nice" and inc["date"]["value"] == "2016-07-14"  # "late on Thursday", dateline Friday 15 July
    assert inc["casualties"]["killed"]["value"] == 84
    # "Prosecutors identified the driver as ...", a paragraph later: the attacker, not a victim
    assert "Mohamed Lahouaiej-Bouhlel" in [i["text"] for i in inc["perpetrators"]["individuals"]]
    assert not any("Lahouaiej" in h["text"] for h in inc["targets"]["human"])


def test_a_group_blamed_that_did_not_claim_is_suspected(records):
    (inc,) = records["blamed"]["incidents"]
    assert inc["type"] == "bombing"
    # "Police blamed al-Shabab, ... which did not immediately claim responsibility"
    assert [(o["name"], o["confidence"]) for o in inc["perpetrators"]["organizations"]] == [("Al-Shabaab", "suspected")]


def test_a_countrys_capital_and_a_district_of_the_dateline_city(records):
    first, second = records["twin"]["incidents"]   # "A second blast ...": a second incident
    # "in Somalia's capital": Mogadishu, with the report's words as evidence
    assert first["location"]["name"] == "Mogadishu" and first["location"]["text"] == "Somalia's capital"
    assert first["casualties"]["killed"]["value"] == 300
    # "in the Medina district" of a Mogadishu report: a part of Mogadishu, not a town of that name abroad
    assert second["location"]["country_code"] == "SO" and second["location"]["name"] == "Mogadishu"
    assert second["location"]["precision"] == "neighborhood"
    assert second["casualties"]["killed"]["value"] == 2
