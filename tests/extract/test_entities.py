"""A role filler is an entity: its mentions are folded into one filler with alternative strings."""

from wirecoder.document import RawDocument
from wirecoder.extract.entities import same_entity

WIRE = ("SAN SALVADOR, 12 JAN 90 (ACAN-EFE) -- [TEXT] URBAN GUERRILLAS OF THE FARABUNDO MARTI NATIONAL "
        "LIBERATION FRONT (FMLN) TODAY KILLED MAYOR JOSE PEREZ OF SAN MIGUEL WITH MACHINEGUN FIRE IN FRONT OF "
        "HIS HOME. POLICE SAID THE FMLN GUERRILLAS FLED AFTER THE ATTACK. PEREZ HAD RECEIVED DEATH THREATS "
        "FROM THE FMLN LAST MONTH.")


def test_same_entity_by_words_and_last_word():
    assert same_entity("Jose Perez", "PEREZ")
    assert same_entity("the guerrillas", "urban guerrillas")
    assert not same_entity("Jose Perez", "Maria Perez")
    assert not same_entity("the house", "the house of the mayor")
    assert not same_entity("the", "the")


def test_descriptions_of_one_group_of_victims():
    from wirecoder.extract.entities import fold_incident, same_group
    assert same_group("JESUITS", "JESUIT PRIESTS")
    assert same_group("the clergymen", "Salvadoran clergyman")
    assert not same_group("JESUITS", "PRIESTS")
    assert not same_group("students", "teachers")
    inc = {"perpetrators": {"individuals": [], "organizations": []}, "weapons": [],
           "targets": {"physical": [], "human": [
               {"text": "JESUIT PRIESTS", "span": [0, 14], "is_name": False},
               {"text": "JESUITS", "span": [30, 37], "is_name": False},
               {"text": "WOMEN", "span": [40, 45], "is_name": False}]}}
    human = fold_incident(inc)["targets"]["human"]
    assert [h["text"] for h in human] == ["JESUIT PRIESTS", "WOMEN"]
    assert human[0]["mentions"] == [{"text": "JESUITS", "span": [30, 37]}]


