"""Group names: every way a report names a perpetrator group, mapped to one canonical name.

The table is ``data/groups.json`` (built by ``training/build_groups.py``).
Names match regardless of case; acronyms (written in capitals in the table)
match only in capitals, and short acronyms that are also English words
("IS", "FAR", "ADO") are not matched in ALL-CAPS lines, where "IS" is the
verb. ``find`` scans a text in one pass of one compiled pattern.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache

from wirecoder.paths import DATA_DIR

_AMBIGUOUS_IN_CAPS = {"IS", "FAR", "ADO", "MIR", "TAK", "JAS", "JI", "RN", "FAI", "ESA", "ETA", "AAA",
                      "LET", "JEM", "LEJ", "KIA", "FAL", "SDF", "DPR", "LPR", "BLA", "AVC", "NMR", "FLM",
                      "ERP", "ADF", "HTS", "FSA", "IRA", "ASG", "MTP", "ARENA", "BRN", "GSIM", "LRA"}


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'")).encode("ascii", "ignore").decode()
    s = s.lower()
    s = re.sub(r"[\"\[\]()]", " ", s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^\s*(?:the|los|las|el|la)\s+", "", s)
    return re.sub(r"[\s\-]+", " ", s).strip(" .,;:")


@lru_cache(maxsize=1)
def _table():
    groups = json.loads((DATA_DIR / "groups.json").read_text(encoding="utf-8"))
    by_alias, by_name, acronyms, names = {}, {}, {}, {}
    for g in groups:
        by_name[g["name"]] = g
        for a in g["aliases"]:
            by_alias[_fold(a)] = g["name"]
            if re.fullmatch(r"[A-Z0-9][A-Z0-9\-/]*", a) and not re.fullmatch(r"M-?19|M23", a) or _as_written(a):
                acronyms[a] = g["name"]
            else:
                names[_fold(a)] = g["name"]
    return by_alias, by_name, acronyms, names


def _as_written(alias: str) -> bool:
    """An alias that names the group only as the table writes it, case and article included: an acronym in
    mixed case ("LeT", "JeM": case-blind, "let" is the verb) or an article and one word ("The Base": folded
    it is "base", as in "a military base")."""
    return bool(re.fullmatch(r"[A-Z][a-z]?[A-Z][A-Za-z]?", alias) or re.fullmatch(r"The [A-Z][a-z]+", alias))


def _alias_regex(alias: str) -> str:
    """The folded alias as a pattern: a word before the last may keep the possessive that folding took off
    ("PEOPLE'S REVOLUTIONARY ARMY" for "people revolutionary army")."""
    parts = [re.escape(p).replace("'", "['\u2019]?") for p in re.split(r"[\s\-]+", alias)]
    return r"[\s\-]+".join([p + r"(?:['\u2019]s)?" for p in parts[:-1]] + parts[-1:])


@lru_cache(maxsize=1)
def _patterns():
    _, _, acronyms, names = _table()
    name_keys = sorted(names, key=len, reverse=True)
    name_rx = re.compile(r"(?<![\w\-])(?:" + "|".join(_alias_regex(n) for n in name_keys) + r")(?![\w\-])",
                         re.IGNORECASE)
    acro_keys = sorted(acronyms, key=len, reverse=True)
    acro_rx = re.compile(r"(?<![\w\-])(" + "|".join(re.escape(a) for a in acro_keys) + r")(?![\w\-])")
    return name_rx, acro_rx


def _line_is_caps(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start: end if end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _doc_is_caps(text: str) -> bool:
    letters = [c for c in text[:3000] if c.isalpha()]
    return len(letters) > 40 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def find(text: str) -> list[tuple[int, int, str]]:
    """Every mention of a known group in ``text``: ``(start, end, canonical name)``, in order."""
    _, _, acronyms, names = _table()
    name_rx, acro_rx = _patterns()
    caps_doc = _doc_is_caps(text)
    hits: list[tuple[int, int, str]] = []
    for m in name_rx.finditer(text):
        key = _fold(m.group())
        name = names.get(key)
        if name is None:
            continue
        hits.append((m.start(), m.end(), name))
    for m in acro_rx.finditer(text):
        a = m.group(1)
        if a in _AMBIGUOUS_IN_CAPS and (caps_doc or _line_is_caps(text, m.start())):
            if not (text[m.start() - 1: m.start()] in "[(" and text[m.end(): m.end() + 1] in "])"):
                continue  # "... THE GROUP [FAR]" still counts; "SO FAR", "THIS IS" do not
        hits.append((m.start(), m.end(), acronyms[a]))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str]] = []
    for h in hits:
        if out and h[0] < out[-1][1]:
            continue
        out.append(h)
    return out


def acronym_of(text: str) -> str | None:
    """The canonical name of the group whose acronym ``text`` is, as the table writes it ("FMLN"), or None (also
    for the group's other names)."""
    return _table()[2].get(text)


def canonical(text: str) -> str | None:
    """The canonical name for a group name as a report writes it, or None."""
    by_alias, _, acronyms, names = _table()
    stripped = text.strip().strip('"').strip()
    if stripped in acronyms:
        return acronyms[stripped]
    key = _fold(text)
    if key in by_alias and key not in names and any(_fold(a) == key for a in acronyms if _as_written(a)):
        return None   # "the base": not "The Base" as the table writes it
    if key in by_alias and (key.upper() not in acronyms or stripped.upper() == stripped):
        return by_alias[key]
    hits = find(stripped)
    names = {h[2] for h in hits}
    return names.pop() if len(names) == 1 else None


def get(name: str) -> dict | None:
    """The table entry (name, country, aliases) of a canonical name or an alias."""
    _, by_name, _, _ = _table()
    if name in by_name:
        return by_name[name]
    c = canonical(name)
    return by_name.get(c) if c else None
