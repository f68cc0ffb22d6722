"""Reports of one event from many documents merged into one incident.

**Similarity.** Two incidents of *different* documents are compared by date,
place, type, targets, perpetrators and death toll; each agreement adds to a
score in [0, 1] and each contradiction takes from it, and every term leaves a
reason ("same day 2023-03-14", "same city Kabul", "targets overlap 'bus'"):

=================  =====================================================  =========
what               agreement / contradiction                              score
=================  =====================================================  =========
date               same day / a day apart / 2-3 days / overlapping         +.30 / +.18 / +.06 / +.12
                   ranges; unknown but reported within the week            +.06
                   more than 3 days apart                                  -.15; more than 7: never
place              same city (or same point) / one is inside the other     +.25 / +.12
                   or within 30 km / same country, one report names no
                   place below it                                         +.06
                   different places more than 30 km apart, or different   never
                   countries
type               same / related (bombing-assassination, attack kinds,    +.15 / +.10
                   kidnapping-hostage taking-hijacking) / different        -.15
targets            the same named victim (the whole name, or two words    +.35
                   of it) / a shared target or victim word / none shared  +.15 / -.15
perpetrators       a shared group / different groups on both sides         +.10 / -.10
death toll         equal / close (within 2x or 5) / far apart              +.05 / +.02 / -.05
=================  =====================================================  =========

**Threshold** (``THRESHOLD`` = 0.6): the same day (.30), the same city (.25)
and the same type (.15) together merge (.70) unless the reports contradict each
other on targets, groups or toll; a report a day later needs the same place and
type plus a shared target or group (.18 + .25 + .15 + .15 = .73); reports of
the same named victim in one country within the week merge (.35 + .15 + .06 +
.06 = .62). A date or place difference alone stops a merge: "never" above is a
veto. On MUC-4 train+dev answer keys (``bench/merge_muc4.py``) 0.6 gives the
best F1 with precision near 0.8; 0.65 halves recall.

**Constraints.** Two incidents of one document are never merged (the extractor
kept them apart), and no incident joins an event that already holds an
incident of its document; a pair that a reviewer split apart is never merged
again automatically. ``merge_all`` joins the best-scoring pairs first
(single link, but no pair inside the joined event may be vetoed); re-running
it changes nothing. Joining two events needs one pair scoring at least the
threshold and no vetoed pair between them (``FLOOR`` can also ask every pair
for a minimum score).

**Merged values.** An event is stored as its first report's incident (the
*canonical* one; the others point to it through ``merged_into`` and stay
unchanged). Its record gets a ``merge`` block: the member incidents and their
documents, each link with its score, reasons and who made it, and for every
merged field each source's value and the rule that chose the merged one
(``RULES``). The canonical incident's own values are kept in ``merge.base``,
so a split restores them. Every merge and split is a row of ``review_edits``
(who, when, action ``merge``/``split``, old and new ``merged_into``, the score
and reasons as evidence).
"""

from __future__ import annotations

import copy
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from wirecoder.store.db import Store, get_path

THRESHOLD = 0.6
FLOOR = 0.0           # a report joins an event only if it scores at least this with every report in it
                      # (0.45 cost 13 points of recall for 2 of precision on MUC-4 keys: off)
MAX_DAYS = 7          # dates further apart than this never merge
NEAR_KM = 30.0        # places closer than this may be one place named two ways
AUTO = "auto-merge"   # the user that automatic merges are recorded under

RULES = {
    "casualties.killed": "the latest report's figure (reports of the same day: the highest)",
    "casualties.injured": "the latest report's figure (reports of the same day: the highest)",
    "date": "the most precise date; equally precise dates that differ: the one most reports give, then the "
            "earliest report's",
    "location": "the most precise place that a report names (not one only inferred from a dateline); "
                "ties: the earliest report's",
    "type": "the first report's type",
    "stage": "the first report's stage, unless a later report says the attack was accomplished",
    "perpetrators.organizations": "every group any report names, with the strongest confidence any report gives",
    "perpetrators.individuals": "every perpetrator description any report gives",
    "targets.human": "every target any report names",
    "targets.physical": "every target any report names",
    "weapons": "every weapon any report names",
    "suicide": "true if any report says so",
}
MERGED_KEYS = ("date", "location", "stage", "weapons", "perpetrators", "targets", "casualties", "suicide",
               "confidence", "evidence")

