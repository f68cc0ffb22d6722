"""Group names: an alias that is a common word once folded names the group only as the table writes it."""

from wirecoder.normalize import groups


def names(text: str) -> list[str]:
    return [text[s:e] + " = " + name for s, e, name in groups.find(text)]


def test_common_words_are_no_group():
    # "The Base" folds to "base", "LeT" to "let": neither a military base nor the verb is a group
    assert names("HE WILL RETURN TO HIS MILITARY BASE IN PANAMA. LET'S CALL THOSE COUNTRIES.") == []
    assert names("NORTHEASTERN COBAN BASE TROOPS MISTOOK THE CIVILIANS FOR REBELS") == []
    assert groups.canonical("the base") is None and groups.canonical("THE BASE") is None


def test_the_groups_as_written_still_match():
    assert names("LeT militants attacked the hotel; The Base recruited online.") == [
        "LeT = Lashkar-e-Taiba", "The Base = The Base"]
    assert groups.canonical("LeT") == "Lashkar-e-Taiba"
    # aliases of several words or names of their own are unchanged, in capitals too
    assert names("THE EXTRADITABLES CLAIMED THE ATTACK") == ["EXTRADITABLES = Medellin Cartel"]
    assert names("HEZBOLLAH FIGHTERS") == ["HEZBOLLAH = Hezbollah"]
