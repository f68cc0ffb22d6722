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


def test_the_day_a_report_is_told_is_not_the_day_of_the_attack(pipeline):
    # "DENIED TODAY THAT GUERRILLAS ATTACKED ...": today is the day of the denial, not of the attack
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-TOLD", text=(
        "GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- [TEXT] THE ARMY DENIED TODAY THAT GUERRILLAS ATTACKED THE SANTO "
        "TOMAS FARM ON 2 FEBRUARY.")))
    dates = [inc["date"]["value"] for inc in rec["incidents"]]
    assert dates == ["1990-02-02"], rec["incidents"]


def test_a_weekday_followed_by_its_date_takes_the_date(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-DAY", text=(
        "BOGOTA, 6 SEP 89 (EFE) -- [TEXT] THE WIFE OF AN ARMY COLONEL WAS SHOT TO DEATH IN BOGOTA ON "
        "TUESDAY, 5 AUGUST.")))
    (inc,) = rec["incidents"]
    assert inc["date"]["value"] == "1989-08-05" and inc["date"]["text"].startswith("5 AUGUST")


def _dates(rec) -> list[str]:
    from wirecoder.evaluate.muc4_templates import records_to_templates

    # every incident, whatever the incident scorer thinks of it: the date's form is what is tested
    return [t.values(2)[0].alternatives[0] for t in records_to_templates(rec, min_confidence=0.0)]


def test_an_act_dated_only_by_the_day_it_was_reported_is_on_or_before_that_day(pipeline):
    # template definition 7.3: a date the text does not fix takes MUC-4's "on or before" form ("- 04 FEB 90")
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-TOLD", text=(
        "GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- [TEXT] THE ARMY DENIED TODAY THAT GUERRILLAS ATTACKED THE SANTO "
        "TOMAS FARM IN ESCUINTLA.")))
    (inc,) = rec["incidents"]
    assert inc["date"]["value"] == "1990-02-04" and inc["date"]["dates_telling"]
    assert _dates(rec) == ["- 04 FEB 90"]


def test_an_act_dated_by_its_own_verb_keeps_its_day(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-ACT", text=(
        "LIMA, 3 JUN 89 (EFE) -- [TEXT] AT LEAST SEVEN PRESIDENTIAL GUARDS TRAVELLING ABOARD A MILITARY BUS WERE "
        "KILLED TODAY IN AN ATTACK IN DOWNTOWN LIMA.")))
    assert rec["incidents"] and "dates_telling" not in rec["incidents"][0]["date"]
    assert _dates(rec)[0] == "03 JUN 89"


def test_a_later_attack_dated_by_the_story_told_today(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-CTX", text=(
        "SAN SALVADOR, 9 DEC 89 (DOMESTIC SERVICE) -- [TEXT] THE POLICE REPORTED TODAY THAT APPROXIMATELY 20 "
        "TERRORISTS ATTACKED THE MAYOR'S OFFICE IN SAN MIGUEL, KILLING TWO GUARDS.\n\n   IN A SEPARATE ATTACK, "
        "TERRORISTS DYNAMITED A BRIDGE IN USULUTAN DEPARTMENT, DESTROYING IT COMPLETELY.")))
    first, second = rec["incidents"]
    assert second["date"]["value"] is None and second["date_context"]["dates_telling"]
    from wirecoder.evaluate.muc4_templates import date_fill

    assert date_fill(second, "1989-12-09") == "- 09 DEC 89"


def test_an_incident_only_the_classifier_opens_takes_the_date_its_sentences_tell(pipeline):
    # no rule opens this shoot-out (the victims are killed "in a shoot-out"); the classifier does, and the
    # date comes from its own sentence ("early this morning"), not from the dateline by default
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-LEARNED", text=(
        "LIMA, 19 JAN 89 (EFE) -- [TEXT] TWO SUBVERSIVES WERE KILLED AND A POLICEMAN WAS SERIOUSLY WOUNDED IN A "
        "SHOOT-OUT EARLY THIS MORNING NEAR THE SAN CARLOS SERVICE STATION IN CANTO GRANDE.")))
    (inc,) = rec["incidents"]
    assert inc.get("source") == "learned"
    assert "THIS MORNING" in inc["date"]["text"] and inc["date"]["value"] == "1989-01-19"
    assert _dates(rec) == ["19 JAN 89"]
