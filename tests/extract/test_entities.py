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


def test_the_fmln_and_its_full_name_are_one_perpetrator(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-1", text=WIRE))
    assert len(rec["incidents"]) == 1
    orgs = rec["incidents"][0]["perpetrators"]["organizations"]
    assert len(orgs) == 1, orgs
    texts = {orgs[0]["text"], *(m["text"] for m in orgs[0].get("mentions", []))}
    assert {"FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"} <= texts
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
