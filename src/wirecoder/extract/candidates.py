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
from wirecoder.extract.fields import TokenTable, trim_indices

_SKIP_HEADS = {"which", "who", "that", "it", "he", "she", "they", "them", "him", "her", "we", "i", "you",
               "this", "these", "those", "what", "one", "text", "report", "gmt"}


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    features: list[str] = field(default_factory=list)


def _trigger_context(t: TokenTable, h: int) -> list[str]:
    """The attack word that governs the candidate, through up to three heads ("killed ... the mayor").

    At the root (its own head) the walk reads the root again: so it always did, as the ``Token``
    version's ``gov is tok`` test never held (spaCy builds a new ``Token`` at every access)."""
    out, tok, path = [], h, t.dep[h]
    for _ in range(3):
        gov = t.head[tok]
        lemma = t.lemma_lower[gov]
        if lemma in lx.TRIGGERS:
            out += [f"gtrig={lemma}|{path}", f"gtype={lx.TRIGGERS[lemma]}|{path}"]
            break
        path = f"{path}<{t.dep[gov]}"
        tok = gov
    return out


def _span_feats(t: TokenTable, tokens: list[int], h: int, sent_trigs: set[str], sent_i: int,
                passive_gov) -> list[str]:
    lem, low, dep = t.lemma_lower, t.lower, t.dep
    f = [f"head={lem[h]}", f"headdep={dep[h]}", f"ent={t.ent_type[h] or 'none'}",
         f"len={min(len(tokens), 6)}"]
    f += [f"w={low[i]}" for i in tokens if not t.is_punct[i]][:8]
    gov = t.head[h]
    f.append(f"gov={lem[gov]}")
    f.append(f"govdep={dep[h]}|{lem[gov]}")
    if dep[h] == "pobj":
        f.append(f"prep={low[gov]}")
        f.append(f"pgov={low[gov]}|{lem[t.head[gov]]}")
    if dep[h] in ("nsubjpass", "agent") or passive_gov(gov):
        f.append("passive")
    first, last, n = tokens[0], tokens[-1], len(low)
    for k, i in (("p1", first - 1), ("p2", first - 2), ("n1", last + 1), ("n2", last + 2)):
        if 0 <= i < n:
            f.append(f"{k}={low[i]}")
    f += [f"trig={x}" for x in sorted(sent_trigs)[:6]]
    f += _trigger_context(t, h)
    f.append(f"headlen={min(t.length[h], 12)}")
    f.append(f"shape={t.shape[h][:4]}")
    f.append("sent_trig" if sent_trigs else "sent_notrig")
    f.append(f"sent={min(sent_i, 5)}")
    hl = low[h]
    if hl in lx.PERPETRATOR_NOUNS:
        f.append("lex=perp")
    if lem[h] in lx.HUMAN_TARGET_TYPES:
        f.append("lex=human")
    if lem[h] in lx.PHYSICAL_TARGET_TYPES:
        f.append("lex=physical")
    if lem[h] in lx.WEAPONS or hl in lx.WEAPONS:
        f.append("lex=weapon")
    return f


@lru_cache(maxsize=65536)
def _names_group(phrase: str) -> bool:
    from wirecoder.normalize import groups

    return bool(groups.find(phrase))


_NP_DEPS = frozenset({"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"})


def _noun_chunks(sdoc, t: TokenTable) -> list[tuple[int, int]]:
    """(start, end) of ``sdoc.noun_chunks``: spaCy's English noun-chunk rule (``spacy.lang.en.syntax_iterators``)
    over the token table, reading a token's left edge only for nouns and pronouns. Other languages' rules
    through spaCy."""
    from spacy.lang.en.syntax_iterators import noun_chunks as english

    if getattr(sdoc.noun_chunks_iterator, "__wrapped__", sdoc.noun_chunks_iterator) is not english:
        return [(c.start, c.end) for c in sdoc.noun_chunks]
    out, prev_end, pos, dep, head = [], -1, t.pos, t.dep, t.head
    for i in range(len(pos)):
        if pos[i] not in ("NOUN", "PROPN", "PRON"):
            continue
        left = sdoc[i].left_edge.i
        if left <= prev_end:   # no nested chunks
            continue
        if dep[i] in _NP_DEPS:
            prev_end = i
            out.append((left, i + 1))
        elif dep[i] == "conj":
            h = head[i]
            while dep[h] == "conj" and head[h] < h:
                h = head[h]
            if dep[h] in _NP_DEPS:   # coordinated to a noun phrase
                prev_end = i
                out.append((left, i + 1))
    return out


def candidates(sdoc, text: str, *, start_at: int = 0) -> list[Candidate]:
    """Candidate mentions of a document (after ``start_at``, e.g. the dateline's end)."""
    out: dict[tuple[int, int], Candidate] = {}
    t = TokenTable(sdoc)
    sents = list(sdoc.sents)
    # the document's noun chunks once, by sentence (``Span.noun_chunks`` re-reads the whole document)
    # and its entities once (``Span.ents`` and ``Token.sent`` re-read the whole document too)
    starts = [s.start for s in sents]
    chunks_of: dict[int, list] = {}
    for cs, ce in _noun_chunks(sdoc, t):
        root = sdoc[cs:ce].root.i
        chunks_of.setdefault(starts[bisect_right(starts, root) - 1], []).append((cs, ce, root))
    ents_of: dict[int, list] = {}
    for ent in sdoc.ents:
        ents_of.setdefault(starts[bisect_right(starts, ent.start) - 1], []).append(ent)
    passive: dict[int, bool] = {}

    def passive_gov(gov: int) -> bool:   # the governor has an "auxpass" child, read once per governor
        if gov not in passive:
            passive[gov] = any(c.dep_ == "auxpass" for c in sdoc[gov].children)
        return passive[gov]

    for si, sent in enumerate(sents):
        if sent.end_char <= start_at:
            continue
        trigs = {x for x in t.lemma_lower[sent.start:sent.end] if x in lx.TRIGGERS}
        spans = []
        for cs, ce, root in chunks_of.get(sent.start, []):
            spans.append((list(range(cs, ce)), root))
            comp = [i for i in range(cs, ce) if i >= root or t.dep[i] == "compound" and t.head[i] == root]
            if len(comp) < ce - cs:
                spans.append((comp, root))
        for ent in ents_of.get(sent.start, []):
            if ent.label_ in ("PERSON", "ORG", "NORP", "FAC", "PRODUCT"):
                spans.append((list(range(ent.start, ent.end)), ent.root.i))
        for toks, head in spans:
            if t.lower[head] in _SKIP_HEADS or t.pos[head] in ("PRON", "NUM"):
                continue
            span = trim_indices(t, toks)
            if span is None or span[0] < start_at:
                continue
            if span in out:
                continue
            feats = _span_feats(t, toks, head, trigs, si, passive_gov)
            if _names_group(text[span[0]:span[1]]):
                feats.append("group_alias")
            out[span] = Candidate(span[0], span[1], text[span[0]:span[1]], feats)
    return sorted(out.values(), key=lambda c: (c.start, c.end))
