"""Group event mentions into distinct incidents.

Rules, in order of strength:

1. A paragraph that opens with a date ("7 April 2017: ...") reports one
   incident: every mention of that paragraph belongs to it.
2. Mentions of one sentence belong together, except two strong types with
   their own objects ("burned the facilities and stole food" is an arson and
   a robbery); a hijacked vehicle that rams a crowd is one ramming.
3. A mention that names what was attacked ("the attack on a bank") joins no
   incident whose mentions name only other things ("dynamite hurled against a
   police station") told in another sentence.
4. A later mention joins an earlier incident when its place is the same
   place (or none is given), its date agrees, and its type is compatible;
   otherwise it starts a new incident. "The attack in Stockholm" thus joins
   the Stockholm ramming told elsewhere in the document.
Quoted mentions never create incidents (a quotation is a claim), and neither
do generic ones ("encourages sympathisers to carry out attacks").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wirecoder.extract import lexicon as lx
from wirecoder.extract.mentions import Mention, different_things, same_object

_LEAD_DATE = re.compile(r"^\s*(\d{1,2}\s+[A-Za-z]{3,9}(?:\s+\d{2,4})?|[A-Za-z]{3,9}\s+\d{1,2}(?:,\s*\d{4})?)\s*:")


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    sents: set[int] = field(default_factory=set)
    paras: set[int] = field(default_factory=set)
    lead_para: int | None = None        # the dated paragraph that reports it
    place_keys: set[tuple] = field(default_factory=set)
    date_key: str | None = None

    @property
    def types(self) -> list[str]:
        return [m.type for m in self.mentions]

    def strong_types(self) -> set[str]:
        return {t for t in self.types if t in lx.STRONG_TYPES}

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.sents.add(m.sent_i)
        self.paras.add(m.para_i)


def evidence_distance(inc: dict, start: int, end: int) -> int:
    """Characters between ``text[start:end]`` and the nearest evidence sentence of the incident ``inc`` (0 where
    they overlap or touch)."""
    spans = [ev["span"] for ev in inc.get("evidence", [])]
    if not spans:
        return 10 ** 9
    return min(0 if not (end <= a or start >= b) else min(abs(start - b), abs(a - end)) for a, b in spans)


def lead_date(text: str, para: tuple[int, int]) -> tuple[int, int] | None:
    """Span of a date that opens a paragraph and is followed by a colon."""
    m = _LEAD_DATE.match(text[para[0]:para[1]])
    if not m:
        return None
    return para[0] + m.start(1), para[0] + m.end(1)


def place_match(key, keys) -> bool:
    """Two places are one when they are the same place, or one is the country the other is in.

    Keys are ``(name, country_code, is_country)``; "Kunduz" and "Afghanistan" meet.
    """
    if key is None:
        return False
    for k in keys:
        if k[0] == key[0]:
            return True
        if key[1] and k[1] == key[1] and (k[2] or key[2]):
            return True
    return False


def _compatible_types(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return True
    if a & b:
        return True
    merged = a | b
    return merged <= {"vehicle_ramming", "hijacking"} or merged <= {"bombing", "assassination"} \
        or merged <= {"kidnapping", "hostage_taking"}


def _recall_apart(m: Mention, c: Cluster) -> bool:
    """An attack recalled as the time or reason of another ("following last night's attack on a bank, dynamite
    was hurled against a police station"; ``Mention.recalled``) is an incident of its own: it joins only an
    incident that names the same object, and an incident made of recalled attacks takes only mentions that
    name its object."""
    if m.recalled or (c.mentions and all(x.recalled for x in c.mentions)):
        return not any(same_object(m.target, x.target) for x in c.mentions)
    return False


def _threats_apart(m: Mention, c: Cluster) -> bool:
    """Two threats of one sentence against different objects are two threatened incidents: "(the rebels) have
    announced that they will destroy POWER LINES, and threatened to kill ELECTION OFFICIALS" (MUC-4 codes a
    threatened attack per object threatened). Only when every mention of the incident in that sentence is a
    threat too, and one of the two names a building, line or vehicle (``attacked_object``) the other does not
    name: people told by a common noun name no object, so a threat to kill them is told apart from a threat
    against a thing."""
    if m.mode != "intent":
        return False
    told = [x for x in c.mentions if x.sent_i == m.sent_i]
    if not told or any(x.mode != "intent" for x in told):
        return False
    if not ((m.target and m.target[1]) or any(x.target and x.target[1] for x in told)):
        return False
    return not any(same_object(m.target, x.target) or x.lemma == m.lemma and x.target == m.target for x in told)


def group(mentions: list[Mention], *, place_key, date_key, dated_paras: set[int]) -> list[Cluster]:
    """Clusters of mentions, one per incident, in document order.

    ``place_key(m)`` gives a comparable key for the place a mention is tied to
    (or None); ``date_key(m)`` the same for its date.
    """
    clusters: list[Cluster] = []
    by_para: dict[int, Cluster] = {}
    for m in mentions:
        if m.quoted or m.mode in ("generic", "negated"):
            continue
        pk, dk = place_key(m), date_key(m)
        if m.para_i in dated_paras:
            c = by_para.get(m.para_i)
            if c is None:
                # a dated paragraph may retell an incident mentioned earlier in passing
                c = next((x for x in clusters if x.lead_para is None and place_match(pk, x.place_keys)
                          and not x.strong_types()), None) or Cluster(lead_para=m.para_i)
                c.lead_para = m.para_i
                if c not in clusters:
                    clusters.append(c)
                by_para[m.para_i] = c
            c.add(m)
            if pk:
                c.place_keys.add(pk)
            c.date_key = c.date_key or dk
            continue
        target = None
        mt = {m.type} if m.type in lx.STRONG_TYPES else set()
        separate = m.separate
        # a later mention of a recalled attack's object ("those responsible for Jaramillo's murder") joins it
        recall = next((c for c in reversed(clusters) if m.target and any(
            x.recalled and same_object(m.target, x.target) for x in c.mentions)), None)
        for c in ([] if separate or recall else reversed(clusters)):
            if _recall_apart(m, c):
                continue
            same_sent = m.sent_i in c.sents
            if same_sent and _threats_apart(m, c):
                continue
            if not same_sent and m.target and any(different_things(m.target, x.target) for x in c.mentions) \
                    and not any(x.target and not different_things(m.target, x.target) for x in c.mentions):
                continue   # "the attack on a bank" is not "the attack on the police station"
            if same_sent and _compatible_types(c.strong_types(), mt):
                target = c
                break
            if c.lead_para is not None and c.lead_para != m.para_i and not pk:
                continue
            place_ok = (pk is None and (m.para_i in c.paras or not c.place_keys or m.anaphoric)) \
                or place_match(pk, c.place_keys)
            date_ok = dk is None or c.date_key is None or dk == c.date_key
            near = m.para_i in c.paras or m.para_i - max(c.paras) <= 1
            if place_ok and date_ok and _compatible_types(c.strong_types(), mt) and (near or place_match(pk, c.place_keys)):
                target = c
                break
            if same_sent:
                continue
        target = target or recall
        if target is None:
            target = Cluster()
            clusters.append(target)
        target.add(m)
        if pk:
            target.place_keys.add(pk)
        target.date_key = target.date_key or dk
    return clusters


# --------------------------------------------------------------- one victim, one attack

_HARMED = ("death", "kidnapping", "injury")


def _victim_names(inc: dict) -> list[tuple[tuple[str, ...], str | None]]:
    """(the words of the name, the effect) of each victim ``inc`` names ("JECAR NEGHME, SPOKESMAN OF THE MIR"
    -> (jecar, neghme); "GARCIA ALVARADO, 56" -> (garcia, alvarado)), titles and role words left out."""
    from wirecoder.extract.entities import _POSSESSIVE, _RUN_ON, _untitled

    out = []
    for h in inc["targets"]["human"]:
        if not h.get("is_name"):
            continue
        own = _untitled(_POSSESSIVE.sub("", " ".join(_RUN_ON.sub("", h["text"]).split())))
        ws = tuple(w.lower() for w in re.findall(r"[A-Za-z]{3,}", own))
        if ws:
            out.append((ws, h.get("effect")))
    return out


def _names_meet(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One person: a full name (two words or more) and the other name within it, ending on the same surname
    ("GUERRERO" and "FRANCISCO JOSE GUERRERO"; not "PEDRO" and "PEDRO JESUS HERNANDEZ", not "JUDGES" twice)."""
    short, full = sorted((a, b), key=len)
    return len(full) > 1 and short[-1] == full[-1] and set(short) <= set(full)


