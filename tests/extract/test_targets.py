"""Physical targets named after an attack noun ("the attack on X"), on short reports."""

from __future__ import annotations

import pytest

from wirecoder.document import RawDocument


def _physical(pipeline, text: str) -> list[list[str]]:
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-TARGET", text=text))
    return [[p["text"] for p in inc["targets"]["physical"]] for inc in rec["incidents"]]


def test_an_institution_named_as_an_organisation_is_the_building_attacked(pipeline):
    # spaCy calls "the Central American University" an ORG; its head word says it is a building
    targets = _physical(pipeline, "CLANDESTINE, 22 JUL 89 (RADIO VENCEREMOS) -- [TEXT] IN CONNECTION WITH THE "
                                  "BOMB ATTACK ON THE CENTRAL AMERICAN UNIVERSITY AT DAYBREAK ON 22 JULY, THE "
                                  "FMLN STATES THE FOLLOWING.")
    assert targets and "CENTRAL AMERICAN UNIVERSITY" in targets[0]


def test_an_embassy_in_mixed_case_news(pipeline):
    targets = _physical(pipeline, "LIMA, 25 OCT 89 -- Police said a bomb attack on the Soviet Embassy "
                                  "damaged its facade early today.")
    assert any("Soviet Embassy" in t for inc in targets for t in inc)


def test_an_organisation_without_a_building_word_is_not_a_physical_target(pipeline):
    targets = _physical(pipeline, "SAN SALVADOR, 12 NOV 89 -- The army said a bomb attack on the "
                                  "Farabundo Marti National Liberation Front killed three rebels in Chalatenango.")
    assert not any("Farabundo" in t or "Front" in t for inc in targets for t in inc)


def _incidents(pipeline, text: str) -> list[dict]:
    return pipeline.process(RawDocument(source="wire", doc_id="WIRE-ACT", text=text))["incidents"]


def test_nobody_hurt_is_no_casualty(pipeline):
    (inc,) = _incidents(pipeline, "BERLIN, March 3, 2018 - Unknown attackers set fire to a mosque in Hamburg "
                                  "overnight, police said on Saturday. No one was injured.")
    assert inc["type"] == "arson" and inc["casualties"] == {}
    assert "armed_assault" not in inc["other_types"]   # "no one was injured" tells no assault


def test_the_act_tells_the_weapon_but_gives_no_instrument_words(pipeline):
    from wirecoder.evaluate.muc4_templates import incident_template

    (inc,) = _incidents(pipeline, "EL PASO, Texas, Aug. 3, 2019 — A gunman opened fire at a Walmart store in "
                                  "El Paso on Saturday, killing 20 people.")
    assert [(w["type"], w["text"], w.get("inferred_from")) for w in inc["weapons"]] == [("firearms", "gunman", "act")]
    t = incident_template("X", 1, inc, "2019-08-03")
    assert t.values(6) == [] and [f.alternatives for f in t.values(7)] == [["GUN"]]


@pytest.mark.parametrize("act, instrument", [
    ("WAS SHOT TO DEATH BY TWO MEN ON A MOTORCYCLE", "GUN"),
    ("DIED WHEN UNIDENTIFIED MEN FIRED SEVERAL TIMES AT HIS CAR", "GUN"),
])
def test_shooting_words_tell_the_gun(pipeline, act, instrument):
    from wirecoder.evaluate.muc4_templates import incident_template

    incs = _incidents(pipeline, f"BOGOTA, 6 SEP 89 (EFE) -- [TEXT] JUDGE CARLOS VALENCIA {act} IN MEDELLIN TODAY.")
    assert incs and incs[0]["type"] in ("armed_assault", "assassination"), incs
    assert [w.get("inferred_from") for w in incs[0]["weapons"]] == ["act"], incs[0]["weapons"]
    t = incident_template("X", 1, incs[0], "1989-09-06")
    assert t.values(6) == [] and [f.alternatives for f in t.values(7)] == [[instrument]]


def test_abducted_schoolgirls_are_the_victims(pipeline):
    (inc,) = _incidents(pipeline, "MAIDUGURI, Nigeria, Feb 20, 2018 (AFP) - Boko Haram fighters abducted 110 "
                                  "schoolgirls from a government school in Yobe state on Monday, officials said.")
    assert inc["type"] == "kidnapping"
    (girls,) = [h for h in inc["targets"]["human"] if "schoolgirls" in h["text"]]
    assert girls["number"] == 110 and girls["effect"] == "kidnapping"


