"""Attacks told inside the report of another, and incidents told apart by time (``mentions.recalled``,
``incidents.group``, ``Extractor._recalled_scope``): "following last night's attack on a bank, dynamite was
hurled against a police station" tells two attacks; "N days later," opens another incident."""

from __future__ import annotations

from wirecoder import nlp
from wirecoder.document import RawDocument
from wirecoder.extract.mentions import find_mentions


def _mentions(pipeline, text: str) -> dict:
    sdoc = pipeline.nlp(nlp.analysis_text(text))
    return {m.lemma: m for m in find_mentions(sdoc, text)}


def _record(pipeline, text: str, doc_id: str = "WIRE-RECALLED") -> dict:
    return pipeline.process(RawDocument(source="wire", doc_id=doc_id, text=text))


def _targets(inc: dict) -> set[str]:
    return {t["text"].upper() for t in inc["targets"]["physical"] + inc["targets"]["human"]}


def test_an_attack_named_as_the_time_or_reason_of_another_is_recalled(pipeline):
    got = _mentions(pipeline, "Following last night's attack on a bank, a load of dynamite was hurled against a "
                              "police station.")
    assert got["attack"].recalled
    assert not got["dynamite"].recalled
    got = _mentions(pipeline, "Guerrillas blew up a power pylon to protest presidential candidate Bernardo "
                              "Jaramillo's murder.")
    assert got["murder"].recalled
    assert {"jaramillo"} <= got["murder"].target[0]      # the possessor of a killing noun is its victim
    assert not got["bomb"].recalled


def test_an_attack_that_names_nothing_attacked_is_not_recalled(pipeline):
    # "the attack" with no object of its own is the attack told: the gunmen fled from it
    got = _mentions(pipeline, "After the attack, the gunmen shot two policemen in the street.")
    assert not got["attack"].recalled


def test_the_recalled_attack_is_an_incident_of_its_own_with_its_own_target(pipeline):
    rec = _record(pipeline, "MEDELLIN, 7 SEP 89 (RADIO) -- [TEXT] MEDELLIN CONTINUES TO LIVE THROUGH A WAVE OF "
                            "TERROR.  FOLLOWING LAST NIGHT'S ATTACK ON A BANK, WHICH CAUSED A LOT OF DAMAGE, "
                            "GUERRILLAS BOMBED A POLICE STATION IN MEDELLIN WITH DYNAMITE, KILLING TWO POLICEMEN.")
    incs = rec["incidents"]
    assert len(incs) == 2
    bank = next(i for i in incs if "BANK" in _targets(i))
    station = next(i for i in incs if "POLICE STATION" in _targets(i))
    assert bank is not station
    assert "POLICE STATION" not in _targets(bank)
    # read in its own words: the dynamite of the other attack is not its weapon, so it is no bombing
    assert bank["type"] == "armed_assault"
    assert not any("DYNAMITE" in w["text"].upper() for w in bank["weapons"])
    assert bank["location"]["name"] == station["location"]["name"] == "Medellín"


def test_a_later_mention_of_the_recalled_victim_joins_that_incident(pipeline):
    rec = _record(pipeline, "POPAYAN, 23 MAR 90 (RADIO) -- [TEXT] FARC GUERRILLAS BURNED THREE VEHICLES ON THE "
                            "PAN-AMERICAN HIGHWAY TODAY TO PROTEST PRESIDENTIAL CANDIDATE BERNARDO JARAMILLO'S "
                            "MURDER.  THE GUERRILLAS DEMANDED THE CLARIFICATION OF JARAMILLO'S MURDER.")
    incs = rec["incidents"]
    with_victim = [i for i in incs if any("JARAMILLO" in t for t in _targets(i))]
    assert len(with_victim) == 1
    assert with_victim[0]["type"] != "arson"
    assert any("VEHICLES" in t for i in incs if i is not with_victim[0] for t in _targets(i))


def test_days_later_opens_another_incident(pipeline):
    text = ("BOGOTA, 10 DEC 89 (RADIO) -- [TEXT] AN AVIANCA AIRLINES PLANE BLEW UP IN MIDAIR NEAR BOGOTA ON 27 "
            "NOVEMBER, KILLING ALL 107 PASSENGERS.  {} A BUS BOMB BLEW UP IN THE VICINITY OF THE SECURITY "
            "HEADQUARTERS IN BOGOTA AND DESTROYED THE BUILDING.")
    assert len(_record(pipeline, text.format("A WEEK LATER,"))["incidents"]) == 2
    assert len(_record(pipeline, text.format("MINUTES LATER,"))["incidents"]) == 1


def test_a_named_police_officer_murdered_is_no_battle(pipeline):
    # armed attacks on police and soldiers only are battles (``Extractor._combat``); a named man murdered is not
    rec = _record(pipeline, "BOGOTA, 18 AUG 89 (RADIO) -- [TEXT] THE EXTRADITABLES TODAY CLAIMED RESPONSIBILITY FOR "
                            "THE MURDER OF ANTIOQUIA POLICE COMMANDER COLONEL WALDEMAR FRANKLIN QUINTERO, WHICH "
                            "OCCURRED THIS MORNING IN MEDELLIN.")
    assert [t for i in rec["incidents"] for t in _targets(i)] == ["WALDEMAR FRANKLIN QUINTERO"]
