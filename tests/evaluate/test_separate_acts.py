"""An attack told together with a burning is one wirecoder incident with two kinds, and two MUC-4 templates."""

from wirecoder.document import RawDocument
from wirecoder.evaluate.muc4_templates import records_to_templates
from wirecoder.store.export import gtd_row

ARSON = ("SAN SALVADOR, 12 JAN 90 (ACAN-EFE) -- [TEXT] A GROUP OF ABOUT 30 URBAN GUERRILLAS TODAY ATTACKED THE "
         "TOWN HALL OF SAN ISIDRO, KILLING TWO POLICEMEN, AND THEN SET FIRE TO THE BUILDING, WHICH WAS COMPLETELY "
         "DESTROYED, POLICE SOURCES REPORTED.")
BOMBING = ("SAN SALVADOR, 12 JAN 90 (ACAN-EFE) -- [TEXT] URBAN GUERRILLAS TODAY ATTACKED A NATIONAL POLICE POST "
           "IN SOYAPANGO WITH DYNAMITE AND A CAR BOMB, KILLING THREE POLICEMEN, POLICE SOURCES REPORTED.")


def _types(templates):
    """The templates' types; the tests give ``min_confidence=0.0``: they are about how one incident's kinds become
    templates, not about which incidents the shipped incident scorer lets through."""
    return [t.values(4)[0].alternatives[0] for t in templates]


def test_attack_and_burning_are_one_incident_and_two_templates(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-ARSON", text=ARSON))
    assert len(rec["incidents"]) == 1
    inc = rec["incidents"][0]
    assert inc["type"] == "arson" and inc["other_types"] == ["armed_assault"]
    assert sorted(_types(records_to_templates(rec, min_confidence=0.0))) == ["ARSON", "ATTACK"]
    row = gtd_row({"record": inc, "id": inc["id"], "doc_id": rec["doc_id"]}, [])
    assert (row["attacktype1_txt"], row["attacktype2_txt"]) == ("Facility/Infrastructure Attack", "Armed Assault")


def test_a_bombing_told_as_an_attack_stays_one_template(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-BOMB", text=BOMBING))
    assert [i["type"] for i in rec["incidents"]] == ["bombing"]
    assert _types(records_to_templates(rec, min_confidence=0.0)) == ["BOMBING"]
