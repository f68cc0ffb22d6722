"""The incident record: the one place where its names and vocabularies live.

The contract is ``shared/spec/incident-record.md`` (v1). Records travel through
the project as plain JSON-ready dicts; the dataclasses here only build them.
Every consumer (scorers, store, exports, web app) reads these names.

Fields that the contract does not define but that MUC-4 output and the store
need are added (the contract allows additions, never renames):

* ``targets.human[].is_name``: the text is a proper name (MUC-4 slot 18) rather
  than a description (slot 19); ``description`` holds the title of a named
  victim when the text gives one ("PRESIDENT" for "CEREZO").
* ``targets.physical[].effect`` / ``number``; ``targets.*[].nationality``: the country a
  target belongs to when its words or their close context say it ("two American
  missionaries", "the embassy of Japan"): ``country`` (the gazetteer's name),
  ``country_code`` and the evidence words (``text``/``span``); MUC-4 slots 15/22.
* ``perpetrators.category``: ``terrorist_act`` or ``state_sponsored``.
* ``claim_ids`` on an incident, ``evidence`` sentences for review.
* ``mentions`` on any filler: the other places and words by which the report names the same entity
  ("FMLN" beside "FARABUNDO MARTI NATIONAL LIBERATION FRONT"); ``name`` on a named victim: the fullest form of
  the name the report gives.
* ``perpetrators.organizations[].confidence_evidence``: the sentence that made the group ``claimed`` or
  ``suspected``; ``inferred_from: "report"`` on a group the incident's own sentences do not name but the
  report names as the one active in the incident's country (kept apart from groups the sentences name).
* ``unharmed`` on an incident: the words saying nobody was hurt ("caused damage but no victims").
* ``targets.physical[].number_qualifier``, ``targets.human[].number_qualifier``: ``approx`` or ``at_least``
  (values of ``QUALIFIERS``) when the words qualify the count ("approximately 50 residences", "at least six
  persons").
* ``date.dates_telling``: the date is the day the act was reported or denied, not told as the act's own
  ("THE ARMY DENIED TODAY THAT ..."); ``date_context``: a date the report's story gives the incident when its
  own sentences give none (``inferred_from: "context"``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Any

SCHEMA_VERSION = 1

INCIDENT_TYPES = (
    "armed_assault", "assassination", "bombing", "arson", "kidnapping",
    "hostage_taking", "hijacking", "robbery", "vehicle_ramming",
    "unarmed_assault", "forced_work_stoppage", "other",
)
STAGES = ("accomplished", "attempted", "foiled", "threatened")
WEAPON_TYPES = (
    "firearms", "explosives", "incendiary", "melee", "vehicle", "chemical",
    "biological", "radiological", "nuclear", "fake_weapon", "other", "unknown",
)
ORG_CONFIDENCE = ("reported_as_fact", "claimed", "suspected", "possible")
HUMAN_EFFECTS = ("death", "injury", "kidnapping", "no_injury", "unknown")
QUALIFIERS = ("exact", "at_least", "at_most", "approx")
DATE_PRECISION = ("day", "month", "year", "range", "unknown")
PLACE_PRECISION = ("point", "neighborhood", "city", "admin1", "country", "region")
PERP_CATEGORIES = ("terrorist_act", "state_sponsored")
HUMAN_TARGET_TYPES = (
    "civilian", "government_official", "military", "police", "diplomat",
    "political_figure", "legal_or_judicial", "law_enforcement", "security_guard",
    "religious", "journalist", "active_military", "former_government_official",
    "former_active_military", "other",
)
PHYSICAL_TARGET_TYPES = (
    "civilian_residence", "commercial", "communications", "diplomat_office_or_residence",
    "energy", "financial", "government_office_or_residence", "law_enforcement_facility",
    "military", "organization_office", "religious", "transport_route", "transport_vehicle",
    "transportation", "water", "educational", "other",
)
PHYSICAL_EFFECTS = (
    "destroyed", "some_damage", "no_damage", "money_taken_from_target",
    "property_taken_from_target", "target_taken", "unknown",
)


Span = tuple[int, int]


@dataclass
class Evidence:
    """Words of the document (``text``) and where they stand (``span``)."""

    text: str
    span: Span

    @classmethod
    def of(cls, doc_text: str, start: int, end: int) -> "Evidence":
        return cls(doc_text[start:end], (start, end))


def evidence_dict(doc_text: str, start: int, end: int, **extra: Any) -> dict:
    """A JSON-ready evidence object whose span slices ``doc_text`` exactly."""
    d: dict[str, Any] = {"text": doc_text[start:end], "span": [start, end]}
    d.update(extra)
    return d


def empty_incident(incident_id: str) -> dict:
    """An incident with every contract field present and empty."""
    return {
        "id": incident_id,
        "type": "other",
        "stage": "accomplished",
        "date": {"value": None, "precision": "unknown"},
        "location": None,
        "weapons": [],
        "perpetrators": {"individuals": [], "organizations": [], "category": "terrorist_act"},
        "targets": {"physical": [], "human": []},
        "casualties": {},
        "suicide": None,
        "confidence": 0.0,
    }


def empty_record(doc_id: str, text: str, title: str | None = None,
                 published: dict | None = None, language: str = "en") -> dict:
    return {
        "doc_id": doc_id,
        "title": title,
        "published": published,
        "language": language,
        "text": text,
        "incidents": [],
        "claims": [],
    }


# --------------------------------------------------------------------------- validation

def _spans_in(obj: Any, path: str = ""):
    """Yield (path, evidence-dict) for every object that carries text and span."""
    if isinstance(obj, dict):
        if "span" in obj and "text" in obj and obj.get("span") is not None:
            yield path, obj
        for k, v in obj.items():
            if k == "text" and isinstance(v, str):
                continue
            yield from _spans_in(v, f"{path}.{k}" if path else k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _spans_in(v, f"{path}[{i}]")


def iter_evidence(record: dict):
    """Every (path, evidence) pair of a record except the document text itself."""
    for key in ("published", "incidents", "claims"):
        if record.get(key) is not None:
            yield from _spans_in(record[key], key)


def validate_record(record: dict) -> list[str]:
    """Problems with a record, as readable strings; an empty list means valid."""
    errors: list[str] = []
    for key in ("doc_id", "text", "incidents", "claims"):
        if key not in record:
            errors.append(f"missing field {key!r}")
    if errors:
        return errors
    text = record["text"]
    for path, ev in iter_evidence(record):
        span = ev["span"]
        if not (isinstance(span, (list, tuple)) and len(span) == 2):
            errors.append(f"{path}: span {span!r} is not [start, end]")
            continue
        s, e = span
        if not (0 <= s <= e <= len(text)):
            errors.append(f"{path}: span {span} outside text of length {len(text)}")
        elif text[s:e] != ev["text"]:
            errors.append(f"{path}: span {span} gives {text[s:e]!r}, not {ev['text']!r}")
    ids = set()
    for i, inc in enumerate(record["incidents"]):
        p = f"incidents[{i}]"
        if inc.get("id") in ids:
            errors.append(f"{p}: duplicate id {inc.get('id')!r}")
        ids.add(inc.get("id"))
        if inc.get("type") not in INCIDENT_TYPES:
            errors.append(f"{p}.type: {inc.get('type')!r} not in vocabulary")
        if inc.get("stage") not in STAGES:
            errors.append(f"{p}.stage: {inc.get('stage')!r} not in vocabulary")
        d = inc.get("date") or {}
        if d.get("precision") not in DATE_PRECISION:
            errors.append(f"{p}.date.precision: {d.get('precision')!r} not in vocabulary")
        for w in inc.get("weapons", []):
            if w.get("type") not in WEAPON_TYPES:
                errors.append(f"{p}.weapons: {w.get('type')!r} not in vocabulary")
        for o in inc.get("perpetrators", {}).get("organizations", []):
            if o.get("confidence") not in ORG_CONFIDENCE:
                errors.append(f"{p}.organizations: confidence {o.get('confidence')!r}")
        for h in inc.get("targets", {}).get("human", []):
            if h.get("effect") not in HUMAN_EFFECTS:
                errors.append(f"{p}.targets.human: effect {h.get('effect')!r}")
        for k, c in (inc.get("casualties") or {}).items():
            if c.get("qualifier") not in QUALIFIERS:
                errors.append(f"{p}.casualties.{k}: qualifier {c.get('qualifier')!r}")
        loc = inc.get("location")
        if loc and loc.get("precision") is not None and loc["precision"] not in PLACE_PRECISION:
            errors.append(f"{p}.location.precision: {loc['precision']!r} not in vocabulary")
    for i, c in enumerate(record["claims"]):
        for iid in c.get("incident_ids", []):
            if iid not in ids:
                errors.append(f"claims[{i}]: incident id {iid!r} unknown")
    return errors


@dataclass
class Failure:
    """A document that could not be read or extracted, and why."""

    source: str
    reason: str
    doc_id: str | None = None

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"

    def to_dict(self) -> dict:
        return asdict(self)
