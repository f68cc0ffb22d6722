"""Which incidents MUC-4's output keeps: those in or against the nine Latin American countries."""

from wirecoder.document import RawDocument
from wirecoder.evaluate.muc4_templates import records_to_templates

ABROAD_AGAINST_CHILE = ("SANTIAGO, 18 MAY 90 (EFE) -- [TEXT] UNIDENTIFIED MEN KILLED A FORMER CHILEAN FOREIGN MINISTER "
                        "IN WASHINGTON TODAY, POLICE SOURCES REPORTED.")
ABROAD = ("SANTIAGO, 18 MAY 90 (EFE) -- [TEXT] UNIDENTIFIED MEN KILLED A FORMER CANADIAN FOREIGN MINISTER "
          "IN WASHINGTON TODAY, POLICE SOURCES REPORTED.")


def test_an_attack_abroad_on_a_target_of_one_of_the_nine_countries_is_kept(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="REL-1", text=ABROAD_AGAINST_CHILE))
    (inc,) = rec["incidents"]
    assert inc["location"]["country_code"] == "US"
    (t,) = records_to_templates(rec, min_confidence=0.0)
    assert t.number == "1" and t.slots[3][0].alternatives[0].startswith("UNITED STATES")


def test_an_attack_abroad_on_a_target_of_another_country_is_left_out(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="REL-2", text=ABROAD))
    assert rec["incidents"] and rec["incidents"][0]["location"]["country_code"] == "US"
    (t,) = records_to_templates(rec, min_confidence=0.0)
    assert t.number == "*"
