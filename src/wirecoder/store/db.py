"""The incident store: one schema, SQLite by default, PostgreSQL by URL.

Everything goes through SQLAlchemy Core with portable types, so the same code
serves ``sqlite:///wirecoder.db`` (one file, WAL mode) and
``postgresql://user@host/db`` (psycopg 3). The schema is versioned in the
``meta`` table; ``MIGRATIONS`` lists the steps from one version to the next
and ``Store.open`` applies the missing ones.

Each document is written in one transaction (``save_record``): its old
incidents, field values and claims are replaced together, so a killed process
leaves either the old or the new version of a document, never half of one.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (JSON, Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table,
                        Text, create_engine, delete, event, func, insert, select, update)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, OperationalError

SCHEMA_VERSION = 1
metadata = MetaData()

meta = Table("meta", metadata, Column("k", String(64), primary_key=True), Column("v", Text))
runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started", String(32), nullable=False), Column("finished", String(32)),
    Column("command", Text), Column("docs_new", Integer, default=0), Column("docs_unchanged", Integer, default=0),
    Column("docs_replaced", Integer, default=0), Column("docs_failed", Integer, default=0),
    Column("incidents", Integer, default=0),
)
documents = Table(
    "documents", metadata,
    Column("doc_id", String(255), primary_key=True),
    Column("source", Text, nullable=False), Column("kind", String(16)), Column("url", Text),
    Column("title", Text), Column("published", String(32)), Column("content_hash", String(64), nullable=False),
    Column("text", Text, nullable=False), Column("record", JSON, nullable=False),
    Column("ingested_at", String(32), nullable=False), Column("run_id", Integer, ForeignKey("runs.id")),
)
incidents = Table(
    "incidents", metadata,
    Column("id", String(300), primary_key=True),
    Column("doc_id", String(255), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("type", String(32), nullable=False), Column("stage", String(16)),
    Column("date_value", String(32)), Column("date_precision", String(16)),
    Column("country_code", String(2)), Column("country", Text), Column("location", Text),
    Column("lat", Float), Column("lon", Float),
    Column("groups", Text), Column("killed", Integer), Column("injured", Integer),
    Column("suicide", Boolean), Column("confidence", Float),
    Column("record", JSON, nullable=False), Column("review_status", String(16), default="unreviewed"),
    Column("merged_into", String(300)),
    Index("ix_incidents_date", "date_value"), Index("ix_incidents_country", "country_code"),
    Index("ix_incidents_type", "type"), Index("ix_incidents_doc", "doc_id"),
)
field_values = Table(
    "field_values", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(300), ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Column("doc_id", String(255), nullable=False), Column("field", String(128), nullable=False),
    Column("value", JSON), Column("evidence_text", Text), Column("span_start", Integer), Column("span_end", Integer),
    Column("status", String(16), default="unreviewed"),
    Index("ix_field_values_incident", "incident_id"),
)
claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(255), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("speaker", Text), Column("cue", String(64)), Column("content", Text),
    Column("span_start", Integer), Column("span_end", Integer), Column("hedged", Boolean),
    Column("incident_ids", JSON), Index("ix_claims_doc", "doc_id"),
)
incident_sources = Table(
    "incident_sources", metadata,
    Column("incident_id", String(300), primary_key=True), Column("doc_id", String(255), primary_key=True),
)
review_edits = Table(
    "review_edits", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(300), nullable=False), Column("field", String(128)),
    Column("user", String(128), nullable=False), Column("at", String(32), nullable=False),
    Column("action", String(16), nullable=False), Column("old_value", JSON), Column("new_value", JSON),
    Column("evidence", JSON), Index("ix_review_edits_incident", "incident_id"),
)
# Pairs of incidents a reviewer split apart: the automatic merge never joins them again.
kept_apart = Table(
    "kept_apart", metadata,
    Column("a", String(300), primary_key=True), Column("b", String(300), primary_key=True),
    Column("user", String(128)), Column("at", String(32)),
)
failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False), Column("doc_id", String(255)), Column("reason", Text, nullable=False),
    Column("at", String(32), nullable=False), Column("retried", Boolean, default=False),
    Column("run_id", Integer),
)

# version -> function(connection) bringing the schema from version-1 to version
MIGRATIONS: dict[int, Any] = {1: lambda conn: metadata.create_all(conn)}

# Record paths stored as separate reviewable field values.
FIELD_PATHS = ("type", "stage", "date", "location", "weapons", "perpetrators.organizations",
               "perpetrators.individuals", "targets.human", "targets.physical", "casualties.killed",
               "casualties.injured", "suicide")


def incident_columns(inc: dict) -> dict:
    """The queryable columns of an incident row, read from its record."""
    loc = inc.get("location") or {}
    cas = inc.get("casualties") or {}
    orgs = (inc.get("perpetrators") or {}).get("organizations") or []
    return dict(
        type=inc["type"], stage=inc.get("stage"),
        date_value=(inc.get("date") or {}).get("value"), date_precision=(inc.get("date") or {}).get("precision"),
        country_code=loc.get("country_code"), country=loc.get("country"),
        location=loc.get("name") or loc.get("text"), lat=loc.get("lat"), lon=loc.get("lon"),
        groups="; ".join(o["name"] for o in orgs if o.get("name")) or None,
        killed=(cas.get("killed") or {}).get("value"), injured=(cas.get("injured") or {}).get("value"),
        suicide=inc.get("suicide"), confidence=inc.get("confidence"), record=inc)


class StoreError(RuntimeError):
    """A store that cannot be opened or used; the message says why."""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(text: str, kind: str = "") -> str:
    return hashlib.sha256((kind + "\0" + text).encode("utf-8")).hexdigest()


def normalise_url(url: str) -> str:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:  # a plain path means an SQLite file
        return f"sqlite:///{url}"
    return url


def get_path(d: dict, path: str):
    """``d["a"]["b"]`` for ``"a.b"``, or None where a step is missing."""
    cur: Any = d
    for part in path.split("."):
        cur = cur.get(part) if isinstance(cur, dict) else None
    return cur


class Store:
    """The incident database behind one small interface."""

    def __init__(self, engine: Engine, url: str):
        self.engine = engine
        self.url = url

    # ------------------------------------------------------------------ open
    @classmethod
    def open(cls, url: str) -> "Store":
        real = normalise_url(url)
        try:
            engine = create_engine(real, future=True)
        except (ArgumentError, ModuleNotFoundError) as exc:
            raise StoreError(f"cannot use database URL {url!r}: {exc}") from None
        if engine.dialect.name == "sqlite":
            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_con, _):  # noqa: ANN001
                cur = dbapi_con.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.close()
        store = cls(engine, url)
        try:
            store.migrate()
        except OperationalError as exc:
            raise StoreError(f"cannot open database {url!r}: {exc.orig}") from None
        return store

    def migrate(self) -> None:
        with self.engine.begin() as conn:
            meta.create(conn, checkfirst=True)
            row = conn.execute(select(meta.c.v).where(meta.c.k == "schema_version")).first()
            current = int(row[0]) if row else 0
            for version in range(current + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[version](conn)
                if row is None:
                    conn.execute(insert(meta).values(k="schema_version", v=str(version)))
                    row = (version,)
                else:
                    conn.execute(update(meta).where(meta.c.k == "schema_version").values(v=str(version)))
            # New tables need no version step: they are created wherever they are missing.
            # Versions are for changes to existing tables (columns, indexes, data).
            metadata.create_all(conn, checkfirst=True)

    # ------------------------------------------------------------------ runs
    def start_run(self, command: str) -> int:
        with self.engine.begin() as conn:
            return conn.execute(insert(runs).values(started=now(), command=command)).inserted_primary_key[0]

    def finish_run(self, run_id: int, counts: dict) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(runs).where(runs.c.id == run_id).values(finished=now(), **counts))

    # ------------------------------------------------------------------ documents
    def document_hash(self, doc_id: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents.c.content_hash).where(documents.c.doc_id == doc_id)).first()
        return row[0] if row else None

    def save_record(self, record: dict, *, source: str, kind: str, chash: str, run_id: int | None) -> str:
        """Store one document's record in one transaction; ``new`` or ``replaced``."""
        doc_id = record["doc_id"]
        with self.engine.begin() as conn:
            existed = conn.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc_id)).first()
            stale: list[str] = []
            reviewed: list[dict] = []
            if existed:
                from wirecoder.store import carry

                old = [r[0] for r in conn.execute(select(incidents.c.id).where(incidents.c.doc_id == doc_id))]
                reviewed = carry.snapshot(conn, old)   # the reviewers' work, carried below where it still holds
                stale = self._release_merges(conn, doc_id, old)
                if old:
                    conn.execute(delete(field_values).where(field_values.c.incident_id.in_(old)))
                    conn.execute(delete(incident_sources).where(incident_sources.c.incident_id.in_(old)))
                conn.execute(delete(incidents).where(incidents.c.doc_id == doc_id))
                conn.execute(delete(claims).where(claims.c.doc_id == doc_id))
                conn.execute(delete(documents).where(documents.c.doc_id == doc_id))
            published = (record.get("published") or {}).get("value")
            conn.execute(insert(documents).values(
                doc_id=doc_id, source=source, kind=kind, url=record.get("url"), title=record.get("title"),
                published=published, content_hash=chash, text=record["text"], record=record,
                ingested_at=now(), run_id=run_id))
            for inc in record["incidents"]:
                conn.execute(insert(incidents).values(id=inc["id"], doc_id=doc_id, review_status="unreviewed",
                                                      **incident_columns(inc)))
                conn.execute(insert(incident_sources).values(incident_id=inc["id"], doc_id=doc_id))
                rows = []
                for path in FIELD_PATHS:
                    value = get_path(inc, path)
                    items = value if isinstance(value, list) else [value]
                    for i, item in enumerate(items):
                        if item is None or item == {}:
                            continue
                        span = item.get("span") if isinstance(item, dict) else None
                        rows.append({"incident_id": inc["id"], "doc_id": doc_id,
                                     "field": f"{path}[{i}]" if isinstance(value, list) else path,
                                     "value": item, "evidence_text": item.get("text") if isinstance(item, dict) else None,
                                     "span_start": span[0] if span else None, "span_end": span[1] if span else None,
                                     "status": "unreviewed"})
                if rows:
                    conn.execute(insert(field_values), rows)
            crow = [{"doc_id": doc_id, "speaker": c["speaker"]["text"], "cue": c["cue"],
                     "content": c["content"]["text"], "span_start": c["content"]["span"][0],
                     "span_end": c["content"]["span"][1], "hedged": c["hedged"], "incident_ids": c["incident_ids"]}
                    for c in record.get("claims", [])]
            if crow:
                conn.execute(insert(claims), crow)
            if reviewed:
                carry.carry(conn, reviewed, record)
            conn.execute(update(failures).where(failures.c.doc_id == doc_id).values(retried=True))
        if stale:  # events that lost a report of this document: their merged records are recomputed
            from wirecoder.store.merge import refresh

            refresh(self, stale)
        return "replaced" if existed else "new"

    def _release_merges(self, conn, doc_id: str, old: list[str]) -> list[str]:
        """Undo the merges that involve a document's old incidents (it is being replaced).

        Incidents of other documents merged into an old one stand alone again; an
        old incident merged into another document's event leaves it. Returns those
        events' ids, whose merged records must be recomputed. Audited as splits.
        """
        if not old:
            return []
        at = now()
        edits = []
        for r in conn.execute(select(incidents.c.id, incidents.c.merged_into).where(incidents.c.merged_into.in_(old))
                              .where(incidents.c.doc_id != doc_id)):
            edits.append({"incident_id": r.id, "field": "merged_into", "user": "ingest", "at": at, "action": "split",
                          "old_value": r.merged_into, "new_value": None,
                          "evidence": {"reason": f"document {doc_id} replaced"}})
        conn.execute(update(incidents).where(incidents.c.merged_into.in_(old)).where(incidents.c.doc_id != doc_id)
                     .values(merged_into=None))
        stale = sorted({r.merged_into for r in conn.execute(
            select(incidents.c.merged_into).where(incidents.c.id.in_(old)).where(incidents.c.merged_into.isnot(None)))
            if r.merged_into not in old})
        for r in conn.execute(select(incidents.c.id, incidents.c.merged_into).where(incidents.c.id.in_(old))
                              .where(incidents.c.merged_into.isnot(None))):
            edits.append({"incident_id": r.id, "field": "merged_into", "user": "ingest", "at": at, "action": "split",
                          "old_value": r.merged_into, "new_value": None,
                          "evidence": {"reason": f"document {doc_id} replaced"}})
        conn.execute(delete(incident_sources).where(incident_sources.c.doc_id == doc_id))
        conn.execute(delete(kept_apart).where(kept_apart.c.a.in_(old) | kept_apart.c.b.in_(old)))
        if edits:
            conn.execute(insert(review_edits), edits)
        return stale

    def record_failure(self, source: str, reason: str, doc_id: str | None, run_id: int | None) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(failures).where(failures.c.source == source).where(failures.c.retried.is_(False))
                         .values(retried=True))
            conn.execute(insert(failures).values(source=source, doc_id=doc_id, reason=reason, at=now(),
                                                 retried=False, run_id=run_id))

    def open_failures(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(failures).where(failures.c.retried.is_(False)).order_by(failures.c.id))
            return [dict(r._mapping) for r in rows]

    def resolve_failure(self, source: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(failures).where(failures.c.source == source).values(retried=True))

    # ------------------------------------------------------------------ queries
    def counts(self) -> dict:
        with self.engine.connect() as conn:
            return {
                "documents": conn.execute(select(func.count()).select_from(documents)).scalar_one(),
                "incidents": conn.execute(select(func.count()).select_from(incidents)).scalar_one(),
                "claims": conn.execute(select(func.count()).select_from(claims)).scalar_one(),
                "failures": conn.execute(select(func.count()).select_from(failures)
                                         .where(failures.c.retried.is_(False))).scalar_one(),
            }

    def recent_runs(self, n: int = 5) -> list[dict]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(runs).order_by(runs.c.id.desc()).limit(n))]

    def list_incidents(self, *, since: str | None = None, until: str | None = None, country: str | None = None,
                       type: str | None = None, group: str | None = None, limit: int | None = None,
                       offset: int = 0) -> list[dict]:
        q = select(incidents).where(incidents.c.merged_into.is_(None))
        if since:
            q = q.where(incidents.c.date_value >= since)
        if until:
            q = q.where(incidents.c.date_value <= until + "~")
        if country:
            q = q.where(func.upper(incidents.c.country_code) == country.upper())
        if type:
            q = q.where(incidents.c.type == type)
        if group:
            q = q.where(func.lower(incidents.c.groups).like(f"%{group.lower()}%"))
        q = q.order_by(incidents.c.date_value.desc().nulls_last() if self.engine.dialect.name == "postgresql"
                       else incidents.c.date_value.desc(), incidents.c.id).offset(offset)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def sources(self, incident_id: str) -> list[dict]:
        q = select(documents.c.doc_id, documents.c.source, documents.c.url, documents.c.title,
                   documents.c.published).join(incident_sources, incident_sources.c.doc_id == documents.c.doc_id) \
            .where(incident_sources.c.incident_id == incident_id)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    # ------------------------------------------------------------------ merging reports of one event
    def merge_rows(self, ids: list[str] | None = None) -> list[dict]:
        """Incidents as the merge step reads them: id, doc_id, merged_into, record and the report's
        publication date, source and title; all of them, or those with ``ids`` and the incidents merged
        into them."""
        q = select(incidents.c.id, incidents.c.doc_id, incidents.c.merged_into, incidents.c.record,
                   documents.c.published, documents.c.source, documents.c.title) \
            .join(documents, documents.c.doc_id == incidents.c.doc_id)
        if ids is not None:
            q = q.where(incidents.c.id.in_(ids) | incidents.c.merged_into.in_(ids))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q.order_by(incidents.c.id))]

    def kept_apart_pairs(self) -> set[frozenset]:
        with self.engine.connect() as conn:
            return {frozenset((r.a, r.b)) for r in conn.execute(select(kept_apart))}

    def apply_merges(self, *, rows: list[dict], sources: dict[str, list[str]], edits: list[dict],
                     apart_add: list[tuple[str, str, str]] = (), apart_remove: list[tuple[str, str]] = ()) -> None:
        """Write one merge or split in one transaction.

        ``rows``: ``{"id", "record", "merged_into"}`` for every incident whose record or event changed;
        ``sources``: incident id -> every document it now stands for (replaces its source rows);
        ``edits``: audit rows for ``review_edits``; ``apart_add`` / ``apart_remove``: pairs a reviewer
        split apart (``(a, b, user)``) or merged by hand again (``(a, b)``).
        """
        at = now()
        with self.engine.begin() as conn:
            for r in rows:
                conn.execute(update(incidents).where(incidents.c.id == r["id"])
                             .values(merged_into=r["merged_into"], **incident_columns(r["record"])))
            for inc_id, docs in sources.items():
                conn.execute(delete(incident_sources).where(incident_sources.c.incident_id == inc_id))
                conn.execute(insert(incident_sources), [{"incident_id": inc_id, "doc_id": d} for d in dict.fromkeys(docs)])
            for a, b in apart_remove:
                a, b = sorted((a, b))
                conn.execute(delete(kept_apart).where(kept_apart.c.a == a).where(kept_apart.c.b == b))
            for a, b, user in apart_add:
                a, b = sorted((a, b))
                if not conn.execute(select(kept_apart.c.a).where(kept_apart.c.a == a).where(kept_apart.c.b == b)).first():
                    conn.execute(insert(kept_apart).values(a=a, b=b, user=user, at=at))
            if edits:
                conn.execute(insert(review_edits), [{"at": at, **e} for e in edits])

    def audit(self, incident_id: str | None = None) -> list[dict]:
        """Rows of the review-edits/audit table (of one incident, or all), oldest first."""
        q = select(review_edits).order_by(review_edits.c.id)
        if incident_id:
            q = q.where(review_edits.c.incident_id == incident_id)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def dump(self) -> dict:
        """Every row of every content table, in a stable order (for comparisons)."""
        out = {}
        with self.engine.connect() as conn:
            for table, key in ((documents, documents.c.doc_id), (incidents, incidents.c.id),
                               (field_values, field_values.c.incident_id), (claims, claims.c.doc_id)):
                rows = [dict(r._mapping) for r in conn.execute(select(table).order_by(key))]
                for r in rows:
                    r.pop("id", None) if table is not incidents else None
                    r.pop("ingested_at", None)
                    r.pop("run_id", None)
                out[table.name] = json.loads(json.dumps(rows, sort_keys=True, default=str))
        return out