def test_the_gunmen_of_the_next_paragraph_are_the_same_attack(pipeline):
    incs = _incidents(pipeline, "KABUL, March 14, 2023 (AP) - Gunmen shot dead two policemen at a checkpoint in "
                                "northern Kabul on Tuesday evening and escaped, the interior ministry said.\n\n"
                                "The gunmen opened fire from a car, a ministry spokesman said.\n")
    (inc,) = incs   # "The gunmen": the attackers told before, so the attack told before
    assert inc["type"] == "armed_assault" and inc["date"]["value"] == "2023-03-14"
    assert [w["type"] for w in inc["weapons"]] == ["firearms"]


def test_what_an_attack_named_as_the_subject_damaged_is_its_target(pipeline):
    # "THE TERRORIST ATTACKS AFFECTED THE MAIN POWERLINE": the powerline, and the attacks are an incident
    targets = _physical(pipeline, "SANTIAGO, 27 NOV 89 (DOMESTIC SERVICE) -- [TEXT] THE COMPANIES CONCLUDED BY "
                                  "STATING THAT THE TERRORIST ATTACKS AFFECTED THE MAIN POWERLINE AND THAT THE "
                                  "ELECTRIC SUPPLY TO SOME TOWNS WILL BE RESTORED IN THE NEXT FEW HOURS.")
    assert targets and any("POWERLINE" in t for t in targets[0])


@pytest.mark.parametrize("told, effect", [
    ("WENT OFF LAST NIGHT CAUSING DAMAGE BUT NO VICTIMS", "NO INJURY OR DEATH"),
    ("EXPLODED LAST NIGHT WITHOUT CAUSING FATALITIES", "NO DEATH"),
])
def test_a_bombing_that_hurt_nobody_says_so_in_the_human_effect(pipeline, told, effect):
    from wirecoder.evaluate.muc4_templates import incident_template

    incs = _incidents(pipeline, f"LIMA, 9 JAN 90 (EFE) -- [TEXT] A BOMB PLACED AT THE ENTRANCE OF THE MINISTRY "
                                f"OF JUSTICE {told}.")
    assert incs and incs[0]["type"] == "bombing", incs
    assert incs[0]["unharmed"]["text"] in told
    t = incident_template("X", 1, incs[0], "1990-01-09")
    assert [(f.alternatives, f.xref) for f in t.values(23)] == [([effect], ["-"])]


def test_a_bombing_that_killed_someone_is_not_unharmed(pipeline):
    incs = _incidents(pipeline, "LIMA, 9 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED AT THE MINISTRY OF JUSTICE, KILLING "
                                "TWO GUARDS. NO GROUP CLAIMED RESPONSIBILITY, AND NO ONE WAS ARRESTED.")
    assert incs and not any(i.get("unharmed") for i in incs)


def test_a_bare_count_is_a_casualty_figure_not_a_victim(pipeline):
    incs = _incidents(pipeline, "SAN SALVADOR, 12 NOV 89 -- [TEXT] URBAN GUERRILLAS ATTACKED A BUS IN SOYAPANGO "
                                "TODAY. ONE WAS KILLED AND FOUR WERE INJURED, THE POLICE SAID.")
    assert incs, incs
    human = [h["text"] for inc in incs for h in inc["targets"]["human"]]
    assert "ONE" not in human and "FOUR" not in human, human
    assert any((inc.get("casualties") or {}).get("injured", {}).get("value") == 4 for inc in incs), incs


def _victims_of(pipeline, text: str) -> dict[str, dict]:
    return {h.get("name") or h["text"]: h for inc in _incidents(pipeline, text) for h in inc["targets"]["human"]}


def test_a_title_parsed_apart_from_the_name_is_the_named_victims_description(pipeline):
    # the parser makes "judge" the object of "of" and the name a phrase of its own
    victims = _victims_of(pipeline, "BOGOTA, 2 NOV 89 -- [TEXT] COLOMBIAN JUDGES TODAY BEGAN A NUMBER OF STAGGERED "
                                    "STOPPAGES TO PROTEST THE ASSASSINATION OF JUDGE MARIELA ESPINOSA ARANGO THE "
                                    "EVENING OF 1 NOVEMBER IN MEDELLIN.")
    assert "MARIELA ESPINOSA ARANGO" in victims, victims
    victim = victims["MARIELA ESPINOSA ARANGO"]
    assert victim["is_name"] and victim["description"]["text"] == "JUDGE"
    assert victim["type"] == "legal_or_judicial" and victim["effect"] == "death"


