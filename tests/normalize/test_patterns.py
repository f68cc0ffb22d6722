"""The date and number patterns of the normalisation issue, one case each."""

import pytest

from wirecoder.normalize.dates import resolve_date
from wirecoder.normalize.numbers import count_in_phrase, is_plural, parse_count


@pytest.mark.parametrize("text,ref,value,precision", [
    ("in the late summer of 2014", "2015-01-10", "2014-08-06/2014-09-22", "range"),
    ("two days ago", "2019-03-15", "2019-03-13", "day"),
    ("last Tuesday", "2019-03-15", "2019-03-12", "day"),
    ("3 June", "2017-10-13", "2017-06-03", "day"),             # no year: the report's
    ("the night of 16 to 17 November", "1989-11-20", "1989-11-16/1989-11-17", "range"),
    ("in May 2014", None, "2014-05", "month"),
    ("in 2014", None, "2014", "year"),
    ("16 de noviembre de 1989", None, "1989-11-16", "day"),    # other languages through dateparser
    ("le 3 juin 2017", None, "2017-06-03", "day"),
])
def test_date_patterns(text, ref, value, precision):
    r = resolve_date(text, ref)
    assert (r["value"], r["precision"]) == (value, precision)


def test_relative_date_without_reference_is_unknown():
    assert resolve_date("two days ago", None) == {"value": None, "precision": "unknown", "start": None,
                                                  "end": None}


@pytest.mark.parametrize("text,value,qualifier", [
    ("five people", 5, "exact"),
    ("twenty-one", 21, "exact"),
    ("1,200", 1200, "exact"),
    ("at least 41", 41, "at_least"),
    ("more than 20", 21, "at_least"),     # the report excludes 20 itself
    ("nearly 30", 30, "at_most"),
    ("about 200", 200, "approx"),
    ("two dozen", 24, "exact"),
    # vague figures, coded as ACLED does: the lowest plausible reading, at least
    ("dozens of soldiers", 12, "at_least"),
    ("scores of people", 20, "at_least"),
    ("hundreds of people", 100, "at_least"),
])
def test_number_patterns(text, value, qualifier):
    r = parse_count(text)
    assert (r["value"], r["qualifier"]) == (value, qualifier)


def test_ranges():
    assert parse_count("between 10 and 15") == {"value": 10, "qualifier": "at_least", "high": 15}


@pytest.mark.parametrize("phrase,n", [
    ("two suicide bombers", 2),
    ("a priest and his two daughters", 3),
    ("three soldiers", 3),
    ("the mayor", 1),
    ("a 15-year-old niece of the mayor", 1),      # an age, no count
    ("two 15-year-old students", 2),
    ("a fifteen-year-old boy", 1),
])
def test_counts_in_noun_phrases(phrase, n):
    assert count_in_phrase(phrase) == n


@pytest.mark.parametrize("phrase, plural", [
    ("people", True), ("the bodyguards", True), ("policemen", True), ("Salvadoran people", True),
    ("the crew", True), ("a bus", False), ("the mayor", False), ("Carlos Perez", False), ("", False),
])
def test_is_plural(phrase, plural):
    assert is_plural(phrase) is plural


def test_a_plural_without_a_number_has_no_count():
    assert count_in_phrase("PEOPLE") is None and count_in_phrase("ALL 107 PASSENGERS") == 107
