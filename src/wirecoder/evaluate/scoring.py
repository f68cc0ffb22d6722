"""The three MUC-4 scores, in the project's own code.

1. **Full-template scoring** after the 1992 automatic scorer
   (``scoring/scoring-guidelines.v7``): response templates are mapped one-to-one
   to key templates of the same message (incident types must be compatible;
   the mapping maximises correct slot fills), then every slot 2-24 is scored
   COR / PAR / INC / SPU / MIS. REC = (COR + ½PAR) / POS with POS = COR + PAR +
   INC + MIS; PRE = (COR + ½PAR) / ACT with ACT = COR + PAR + INC + SPU;
   F = 2PR / (P + R). Summary rows: MATCHED ONLY, MATCHED/MISSING (unmapped key
   templates count as missing), MATCHED/SPURIOUS (unmapped responses count as
   spurious) and ALL TEMPLATES (both). Interpretations where the guidelines
   leave room: a string fill is correct when it equals an alternative of the
   key fill after normalisation, partial when one contains the other; a set
   fill with a cross-reference is correct when the set value is right and its
   string matches the key's, partial when only the set value is right; a date
   inside the key's range is correct; a location that agrees on the country
   only is partial; optional key fills (``?``) missing from the response are
   not counted; a key slot ``*`` is not scored.
2. **CEAF-REE** (Du, Rush and Cardie, EACL 2021): five roles — PerpInd (slot
   9), PerpOrg (10), Target (12), Victim (18) and Weapon (6) — over one merged
   template per document. Gold entities are the key fills' alternative sets,
   keeping only strings that occur in the document (case-insensitively);
   predicted entities are the response strings. A predicted entity matches a
   gold entity when its normalised string equals one of the gold
   alternatives (SQuAD-style normalisation: lower case, no punctuation, no
   articles); entities are matched one-to-one per role; P, R and F1 are micro-
   averaged over documents and roles.
3. **Template level** (GTT, Du et al. NAACL 2021; IterX, Chen et al. EACL 2023):
   each template is its incident type plus the same five roles; predicted
   templates are aligned one-to-one to gold templates of the same type so as
   to maximise matched role fillers; the type counts as one more matched slot
   for every aligned pair; micro-averaged P, R, F1.
"""

from __future__ import annotations

import re
import string
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

from wirecoder.evaluate.muc4_keys import STRING_SLOTS, Fill, Template

ROLES = {"PerpInd": 9, "PerpOrg": 10, "Target": 12, "Victim": 18, "Weapon": 6}
SLOTS = list(range(2, 25))
SET_SLOTS = {4, 5, 7, 8, 11, 13, 15, 16, 20, 22, 23}
_ARTICLES = re.compile(r"\b(a|an|the)\b")


def norm(s: str) -> str:
    s = s.lower()
    s = "".join(ch for ch in s if ch not in set(string.punctuation))
    s = _ARTICLES.sub(" ", s)
    return " ".join(s.split())


def prf(correct: float, predicted: float, gold: float) -> dict:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": 100 * p, "recall": 100 * r, "f1": 100 * f, "correct": correct,
            "predicted": predicted, "gold": gold}


def _assign(score: np.ndarray) -> list[tuple[int, int]]:
    if score.size == 0:
        return []
    rows, cols = linear_sum_assignment(-score)
    return [(r, c) for r, c in zip(rows, cols) if score[r, c] > 0]


# --------------------------------------------------------------------------- CEAF-REE

def _gold_entities(templates: list[Template], slot: int, text_norm: str) -> list[set[str]]:
    ents: list[set[str]] = []
    for t in templates:
        if not t.is_relevant:
            continue
        for fill in t.values(slot):
            alts = {norm(a) for a in fill.alternatives if norm(a) and norm(a) in text_norm}
            if not alts or any(alts <= e for e in ents):
                continue  # the same entity again, or a part of its names
            ents = [e for e in ents if not e <= alts] + [alts]
    return ents


def _pred_entities(templates: list[Template], slot: int, text_norm: str = "") -> list[str]:
    """The response's entities, one string each (a real response gives one string per fill;
    a key used as a response offers several, of which any one stands for the entity)."""
    return [min(e) for e in _gold_entities(templates, slot, text_norm)]