def test_the_fmln_and_its_full_name_are_one_perpetrator(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-1", text=WIRE))
    assert len(rec["incidents"]) == 1
    orgs = rec["incidents"][0]["perpetrators"]["organizations"]
    assert len(orgs) == 1, orgs
    texts = {orgs[0]["text"], *(m["text"] for m in orgs[0].get("mentions", []))}
    assert {"FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"} <= texts
    # the guerrillas' words stop at the group's whole name, not inside it
    assert [i["text"] for i in rec["incidents"][0]["perpetrators"]["individuals"]] == \
        ["URBAN GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT"]
    for m in orgs[0].get("mentions", []):
        assert rec["text"][m["span"][0]:m["span"][1]] == m["text"]


def test_extends_a_name_only_by_its_own_words():
    from wirecoder.extract.entities import extends, words
    assert extends(words("Garcia Alvarado"), words("Roberto Garcia Alvarado"))
    assert extends(words("Antonio Roldan"), words("Antonio Roldan Betancur"))
    assert extends(words("Vargas"), words("Jorge Adolfo Vargas Gonzalez"))     # a surname alone
    assert not extends(words("Jorge"), words("Jorge Adolfo Vargas Gonzalez"))  # a given name alone
    assert not extends(words("Roldan Antonio"), words("Antonio Roldan Betancur"))
    assert not extends(words("Jose Perez"), words("Jose Perez"))


NAMED = ("SAN SALVADOR, 19 APR 89 (ACAN-EFE) -- [TEXT] SALVADORAN ATTORNEY GENERAL ROBERTO GARCIA ALVARADO "
         "HAD RECEIVED DEATH THREATS FOR MONTHS, HIS OFFICE SAID.\n\n   GARCIA ALVARADO, 56, WAS KILLED TODAY "
         "WHEN A BOMB PLACED ON THE ROOF OF HIS CAR EXPLODED IN SAN SALVADOR. POLICE BLAMED THE FMLN.")


def test_a_victim_is_named_by_the_fullest_form_of_the_name(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-2", text=NAMED))
    people = [h for inc in rec["incidents"] for h in inc["targets"]["human"] if h.get("is_name")]
    assert people, rec["incidents"]
    assert {h.get("name") or h["text"] for h in people} == {"ROBERTO GARCIA ALVARADO"}, people
    assert [h["number"] for h in people] == [1]   # "56" is his age, not a count of victims
    for h in people:
        for m in h.get("mentions", []):
            assert rec["text"][m["span"][0]:m["span"][1]] == m["text"]


def test_runs_of_proper_nouns_are_names_without_their_titles():
    from wirecoder import nlp
    from wirecoder.extract.entities import name_runs
    from wirecoder.extract.places import propn_runs

    doc = nlp.load()("Judge Federico Estrada Velez was killed in Medellin on Friday.")
    assert [n for n, _, _ in name_runs(propn_runs(doc), doc.text)] == ["Federico Estrada Velez"]


def _named_victims(pipeline, doc_id: str, text: str) -> dict[str, dict]:
    rec = pipeline.process(RawDocument(source="wire", doc_id=doc_id, text=text))
    return {h.get("name") or h["text"]: h for inc in rec["incidents"] for h in inc["targets"]["human"]
            if h.get("is_name")}


def test_a_named_victim_is_described_by_an_apposition_in_another_sentence(pipeline):
    # the murder names him with his office; the sentence that tells the murder names him alone
    people = _named_victims(pipeline, "WIRE-3", (
        "GUATEMALA CITY, 22 DEC 89 (EL GRAFICO) -- [TEXT] THE GOVERNMENT OF THE REPUBLIC OF GUATEMALA YESTERDAY "
        "STRONGLY CONDEMNED THE MURDER OF JORGE ADOLFO VARGAS GONZALEZ, SECOND SECRETARY OF THE NICARAGUAN "
        "EMBASSY IN GUATEMALA.  VARGAS WAS MURDERED YESTERDAY MORNING IN ZONE 10 OF THIS CAPITAL."))
    assert "JORGE ADOLFO VARGAS GONZALEZ" in people, people
    desc = people["JORGE ADOLFO VARGAS GONZALEZ"]["description"]
    assert desc["text"].startswith("SECOND SECRETARY OF THE NICARAGUAN"), desc


def test_a_title_before_the_name_describes_the_victim_and_gives_the_type(pipeline):
    people = _named_victims(pipeline, "WIRE-4", (
        "BOGOTA, 4 SEP 89 -- Gunmen killed Mario Restrepo Alzate on Monday in Medellin. Judge Mario Restrepo "
        "Alzate had received death threats from drug traffickers, his colleagues said."))
    assert "Mario Restrepo Alzate" in people, people
    victim = people["Mario Restrepo Alzate"]
    assert victim["description"]["text"] == "Judge"
    assert victim["type"] == "legal_or_judicial"


def test_a_role_is_preferred_to_a_form_of_address(pipeline):
    people = _named_victims(pipeline, "WIRE-5", (
        "LIMA, 5 OCT 89 -- Mr. Hector Delgado Parker was kidnapped in downtown Lima on Wednesday. "
        "Delgado Parker, a local television impresario, was driving to his office."))
    assert people, people
    (victim,) = people.values()
    assert victim["description"]["text"] == "local television impresario"


def test_the_mentions_of_a_name_are_its_own_not_another_persons():
    from wirecoder import nlp
    from wirecoder.extract.entities import _mention_runs, words

    doc = nlp.load()("Carlos Guerrero said that Angela de Guerrero was kidnapped. Guerrero was not at home.")
    found = [r.text for r in _mention_runs(doc, words("Angela de Guerrero"))]
    assert "Angela de Guerrero" in found
    assert not any(r.startswith("Carlos") for r in found)


def test_a_counted_or_plural_victim_without_a_name_is_a_description():
    from wirecoder import nlp
    from wirecoder.extract import Extractor

    doc = nlp.load()("The army arrested 45 soldiers for killing 6 Clergymen and Ignacio Ellacuria in November.")
    def span(words):
        i = doc.text.index(words)
        return doc.char_span(i, i + len(words), alignment_mode="expand")
    assert Extractor.describes_victims(span("6 Clergymen"))
    assert not Extractor.describes_victims(span("Ignacio Ellacuria"))


def test_a_victims_name_is_told_without_the_title_or_role_before_it():
    from wirecoder.extract.entities import name_people

    text = ("COLOMBIAN PILOT JULIO TORRES WAS ABOARD.  MR. TORRES WAS KILLED.  POLICEMAN JOSE FELIX AGUIRRE "
            "WAS WOUNDED.")

    def at(words):
        i = text.index(words)
        return [i, i + len(words)]
    people = [("JULIO TORRES", *at("JULIO TORRES")), ("POLICEMAN JOSE FELIX AGUIRRE", *at("POLICEMAN JOSE FELIX AGUIRRE"))]
    inc = {"targets": {"human": [{"text": "MR. TORRES", "span": at("MR. TORRES"), "is_name": True},
                                 {"text": "POLICEMAN JOSE FELIX AGUIRRE", "span": at("POLICEMAN JOSE FELIX AGUIRRE"),
                                  "is_name": True}]}}
    name_people(inc, text, people)
    assert [h.get("name") for h in inc["targets"]["human"]] == ["JULIO TORRES", "JOSE FELIX AGUIRRE"]


def test_a_role_inside_the_words_of_a_name_tells_who_the_person_is_not_the_name():
    from wirecoder.extract.entities import name_people

    text = ("GUERRILLAS KIDNAPPED TELEVISA REPORTER ANA MARIA SOTO.  SOTO WAS RELEASED.  FEDERICO MAYOR "
            "ZARAGOZA CONDEMNED IT.  GUNMEN KILLED FEDERICO MAYOR ZARAGOZA.")

    def at(words):
        i = text.index(words)
        return [i, i + len(words)]
    # a run of proper nouns in capitals takes the company and the role with the name
    people = [("TELEVISA REPORTER ANA MARIA SOTO", *at("TELEVISA REPORTER ANA MARIA SOTO"))]
    inc = {"targets": {"human": [{"text": "SOTO", "span": at("SOTO WAS"), "is_name": True},
                                 {"text": "FEDERICO MAYOR ZARAGOZA", "span": at("FEDERICO MAYOR ZARAGOZA."),
                                  "is_name": True}]}}
    name_people(inc, text, people)
    # "Mayor" before only one more word is part of the name (a surname), not a title
    assert [h.get("name") for h in inc["targets"]["human"]] == ["ANA MARIA SOTO", None]


def test_a_named_victims_fate_is_read_from_any_mention_of_the_person():
    from wirecoder import nlp
    from wirecoder.extract.entities import fate_of_people

    doc = nlp.load()("Police are searching for the men who attacked Archbishop Oscar Arnulfo Romero in his church. "
                     "The murder of Oscar Arnulfo Romero shocked the country. Maria Lopez was not hurt.")

    def victim(name):
        i = doc.text.index(name)
        return {"text": name, "span": [i, i + len(name)], "is_name": True, "effect": "unknown"}
    inc = {"targets": {"human": [victim("Oscar Arnulfo Romero"), victim("Maria Lopez")]}}
    fate_of_people(inc, doc)
    assert [h["effect"] for h in inc["targets"]["human"]] == ["death", "unknown"]


def test_people_named_beside_a_victim_are_victims_too(pipeline):
    people = _named_victims(pipeline, "WIRE-6", (
        "BOGOTA, 13 FEB 90 -- [TEXT] GUERRILLAS OF THE ELN KIDNAPPED TWO U.S. CITIZENS IN MEDELLIN. THE VICTIMS "
        "WERE IDENTIFIED AS DAVID LECKY, DIRECTOR OF THE COLUMBUS SCHOOL, AND JAMES ARTHUR DONNELLY."))
    assert "DAVID LECKY" in people and "JAMES ARTHUR DONNELLY" in people, people
    assert people["JAMES ARTHUR DONNELLY"].get("inferred_from") == "coordination" \
        or "inferred_from" not in people["DAVID LECKY"]


def test_a_name_beside_a_victim_is_a_person_without_nationality_and_no_place():
    from wirecoder import nlp
    from wirecoder.extract.entities import coordinated_people

    doc = nlp.load()("The guerrillas kidnapped U.S. citizen Scott Heyndal, Ecuadoreans Luis Antonio Meneses and "
                     "Edwin Teneda, and the Tecoluca jurisdiction.")
    i = doc.text.index("Scott Heyndal")
    inc = {"targets": {"human": [{"text": "Scott Heyndal", "span": [i, i + 13], "is_name": True,
                                  "effect": "kidnapping"}]}}
    coordinated_people(inc, doc, doc.text)
    added = {h["text"]: h["effect"] for h in inc["targets"]["human"][1:]}
    assert "Luis Antonio Meneses" in added and added["Luis Antonio Meneses"] == "kidnapping", added
    assert not any("Ecuadoreans" in t or "Tecoluca" in t for t in added), added


def test_the_type_a_role_says():
    from wirecoder.extract.lexicon import role_type
    assert role_type(["attorney", "general"]) == "legal_or_judicial"        # no general of an army
    assert role_type(["brigadier", "general"]) == "military"
    assert role_type(["second", "secretary", "of", "the", "nicaraguan", "embassy"]) == "diplomat"
    assert role_type(["former", "supreme", "court", "president"]) == "former_government_official"
    assert role_type(["presidential", "candidate"]) == "political_figure"
    assert role_type(["local", "television", "impresario"]) is None


def test_a_form_of_address_gives_way_to_the_role_told_elsewhere(pipeline):
    people = _named_victims(pipeline, "WIRE-7", (
        "SAN SALVADOR, 9 JUN 89 -- [TEXT] PRESIDENT ALFREDO CRISTIANI HOLDS THE FMLN RESPONSIBLE FOR THE "
        "ASSASSINATION OF DR JOSE ANTONIO RODRIGUEZ PORTH.  CRISTIANI BLAMED THE FMLN FOR MINISTER RODRIGUEZ "
        "PORTH'S DEATH."))
    assert "JOSE ANTONIO RODRIGUEZ PORTH" in people, people
    victim = people["JOSE ANTONIO RODRIGUEZ PORTH"]
    assert victim["description"]["text"] == "MINISTER" and victim["type"] == "government_official"


def test_the_victim_of_an_incident_with_a_named_victim_is_that_person():
    from wirecoder.extract.entities import fold_incident

    inc = {"perpetrators": {"individuals": [], "organizations": []}, "weapons": [],
           "targets": {"physical": [], "human": [
               {"text": "VICTIM", "span": [50, 56], "is_name": False, "number": 1},
               {"text": "ANGELA PIEDAD DE GUERRERO", "span": [0, 25], "is_name": True, "number": 1},
               {"text": "DRIVER", "span": [60, 66], "is_name": False, "number": 1}]}}
    human = fold_incident(inc)["targets"]["human"]
    assert [h["text"] for h in human] == ["ANGELA PIEDAD DE GUERRERO", "DRIVER"]
    assert human[0]["mentions"] == [{"text": "VICTIM", "span": [50, 56]}]
    alone = {"perpetrators": {"individuals": [], "organizations": []}, "weapons": [],
             "targets": {"physical": [], "human": [{"text": "VICTIM", "span": [0, 6], "is_name": False}]}}
    assert [h["text"] for h in fold_incident(alone)["targets"]["human"]] == ["VICTIM"]


def test_a_description_leaves_out_the_acts_participle_and_a_relative_whose():
    from wirecoder.extract.entities import trim_descriptions

    text = "THE GUARD MURDERED UNIVERSITY STUDENT MARIO FLORES. THE AEU, WHOSE TOP LEADERS WERE KIDNAPPED, SAID SO."

    def at(words):
        i = text.index(words)
        return {"text": words, "span": [i, i + len(words)]}
    flores = {**at("MARIO FLORES"), "is_name": True, "description": at("MURDERED UNIVERSITY STUDENT")}
    leaders = {**at("WHOSE TOP LEADERS"), "is_name": False}
    alone = {**at("MURDERED"), "is_name": False}
    trim_descriptions({"targets": {"human": [flores, leaders, alone]}})
    assert flores["description"]["text"] == "UNIVERSITY STUDENT"
    assert text[slice(*flores["description"]["span"])] == "UNIVERSITY STUDENT"
    assert leaders["text"] == "TOP LEADERS" and text[slice(*leaders["span"])] == "TOP LEADERS"
    assert alone["text"] == "MURDERED"   # nothing left to describe: kept as it was


def test_a_name_broken_by_a_wire_line_break_is_still_the_person(pipeline):
    # "MINISTER CASTILLO\nVEGA'S DEATH": the line break inside the name must not hide the title told there
    text = ("SAN SALVADOR, 9 JUN 89 (ACAN-EFE) -- [TEXT] URBAN GUERRILLAS TODAY ASSASSINATED DR MANUEL ERNESTO\n"
            "CASTILLO VEGA, POLICE REPORTED.  PRESIDENT CRISTIANI BLAMED THE FMLN FOR MINISTER CASTILLO\n"
            "VEGA'S DEATH.")
    rec = pipeline.process(RawDocument(source="wire", doc_id="ENT-LB", text=text))
    [victim] = [h for inc in rec["incidents"] for h in inc["targets"]["human"]]
    assert victim["description"]["text"] == "MINISTER" and victim["type"] == "government_official"
