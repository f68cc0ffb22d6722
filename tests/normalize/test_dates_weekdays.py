"""Weekdays against the report's date: "on Friday" in a Friday report is that day."""

import pytest

from wirecoder.normalize.dates import resolve_date


@pytest.mark.parametrize("text,ref,value", [
    ("on Friday", "2019-03-15", "2019-03-15"),      # a Friday report
    ("last Friday", "2019-03-15", "2019-03-08"),
    ("on Tuesday", "2019-01-16", "2019-01-15"),     # a Wednesday report
    ("this Monday", "2019-01-16", "2019-01-14"),
])
def test_weekdays(text, ref, value):
    r = resolve_date(text, ref)
    assert r["value"] == value and r["precision"] == "day"
