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


def settle_confidence(record: dict, sents: list[tuple[int, int]]) -> None:
    """``sents``: the document's sentences as character spans."""
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
