"""The doers a report names once for several attacks, as the perpetrators of its incidents that name none.

A report often says who did a run of attacks in one sentence and tells each attack in sentences of its own
with no doer: "DURING THE LAST FEW HOURS TERRORISTS STAGED THREE BOMB ATTACKS AGAINST U.S. ... CHURCHES" and
then each church; "AUTHORITIES ATTRIBUTE THE ATTACKS TO DRUG TRAFFICKERS" after three bombings told one by one;
"SINCE THEN, DRUG TRAFFICKERS BEGAN A SERIES OF ATTACKS". The MUC-4 keys give those doers (PERP: INDIVIDUAL
ID) to each attack. ``assign_report_doers`` finds such sentences (an event noun for more than one attack --
plural, counted, or "a series of" -- whose doer ``fields.attributed`` reads: the subject of a verb of doing, the
agent, "responsible for", "attribute ... to") and gives their doers, when they are a noun for attackers (not a
name, not the state's forces, not where the sentence names a known group), to every incident near them (``MAX_DISTANCE``)
that names no doer of its own (no individual, no organisation but one ``report_groups`` inferred), marked
``inferred_from: "report"``.
"""

from __future__ import annotations

from wirecoder.extract import fields as F
from wirecoder.extract import lexicon as lx
from wirecoder.extract.incidents import evidence_distance
from wirecoder.normalize import groups
from wirecoder.schema import evidence_dict

# characters between the sentence and the incident's evidence (the report groups' reach, ``report_groups``)
MAX_DISTANCE = 1000
_EVENT_NOUNS = {w for w, t in lx.TRIGGERS.items() if " " not in w and t != "forced_work_stoppage"} | {
    "attack", "bombing", "killing", "murder", "assassination", "kidnapping", "abduction", "action"}


def _several(noun) -> bool:
    """The noun tells more than one act: "attacks", "three bomb attacks", "a series of attacks"."""
    if noun.tag_ == "NNS":
        return True
    if any(c.dep_ == "nummod" and c.lower_ not in ("one", "1", "a") for c in noun.children):
        return True
    h = noun.head
    return noun.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_.lower() in F.SERIES_NOUNS


def report_doers(sdoc) -> list:
    """Tokens that the report names as the doers of several attacks, with the event noun: (doer, noun)."""
    out = []
    for tok in sdoc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _EVENT_NOUNS or not _several(tok):
            continue
        for agent in F.attributed(tok):
            if agent.pos_ != "NOUN":
                continue   # names and pronouns: only nouns for attackers
            if not (F.doer_noun(agent) or agent.lemma_.lower() in F.DOER_NOUNS):
                continue
            phrase = F.noun_phrase(agent).text
            if lx.STATE_AGENT_WORDS.search(phrase.lower()):
                continue   # "troops launched attacks": the forces' operations, not a terrorist act
            if groups.find(F.span_text(agent.sent)):
                continue   # "by the extremist grouping Sendero Luminoso": a group's deeds (``report_groups``)
            out.append((agent, tok))
    return out


def assign_report_doers(record: dict, sdoc) -> None:
    text = record["text"]
    found = None
    for inc in record["incidents"]:
        perps = inc["perpetrators"]
        if perps["individuals"] or perps.get("category") == "state_sponsored":
            continue
        if any(o.get("inferred_from") != "report" for o in perps["organizations"]):
            continue   # its own sentences name who did it ("Shining Path members murdered 19 people")
        if found is None:
            found = report_doers(sdoc)
        if not found:
            return
        near = [(evidence_distance(inc, a.sent.start_char, a.sent.end_char), a) for a, _ in found]
        near = [x for x in near if x[0] <= MAX_DISTANCE]
        if not near:
            continue
        agent = min(near, key=lambda x: x[0])[1]
        span = F.filler_span(agent, counted=True)
        if span is None:
            continue
        perps["individuals"].append(evidence_dict(text, *span, named=False, inferred_from="report"))
