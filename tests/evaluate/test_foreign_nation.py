"""MUC-4 slots 15 and 22 (FOREIGN NATION): a target's nationality when it is not the incident's country, in the
set list's spelling, cross-referenced to the target it belongs to."""

from wirecoder.document import RawDocument
from wirecoder.evaluate.muc4_templates import foreign_nation, records_to_templates

JUDGE_AND_PRIEST = ("SAN SALVADOR, 12 JAN 90 (ACAN-EFE) -- [TEXT] URBAN GUERRILLAS TODAY KILLED A SALVADORAN JUDGE "
                    "AND A SPANISH PRIEST IN SAN MIGUEL, POLICE SOURCES REPORTED.")
SALVADORAN = ("SAN SALVADOR, 12 JAN 90 (ACAN-EFE) -- [TEXT] URBAN GUERRILLAS TODAY KILLED A SALVADORAN JUDGE "
              "IN SAN MIGUEL, POLICE SOURCES REPORTED.")
EMBASSY = ("LIMA, 5 NOV 89 (EFE) -- [TEXT] TERRORISTS TODAY BOMBED THE SOVIET EMBASSY IN LIMA, CAUSING SERIOUS "
           "DAMAGE, POLICE REPORTED.")


def _slot(rec, n):
    [t] = records_to_templates(rec)
    return [(f.alternatives, f.xref) for f in t.slots[n]]


def test_the_foreign_victim_is_cross_referenced_and_the_salvadoran_is_not(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="FN-1", text=JUDGE_AND_PRIEST))
    assert rec["incidents"][0]["location"]["country_code"] == "SV"
    assert _slot(rec, 22) == [(["SPAIN"], ["SPANISH PRIEST"])]


def test_a_salvadoran_victim_in_el_salvador_fills_no_foreign_nation(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="FN-2", text=SALVADORAN))
    [victim] = rec["incidents"][0]["targets"]["human"]
    assert victim["nationality"]["country"] == "El Salvador"   # the record keeps it ...
    assert _slot(rec, 22) == []                                  # ... MUC-4 asks only for foreign ones


def test_a_soviet_embassy_is_the_ussr_on_the_set_list(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="FN-3", text=EMBASSY))
    assert _slot(rec, 15) == [(["USSR"], ["SOVIET EMBASSY"])]


def test_set_list_spelling_and_home_country():
    target = {"text": "CHINESE ENGINEERS", "nationality": {"country": "China", "country_code": "CN"}}
    assert foreign_nation(target, "PE") == "PEOPLES REP OF CHINA"
    assert foreign_nation(target, "CN") is None
    assert foreign_nation({"text": "PEASANTS"}, "PE") is None
    assert foreign_nation({"text": "X", "nationality": {"country": "Egypt", "country_code": "EG"}}, None) == "EGYPT"