TYPE_FAMILY = {
    "armed_assault": "attack", "assassination": "attack", "unarmed_assault": "attack", "vehicle_ramming": "attack",
    "other": "attack", "bombing": "bombing", "kidnapping": "abduction", "hostage_taking": "abduction",
    "hijacking": "abduction", "arson": "arson", "robbery": "robbery", "forced_work_stoppage": "stoppage",
}
RELATED = {frozenset(("bombing", "assassination"))}  # an assassination by bomb is told as either
DATE_RANK = {"day": 4, "range": 3, "month": 2, "year": 1, "unknown": 0}
PLACE_RANK = {"point": 6, "neighborhood": 5, "city": 4, "admin1": 3, "country": 2, "region": 1}
CONF_RANK = {"reported_as_fact": 4, "claimed": 3, "suspected": 2, "possible": 1}
STAGE_RANK = {"accomplished": 4, "attempted": 3, "foiled": 2, "threatened": 1}

GENERIC = set("""
a an the of and or in on at to for from with by near into his her their its this that these those some several many
other others another one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds
people person persons individual individuals civilian man woman child resident member unidentified unknown least
more than about around some dead killed wounded injured local also who were was which all both number total
group few including body bodies victim
""".split())


class MergeError(ValueError):
    """A merge or split that cannot be made; the message says why."""


# ---------------------------------------------------------------------------- features
def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().split())


def _singular(tok: str) -> str:
    if tok.endswith("men") and len(tok) > 4:
        return tok[:-3] + "man"
    if tok.endswith("ies") and len(tok) > 4:
        return tok[:-3] + "y"
    if tok.endswith(("ses", "xes", "zes", "ches", "shes")) and len(tok) > 4:
        return tok[:-2]
    if tok.endswith("s") and not tok.endswith("ss") and len(tok) > 3:
        return tok[:-1]
    return tok


def _words(text: str) -> set[str]:
    out = set()
    for tok in re.findall(r"[a-z][a-z\-']+", _fold(text)):
        tok = _singular(tok.strip("-'"))
        if len(tok) >= 3 and tok not in GENERIC:
            out.add(tok)
    return out


def _d(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def date_interval(inc: dict) -> tuple[date, date, str] | None:
    """(first day, last day, precision) of an incident's date, or None when the record has none."""
    d = inc.get("date") or {}
    v, prec = d.get("value"), d.get("precision") or "unknown"
    if not v:
        return None
    if "/" in v:
        a, b = (_d(x) for x in v.split("/", 1))
        return (a, b, "range") if a and b else None
    parts = v.split("-")
    try:
        if len(parts) == 1:
            y = int(parts[0])
            return date(y, 1, 1), date(y, 12, 31), "year"
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            return date(y, m, 1), date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1), "month"
    except ValueError:
        return None
    day = _d(v)
    return (day, day, prec if prec in DATE_RANK else "day") if day else None


@dataclass
class Item:
    """One incident as the merge compares it: its own record (never a merged one) and its report."""

    id: str
    doc_id: str
    record: dict
    published: str | None = None
    source: str | None = None
    title: str | None = None
    # features
    dates: tuple | None = None
    pub: date | None = None
    place: dict = field(default_factory=dict)
    family: str = ""
    targets: set = field(default_factory=set)
    named: list = field(default_factory=list)  # word sets of named victims
    groups: set = field(default_factory=set)
    sure_groups: set = field(default_factory=set)
    killed: int | None = None

    def __post_init__(self):
        inc = self.record
        self.dates = date_interval(inc)
        self.pub = _d(self.published)
        self.place = inc.get("location") or {}
        self.family = TYPE_FAMILY.get(inc.get("type"), "other")
        tg = inc.get("targets") or {}
        cas = inc.get("casualties") or {}
        for t in (tg.get("human") or []) + (tg.get("physical") or []) + [v for v in cas.values() if v]:
            self.targets |= _words(t.get("text") or "")
        for t in tg.get("human") or []:
            if t.get("is_name") and _words(t.get("text") or ""):
                self.named.append(frozenset(_words(t.get("text") or "")))
        orgs = [o for o in (inc.get("perpetrators") or {}).get("organizations") or [] if o.get("name")]
        self.groups = {o["name"] for o in orgs}
        self.sure_groups = {o["name"] for o in orgs if o.get("confidence") in ("reported_as_fact", "claimed")}
        self.killed = ((inc.get("casualties") or {}).get("killed") or {}).get("value")

    @property
    def order(self) -> tuple:
        """Report order: publication date (undated last), document, incident."""
        return (self.published or "9999", self.doc_id, self.id)


