"""Analyst review on top of the store: accept, correct or reject field values and incidents.

Every edit writes one ``review_edits`` row (who, when, old and new value, the
evidence chosen) and changes the stored value, so that ``wirecoder export``
gives the reviewed record. The reviewable values live in ``field_values``
(one row per scalar field or list item); after each edit the incident's
``record`` and its summary columns are rebuilt from those rows: a rejected
value leaves the record, a corrected one replaces it.

Also here: the list query behind the review app (filters, full-text search over
documents with SQLite FTS5 or PostgreSQL ``to_tsvector``, sorting, paging) and
the indexes it needs (``ensure_review_schema``, idempotent).
"""

from __future__ import annotations

import copy
import re
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, text, update

from wirecoder.schema import INCIDENT_TYPES, STAGES, WEAPON_TYPES
from wirecoder.store.db import (Store, documents, field_values, incident_columns, incident_sources, incidents,
                                now, review_edits)

FIELD_ACTIONS = ("accept", "correct", "reject")
INCIDENT_ACTIONS = {"accept": "accepted", "reject": "rejected", "reopen": "unreviewed"}
REVIEW_STATUSES = ("unreviewed", "in_review", "accepted", "rejected")
SORTS = {"date": incidents.c.date_value, "country": incidents.c.country_code, "type": incidents.c.type,
         "status": incidents.c.review_status, "confidence": incidents.c.confidence,
         "killed": incidents.c.killed, "id": incidents.c.id}
_FIELD_RE = re.compile(r"^([a-z_.]+)(?:\[(\d+)\])?$")


class ReviewError(ValueError):
    """An edit that cannot be made; the message says why."""


# ---------------------------------------------------------------- schema
def ensure_review_schema(store: Store) -> None:
    """Indexes for the list's sorts and filters, and the documents' full-text index."""
    # (merged_into, sort key, id): the list's pages (never merged incidents) walk one index in order,
    # and the page's ids come from the index alone before the rows are read (see search_incidents).
    stmts = [f"CREATE INDEX IF NOT EXISTS ix_incidents_list_{name} ON incidents (merged_into, {col.name}, id)"
             for name, col in SORTS.items() if name != "id"]
    stmts += ["CREATE INDEX IF NOT EXISTS ix_incidents_status ON incidents (review_status)",
              "CREATE INDEX IF NOT EXISTS ix_incident_sources_doc ON incident_sources (doc_id)"]
    with store.engine.begin() as conn:
        for s in stmts:
            conn.execute(text(s))
        if store.engine.dialect.name == "sqlite":
            exists = conn.execute(text("SELECT 1 FROM sqlite_master WHERE name='documents_fts'")).first()
            if not exists:
                conn.execute(text("CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, "
                                  "content='documents', content_rowid='rowid')"))
                conn.execute(text("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')"))
            conn.execute(text("CREATE TRIGGER IF NOT EXISTS documents_fts_ai AFTER INSERT ON documents BEGIN "
                              "INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); "
                              "END"))
            conn.execute(text("CREATE TRIGGER IF NOT EXISTS documents_fts_ad AFTER DELETE ON documents BEGIN "
                              "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
                              "VALUES ('delete', old.rowid, old.title, old.text); END"))
        elif store.engine.dialect.name == "postgresql":
            conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_fts ON documents USING gin "
                              "(to_tsvector('simple', coalesce(title, '') || ' ' || text))"))


def _fts_docs(store: Store, q: str):
    """A subquery of the doc_ids whose title or text match the words of ``q`` (all of them)."""
    words = [w for w in re.findall(r"\w+", q, flags=re.UNICODE)]
    if not words:
        return None
    if store.engine.dialect.name == "sqlite":
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        return (select(documents.c.doc_id)
                .where(text("documents.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH :m)")
                       .bindparams(m=match)))
    if store.engine.dialect.name == "postgresql":
        return select(documents.c.doc_id).where(text(
            "to_tsvector('simple', coalesce(documents.title, '') || ' ' || documents.text) "
            "@@ plainto_tsquery('simple', :m)").bindparams(m=" ".join(words)))
    like = [func.lower(documents.c.text).like(f"%{w.lower()}%") for w in words]
    return select(documents.c.doc_id).where(and_(*like))


