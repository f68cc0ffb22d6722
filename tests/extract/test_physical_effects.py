"""The effect of an incident on its physical targets, as MUC-4's template definition codes it (slot 16:
"blown up" is DESTROYED; arson implies at least SOME DAMAGE)."""

from __future__ import annotations

from wirecoder.document import RawDocument


def _effects(pipeline, text: str) -> dict[str, str]:
    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-EFFECT", text=text))
    return {p["text"]: p.get("effect") for inc in rec["incidents"] for p in inc["targets"]["physical"]}


def test_a_burned_target_is_damaged_not_destroyed(pipeline):
    # the MUC-4 training keys give SOME DAMAGE to 41 of 49 arson targets, DESTROYED to 6
    effects = _effects(pipeline, "SAN SALVADOR, 14 APR 89 (RADIO CADENA YSKL) -- [TEXT] FMLN REBELS BURNED THE "
                                 "MUNICIPAL MAYOR'S OFFICE IN SAN MIGUEL TODAY, POLICE SOURCES REPORTED.")
    assert effects.get("MUNICIPAL MAYOR'S OFFICE") == "some_damage", effects


def test_a_target_blown_up_is_destroyed(pipeline):
    effects = _effects(pipeline, "BOGOTA, 12 APR 89 (EFE) -- [TEXT] FARC GUERRILLAS BLEW UP A POWER SUBSTATION IN "
                                 "SAJANDI TODAY, THE ARMY REPORTED.")
    assert effects.get("POWER SUBSTATION") == "destroyed", effects


def test_a_target_partially_destroyed_is_damaged(pipeline):
    effects = _effects(pipeline, "BOGOTA, 12 APR 89 (EFE) -- [TEXT] A BOMB EXPLODED TODAY IN FRONT OF A BANK IN "
                                 "CARTAGENA, PARTIALLY DESTROYING THE BUILDING AND INJURING A GUARD.")
    assert effects and set(effects.values()) == {"some_damage"}, effects


def test_a_target_the_attack_affected_is_damaged(pipeline):
    text = ("LIMA, 3 MAY 90 (EFE) -- [TEXT] A SHINING PATH ATTACK ON A POWER SUBSTATION NEAR HUANCAYO LAST NIGHT "
            "AFFECTED THE SUBSTATION AND LEFT THE CITY WITHOUT ELECTRICITY.")
    assert _effects(pipeline, text) == {"POWER SUBSTATION": "some_damage"}


def test_effect_words_broken_across_a_wire_line(pipeline):
    effects = _effects(pipeline, "BOGOTA, 12 APR 89 (EFE) -- [TEXT] A CARGO PLANE WAS PARTIALLY\nDESTROYED TODAY "
                                 "WHEN AN INCENDIARY BOMB EXPLODED AT THE MONTERIA AIRPORT.")
    assert effects and set(effects.values()) == {"some_damage"}, effects


def test_a_plural_target_without_a_count_is_plural(pipeline):
    from wirecoder.evaluate.muc4_templates import records_to_templates

    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-PLURAL", text=(
        "SAN SALVADOR, 31 OCT 89 (AFP) -- [TEXT] A CAR BOMB EXPLODED TODAY OUTSIDE THE OFFICES OF THE SALVADORAN "
        "WORKERS NATIONAL UNION FEDERATION IN SAN SALVADOR, KILLING SIX PERSONS.")))
    (offices,) = [p for inc in rec["incidents"] for p in inc["targets"]["physical"] if p["text"].startswith("OFFICES")]
    assert offices["number"] is None
    (t,) = records_to_templates(rec)
    assert [f.alternatives for f in t.values(14)] == [["PLURAL"]]


def test_an_approximate_count_of_targets_keeps_its_qualifier(pipeline):
    from wirecoder.evaluate.muc4_templates import number_fill

    rec = pipeline.process(RawDocument(source="wire", doc_id="WIRE-APPROX", text=(
        "CARTAGENA, 14 SEP 89 (EFE) -- [TEXT] A BOMB EXPLODED TODAY AT THE ELECTRIC COMPANY'S OFFICES IN CARTAGENA. "
        "THE BLAST DAMAGED APPROXIMATELY 50 NEIGHBORING RESIDENCES.")))
    (homes,) = [p for inc in rec["incidents"] for p in inc["targets"]["physical"] if "RESIDENCES" in p["text"]]
    assert homes["number"] == 50 and number_fill(homes) == "~50"
