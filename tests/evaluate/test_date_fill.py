"""The MUC-4 form of an incident's date (template definition 7.3)."""

from wirecoder.evaluate.muc4_templates import date_fill


def _month(value: str) -> dict:
    return {"date": {"value": value, "precision": "month", "text": "THIS MONTH"}}


def test_the_reports_own_month_ends_on_the_report_date():
    # "THIS MONTH" in a report of 22 September cannot reach past it
    assert date_fill(_month("1989-09"), "1989-09-22") == "01 SEP 89 - 22 SEP 89"


def test_an_earlier_month_is_the_whole_month():
    assert date_fill(_month("1989-08"), "1989-09-22") == "01 AUG 89 - 31 AUG 89"
    assert date_fill(_month("1989-09"), None) == "01 SEP 89 - 30 SEP 89"