@dataclass
class Similarity:
    score: float
    reasons: list[str]
    veto: str | None = None

    @property
    def text(self) -> str:
        return ", ".join(self.reasons)


def _km(a: dict, b: dict) -> float | None:
    if a.get("lat") is None or b.get("lat") is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _place_names(p: dict) -> list[str]:
    return [_fold(x) for x in (p.get("name"), p.get("text")) if x]


def _specific(p: dict) -> bool:
    """A place below the country that the report itself names."""
    return bool(p) and p.get("inferred_from") is None and PLACE_RANK.get(p.get("precision") or "city", 4) >= 3 \
        and bool(p.get("name") or p.get("text"))


def similarity(a: Item, b: Item) -> Similarity:
    """How alike two incidents of different reports are, with the reasons (see the module text)."""
    score, why = 0.0, []

    # date
    if a.dates and b.dates:
        gap = max((a.dates[0] - b.dates[1]).days, (b.dates[0] - a.dates[1]).days, 0)
        both_days = a.dates[2] == b.dates[2] == "day"
        if gap > MAX_DAYS:
            return Similarity(0.0, [f"dates {gap} days apart"], veto="dates more than a week apart")
        if both_days and gap == 0:
            score += .30
            why.append(f"same day {a.dates[0].isoformat()}")
        elif both_days and gap == 1:
            score += .18
            why.append("dates a day apart")
        elif gap == 0:
            score += .12
            why.append("dates overlap")
        elif gap <= 3:
            score += .06
            why.append(f"dates {gap} days apart")
        else:
            score -= .15
            why.append(f"dates {gap} days apart")
    else:
        known = a.dates or b.dates
        other = b if a.dates else a
        if known and other.pub and known[0] <= other.pub and (other.pub - known[1]).days <= MAX_DAYS:
            score += .06
            why.append("date given in one report, the other published within the week")
        elif not known and a.pub and b.pub and abs((a.pub - b.pub).days) <= MAX_DAYS:
            score += .06
            why.append("no date, reports within the week")
        elif known and other.pub and (known[0] - other.pub).days > 1:
            return Similarity(0.0, ["the dated incident is later than the other report"], veto="later than the report")

    # place
    pa, pb = a.place, b.place
    ca, cb = pa.get("country_code"), pb.get("country_code")
    if ca and cb and ca != cb:
        return Similarity(0.0, [f"different countries {ca} / {cb}"], veto="different countries")
    if _specific(pa) and _specific(pb):
        na, nb = _place_names(pa), _place_names(pb)
        same = (pa.get("geonameid") and pa.get("geonameid") == pb.get("geonameid")) or bool(set(na) & set(nb))
        km = _km(pa, pb)
        if same:
            score += .25
            why.append(f"same {pa.get('precision') or 'place'} {pa.get('name') or pa.get('text')}")
        elif any(x in y or y in x for x in na for y in nb) or \
                _fold(pa.get("admin1") or "-") in nb or _fold(pb.get("admin1") or "-") in na:
            score += .12
            why.append(f"place within place {pa.get('name') or pa.get('text')} / {pb.get('name') or pb.get('text')}")
        elif km is not None and km <= NEAR_KM:
            score += .12
            why.append(f"nearby places {pa.get('name')} / {pb.get('name')} ({km:.0f} km)")
        else:
            where = f"{pa.get('name') or pa.get('text')} / {pb.get('name') or pb.get('text')}"
            return Similarity(0.0, [f"different places {where}"], veto="different places")
    elif ca and ca == cb:
        score += .06
        why.append(f"same country {ca}, no place below it in one report")

    # type
    ta, tb = a.record.get("type"), b.record.get("type")
    if ta == tb:
        score += .15
        why.append(f"same type {ta}")
    elif a.family == b.family or frozenset((ta, tb)) in RELATED:
        score += .10
        why.append(f"related types {ta} / {tb}")
    else:
        score -= .15
        why.append(f"different types {ta} / {tb}")

    # targets
    same_name = next((x & y for x in a.named for y in b.named if x == y or len(x & y) >= 2), None)
    if same_name:
        score += .35
        why.append("same named victim '" + " ".join(sorted(same_name)) + "'")
    elif a.targets and b.targets:
        shared = sorted(a.targets & b.targets)
        if shared:
            score += .15
            why.append("targets overlap " + ", ".join(f"'{w}'" for w in shared[:4]))
        else:
            score -= .15
            why.append(f"targets differ: '{' '.join(sorted(a.targets)[:3])}' / '{' '.join(sorted(b.targets)[:3])}'")

    # perpetrators
    if a.groups and b.groups:
        shared = sorted(a.groups & b.groups)
        if shared:
            score += .10
            why.append("same group " + ", ".join(f"'{g}'" for g in shared))
        elif a.sure_groups and b.sure_groups:
            score -= .10
            why.append(f"different groups {'/'.join(sorted(a.groups))} vs {'/'.join(sorted(b.groups))}")

    # death toll
    if a.killed is not None and b.killed is not None:
        lo, hi = sorted((a.killed, b.killed))
        if lo == hi:
            score += .05
            why.append(f"same death toll {lo}")
        elif hi <= 2 * lo or hi - lo <= 5:
            score += .02
            why.append(f"death tolls close {a.killed} / {b.killed}")
        else:
            score -= .05
            why.append(f"death tolls far apart {a.killed} / {b.killed}")
    return Similarity(round(max(0.0, min(1.0, score)), 3), why)


