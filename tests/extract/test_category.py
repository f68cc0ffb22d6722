"""Who did it, as MUC-4's PERP: INCIDENT CATEGORY sees it: the state's forces or a group that fights it."""

import pytest

from wirecoder.document import RawDocument
from wirecoder.extract.fields import force_in, state_sponsored


def _categories(pipeline, text):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-CAT", text=text))
    return [inc["perpetrators"]["category"] for inc in rec["incidents"]]


def test_soldiers_of_a_battalion_act_for_the_state(pipeline):
    cats = _categories(pipeline, "SAN SALVADOR, 16 NOV 89 (ACAN-EFE) -- [TEXT] SOLDIERS OF THE ATLACATL BATTALION "
                                 "TODAY KILLED SIX JESUIT PRIESTS AT THE CENTRAL AMERICAN UNIVERSITY.")
    assert cats == ["state_sponsored"]


def test_guerrillas_who_kill_an_army_officer_do_not(pipeline):
    cats = _categories(pipeline, "SAN SALVADOR, 16 NOV 89 (ACAN-EFE) -- [TEXT] URBAN GUERRILLAS TODAY ASSASSINATED "
                                 "RETIRED ARMY COLONEL JOSE PEREZ IN SAN SALVADOR.")
    assert cats and "state_sponsored" not in cats


@pytest.mark.parametrize("perps, state", [
    ({"individuals": [{"text": "COLONEL GUILLERMO BENAVIDES"}], "organizations": [{"text": "ARMED FORCES"}]}, True),
    ({"individuals": [{"text": "OROMONTIQUE BATTALION TROOPS"}], "organizations": []}, True),
    ({"individuals": [{"text": "HONDURAN ARMY TROOPS"}, {"text": "GUERRILLAS"}], "organizations": []}, False),
    ({"individuals": [{"text": "URBAN COMMANDOS"}], "organizations": []}, False),
    ({"individuals": [], "organizations": [{"text": "FMLN",
                                            "name": "Farabundo Marti National Liberation Front"}]}, False),
    ({"individuals": [], "organizations": []}, False),
])
def test_state_sponsored_reads_all_the_perpetrators(perps, state):
    assert state_sponsored(perps) is state


@pytest.mark.parametrize("perps, state", [
    # the state's own organisation is a perpetrator: the state acted, whoever else is named (7.9 note 2)
    ({"individuals": [{"text": "GUERRILLAS"}],
      "organizations": [{"text": "FMLN", "name": "Farabundo Marti National Liberation Front"},
                        {"text": "SALVADORAN AIR FORCE"}]}, True),
    ({"individuals": [], "organizations": [{"text": "THE HONDURAN ARMY"}]}, True),
    ({"individuals": [], "organizations": [{"text": "CRISTIANI'S GOVERNMENT"}]}, True),
    # armed groups named like armies are no state force, known to the gazetteer or not (beside their fighters)
    ({"individuals": [{"text": "GUERRILLAS"}], "organizations": [{"text": "ARMY OF NATIONAL LIBERATION"}]}, False),
    ({"individuals": [{"text": "REBELS"}], "organizations": [{"text": "PEOPLE'S REVOLUTIONARY ARMY"}]}, False),
    ({"individuals": [{"text": "MILITANTS"}], "organizations": [{"text": "ISLAMIC ARMY OF ADEN"}]}, False),
    ({"individuals": [{"text": "REBELS"}], "organizations": [{"text": "NATIONAL PATRIOTIC FRONT ARMY"}]}, False),
])
def test_a_state_organisation_among_the_perpetrators_makes_it_the_states(perps, state):
    assert state_sponsored(perps) is state


@pytest.mark.parametrize("words, force", [
    ("NATIONAL POLICE MEMBERS", "NATIONAL POLICE"),
    ("GUATEMALAN ARMY TROOPS", "GUATEMALAN ARMY"),
    ("ARMED FORCES ELEMENTS", "ARMED FORCES"),
    ("ATONAL\nBATTALION TROOPS", "ATONAL\nBATTALION"),
    # the unit the men belong to, told by the "of" phrase
    ("OROMONTIQUE BATTALION TROOPS OF THE 6TH INFANTRY BRIGADE", "6TH INFANTRY BRIGADE"),
    ("members of the Salvadoran Army", "Salvadoran Army"),
    # no force named, or an armed group named like an army
    ("SOLDIERS", None),
    ("COLONEL GUILLERMO BENAVIDES", None),
    ("MEMBERS OF THE ARMY OF NATIONAL LIBERATION", None),
    ("GUERRILLAS OF THE PEOPLE'S REVOLUTIONARY ARMY", None),
])
def test_force_in_reads_the_state_force_the_doers_words_name(words, force):
    span = force_in(words)
    assert (words[span[0]:span[1]] if span else None) == force


def test_a_state_sponsored_incident_takes_the_force_of_its_doers_as_organisation(pipeline):
    rec = pipeline.process(RawDocument(
        source="wire", doc_id="WIRE-CAT", text="SAN SALVADOR, 16 NOV 89 (ACAN-EFE) -- [TEXT] NATIONAL POLICE MEMBERS "
        "TODAY KIDNAPPED TWO TRADE UNION LEADERS IN SAN SALVADOR, THEIR UNION REPORTED."))
    perps = [i["perpetrators"] for i in rec["incidents"]]
    assert perps and perps[0]["category"] == "state_sponsored"
    assert [(o["text"], o["confidence"]) for o in perps[0]["organizations"]] == [("NATIONAL POLICE",
                                                                                   "reported_as_fact")]


def test_guerrillas_take_no_state_force_from_their_victims(pipeline):
    rec = pipeline.process(RawDocument(
        source="wire", doc_id="WIRE-CAT", text="SAN SALVADOR, 16 NOV 89 (ACAN-EFE) -- [TEXT] URBAN GUERRILLAS TODAY "
        "ASSASSINATED RETIRED ARMY COLONEL JOSE PEREZ IN SAN SALVADOR."))
    orgs = [o["text"] for i in rec["incidents"] for o in i["perpetrators"]["organizations"]]
    assert not any("ARMY" in o for o in orgs)
