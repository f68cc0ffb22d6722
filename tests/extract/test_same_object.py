"""One attack on one building or vehicle, told again later as a thing known already ("the plane", "near the
embassy"), is one incident (``incidents.same_object_groups``, ``Extractor._merge_same_object``); "another" bomb,
or several things of the kind against one, stay apart."""

from __future__ import annotations

import pytest

from wirecoder import nlp
from wirecoder.document import RawDocument
from wirecoder.extract import Extractor
from wirecoder.extract.incidents import _things, joined, same_object_groups

BUS = ("SANTA MARTA, 4 OCT 89 (AFP) -- [TEXT] A BOMB EXPLODED EARLY TODAY ON A PASSENGER BUS OF THE COSTA LINE "
       "IN SANTA MARTA, DESTROYING THE VEHICLE.\n\n"
       "   THE GOVERNOR OF MAGDALENA SAID THE POLICE WERE INVESTIGATING.\n\n"
       "   A FIREMAN SAID THAT THE REAR OF THE BUS WAS BURNED BY THE FLAMES WHEN THE BOMB, PLANTED BY UNIDENTIFIED "
       "MEN, EXPLODED.\n")

PLANE = ("BARRANQUILLA, 4 OCT 89 (AFP) -- [TEXT] OFFICIAL SOURCES REPORTED THAT A BOEING 727 CARGO PLANE "
         "WAS PARTIALLY DESTROYED EARLY TODAY WHEN A BOMB EXPLODED AT THE BARRANQUILLA AIRPORT.\n\n"
         "   A POLICE SPOKESMAN SAID THAT THE TAIL OF THE PLANE WAS BURNED WHEN A BOMB, "
         "PLANTED BY UNKNOWN MEN, EXPLODED.\n")

EMBASSY = ("LA PAZ, 20 DEC 89 (EFE) -- [TEXT] A DYNAMITE CHARGE EXPLODED TODAY NEAR THE BRAZILIAN EMBASSY IN LA "
           "PAZ.\n\n"
           "   THE POLICE SAID THE EXPLOSION WAS HEARD ALL OVER THE CITY.\n\n"
           "   TODAY'S BOMB EXPLOSION DAMAGED A PHARMACY AND A BAKERY LOCATED NEAR THE BRAZILIAN EMBASSY.\n")


def _incidents(pipeline, text: str) -> list[dict]:
    return pipeline.process(RawDocument(source="wire", doc_id="WIRE-OBJECT", text=text))["incidents"]


@pytest.fixture
def unmerged(pipeline, monkeypatch):
    monkeypatch.setattr(Extractor, "MERGE_SAME_OBJECT", False)
    return pipeline


@pytest.mark.parametrize("text, thing", [(BUS, "BUS"), (PLANE, "PLANE"), (EMBASSY, "EMBASSY")])
def test_a_bombing_told_again_by_its_target_is_one_incident(pipeline, text, thing):
    incs = [i for i in _incidents(pipeline, text) if any(thing in p["text"] for p in i["targets"]["physical"])]
    assert len(incs) == 1
    assert incs[0]["type"] == "bombing"   # the burning of the bus is the fire of the bomb
    assert incs[0]["date"]["value"] == ("1989-12-20" if text is EMBASSY else "1989-10-04")


@pytest.mark.parametrize("text, thing", [(BUS, "BUS"), (PLANE, "PLANE"), (EMBASSY, "EMBASSY")])
def test_without_the_rule_the_retelling_is_a_second_incident(unmerged, text, thing):
    incs = [i for i in _incidents(unmerged, text) if any(thing in p["text"] for p in i["targets"]["physical"])]
    assert len(incs) == 2


ANOTHER = ("LA PAZ, 20 DEC 89 (EFE) -- [TEXT] A DYNAMITE CHARGE EXPLODED TODAY AT THE BRAZILIAN EMBASSY IN LA "
           "PAZ.\n\n"
           "   THE POLICE SAID THE EXPLOSION WAS HEARD ALL OVER THE CITY.\n\n"
           "   LATER ANOTHER BOMB DAMAGED THE PERUVIAN EMBASSY.\n")


def test_another_bomb_at_an_embassy_is_another_incident(pipeline):
    incs = [i for i in _incidents(pipeline, ANOTHER) if i["targets"]["physical"]]
    assert len(incs) == 2


