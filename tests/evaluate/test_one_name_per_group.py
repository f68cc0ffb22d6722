"""One group, one string per message: its acronym and its full name are one entity (CEAF-REE counts each
string the response writes for a group as an entity of its own)."""

from wirecoder.document import RawDocument
from wirecoder.evaluate.muc4_templates import one_name_per_group, records_to_templates

TWO_ATTACKS = ("SAN SALVADOR, 12 JAN 90 (ACAN-EFE) -- [TEXT] GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION "
               "FRONT TODAY DYNAMITED A BRIDGE IN SAN MIGUEL.\n\n   IN USULUTAN, FMLN REBELS BURNED THREE BUSES "
               "ON THE COASTAL HIGHWAY LAST NIGHT.")


def _org(name, text):
    return {"perpetrators": {"organizations": [{"name": name, "text": text, "confidence": "reported_as_fact"}]}}


def test_the_acronym_takes_the_first_telling_words():
    fmln = "Farabundo Marti National Liberation Front"
    words = one_name_per_group([_org(fmln, "FARABUNDO\nMARTI NATIONAL LIBERATION FRONT"), _org(fmln, "FMLN")])
    assert words == {fmln: "FARABUNDO MARTI NATIONAL LIBERATION FRONT"}
    # the acronym told first stays, and the full name after it takes it
    assert one_name_per_group([_org(fmln, "FMLN"), _org(fmln, "FARABUNDO MARTI NATIONAL LIBERATION FRONT")]) \
        == {fmln: "FMLN"}


def test_names_the_gazetteer_joins_stay_apart():
    # the gazetteer files the Extraditables under the Medellin Cartel; the keys mostly keep them as two groups
    cartel = "Medellin Cartel"
    assert one_name_per_group([_org(cartel, "MEDELLIN CARTEL"), _org(cartel, "EXTRADITABLES")]) == {}
    assert one_name_per_group([_org(cartel, "MEDELLIN CARTEL"), _org(cartel, "MEDELLIN CARTEL")]) == {}


def test_two_templates_write_the_group_alike(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-ORG", text=TWO_ATTACKS))
    told = {" ".join(o["text"].split()) for inc in rec["incidents"]
            for o in inc["perpetrators"]["organizations"]}
    assert {"FMLN", "FARABUNDO MARTI NATIONAL LIBERATION FRONT"} <= told   # the record keeps the report's words
    written = {f.alternatives[0] for t in records_to_templates(rec, min_confidence=0.0) for f in t.values(10)}
    assert written == {"FARABUNDO MARTI NATIONAL LIBERATION FRONT"}
