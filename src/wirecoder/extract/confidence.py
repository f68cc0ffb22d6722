"""How sure the whole report is of a perpetrator organisation.

The sentence that ties a group to an attack often says only what it did ("a
commando of the MRTA abducted Delgado"); a later sentence may say that the
group claimed it ("the MRTA has claimed responsibility for the kidnapping") or
that the authorities blame it ("President Cristiani blamed the FMLN for the
minister's death"). ``settle_confidence`` reads the report's other sentences
that name an organisation of an incident told as fact and raises its
``confidence`` to ``claimed`` or ``suspected`` (with ``accused_by:
"authorities"`` when they accuse), with the sentence as the value's
``confidence_evidence``. A sentence speaks of the incident nearest to it among
those that name the group, and only when it speaks of an act ("the attack",
"the crime", "the kidnapping", "responsible for").

``share_confidence`` then gives a group still told as fact in one incident the
claim or accusation that settled it in the report's other incidents, when all
of those agree: a report that says once that the authorities blame the FMLN
for the attorney general's murder is no surer of the FMLN's guilt where it
tells the attack on his car.
"""

from __future__ import annotations

import re

from wirecoder.extract import fields as F
from wirecoder.extract.incidents import evidence_distance
from wirecoder.normalize import groups
from wirecoder.schema import evidence_dict

_ACT_WORDS = re.compile(r"\b(?:attack\w*|crimes?|murder\w*|kill\w*|kidnap\w*|abduct\w*|assassinat\w*|bomb\w*|"
                        r"dynamit\w*|actions?|deaths?|massacres?|explosions?|responsib\w*|committed|carried out)\b")
_SUSPECT = re.compile(r"\b(?:blam\w*|accus\w*|attribut\w*|suspect\w*|presum\w*|holds? [^.;]{0,80} responsible|"
                      r"(?:said|says|say|stated|asserted|maintained|charged) that [^.;]{0,80}\b(?:is|are|was|were) "
                      r"responsible|believed to be|allegedly)\b")


def _names(org: dict) -> list[str]:
    out = {org["text"]} | {m["text"] for m in org.get("mentions", [])}
    if org.get("name"):
        out.add(org["name"])
    return [" ".join(x.split()) for x in out if len(x.strip()) > 1]


def _pattern(names: list[str]) -> re.Pattern:
    alts = sorted((r"\s+".join(re.escape(w) for w in n.split()) for n in names), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)


_DENIAL = re.compile(r"\b(?:not|deny|denies|denied|denying|never)\b")


def self_report(pat: re.Pattern, sent: str, low: str) -> bool:
    """The group itself reports the act ("THE FMLN REPORTS THAT URBAN COMMANDO UNITS STAGED ATTACKS ON ..."):
    a claim, unless the sentence denies."""
    own = re.search(pat.pattern + r"[^.;]{0,60}?\b(?:reports?|reported|announced|announces)\s+that\b", sent,
                    re.IGNORECASE)
    return own is not None and not _DENIAL.search(low)


def settle_confidence(record: dict, sents: list[tuple[int, int]], start_at: int = 0) -> None:
    """``sents``: the document's sentences as character spans; ``start_at``: where the report's body begins (after
    its dateline)."""
    text = record["text"]
    incidents = record["incidents"]
    named_in: dict[tuple[int, int], set[str]] = {}   # the known groups each sentence names
    telling: list[tuple[int, int, str]] = []           # the sentences that speak of an act, in lower case
    for s, e in sents:
        low = " ".join(text[s:e].lower().split())
        if _ACT_WORDS.search(low):
            telling.append((s, e, low))

    def names_org(s: int, e: int, org: dict, pat: re.Pattern) -> bool:
        if pat.search(text[s:e]):
            return True
        if (s, e) not in named_in:
            named_in[s, e] = {name for _, _, name in groups.find(text[s:e])}
        return bool(org.get("name")) and org["name"] in named_in[s, e]

    for inc in incidents:
        for org in inc["perpetrators"]["organizations"]:
            if org.get("confidence") != "reported_as_fact" and org.get("inferred_from") != "report":
                continue
            pat = _pattern(_names(org))
            naming = [i for i in incidents
                      if any(pat.search(o["text"]) or (o.get("name") and o.get("name") == org.get("name"))
                             for o in i["perpetrators"]["organizations"])]
            found = None
            for s, e, low in telling:
                if not names_org(s, e, org, pat):
                    continue
                # a group the report gave the incident (``report_groups``) is the report's: any sentence settles it
                if org.get("inferred_from") != "report" and \
                        min(naming, key=lambda i: evidence_distance(i, s, e)) is not inc:
                    continue
                if F.claims_responsibility(low) or self_report(pat, text[s:e], low):
                    found = ("claimed", s, e)
                    break
                if found is None and _SUSPECT.search(low) and not re.search(r"\bno group\b", low):
                    found = ("suspected", s, e)
            if found is None:
                continue
            conf, s, e = found
            org["confidence"] = conf
            org["confidence_evidence"] = evidence_dict(text, s, e)
            if conf == "suspected" and F.accused_by_authorities(text[s:e].lower()):
                org["accused_by"] = "authorities"

    own_communique(record, start_at)
    share_confidence(record)