# ---------------------------------------------------------------- list
def search_incidents(store: Store, *, q: str | None = None, since: str | None = None, until: str | None = None,
                     country: str | None = None, type: str | None = None, group: str | None = None,
                     status: str | None = None, sort: str = "date", desc: bool = True, limit: int = 50,
                     offset: int = 0, with_total: bool = True) -> tuple[list[dict], int | None]:
    """One page of incidents (not merged into another) and, with ``with_total``, how many match."""
    cols = [incidents.c[c] for c in ("id", "doc_id", "type", "stage", "date_value", "date_precision",
                                     "country_code", "country", "location", "lat", "lon", "groups", "killed",
                                     "injured", "confidence", "review_status")]
    conds = [incidents.c.merged_into.is_(None)]
    if since:
        conds.append(incidents.c.date_value >= since)
    if until:
        conds.append(incidents.c.date_value <= until + "~")
    if country:
        conds.append(incidents.c.country_code == country.upper())
    if type:
        conds.append(incidents.c.type == type)
    if group:
        conds.append(func.lower(incidents.c.groups).like(f"%{group.lower()}%"))
    if status:
        conds.append(incidents.c.review_status == status)
    if q:
        docs = _fts_docs(store, q)
        if docs is not None:
            # every incident is linked to its own report and to the reports merged into it
            conds.append(incidents.c.id.in_(
                select(incident_sources.c.incident_id).where(incident_sources.c.doc_id.in_(docs))))
    key = SORTS.get(sort, SORTS["date"])
    order = [key.desc() if desc else key.asc()]
    if store.engine.dialect.name == "postgresql":
        order = [order[0].nulls_last()]
    order.append(incidents.c.id.desc() if desc else incidents.c.id.asc())
    # Deferred join: find the page's ids first (from an index when the filters allow), then read 50 rows.
    page_ids = select(incidents.c.id).where(*conds).order_by(*order).limit(limit).offset(offset)
    with store.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(page_ids)]
        found = {r.id: dict(r._mapping) for r in conn.execute(select(*cols).where(incidents.c.id.in_(ids)))} \
            if ids else {}
        rows = [found[i] for i in ids if i in found]
        total = None
        if with_total:
            total = conn.execute(select(func.count()).select_from(incidents).where(*conds)).scalar_one()
    return rows, total


# ---------------------------------------------------------------- reading one incident
def get_incident(store: Store, incident_id: str) -> dict | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
    return dict(row._mapping) if row else None


def field_rows(store: Store, incident_id: str) -> list[dict]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(field_values).where(field_values.c.incident_id == incident_id)
                            .order_by(field_values.c.id))
        return [dict(r._mapping) for r in rows]


def source_documents(store: Store, incident_id: str) -> list[dict]:
    """The documents behind an incident and behind the incidents merged into it."""
    merged = select(incidents.c.id).where(incidents.c.merged_into == incident_id)
    ids = select(incident_sources.c.doc_id).where(or_(incident_sources.c.incident_id == incident_id,
                                                      incident_sources.c.incident_id.in_(merged)))
    own = select(incidents.c.doc_id).where(or_(incidents.c.id == incident_id, incidents.c.merged_into == incident_id))
    q = select(documents.c.doc_id, documents.c.source, documents.c.url, documents.c.title, documents.c.published,
               documents.c.text, documents.c.record).where(or_(documents.c.doc_id.in_(ids), documents.c.doc_id.in_(own))) \
        .order_by(documents.c.doc_id)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def merged_incidents(store: Store, incident_id: str) -> list[dict]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(incidents).where(incidents.c.merged_into == incident_id).order_by(incidents.c.id))
        return [dict(r._mapping) for r in rows]


