"""Which place the extractor gives an incident, on short wire-style reports (ALL CAPS, as MUC-4 sends them).

Each test names the rule of ``Extractor._place_for`` / ``Extractor._incident`` / ``extract.places`` it checks.
"""

from __future__ import annotations

from wirecoder.document import RawDocument
from wirecoder.evaluate.muc4_templates import records_to_templates


def _record(pipeline, text: str, doc_id: str = "WIRE-PLACE") -> dict:
    return pipeline.process(RawDocument(source="wire", doc_id=doc_id, text=text))


def _muc4_places(rec: dict) -> list[str]:
    return [t.values(3)[0].alternatives[0] if t.values(3) else None for t in records_to_templates(rec)]


def test_town_after_a_line_break_inside_the_named_department(pipeline):
    # "IN THE CITY OF\nFLORES, IN THE NORTHERN EL PETEN DEPARTMENT": the town, with its department
    rec = _record(pipeline, "GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- [TEXT] ISAACS REPORTED THAT GUERRILLAS "
                            "KILLED A PEASANT IN THE CITY OF\nFLORES, IN THE NORTHERN EL PETEN DEPARTMENT, AND "
                            "BURNED A TANK TRUCK.")
    (inc,) = rec["incidents"]
    loc = inc["location"]
    assert loc["text"] == "FLORES" and loc["name"] == "Flores" and loc["country_code"] == "GT"
    assert rec["text"][loc["span"][0]:loc["span"][1]] == "FLORES"
    assert _muc4_places(rec)[0] == "GUATEMALA: PETEN (DEPARTMENT): FLORES (CITY)"


def test_town_named_with_its_department_before_the_department_alone(pipeline):
    # "IN HUARAZ, THE CAPITAL OF\nANCASH DEPARTMENT, THE TERRORISTS SET FIRE": Huaraz, not Ancash
    rec = _record(pipeline, "LIMA, 1 APR 90 (EFE) -- [TEXT] IN HUARAZ, THE CAPITAL OF\nANCASH DEPARTMENT, THE "
                            "TERRORISTS SET FIRE TO THE OFFICES OF THE LOCAL DEVELOPMENT CORPORATION BUT INJURED "
                            "NO ONE.")
    (inc,) = rec["incidents"]
    assert inc["location"]["text"] == "HUARAZ" and inc["location"]["precision"] == "city"
