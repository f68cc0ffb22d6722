"""A place named to say where something happened is no physical target ("attacked near the National
University", "via telephone"), unless a bomb went off or lay there."""

from __future__ import annotations

from wirecoder.document import RawDocument
from wirecoder.extract import fields as F



def test_a_place_told_by_a_preposition_of_place_is_a_landmark(span_of):
    for text, words in (
        ("SAN SALVADOR, 3 MAR 90 -- [TEXT] A RED CROSS AMBULANCE WAS ATTACKED NEAR THE TECHNICAL COLLEGE.",
         "TECHNICAL COLLEGE"),
        ("The shooting took place in the area of the old market.", "old market"),
        ("A police spokesman told reporters via telephone that two guards were wounded.", "telephone"),
        ("The gunmen fled along the river road after the attack.", "river road"),
    ):
        assert F.only_a_landmark(span_of(text, words).root), words


def test_a_bomb_site_or_a_thing_attacked_is_no_landmark(span_of):
    for text, words in (
        ("A powerful bomb exploded near the Japanese embassy in Lima today.", "Japanese embassy"),
        ("The car bomb was near the barracks, police said.", "barracks"),
        ("A passer-by was wounded by the explosion of a car parked near the army barracks.", "army barracks"),
        ("Rebels set off a dynamite charge near the town market.", "town market"),
        ("Guerrillas attacked the town hall with rifles.", "town hall"),
        ("The rebels fired on the police station last night.", "police station"),
    ):
        assert not F.only_a_landmark(span_of(text, words).root), words


def test_a_landmark_is_no_target_of_the_record(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-LANDMARK", text=(
        "SAN SALVADOR, 3 MAR 90 (ACAN-EFE) -- [TEXT] URBAN GUERRILLAS BURNED A BUS IN THE MEJICANOS SECTOR LAST "
        "NIGHT, AND A RED CROSS AMBULANCE WAS ATTACKED NEAR THE NATIONAL UNIVERSITY.")))
    targets = [p["text"] for inc in rec["incidents"] for p in inc["targets"]["physical"]]
    assert any("AMBULANCE" in t for t in targets)
    assert not any("UNIVERSITY" in t for t in targets)