def test_several_things_of_a_kind_are_not_the_one_told_before(pipeline):
    sdoc = pipeline.nlp(nlp.analysis_text(
        "A BOMB EXPLODED AT THE CULTURAL INSTITUTE IN SANTIAGO. DAYS AGO THE CULTURAL INSTITUTES IN TALCA AND "
        "TEMUCO WERE BOMBED."))
    text = sdoc.text
    one, many = text.upper().index("CULTURAL INSTITUTE "), text.upper().index("CULTURAL INSTITUTES")

    def inc(s, e, day=None):
        return {"type": "bombing", "weapons": [], "date": {"value": day} if day else None,
                "location": {"name": "Santiago", "country_code": "CL"},
                "evidence": [{"text": text[s:e], "span": [s, e]}],
                "targets": {"human": [], "physical": [{"text": text[s:e], "span": [s, e]}]}}

    first, later = inc(one, one + 18, "1989-12-29"), inc(many, many + 19)
    assert set(_things(first, sdoc, definite=True)) == {"institute"}
    assert set(_things(later, sdoc, definite=True)) == {"institute+"}
    assert same_object_groups([first, later], sdoc) == [[0], [1]]
    twice = inc(one, one + 18)
    assert same_object_groups([first, twice], sdoc) == [[0, 1]]
    assert same_object_groups([first, {**twice, "date": {"value": "1989-12-20"}}], sdoc) == [[0], [1]]
    assert same_object_groups([first, {**twice, "location": {"name": "Talca", "country_code": "CL"}}],
                              sdoc) == [[0], [1]]


def test_joined_keeps_the_first_telling_and_adds_the_rest():
    a = {"type": "arson", "other_types": [], "stage": "accomplished", "date": None, "location": None,
         "weapons": [{"text": "BOMB", "span": [5, 9], "type": "explosives"}],
         "perpetrators": {"individuals": [], "organizations": []}, "casualties": {}, "confidence": 0.4,
         "evidence": [{"text": "x", "span": [50, 60]}],
         "targets": {"human": [], "physical": [{"text": "PLANE", "span": [52, 57]}]}}
    b = {**a, "type": "bombing", "date": {"value": "1989-09-03"}, "location": {"name": "Monteria"},
         "confidence": 0.7, "evidence": [{"text": "y", "span": [0, 20]}],
         "targets": {"human": [], "physical": [{"text": "CARGO PLANE", "span": [2, 13]}]}}
    out = joined([a, b])
    assert out["type"] == "bombing" and out["other_types"] == ["arson"]
    assert out["date"] == {"value": "1989-09-03"} and out["location"] == {"name": "Monteria"}
    assert [p["text"] for p in out["targets"]["physical"]] == ["PLANE", "CARGO PLANE"]
    assert len(out["weapons"]) == 1 and out["confidence"] == 0.7
    assert [e["span"][0] for e in out["evidence"]] == [0, 50]


def test_things_named_apart_or_attacked_also_are_not_one(pipeline):
    sdoc = pipeline.nlp(nlp.analysis_text(
        "GUERRILLAS ATTACKED THE RESIDENCE OF DEPUTY ROBERTO ANGULO. THE RESIDENCE OF MINISTER JUAN PEREZ WAS "
        "ALSO ATTACKED. THE RESIDENCE WAS DAMAGED."))
    text = sdoc.text
    up = text.upper()
    first_s = up.index("RESIDENCE OF DEPUTY")
    other_s = up.index("RESIDENCE OF MINISTER")
    same_s = up.rindex("RESIDENCE")

    def inc(s, e, told=None):
        told = told or (s, e)
        return {"type": "armed_assault", "weapons": [], "date": None,
                "location": {"name": "San Salvador", "country_code": "SV"},
                "evidence": [{"text": text[told[0]:told[1]], "span": list(told)}],
                "targets": {"human": [], "physical": [{"text": text[s:e], "span": [s, e]}]}}

    first = inc(first_s, first_s + len("RESIDENCE OF DEPUTY ROBERTO ANGULO"))
    other = inc(other_s, other_s + len("RESIDENCE OF MINISTER JUAN PEREZ"))
    same = inc(same_s, same_s + len("RESIDENCE"))
    assert same_object_groups([first, same], sdoc) == [[0, 1]]
    # two names with no word in common: two houses (and the second was "also" attacked)
    assert same_object_groups([first, {**other, "evidence": [{"text": "x", "span": [other_s, other_s + 1]}]}],
                              sdoc) == [[0], [1]]
    also = inc(same_s, same_s + len("RESIDENCE"), told=(other_s - 4, same_s - 4))
    assert "ALSO" in also["evidence"][0]["text"].upper()
    assert same_object_groups([first, also], sdoc) == [[0], [1]]
    # an attack and a bombing of one house are two acts; a fire that was no bomb's is no bombing's
    bombed = {**same, "type": "bombing"}
    assert same_object_groups([first, bombed], sdoc) == [[0], [1]]
    burned = {**first, "type": "arson", "weapons": [{"text": "RIFLE", "type": "firearms"}]}
    assert same_object_groups([burned, bombed], sdoc) == [[0], [1]]
    burned["weapons"] = [{"text": "BOMB", "type": "explosives"}]
    assert same_object_groups([burned, bombed], sdoc) == [[0, 1]]


