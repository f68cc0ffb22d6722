"""An attack whose weapons the role-filler classifier names in other sentences, all of them bombs, is a
bombing (``Extractor._bombing_by_weapon``), as an attack whose own sentences name a bomb is (``_incident``)."""

from __future__ import annotations

import pytest

from wirecoder.document import RawDocument
from wirecoder.extract import Extractor

CAR_BOMB = ("CALI, 9 MAY 90 (DPA) -- [TEXT] THE GOVERNOR OF VALLE SPOKE TODAY ON THE ATTACK IN WHICH 14 PERSONS "
            "WERE KILLED AND 60 WERE INJURED, WHICH WAS PERPETRATED YESTERDAY BY TERRORISTS NEAR THE CALI BUS "
            "TERMINAL.\n\n"
            "   THE BLAST FROM THE EXPLOSION HIT A PATROL CAR AND SEVERAL HOUSES.\n\n"
            "   A POLICE EXPERT SAID THAT THE CAR BOMB (CONTAINING 150 KG OF DYNAMITE) HAD BEEN PARKED BESIDE THE "
            "ROAD UNTIL THE PATROL PASSED BY.\n")


def _incidents(pipeline, text: str) -> list[dict]:
    return pipeline.process(RawDocument(source="wire", doc_id="WIRE-BOMB", text=text))["incidents"]


def test_an_attack_whose_weapons_are_a_car_bomb_told_apart_is_a_bombing(pipeline):
    incs = _incidents(pipeline, CAR_BOMB)
    assert len(incs) == 1
    assert {w["text"] for w in incs[0]["weapons"]} >= {"CAR BOMB"}
    assert incs[0]["type"] == "bombing"


def test_without_the_rule_it_stays_an_attack(pipeline, monkeypatch):
    monkeypatch.setattr(Extractor, "_bombing_by_weapon", classmethod(lambda cls, incidents: None))
    assert [i["type"] for i in _incidents(pipeline, CAR_BOMB)] == ["armed_assault"]


@pytest.mark.parametrize("weapons, kind", [
    (["CAR BOMB", "DYNAMITE"], "bombing"),
    (["EXPLOSIVES"], "bombing"),
    (["BOMB", "RIFLES"], "armed_assault"),
    (["ROCKETS"], "armed_assault"),   # guerrillas' rockets, mortars and grenades: MUC-4 keys them as attacks
    (["BOMBS", "MORTAR"], "armed_assault"),
    ([], "armed_assault"),
])
def test_only_bombs_make_a_bombing(weapons, kind):
    weapons = [{"text": w} for w in weapons]
    incs = [{"type": "armed_assault", "weapons": weapons}, {"type": "kidnapping", "weapons": weapons}]
    Extractor._bombing_by_weapon(incs)
    assert [i["type"] for i in incs] == [kind, "kidnapping"]