def test_a_name_whose_last_word_ner_left_out_is_the_victims_whole_name(pipeline):
    victims = _victims_of(pipeline, "SAN SALVADOR, 9 JUN 89 -- [TEXT] PRESIDENT ALFREDO CRISTIANI HOLDS THE FMLN "
                                    "RESPONSIBLE FOR THE ASSASSINATION OF DR JOSE ANTONIO RODRIGUEZ PORTH AND CALLED "
                                    "THE ATTACK AN ATTEMPT TO HINDER DIALOGUE.")
    assert "JOSE ANTONIO RODRIGUEZ PORTH" in victims, victims
    assert victims["JOSE ANTONIO RODRIGUEZ PORTH"]["effect"] == "death"


def test_an_explosion_tells_the_explosive_but_is_no_instrument(pipeline):
    # template definition (slot 6): not "the effect of using an instrument (such as 'explosion')"
    from wirecoder.evaluate.muc4_templates import incident_template

    incs = _incidents(pipeline, "SANTIAGO, 13 DEC 89 (EFE) -- [TEXT] A VIOLENT EXPLOSION DAMAGED THE WINDOWS AND "
                                "FACADE OF THE SALVADORAN CONSULATE IN SANTIAGO TODAY.")
    assert incs and incs[0]["type"] == "bombing", incs
    t = incident_template("X", 1, incs[0], "1989-12-13")
    assert t.values(6) == [] and [f.alternatives for f in t.values(7)] == [["EXPLOSIVE"]]


def test_incendiary_bombs_are_one_weapon(pipeline):
    from wirecoder.evaluate.muc4_templates import incident_template

    incs = _incidents(pipeline, "SANTIAGO, 29 DEC 89 (EFE) -- [TEXT] INCENDIARY BOMBS WERE HURLED AT A MORMON TEMPLE "
                                "IN SANTIAGO EARLY THIS MORNING. THE BOMBS CAUSED SOME DAMAGE TO THE TEMPLE.")
    assert incs, incs
    t = incident_template("X", 1, incs[0], "1989-12-29")
    assert [f.alternatives for f in t.values(6)] == [["INCENDIARY BOMBS"]], incs[0]["weapons"]
    assert [f.alternatives for f in t.values(7)] == [["BOMB"]]


def test_the_building_a_bomb_went_off_at_is_the_target(pipeline):
    incs = _incidents(pipeline, "BOGOTA, 7 DEC 89 (AFP) -- [TEXT] A TRUCK RIGGED WITH DYNAMITE EXPLODED TODAY OUTSIDE A "
                                "FEDERAL POLICE BUILDING IN DOWNTOWN BOGOTA, KILLING AT LEAST 23 PEOPLE.")
    assert incs and incs[0]["type"] == "bombing", incs
    (building,) = [p for p in incs[0]["targets"]["physical"] if "BUILDING" in p["text"]]
    assert building["text"] == "FEDERAL POLICE BUILDING"
    # a bomb outside it tells nothing of its damage
    assert building["effect"] == "unknown" and "outside" not in building


def test_a_bomb_set_off_in_a_restaurant_damages_it(pipeline):
    incs = _incidents(pipeline, "LIMA, 7 SEP 89 (EFE) -- [TEXT] A BOMB EXPLODED TODAY INSIDE A FAST-FOOD RESTAURANT "
                                "IN DOWNTOWN LIMA, POLICE SOURCES SAID.")
    assert incs, incs
    assert [(p["text"], p["effect"]) for p in incs[0]["targets"]["physical"]] == [("FAST-FOOD RESTAURANT", "some_damage")]


def test_a_place_without_a_bomb_is_no_target(pipeline):
    incs = _incidents(pipeline, "LIMA, 7 SEP 89 (EFE) -- [TEXT] GUERRILLAS KILLED TWO POLICEMEN TODAY. MOURNERS PLACED "
                                "FLOWERS IN THE POLICE STATION.")
    assert not any("STATION" in p["text"] for inc in incs for p in inc["targets"]["physical"]), incs


