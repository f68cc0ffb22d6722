"""An incident whose sentences give no date takes the date its report tells the story on, marked as inferred."""

from wirecoder.document import RawDocument

WIRE = ("SAN SALVADOR, 9 DEC 89 (DOMESTIC SERVICE) -- [TEXT] YESTERDAY MORNING AT 0730, APPROXIMATELY 20 "
        "TERRORISTS ATTACKED THE MAYOR'S OFFICE IN SAN MIGUEL, KILLING TWO GUARDS.\n\n   IN A SEPARATE ATTACK, "
        "TERRORISTS DYNAMITED A BRIDGE IN USULUTAN DEPARTMENT, DESTROYING IT COMPLETELY.")


def test_the_second_attack_takes_the_story_date(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-DATES", text=WIRE))
    first, second = rec["incidents"]
    assert first["date"]["value"] == "1989-12-08" and "inferred_from" not in first["date"]
    assert second["type"] == "bombing"
    assert second["date"]["value"] == "1989-12-08" and second["date"]["inferred_from"] == "context"
    assert rec["text"][slice(*second["date"]["span"])] == "YESTERDAY"
