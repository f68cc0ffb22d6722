"""Who did it, as MUC-4's PERP: INCIDENT CATEGORY sees it: the state's forces or a group that fights it."""

import pytest

from wirecoder.document import RawDocument
from wirecoder.extract.fields import state_sponsored


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
