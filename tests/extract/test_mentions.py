"""Which words ``extract.mentions.find_mentions`` takes for the telling of an attack."""

from __future__ import annotations

from wirecoder import nlp
from wirecoder.extract.mentions import find_mentions


def _mentions(pipeline, text: str):
    sdoc = pipeline.nlp(nlp.analysis_text(text))
    return find_mentions(sdoc, text)


def test_the_killing_of_named_or_counted_victims_tells_a_murder(pipeline):
    text = ("THE PRESIDENT CITED THE KILLING OF THE JESUIT PRIESTS IN SAN SALVADOR ON 16 NOVEMBER AS PROOF OF THE "
            "VIOLENCE.  THE GUERRILLAS EXPRESSED THEIR SORROW BECAUSE OF THE KILLING OF SIX OF THEIR MEMBERS.")
    ms = [m for m in _mentions(pipeline, text) if text[m.start:m.end] == "KILLING"]
    assert len(ms) == 2 and all(m.lemma == "murder" and m.type == "armed_assault" and m.noun for m in ms)


def test_the_killing_of_people_in_general_tells_no_event(pipeline):
    text = "COCAINE USERS ARE CONTRIBUTING TO THE KILLING OF MY PEOPLE BY THE DRUG TRAFFICKING ORGANIZATION."
    assert not [m for m in _mentions(pipeline, text) if text[m.start:m.end] == "KILLING"]


def test_the_killing_of_priests_reported_from_abroad_is_an_incident_in_their_country(pipeline):
    from wirecoder.document import RawDocument

    rec = pipeline.process(RawDocument(source="wire", doc_id="KILLING", text=(
        "TEGUCIGALPA, 18 NOV 89 (ACAN-EFE) -- [TEXT] THE PRESIDENT CITED THE KILLING OF THE JESUIT PRIESTS IN "
        "SAN SALVADOR ON 16 NOVEMBER AS PROOF OF THE VIOLENCE IN THE NEIGHBORING COUNTRY.")))
    (inc,) = rec["incidents"]
    assert inc["location"]["country_code"] == "SV"


def _kinds(pipeline, text: str, word: str):
    return [(m.lemma, m.type) for m in _mentions(pipeline, text) if text[m.start:m.end] == word]


def test_people_captured_or_seized_are_kidnapped(pipeline):
    text = "THE MPTL ALSO REPORTED THAT ROBERTO MENA WAS CAPTURED BY ATONAL BATTALION TROOPS AT 1600 ON 5 FEBRUARY."
    assert _kinds(pipeline, text, "CAPTURED") == [("kidnap", "kidnapping")]
    text = ("NATIONAL POLICE MEMBERS WHO WERE DRESSED IN CIVILIAN CLOTHES SEIZED UNIVERSITY STUDENTS HUGO MARTINEZ "
            "AND RAUL RAMIREZ, WHO ARE STILL MISSING.")
    assert _kinds(pipeline, text, "SEIZED") == [("kidnap", "kidnapping")]
    text = "THE COMMISSION DEMANDS THE RELEASE OF PEASANT BARTOLO RODRIGUEZ, WHO WAS CAPTURED ON 27 JANUARY."
    assert _kinds(pipeline, text, "CAPTURED") == [("kidnap", "kidnapping")]


def test_captured_attackers_things_arrests_and_plans_are_no_kidnapping(pipeline):
    assert not _kinds(pipeline, "THE TROOPS CAPTURED TWO GUERRILLAS NEAR THE BORDER.", "CAPTURED")
    assert not _kinds(pipeline, "THE SOLDIERS SEIZED RIFLES AND AMMUNITION.", "SEIZED")
    assert not _kinds(pipeline, "Police captured John Smith after a manhunt and charged him with murder.", "captured")
    assert not _kinds(pipeline, "THE OPERATION WAS AIMED AT CAPTURING NORIEGA.", "CAPTURING")
    assert not _kinds(pipeline, "POLICE CAPTURED VICTOR POLAY, ONE OF THE TOP LEADERS OF THE TERRORIST "
                                "ORGANIZATION MRTA.", "CAPTURED")


def test_explosives_in_a_store_of_arms_seized_tell_no_bombing(pipeline):
    text = ("DURING A SEARCH OPERATION NATIONAL POLICE MEMBERS DISCOVERED AN FMLN SECURITY HOUSE AND CONFISCATED 2 "
            "SUBMACHINEGUNS, 2 RIFLES, 650 CARTRIDGES, 6 STICKS OF DYNAMITE, AND OTHER EXPLOSIVES.  THE POLICE "
            "FOUND A CAR WITH 100 KG OF DYNAMITE AT A RESIDENCE.")
    ms = _mentions(pipeline, text)
    assert not [m for m in ms if m.type == "bombing"]