# ---------------------------------------------------------------------------- merged records
def _source(it: Item, **extra) -> dict:
    return {"incident_id": it.id, "doc_id": it.doc_id, "published": it.published, **extra}


def _tag(x: dict, it: Item, canonical: Item) -> dict:
    """An item of another document carries that document's id (its span points into that text)."""
    return x if it.doc_id == canonical.doc_id else {**x, "doc_id": it.doc_id}


def merged_record(items: list[Item], links: list[dict]) -> dict:
    """The record of an event from its members' own records (``items[0]`` is the canonical one)."""
    canonical = items[0]
    base = canonical.record
    if len(items) == 1:
        return copy.deepcopy(base)
    ordered = sorted(items, key=lambda it: it.order)
    rec = copy.deepcopy(base)
    fields: dict[str, dict] = {}

    # casualties: the latest report's figure, same-day reports the highest
    cas = dict(rec.get("casualties") or {})
    for kind in ("killed", "injured"):
        vals = [(it, (it.record.get("casualties") or {}).get(kind)) for it in ordered]
        vals = [(it, v) for it, v in vals if v and v.get("value") is not None]
        if not vals:
            continue
        best_it, best = max(vals, key=lambda p: (p[0].published or "", p[1]["value"]))
        cas[kind] = _tag(best, best_it, canonical)
        fields[f"casualties.{kind}"] = {
            "rule": RULES[f"casualties.{kind}"], "value": best["value"], "qualifier": best.get("qualifier"),
            "sources": [_source(it, value=v["value"], qualifier=v.get("qualifier"), text=v.get("text"))
                        for it, v in vals]}
    rec["casualties"] = cas

    # date: most precise; disagreeing equally precise dates: the most reported, then the earliest report's
    dated = [(it, it.record.get("date") or {}) for it in ordered]
    dated = [(it, d) for it, d in dated if d.get("value")]
    if dated:
        top = max(DATE_RANK.get(d.get("precision") or "unknown", 0) for _, d in dated)
        cands = [(it, d) for it, d in dated if DATE_RANK.get(d.get("precision") or "unknown", 0) == top]
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for i, (_, d) in enumerate(cands):
            counts[d["value"]] = counts.get(d["value"], 0) + 1
            first.setdefault(d["value"], i)
        value = max(counts, key=lambda v: (counts[v], -first[v]))  # the most reported, then the earliest
        best_it, best = cands[first[value]]
        rec["date"] = _tag(best, best_it, canonical)
        if len({d["value"] for _, d in dated}) > 1 or best_it is not canonical:
            fields["date"] = {"rule": RULES["date"], "value": best["value"],
                              "sources": [_source(it, value=d["value"], precision=d.get("precision"),
                                                  text=d.get("text")) for it, d in dated]}

    # place: the most precise one a report names
    placed = [(it, it.record.get("location")) for it in ordered if it.record.get("location")]
    if placed:
        def prank(p):
            loc = p[1]
            return (loc.get("inferred_from") is None, PLACE_RANK.get(loc.get("precision") or "", 0))
        top = max(prank(p) for p in placed)
        best_it, best = next(p for p in placed if prank(p) == top)
        if canonical.record.get("location") and prank((canonical, canonical.record["location"])) == top:
            best_it, best = canonical, canonical.record["location"]
        rec["location"] = _tag(best, best_it, canonical)
        names = {(loc.get("name") or loc.get("text")) for _, loc in placed}
        if len(names) > 1 or best_it is not canonical:
            fields["location"] = {"rule": RULES["location"], "value": best.get("name") or best.get("text"),
                                  "sources": [_source(it, value=loc.get("name") or loc.get("text"),
                                                      precision=loc.get("precision"), text=loc.get("text"),
                                                      inferred_from=loc.get("inferred_from"))
                                              for it, loc in placed]}

    # type and stage
    types = [(it, it.record.get("type")) for it in ordered]
    if len({t for _, t in types}) > 1:
        fields["type"] = {"rule": RULES["type"], "value": base.get("type"),
                          "sources": [_source(it, value=t) for it, t in types]}
    stages = [(it, it.record.get("stage")) for it in ordered if it.record.get("stage")]
    if len({s for _, s in stages}) > 1:
        if any(s == "accomplished" for _, s in stages):
            rec["stage"] = "accomplished"
        fields["stage"] = {"rule": RULES["stage"], "value": rec.get("stage"),
                           "sources": [_source(it, value=s) for it, s in stages]}

    # lists: union in report order (canonical first), de-duplicated by their words
    def union(path: str, key):
        out, seen, contributed = [], {}, []
        for it in [canonical] + [x for x in ordered if x is not canonical]:
            for x in get_path(it.record, path) or []:
                k = key(x)
                if k in seen:
                    if path == "perpetrators.organizations" and \
                            CONF_RANK.get(x.get("confidence"), 0) > CONF_RANK.get(out[seen[k]].get("confidence"), 0):
                        out[seen[k]] = {**out[seen[k]], "confidence": x["confidence"]}
                    continue
                seen[k] = len(out)
                out.append(_tag(x, it, canonical))
                contributed.append(_source(it, value=x.get("name") or x.get("text"),
                                           **({"confidence": x.get("confidence")} if "confidence" in x else {})))
        if len({s["incident_id"] for s in contributed}) > 1:
            fields[path] = {"rule": RULES[path], "value": [x.get("name") or x.get("text") for x in out],
                            "sources": contributed}
        return out

    def text_key(x):
        return _fold(x.get("text") or "")
    perps = dict(rec.get("perpetrators") or {})
    perps["organizations"] = union("perpetrators.organizations", lambda x: x.get("name") or text_key(x))
    perps["individuals"] = union("perpetrators.individuals", text_key)
    rec["perpetrators"] = perps
    tg = dict(rec.get("targets") or {})
    tg["human"] = union("targets.human", text_key)
    tg["physical"] = union("targets.physical", text_key)
    rec["targets"] = tg
    rec["weapons"] = union("weapons", lambda x: (x.get("type"), text_key(x)))
    if any(it.record.get("suicide") for it in items):
        if not base.get("suicide"):
            fields["suicide"] = {"rule": RULES["suicide"], "value": True,
                                 "sources": [_source(it, value=it.record.get("suicide")) for it in ordered]}
        rec["suicide"] = True
    confs = [it.record.get("confidence") for it in items if it.record.get("confidence") is not None]
    if confs:
        rec["confidence"] = max(confs)
    ev = []
    for it in [canonical] + [x for x in ordered if x is not canonical]:
        ev += [_tag(e, it, canonical) for e in it.record.get("evidence") or []]
    if ev or "evidence" in rec:
        rec["evidence"] = ev

    rec["merge"] = {
        "members": [canonical.id] + [it.id for it in ordered if it is not canonical],
        "sources": [_source(it, source=it.source, title=it.title) for it in ordered],
        "links": links,
        "fields": fields,
        "base": {k: copy.deepcopy(base[k]) for k in MERGED_KEYS if k in base},
    }
    return rec