_PAPER = r"(?:communiques?|documents?|statements?|bulletins?|press releases?)"
# the report cites the group's paper as it tells the act ("THE FMLN, THE DOCUMENT ADDS, REITERATES ...", "THE
# REBEL COMMUNIQUE READS: ...")
_CITES_PAPER = re.compile(r"\b(?:the|its|this|that|rebel|group'?s?)\s+" + _PAPER +
                          r"\b[^.;]{0,40}?\b(?:adds?|added|reads?|says?|said|states?|stated|reports?|reported|"
                          r"continues?|concludes?)\b|\b" + _PAPER + r"\s+on\s+the\s+(?:incidents?|attacks?|actions?)\b")
# the group speaks of its own doing: "WE HAVE DECIDED TO RELEASE ...", "A CLASH WITH OUR UNITS" (not what it
# says or thinks, "WE RECALL THE ATTACK THAT D'AUBUISSON PERPETRATED", nor "OUR ATTENTION HAS BEEN DRAWN TO ...")
_FIRST_PERSON = re.compile(r"\bwe\s+(?>(?:(?:also|again|still|\w+ly|have|had)\s+)*)(?!(?:recall|remember|believe|think|know|hope|condemn|reject|"
                           r"reiterate|repeat|call|demand|warn|want|wish|ask|urge|denounce|affirm|confirm|state|"
                           r"declare|say|regret|consider|express|are|were|am|learned|heard|been)\b)\w+|\bour\s+(?:\w+\s+)?(?:units?|forces|fighters|combatants|commandos?|guerrillas|"
                           r"troops|militants|men|members|columns?|cells?|squads?)\b")
_THREAT = re.compile(r"\bwe\s+(?:will|shall|would|are going to|warn\w*|call)\b")
_NO = re.compile(r"\b(?:not|no|none|nothing|neither|nor|deny|denies|denied|denying|never)\b")
# the paper is the group's: the group's name just before it ("THE FMLN COMMUNIQUE", "THE FMLN ISSUED A
# COMMUNIQUE", "SAID IN A BULLETIN") or just after it ("[COMMUNIQUE] [THE EXTRADITABLES]", "[COMMUNIQUE] [GENERAL
# COMMAND OF THE FMLN]", "A DOCUMENT SIGNED BY THE FMLN"); not "STATEMENTS AFFIRMING THAT THE ARMED FORCES ..."
_GROUP_THEN_PAPER = re.compile(r"^\W*(?:(?:issued|released|sent|published|broadcast|read|a|an|its|their|general|"
                               r"command|in|said|says|today|yesterday|has|have|had)\W+){0,5}$", re.IGNORECASE)
_PAPER_THEN_GROUP = re.compile(r"^\W*(?:(?:signed|issued|released|sent|by|from|of|the|general|command|national|"
                               r"directorate|leadership)\W+){0,6}$", re.IGNORECASE)
OPENING = 300   # characters after the dateline in which a report that is the group's paper says so


def _papers(text: str, pat: re.Pattern) -> list[int]:
    """Where the report names the group's own paper (the group's mention's offset)."""
    out = []
    for m in pat.finditer(text):
        before = list(re.finditer(r"\b" + _PAPER + r"\b", text[max(0, m.start() - 60):m.start()], re.IGNORECASE))
        after = re.search(r"\b" + _PAPER + r"\b", text[m.end():m.end() + 60], re.IGNORECASE)
        if (after and _GROUP_THEN_PAPER.match(text[m.end():m.end() + after.start()])) or \
                (before and _PAPER_THEN_GROUP.match(text[max(0, m.start() - 60) + before[-1].end():m.start()])):
            out.append(m.start())
    return out


