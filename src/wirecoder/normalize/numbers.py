"""Numbers as numbers: counts of people and things in words or digits.

``parse_count`` reads casualty phrases. Vague figures are coded as ACLED's
codebook codes vague fatality reports: "several"/"many" → 10, "dozens" → 12,
"hundreds" → 100 (and "scores of" → 20, "thousands" → 1000 by the same
lowest-plausible reading), with the qualifier ``at_least`` and the words kept
under ``vague``. "More than
N" is coded ``N + 1`` at least (the report excludes N itself); "nearly/almost
N" is ``N`` at most; "about/some/around/an estimated N" is ``approx``;
"between N and M" is ``N`` at least with ``high: M``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import alpha2digit, text2num

VAGUE = {
    "several": 10, "many": 10, "numerous": 10, "a number of": 10, "scores of": 20,
    "dozens of": 12, "dozens": 12, "hundreds of": 100, "hundreds": 100, "thousands of": 1000,
    "a dozen": 12, "a few": 3, "few": 3, "a couple of": 2, "a handful of": 3,
}
_AT_LEAST = ("at least", "more than", "over", "upwards of", "no fewer than", "no less than", "a minimum of")
_AT_MOST = ("nearly", "almost", "up to", "at most", "fewer than", "less than", "no more than", "under")
_APPROX = ("about", "some", "around", "approximately", "roughly", "an estimated", "estimated", "close to",
           "some ", "circa", "approx")
_SINGULAR = re.compile(r"^(?:a|an|one|the|his|her|their|its|this|that)\s+(?!few\b|number\b|dozen\b|couple\b|handful\b)\w",
                       re.IGNORECASE)
_DIGITS = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?![\w])")
# a plural noun: "-s" but not "-ss", "-us", "-is" ("bus", "class", "crisis"), or an irregular plural
_PLURAL_HEAD = re.compile(r"\b(?:\w+s(?<!ss)(?<!us)(?<!is)|\w*(?:men|people|children|police|personnel|troops|crew))\b",
                          re.IGNORECASE)


@lru_cache(maxsize=4096)
def _digits(text: str) -> str:
    low = text.lower().replace("-", " ")
    try:
        return alpha2digit(low, "en", threshold=0)
    except Exception:  # noqa: BLE001 - text2num is strict about some inputs
        return low


def parse_number(text: str) -> int | None:
    """The first number in ``text``, written in words or digits ("five", "1,200", "twenty-one")."""
    low = text.strip().lower()
    if not low:
        return None
    if re.fullmatch(r"a\s+dozen|dozen", low):
        return 12
    try:
        return text2num(low.replace("-", " "), "en")
    except (ValueError, Exception):  # noqa: BLE001
        pass
    m = _DIGITS.search(_digits(low))
    if m:
        return int(m.group(1).replace(",", ""))
    return None


_AGE = re.compile(r"(?<![\w-])[\w-]+?[- ]years?[- ]old(?![\w-])")


def parse_count(text: str) -> dict | None:
    """``{"value", "qualifier"[, "high"]}`` for a phrase that states how many, else None."""
    low = " " + re.sub(r"\s+", " ", text.lower().strip()) + " "
    low = _AGE.sub(" ", low)   # "a 15-year-old niece": an age, no count
    m = re.search(r"between ([\w,\- ]+?) and ([\w,\- ]+?)(?: |$)", low)
    if m:
        a, b = parse_number(m.group(1)), parse_number(m.group(2))
        if a is not None and b is not None:
            return {"value": min(a, b), "qualifier": "at_least", "high": max(a, b)}
    m = re.search(r"(\d+|\w+) (?:to|or) (\d+|\w+) (?!\w+ (?:to|or))", low)
    if m and parse_number(m.group(1)) is not None and parse_number(m.group(2)) is not None \
            and m.group(1) not in ("up", "one"):
        a, b = parse_number(m.group(1)), parse_number(m.group(2))
        if a < b:
            return {"value": a, "qualifier": "at_least", "high": b}
    m = re.search(r"\b(\w+) dozen\b", low)
    if m and m.group(1) not in ("a", "one") and (k := parse_number(m.group(1))):
        before = low[: m.start()]
        qual = "at_least" if any(q in before for q in _AT_LEAST) else \
            "at_most" if any(q in before for q in _AT_MOST) else "exact"
        return {"value": 12 * k, "qualifier": qual}  # "two dozen" is 24
    if not re.search(r"\d", low):  # "hundreds of", "dozens": vague before text2num reads them as 100, 12
        for phrase in ("scores of", "dozens of", "dozens", "hundreds of", "hundreds", "thousands of"):
            if re.search(rf"(?<![\w-]){phrase}(?![\w-])", low) and not re.search(r"\b(?:a|one|two|three|few)\s+" + phrase, low):
                return {"value": VAGUE[phrase], "qualifier": "at_least", "vague": phrase}
    digits = _digits(low)
    n = None
    dm = _DIGITS.search(digits)
    if dm:
        n = int(dm.group(1).replace(",", ""))
    if n is None:
        for phrase, value in sorted(VAGUE.items(), key=lambda kv: -len(kv[0])):
            if f" {phrase} " in low or low.strip().startswith(phrase):
                return {"value": value, "qualifier": "at_least", "vague": phrase}
        if _SINGULAR.match(low.strip()):
            return {"value": 1, "qualifier": "exact"}
        return None
    before = digits[: dm.start()]
    if any(before.rstrip().endswith(q) for q in ("more than", "over", "upwards of")):
        return {"value": n + 1, "qualifier": "at_least"}
    if any(q in before for q in _AT_LEAST):
        return {"value": n, "qualifier": "at_least"}
    if any(q in before for q in _AT_MOST):
        return {"value": n, "qualifier": "at_most"}
    if any(before.rstrip().endswith(q.strip()) for q in _APPROX):
        return {"value": n, "qualifier": "approx"}
    return {"value": n, "qualifier": "exact"}


def is_plural(text: str) -> bool:
    """The phrase's last word is a plural noun ("the bodyguards", "people", "policemen")."""
    words = text.split()
    return bool(words) and bool(_PLURAL_HEAD.fullmatch(words[-1].strip(".,;:'\"")))


def count_in_phrase(text: str) -> int | None:
    """How many entities a noun phrase denotes: "two suicide bombers" 2, "a priest and his two daughters" 3."""
    parts = re.split(r"\s*(?:,\s*and\s+|\band\b|,)\s*", text.strip(), flags=re.IGNORECASE)
    total = 0
    for part in parts:
        if not part:
            continue
        c = parse_count(part)
        if c is None:
            if _PLURAL_HEAD.search(part.split()[-1] if part.split() else ""):
                return None  # a plural without a number: unknown
            total += 1 if part.split() else 0
        elif c.get("vague"):
            return None
        else:
            total += c["value"]
    return total or None