def ceaf_ree(docs: list[tuple[str, list[Template], list[Template]]]) -> dict:
    """``docs``: (document text, key templates, response templates) per message."""
    totals = {r: [0.0, 0.0, 0.0] for r in ROLES}
    for text, key, resp in docs:
        text_norm = norm(text)
        for role, slot in ROLES.items():
            gold = _gold_entities(key, slot, text_norm)
            pred = _pred_entities(resp, slot, text_norm)
            score = np.array([[1.0 if p in g else 0.0 for g in gold] for p in pred]).reshape(len(pred), len(gold))
            matched = sum(score[r, c] for r, c in _assign(score))
            totals[role][0] += matched
            totals[role][1] += len(pred)
            totals[role][2] += len(gold)
    out = {role: prf(*v) for role, v in totals.items()}
    c, p, g = (sum(v[i] for v in totals.values()) for i in range(3))
    out["micro"] = prf(c, p, g)
    return out


# --------------------------------------------------------------------------- template level

def template_level(docs: list[tuple[str, list[Template], list[Template]]]) -> dict:
    correct = predicted = gold_n = 0.0
    for text, key, resp in docs:
        text_norm = norm(text)
        gold_t = [t for t in key if t.is_relevant]
        pred_t = [t for t in resp if t.is_relevant]
        g_roles = [{r: _gold_entities([t], s, text_norm) for r, s in ROLES.items()} for t in gold_t]
        p_roles = [{r: _pred_entities([t], s, text_norm) for r, s in ROLES.items()} for t in pred_t]
        g_types = [{a for f in t.values(4) for a in f.alternatives} for t in gold_t]
        p_types = [{a for f in t.values(4) for a in f.alternatives} for t in pred_t]
        predicted += sum(1 + sum(len(v) for v in pr.values()) for pr in p_roles)
        gold_n += sum(1 + sum(len(v) for v in gr.values()) for gr in g_roles)
        score = np.zeros((len(pred_t), len(gold_t)))
        for i, pr in enumerate(p_roles):
            for j, gr in enumerate(g_roles):
                if not (p_types[i] & g_types[j]):
                    continue
                m = 1.0
                for r in ROLES:
                    s = np.array([[1.0 if p in g else 0.0 for g in gr[r]] for p in pr[r]]).reshape(len(pr[r]), len(gr[r]))
                    m += sum(s[a, b] for a, b in _assign(s))
                score[i, j] = m
        correct += sum(score[i, j] for i, j in _assign(score))
    return prf(correct, predicted, gold_n)


# --------------------------------------------------------------------------- full templates

@dataclass
class SlotCounts:
    cor: float = 0
    par: float = 0
    inc: float = 0
    spu: float = 0
    mis: float = 0

    def add(self, other: "SlotCounts") -> None:
        for k in ("cor", "par", "inc", "spu", "mis"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @property
    def pos(self) -> float:
        return self.cor + self.par + self.inc + self.mis

    @property
    def act(self) -> float:
        return self.cor + self.par + self.inc + self.spu

    def scores(self) -> dict:
        good = self.cor + 0.5 * self.par
        rec = good / self.pos if self.pos else 0.0
        pre = good / self.act if self.act else 0.0
        f = 2 * pre * rec / (pre + rec) if pre + rec else 0.0
        return {"cor": self.cor, "par": self.par, "inc": self.inc, "spu": self.spu, "mis": self.mis,
                "pos": self.pos, "act": self.act, "recall": 100 * rec, "precision": 100 * pre, "f": 100 * f}


def _date_range(s: str):
    from datetime import date

    months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

    def one(x: str):
        m = re.match(r"(\d{1,2})\s+([A-Z]{3})\s+(\d{2})", x.strip())
        if not m or m.group(2) not in months:
            return None
        try:
            return date(1900 + int(m.group(3)), months.index(m.group(2)) + 1, int(m.group(1)))
        except ValueError:
            return None
    s = s.strip()
    if s.startswith("-"):
        return (None, one(s[1:]))
    if " - " in s:
        a, b = s.split(" - ", 1)
        return (one(a), one(b))
    d = one(s)
    return (d, d)


def _place_part(part: str) -> tuple[str, frozenset[str]]:
    """One level of a LOCATION fill: its name and its place types. A key may list several types for one
    place, "LIMA (CITY / MUNICIPALITY)": any of them is right."""
    m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)", part.strip())
    if not m:
        return part.strip(), frozenset()
    return m.group(1).strip(), frozenset(t.strip() for t in m.group(2).split("/") if t.strip())


