"""Where and when a report was filed: its dateline and its publication date.

``GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- [TEXT]`` (MUC-4), ``BEIRUT, Nov 12
(Reuters) -``, ``LONDON (AP) —``; a publication line such as ``Publicerad 13
okt 2017 kl 18.10`` in any language that dateparser reads.
"""

from __future__ import annotations

import re
from datetime import date

import dateparser

from wirecoder.document import Dateline

_MUC = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'\-]*?(?:\s*\([A-Z .'\-]+\))?)\s*,\s*"
    r"(?P<date>\d{1,2}\s+[A-Z]{3,9}\.?(?:\s+\d{2,4})?|[A-Z]{3,9}\.?\s+\d{1,2}(?:\s+\d{2,4})?|NO DATE)\s*"
    r"(?:\((?P<source>[^)]*)\))?\s*(?:\[[A-Z ]+\]\s*)?--\s*(?:\[[A-Z ]+\]\s*)?")
_MODERN = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z .'\-]{1,40}?)(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*"
    r"\((?P<source>[A-Za-z .&\-]{2,30})\)\s*[-\u2013\u2014]+\s*")
_PUBLISHED = re.compile(
    r"^\s*(?:Publicerad|Published|Updated|Uppdaterad|Publiziert|Aktualisiert|Veröffentlicht|Publié le|Publié|"
    r"Mis à jour|Publicado|Actualizado|Pubblicato|Gepubliceerd|Posted|Date)\s*:?\s*(?P<date>[^\n]{4,60})$",
    re.IGNORECASE | re.MULTILINE)
_LANGS = ["en", "sv", "de", "fr", "es", "it", "nl", "pt", "da", "nb"]


def _parse(text: str, languages=None) -> str | None:
    text = re.sub(r"\b(?:kl|um|à|a las|at)\.?\s+\d{1,2}[.:]\d{2}\b.*$", "", text).strip()
    d = dateparser.parse(text, languages=languages, settings={"PREFER_DAY_OF_MONTH": "first",
                                                              "REQUIRE_PARTS": ["day", "month", "year"]})
    return d.date().isoformat() if d else None


def _muc_date(s: str) -> str | None:
    """``4 FEB 90``, ``18 APRIL 89``, ``JUNE 11 89``, ``4 SEPT 89``; no year, no date."""
    m = re.match(r"(\d{1,2})\s+([A-Z]{3,9})\.?\s+(\d{2,4})$", s) or None
    if m:
        day, mon, year = m.group(1), m.group(2), m.group(3)
    else:
        m = re.match(r"([A-Z]{3,9})\.?\s+(\d{1,2})\s+(\d{2,4})$", s)
        if not m:
            return None
        mon, day, year = m.group(1), m.group(2), m.group(3)
    months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    if mon[:3] not in months:
        return None
    yy = int(year)
    if yy < 100:
        yy = 1900 + yy if yy > 30 else 2000 + yy
    try:
        return date(yy, months.index(mon[:3]) + 1, int(day)).isoformat()
    except ValueError:
        return None


def find_dateline(text: str) -> Dateline | None:
    head = text[:400]
    m = _MUC.match(head)
    if m:
        place = m.group("place").strip()
        d = m.group("date")
        return Dateline(
            place=None if place in ("CLANDESTINE", "NO CITY") else re.sub(r"\s*\(.*\)$", "", place),
            place_span=None if place in ("CLANDESTINE", "NO CITY") else (m.start("place"), m.start("place") + len(re.sub(r"\s*\(.*\)$", "", place))),
            date=_muc_date(d), date_text=d, date_span=(m.start("date"), m.end("date")) if d != "NO DATE" else None,
            source=m.group("source"), end=m.end())
    m = _MODERN.match(head)
    if m:
        d = m.group("date")
        return Dateline(place=m.group("place").strip(), place_span=(m.start("place"), m.start("place") + len(m.group("place").strip())),
                        date=_parse(d, ["en"]) if d else None, date_text=d,
                        date_span=(m.start("date"), m.end("date")) if d else None,
                        source=m.group("source"), end=m.end())
    return None


def find_published(text: str, raw_published: str | None, dateline: Dateline | None) -> dict | None:
    """``{"value", "precision", "text"?, "span"?}`` from the text, the source's metadata or the dateline."""
    for m in _PUBLISHED.finditer(text[:20000]):
        value = _parse(m.group("date"), _LANGS)
        if value:
            s = m.start("date")
            e = s + len(m.group("date").rstrip())
            return {"value": value, "precision": "day", "text": text[s:e], "span": [s, e]}
    if raw_published:
        value = _parse(str(raw_published), _LANGS) or (str(raw_published)[:10] if re.match(r"\d{4}-\d{2}-\d{2}", str(raw_published)) else None)
        if value:
            out = {"value": value, "precision": "day"}
            i = text.find(str(raw_published))
            if i >= 0:
                out.update(text=str(raw_published), span=[i, i + len(str(raw_published))])
            return out
    if dateline is not None and dateline.date and dateline.date_span:
        s, e = dateline.date_span
        return {"value": dateline.date, "precision": "day", "text": text[s:e], "span": [s, e]}
    return None
