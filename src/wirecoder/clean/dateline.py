"""Where and when a report was filed: its dateline.

MUC-4 (``text-headers-info``): ``PLACE {(COUNTRY)}, DD MMM {YY} {(SOURCE)} --``
with ``CLANDESTINE``, ``NO CITY`` and ``NO DATE``, e.g. ``GUATEMALA CITY, 4 FEB
90 (ACAN-EFE) -- [TEXT]``. Modern wire: ``BEIRUT, Nov 12 (Reuters) -``,
``KABUL, Afghanistan (AP) —``, ``Kabul (AFP) -``, ``WASHINGTON —``. Dates go
through dateparser; a dateline without a year gets a date only when a
reference (the publication date) resolves it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirecoder.clean.dates import parse_date, resolve_yearless
from wirecoder.document import Dateline

NO_PLACE = ("CLANDESTINE", "NO CITY")
MUC_FIRST_YEAR = 1980  # the MUC-4 corpus is 1988-1991; an earlier 2-digit year is a typo ("11 MAR 11")

_MUC = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'\-]*?)(?:\s*\((?P<country>[A-Z][A-Z .'\-]*)\))?\s*,\s*"
    r"(?P<date>\d{1,2}\s+[A-Z]{3,9}\.?(?:\s+\d{2,4})?|[A-Z]{3,9}\.?\s+\d{1,2}(?:\s+\d{2,4})?|NO DATE)\s*"
    r"(?:[(\[](?P<source>(?:[^()\[\]\n]|\[[^\]\n]*\])*)[)\]])?\s*(?:\[[A-Z ]+\]\s*)?--\s*(?:\[[A-Z ]+\]\s*)?")
_MONTH_DAY = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?"
_MODERN = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){0,3})"
    r"(?:,[ \t]*(?P<country>[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){0,2}))??"
    rf"(?:,[ \t]*(?P<date>{_MONTH_DAY}))?[ \t]*"
    r"\((?P<source>[A-Za-z][A-Za-z .&\-]{1,30})\)[ \t]*[-\u2013\u2014]+[ \t]*", re.MULTILINE)
_CAPS = re.compile(  # no agency: an upper-case place, maybe a date, and a dash, as AP and NYT write it
    r"^[ \t]*(?P<place>[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+){0,3})"
    r"(?:,[ \t]*(?P<country>[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){0,2}))??"
    rf"(?:,[ \t]*(?P<date>{_MONTH_DAY}))?"
    r"[ \t]*(?(date)(?:[\u2013\u2014]|--?)|[\u2013\u2014])[ \t]+(?=\S)", re.MULTILINE)
NOT_PLACES = {"BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS",
              "OPINION", "EDITORIAL", "FACT", "FACTS", "CORRECTION", "NOTE", "PHOTOS", "VIDEO"}
MODERN_WINDOW = 1200  # a modern dateline opens the report, after at most a headline and a standfirst


@dataclass
class DatelineMatch:
    """A dateline, its style (``muc4`` or ``wire``) and the span of its country or region, if any."""

    dateline: Dateline
    style: str
    country_span: tuple[int, int] | None


def _muc_date(s: str) -> str | None:
    parsed = parse_date(s, ("en",), require_day=True)
    if not parsed:
        return None
    value = parsed[0]
    two_digit = re.search(r"(?:^|\s)(\d{2})$", s)
    if two_digit:  # "90" is 1990 in this corpus, whatever dateparser's century pivot says
        year = 1900 + int(two_digit.group(1))
        if year < MUC_FIRST_YEAR:
            return None
        value = f"{year:04d}{value[4:]}"
    return value


def _match_muc(text: str) -> DatelineMatch | None:
    m = _MUC.match(text[:400])
    if not m:
        return None
    place = m.group("place").strip()
    d = m.group("date")
    has_place = place not in NO_PLACE
    country = (m.start("country"), m.end("country")) if m.group("country") else None
    return DatelineMatch(Dateline(
        place=place if has_place else None,
        place_span=(m.start("place"), m.start("place") + len(place)) if has_place else None,
        date=None if d == "NO DATE" else _muc_date(d),
        date_text=None if d == "NO DATE" else d,
        date_span=None if d == "NO DATE" else (m.start("date"), m.end("date")),
        source=(m.group("source") or "").strip() or None,
        end=m.end()), "muc4", country)


def _match_modern(text: str, reference: str | None) -> DatelineMatch | None:
    window = text[:MODERN_WINDOW]
    m = _MODERN.search(window) or next(
        (c for c in _CAPS.finditer(window) if c.group("place").strip() not in NOT_PLACES), None)
    if not m or m.group("place").strip().upper() in NOT_PLACES:
        return None
    d = m.groupdict().get("date")
    date = None
    if d:
        parsed = parse_date(d, ("en",), require_day=True)
        date = parsed[0] if parsed else (resolve_yearless(d, reference) if reference else None)
    place = m.group("place").strip()
    country = (m.start("country"), m.end("country")) if m.group("country") else None
    return DatelineMatch(Dateline(
        place=place, place_span=(m.start("place"), m.start("place") + len(place)),
        date=date, date_text=d, date_span=(m.start("date"), m.end("date")) if d else None,
        source=m.groupdict().get("source"), end=m.end()), "wire", country)


def match_dateline(text: str, reference: str | None = None) -> DatelineMatch | None:
    """The dateline at the head of ``text`` with its style; ``reference`` dates a year-less one."""
    return _match_muc(text) or _match_modern(text, reference)


def find_dateline(text: str, reference: str | None = None) -> Dateline | None:
    """The dateline of a report, or ``None``; every span slices ``text``."""
    found = match_dateline(text, reference)
    return found.dateline if found else None
