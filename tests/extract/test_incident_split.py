"""How many incidents a report tells: one incident per place where an attack is told at coordinated places
(``Extractor._split_coordinated_places``), as MUC-4 and the GTD code them; not for places that only name
something else ("a road linking X and Y")."""

from __future__ import annotations

from wirecoder.document import RawDocument
from wirecoder.evaluate.muc4_templates import records_to_templates


def _record(pipeline, text: str, doc_id: str = "WIRE-SPLIT") -> dict:
    return pipeline.process(RawDocument(source="wire", doc_id=doc_id, text=text))


def test_an_attack_at_two_coordinated_towns_is_two_incidents(pipeline):
    rec = _record(pipeline, "SAN SALVADOR, 3 APR 90 (AFP) -- [TEXT] LAST NIGHT REBELS BLEW UP SEVERAL ELECTRICITY "
                            "POLES WITH DYNAMITE IN SOYAPANGO AND ILOPANGO, CAUSING POWER OUTAGES IN THE CAPITAL.")
    incs = rec["incidents"]
    assert [i["location"]["text"] for i in incs] == ["SOYAPANGO", "ILOPANGO"]
    assert all(i["type"] == "bombing" and [w["text"] for w in i["weapons"]] == ["DYNAMITE"] for i in incs)
    assert all(i["location"]["country_code"] == "SV" for i in incs)
    assert len({i["id"] for i in incs}) == 2
    # two MUC-4 templates, one per town
    places = [t.values(3)[0].alternatives[0] for t in records_to_templates(rec)]
    assert any("SOYAPANGO" in p for p in places) and any("ILOPANGO" in p for p in places)


def test_modern_bombings_in_two_cities_are_two_incidents(pipeline):
    rec = _record(pipeline, "KABUL (Reuters) - Bombs exploded outside police stations in Jalalabad and Kandahar on "
                            "Tuesday, killing at least nine people, officials said.")
    assert [i["location"]["text"] for i in rec["incidents"]] == ["Jalalabad", "Kandahar"]
    assert {i["location"]["country_code"] for i in rec["incidents"]} == {"AF"}


def test_places_a_road_links_are_not_two_incidents(pipeline):
    rec = _record(pipeline, "LIMA, 2 APR 90 (EFE) -- [TEXT] YESTERDAY THE SHINING PATH MURDERED TWO MAYORS ON A "
                            "ROAD LINKING HUANCAYO AND JAUJA.")
    assert len(rec["incidents"]) == 1


def test_coordinated_places_of_a_place(pipeline):
    from wirecoder.extract import Extractor
    from wirecoder.extract.places import Place

    sdoc = pipeline.nlp("Rebels attacked the towns of Jocoro and Guadalupe, and a bridge near Perquin.")
    text = sdoc.text
    places = [Place(text.index(w), text.index(w) + len(w), w) for w in ("Jocoro", "Guadalupe", "Perquin")]
    got = Extractor.coordinated_places(sdoc, (places[0].start, places[0].end), places)
    assert [p.text for p in got] == ["Guadalupe"]
    got = Extractor.coordinated_places(sdoc, (places[1].start, places[1].end), places)
    assert [p.text for p in got] == ["Jocoro"]


def test_places_a_verb_links_are_not_coordinated_places_of_an_attack(pipeline):
    from wirecoder.extract import Extractor
    from wirecoder.extract.places import Place

    sdoc = pipeline.nlp("The Shining Path murdered two mayors on a road linking Huancayo and Jauja.")
    text = sdoc.text
    places = [Place(text.index(w), text.index(w) + len(w), w) for w in ("Huancayo", "Jauja")]
    assert Extractor.coordinated_places(sdoc, (places[0].start, places[0].end), places) == []


def test_taking_people_hostage_is_a_hostage_taking_with_its_victims(pipeline):
    # "took a group of students as hostages": the verb tells the act, its object the victims (the noun alone, with
    # nobody named as its victim, was an incident named but not told)
    rec = _record(pipeline, "SAN SALVADOR, 10 DEC 89 (RADIO) -- [TEXT] THE WOMAN FLED AND SOUGHT REFUGE INSIDE THE "
                            "UNIVERSITY, WHERE SHE TOOK A GROUP OF STUDENTS AS HOSTAGES, THREATENING THEM WITH HAND "
                            "GRENADES.")
    (inc,) = rec["incidents"]
    assert inc["type"] == "hostage_taking"
    assert "STUDENTS" in [h["text"] for h in inc["targets"]["human"]]
    rec = _record(pipeline, "BAMAKO (Reuters) - Gunmen took 20 people hostage at a hotel in Bamako on Friday, security "
                            "sources said.")
    (inc,) = rec["incidents"]
    assert inc["type"] == "hostage_taking" and inc["location"]["text"] == "Bamako"
    # the words as MUC-4's keys take them, the count apart
    assert [(h["text"], h["number"]) for h in inc["targets"]["human"]] == [("people", 20)]


def test_a_verb_of_damage_whose_agent_is_a_bomb_tells_the_bombing_and_its_targets(pipeline):
    # the nouns alone ("bomb explosion") name an act; the verb they drive tells it, with what it hit
    rec = _record(pipeline, "LA PAZ, 3 MAY 90 (EFE) -- [TEXT] TODAY'S BOMB EXPLOSION DAMAGED THE SHELVES OF A BOOK "
                            "STORE AND THE STATE BANK.")
    (inc,) = rec["incidents"]
    assert inc["type"] == "bombing"
    assert {"BOOK STORE", "STATE BANK"} <= {p["text"] for p in inc["targets"]["physical"]}
    # passive, with the bomb as its agent
    rec = _record(pipeline, "KABUL (AP) - A police station in Kunduz was destroyed by a car bomb on Monday, officials "
                            "said.")
    (inc,) = rec["incidents"]
    assert inc["type"] == "bombing" and [p["text"] for p in inc["targets"]["physical"]] == ["police station"]
    # a storm is no bomb
    assert _record(pipeline, "LONDON (Reuters) - The storm destroyed hundreds of homes on Monday.")["incidents"] == []


