"""How likely an extracted incident is one a human coder would record: the incident's ``confidence``.

A logistic regression over features of the finished incident record (what it
fills, its words, where it stands in the report), trained on the MUC-4
training keys by ``training/train_incident_scorer.py``: an incident is a
positive example when the scorer maps one of its templates to a key template
and enough of its fills score right that writing it raises ALL TEMPLATES F.
It reads only the plain record (the ``incident`` dict and its ``record``), so
training needs no spaCy and extraction pays a few microseconds per incident.
Shipped in ``src/wirecoder/models/incident_scorer.npz``; inference is a sparse
dot product in numpy.

It was trained on the records of the default mode (rules + the role-filler
classifier), so the extractor uses it where the classifier runs (``lr`` and
``both``); rules alone or the tagger alone fill fewer fields and keep the
rules' own confidence. The MUC-4 output leaves out scored incidents below the
model's ``threshold``; records keep every incident the rules found, with the
probability as ``confidence``, so that nothing is lost and a reviewer can sort
or filter by it. An incident only the role-filler classifier saw (the rules
found none in the report) stays in the record only from ``veto_threshold``
(at least ``threshold``). Both are chosen on MUC-4 dev by the training script.
In a report that the document relevance model (``extract.relevance``) puts
under ``RELEVANCE_GATE`` the veto also takes every incident under
``threshold``, the rules' too: a report of a trial, of talk about violence or
of events abroad keeps no incident the MUC-4 output leaves out (so that the
output is the same, and the record of such a report more often empty).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from wirecoder.extract.learned import feature_index, rows_to_matrix
from wirecoder.extract.relevance import default_model as default_relevance
from wirecoder.paths import MODELS_DIR

N_FEATURES = 2 ** 16
# a report the relevance model puts under this probability loses every incident under the output threshold,
# not only those the classifier alone saw under the veto threshold (see ``vetoed``)
RELEVANCE_GATE = 0.2
# ... when it is a whole report: the model learnt from reports of 70 to 1,500 words (MUC-4 dev: 5 % under 93);
# a sentence or a brief says too little to doubt it (a one-sentence "Soldiers killed six protesters in ...
# Yangon" scores 0.1)
RELEVANCE_MIN_WORDS = 100
MODEL_PATH = MODELS_DIR / "incident_scorer.npz"
_WORD = re.compile(r"[a-z][a-z'\-]+")


def _bucket(x: float, edges: tuple) -> str:
    return str(next((i for i, e in enumerate(edges) if x <= e), len(edges)))


def _days_before(record: dict, value: str | None) -> float | None:
    from datetime import date

    pub = (record.get("published") or {}).get("value")
    if not pub or not value or len(value) < 10:
        return None
    try:
        return (date.fromisoformat(pub[:10]) - date.fromisoformat(value[:10])).days
    except ValueError:
        return None


def features(inc: dict, record: dict, index: int) -> list[str]:
    """String features of one incident (``index``: its place among the record's incidents)."""
    f = [f"type={inc.get('type')}", f"stage={inc.get('stage')}", "bias"]
    n_inc = len(record.get("incidents") or [])
    f.append(f"n_inc={min(n_inc, 5)}")
    f.append(f"index={min(index, 4)}")
    f.append(f"last={index == n_inc - 1}")
    for t in inc.get("other_types") or []:
        f.append(f"other_type={t}")
    # date
    d = inc.get("date") or {}
    f.append(f"date_prec={d.get('precision') or 'none'}")
    ctx = inc.get("date_context") or {}
    if not d.get("value") and ctx.get("value"):
        f.append("date_context")
    days = _days_before(record, d.get("start") or d.get("value") or ctx.get("start") or ctx.get("value"))
    f.append("days=" + ("none" if days is None else _bucket(days, (0, 1, 3, 10, 30, 180))))
    # place
    loc = inc.get("location") or {}
    f.append("loc=" + ("none" if not loc else "dateline" if loc.get("inferred_from") else
                       str(loc.get("precision") or "unresolved")))
    dcc = (record.get("dateline") or {}).get("country_code")
    if loc.get("country_code") and dcc:
        f.append(f"loc_dateline_country={loc['country_code'] == dcc}")
    if not record.get("dateline"):
        f.append("no_dateline")
    # weapons, perpetrators, targets, casualties
    for w in inc.get("weapons") or []:
        f.append(f"weapon={w.get('type')}")
    f.append(f"n_weapons={min(len(inc.get('weapons') or []), 3)}")
    perps = inc.get("perpetrators") or {}
    f.append(f"category={perps.get('category')}")
    f.append(f"n_perp_ind={min(len(perps.get('individuals') or []), 3)}")
    # a group the incident's own words do not name, only the report (``report_groups``), says nothing of
    # whether the incident is one
    orgs = [o for o in perps.get("organizations") or [] if o.get("inferred_from") != "report"]
    f.append(f"n_perp_org={min(len(orgs), 3)}")
    for o in orgs:
        f.append(f"org_conf={o.get('confidence')}")
        if o.get("accused_by"):
            f.append("org_accused")
    tg = inc.get("targets") or {}
    human, phys = tg.get("human") or [], tg.get("physical") or []
    f.append(f"n_human={min(len(human), 4)}")
    f.append(f"n_phys={min(len(phys), 4)}")
    for h in human:
        f.append(f"human_type={h.get('type')}")
        f.append(f"human_effect={h.get('effect')}")
        if h.get("is_name"):
            f.append("human_named")
    for p in phys:
        f.append(f"phys_type={p.get('type')}")
    # (the learned fillers' scores are left out: on the training split, which their model was fitted
    # on, they are higher than on new text, and with them the dev scores fell)
    cas = inc.get("casualties") or {}
    for k in ("killed", "injured"):
        v = (cas.get(k) or {}).get("value")
        f.append(f"{k}=" + ("none" if v is None else _bucket(v, (0, 1, 3, 10, 50))))
    if inc.get("suicide"):
        f.append("suicide")
    # where it is told, and its words
    ev = inc.get("evidence") or []
    text_len = max(1, len(record.get("text") or ""))
    if ev:
        first = min(e["span"][0] for e in ev)
        f.append("pos=" + _bucket(first / text_len, (0.1, 0.25, 0.5, 0.75)))
    f.append("n_sents=" + _bucket(len(ev), (1, 2, 4, 8)))
    f.append("doc_len=" + _bucket(math.log(text_len), (6, 7, 8, 9)))
    claims = [c for c in record.get("claims") or [] if inc.get("id") in (c.get("incident_ids") or [])]
    f.append(f"n_claims={min(len(claims), 3)}")
    f.append("ev_quoted=" + _quoted_share(ev))
    words = set()
    for e in ev:
        words.update(_WORD.findall(e["text"].lower()))
    f += [f"w={w}" for w in words]
    return f


def _quoted_share(ev: list) -> str:
    """The share of the incident's evidence sentences in quotation marks, bucketed: none, up to half, more.
    An act told inside someone's quoted words (a speech, a communique, an interview) is less often one a
    coder records than an act the report itself tells."""
    if not ev:
        return "none"
    return _bucket(sum('"' in e["text"] for e in ev) / len(ev), (0, 0.5))


def _index(feature: str) -> int:
    return feature_index(feature, N_FEATURES)


def matrix(rows: list[list[str]]):
    """The training matrix: the features hashed as ``probability`` hashes them (CRC-32, as the role-filler
    classifier does, into fewer columns)."""
    return rows_to_matrix(rows, N_FEATURES)


class IncidentScorer:
    def __init__(self, coef: np.ndarray, intercept: float, threshold: float, veto_threshold: float | None = None):
        self.coef = coef.astype(np.float32).ravel()
        self.intercept = float(intercept)
        self.threshold = float(threshold)
        self.veto_threshold = max(self.threshold, float(threshold if veto_threshold is None else veto_threshold))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "IncidentScorer":
        z = np.load(path)
        # the thresholds are saved as float32 (0.4 reads back as 0.40000000596): rounded to the 0.001 the
        # training script chooses them on, so that an incident of confidence 0.40 stands at threshold 0.4
        veto = round(float(z["veto_threshold"]), 3) if "veto_threshold" in z.files else None
        return cls(z["coef"], float(z["intercept"]), round(float(z["threshold"]), 3), veto)

    def save(self, path: Path = MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, coef=self.coef.astype(np.float16), intercept=np.float32(self.intercept),
                            threshold=np.float32(self.threshold), veto_threshold=np.float32(self.veto_threshold))

    def probability(self, inc: dict, record: dict, index: int) -> float:
        z = self.intercept + sum(float(self.coef[i]) for i in {_index(x) for x in features(inc, record, index)})
        return 1.0 / (1.0 + math.exp(-z))

    def score_record(self, record: dict) -> None:
        """Set every incident's ``confidence`` to the model's probability (rounded to 0.01), marked with
        ``confidence_source: "scorer"``."""
        for i, inc in enumerate(record.get("incidents") or []):
            inc["confidence"] = round(self.probability(inc, record, i), 2)
            inc["confidence_source"] = "scorer"


def document_relevance(record: dict) -> float | None:
    """The shipped relevance model's probability for the record's text (None without the model)."""
    model = default_relevance()
    return None if model is None else model.probability(record.get("text") or "")


def doubted(record: dict) -> bool:
    """Whether the relevance model puts the report, of at least ``RELEVANCE_MIN_WORDS`` words, under
    ``RELEVANCE_GATE``."""
    from wirecoder.extract.relevance import tokens

    text = record.get("text") or ""
    if len(tokens(text)) < RELEVANCE_MIN_WORDS:
        return False
    p = document_relevance(record)
    return p is not None and p < RELEVANCE_GATE


def vetoed(inc: dict, confidence: float, threshold: float, veto_threshold: float, doubted_report: bool) -> bool:
    """Whether the veto drops the incident from the record: seen by the classifier alone and under
    ``veto_threshold``, or, in a report the relevance model doubts, under the output ``threshold`` (one the
    MUC-4 output would leave out anyway)."""
    if inc.get("source") == "learned" and confidence < veto_threshold:
        return True
    return doubted_report and confidence < threshold


@lru_cache(maxsize=1)
def default_scorer() -> IncidentScorer | None:
    """The shipped model, or None where it is not shipped (the heuristic confidence stays)."""
    return IncidentScorer.load() if MODEL_PATH.exists() else None
