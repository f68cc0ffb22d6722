"""Attributed statements: what a source says, kept as a claim and never as a fact.

Three forms are read:

* a reporting verb with its subject and its clause: "Akilov said he had
  received orders", "Al-Raqqawi claims that he has not taken part ...";
* a quotation attributed after or before it: '"Sleeper cells are ready," says
  al-Raqqawi' (the content is the whole quotation, however many sentences);
* "according to X, ..." (the content is the rest of the sentence).

A pronoun speaker ("he said") takes the nearest earlier person of the same
or the previous sentence. ``hedged`` marks "claims", "allegedly", "as far as
I know" and the like.
"""

from __future__ import annotations

from wirecoder.extract import lexicon as lx
from wirecoder.extract.fields import trim_span
from wirecoder.extract.mentions import quote_ranges
from wirecoder.schema import evidence_dict


_NO_SPEAKER = {"you", "i", "we", "it", "this", "that", "which", "who", "what"}
_PRONOUN_WINDOW = 4  # sentences to look back for the person a pronoun stands for


def _speaker_span(tok, sdoc):
    """Character span of the speaker phrase, resolving a pronoun to a person."""
    if tok.lower_ in _NO_SPEAKER:
        return None  # the interviewer, the narrator, or a clause: not a source
    if tok.pos_ == "PRON" or tok.lower_ in ("he", "she", "they"):
        found = _antecedent(tok, sdoc)
        return found if found else (tok.idx, tok.idx + len(tok.text))
    ent = next((e for e in sdoc.ents if e.start <= tok.i < e.end and e.label_ in ("PERSON", "ORG", "NORP")), None)
    if ent is not None:
        return ent.start_char, ent.end_char
    left = min((c.left_edge.i for c in tok.children if c.dep_ in ("compound", "amod", "det", "poss")),
               default=tok.i)
    return trim_span(sdoc[left: tok.i + 1])


def _speaker_after(verb, sdoc):
    """The person named right after a reporting verb, within its sentence."""
    sent = verb.sent
    for e in sdoc.ents:
        if e.label_ == "PERSON" and verb.i < e.start < sent.end:
            return e.start_char, e.end_char
    run = [t for t in sdoc[verb.i + 1: sent.end] if t.pos_ == "PROPN"]
    if run:
        last = run[-1]
        first = last
        while first.i - 1 > verb.i and sdoc[first.i - 1].pos_ == "PROPN":
            first = sdoc[first.i - 1]
        return first.idx, last.idx + len(last.text)
    return None


def _antecedent(tok, sdoc):
    """The person a subject pronoun stands for: the nearest earlier sentence whose subject is a
    person (following a chain of "he ... he ..."), else the nearest person named before it."""
    sents = [s for s in sdoc.sents if s.start <= tok.i]
    for t in tok.sent:  # "When ... Rakhmat Akilov was questioned ..., he said"
        if t.i >= tok.i:
            break
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN":
            first = t
            while first.i - 1 >= tok.sent.start and sdoc[first.i - 1].dep_ == "compound" and sdoc[first.i - 1].pos_ == "PROPN":
                first = sdoc[first.i - 1]
            return first.idx, t.idx + len(t.text)
    fallback = None
    for sent in reversed(sents[-_PRONOUN_WINDOW - 1:]):
        people = [e for e in sent.ents if e.label_ == "PERSON" and e.end <= tok.i]
        for e in people:
            if e.root.dep_ in ("nsubj", "nsubjpass"):
                return e.start_char, e.end_char
        if people and fallback is None:
            fallback = (people[-1].start_char, people[-1].end_char)
    return fallback


def _quote_before(qranges, pos: int, text: str):
    """The quotation that ends just before ``pos`` (only a comma or spaces between)."""
    for s, e in qranges:
        if e <= pos and text[e:pos].strip(" ,\n") == "" and "\n\n" not in text[e:pos]:
            return s, e
    return None


def _quote_after(qranges, pos: int, text: str):
    for s, e in qranges:
        if s >= pos and text[pos:s].strip(" :,\n") == "":
            return s, e
    return None


def _strip_quote(text: str, s: int, e: int):
    while s < e and text[s] in '"\u201c\u201d\u00ab\u00bb ,;:\n':
        s += 1
    while e > s and text[e - 1] in '"\u201c\u201d\u00ab\u00bb ,.\n':
        e -= 1
    return s, e


def _hedged(content: str, cue: str) -> bool:
    low = content.lower()
    return cue.lower() in ("claims", "claimed", "claim", "alleges", "alleged") or any(h in low for h in lx.HEDGE_CUES)


def find_claims(sdoc, text: str) -> list[dict]:
    qranges = quote_ranges(text)
    claims, seen = [], set()

    def add(speaker_span, cue, cs, ce):
        if speaker_span is None or ce - cs < 8:
            return
        cs, ce = _strip_quote(text, cs, ce)
        if (cs, ce) in seen or ce <= cs:
            return
        seen.add((cs, ce))
        content = text[cs:ce]
        claims.append({
            "speaker": evidence_dict(text, *speaker_span),
            "cue": cue,
            "content": evidence_dict(text, cs, ce),
            "hedged": _hedged(content, cue),
            "incident_ids": [],
        })

    for tok in sdoc:
        lemma = tok.lemma_.lower()
        # according to X, ...
        if tok.lower_ == "according" and tok.i + 2 < len(sdoc) and sdoc[tok.i + 1].lower_ == "to":
            pobj = next((c for c in sdoc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            sp = _speaker_span(pobj, sdoc)
            sent = tok.sent
            after = pobj.right_edge.idx + len(pobj.right_edge.text)
            if tok.idx - sent.start_char < 3:   # "According to X, content."
                cs, ce = after, sent.end_char
                while cs < ce and text[cs] in " ,":
                    cs += 1
            elif sent.end_char - after > 3:     # "Content, according to X, content." (whole sentence)
                cs, ce = sent.start_char, sent.end_char
            else:                               # "content, according to X."
                cs, ce = sent.start_char, tok.idx
            low_before = text[sent.start_char:tok.idx].lower()
            if low_before.strip().startswith("but"):
                cs = max(cs, sent.start_char + low_before.index("but") + 3)
            add(sp, "according to", cs, ce)
            continue
        if lemma not in lx.SPEECH_VERBS or tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            # '"...," says defecting Emir Abu Abboud al-Raqqawi': the speaker follows the verb
            quote = _quote_before(qranges, tok.idx, text)
            sp = _speaker_after(tok, sdoc) if quote is not None else None
            if sp is not None:
                add(sp, tok.lower_, *quote)
            continue
        sp = _speaker_span(subj, sdoc)
        cue = tok.lower_
        quote = _quote_before(qranges, min(subj.left_edge.idx, tok.idx), text)
        if quote is not None:
            add(sp, cue, *quote)
            continue
        comp = next((c for c in tok.children if c.dep_ in ("ccomp",)), None)
        if comp is not None:
            left = comp.left_edge
            if left.lower_ == "that":
                left = left.doc[left.i + 1]
            add(sp, cue, left.idx, comp.right_edge.idx + len(comp.right_edge.text))
            continue
        quote = _quote_after(qranges, tok.idx + len(tok.text), text)
        if quote is not None:
            add(sp, cue, *quote)
    return claims
