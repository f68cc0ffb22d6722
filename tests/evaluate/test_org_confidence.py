"""Who suspects a group: the authorities' suspicion is MUC-4's SUSPECTED OR ACCUSED BY AUTHORITIES."""

from wirecoder.document import RawDocument
from wirecoder.evaluate.muc4_templates import records_to_templates

BY_POLICE = ("SAN SALVADOR, 12 JAN 90 (ACAN-EFE) -- [TEXT] A BOMB EXPLODED TODAY AT A BANK IN SAN MIGUEL, "
             "DESTROYING ITS OFFICES.  THE NATIONAL POLICE BLAMED THE FMLN FOR THE ATTACK.")
BY_NOBODY = ("SAN SALVADOR, 12 JAN 90 (ACAN-EFE) -- [TEXT] A BOMB EXPLODED TODAY AT A BANK IN SAN MIGUEL, "
             "DESTROYING ITS OFFICES.  THE ATTACK WAS BLAMED ON THE FMLN.")


def _confidence(pipeline, text):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-CONF", text=text))
    (inc,) = rec["incidents"]
    (org,) = inc["perpetrators"]["organizations"]
    (tpl,) = records_to_templates(rec)
    return org, tpl.values(11)[0].alternatives[0]


def test_suspected_by_the_police(pipeline):
    org, fill = _confidence(pipeline, BY_POLICE)
    assert org["confidence"] == "suspected" and org.get("accused_by") == "authorities"
    assert fill == "SUSPECTED OR ACCUSED BY AUTHORITIES"


def test_suspected_by_nobody_named(pipeline):
    org, fill = _confidence(pipeline, BY_NOBODY)
    assert org["confidence"] == "suspected" and "accused_by" not in org
    assert fill == "SUSPECTED OR ACCUSED"