def own_record(record: dict) -> dict:
    """An incident's own record: a merged one with its merge undone."""
    m = record.get("merge")
    if not m:
        return record
    rec = {k: v for k, v in record.items() if k != "merge"}
    for k in MERGED_KEYS:
        if k in m.get("base", {}):
            rec[k] = copy.deepcopy(m["base"][k])
        else:
            rec.pop(k, None)
    return rec


# ---------------------------------------------------------------------------- the store's events
@dataclass
class Event:
    canonical: str
    members: list[str]                 # incident ids, canonical included
    links: list[dict]


@dataclass
class State:
    items: dict[str, Item]
    events: dict[str, Event]           # canonical id -> event
    of: dict[str, str]                 # incident id -> canonical id
    stored: dict[str, dict]            # incident id -> stored record
    merged_into: dict[str, str | None]

    def docs(self, canonical: str) -> set[str]:
        return {self.items[i].doc_id for i in self.events[canonical].members}


def load(store: Store, ids: list[str] | None = None) -> State:
    rows = store.merge_rows(ids)
    items, events, of, stored, into = {}, {}, {}, {}, {}
    for r in rows:
        items[r["id"]] = Item(r["id"], r["doc_id"], own_record(r["record"]), r["published"], r["source"], r["title"])
        stored[r["id"]] = r["record"]
        into[r["id"]] = r["merged_into"]
    for r in rows:
        c = r["merged_into"] if r["merged_into"] in items else r["id"]
        ev = events.setdefault(c, Event(c, [c], list((stored[c].get("merge") or {}).get("links", []))))
        if r["id"] != c:
            ev.members.append(r["id"])
        of[r["id"]] = c
    return State(items, events, of, stored, into)


