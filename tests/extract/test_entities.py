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
