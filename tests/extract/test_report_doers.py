"""Doers a report names once for several attacks are the perpetrators of the attacks it then tells one by one."""

import pytest

from wirecoder.document import RawDocument
from wirecoder.extract.report_doers import report_doers
from wirecoder.nlp import load

RUN = ("SANTIAGO, 12 MAR 90 (EFE) -- [TEXT] POLICE REPORTED TODAY THAT TERRORISTS STAGED TWO BOMB ATTACKS "
       "AGAINST BANKS IN SANTIAGO LAST NIGHT.\n\n"
       "   A BOMB EXPLODED AT A BRANCH OF THE STATE BANK IN NUNOA, DESTROYING ITS WINDOWS.\n\n"
       "   ANOTHER BOMB EXPLODED AT A BANK IN PROVIDENCIA, INJURING A GUARD.")

ATTRIBUTED = ("BOGOTA, 3 MAY 90 (AFP) -- [TEXT] A BOMB EXPLODED TODAY AT THE OFFICES OF A NEWSPAPER IN MEDELLIN, "
              "WOUNDING TWO EMPLOYEES.\n\n"
              "   HOURS LATER A CAR BOMB EXPLODED IN FRONT OF A BANK IN CALI, DESTROYING THE BUILDING.\n\n"
              "   THE AUTHORITIES ATTRIBUTE THE ATTACKS TO DRUG TRAFFICKERS.")


def _individuals(pipeline, text):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-D", text=text))
    return [[i for i in inc["perpetrators"]["individuals"]] for inc in rec["incidents"] if inc["type"] == "bombing"]


def test_doers_of_a_run_of_attacks_are_each_attacks_doers(pipeline):
    inds = _individuals(pipeline, RUN)
    assert len(inds) >= 2, inds
    assert all(any(i["text"] == "TERRORISTS" for i in inc) for inc in inds), inds
    assert any(i.get("inferred_from") == "report" for inc in inds for i in inc), inds


def test_attacks_attributed_in_a_sentence_of_their_own(pipeline):
    inds = _individuals(pipeline, ATTRIBUTED)
    assert len(inds) >= 2, inds
    assert all([i["text"] for i in inc] == ["DRUG TRAFFICKERS"] for inc in inds), inds


def _doers(text):
    sdoc = load()(text)
    return [a.text for a, _ in report_doers(sdoc)]


@pytest.mark.parametrize("text, doers", [
    ("Authorities attribute the attacks to drug traffickers.", ["traffickers"]),
    ("Since then, drug traffickers began a series of attacks against banks.", ["traffickers"]),
    # one attack: its own incident reads its doer; the state's forces launching attacks fight, no terrorist act
    ("Authorities attribute the attack to drug traffickers.", []),
    ("Army troops launched attacks on rebel camps in the north.", []),
    # a name is no noun for attackers: left to the incident's own sentences
    ("Police said Escobar ordered the killings.", []),
])
def test_report_doers(text, doers):
    assert _doers(text) == doers


def test_what_was_attacked_is_no_doer():
    assert _doers("Authorities attribute the attacks on banks to drug traffickers.") == ["traffickers"]


def test_a_groups_deeds_give_no_individual():
    # the sentence names the group: its attacks are the group's (``report_groups``), not "extremists" apart
    assert _doers("Recently a series of armed attacks has been carried out in the country by extremists "
                  "of the Shining Path.") == []


OWN_GROUP = ("LIMA, 9 JUN 90 (EFE) -- [TEXT] POLICE SAID TODAY THAT TERRORISTS STAGED TWO ATTACKS IN THE "
             "CAPITAL LAST NIGHT.\n\n"
             "   A BOMB EXPLODED AT A BANK IN MIRAFLORES, DESTROYING ITS FACADE.\n\n"
             "   IN A COMMUNIQUE, THE TUPAC AMARU REVOLUTIONARY MOVEMENT CLAIMED RESPONSIBILITY FOR THE BOMBING "
             "OF A POWER PYLON IN SAN ISIDRO.")


def test_an_incident_whose_group_is_told_takes_no_report_doer(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-D", text=OWN_GROUP))
    told, given = 0, 0
    for inc in rec["incidents"]:
        own = [o for o in inc["perpetrators"]["organizations"] if o.get("inferred_from") != "report"]
        from_report = [i for i in inc["perpetrators"]["individuals"] if i.get("inferred_from") == "report"]
        told += bool(own)
        given += bool(from_report)
        assert not (own and from_report), inc
    # the pylon's bombing names its group; the bank's names none and takes the report's "terrorists"
    assert told and given, rec["incidents"]