def _write(store: Store, state: State, canonicals: list[str], demoted: list[str], *, edits: list[dict],
           apart_add=(), apart_remove=()) -> None:
    """Recompute and store the events ``canonicals``; ``demoted`` incidents get their own records back."""
    rows, sources = [], {}
    for c in canonicals:
        ev = state.events.get(c)
        if ev is None:
            continue
        members = [state.items[i] for i in ev.members]
        members = [state.items[c]] + sorted((m for m in members if m.id != c), key=lambda m: m.order)
        keep = {m.id for m in members}
        ev.links = [ln for ln in ev.links if ln["incident_id"] in keep and ln["into"] in keep]
        rec = merged_record(members, ev.links)
        rows.append({"id": c, "record": rec, "merged_into": None})
        sources[c] = [m.doc_id for m in members]
        for m in members[1:]:
            if state.merged_into.get(m.id) != c or state.stored[m.id].get("merge"):
                rows.append({"id": m.id, "record": m.record, "merged_into": c})
                sources[m.id] = [m.doc_id]
    for d in demoted:
        if d not in state.of or state.of[d] == d:
            rows.append({"id": d, "record": state.items[d].record, "merged_into": None})
            sources[d] = [state.items[d].doc_id]
    rows = [r for r in rows if r["record"] != state.stored.get(r["id"]) or r["merged_into"] != state.merged_into.get(r["id"])]
    if rows or edits or apart_add or apart_remove:
        store.apply_merges(rows=rows, sources=sources, edits=edits, apart_add=list(apart_add),
                           apart_remove=list(apart_remove))


def _join(state: State, keep: str, other: str, link: dict) -> None:
    """Join event ``other`` into event ``keep`` in memory."""
    a, b = state.events[keep], state.events.pop(other)
    a.members += b.members
    a.links += b.links + [link]
    for i in b.members:
        state.of[i] = keep


