"""Places on the map: offline toponym resolution over the GeoNames gazetteer.

``resolve(text, country_hint=..., context=..., near=...)`` turns the words of a
document into the contract's place fields, or None when the gazetteer does not
know the place (no invented coordinates). Homonyms are chosen by the country
of the dateline (``country_hint``), the countries of the document's other
places (``context``), population and kind. A street, bridge, square, building
or district that the gazetteer lacks resolves to the city named with it
("Drottninggatan in Stockholm", "London Bridge") with precision ``point`` or
``neighborhood``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from wirecoder.geo.gazetteer import default as _gazetteer
from wirecoder.geo.gazetteer import fold

POINT_WORDS = {"street", "bridge", "square", "avenue", "road", "esplanade", "boulevard", "gatan", "gata",
               "plaza", "airport", "station", "hotel", "church", "embassy", "market", "building", "mall",
               "stadium", "university", "highway", "park", "port", "harbour", "harbor", "mosque", "cathedral",
               "calle", "rambla", "la rambla", "drottninggatan"}
AREA_WORDS = {"department", "province", "region", "state", "district", "municipality", "county", "governorate",
              "neighborhood", "neighbourhood", "quarter", "suburb", "sector", "zone", "city", "town", "village",
              "hamlet", "canton", "jurisdiction", "area", "departamento"}
_DIRECTIONS = re.compile(r"^(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                         r"northeastern|northwestern|southeastern|southwestern|downtown|greater|outskirts of)\s+)+",
                         re.IGNORECASE)
_IN = re.compile(r"^(?P<place>.+?),?\s+in\s+(?:the\s+)?(?P<near>.+)$", re.IGNORECASE)


def _country_code(hint: str | None) -> str | None:
    if not hint:
        return None
    if re.fullmatch(r"[A-Za-z]{2}", hint):
        return hint.upper()
    best = _best(_clean(hint), None, ())
    return best["country_code"] if best else None


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("\n", " ")).strip(" ,.;:\"'")
    return _DIRECTIONS.sub("", text).strip()


def _score(c: dict, cc: str | None, context_ccs: Sequence[str], key: str = "") -> float:
    s = math.log10(max(c["population"] or 0, 1) + 1)
    if key and fold(c["name"]) == key:
        s += 3  # the place's own name, not one of its alternate names
    if c["kind"] == "country":
        s += 4
    if cc and c["country_code"] == cc:
        s += 6
    if c["country_code"] in context_ccs:
        s += 2
    return s


def _best(name: str, cc: str | None, context_ccs: Sequence[str]) -> dict | None:
    cands = _gazetteer().candidates(name)
    if not cands:
        return None
    key = fold(name)
    return max(cands, key=lambda c: _score(c, cc, context_ccs, key))


def _fields(c: dict, precision: str | None = None) -> dict:
    gaz = _gazetteer()
    country = gaz.country(c["country_code"]) if c["country_code"] else None
    return {
        "name": c["name"],
        "admin1": c.get("admin1") if c["kind"] != "country" else None,
        "country": country["name"] if country else None,
        "country_code": c["country_code"],
        "lat": c["lat"], "lon": c["lon"],
        "geonameid": c["geonameid"],
        "precision": precision or ("country" if c["kind"] == "country" else "city"),
    }


@lru_cache(maxsize=20000)
def _resolve(text: str, cc: str | None, context_ccs: tuple, near: str | None) -> dict | None:
    if near:
        city = _resolve(_clean(near), cc, context_ccs, None)
        if city:
            words = set(text.lower().split())
            precise = "point" if words & POINT_WORDS or text.lower().endswith(("gatan", "vägen", "straße", "strasse")) \
                else "neighborhood"
            own = _best(_clean(text), city["country_code"], context_ccs)
            if own and own["country_code"] == city["country_code"] and own["kind"] == "city" and \
                    abs((own["lat"] or 0) - city["lat"]) < 0.3 and abs((own["lon"] or 0) - city["lon"]) < 0.3 \
                    and (own["population"] or 0) < (_gazetteer().candidates(city["name"])[0]["population"] or 0):
                pass  # a suburb the gazetteer knows: still report the city the text names
            return {**city, "precision": precise}
    m = _IN.match(text)
    if m and not near:
        r = _resolve(m.group("place"), cc, context_ccs, m.group("near"))
        if r:
            return r
    name = _clean(text)
    best = _best(name, cc, context_ccs)
    if best:
        return _fields(best)
    words = name.split()
    # "London Bridge", "USULUTAN DEPARTMENT", "the city of Flores": drop the generic word
    if len(words) > 1 and words[-1].lower() in POINT_WORDS | AREA_WORDS:
        kind = words[-1].lower()
        r = _resolve(" ".join(words[:-1]), cc, context_ccs, None)
        if r:
            prec = "point" if kind in POINT_WORDS else ("admin1" if kind in ("department", "province", "state",
                                                                              "governorate", "departamento") else r["precision"])
            return {**r, "precision": prec}
    m = re.match(r"(?:the\s+)?(?:city|town|village|municipality|port|department|province)\s+of\s+(.+)$", name, re.IGNORECASE)
    if m:
        return _resolve(m.group(1), cc, context_ccs, None)
    return None


def resolve(text: str, *, country_hint: str | None = None, context: Sequence[str] = (),
            near: str | None = None) -> dict | None:
    """Place fields for ``text``, or None for a place the gazetteer does not know."""
    if not text or not text.strip():
        return None
    cc = _country_code(country_hint)
    ccs = tuple(sorted({r["country_code"] for r in (_resolve(_clean(c), cc, (), None) for c in context[:20]) if r}))
    return _resolve(text.strip(), cc, ccs, near.strip() if near else None)