def _unbracket(s: str) -> str:
    """A location alternative the key wraps in brackets, "(EL SALVADOR: SAN SALVADOR (CITY)) / (EL SALVADOR)",
    without them; a place's own type in brackets, "SAN SALVADOR (CITY)", is kept."""
    s = s.strip()
    while s.startswith("(") and s.endswith(")"):
        depth = 0
        for i, ch in enumerate(s):
            depth += (ch == "(") - (ch == ")")
            if depth == 0 and i < len(s) - 1:
                return s  # the first bracket closes before the end: "(A) ... (B)" is no one enclosure
        s = s[1:-1].strip()
    return s


def _same_place(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    return a[0] == b[0] and (a[1] == b[1] or bool(a[1] & b[1]))


def _compare_value(slot: int, key_alt: str, resp: str) -> float:
    """1 correct, 0.5 partial, 0 wrong, for one key alternative and one response value."""
    k, r = key_alt.strip(), resp.strip()
    if slot in STRING_SLOTS:
        nk, nr = norm(k), norm(r)
        if not nk or not nr:
            return 0.0
        if nk == nr:
            return 1.0
        return 0.5 if (nk in nr or nr in nk) else 0.0
    if slot == 2:
        # TST2's keys bracket some dates: "(09 DEC 89)" / "(- 09 DEC 89)" (a key scored as a response too)
        k, r = k.strip("()").strip(), r.strip("()").strip()
        if k == r:
            return 1.0
        ka, kb = _date_range(k)
        ra, rb = _date_range(r)
        if rb and ra and ra == rb and (ka is None or ka <= ra) and kb and ra <= kb:
            return 1.0 if ka is not None else 0.5
        # a range inside the key's "on or before" range is part of it (v7, 3.2.2, partial 1): "LAST WEEK"
        # (30 MAR 90 - 05 APR 90) against "- 11 APR 90"
        if ra and rb and ra < rb and ka is None and kb and rb <= kb:
            return 0.5
        # a default-looking response ("- 26 AUG 89") whose anchor is the key's date or its range's upper
        # anchor is partially correct (scoring guidelines v7, 3.2.2, partial 2)
        if ra is None and rb and kb and rb == kb:
            return 0.5
        return 0.0
    if slot == 3:
        k, r = _unbracket(k), _unbracket(r)
        kparts = [_place_part(p) for p in k.split(":")]
        rparts = [_place_part(p) for p in r.split(":")]
        if len(kparts) == len(rparts) and all(_same_place(a, b) for a, b in zip(kparts, rparts)):
            return 1.0
        # the right country with no or another specific place: partial (scoring guidelines v7, 3.2.3)
        return 0.5 if _same_place(kparts[0], rparts[0]) else 0.0
    if slot in NUMBER_SLOTS:
        return _compare_number(k, r)
    return 1.0 if k == r else 0.0


NUMBER_SLOTS = {14, 17, 21, 24}


def _compare_number(k: str, r: str) -> float:
    """A NUMBER fill: the keys write a range or a lower bound with spaces ("5 - 7", "6 -"), the template
    definition without ("6-8", "6-"); a single number that is an anchor of the key's range, or the key's
    number with a tilde, is partially correct (scoring guidelines v7, 3.2.14, 3.2.21)."""
    k, r = re.sub(r"\s+", "", k), re.sub(r"\s+", "", r)
    if k == r:
        return 1.0
    if re.fullmatch(r"\d+", r) and (k.lstrip("~") == r or r in [x for x in k.split("-") if x]):
        return 0.5
    return 0.0


def _fill_score(slot: int, key: Fill, resp: Fill) -> float:
    best = max((_compare_value(slot, a, b) for a in key.alternatives for b in resp.alternatives), default=0.0)
    if best and key.xref and slot not in STRING_SLOTS:
        if resp.xref and any(norm(x) == norm(y) or norm(x) in norm(y) or norm(y) in norm(x)
                             for x in key.xref for y in resp.xref):
            return best
        return min(best, 0.5)
    return best


def score_slot(slot: int, key: list[Fill] | None, resp: list[Fill] | None) -> SlotCounts:
    c = SlotCounts()
    if key is None:
        return c  # "*": not applicable, not scored
    resp = resp or []
    key_fills = list(key)
    if key_fills or resp:
        score = np.array([[_fill_score(slot, k, r) for k in key_fills] for r in resp]).reshape(len(resp), len(key_fills))
        pairs = _assign(score)
        used_k = {j for _, j in pairs}
        used_r = {i for i, _ in pairs}
        for i, j in pairs:
            if score[i, j] >= 1:
                c.cor += 1
            else:
                c.par += 1
        unmatched_r = [i for i in range(len(resp)) if i not in used_r]
        unmatched_k = [j for j in range(len(key_fills)) if j not in used_k and not key_fills[j].optional]
        n_inc = min(len(unmatched_r), len(unmatched_k))
        c.inc += n_inc
        c.spu += len(unmatched_r) - n_inc
        c.mis += len(unmatched_k) - n_inc
    return c


def _template_counts(key: Template | None, resp: Template | None) -> dict[int, SlotCounts]:
    out = {}
    for slot in SLOTS:
        k = key.slots.get(slot, []) if key is not None else []
        r = resp.slots.get(slot, []) if resp is not None else []
        if key is not None and k is None:
            out[slot] = SlotCounts()
            continue
        out[slot] = score_slot(slot, k, r or [])
    return out


def _type_ok(key: Template, resp: Template) -> bool:
    kt = {a for f in key.values(4) for a in f.alternatives}
    rt = {a for f in resp.values(4) for a in f.alternatives}
    return bool(kt & rt)


def match_templates(kt: list[Template], rt: list[Template]) -> tuple[list[tuple[int, int]], dict]:
    """The scorer's one-to-one mapping of response templates ``rt`` to key templates ``kt``: the ``(i, j)``
    pairs of templates of a compatible type that together share the most slot fills, and each pair's slot
    counts."""
    score = np.zeros((len(rt), len(kt)))
    counts = {}
    for i, r in enumerate(rt):
        for j, k in enumerate(kt):
            if _type_ok(k, r):
                counts[i, j] = _template_counts(k, r)
                score[i, j] = 1e-3 + sum(c.cor + 0.5 * c.par for c in counts[i, j].values())
    return _assign(score), counts


def full_template(messages: list[tuple[list[Template], list[Template]]]) -> dict:
    """Per-slot counts and the summary rows over (key templates, response templates) per message."""
    matched = defaultdict(SlotCounts)
    missing = defaultdict(SlotCounts)
    spurious = defaultdict(SlotCounts)
    n = {"matched": 0, "missing": 0, "spurious": 0}
    for key, resp in messages:
        kt = [t for t in key if t.is_relevant]
        rt = [t for t in resp if t.is_relevant]
        pairs, counts = match_templates(kt, rt)
        for i, j in pairs:
            n["matched"] += 1
            for slot, c in counts[i, j].items():
                matched[slot].add(c)
        for j in set(range(len(kt))) - {j for _, j in pairs}:
            n["missing"] += 1
            for slot, c in _template_counts(kt[j], None).items():
                missing[slot].add(c)
        for i in set(range(len(rt))) - {i for i, _ in pairs}:
            n["spurious"] += 1
            for slot in SLOTS:
                c = score_slot(slot, [], rt[i].slots.get(slot) or [])
                spurious[slot].add(c)
    rows = {}
    for name, parts in (("MATCHED ONLY", (matched,)), ("MATCHED/MISSING", (matched, missing)),
                        ("MATCHED/SPURIOUS", (matched, spurious)), ("ALL TEMPLATES", (matched, missing, spurious))):
        total = SlotCounts()
        for part in parts:
            for c in part.values():
                total.add(c)
        rows[name] = total.scores()
    per_slot = {}
    for slot in SLOTS:
        total = SlotCounts()
        for part in (matched, missing, spurious):
            total.add(part[slot])
        per_slot[slot] = total.scores()
    return {"templates": n, "summary": rows, "slots": per_slot}
