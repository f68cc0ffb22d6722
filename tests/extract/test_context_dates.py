"""An incident whose sentences give no date: its date stays unknown, the date its report tells the story on is
kept apart as ``date_context``, and MUC-4 output (whose keys give that date) uses it."""

from wirecoder.document import RawDocument

WIRE = ("SAN SALVADOR, 9 DEC 89 (DOMESTIC SERVICE) -- [TEXT] YESTERDAY MORNING AT 0730, APPROXIMATELY 20 "
        "TERRORISTS ATTACKED THE MAYOR'S OFFICE IN SAN MIGUEL, KILLING TWO GUARDS.\n\n   IN A SEPARATE ATTACK, "
        "TERRORISTS DYNAMITED A BRIDGE IN USULUTAN DEPARTMENT, DESTROYING IT COMPLETELY.")


def test_the_second_attack_takes_the_story_date(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-DATES", text=WIRE))
    first, second = rec["incidents"]
    assert first["date"]["value"] == "1989-12-08" and "inferred_from" not in first["date"]
    assert second["type"] == "bombing"
    assert second["date"] == {"value": None, "precision": "unknown"}
    ctx = second["date_context"]
    assert ctx["value"] == "1989-12-08" and ctx["inferred_from"] == "context"
    assert rec["text"][slice(*ctx["span"])] == "YESTERDAY"
    from wirecoder.evaluate.muc4_templates import records_to_templates

    assert [t.values(2)[0].alternatives[0] for t in records_to_templates(rec)] == ["08 DEC 89", "08 DEC 89"]
