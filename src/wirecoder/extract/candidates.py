"""Candidate role-filler mentions and their features, for the learned role-filler classifier.

A candidate is a noun phrase of the spaCy ``Doc`` (trimmed of determiners), its
head with compounds ("GUERRILLA COLUMN" inside "A LARGE GUERRILLA COLUMN"), or a
named entity. Its features are strings (hashed by the model): the words and
head, the entity label, the syntactic relation to the governing verb and
preposition, the neighbouring words, and whether the sentence tells an attack.
The same code serves training (``training/train_role_fillers.py``) and
extraction, so the two never drift apart.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from wirecoder.extract import lexicon as lx
from wirecoder.extract.fields import trim_span

_SKIP_HEADS = {"which", "who", "that", "it", "he", "she", "they", "them", "him", "her", "we", "i", "you",
               "this", "these", "those", "what", "one", "text", "report", "gmt"}


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    features: list[str] = field(default_factory=list)


def _trigger_context(head) -> list[str]:
    """The attack word that governs the candidate, through up to three heads ("killed ... the mayor")."""
    out, tok, path = [], head, head.dep_
    for _ in range(3):
        gov = tok.head
        if gov is tok:
            break
        lemma = gov.lemma_.lower()
        if lemma in lx.TRIGGERS:
            out += [f"gtrig={lemma}|{path}", f"gtype={lx.TRIGGERS[lemma]}|{path}"]
            break
        path = f"{path}<{gov.dep_}"
        tok = gov
    return out


def _span_feats(tokens, head, sent_trigs: set[str], sent_i: int) -> list[str]:
    f = [f"head={head.lemma_.lower()}", f"headdep={head.dep_}", f"ent={head.ent_type_ or 'none'}",
         f"len={min(len(tokens), 6)}"]
    f += [f"w={t.lower_}" for t in tokens if not t.is_punct][:8]
    gov = head.head
    f.append(f"gov={gov.lemma_.lower()}")
    f.append(f"govdep={head.dep_}|{gov.lemma_.lower()}")
    if head.dep_ == "pobj":
        f.append(f"prep={gov.lower_}")
        f.append(f"pgov={gov.lower_}|{gov.head.lemma_.lower()}")
    if head.dep_ in ("nsubjpass", "agent") or any(c.dep_ == "auxpass" for c in gov.children):
        f.append("passive")
    doc = head.doc
    first, last = tokens[0].i, tokens[-1].i
    for k, i in (("p1", first - 1), ("p2", first - 2), ("n1", last + 1), ("n2", last + 2)):
        if 0 <= i < len(doc):
            f.append(f"{k}={doc[i].lower_}")
    f += [f"trig={t}" for t in sorted(sent_trigs)[:6]]
    f += _trigger_context(head)
    f.append(f"headlen={min(len(head.text), 12)}")
    f.append(f"shape={head.shape_[:4]}")
    f.append("sent_trig" if sent_trigs else "sent_notrig")
    f.append(f"sent={min(sent_i, 5)}")
    low = head.lower_
    if low in lx.PERPETRATOR_NOUNS:
        f.append("lex=perp")
    if head.lemma_.lower() in lx.HUMAN_TARGET_TYPES:
        f.append("lex=human")
    if head.lemma_.lower() in lx.PHYSICAL_TARGET_TYPES:
        f.append("lex=physical")
    if head.lemma_.lower() in lx.WEAPONS or low in lx.WEAPONS:
        f.append("lex=weapon")
    return f


@lru_cache(maxsize=65536)
def _names_group(phrase: str) -> bool:
    from wirecoder.normalize import groups

    return bool(groups.find(phrase))


def candidates(sdoc, text: str, *, start_at: int = 0) -> list[Candidate]:
    """Candidate mentions of a document (after ``start_at``, e.g. the dateline's end)."""
    out: dict[tuple[int, int], Candidate] = {}
    sents = list(sdoc.sents)
    # the document's noun chunks once, by sentence (``Span.noun_chunks`` re-reads the whole document)
    # and its entities once (``Span.ents`` and ``Token.sent`` re-read the whole document too)
    starts = [s.start for s in sents]
    chunks_of: dict[int, list] = {}
    for chunk in sdoc.noun_chunks:
        chunks_of.setdefault(starts[bisect_right(starts, chunk.root.i) - 1], []).append(chunk)
    ents_of: dict[int, list] = {}
    for ent in sdoc.ents:
        ents_of.setdefault(starts[bisect_right(starts, ent.start) - 1], []).append(ent)
    for si, sent in enumerate(sents):
        if sent.end_char <= start_at:
            continue
        trigs = {t.lemma_.lower() for t in sent if t.lemma_.lower() in lx.TRIGGERS}
        spans = []
        for chunk in chunks_of.get(sent.start, []):
            spans.append((list(chunk), chunk.root))
            comp = [t for t in chunk if t.i >= chunk.root.i or t.dep_ == "compound" and t.head == chunk.root]
            if len(comp) < len(chunk):
                spans.append((comp, chunk.root))
        for ent in ents_of.get(sent.start, []):
            if ent.label_ in ("PERSON", "ORG", "NORP", "FAC", "PRODUCT"):
                spans.append((list(ent), ent.root))
        for toks, head in spans:
            if head.lower_ in _SKIP_HEADS or head.pos_ in ("PRON", "NUM"):
                continue
            span = trim_span(toks)
            if span is None or span[0] < start_at:
                continue
            if span in out:
                continue
            feats = _span_feats(toks, head, trigs, si)
            if _names_group(text[span[0]:span[1]]):
                feats.append("group_alias")
            out[span] = Candidate(span[0], span[1], text[span[0]:span[1]], feats)
    return sorted(out.values(), key=lambda c: (c.start, c.end))
