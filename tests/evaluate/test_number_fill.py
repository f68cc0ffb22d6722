"""MUC-4's NUMBER slot of a target: the count the report gives, or PLURAL for a plural without one."""

from wirecoder.evaluate.muc4_templates import number_fill


def test_a_count_is_written_as_it_is():
    assert number_fill({"text": "NINE VEHICLES", "number": 9}) == "9"


def test_a_plural_without_a_count_is_plural():
    assert number_fill({"text": "BODYGUARDS", "number": None}) == "PLURAL"
    assert number_fill({"text": "PEOPLE"}) == "PLURAL"


def test_a_singular_without_a_count_or_a_name_ending_in_s_is_left_empty():
    assert number_fill({"text": "THE MAYOR", "number": None}) is None
    assert number_fill({"text": "CARLOS REYES", "number": None, "is_name": True}) is None
