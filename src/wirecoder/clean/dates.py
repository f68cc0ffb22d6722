"""Dates as documents state them → ISO values, by dateparser (many languages, no month tables).

A value is only returned when the words fix it: a string without a year gives
``None`` unless a reference date is passed to resolve it against (a dateline
``Nov 12`` in a report published 2015-11-13 is 2015-11-12).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from dateparser.date import DateDataParser

_PRECISION = {"day": "day", "time": "day", "week": "day", "month": "month", "year": "year"}


@lru_cache(maxsize=64)
def _parser(languages: tuple[str, ...] | None, require: tuple[str, ...], relative: str | None) -> DateDataParser:
    settings = {"REQUIRE_PARTS": list(require), "PREFER_DAY_OF_MONTH": "first"}
    if relative:
        settings.update(RELATIVE_BASE=datetime.fromisoformat(relative), PREFER_DATES_FROM="past")
    return DateDataParser(languages=list(languages) if languages else None, settings=settings)


def _value(d: date, precision: str) -> str:
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "year":
        return f"{d.year:04d}"
    return d.isoformat()


def parse_date(text: str, languages: tuple[str, ...] | None = None, *,
               require_day: bool = False) -> tuple[str, str] | None:
    """``(ISO value, precision)`` of a date that states its year, else ``None``."""
    text = text.strip()
    if not text or len(text) > 80 or not any(ch.isdigit() for ch in text):
        return None
    require = ("day", "month", "year") if require_day else ("year",)
    try:
        data = _parser(languages, require, None).get_date_data(text)
    except Exception:  # noqa: BLE001 - dateparser raises on odd input; that is simply "no date"
        return None
    if data.date_obj is None:
        return None
    precision = _PRECISION.get(data.period or "day", "day")
    if precision != "day" and not re.search(r"\d{4}", text):
        return None  # "Nov 12" is a day without its year, not November 2012
    return _value(data.date_obj.date(), precision), precision


def resolve_yearless(text: str, reference: str, languages: tuple[str, ...] | None = ("en",)) -> str | None:
    """``Nov 12`` → the latest such day on or before ``reference`` (an ISO date)."""
    try:
        ref = date.fromisoformat(reference[:10])
        data = _parser(languages, ("day", "month"), ref.isoformat()).get_date_data(text.strip())
    except Exception:  # noqa: BLE001
        return None
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    if d > ref:  # dateparser's "past" preference can still land after a same-year reference
        try:
            d = d.replace(year=d.year - 1)
        except ValueError:
            return None
    return d.isoformat()


def parse_metadata_date(value: str) -> tuple[str, str] | None:
    """A publication date from metadata: ISO 8601 first (``2017-10-13T18:10:00+02:00``), then dateparser.

    The local date is kept as written; no time-zone conversion moves it a day.
    """
    s = str(value).strip()
    if not s:
        return None
    if len(s) == 4 and s.isdigit():
        return s, "year"
    if len(s) == 7 and s[4] == "-" and s[:4].isdigit() and s[5:].isdigit() and 1 <= int(s[5:]) <= 12:
        return s, "month"
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat(), "day"
    except ValueError:
        pass
    return parse_date(s)