class _Tellings:
    """The incidents of a report joined into groups that tell one attack (a union-find over their indices)."""

    def __init__(self, incidents: list[dict]):
        self.incidents = incidents
        self.parent = list(range(len(incidents)))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def days(self, i: int, j: int) -> set:
        """The days told by the groups of ``i`` and ``j``: two days told are two incidents ("killed today" and
        "the murder of Romero took place on 24 March 1980"; an undated retelling does not join two days)."""
        roots = (self.find(i), self.find(j))
        return {(inc.get("date") or {}).get("value") for k, inc in enumerate(self.incidents)
                if self.find(k) in roots} - {None}

    def join(self, i: int, j: int) -> None:
        self.parent[self.find(j)] = self.find(i)

    def groups(self) -> list[list[int]]:
        """The groups, each in index order, sorted by their first index."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.incidents)):
            out.setdefault(self.find(i), []).append(i)
        return sorted(out.values())


def same_victim_groups(incidents: list[dict]) -> list[list[int]]:
    """Indices of the incidents that tell one attack on one named person, retold in another sentence of the
    report ("condemned the murder of Jecar Neghme" ... "the public alarm over the murder of Jecar Neghme on a
    street in Santiago"; "the kidnapping of Delgado Parker" ... "Delgado Parker was kidnapped in downtown Lima"),
    each group in document order; incidents told alone are groups of one.

    Two incidents are one when a person one of them names as killed, wounded or kidnapped is a victim the other
    names (one name's words within the other's: "Guerrero" and "Francisco Jose Guerrero"), or when the other
    names no target at all and its sentences name that person in full (two words or more). A person is killed
    once; an attack told apart from the killing it retells would have targets of its own."""
    n = len(incidents)
    tellings = _Tellings(incidents)
    find = tellings.find

    names = [_victim_names(inc) for inc in incidents]
    told = [" ".join(" ".join(e["text"].split()) for e in inc.get("evidence", [])).lower() for inc in incidents]
    for i in range(n):
        for j in range(i + 1, n):
            if find(i) == find(j) or not _may_be_one(incidents[i], incidents[j]):
                continue
            same = len(tellings.days(i, j)) <= 1 and any(_names_meet(a, b) and (ea in _HARMED or eb in _HARMED)
                                          for a, ea in names[i] for b, eb in names[j])
            if not same:
                for k, other in ((i, j), (j, i)):
                    t = incidents[other]["targets"]
                    if t["human"] or t["physical"]:
                        continue
                    if any(e in _HARMED and len(a) > 1 and all(re.search(rf"\b{w}\b", told[other]) for w in a)
                           for a, e in names[k]):
                        same = True
                        break
            if same:
                tellings.join(i, j)
    return tellings.groups()


# --------------------------------------------------------------- one building, one attack

_DEFINITE = re.compile(r"\b(?:the|its|their|this|that|today's|yesterday's)\s+(?:[\w.'-]+\s+){0,3}$", re.I)


def _things(inc: dict, sdoc, definite: bool) -> dict[str, set[frozenset]]:
    """The head words of the buildings, vehicles and the like an incident names as its physical targets
    ("A U.S. STATE DEPARTMENT HERCULES C-123 CARGO PLANE" -> plane, "TWO BANKS" -> bank+); with ``definite``, only those named as
    known already ("THE FRONT PART OF THE PLANE", "NEAR THE U.S. EMBASSY"), each with the proper names of the
    targets it heads (one set of words per target; not a country's: "AMERICAN EMBASSY" and "U.S. EMBASSY")."""
    out: dict[str, set[frozenset]] = {}
    text = sdoc.text
    for t in inc["targets"]["physical"]:
        s, e = t["span"]
        span = sdoc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root.lemma_.lower()
        if head not in lx.PHYSICAL_TARGET_TYPES:
            continue
        if definite and not (_DEFINITE.search(text[max(0, s - 60):s] + " ")
                             or span[0].lower_ in ("the", "its", "their")):
            continue
        # one institute and "the cultural institutes in Vina del Mar, Talca and Temuco" are not the same
        kind = head + ("+" if span.root.tag_ in ("NNS", "NNPS") else "")
        out.setdefault(kind, set()).add(frozenset(
            w.lower_ for w in span if w.pos_ == "PROPN" and w != span.root and w.ent_type_ not in ("GPE", "NORP")))
    return out


# "another bomb", "the presidential house, which was also attacked", "a charge was also placed on the pipeline"
_ANOTHER = re.compile(r"\b(?:another|also)\b", re.I)


def _may_be_named_alike(a: set[frozenset], b: set[frozenset]) -> bool:
    """Things of one kind that may be one: not both named, by names with no word in common ("CRISTIANI'S
    RESIDENCE" and "THE RESIDENCE OF VICE PRESIDENT ROBERTO ANGULO")."""
    return any(not x or not y or x & y for x in a for y in b)


def _perp_heads(inc: dict) -> set[str]:
    return {w[-1] for p in inc["perpetrators"]["individuals"] if (w := re.findall(r"[a-z]+", p["text"].lower()))}


def _same_toll(a: dict, b: dict) -> bool:
    """One killing told twice without a target to name it: the same dead counted (two or more) on the same day
    told by both, by attackers of one kind ("ARMY TROOPS KILLED NINE PEASANTS BY MISTAKE ON 17 AUGUST" ... "THE
    ARMY TROOPS ... FIRED AT THEM ... NINE CIVILIANS HAD BEEN KILLED")."""
    ka, kb = ((i.get("casualties") or {}).get("killed") or {} for i in (a, b))
    day = (a.get("date") or {}).get("value")
    return bool(ka.get("value") and ka["value"] >= 2 and ka["value"] == kb.get("value")
                and day and day == (b.get("date") or {}).get("value") and a["type"] == b["type"] != "other"
                and _perp_heads(a) & _perp_heads(b))


def _untargeted_retelling(a: dict, b: dict) -> bool:
    """An attack told again by its doers alone: the later telling names no target, no dead or wounded and no day
    of its own, and the same kind of attackers made the same kind of attack ("A POLICEMAN WAS WOUNDED TODAY WHEN
    URBAN GUERRILLAS ATTACKED THE GUARDS AT A POWER SUBSTATION" ... "SEVERAL URBAN GUERRILLAS OPENED FIRE ON
    MEMBERS OF THE NATIONAL POLICE WHO WERE GUARDING A ... SUBSTATION")."""
    if b["targets"]["human"] or b["targets"]["physical"] or b.get("casualties") \
            or (b.get("date") or {}).get("value"):
        return False
    if any(_ANOTHER.search(e["text"]) for e in b.get("evidence", [])):
        return False
    return a["type"] == b["type"] != "other" and bool(_perp_heads(a) & _perp_heads(b))


def _unplaced(inc: dict) -> bool:
    """No place, or a name the gazetteer does not know ("LEMPA RIVER", read from a company's name)."""
    loc = inc.get("location") or {}
    return not loc or not loc.get("country_code") and not loc.get("geonameid")


def _telling_start(inc: dict) -> int:
    return min((e["span"][0] for e in inc.get("evidence", []) if e.get("span")), default=0)


def _people_words(h: dict) -> set[str]:
    """The words of a human target's text that name people by their trade or kind, singular ("JESUIT PRIESTS" ->
    jesuit, priest)."""
    return {n for w in re.findall(r"[a-z]+", h["text"].lower()) if (n := lx.people_noun(w))}


def _described_retelling(told: dict, other: dict) -> bool:
    """A killing named in passing by its victims' description ("following the murder of the Jesuits", "the six
    Jesuits' slaying"), told only by nouns, whose dead are all people the other incident counts among its dead by
    the same word ("six Jesuit priests were murdered"): one killing told twice. Not an incident with things hit or
    a named victim of its own."""
    human = told["targets"]["human"]
    if not human or told["targets"]["physical"] or any(h.get("is_name") or h.get("effect") != "death" for h in human):
        return False
    dead = [_people_words(h) for h in other["targets"]["human"] if h.get("effect") == "death"]
    return all(any(_people_words(h) & d for d in dead) for h in human)


def same_object_groups(incidents: list[dict], sdoc, passing: list[bool] | None = None) -> list[list[int]]:
    """Indices of the incidents that tell one attack on one building or vehicle, told again later with the
    definite article ("A ... CARGO PLANE WAS PARTIALLY DESTROYED WHEN AN INCENDIARY BOMB EXPLODED" ... "THE
    FRONT PART OF THE PLANE ... WERE BURNED WHEN A BOMB ... EXPLODED"), each group in document order.

    Two incidents are one when the later names as its target, as a thing known already, a thing of the same
    kind (its head word) the earlier names, both are placed alike (the same place, or one has none), no two
    days are told, their types go together (a burning a bomb caused goes with the bombing) and the later does
    not tell "another" attack or one "also" made. An incident told only by nouns (``passing``) that names its dead
    by the words the other names its dead (``_described_retelling``) is one with it too."""
    n = len(incidents)
    tellings = _Tellings(incidents)
    find = tellings.find

    order = sorted(range(n), key=lambda i: _telling_start(incidents[i]))
    things = {i: _things(incidents[i], sdoc, definite=False) for i in range(n)}
    known = {i: _things(incidents[i], sdoc, definite=True) for i in range(n)}
    for x, i in enumerate(order):
        for j in order[x + 1:]:
            if find(i) == find(j):
                continue
            a, b = incidents[i], incidents[j]
            # one thing of that kind in the later telling: "the La Eminencia farm near the Santo Tomas farm"
            # names two farms, one of them only to place the other
            same_thing = any(len(things[j][h]) == 1 and _may_be_named_alike(things[i][h], things[j][h])
                             for h in set(things[i]) & set(known[j]))
            described = bool(passing) and (passing[j] and _described_retelling(b, a)
                                           or passing[i] and _described_retelling(a, b))
            retold = _untargeted_retelling(a, b) or described
            if not (same_thing and not any(_ANOTHER.search(e["text"]) for e in b.get("evidence", []))
                    or _same_toll(a, b) or retold):
                continue
            if not _types_go_together(a, b) or not (_placed_alike(a, b) or retold and _unplaced(b)):
                continue
            # a killing named in passing takes the day of the sentence that names it ("today ... following the
            # murder of the Jesuits"), not of the killing
            if len(tellings.days(i, j)) <= 1 or described:
                tellings.join(i, j)
    return tellings.groups()


def _by_span(items: list[dict]) -> list[dict]:
    seen, out = set(), []
    for x in items:
        key = tuple(x["span"]) if x.get("span") else x.get("text")
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


def joined(incs: list[dict]) -> dict:
    """One incident from the tellings ``incs`` of one attack (in document order): the first telling's fields
    where it has them, the others' where it has none; targets, weapons, perpetrators and evidence of all; the
    first type in ``lexicon.TYPE_PRIORITY``."""
    import copy

    if len(incs) == 1:
        return incs[0]
    out = copy.deepcopy(incs[0])
    types = [i["type"] for i in incs]
    out["type"] = next((t for t in lx.TYPE_PRIORITY if t in types), out["type"])
    told = {t for i in incs for t in [i["type"], *i.get("other_types", [])]}
    out["other_types"] = [t for t in lx.TYPE_PRIORITY if t in told and t not in (out["type"], "other")]
    for other in incs[1:]:
        for key in ("date", "date_context"):
            if not out.get(key) and other.get(key):
                out[key] = copy.deepcopy(other[key])
        loc, oloc = out.get("location") or {}, other.get("location") or {}
        if oloc and (not loc or loc.get("inferred_from") == "dateline" and oloc.get("inferred_from") != "dateline"):
            out["location"] = copy.deepcopy(oloc)
        for part, key in (("targets", "human"), ("targets", "physical"), ("perpetrators", "individuals"),
                          ("perpetrators", "organizations")):
            out[part][key] = _by_span(out[part][key] + copy.deepcopy(other[part][key]))
        out["weapons"] = _by_span(out["weapons"] + copy.deepcopy(other["weapons"]))
        for key, value in (other.get("casualties") or {}).items():
            out.setdefault("casualties", {}).setdefault(key, copy.deepcopy(value))
        out["evidence"] = sorted(_by_span(out["evidence"] + copy.deepcopy(other["evidence"])),
                                 key=lambda e: e["span"][0])
        if out.get("stage") != "accomplished" and other.get("stage") == "accomplished":
            out["stage"] = "accomplished"
        out["suicide"] = out.get("suicide") or other.get("suicide")
        out["confidence"] = max(out.get("confidence") or 0.0, other.get("confidence") or 0.0)
        if other.get("source") != "learned":
            out.pop("source", None)
    return out


def _types_go_together(a: dict, b: dict) -> bool:
    """One type, or none told ("other"): an attack on a building and a bomb at it are two acts (MUC-4's keys
    hold an ATTACK and a BOMBING on one restaurant); a burning a bomb caused is the bombing's."""
    types = {a["type"], b["type"]} - {"other"}
    if len(types) <= 1:
        return True
    arson = a if a["type"] == "arson" else b
    return types == {"bombing", "arson"} and any(w.get("type") == "explosives" for w in arson["weapons"])


def _placed_alike(a: dict, b: dict) -> bool:
    la, lb = a.get("location") or {}, b.get("location") or {}
    if not la or not lb or "dateline" in (la.get("inferred_from"), lb.get("inferred_from")):
        return la.get("country_code") == lb.get("country_code") or not la or not lb
    return la.get("name") == lb.get("name")


def _may_be_one(a: dict, b: dict) -> bool:
    """Two acts of their own are two incidents even where both name one victim ("burned three vehicles" and
    "blew up a power pylon" to protest a candidate's murder): both with physical targets, or of two strong types
    that do not go together."""
    if a["targets"]["physical"] and b["targets"]["physical"]:
        return False
    return _compatible_types({a["type"]} & lx.STRONG_TYPES, {b["type"]} & lx.STRONG_TYPES)


def merged(clusters: list[Cluster]) -> Cluster:
    """One cluster of the mentions of ``clusters`` (in text order)."""
    out = Cluster()
    for m in sorted((m for c in clusters for m in c.mentions), key=lambda m: m.token_i):
        out.add(m)
    for c in clusters:
        out.place_keys |= c.place_keys
        out.lead_para = out.lead_para if out.lead_para is not None else c.lead_para
        out.date_key = out.date_key or c.date_key
    return out
