"""Arms seized, found in a store or handed over were not used in the act: they are no weapon of an incident
(`mentions.stored_arms`), while the weapon an attacker used stays one."""

from __future__ import annotations

from wirecoder.document import RawDocument
from wirecoder.extract.mentions import stored_arms



def test_arms_seized_stored_or_handed_over(span_of):
    for text, words in (
        ("The police also seized a Browning pistol from one of the drug traffickers.", "pistol"),
        ("The prisoners seized about 90 carbines and much ammunition at the armory.", "carbines"),
        ("The weapons -- 348 AK-47 rifles, 118 automatic pistols, swords and fragmentation grenades -- were "
         "among the supplies found in a rebel cache.", "pistols"),
        ("The weapons -- 348 AK-47 rifles, 118 automatic pistols, swords and fragmentation grenades -- were "
         "among the supplies found in a rebel cache.", "grenades"),
        ("The Extraditables released hostages, delivered laboratories, and large quantities of dynamite.",
         "dynamite"),
        ("Troops found 15 kg of dynamite in a camper.", "dynamite"),
    ):
        assert stored_arms(span_of(text, words).root), (text, words)


def test_arms_used_are_no_store(span_of):
    for text, words in (
        ("Guerrillas attacked the barracks with rifles and grenades.", "rifles"),
        ("A bomb was found in front of the bank and defused.", "bomb"),
        ("The judge was gunned down by 19 bullets.", "bullets"),
        ("A powerful dynamite charge exploded near the embassy.", "dynamite"),
        ("The bomb was in a car parked near the barracks.", "bomb"),
    ):
        assert not stored_arms(span_of(text, words).root), (text, words)


def test_a_seized_pistol_is_no_weapon_of_the_record(pipeline):
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-SEIZED", text=(
        "BOGOTA, 3 MAR 90 (EFE) -- [TEXT] GUNMEN ATTACKED A POLICE PATROL IN MEDELLIN LAST NIGHT, KILLING TWO "
        "POLICEMEN, AND THE POLICE LATER SEIZED A PISTOL AND 2 RIFLES FROM ONE OF THE DRUG TRAFFICKERS.")))
    weapons = [w["text"].lower() for inc in rec["incidents"] for w in inc["weapons"]]
    assert rec["incidents"]
    assert not any("pistol" in w or "rifle" in w for w in weapons)