def _killing(killed, day, perps, kind="armed_assault", start=0):
    return {"type": kind, "weapons": [], "date": {"value": day} if day else None,
            "location": {"name": "Guatemala City", "country_code": "GT"},
            "casualties": {"killed": {"value": killed}} if killed else {},
            "evidence": [{"text": "x", "span": [start, start + 1]}],
            "perpetrators": {"individuals": [{"text": p} for p in perps], "organizations": []},
            "targets": {"human": [{"text": "PEASANTS", "is_name": False}], "physical": []}}


def test_one_killing_counted_twice_on_one_day_by_one_kind_of_attacker_is_one(pipeline):
    sdoc = pipeline.nlp("Troops killed nine peasants.")
    first = _killing(9, "1989-08-17", ["GUATEMALAN ARMY TROOPS", "SOLDIERS"])
    again = _killing(9, "1989-08-17", ["ARMY TROOPS"], start=500)
    assert same_object_groups([first, again], sdoc) == [[0, 1]]
    # another toll, another day, an undated telling, other attackers, another type, a single death: apart
    for other in (_killing(8, "1989-08-17", ["ARMY TROOPS"], start=500),
                  _killing(9, "1989-08-18", ["ARMY TROOPS"], start=500),
                  _killing(9, None, ["ARMY TROOPS"], start=500),
                  _killing(9, "1989-08-17", ["GUERRILLAS"], start=500),
                  _killing(9, "1989-08-17", ["ARMY TROOPS"], kind="bombing", start=500)):
        assert same_object_groups([first, other], sdoc) == [[0], [1]]
    one = _killing(1, "1989-08-17", ["ARMY TROOPS"])
    assert same_object_groups([one, {**one, "evidence": [{"text": "y", "span": [500, 501]}]}], sdoc) == [[0], [1]]


SUBSTATION = ('   SAN SALVADOR, 2 NOV 89 (AFP) -- [TEXT] IT WAS OFFICIALLY REPORTED\n'
              'THAT A POLICEMAN WAS WOUNDED TODAY WHEN URBAN GUERRILLAS ATTACKED THE\n'
              'GUARDS AT A POWER SUBSTATION LOCATED IN DOWNTOWN SAN SALVADOR.\n'
              '\n'
              '   SEVERAL URBAN GUERRILLAS OPENED FIRED ON MEMBERS OF THE NATIONAL\n'
              'POLICE WHO WERE GUARDING A LEMPA RIVER HYDROELECTRIC EXECUTIVE\n'
              'COMMISSION (CEL) SUBSTATION THAT WAS DAMAGED DURING THE ATTACK.\n'
              '\n'
              '   THE WOUNDED POLICEMAN WAS IMMEDIATELY TAKEN TO THE MILITARY\n'
              'HOSPITAL IN SAN SALVADOR.\n'
              '\n'
              '   THE ATTACK OCCURRED AT 1130 (1730 GMT)--LESS THAN 3 HOURS BEFORE A\n'
              'DEMONSTRATION THROUGH THE MAIN STREETS OF SAN SALVADOR BEGAN.  THE\n'
              'DEMONSTRATORS ATTENDED THE FUNERAL OF THE 10 UNION LEADERS WHO WERE\n'
              'KILLED ON 31 OCTOBER DURING AN ATTACK ON A UNION HEADQUARTERS.\n'
              '\n'
              '   THE POLICE STEPPED UP SURVEILLANCE THROUGHOUT SAN SALVADOR TO\n'
              'PREVENT NEW ACTS OF VIOLENCE.\n')


def _told(incs, words):
    return [i for i in incs if any(words in e["text"] for e in i["evidence"])]


def test_without_the_rule_an_attack_told_by_its_doers_alone_stands_apart(unmerged):
    # the second telling names no target, dead or day of its own, and a place the gazetteer does not know
    incs = _incidents(unmerged, SUBSTATION)
    assert len(_told(incs, "OPENED FIRED")) == 1 and _told(incs, "OPENED FIRED") != _told(incs, "POLICEMAN WAS WOUNDED TODAY")


def test_an_attack_told_again_by_its_doers_alone_is_one_incident(pipeline):
    incs = _incidents(pipeline, SUBSTATION)
    (inc,) = _told(incs, "OPENED FIRED")
    assert inc in _told(incs, "POLICEMAN WAS WOUNDED TODAY")
    assert inc["location"]["name"] == "San Salvador" and inc["date"]["value"] == "1989-11-02"


