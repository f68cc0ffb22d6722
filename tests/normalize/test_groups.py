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


def test_a_possessive_inside_the_name():
    # folding drops "'s" ("people revolutionary army"); the text keeps it, straight or curly
    assert names("AN ERP [PEOPLE'S REVOLUTIONARY ARMY] MEMBER") == [
        "PEOPLE'S REVOLUTIONARY ARMY = People's Revolutionary Army"]
    assert names("the People\u2019s Revolutionary Army") == [
        "People\u2019s Revolutionary Army = People's Revolutionary Army"]
    # a possessive after the name is no part of it
    assert names("SHINING PATH'S TERRORIST GANGS") == ["SHINING PATH = Shining Path"]