def test_a_targets_other_name_in_brackets_is_not_a_second_target(pipeline):
    incs = _incidents(pipeline, "SAN SALVADOR, 31 OCT 89 (AFP) -- [TEXT] AT LEAST SIX PERSONS WERE KILLED WHEN A CAR "
                                "BOMB EXPLODED TODAY OUTSIDE THE OFFICES OF THE SALVADORAN WORKERS NATIONAL UNION "
                                "FEDERATION (FENASTRAS) IN THE CAPITAL.")
    assert incs, incs
    texts = [p["text"] for p in incs[0]["targets"]["physical"]]
    assert texts == ["OFFICES OF THE SALVADORAN WORKERS NATIONAL UNION FEDERATION"], texts


def test_an_assassination_told_in_passing_takes_the_weapon_its_act_tells(pipeline):
    # "the assassination of six Jesuits" opens the incident (the rules read a killing noun with particular
    # victims); "machinegunned" tells the weapon, which has no instrument words of its own
    from wirecoder.evaluate.muc4_templates import incident_template

    incs = _incidents(pipeline, "SAN SALVADOR, 20 NOV 89 (AFP) -- [TEXT] UNGO'S DEPARTURE OCCURRED FOLLOWING THE "
                                "ASSASSINATION OF SIX JESUITS WHO WERE MACHINEGUNNED ON 15 NOVEMBER BY MEN WEARING "
                                "MILITARY UNIFORMS.")
    assert len(incs) == 1, incs
    assert [(w["type"], w.get("inferred_from")) for w in incs[0]["weapons"]] == [("firearms", "act")]
    t = incident_template("X", 1, incs[0], "1989-11-20")
    assert t.values(6) == [] and [f.alternatives for f in t.values(7)] == [["MACHINE GUN"]]


@pytest.mark.parametrize("act, instrument", [
    ("TODAY DYNAMITED THE CANO LIMON-COVENAS OIL PIPELINE IN ARAUCA", "DYNAMITE"),
    ("TODAY BOMBED A RADIO STATION AND A DRUGSTORE IN BARRANCA", "BOMB"),
])
def test_a_bombing_verb_tells_the_instrument_type_but_names_no_instrument(pipeline, act, instrument):
    from wirecoder.evaluate.muc4_templates import incident_template

    incs = _incidents(pipeline, f"BOGOTA, 20 NOV 89 (AFP) -- [TEXT] GUERRILLAS {act}.")
    assert incs and incs[0]["type"] == "bombing", incs
    t = incident_template("X", 1, incs[0], "1989-11-20")
    assert t.values(6) == [] and [f.alternatives for f in t.values(7)] == [[instrument]]



def test_the_noun_a_relative_clause_of_the_act_hangs_from_is_the_victim(pipeline):
    # "who was captured": the relative pronoun stands for the man it follows (``fields._victims``)
    from wirecoder import nlp
    from wirecoder.extract.fields import _victims

    text = ("The association demands the release of peasant Bartolo Rodriguez, who was captured by troops on "
            "27 January.")
    sdoc = pipeline.nlp(nlp.analysis_text(text))
    (captured,) = [t for t in sdoc if t.lower_ == "captured"]
    assert [v.text for v in _victims(captured)] == ["Rodriguez"]

@pytest.mark.parametrize("sentence, number", [
    ("AT LEAST SIX PERSONS WERE KILLED BY GUERRILLAS WHO ATTACKED A BUS NEAR THE CAPITAL TODAY.", "6-"),
    ("TERRORISTS KIDNAPPED APPROXIMATELY 50 PEASANTS IN A VILLAGE NEAR THE CAPITAL TODAY.", "~50"),
    ("TERRORISTS KIDNAPPED 50 PEASANTS IN A VILLAGE NEAR THE CAPITAL TODAY.", "50"),
])
def test_a_qualified_count_of_victims_keeps_its_qualifier(pipeline, sentence, number):
    # template definition 7.22: "at least 6" is "6-", "about 100" "~100"
    from wirecoder.evaluate.muc4_templates import number_fill

    incs = _incidents(pipeline, "SAN SALVADOR, 31 OCT 89 (AFP) -- [TEXT] " + sentence)
    numbers = [number_fill(h) for inc in incs for h in inc["targets"]["human"] if not h.get("is_name")]
    assert number in numbers


def _victim_words(pipeline, text: str) -> list[str]:
    return [h["text"].upper().replace("\n", " ") for inc in _incidents(pipeline, text) for h in inc["targets"]["human"]]