def _edit(incident_id: str, old: str | None, new: str | None, user: str, action: str, evidence: dict) -> dict:
    return {"incident_id": incident_id, "field": "merged_into", "user": user, "action": action,
            "old_value": old, "new_value": new, "evidence": evidence}


def merge_incidents(store: Store, keep_id: str, other_id: str, user: str) -> dict:
    """Merge the event of ``other_id`` into the event of ``keep_id`` by hand; returns the link.

    Refused (``MergeError``) when the two events hold incidents of one document.
    """
    state = load(store)
    for i in (keep_id, other_id):
        if i not in state.items:
            raise MergeError(f"no incident {i!r}")
    keep, other = state.of[keep_id], state.of[other_id]
    if keep == other:
        raise MergeError(f"{keep_id} and {other_id} are already one event")
    shared = state.docs(keep) & state.docs(other)
    if shared:
        raise MergeError(f"both events hold incidents of document {sorted(shared)[0]}: the extractor kept them "
                         "apart, and one document's incidents are never merged")
    sim = similarity(state.items[keep_id], state.items[other_id])
    link = {"incident_id": other, "into": keep, "score": sim.score, "reasons": sim.reasons, "by": user}
    moved = list(state.events[other].members)
    apart_remove = [(x, y) for x in state.events[keep].members for y in moved]
    _join(state, keep, other, link)
    edits = [_edit(i, state.merged_into.get(i), keep, user, "merge",
                   {"score": sim.score, "reasons": sim.reasons, "by": "hand", "with": keep_id if i == other else other})
             for i in moved]
    _write(store, state, [keep], [], edits=edits, apart_remove=apart_remove)
    return link


def split_incident(store: Store, incident_id: str, user: str) -> str:
    """Detach ``incident_id`` from its event (undo a wrong merge); returns the event it left.

    If it was the event's canonical incident, the earliest remaining report becomes
    the canonical one. The automatic merge never joins it to that event again.
    """
    state = load(store)
    if incident_id not in state.items:
        raise MergeError(f"no incident {incident_id!r}")
    c = state.of[incident_id]
    ev = state.events[c]
    if len(ev.members) == 1:
        raise MergeError(f"{incident_id} is not merged with any other incident")
    rest = [m for m in ev.members if m != incident_id]
    state.events.pop(c)
    new_c = c if c != incident_id else min(rest, key=lambda m: state.items[m].order)
    links = [ln for ln in ev.links if incident_id not in (ln["incident_id"], ln["into"])]
    links = [{**ln, "into": new_c} if ln["into"] == incident_id else ln for ln in links]
    state.events[new_c] = Event(new_c, [new_c] + [m for m in rest if m != new_c], links)
    state.events[incident_id] = Event(incident_id, [incident_id], [])
    for m in rest:
        state.of[m] = new_c
    state.of[incident_id] = incident_id
    edits = [_edit(incident_id, c, None, user, "split", {"left": c, "by": "hand"})]
    if new_c != c:
        edits += [_edit(m, c, new_c if m != new_c else None, user, "split",
                        {"reason": f"canonical incident {c} split off", "by": "hand"}) for m in rest]
    _write(store, state, [new_c], [incident_id], edits=edits,
           apart_add=[(incident_id, m, user) for m in rest])
    return new_c


def refresh(store: Store, canonicals: list[str], user: str = "ingest") -> None:
    """Recompute the merged records of events whose members changed (e.g. a report was replaced)."""
    state = load(store, list(canonicals))
    for c in canonicals:
        if c in state.events:
            _write(store, state, [c], [], edits=[])


@dataclass
class MergeResult:
    links: list[dict]                  # links made by this run
    events: dict[str, list[str]]       # events this run changed: canonical id -> members
    near: list[dict]                   # pairs that scored within 0.15 below the threshold, or were blocked

    @property
    def summary(self) -> str:
        n = sum(len(m) for m in self.events.values())
        return f"merged {n} incidents into {len(self.events)} events"