def audit_log(store: Store, incident_id: str) -> list[dict]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(review_edits).where(review_edits.c.incident_id == incident_id)
                            .order_by(review_edits.c.id.desc()))
        return [dict(r._mapping) for r in rows]


# ---------------------------------------------------------------- edits
def split_field(field: str) -> tuple[str, int | None]:
    """``"targets.human[1]"`` → ``("targets.human", 1)``; ``"date"`` → ``("date", None)``."""
    m = _FIELD_RE.match(field)
    if not m:
        raise ReviewError(f"unknown field {field!r}")
    return m.group(1), int(m.group(2)) if m.group(2) is not None else None


def corrected_value(path: str, old: Any, value: str, evidence: dict | None) -> Any:
    """The new stored value of field ``path`` when an analyst types ``value`` and selects ``evidence``."""
    value = (value or "").strip()
    ev = {"text": evidence["text"], "span": evidence["span"]} if evidence else {}
    if evidence and evidence.get("doc_id_differs"):
        ev["doc_id"] = evidence["doc_id"]
    base = dict(old) if isinstance(old, dict) else {}
    if path == "type":
        if value not in INCIDENT_TYPES:
            raise ReviewError(f"type must be one of {', '.join(INCIDENT_TYPES)}")
        return value
    if path == "stage":
        if value not in STAGES:
            raise ReviewError(f"stage must be one of {', '.join(STAGES)}")
        return value
    if path == "suicide":
        if value.lower() not in ("true", "false", "yes", "no"):
            raise ReviewError("suicide must be true or false")
        return value.lower() in ("true", "yes")
    if path == "date":
        m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
        if not m:
            raise ReviewError("a date is YYYY-MM-DD, YYYY-MM or YYYY")
        precision = "day" if m.group(3) else "month" if m.group(2) else "year"
        base.pop("start", None), base.pop("end", None)
        base.update({"value": value, "precision": precision, **ev})
        return base
    if path in ("casualties.killed", "casualties.injured"):
        try:
            n = int(value)
        except ValueError:
            raise ReviewError("a number of people is a whole number") from None
        if n < 0:
            raise ReviewError("a number of people is not negative")
        base.update({"value": n, "qualifier": base.get("qualifier") or "exact", **ev})
        return base
    if path == "location":
        if not value:
            raise ReviewError("give the place's name")
        if value != base.get("name"):
            for k in ("lat", "lon", "geonameid", "admin1"):
                base.pop(k, None)
        base.update({"name": value, **ev})
        return base
    if path == "weapons":
        if value not in WEAPON_TYPES:
            raise ReviewError(f"weapon type must be one of {', '.join(WEAPON_TYPES)}")
        base.update({"type": value, **ev})
        return base
    if path == "perpetrators.organizations":
        if not value:
            raise ReviewError("give the group's name")
        base.update({"name": value, **ev})
        return base
    # people and things named in the text: the value is the words themselves
    if not ev:
        raise ReviewError("select the words in the document")
    base.update(ev)
    return base


def _set(d: dict, path: str, value: Any) -> None:
    parts = path.split(".")
    for p in parts[:-1]:
        d = d.setdefault(p, {})
    d[parts[-1]] = value


def rebuild_record(record: dict, rows: list[dict]) -> dict:
    """The incident record with its reviewable values taken from ``rows`` (rejected ones left out)."""
    rec = copy.deepcopy(record)
    lists: dict[str, list[tuple[int, Any]]] = {}
    for r in rows:
        path, idx = split_field(r["field"])
        rejected = r["status"] == "rejected"
        if idx is not None:
            lists.setdefault(path, [])
            if not rejected and r["value"] is not None:
                lists[path].append((idx, r["value"]))
        elif path == "type":
            _set(rec, path, r["value"])  # an incident keeps a type; rejecting it only marks it
        elif path == "date" and rejected:
            _set(rec, path, {"value": None, "precision": "unknown"})
        else:
            _set(rec, path, None if rejected else r["value"])
    for path, items in lists.items():
        _set(rec, path, [v for _, v in sorted(items, key=lambda t: t[0])])
    return rec


