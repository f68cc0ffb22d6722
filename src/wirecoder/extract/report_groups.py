"""The armed group a report is about, as the perpetrator of its incidents that name no group.

A report often names the group once, in a paragraph of its own ("A REPORT PUBLISHED BY THE MOUTHPIECE OF THE
GUATEMALAN NATIONAL REVOLUTIONARY UNITY (URNG) SAYS THAT A GUERRILLA COLUMN ATTACKED THE FARM"; "... WHERE THE
ACTIVITIES OF SHINING PATH'S TERRORIST GANGS ARE MORE WIDESPREAD"), and tells its attacks with "guerrillas",
"terrorists" or no doer at all. The MUC-4 keys give that group as the perpetrator organisation of those
attacks. ``assign_report_groups`` gives each incident that has no organisation and is not the state's doing
the known group (``normalize.groups``) the report names most often among those whose home country is the
incident's country and that it names near the incident (``MAX_DISTANCE``); a group with no home country in
the table (a transnational one) or of another country is never given. The organisation is marked ``inferred_from: "report"`` with confidence ``possible``: the incident's own
sentences do not name it, so it is no reported fact.
"""

from __future__ import annotations

from wirecoder.extract.incidents import evidence_distance
from wirecoder.normalize import groups
from wirecoder.schema import evidence_dict


def report_groups(text: str, start_at: int = 0) -> list[tuple[str, str | None, list[tuple[int, int]]]]:
    """The known groups the report names after ``start_at`` (its dateline), most named first, ties by their
    first mention: (canonical name, home country, the spans of its mentions)."""
    hits = [(s, e, name) for s, e, name in groups.find(text) if s >= start_at]
    spans: dict[str, list[tuple[int, int]]] = {}
    for s, e, name in hits:
        spans.setdefault(name, []).append((s, e))
    order = sorted(spans, key=lambda n: (-len(spans[n]), spans[n][0][0]))
    return [(n, (groups.get(n) or {}).get("country"), spans[n]) for n in order]


# how far (characters) from the incident's sentences the report may name the group: about three paragraphs
# (MUC-4 train, the groups this gives: 1 of 18 right beyond 1,000 characters, 52 of 170 in all)
MAX_DISTANCE = 1000


def doers_group(perps: dict, text: str) -> bool:
    """Give an incident with no organisation the known group its own doers' words name ("GUERRILLAS OF THE
    ELN", a learned band noun with its "of" phrase), told as fact: its sentences say the group's men did it.
    Doers the report gave (``inferred_from``) do not count. True if it gave one."""
    if perps["organizations"]:
        return False
    for ind in perps["individuals"]:
        if ind.get("inferred_from") or not ind.get("span"):
            continue
        hits = groups.find(ind["text"])
        if hits:
            s, e, name = hits[-1]   # "MEMBERS OF THE 8TH FRONT OF THE FARC": the group they belong to
            a = ind["span"][0]
            perps["organizations"].append({"name": name, **evidence_dict(text, a + s, a + e),
                                           "confidence": "reported_as_fact"})
            return True
    return False


def assign_report_groups(record: dict, start_at: int = 0, home: str | None = None) -> None:
    """``home``: the country the report was filed from, for an incident with no country of its own."""
    found = None
    text = record["text"]
    for inc in record["incidents"]:
        perps = inc["perpetrators"]
        if perps["organizations"] or perps.get("category") == "state_sponsored" or doers_group(perps, text):
            continue
        cc = (inc.get("location") or {}).get("country_code") or home
        if not cc:
            continue
        if found is None:
            found = report_groups(text, start_at)
        name = next(((n, spans) for n, country, spans in found if country == cc and min(
            evidence_distance(inc, s, e) for s, e in spans) <= MAX_DISTANCE), None)
        if name is None:
            continue
        n, spans = name
        s, e = spans[0]
        # the report does not say this group did it: a possibility, until a sentence claims it for the group or
        # blames it (``confidence.settle_confidence``)
        perps["organizations"].append({"name": n, **evidence_dict(text, s, e), "confidence": "possible",
                                       "inferred_from": "report"})