def candidate_pairs(items: list[Item], threshold: float, *, near: float = 0.15):
    """(score, a, b, similarity) for pairs of different documents that score at least ``threshold - near``.

    Only plausible pairs are scored: one country (or a place without one), and dated incidents only
    with those at most ``MAX_DAYS`` away (a sliding window over the incidents sorted by date).
    """
    by_country: dict[str | None, list[Item]] = {}
    for it in items:
        by_country.setdefault(it.place.get("country_code"), []).append(it)
    seen: set[tuple[str, str]] = set()
    out = []

    def consider(a: Item, b: Item) -> None:
        if a.doc_id == b.doc_id:
            return
        x, y = (a, b) if a.id < b.id else (b, a)
        if (x.id, y.id) in seen:
            return
        seen.add((x.id, y.id))
        sim = similarity(x, y)
        if sim.veto is None and sim.score >= threshold - near:
            out.append((sim.score, x, y, sim))

    nowhere = by_country.get(None, [])
    for cc, group in by_country.items():
        dated = sorted((it for it in group if it.dates), key=lambda it: (it.dates[0], it.id))
        undated = [it for it in group if not it.dates]
        for i, a in enumerate(dated):
            for b in dated[i + 1:]:
                if (b.dates[0] - a.dates[1]).days > MAX_DAYS:
                    break
                consider(a, b)
        for a in undated:
            for b in group:
                consider(a, b)
        if cc is not None:
            for a in nowhere:
                for b in group:
                    consider(a, b)
    out.sort(key=lambda t: (-t[0], t[1].id, t[2].id))
    return out


def merge_all(store: Store, threshold: float = THRESHOLD, *, user: str = AUTO) -> MergeResult:
    """Merge every pair of reports of one event that scores ``threshold`` or more; idempotent.

    All merges of a run are written in one transaction (a killed run merges nothing).
    """
    state = load(store)
    apart = store.kept_apart_pairs()
    # events whose stored merged record is stale (a member left or changed) are recomputed
    stale = [c for c, ev in state.events.items()
             if state.merged_into[c] is not None
             or (state.stored[c].get("merge") or {}).get("members", [c]) != sorted(
                 ev.members, key=lambda m: (m != c, state.items[m].order))]
    items = list(state.items.values())
    pairs = candidate_pairs(items, threshold)
    checked = set()  # member pairs found compatible
    links, near, changed = [], [], set(stale)
    for score, a, b, sim in pairs:
        ca, cb = state.of[a.id], state.of[b.id]
        if ca == cb:
            continue
        if score < threshold:
            near.append({"a": a.id, "b": b.id, "score": score, "reasons": sim.reasons, "why_not": "below threshold"})
            continue
        why_not = None
        if state.docs(ca) & state.docs(cb):
            why_not = "an event already holds an incident of the same document"
        else:
            for x in state.events[ca].members:
                for y in state.events[cb].members:
                    if frozenset((x, y)) in apart:
                        why_not = f"{x} and {y} were split apart by a reviewer"
                        break
                    key = (x, y) if x < y else (y, x)
                    if key not in checked:
                        s = similarity(state.items[x], state.items[y])
                        if s.veto or s.score < FLOOR:
                            why_not = f"{x} and {y}: {s.veto or f'score {s.score} below {FLOOR}'}"
                            break
                        checked.add(key)
                if why_not:
                    break
        if why_not:
            near.append({"a": a.id, "b": b.id, "score": score, "reasons": sim.reasons, "why_not": why_not})
            continue
        keep, other = sorted((ca, cb), key=lambda c: state.items[c].order)
        link = {"incident_id": other, "into": keep, "score": score, "reasons": sim.reasons, "by": user,
                "pair": [a.id, b.id]}
        _join(state, keep, other, link)
        links.append(link)
        changed.discard(other)
        changed.add(keep)
    edits = []
    for c in sorted(changed):
        for m in state.events[c].members:
            if m != c and state.merged_into.get(m) != c:
                ln = next((x for x in links if x["incident_id"] == m), None)
                edits.append(_edit(m, state.merged_into.get(m), c, user, "merge",
                                   {"score": ln["score"], "reasons": ln["reasons"], "by": "auto"} if ln
                                   else {"reason": "its event joined another", "by": "auto"}))
    if changed:
        _write(store, state, sorted(changed), [], edits=edits)
    return MergeResult(links, {c: state.events[c].members for c in sorted(changed) if c in state.events
                               and any(ln["into"] == c for ln in links)}, near)

