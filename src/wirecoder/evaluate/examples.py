"""Compare records with the gold records of modern reports (``shared/examples/NAME.gold.json``).

A gold file holds the contract's core fields. Predicted incidents are aligned
to gold incidents one-to-one (greedily, by a field-agreement score), then each
core field is compared: type, stage, date value, place (name and country
code), weapon types, organisations with confidence, named individuals,
killed and injured with qualifier, suicide. Gold incidents marked
``"optional": true`` count neither as missed nor, when matched, as spurious.
Claims are matched by speaker and by word overlap of their content.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

FIELDS = ("type", "stage", "date", "location", "weapons", "organizations", "individuals",
          "killed", "injured", "suicide")


def _norm(s: str | None) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def _place_ok(gold: dict, pred: dict | None) -> bool:
    if not pred:
        return False
    if gold.get("country_code") and pred.get("country_code") and gold["country_code"] != pred["country_code"]:
        return False
    names = {_norm(pred.get("name")), _norm(pred.get("text"))}
    g = _norm(gold.get("name"))
    return any(g and (g == n or g in n.split() or g in n) for n in names if n)


def field_values(inc: dict) -> dict:
    """The comparable core values of an incident (gold or predicted)."""
    perps = inc.get("perpetrators") or {}
    orgs = {(o["name"], o.get("confidence")) for o in perps.get("organizations", [])}
    inds = set()
    for i in perps.get("individuals", []):
        if isinstance(i, str) or i.get("named", True):  # gold lists names; descriptions are extra
            inds.add(_norm(i if isinstance(i, str) else i.get("text")))
    weapons = {w if isinstance(w, str) else w["type"] for w in inc.get("weapons", [])}
    cas = inc.get("casualties") or {}
    return {
        "type": inc.get("type"),
        "stage": inc.get("stage"),
        "date": (inc.get("date") or {}).get("value"),
        "location": inc.get("location"),
        "weapons": weapons,
        "organizations": orgs,
        "individuals": inds,
        "killed": (cas.get("killed") or {}).get("value"), "killed_q": (cas.get("killed") or {}).get("qualifier"),
        "injured": (cas.get("injured") or {}).get("value"), "injured_q": (cas.get("injured") or {}).get("qualifier"),
        "suicide": inc.get("suicide"),
    }


def compare_incident(gold: dict, pred: dict) -> dict[str, bool]:
    g, p = field_values(gold), field_values(pred)
    out = {}
    for f in FIELDS:
        if f == "location":
            out[f] = _place_ok(gold.get("location") or {}, pred.get("location"))
        elif f in ("killed", "injured"):
            out[f] = g[f] == p[f] and (g[f] is None or g[f + "_q"] == p[f + "_q"])
        elif f == "individuals":
            out[f] = all(any(x in y or y in x for y in p[f]) for x in g[f]) and (bool(g[f]) or not p[f])
        else:
            out[f] = g[f] == p[f]
    return out


@dataclass
class ExampleScore:
    name: str
    matched: list[tuple[dict, dict, dict]] = field(default_factory=list)  # (gold, pred, per-field)
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    claims_found: int = 0
    claims_gold: int = 0
    claims_predicted: int = 0

    def field_accuracy(self) -> dict[str, float]:
        n = len(self.matched) + len(self.missed)
        return {f: (sum(r[f] for _, _, r in self.matched) / n if n else 1.0) for f in FIELDS}


def _words(s: str) -> set[str]:
    return set(_norm(s).split())


def score_example(gold: dict, record: dict, name: str = "") -> ExampleScore:
    score = ExampleScore(name or gold.get("doc_id", ""))
    preds = list(record.get("incidents", []))
    pairs = []
    for gi, g in enumerate(gold.get("incidents", [])):
        for pi, p in enumerate(preds):
            r = compare_incident(g, p)
            if not r["location"] and not (r["date"] and g.get("date", {}).get("value")):
                continue
            pairs.append((sum(r.values()) + 3 * r["location"], gi, pi, r))
    used_g, used_p = set(), set()
    for _, gi, pi, r in sorted(pairs, key=lambda x: -x[0]):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g = gold["incidents"][gi]
        if not g.get("optional"):
            score.matched.append((g, preds[pi], r))
    for gi, g in enumerate(gold.get("incidents", [])):
        if gi not in used_g and not g.get("optional"):
            score.missed.append(g)
    score.spurious = [p for pi, p in enumerate(preds) if pi not in used_p]
    # claims
    gold_claims = gold.get("claims", [])
    pred_claims = record.get("claims", [])
    score.claims_gold, score.claims_predicted = len(gold_claims), len(pred_claims)
    for gc in gold_claims:
        gw = _words(gc["content"])
        for pc in pred_claims:
            speaker_ok = bool(_words(gc["speaker"]) & _words(pc["speaker"]["text"]))
            pw = _words(pc["content"]["text"])
            if speaker_ok and gw and len(gw & pw) / len(gw) >= 0.5:
                score.claims_found += 1
                break
    return score


def load_examples(folder: Path) -> list[tuple[str, Path, dict]]:
    """(name, text path, gold) for every ``NAME.gold.json`` with its text beside it."""
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        texts = [p for p in folder.glob(name + ".*") if not p.name.endswith(".gold.json")]
        if texts:
            out.append((name, texts[0], json.loads(gold_path.read_text(encoding="utf-8"))))
    return out