def test_a_bomb_found_where_it_was_planted_is_still_told(pipeline):
    text = "POLICE FOUND A BOMB IN FRONT OF THE BANK.  A BOMB WAS FOUND AT THE EMBASSY AND DEACTIVATED."
    assert [m.lemma for m in _mentions(pipeline, text) if m.type == "bombing"] == ["bomb", "bomb"]


def test_dynamite_hurled_at_a_bank_is_a_bombing_though_weapons_are_listed(pipeline):
    text = "TERRORISTS HURLED DYNAMITE AND GRENADES AT A BANK, AND SEIZED RIFLES FROM THE GUARDS."
    assert {m.type for m in _mentions(pipeline, text)} >= {"bombing"}


def test_a_slow_burning_fuse_is_no_arson(pipeline):
    text = "THE CAR HAD A SLOW-BURNING FUSE AND MECHANISMS TO SET IT OFF."
    assert not [m for m in _mentions(pipeline, text) if m.type == "arson"]


def test_most_of_the_murders_speaks_of_murders_in_general(pipeline):
    text = "THESE GANGS OF HIRED ASSASSINS HAD PARTICIPATED IN MOST OF THE MURDERS OF THE COUNTRY'S LEFTIST LEADERS."
    (m,) = [m for m in _mentions(pipeline, text) if text[m.start:m.end] == "MURDERS"]
    assert m.mode == "generic"
    text = "THE GUERRILLAS BURNED THE HOUSES.  TWO OF THE MURDERS TOOK PLACE IN THE CAPITAL."
    (m,) = [m for m in _mentions(pipeline, text) if text[m.start:m.end] == "MURDERS"]
    assert m.mode != "generic"


def test_a_thing_sabotaged_tells_an_attack_but_a_campaign_of_sabotage_does_not(pipeline):
    text = ("IT HAS ALSO BEEN REPORTED THAT REBEL FORCES HAVE SET UP BARRICADES ON THE NORTHERN TRUNK ROAD AND POWER "
            "LINES HAVE BEEN SABOTAGED.  SINCE EARLY APRIL, THE FMLN HAS STEPPED UP SABOTAGE ACTIONS AGAINST "
            "TELEPHONE AND ELECTRICITY NETWORKS.")
    assert _kinds(pipeline, text, "SABOTAGED") == [("sabotage", "armed_assault")]
    assert _kinds(pipeline, text, "SABOTAGE") == []


def test_power_posts_sabotaged_by_urban_commandos_are_an_attack_on_them(pipeline):
    from wirecoder.document import RawDocument

    rec = pipeline.process(RawDocument(source="wire", doc_id="SABOTAGE", text=(
        "SAN SALVADOR, 9 MAY 89 (AFP) -- [TEXT] TWO GAS STATIONS WERE SABOTAGED BY FMLN URBAN COMMANDOS IN SAN "
        "SALVADOR TODAY, OFFICIAL SOURCES REPORTED.")))
    (inc,) = rec["incidents"]
    assert inc["type"] == "armed_assault"
    assert any("GAS STATIONS" in p["text"] for p in inc["targets"]["physical"])


def test_destruction_the_doers_announce_is_a_threat_and_a_bombs_destruction_is_no_new_act(pipeline):
    text = ("THE REBELS HAVE ANNOUNCED THAT THEY WILL DESTROY POWER LINES.  THE GUERRILLAS THREATENED TO DESTROY THE "
            "BRIDGE.  A CAR BOMB DESTROYED THE BUILDING.  THE ARMY SAID IT WILL DESTROY THE REBELS.")
    found = [(text[m.start:m.end], m.lemma, m.mode) for m in _mentions(pipeline, text)]
    assert ("DESTROY", "sabotage", "intent") in found   # the power lines, a thing announced
    assert found.count(("DESTROY", "sabotage", "intent")) == 2   # and the bridge threatened
    assert not any(w == "DESTROYED" and lemma == "sabotage" for w, lemma, _ in found)   # the bomb's effect
    # the rebels are people, not a thing: no threat of destruction against a building, line or vehicle
    assert sum(w == "DESTROY" for w, _, _ in found) == 2


def test_power_lines_are_one_thing_by_their_compound(pipeline):
    from wirecoder.extract.mentions import thing_word

    sdoc = pipeline.nlp(nlp.analysis_text("THE REBELS WILL DESTROY POWER LINES AND THE BANK."))
    words = {t.lower_: thing_word(t) for t in sdoc}
    assert words["lines"] == "power line" and words["bank"] == "bank" and words["rebels"] is None