def review_field(store: Store, incident_id: str, field_id: int, action: str, user: str, *,
                 value: str | None = None, doc_id: str | None = None,
                 span: tuple[int, int] | None = None) -> dict:
    """Accept, correct (``value`` with the evidence ``span`` in ``doc_id``) or reject one field value.

    Returns the audit entry written."""
    if action not in FIELD_ACTIONS:
        raise ReviewError(f"unknown action {action!r}")
    with store.engine.begin() as conn:
        inc = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
        if inc is None:
            raise ReviewError(f"no incident {incident_id!r}")
        row = conn.execute(select(field_values).where(field_values.c.id == field_id)
                           .where(field_values.c.incident_id == incident_id)).first()
        if row is None:
            raise ReviewError(f"incident {incident_id!r} has no field value {field_id}")
        path, _ = split_field(row.field)
        evidence = None
        if span is not None:
            doc = doc_id or row.doc_id or inc.doc_id
            dtext = conn.execute(select(documents.c.text).where(documents.c.doc_id == doc)).scalar()
            if dtext is None:
                raise ReviewError(f"no document {doc!r}")
            s, e = int(span[0]), int(span[1])
            if not (0 <= s < e <= len(dtext)):
                raise ReviewError("the evidence span lies outside the document")
            evidence = {"doc_id": doc, "text": dtext[s:e], "span": [s, e], "doc_id_differs": doc != inc.doc_id}
        changes: dict[str, Any] = {}
        if action == "correct":
            new = corrected_value(path, row.value, value or "", evidence)
            changes = {"value": new, "status": "corrected"}
            if evidence:
                changes.update(evidence_text=evidence["text"], span_start=evidence["span"][0],
                               span_end=evidence["span"][1], doc_id=evidence["doc_id"])
        else:
            new = row.value
            changes = {"status": "accepted" if action == "accept" else "rejected"}
        conn.execute(update(field_values).where(field_values.c.id == field_id).values(**changes))
        rows = [dict(r._mapping) for r in conn.execute(
            select(field_values).where(field_values.c.incident_id == incident_id).order_by(field_values.c.id))]
        rec = rebuild_record(inc.record, rows)
        status = inc.review_status if inc.review_status in ("accepted", "rejected") else "in_review"
        conn.execute(update(incidents).where(incidents.c.id == incident_id)
                     .values(**incident_columns(rec), review_status=status))
        entry = {"incident_id": incident_id, "field": row.field, "user": user, "at": now(), "action": action,
                 "old_value": row.value, "new_value": None if action == "reject" else new,
                 "evidence": {k: evidence[k] for k in ("doc_id", "text", "span")} if evidence else None}
        conn.execute(insert(review_edits).values(**entry))
    return entry


def review_incident(store: Store, incident_id: str, action: str, user: str) -> dict:
    """Accept, reject or reopen a whole incident; returns the audit entry written."""
    if action not in INCIDENT_ACTIONS:
        raise ReviewError(f"unknown action {action!r}")
    with store.engine.begin() as conn:
        old = conn.execute(select(incidents.c.review_status).where(incidents.c.id == incident_id)).first()
        if old is None:
            raise ReviewError(f"no incident {incident_id!r}")
        new = INCIDENT_ACTIONS[action]
        conn.execute(update(incidents).where(incidents.c.id == incident_id).values(review_status=new))
        entry = {"incident_id": incident_id, "field": None, "user": user, "at": now(), "action": action,
                 "old_value": old[0], "new_value": new, "evidence": None}
        conn.execute(insert(review_edits).values(**entry))
    return entry


def log_edit(store: Store, incident_id: str, action: str, user: str, *, old=None, new=None) -> None:
    """An audit entry for an action done elsewhere (merge, split)."""
    with store.engine.begin() as conn:
        conn.execute(insert(review_edits).values(incident_id=incident_id, field=None, user=user, at=now(),
                                                 action=action[:16], old_value=old, new_value=new, evidence=None))
