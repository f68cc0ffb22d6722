"""A place the gazetteer does not know keeps no country in the record; in MUC-4 output it takes the dateline's
country, or, with no dateline place ("CLANDESTINE"), the country of the report's other places."""

from wirecoder.document import RawDocument
from wirecoder.evaluate.muc4_templates import records_to_templates

WIRE = ("CLANDESTINE, 26 MAY 89 (RADIO VENCEREMOS) -- [TEXT] YESTERDAY OUR URBAN COMMANDOS DYNAMITED THE "
        "TELEPHONE EXCHANGE IN SAN MIGUEL, DESTROYING IT.\n\n   IN A SEPARATE ATTACK, OUR UNITS BURNED TWO BUSES "
        "OF THE ARMY AT LA QUEBRADITA FARM.")


def test_unknown_place_takes_the_reports_country_in_muc4_only(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-CLAND", text=WIRE))
    known, unknown = rec["incidents"]
    assert known["location"]["country_code"] == "SV"
    assert unknown["location"]["text"] == "LA QUEBRADITA"
    assert unknown["location"]["country_code"] is None and unknown["location"]["lat"] is None
    places = [t.values(3)[0].alternatives[0] for t in records_to_templates(rec, min_confidence=0.0)]  # every incident
    assert places == ["EL SALVADOR: SAN MIGUEL (CITY)", "EL SALVADOR: LA QUEBRADITA (CITY)"]


def test_a_report_with_no_place_takes_its_groups_country_in_muc4_only(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-NOPLACE", text=(
        "CLANDESTINE, NO DATE (RADIO VENCEREMOS) -- [TEXT] URBAN COMMANDOS OF THE FMLN BOMBED THE RESIDENCE OF "
        "COLONEL CARRANZA LAST NIGHT.")))
    assert rec["incidents"] and all(not (i.get("location") or {}).get("country_code") for i in rec["incidents"])
    places = [t.values(3)[0].alternatives[0] for t in records_to_templates(rec, min_confidence=0.0)]
    assert places and set(places) == {"EL SALVADOR"}


def test_an_unknown_place_named_with_its_kind_is_that_kind():
    from wirecoder.evaluate.muc4_templates import location_fill
    assert location_fill({"text": "LA\nTIENDITA CANTON", "precision": None}, "SV") == "EL SALVADOR: LA TIENDITA (CANTON)"
    assert location_fill({"text": "ESCALON NEIGHBOURHOOD", "precision": None}, "SV") == "EL SALVADOR: ESCALON (NEIGHBORHOOD)"
    # an unknown place without an area word stays a city, as before
    assert location_fill({"text": "LA QUEBRADITA", "precision": None}, "SV") == "EL SALVADOR: LA QUEBRADITA (CITY)"
