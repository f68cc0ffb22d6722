"""A resolved place in the MUC-4 LOCATION set-list form: ``PERU: LIMA (CITY): SAN ISIDRO (NEIGHBORHOOD)``.

The chain goes from the country down, and holds only what the report says:

* the first-level division when the document names it ("MONTERIA, CORDOBA
  DEPARTMENT" → ``COLOMBIA: CORDOBA (DEPARTMENT): MONTERIA (CITY)``), as the
  gazetteer's division of the place;
* the city that a neighbourhood, district or building is named with
  ("the Escalon neighborhood in San Salvador" →
  ``EL SALVADOR: SAN SALVADOR (CITY): ESCALON (NEIGHBORHOOD)``); streets and
  buildings are not on the set list, so such a place stops at its city;
* the place's type from the task's set list (``taskdoc/set-list-location.v4``)
  when it is there, else from the resolution's precision.

The set list is read from the MUC-4 data folder when it is present; without
it the types come from the precision alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from wirecoder.geo.gazetteer import fold

ADMIN_TYPES = ("DEPARTMENT", "PROVINCE", "INTENDANCY", "STATE", "COMMISSARIAT", "REGION")
AREA_TYPES = ("NEIGHBORHOOD", "DISTRICT", "SUBURB", "SECTOR", "ZONE", "COLONY", "AREA")
CITY_TYPES = ("CITY", "TOWN", "MUNICIPALITY", "PORT", "VILLAGE", "JURISDICTION")
_GENERIC = re.compile(r"^(?:THE\s+)?(?:CITY|TOWN|VILLAGE|MUNICIPALITY|PORT|DEPARTMENT|PROVINCE|JURISDICTION)\s+OF\s+"
                      r"|\s+(?:DEPARTMENT|PROVINCE|MUNICIPALITY|JURISDICTION|NEIGHBORHOOD|NEIGHBOURHOOD|DISTRICT|"
                      r"SECTOR|SUBURB|CITY|TOWN|AREA|ZONE)$")


_DIRECTIONS = re.compile(r"^(?:THE\s+)?(?:(?:NORTH|SOUTH|EAST|WEST|CENTRAL|NORTHERN|SOUTHERN|EASTERN|WESTERN|"
                         r"NORTHEASTERN|NORTHWESTERN|SOUTHEASTERN|SOUTHWESTERN)\s+)+")


def _upper(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    return re.sub(r"\s+", " ", s).strip(" .,;:'\"")


@lru_cache(maxsize=1)
def set_list() -> dict[str, list[str]]:
    """Place name → its types on the MUC-4 LOCATION set list ({} without the MUC-4 data)."""
    try:
        from wirecoder.paths import muc4_dir

        path = muc4_dir() / "taskdoc" / "set-list-location.v4"
        lines = path.read_text(encoding="latin-1").splitlines()
    except (OSError, ImportError):
        return {}
    kinds: dict[str, list[str]] = {}
    for line in lines:
        m = re.match(r"^([A-Z0-9][A-Z0-9 .'\-]+?)\s*\(([A-Z? /]+)\)\s*$", line)
        if m:
            kind = m.group(2).replace("?", "").strip() or "CITY"
            kinds.setdefault(m.group(1), [])
            if kind not in kinds[m.group(1)]:
                kinds[m.group(1)].append(kind)
    return kinds


def _kind(name: str, preferred: tuple[str, ...], default: str) -> tuple[str, bool]:
    """The set-list type of ``name`` among ``preferred`` (else its first type), and whether it is listed."""
    types = set_list().get(name)
    if not types:
        return default, False
    return next((t for t in preferred if t in types), types[0]), True


def _country_name(cc: str | None) -> str | None:
    if not cc:
        return None
    try:
        from wirecoder.evaluate.muc4_map import COUNTRY_NAMES

        if cc in COUNTRY_NAMES:
            return COUNTRY_NAMES[cc]
    except ImportError:  # pragma: no cover
        pass
    from wirecoder.geo.gazetteer import default

    c = default().country(cc)
    return _upper(c["name"]) if c else None


_DIVISION_WORD = re.compile(r"^(?:THE\s+)?(?:DEPARTMENT|PROVINCE|INTENDANCY|COMMISSARIAT|STATE|REGION)\s+OF\s+"
                            r"|\s+(?:DEPARTMENT|PROVINCE|INTENDANCY|COMMISSARIAT|STATE|REGION)$")


def _named_like_a_city(admin1: str, cc: str | None) -> bool:
    """A division that bears its capital's or another town's name (Lima, San Salvador, San Miguel): the set list
    gives the name as a city too, or the gazetteer knows it as a city of the country."""
    if "CITY" in set_list().get(_upper(admin1), ()):
        return True
    try:
        from wirecoder.geo import resolve

        hit = resolve(admin1, country_hint=cc)
    except Exception:  # noqa: BLE001 - the gazetteer must not break the output
        return False
    return bool(hit) and hit.get("precision") == "city" and hit.get("country_code") == cc


def _division_named(admin1: str, cc: str | None, context) -> bool:
    """Whether the report names the place's first-level division: its name among the places told ("MORAZAN",
    "NORTHERN EL PETEN DEPARTMENT"); a division named like a town only with its kind ("SAN MIGUEL DEPARTMENT",
    "THE DEPARTMENT OF LIMA"), since "LIMA" or "SAN SALVADOR" alone is the city (MUC-4 keys "PERU: BARRANCA
    (TOWN)" for "IN BARRANCA, A SMALL VILLAGE 180 KM FROM LIMA")."""
    key = fold(admin1)
    told = [_upper(c) for c in context]
    hits = [c for c in told if fold(_DIRECTIONS.sub("", _GENERIC.sub("", c))) == key]
    if not hits:
        return False
    return not _named_like_a_city(admin1, cc) or any(_DIVISION_WORD.search(_DIRECTIONS.sub("", c)) for c in hits)


def location_fill(loc: dict, container: str | None = None, context: tuple[str, ...] | list[str] = ()) -> str | None:
    """The set-list form of a location object (see the module doc), or None without a country."""
    country = _country_name(loc.get("country_code"))
    if not country:
        return None
    precision = loc.get("precision")
    if precision == "country":
        return country
    raw = _upper(loc.get("text") or "")
    name = _upper(loc.get("name") or "")
    # "GUATEMALA CITY", "PANAMA CITY": the kind word is part of the town's own name, not its kind
    text = raw if raw in set_list() or (raw and fold(raw) == fold(name)) else _GENERIC.sub("", raw)
    chain = [country]
    if precision == "admin1" and container and text and fold(text) != fold(name):
        # "NEAR BENADIA IN ARAUCA INTENDANCY": a town the gazetteer lacks, inside the division it knows
        akind, _ = _kind(name, ADMIN_TYPES, "DEPARTMENT")
        text, kind = _feature(text) or (text, _kind(text, CITY_TYPES + AREA_TYPES, "CITY")[0])
        return f"{country}: {name} ({akind}): {text} ({kind})"
    if precision == "admin1":
        leaf = text if text in set_list() else name
        kind, _ = _kind(leaf, ADMIN_TYPES, "DEPARTMENT")
        return f"{country}: {leaf} ({kind})"
    if precision in ("neighborhood", "point") and container:
        city = name or _upper(container)
        ckind, _ = _kind(city, CITY_TYPES, "CITY")
        chain.append(f"{city} ({ckind})")
        kind, listed = _kind(text, AREA_TYPES + CITY_TYPES, "NEIGHBORHOOD")
        if text and text != city and (listed or precision == "neighborhood"):
            chain.append(f"{text} ({kind})")
        return ": ".join(chain)
    # a city or town (or a place the gazetteer does not know: kept in the report's words)
    leaf = text if (text in set_list() or not name or precision is None) else name
    if not leaf:
        return country
    admin1 = loc.get("admin1")
    # (a division named like its country, Guatemala's, is not named by the country's name)
    if admin1 and precision in ("city", "point") and fold(admin1) != fold(leaf) and fold(admin1) != fold(country):
        # the division the report names (the one said right after the town among them: "SAN PABLO, SAN MARCOS
        # DEPARTMENT")
        if _division_named(admin1, loc.get("country_code"), [*context, *([container] if container else [])]):
            akind, _ = _kind(_upper(admin1), ADMIN_TYPES, "DEPARTMENT")
            chain.append(f"{_upper(admin1)} ({akind})")
    feature = _feature(leaf) if precision is None else None
    if feature:   # "BERMEJA RIVER", unknown to the gazetteer: the set list's "BERMEJA (RIVER)", no town
        leaf, kind = feature
    else:
        kind, _ = _kind(leaf, CITY_TYPES + AREA_TYPES, "CITY")
    chain.append(f"{leaf} ({kind})")
    return ": ".join(chain)


_FEATURE = re.compile(r"(.*\S)\s+(RIVER|VOLCANO|LAKE|HILL|MOUNTAIN)")


def _feature(text: str) -> tuple[str, str] | None:
    """A natural feature named with its kind ("BERMEJA RIVER", "GUAZAPA VOLCANO"): its name and that kind, the set
    list's "BERMEJA (RIVER)"; None for other names."""
    m = _FEATURE.fullmatch(text)
    return (m.group(1), m.group(2)) if m else None
