"""Nationalities of human targets told away from their own words.

``fields.nationality`` reads a target's nationality in its own phrase and close context ("TWO ITALIAN
ENGINEERS", "BALL, A U.S. CITIZEN"). Two ways a report often tells it elsewhere:

* a diplomat held or attacked is of the mission the report names ("THE COSTA RICAN EMBASSY ... AMBASSADOR JESUS
  FERNANDEZ AND ANOTHER TWO DIPLOMATS ... ARE STILL BEING HELD HOSTAGE"): ``mission_nation``;
* named victims are the members of a counted group of victims with a nationality told in another sentence ("THE
  TWO U.S. CITIZENS WHO WERE KIDNAPPED ... THE VICTIMS WERE IDENTIFIED AS DAVID LECKY ... AND JAMES ARTHUR
  DONNELLY"): ``group_nation``.

Each fills only targets with no nationality of their own, and only when the report points at one nation.
"""

from __future__ import annotations

from wirecoder.extract import fields as F
from wirecoder.extract import lexicon as lx
from wirecoder.extract.victim_counts import count_of, plural_noun

_MISSION_WORDS = {w for d in lx.DIPLOMATIC_WORDS for w in (d, d + "s", d.replace("y", "ies"))}


def _foreign(found: dict | None, home: str | None) -> bool:
    return bool(found) and found["country_code"] != home


def mission_nations(sdoc, text: str, home: str | None) -> dict[str, dict]:
    """The foreign nations whose embassy, consulate or legation the report names ("THE COSTA RICAN EMBASSY",
    "THE EMBASSY OF JAPAN"), by country code."""
    out = {}
    for tok in sdoc:
        if tok.lower_ in _MISSION_WORDS:
            found = F.nationality(sdoc, text, tok.idx, tok.idx + len(tok.text), avoid=home)
            if _foreign(found, home):
                out.setdefault(found["country_code"], found)
    return out


def _victim_of_act(tok) -> bool:
    """``tok`` is told as the victim of an act: the subject of a passive act verb ("... WERE KIDNAPPED"), the
    head of a relative clause with one ("THE TWO U.S. CITIZENS WHO WERE KIDNAPPED"), or the object of one."""
    def act(v) -> bool:
        return v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in lx.TRIGGERS
    if tok.dep_ in ("nsubjpass", "dobj") and act(tok.head):
        return True
    return any(c.dep_ in ("relcl", "acl") and act(c) and
               any(g.dep_ in ("nsubjpass", "auxpass") for g in c.children) for c in tok.children)


def victim_groups(sdoc, text: str, home: str | None) -> list[tuple[int, dict]]:
    """(count, nationality) of each counted plural group of victims with a foreign nationality in its words."""
    out = []
    for tok in sdoc:
        if not (tok.pos_ in ("NOUN", "PROPN") and plural_noun(tok)) or not _victim_of_act(tok):
            continue
        count = count_of(tok, text)
        if not count:
            continue
        found = F.nationality(sdoc, text, tok.left_edge.idx, tok.idx + len(tok.text), avoid=home)
        if _foreign(found, home):
            out.append((count["value"], found))
    return out


def mission_nation(inc: dict, sdoc, text: str, home: str | None) -> None:
    """A diplomat target with no nationality is of the one foreign mission the report names (the report is read
    only for an incident with such a target)."""
    diplomats = [t for t in inc["targets"]["human"] if t.get("type") == "diplomat" and not t.get("nationality")]
    if not diplomats:
        return
    missions = mission_nations(sdoc, text, home)
    if len(missions) != 1:
        return
    (found,) = missions.values()
    for t in diplomats:
        t["nationality"] = dict(found)


def group_nation(inc: dict, sdoc, text: str, home: str | None) -> None:
    """Named victims with no nationality, as many as a counted group of victims with a nationality the report
    tells (one such group, or all of one nation and count), are its members (the report is read only for an
    incident with named victims, none with a nationality)."""
    named = [t for t in inc["targets"]["human"] if t.get("is_name")]
    if not named or any(t.get("nationality") for t in named):
        return
    groups = victim_groups(sdoc, text, home)
    if not groups or len({(n, g["country_code"]) for n, g in groups}) != 1:
        return
    n, found = groups[0]
    if len(named) != n:
        return
    for t in named:
        t["nationality"] = dict(found)
