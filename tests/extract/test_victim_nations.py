"""Nationalities of human targets told away from their own words (``extract.victim_nations``)."""

from wirecoder.document import RawDocument

EMBASSY = ("BEIRUT, 3 MAR 23 (AFP) -- Armed men stormed the French embassy in Beirut on Friday. The ambassador and "
           "two other diplomats are still being held hostage, police said.")
TWO_EMBASSIES = ("BEIRUT, 3 MAR 23 (AFP) -- Armed men stormed the French embassy in Beirut on Friday, next to the "
                 "Italian embassy. The ambassador and two other diplomats are still being held hostage, police said.")
TOURISTS = ("BOGOTA, 13 FEB 90 (EFE) -- Police still have no clues about the three German tourists who were "
            "kidnapped yesterday near Cali by guerrillas. The victims were identified as Hans Weber, Karl Braun "
            "and Peter Vogel.")
TWO_OF_THREE = ("BOGOTA, 13 FEB 90 (EFE) -- Police still have no clues about the three German tourists who were "
                "kidnapped yesterday near Cali by guerrillas. Two of the victims were identified as Hans Weber and "
                "Karl Braun.")


def _victims(pipeline, text):
    rec = pipeline.process(RawDocument(source="wire", doc_id="VN", text=text))
    return {t["text"]: (t.get("nationality") or {}).get("country")
            for inc in rec["incidents"] for t in inc["targets"]["human"]}


def test_diplomats_held_are_of_the_embassy_the_report_names(pipeline):
    victims = _victims(pipeline, EMBASSY)
    assert victims["ambassador"] == "France" and victims["diplomats"] == "France"


def test_no_nation_for_diplomats_when_two_foreign_missions_are_named(pipeline):
    victims = _victims(pipeline, TWO_EMBASSIES)
    assert victims["ambassador"] is None and victims["diplomats"] is None


def test_named_victims_are_the_counted_foreign_group(pipeline):
    victims = _victims(pipeline, TOURISTS)
    assert {victims[n] for n in ("Hans Weber", "Karl Braun", "Peter Vogel")} == {"Germany"}


def test_named_victims_fewer_than_the_group_take_no_nation(pipeline):
    victims = _victims(pipeline, TWO_OF_THREE)
    assert victims["Hans Weber"] is None and victims["Karl Braun"] is None
    assert victims["German tourists"] == "Germany"   # the group's own words still tell it


def test_a_group_of_the_incidents_own_country_gives_nothing(pipeline):
    text = TOURISTS.replace("German", "Colombian")
    victims = _victims(pipeline, text)
    assert victims["Hans Weber"] is None