def test_a_bomb_hurled_placed_or_gone_off_tells_the_bombing_and_its_target(pipeline):
    rec = _record(pipeline, "SANTIAGO, 29 DEC 89 (EFE) -- [TEXT] AT 0415 THIS MORNING INCENDIARY BOMBS WERE HURLED AT A "
                            "MORMON TEMPLE IN NUNOA DISTRICT.")
    (inc,) = rec["incidents"]
    assert inc["type"] == "bombing" and [p["text"] for p in inc["targets"]["physical"]] == ["MORMON TEMPLE"]
    rec = _record(pipeline, "SANTIAGO, 29 DEC 89 (EFE) -- [TEXT] A BOMB, WHICH WAS PLACED ON THE 5TH FLOOR OF THE "
                            "CULTURAL INSTITUTE, WENT OFF LAST NIGHT CAUSING DAMAGE BUT NO VICTIMS.")
    (inc,) = rec["incidents"]
    assert inc["type"] == "bombing" and [p["text"] for p in inc["targets"]["physical"]] == ["CULTURAL INSTITUTE"]
    assert inc["date"]["value"] == "1989-12-28"


def test_the_subject_of_was_the_target_of_an_attack_is_its_target(pipeline):
    rec = _record(pipeline, "ATHENS (Reuters) - The French embassy in Athens was the target of a bomb attack on Sunday, "
                            "police said.")
    (inc,) = rec["incidents"]
    assert inc["type"] == "bombing" and [p["text"] for p in inc["targets"]["physical"]] == ["French embassy"]
    # an institute is an organisation's office, as MUC-4 types it
    rec = _record(pipeline, "SANTIAGO, 29 DEC 89 (EFE) -- [TEXT] A FEW DAYS AGO, THE CHILEAN-U.S. CULTURAL INSTITUTES "
                            "IN VINA DEL MAR WERE THE TARGET OF BOMB ATTACKS.")
    (inc,) = rec["incidents"]
    assert [(p["text"], p["type"]) for p in inc["targets"]["physical"]] == [
        ("CHILEAN-U.S. CULTURAL INSTITUTES", "organization_office")]


THREATS = ("SAN SALVADOR, 12 MAR 89 (ACAN-EFE) -- [TEXT] PRESIDENT DUARTE CALLED FOR MEDIATION WITH THE REBELS.\n\n"
           "   IN THE PAST FEW DAYS, THE REBELS HAVE CALLED FOR A TRANSPORTATION STOPPAGE TO BEGIN ON 16 MARCH, HAVE "
           "ORDERED GAS STATION OWNERS TO REFRAIN FROM SELLING FUEL, HAVE ANNOUNCED THAT THEY WILL DESTROY POWER "
           "LINES, AND THREATENED TO KILL ELECTION OFFICIALS.\n")


def test_threats_against_a_thing_and_against_people_in_one_sentence_are_two_threatened_incidents(pipeline):
    incs = [i for i in _record(pipeline, THREATS)["incidents"] if i["stage"] == "threatened"]
    assert len(incs) == 2, incs
    lines, officials = sorted(incs, key=lambda i: bool(i["targets"]["human"]))
    assert [" ".join(p["text"].split()) for p in lines["targets"]["physical"]] == ["POWER LINES"]
    assert lines["targets"]["physical"][0]["type"] == "energy"
    assert [h["text"] for h in officials["targets"]["human"]] == ["ELECTION OFFICIALS"]
    # the acts have not happened: neither the lines' destruction nor the officials' death is an effect
    assert all(t["effect"] == "unknown" for i in incs for t in i["targets"]["physical"] + i["targets"]["human"])


def test_two_threats_against_one_thing_stay_one_incident(pipeline):
    text = ("SAN SALVADOR, 12 MAR 89 (ACAN-EFE) -- [TEXT] THE REBELS HAVE ANNOUNCED THAT THEY WILL DESTROY THE "
            "BRIDGE, AND THREATENED TO ATTACK THE BRIDGE AGAIN.\n")
    incs = [i for i in _record(pipeline, text)["incidents"] if i["stage"] == "threatened"]
    assert len(incs) == 1, incs


def test_a_threat_beside_an_attack_carried_out_is_not_split_by_this_rule():
    from wirecoder.extract.incidents import Cluster, _threats_apart
    from wirecoder.extract.mentions import Mention

    done = Mention(token_i=3, start=10, end=16, lemma="kill", type="armed_assault", sent_i=0, para_i=0)
    threat = Mention(token_i=9, start=40, end=47, lemma="sabotage", type="armed_assault", sent_i=0, para_i=0,
                     mode="intent", target=(frozenset(), frozenset({"power line"})))
    c = Cluster()
    c.add(done)
    assert not _threats_apart(threat, c)   # "killed two guards and threatened to destroy the power lines"
    done.mode = "intent"
    assert _threats_apart(threat, c)
    other = Mention(token_i=20, start=80, end=87, lemma="kill", type="armed_assault", sent_i=1, para_i=0,
                    mode="intent")
    assert not _threats_apart(other, c)   # only the incident's mentions of the threat's own sentence count