@pytest.mark.parametrize("said", [
    "GUERRILLAS KILLED TWO PEASANTS IN USULUTAN.  THE RESIDENTS OF THE TOWN REPUDIATED THE FMLN ASSASSINS FOR "
    "THEIR CONSTANT ATTACKS ON THE SALVADORAN PEOPLE.",
    "THE FMLN HAS MURDERED THE SALVADORAN PEOPLE. GUERRILLAS KILLED TWO PEASANTS IN USULUTAN YESTERDAY.",
])
def test_a_nation_is_no_victim(pipeline, said):
    # MUC-4 never takes "the Salvadoran people" of an accusation as a human target
    text = "SAN SALVADOR, 5 FEB 90 (RADIO CADENA) -- [TEXT] " + said
    victims = _victim_words(pipeline, text)
    assert "PEASANTS" in victims and not any("PEOPLE" in v for v in victims)


@pytest.mark.parametrize("phrase", ["FIVE SALVADORAN PEOPLE", "THE SAN SEBASTIAN PEOPLE"])
def test_counted_people_and_a_towns_people_are_victims(pipeline, phrase):
    victims = _victim_words(pipeline, f"SAN SALVADOR, 5 FEB 90 (AFP) -- [TEXT] SOLDIERS MURDERED {phrase} "
                                      "IN A VILLAGE OF USULUTAN DEPARTMENT YESTERDAY.")
    assert any("PEOPLE" in v for v in victims)


def test_nobody_hurt_across_a_line_break_in_the_next_sentence(pipeline):
    # "NO\nONE WAS INJURED": one injured before (the line break hid the "no"), and the words, in the sentence
    # after the incident's, now make the MUC-4 effect NO INJURY OR DEATH
    from wirecoder.evaluate.muc4_templates import incident_template

    (inc,) = _incidents(pipeline, "BUENOS AIRES, 13 DEC 89 (AFP) -- [TEXT] LAST NIGHT, A VIOLENT EXPLOSION DAMAGED\n"
                                  "THE WINDOWS AND FACING OF THE SALVADORAN CONSULATE IN SANTIAGO.  NO\n"
                                  "ONE WAS INJURED.\n")
    assert inc["casualties"] == {} and inc["unharmed"]
    assert [f.alternatives for f in incident_template("X", 1, inc, "1989-12-13").values(23)] == [["NO INJURY OR DEATH"]]


def test_a_group_after_a_killing_participle_is_no_name(pipeline):
    # "THE ASSASSINATED JESUIT PRIESTS": proper nouns to the tagger in capitals, but a group (PLURAL), no name
    from wirecoder.evaluate.muc4_templates import number_fill

    incs = _incidents(pipeline, "SAN SALVADOR, 2 MAY 90 (RADIO CADENA YSKL) -- [TEXT] WE NOW HAVE\nCOLONEL SIGIFREDO "
                                "OCHOA PEREZ ON THE TELEPHONE.  THE ARMED FORCES,\nPARTICULARLY THE COMMANDERS OF THE "
                                "VARIOUS ARMY BRANCHES AND GARRISONS\nWHO WERE CONVENED BY THE DEFENSE MINISTER, MADE A "
                                "STATEMENT AGAINST\nTHIS OFFICER, AFTER HE DEMANDED\nJUSTICE IN THE CASE OF THE "
                                "ASSASSINATED JESUIT PRIESTS.  WE WILL NOW\nLISTEN TO COL OCHOA.\n")
    found = [(h["text"], h.get("is_name"), number_fill(h)) for inc in incs for h in inc["targets"]["human"]]
    assert ("JESUIT PRIESTS", False, "PLURAL") in found


SET_FIRE = ("LIMA, 10 APR 90 (EFE) -- [TEXT] IN HUARAZ, THE CAPITAL OF ANCASH DEPARTMENT, THE TERRORISTS SET FIRE TO "
            "THE OFFICES OF THE LOCAL DEVELOPMENT CORPORATION BUT INJURED NO ONE.")


def test_what_set_fire_to_names_is_the_arsons_target(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-F", text=SET_FIRE))
    arson = [inc for inc in rec["incidents"] if inc["type"] == "arson"]
    targets = [t for inc in arson for t in inc["targets"]["physical"]]
    assert [t["text"] for t in targets] == ["OFFICES OF THE LOCAL DEVELOPMENT CORPORATION"], rec["incidents"]
    assert targets[0]["effect"] == "some_damage" and "source" not in targets[0]
