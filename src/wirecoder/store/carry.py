"""Reviewers' work survives a changed document: when a re-ingested report replaces its records, the reviews of
its old incidents are carried to the new ones where the report still says the same thing.

The rule, per reviewed field value (accepted, corrected or rejected):

* the old incident is matched to the new incident that shares the most evidence sentences with it (one to one);
* if the new extraction of that field still gives what the reviewer saw (the same value and words, wherever
  they now stand), the review is carried: the status, and for a correction its value, with its evidence moved
  to where the same words stand in the new text;
* otherwise the report changed what it says ("at least 35" where it said 20): the new extraction stands and a
  ``superseded`` audit row keeps what the reviewer had decided.

An incident keeps its review status (accepted, rejected) only when every reviewed value was carried and no other
value changed; otherwise it goes back to ``in_review``. Every carried or superseded decision writes an audit
row by the user ``wirecoder``; the reviewers' own audit rows stay as they were.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from sqlalchemy import insert, select, update

from wirecoder.store.db import field_values, incident_columns, incidents, now, review_edits

SYSTEM_USER = "wirecoder"


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).lower()


def _key(value: Any) -> Any:
    """What a reviewer saw of a value, without where it stood: its words and its normalised value."""
    if isinstance(value, dict):
        return (value.get("value"), _norm(value.get("text")), value.get("type"), value.get("name"))
    return value


def snapshot(conn, old_ids: list[str]) -> list[dict]:
    """The old incidents of a document with their reviewed field values, read before they are deleted."""
    if not old_ids:
        return []
    rows = [dict(r._mapping) for r in conn.execute(select(field_values).where(field_values.c.incident_id.in_(old_ids))
                                                   .order_by(field_values.c.id))]
    first_old: dict[tuple[str, str], Any] = {}
    for e in conn.execute(select(review_edits).where(review_edits.c.incident_id.in_(old_ids))
                          .order_by(review_edits.c.id)):
        if e.field is not None:
            first_old.setdefault((e.incident_id, e.field), e.old_value)
    out = []
    for inc in conn.execute(select(incidents).where(incidents.c.id.in_(old_ids))):
        own = [r for r in rows if r["incident_id"] == inc.id]
        reviewed = [dict(r, original=first_old.get((inc.id, r["field"]), r["value"]))
                    for r in own if r["status"] != "unreviewed"]
        if not reviewed and inc.review_status in (None, "unreviewed"):
            continue
        out.append({"id": inc.id, "status": inc.review_status, "reviewed": reviewed,
                    "values": {(_path(r["field"]), _key(first_old.get((inc.id, r["field"]), r["value"])))
                               for r in own},
                    "sentences": {_norm(e.get("text")) for e in (inc.record or {}).get("evidence") or []}})
    return out


def _path(field: str) -> str:
    from wirecoder.store.review import split_field

    return split_field(field)[0]


def _supersede(conn, incident_id: str, field: str, value: Any, at: str) -> None:
    """The audit row that keeps a reviewer's decision the changed report no longer supports."""
    conn.execute(insert(review_edits).values(incident_id=incident_id, field=field, user=SYSTEM_USER, at=at,
                                             action="superseded", old_value=value, new_value=None, evidence=None))


def _relocate(text: str, evidence: str | None, old_start: int | None) -> tuple[int, int] | None:
    """Where the same words stand in the new text, nearest the old position."""
    if not evidence:
        return None
    starts = [m.start() for m in re.finditer(re.escape(evidence), text)]
    if not starts:
        return None
    s = min(starts, key=lambda x: abs(x - (old_start or 0)))
    return s, s + len(evidence)


def carry(conn, old: list[dict], record: dict) -> int:
    """Carry the reviews of ``old`` (from ``snapshot``) to the new incidents of ``record``; the count carried."""
    from wirecoder.store.review import rebuild_record

    if not old:
        return 0
    text = record["text"]
    new = {inc["id"]: {_norm(e.get("text")) for e in inc.get("evidence") or []} for inc in record["incidents"]}
    pairs = sorted(((len(o["sentences"] & sents), o["id"], nid) for o in old for nid, sents in new.items()),
                   reverse=True)
    match: dict[str, str] = {}
    for shared, oid, nid in pairs:
        if shared and oid not in match and nid not in match.values():
            match[oid] = nid
    carried = 0
    at = now()
    for o in old:
        nid = match.get(o["id"])
        if nid is None:
            for r in o["reviewed"]:
                _supersede(conn, o["id"], r["field"], r["value"], at)
            continue
        rows = [dict(r._mapping) for r in conn.execute(select(field_values).where(field_values.c.incident_id == nid)
                                                       .order_by(field_values.c.id))]
        all_carried = True
        for r in o["reviewed"]:
            path = _path(r["field"])
            target = next((x for x in rows if _path(x["field"]) == path and x["status"] == "unreviewed"
                           and _key(x["value"]) == _key(r["original"])), None)
            if target is None:
                all_carried = False
                _supersede(conn, nid, r["field"], r["value"], at)
                continue
            changes: dict[str, Any] = {"status": r["status"]}
            if r["status"] == "corrected":
                value = copy.deepcopy(r["value"])
                span = _relocate(text, r["evidence_text"], r["span_start"]) if r["evidence_text"] else None
                if r["evidence_text"] and span is None:
                    all_carried = False   # the words the reviewer chose are gone from the report
                    _supersede(conn, nid, target["field"], r["value"], at)
                    continue
                if span is not None:
                    if isinstance(value, dict) and "span" in value:
                        value["span"] = list(span)
                    changes.update(evidence_text=text[span[0]:span[1]], span_start=span[0], span_end=span[1])
                changes["value"] = value
            conn.execute(update(field_values).where(field_values.c.id == target["id"]).values(**changes))
            target.update(changes)
            carried += 1
            conn.execute(insert(review_edits).values(
                incident_id=nid, field=target["field"], user=SYSTEM_USER, at=at, action="carried",
                old_value=target["value"] if r["status"] != "corrected" else r["original"],
                new_value=None if r["status"] == "rejected" else target["value"], evidence=None))
        inc = next(i for i in record["incidents"] if i["id"] == nid)
        same = {(_path(x["field"]), _key(x["value"])) for x in rows if x["status"] == "unreviewed"} <= o["values"]
        status = o["status"] if all_carried and same else ("in_review" if o["status"] not in (None, "unreviewed")
                                                             or o["reviewed"] else "unreviewed")
        rec = rebuild_record(inc, rows)
        conn.execute(update(incidents).where(incidents.c.id == nid).values(**incident_columns(rec),
                                                                           review_status=status))
    return carried