def own_communique(record: dict, start_at: int = 0) -> None:
    """A group whose own communique the report is, or cites, claims what the report tells it doing: a group told
    as fact in an incident whose sentences cite the group's paper ("THE FMLN, THE DOCUMENT ADDS, ..."; "THIS WAS
    THE RECENT FMLN COMMUNIQUE ON THE INCIDENTS ...") or, where the report opens with the group's paper
    ("[COMMUNIQUE] [THE EXTRADITABLES]", "THE FMLN ISSUED A COMMUNIQUE ..."), speak as "we" ("WE HAVE DECIDED TO
    RELEASE MRS PATRICIA ECHAVARRIA ... WHO ARE BEING HELD HOSTAGE"), is CLAIMED OR ADMITTED (template definition,
    slot 11). Sentences that deny ("WE DID NOT PARTICIPATE IN ...", "THE FMLN BEARS NO RESPONSIBILITY") or
    threaten ("WE WILL BURN AND BLOW UP VEHICLES") say nothing."""
    text = record["text"]
    for inc in record["incidents"]:
        for org in inc["perpetrators"]["organizations"]:
            if org.get("confidence") != "reported_as_fact":
                continue
            pat = _pattern(_names(org))
            papers = _papers(text, pat)
            if not papers:
                continue
            opens = any(p - start_at < OPENING for p in papers)
            for ev in inc.get("evidence", []):
                low = " ".join(ev["text"].lower().split())
                if _NO.search(low) or _THREAT.search(low):
                    continue
                if _CITES_PAPER.search(low) or (opens and _FIRST_PERSON.search(low)):
                    org["confidence"] = "claimed"
                    org["confidence_evidence"] = {k: ev[k] for k in ("text", "span") if k in ev}
                    break


# the group's mention followed, within three words, by a verb of attack: the sentence tells it as the doer (not
# an infinitive: "CONVINCING THE FMLN TO STOP MURDERING CITIZENS", but "ISIS WANTED TO BOMB KOBANE")
_DOER_AFTER = re.compile(r"^\W*(?:(?!to\b)[\w'\"-]+\W+){0,3}?(?:(?:wants?|wanted|plann?\w*|tried|tries|attempt\w*|"
                         r"intend\w*|sought|seeks?)\s+to\s+)?(?:attack|dynamit|bomb|kill|murder|kidnap|abduct|destroy|blew|"
                         r"burn|assassinat|ambush|shot|fired|seiz|raid|massacr)\w*", re.IGNORECASE)


def _told_as_doer(text: str, org: dict) -> bool:
    span = org.get("span")
    if not span:
        return False
    rest = re.split(r"[.;]", text[span[1]:span[1] + 80], maxsplit=1)[0]
    return _DOER_AFTER.search(rest) is not None


def share_confidence(record: dict) -> None:
    """A group told as fact in an incident takes the confidence (with its evidence and accuser) the report gave
    it wherever else it names it, when those are all settled one way (claimed, or suspected by the
    same accuser); a group any other incident tells as fact, or that other incidents settle differently, keeps
    its own, as does one whose own mention tells it doing an act ("FMLN GUERRILLAS DYNAMITED A SUBSTATION"), and
    one that several sentences settle, each for an attack of its own."""
    incidents = record["incidents"]
    for inc in incidents:
        for org in inc["perpetrators"]["organizations"]:
            if org.get("confidence") != "reported_as_fact" or not org.get("name") or _told_as_doer(record["text"], org):
                continue
            others = [o for i in incidents for o in i["perpetrators"]["organizations"]
                      if o is not org and o.get("name") == org["name"]]
            kinds = {(o.get("confidence"), o.get("accused_by")) for o in others}
            if len(kinds) != 1 or next(iter(kinds))[0] not in ("claimed", "suspected"):
                continue
            # several sentences each claiming (or blaming it for) an attack of its own: a report of several
            # attacks, each settled by its own sentence ("ISIS claims responsibility", told three times)
            if len({tuple(o["confidence_evidence"]["span"]) for o in others if o.get("confidence_evidence")}) > 1:
                continue
            src = others[0]
            org["confidence"] = src["confidence"]
            if src.get("confidence_evidence"):
                org["confidence_evidence"] = src["confidence_evidence"]
            if src.get("accused_by"):
                org["accused_by"] = src["accused_by"]
