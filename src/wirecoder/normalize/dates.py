"""Dates on the calendar: date expressions resolved against the report's own date.

``resolve_date(text, reference)`` returns ``{"value", "precision", "start",
"end"}``: ``value`` is ISO 8601 (a day, a month, a year, or an interval
``start/end`` for ranges), ``precision`` one of the contract's values. A
year-less date ("3 June") takes the reference's year, or the year before when
that would put it after the report. Relative expressions ("two days ago",
"last Tuesday", "last night") count from the reference. Seasons are those of
the northern hemisphere ("late summer" is August to the autumn equinox). What
the text does not fix is ``None`` with precision ``unknown``: never a guess.

The common wire forms are read by the patterns below (fast, and exact about
precision); anything else goes to dateparser with English settings.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a": 1, "an": 1, "several": None, "few": None}
SEASONS = {"spring": ((3, 20), (6, 20)), "summer": ((6, 21), (9, 22)), "autumn": ((9, 23), (12, 20)),
           "fall": ((9, 23), (12, 20)), "winter": ((12, 21), (3, 19))}

_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR = r"(?:\d{4}|'?\d{2})"
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few)"
PATTERNS = [
    ("night_range", rf"(?:the\s+)?night\s+of\s+(\d{{1,2}})(?:\s*(?:to|-|–|and)\s*(\d{{1,2}}))\s+({_MON})(?:,?\s+({_YEAR}))?"),
    ("day_range", rf"(?:between\s+)?(\d{{1,2}})\s*(?:to|-|–|and)\s*(\d{{1,2}})\s+({_MON})(?:,?\s+({_YEAR}))?"),
    ("dmy", rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON})(?:,?\s+({_YEAR}))?(?![\w])"),
    ("mdy", rf"({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+({_YEAR}))?(?![\w])"),
    ("season", rf"(?:(?:in|during)\s+)?(?:the\s+)?(early|late|mid)?[\s-]*(spring|summer|autumn|fall|winter)(?:\s+of)?\s+(\d{{4}})"),
    ("month_year", rf"({_MON})\s+(?:of\s+)?(\d{{4}})"),
    ("ago", rf"({_NUM})\s+(day|week|month|year)s?\s+ago"),
    ("weekday", r"(last|this|on|past)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"),
    ("relative", r"(the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night|this\s+morning|"
                 r"this\s+afternoon|this\s+evening|early\s+this\s+morning|early\s+today|last\s+week|last\s+month|"
                 r"last\s+year|this\s+week|this\s+month|this\s+year|(?:early|late)\s+(?:yesterday|last\s+night))"),
    ("year", r"(?:in|since|during)\s+(\d{4})"),
    ("month", rf"(?:in|during|since|early|late|mid)[\s-]+({_MON})(?![\w])"),
]
_COMPILED = [(k, re.compile(p, re.IGNORECASE)) for k, p in PATTERNS]
_FIND = re.compile("|".join(f"(?:{p})" for _, p in PATTERNS), re.IGNORECASE)
# The same search, case-sensitive, over the lower-cased text: Python's ``re`` runs it twice as fast. The
# patterns hold no upper-case letter, and the two agree on any text whose lower-casing keeps its length
# and that holds none of the four letters that ``re.IGNORECASE`` equates with an ASCII one (İ ı ſ K).
_FIND_LOWER = re.compile(_FIND.pattern) if _FIND.pattern == _FIND.pattern.lower() else None
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


def _ref(reference) -> date | None:
    if reference is None:
        return None
    if isinstance(reference, date):
        return reference
    try:
        return date.fromisoformat(str(reference)[:10])
    except ValueError:
        return None


def _year(y: str | None, month: int, day: int, ref: date | None) -> int | None:
    if y:
        y = y.lstrip("'")
        n = int(y)
        if len(y) == 2:
            n = 1900 + n if n > 30 else 2000 + n
        return n
    if ref is None:
        return None
    try:
        cand = date(ref.year, month, day)
    except ValueError:
        return ref.year
    return ref.year - 1 if cand > ref else ref.year


def _day(value: date | None) -> dict:
    if value is None:
        return _unknown()
    iso = value.isoformat()
    return {"value": iso, "precision": "day", "start": iso, "end": iso}


def _range(a: date, b: date) -> dict:
    return {"value": f"{a.isoformat()}/{b.isoformat()}", "precision": "range", "start": a.isoformat(),
            "end": b.isoformat()}


def _unknown() -> dict:
    return {"value": None, "precision": "unknown", "start": None, "end": None}


def _month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))


def _safe_date(y, m, d) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, TypeError):
        return None


@lru_cache(maxsize=8192)
def resolve_date(text: str, reference: str | None) -> dict:
    """The calendar value of a date expression, resolved against ``reference`` (ISO date)."""
    ref = _ref(reference)
    t = " ".join(text.lower().split())
    for kind, rx in _COMPILED:
        m = rx.search(t)
        if not m:
            continue
        g = m.groups()
        if kind in ("night_range", "day_range"):
            mon = MONTHS[g[2].rstrip(".")[:4] if g[2].rstrip(".")[:4] == "sept" else g[2].rstrip(".")[:3]]
            y = _year(g[3], mon, int(g[1]), ref)
            a, b = _safe_date(y, mon, int(g[0])), _safe_date(y, mon, int(g[1]))
            if a and b:
                return _range(min(a, b), max(a, b))
            continue
        if kind == "dmy":
            mon = MONTHS[g[1].rstrip(".")[:3]]
            y = _year(g[2], mon, int(g[0]), ref)
            if y is None:
                return _unknown()
            return _day(_safe_date(y, mon, int(g[0])))
        if kind == "mdy":
            mon = MONTHS[g[0].rstrip(".")[:3]]
            y = _year(g[2], mon, int(g[1]), ref)
            if y is None:
                return _unknown()
            return _day(_safe_date(y, mon, int(g[1])))
        if kind == "season":
            part, season, y = g[0], g[1], int(g[2])
            (m1, d1), (m2, d2) = SEASONS[season]
            a = date(y, m1, d1)
            b = date(y + (season == "winter"), m2, d2)
            mid = a + (b - a) / 2
            if part == "early":
                b = mid
            elif part == "late":
                a = date(y, m1 + 1, 1) if m1 < 12 else a
                a = max(a, mid)
            return _range(a, b)
        if kind == "month_year":
            mon, y = MONTHS[g[0].rstrip(".")[:3]], int(g[1])
            return {"value": f"{y:04d}-{mon:02d}", "precision": "month", "start": date(y, mon, 1).isoformat(),
                    "end": _month_end(y, mon).isoformat()}
        if kind == "year":
            other = _other_language(t, ref)  # "le 3 juin 2017": a full date that dateparser reads
            if other["value"]:
                return other
            y = int(g[0])
            return {"value": f"{y:04d}", "precision": "year", "start": f"{y:04d}-01-01", "end": f"{y:04d}-12-31"}
        if ref is None:
            return _unknown()
        if kind == "ago":
            n = NUMBER_WORDS.get(g[0], None) if not g[0].isdigit() else int(g[0])
            if n is None:
                return _unknown()
            unit = g[1]
            if unit == "day":
                return _day(ref - timedelta(days=n))
            if unit == "week":
                d = ref - timedelta(weeks=n)
                return _range(d - timedelta(days=3), d + timedelta(days=3))
            if unit == "month":
                y, mo = divmod(ref.year * 12 + ref.month - 1 - n, 12)
                return {"value": f"{y:04d}-{mo + 1:02d}", "precision": "month",
                        "start": date(y, mo + 1, 1).isoformat(), "end": _month_end(y, mo + 1).isoformat()}
            return {"value": f"{ref.year - n:04d}", "precision": "year",
                    "start": f"{ref.year - n:04d}-01-01", "end": f"{ref.year - n:04d}-12-31"}
        if kind == "weekday":
            wd = WEEKDAYS.index(g[1])
            back = (ref.weekday() - wd) % 7
            if back == 0 and g[0] in ("last", "past"):
                back = 7  # "last Friday" in a Friday report is a week ago; "on Friday" is the same day
            return _day(ref - timedelta(days=back))
        if kind == "relative":
            w = g[0]
            if "before yesterday" in w:
                return _day(ref - timedelta(days=2))
            if "yesterday" in w or w.endswith("last night"):
                return _day(ref - timedelta(days=1))
            if w in ("today", "tonight", "this morning", "this afternoon", "this evening", "early this morning",
                     "early today"):
                return _day(ref)
            if w == "last week":
                return _range(ref - timedelta(days=13), ref - timedelta(days=7))
            if w == "this week":
                return _range(ref - timedelta(days=ref.weekday()), ref)
            if w == "last month":
                y, mo = divmod(ref.year * 12 + ref.month - 2, 12)
                return {"value": f"{y:04d}-{mo + 1:02d}", "precision": "month",
                        "start": date(y, mo + 1, 1).isoformat(), "end": _month_end(y, mo + 1).isoformat()}
            if w == "this month":
                return {"value": f"{ref.year:04d}-{ref.month:02d}", "precision": "month",
                        "start": date(ref.year, ref.month, 1).isoformat(), "end": ref.isoformat()}
            if w in ("last year", "this year"):
                y = ref.year - (w == "last year")
                return {"value": f"{y:04d}", "precision": "year", "start": f"{y:04d}-01-01", "end": f"{y:04d}-12-31"}
            continue
        if kind == "year":
            y = int(g[0])
            return {"value": f"{y:04d}", "precision": "year", "start": f"{y:04d}-01-01", "end": f"{y:04d}-12-31"}
        if kind == "month":
            mon = MONTHS[g[0].rstrip(".")[:3]]
            y = _year(None, mon, 1, ref)
            return {"value": f"{y:04d}-{mon:02d}", "precision": "month", "start": date(y, mon, 1).isoformat(),
                    "end": _month_end(y, mon).isoformat()}
    m = re.fullmatch(r"(?:(?:in|during|since|by|throughout|early|late|mid)\s+)?(?:the\s+year\s+)?((?:19|20)\d{2})", t)
    if m:
        y = m.group(1)
        return {"value": y, "precision": "year", "start": f"{y}-01-01", "end": f"{y}-12-31"}
    return _other_language(t, ref)


def _other_language(t: str, ref: date | None) -> dict:
    """A full date in another language that dateparser reads ("16 de noviembre de 1989", "le 3 juin 2017").

    Only day-month-year dates with a four-digit year: the English patterns
    above handle the rest, and times of day or bare numbers are not dates.
    """
    if not (re.search(r"\b\d{1,2}\b", t) and re.search(r"\b(?:19|20)\d{2}\b", t)):
        return _unknown()
    try:
        import dateparser

        settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"}
        if ref is not None:
            from datetime import datetime

            settings["RELATIVE_BASE"] = datetime(ref.year, ref.month, ref.day)
        d = dateparser.parse(t, settings=settings)
    except Exception:  # noqa: BLE001 - dateparser must not break extraction
        d = None
    return _day(d.date()) if d else _unknown()


_WEEKDAY_ONLY = re.compile(r"^\s*(?:(?:last|this|on|past)\s+)?(?:" + "|".join(WEEKDAYS) + r")\s*$", re.IGNORECASE)


def is_weekday(text: str) -> bool:
    """The words name a weekday and nothing more ("on Tuesday", "last Friday")."""
    return bool(_WEEKDAY_ONLY.match(text))


def find_dates(text: str) -> list[tuple[int, int]]:
    """Character spans of the date expressions in ``text`` (works on ALL-CAPS text too)."""
    out = []
    low = text.lower()
    fast = _FIND_LOWER is not None and len(low) == len(text) and not _CASE_ODD.search(text)
    for m in (_FIND_LOWER.finditer(low) if fast else _FIND.finditer(text)):
        s, e = m.span()
        if e - s < 3:
            continue
        if re.search(r"(?i)\bmay$", text[s:e].strip()) and not re.search(r"\d", text[s:e]):
            continue  # "in May" and the modal verb "may" are one word in ALL-CAPS text
        out.append((s, e))
    return out
