"""The shipped target-type classifier, on target phrases whose MUC-4 type a coder would not doubt."""

import pytest

from wirecoder.extract.target_types import default_types


@pytest.fixture(scope="module")
def types():
    t = default_types()
    assert t is not None, "models/target_types.npz is not shipped"
    return t


@pytest.mark.parametrize("words, lexicon, expected", [
    ("GAS STATION", "communications", "commercial"),           # the head alone said a radio station
    ("MUNICIPAL MAYOR'S OFFICE", "organization_office", "government_office_or_residence"),
    ("ELECTRICITY POLES", "other", "energy"),
    ("BANK BRANCHES", "other", "financial"),
    ("DRUGSTORE", "other", "commercial"),
    ("U.S. EMBASSY", None, "diplomat_office_or_residence"),
    ("POWER PYLON", None, "energy"),
])
def test_the_type_comes_from_all_the_words(types, words, lexicon, expected):
    assert types.physical(words, lexicon) == expected


def test_a_finer_type_of_the_same_class_stays(types):
    # MUC-4 has no class for churches (OTHER); the record keeps "religious"
    assert types.physical("CATHOLIC CHURCH", "religious") == "religious"


def test_training_smoke(tmp_path, training_script, muc4):
    pytest.importorskip("sklearn")
    from wirecoder.extract.target_types import TargetTypes

    out = tmp_path / "types.npz"
    training_script("train_target_types").main(["--out", str(out)])
    t = TargetTypes.load(out)
    assert t.physical("OIL PIPELINE", None) == "energy"


def test_muc4s_other_is_no_military_target(types):
    # the model calls a consulate OTHER (MUC-4 has no class for it here); the record must not call it military
    assert types.physical("SALVADORAN CONSULATE", None) == "other"
    # a military target the lexicon knows stays one: MUC-4 files it under OTHER too
    assert types.physical("ARMY BARRACKS", "military") == "military"