def test_a_second_attack_of_the_same_doers_with_a_target_of_its_own_stays_apart(pipeline):
    text = SUBSTATION + ("\n   ON 1 NOVEMBER URBAN GUERRILLAS ATTACKED THE OFFICES OF THE NATIONAL TELEPHONE COMPANY "
                         "WITH ROCKETS.\n")
    incs = _incidents(pipeline, text)
    assert _told(incs, "TELEPHONE COMPANY") and not set(map(id, _told(incs, "TELEPHONE COMPANY"))) & set(
        map(id, _told(incs, "POLICEMAN WAS WOUNDED TODAY")))


def test_an_untargeted_telling_of_another_attack_by_the_doers_stays_apart():
    from wirecoder.extract.incidents import _untargeted_retelling

    def inc(doers, type_="armed_assault", human=(), day=None, evidence="URBAN GUERRILLAS OPENED FIRE."):
        return {"type": type_, "targets": {"human": list(human), "physical": []}, "casualties": {},
                "date": {"value": day}, "evidence": [{"text": evidence}],
                "perpetrators": {"individuals": [{"text": d} for d in doers], "organizations": []}}

    first = inc(["URBAN GUERRILLAS"], human=[{"text": "GUARDS"}], day="1989-11-02")
    assert _untargeted_retelling(first, inc(["SEVERAL URBAN GUERRILLAS"]))
    assert not _untargeted_retelling(first, inc(["SOLDIERS"]))                     # other doers
    assert not _untargeted_retelling(first, inc(["URBAN GUERRILLAS"], "bombing"))  # another kind of attack
    assert not _untargeted_retelling(first, inc(["URBAN GUERRILLAS"], day="1989-11-01"))   # a day of its own
    assert not _untargeted_retelling(first, inc(["URBAN GUERRILLAS"], evidence="GUERRILLAS ALSO OPENED FIRE."))


# --------------------------------------------------------------- a killing named again in passing by its victims

JESUITS = ("SAN SALVADOR, 7 FEB 90 (EFE) -- [TEXT] SIX JESUIT PRIESTS WERE MURDERED BY UNIDENTIFIED MEN ON 16 "
           "NOVEMBER AT THE CENTRAL AMERICAN UNIVERSITY IN SAN SALVADOR.\n\n"
           "   THE ARMY CHIEF SPOKE TODAY OF THE RELATIONS WITH THE U.S. ADVISERS.\n\n"
           "   THE ARCHBISHOP SAID TODAY THAT THE INVESTIGATION OF THE MURDER OF THE JESUITS MUST GO ON.\n")


def _dead(start: int, who: str, *, day: str | None = None, name: bool = False) -> dict:
    return {"type": "armed_assault", "date": {"value": day}, "location": None, "weapons": [],
            "targets": {"human": [{"text": who, "effect": "death", "is_name": name}], "physical": []},
            "perpetrators": {"individuals": [], "organizations": []},
            "evidence": [{"text": who, "span": [start, start + 50]}]}


def test_a_killing_named_again_in_passing_by_its_victims_is_one_incident(pipeline):
    incs = [i for i in _incidents(pipeline, JESUITS) if i["targets"]["human"]]
    assert len(incs) == 1 and incs[0]["date"]["value"] == "1989-11-16"
    assert len(incs[0]["evidence"]) >= 2   # both tellings


def test_without_the_rule_the_killing_named_in_passing_is_a_second_incident(unmerged):
    incs = [i for i in _incidents(unmerged, JESUITS) if i["targets"]["human"]]
    assert len(incs) == 2


def test_only_a_telling_in_passing_of_the_same_dead_joins(pipeline):
    sdoc = pipeline.nlp("Six Jesuit priests were murdered.")
    told = _dead(0, "SIX JESUIT PRIESTS", day="1989-11-16")
    again = _dead(200, "THE JESUITS", day="1990-02-07")
    # told by nouns only: one killing, whatever day its sentence tells
    assert same_object_groups([told, again], sdoc, [False, True]) == [[0, 1]]
    # told by a verb ("the Jesuits were killed today"): an act of its own
    assert same_object_groups([told, again], sdoc, [False, False]) == [[0], [1]]
    # other dead, or a named victim of its own
    assert same_object_groups([told, _dead(200, "TWO PEASANTS")], sdoc, [False, True]) == [[0], [1]]
    assert same_object_groups([told, _dead(200, "IGNACIO ELLACURIA", name=True)], sdoc,
                              [False, True]) == [[0], [1]]
