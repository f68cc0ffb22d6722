"""The armed group a report is about, as the perpetrator of its incidents that name no group.

A report often names the group once, in a paragraph of its own ("A REPORT PUBLISHED BY THE MOUTHPIECE OF THE
GUATEMALAN NATIONAL REVOLUTIONARY UNITY (URNG) SAYS THAT A GUERRILLA COLUMN ATTACKED THE FARM"; "... WHERE THE
ACTIVITIES OF SHINING PATH'S TERRORIST GANGS ARE MORE WIDESPREAD"), and tells its attacks with "guerrillas",
"terrorists" or no doer at all. The MUC-4 keys give that group as the perpetrator organisation of those
attacks. ``assign_report_groups`` gives each incident that has no organisation and is not the state's doing
the known group (``normalize.groups``) the report names most often among those whose home country is the
incident's country; a group with no home country in the table (a transnational one) or of another country
is never given. The organisation is marked ``inferred_from: "report"``: the incident's own sentences do not
name it.
"""

from __future__ import annotations

from collections import Counter

from wirecoder.normalize import groups
from wirecoder.schema import evidence_dict


def report_groups(text: str, start_at: int = 0) -> list[tuple[str, str | None, int, int]]:
    """The known groups the report names after ``start_at`` (its dateline), most named first, ties by their
    first mention: (canonical name, home country, start, end of the first mention)."""
    hits = [(s, e, name) for s, e, name in groups.find(text) if s >= start_at]
    counts = Counter(name for _, _, name in hits)
    first: dict[str, tuple[int, int]] = {}
    for s, e, name in hits:
        first.setdefault(name, (s, e))
    order = sorted(counts, key=lambda n: (-counts[n], first[n][0]))
    return [(n, (groups.get(n) or {}).get("country"), *first[n]) for n in order]


def assign_report_groups(record: dict, start_at: int = 0, home: str | None = None) -> None:
    """``home``: the country the report was filed from, for an incident with no country of its own."""
    found = None
    text = record["text"]
    for inc in record["incidents"]:
        perps = inc["perpetrators"]
        if perps["organizations"] or perps.get("category") == "state_sponsored":
            continue
        cc = (inc.get("location") or {}).get("country_code") or home
        if not cc:
            continue
        if found is None:
            found = report_groups(text, start_at)
        name = next(((n, s, e) for n, country, s, e in found if country == cc), None)
        if name is None:
            continue
        n, s, e = name
        perps["organizations"].append({"name": n, **evidence_dict(text, s, e), "confidence": "reported_as_fact",
                                       "inferred_from": "report"})
